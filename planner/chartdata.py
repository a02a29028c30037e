"""Everything the overlap chart shows, computed from a plan for a view, a date and a zone.

Pure Python (no Qt): the painter in ``ui/chart`` only draws what this module returns, so
every figure on the chart (which instants are shaded, tinted, highlighted or marked) is
tested here without a screen.

The chart's horizontal axis is real time: a day block covers ``[day 00:00, day + 1 00:00)``
in the reference zone, which is 23 or 25 hours long on the days that zone changes its
clocks. Each team's row carries its own local hour ticks, so a row in a zone with a
``:30`` or ``:45`` offset has its hour marks between the axis' marks.

Tints follow each team's LOCAL wall time (see :data:`BANDS`): a Manila night shift is
tinted "night" however the reference zone reads it.
"""

from __future__ import annotations

import functools
import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from planner.plan.hours import Shift
from planner.plan.model import Plan, Team
from planner.schedule.working_time import day_off_reason, team_shifts
from planner.time.holidays import holidays_in_year
from planner.time.intervals import (
    Instant,
    Interval,
    Timeline,
    clip,
    difference,
    intersection,
    union,
)
from planner.time.local import MINUTES_PER_DAY, day_range, local_date, local_datetime, local_instant
from planner.time.zones import format_offset, load_zone

View = Literal["day", "week", "year"]
Tint = Literal["day", "early", "late", "night"]
VIEWS: tuple[View, ...] = ("day", "week", "year")

#: Local wall-time bands (minutes after local midnight) that tint working time.
#: Night is 22:00-06:00, early 06:00-08:00, late 19:00-22:00; the rest is an ordinary day.
NIGHT_END = 6 * 60
EARLY_END = 8 * 60
LATE_START = 19 * 60
NIGHT_START = 22 * 60
BANDS: tuple[tuple[int, int, Tint], ...] = (
    (0, NIGHT_END, "night"),
    (NIGHT_END, EARLY_END, "early"),
    (EARLY_END, LATE_START, "day"),
    (LATE_START, NIGHT_START, "late"),
    (NIGHT_START, MINUTES_PER_DAY, "night"),
)
_DAY = 86400


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of working time with one tint (its local hours' class)."""

    start: Instant
    end: Instant
    tint: Tint


@dataclass(frozen=True, slots=True)
class ShiftSpan:
    """One shift of a team on one local date, as drawn and as edited by dragging its edges.

    Attributes:
        team_id: the team.
        day: the local date the shift starts on.
        weekday: ``day.weekday()`` (Monday = 0): the weekly-hours day the shift comes from.
        shift: the weekly-hours shift.
        start: its first instant (may lie before the block; then its start edge is not shown).
        end: the instant after it (may lie after the block).
    """

    team_id: str
    day: date
    weekday: int
    shift: Shift
    start: Instant
    end: Instant


@dataclass(frozen=True, slots=True)
class DayMark:
    """A holiday or day off of a team: its local date, clipped to the block."""

    start: Instant
    end: Instant
    day: date
    reason: str


@dataclass(frozen=True, slots=True)
class OffsetChange:
    """A change of a zone's UTC offset (a DST transition) at ``instant``."""

    zone: str
    instant: Instant
    before: str
    after: str

    @property
    def text(self) -> str:
        """E.g. ``America/New_York UTC-05:00 -> UTC-04:00``."""
        return f"{self.zone} UTC{self.before} \u2192 UTC{self.after}"


@dataclass(frozen=True, slots=True)
class HourTick:
    """A whole local hour of some zone: where it is and which hour (0-23) it is."""

    instant: Instant
    hour: int


@dataclass(frozen=True, slots=True)
class Row:
    """One team on one day block.

    Attributes:
        team_id, name, side, zone: the team.
        offset_label: its UTC offset in the block, e.g. ``UTC+08:00`` or
            ``UTC-05:00 -> UTC-04:00`` on the day it changes.
        segments: working time clipped to the block, split by local tint band.
        shifts: the shifts with time in the block (for labels and edge dragging).
        marks: holidays and days off touching the block.
        ticks: the team's own whole local hours inside the block.
        nights: the team's local night (22:00-06:00) inside the block, worked or not.
        changes: DST transitions of the team's zone inside the block.
        overlap: where this team overlaps its counterparts in the selected pairs.
        gaps: for the highlighted real-time role's client: working time the vendor leaves uncovered.
    """

    team_id: str
    name: str
    side: str
    zone: str
    offset_label: str
    segments: tuple[Segment, ...]
    shifts: tuple[ShiftSpan, ...]
    marks: tuple[DayMark, ...]
    ticks: tuple[HourTick, ...]
    nights: Timeline
    changes: tuple[OffsetChange, ...]
    overlap: Timeline
    gaps: Timeline

    @property
    def working(self) -> Timeline:
        """The team's working time inside the block."""
        return union((s.start, s.end) for s in self.segments)


@dataclass(frozen=True, slots=True)
class OverlapRow:
    """The overlap of one selected client/vendor pair inside a day block."""

    client_id: str
    vendor_id: str
    label: str
    windows: Timeline

    @property
    def minutes(self) -> int:
        """Total overlap in minutes."""
        return sum(b - a for a, b in self.windows) // 60


@dataclass(frozen=True, slots=True)
class DayBlock:
    """One reference-zone day: its axis, a row per team, the pairs' overlap rows.

    Attributes:
        day: the date in the reference zone.
        start: the instant of ``day 00:00`` there.
        end: the instant of ``day + 1 00:00`` there (23 or 25 hours later on DST days).
        axis: the reference zone's whole hours, for the shared axis.
        axis_label: the reference zone and its UTC offset(s) that day.
        rows: one per team, in plan order.
        overlaps: one per selected pair.
        changes: every DST transition in the block (reference zone and teams), by instant.
        now: the current instant when it lies inside the block, else None.
    """

    day: date
    start: Instant
    end: Instant
    axis: tuple[HourTick, ...]
    axis_label: str
    rows: tuple[Row, ...]
    overlaps: tuple[OverlapRow, ...]
    changes: tuple[OffsetChange, ...]
    now: Instant | None

    @property
    def hours(self) -> float:
        """Length of the block in hours (24, or 23/25 on a DST day)."""
        return (self.end - self.start) / 3600

    def row(self, team_id: str) -> Row:
        """The row of a team."""
        for row in self.rows:
            if row.team_id == team_id:
                return row
        raise KeyError(team_id)


@dataclass(frozen=True, slots=True)
class DayOverlap:
    """Overlap minutes of a pair on one reference-zone date, for the year strip.

    ``client_works``/``vendor_works`` tell a day without overlap because one side is off
    (a weekend) from a working day that has none (a mismatch to see).
    """

    day: date
    minutes: int
    client_works: bool
    vendor_works: bool


@dataclass(frozen=True, slots=True)
class YearMark:
    """A date marked on a year strip: a DST change or a holiday of one of the pair."""

    day: date
    team_id: str
    text: str


@dataclass(frozen=True, slots=True)
class YearStrip:
    """A client/vendor pair's overlap for every reference-zone day of a year."""

    client_id: str
    vendor_id: str
    label: str
    days: tuple[DayOverlap, ...]
    dst: tuple[YearMark, ...]
    holidays: tuple[YearMark, ...]

    @property
    def working_minutes(self) -> tuple[int, ...]:
        """Overlap minutes of the days the client works (the scale's domain)."""
        return tuple(d.minutes for d in self.days if d.client_works)

    def on(self, day: date) -> DayOverlap:
        """The entry of a date of the strip's year."""
        return self.days[(day - self.days[0].day).days]


@dataclass(frozen=True, slots=True)
class TeamZone:
    """A team's zone and the UTC offsets it has during the chart's dates (for legends)."""

    team_id: str
    name: str
    side: str
    zone: str
    offsets: tuple[str, ...]

    @property
    def offset_label(self) -> str:
        """``UTC+08:00`` or ``UTC-05:00 / UTC-04:00`` when the range has both."""
        return " / ".join(f"UTC{o}" for o in self.offsets)


@dataclass(frozen=True, slots=True)
class ChartData:
    """Everything one chart shows.

    Attributes:
        view: "day", "week" or "year".
        zone: the reference zone of the axis.
        first, last: the dates shown (inclusive, in the reference zone).
        title: the plan's title.
        blocks: the day blocks (one for "day", seven for "week", none for "year").
        strips: the year strips (one per selected pair; "year" only).
        teams: each team's zone and offsets over the dates shown.
        pairs: the selected (client id, vendor id) pairs.
        role_id: the highlighted role, or None.
    """

    view: View
    zone: str
    first: date
    last: date
    title: str
    blocks: tuple[DayBlock, ...]
    strips: tuple[YearStrip, ...]
    teams: tuple[TeamZone, ...]
    pairs: tuple[tuple[str, str], ...]
    role_id: str | None


# --- time arithmetic on constant-offset pieces ------------------------------------------


def _offset(zone: str, moment: Instant) -> int:
    """The zone's UTC offset at an instant, in seconds."""
    found = local_datetime(zone, moment).utcoffset()
    return int(found.total_seconds()) if found is not None else 0


def _find_change(zone: str, low: Instant, high: Instant) -> Instant:
    """The first instant in ``(low, high]`` whose offset differs from ``low``'s (bisection)."""
    before = _offset(zone, low)
    while high - low > 1:
        middle = (low + high) // 2
        if _offset(zone, middle) == before:
            low = middle
        else:
            high = middle
    return high


@functools.lru_cache(maxsize=4096)
def offset_changes(zone: str, start: Instant, end: Instant) -> tuple[OffsetChange, ...]:
    """The zone's UTC offset changes inside ``[start, end)``, to the second.

    The zone is sampled every 12 hours and each change found is bisected, so transitions
    closer than 12 hours to each other (none exist in tzdata's current rules) would merge.

    >>> a, b = day_range("America/New_York", date(2027, 3, 14), date(2027, 3, 14))
    >>> [c.text for c in offset_changes("America/New_York", a, b)]
    ['America/New_York UTC-05:00 \u2192 UTC-04:00']
    """
    result: list[OffsetChange] = []
    step = _DAY // 2
    low = start
    previous = _offset(zone, low)
    while low < end - 1:
        high = min(low + step, end - 1)
        current = _offset(zone, high)
        if current != previous:
            moment = _find_change(zone, low, high)
            result.append(
                OffsetChange(
                    zone,
                    moment,
                    format_offset(timedelta(seconds=previous)),
                    format_offset(timedelta(seconds=current)),
                )
            )
        previous = current
        low = high
    return tuple(result)


def _pieces(zone: str, start: Instant, end: Instant) -> list[tuple[Instant, Instant, int]]:
    """``[start, end)`` cut where the zone's offset changes: (from, to, offset seconds)."""
    cuts = [start, *(c.instant for c in offset_changes(zone, start, end)), end]
    return [(a, b, _offset(zone, a)) for a, b in itertools.pairwise(cuts) if a < b]


@functools.lru_cache(maxsize=4096)
def hour_ticks(zone: str, start: Instant, end: Instant) -> tuple[HourTick, ...]:
    """Every whole local hour of a zone inside ``[start, end)``.

    A repeated hour (clocks going back) appears twice, a skipped one not at all.

    >>> a, b = day_range("UTC", date(2027, 1, 4), date(2027, 1, 4))
    >>> [t.hour for t in hour_ticks("Asia/Kathmandu", a, b)][:3]
    [6, 7, 8]
    """
    ticks: list[HourTick] = []
    for a, b, offset in _pieces(zone, start, end):
        local = -(-(a + offset) // 3600) * 3600
        while local - offset < b:
            ticks.append(HourTick(local - offset, (local // 3600) % 24))
            local += 3600
    return tuple(ticks)


def _band_cuts(zone: str, start: Instant, end: Instant) -> list[tuple[Instant, Instant, Tint]]:
    """``[start, end)`` cut at the zone's local band boundaries, each piece with its tint."""
    result: list[tuple[Instant, Instant, Tint]] = []
    for a, b, offset in _pieces(zone, start, end):
        cursor = a
        while cursor < b:
            local_day, second = divmod(cursor + offset, _DAY)
            minute = second // 60
            for band_start, band_end, tint in BANDS:
                if band_start <= minute < band_end:
                    stop = min(b, local_day * _DAY + band_end * 60 - offset)
                    if result and result[-1][2] == tint and result[-1][1] == cursor:
                        result[-1] = (result[-1][0], stop, tint)
                    else:
                        result.append((cursor, stop, tint))
                    cursor = stop
                    break
    return result


def tint_segments(zone: str, working: Timeline) -> tuple[Segment, ...]:
    """Working time split by the local band (night, early, day, late) it falls in.

    >>> a, b = day_range("UTC", date(2027, 1, 4), date(2027, 1, 4))
    >>> [(s.tint, (s.end - s.start) // 3600) for s in tint_segments("UTC", ((a + 5 * 3600, a + 9 * 3600),))]
    [('night', 1), ('early', 2), ('day', 1)]
    """
    return tuple(
        Segment(a, b, tint) for start, end in working for a, b, tint in _band_cuts(zone, start, end)
    )


def tint_at(zone: str, moment: Instant) -> Tint:
    """The local band an instant falls in.

    >>> tint_at("Asia/Manila", 1798761600)  # 08:00 in Manila
    'day'
    """
    minute = ((moment + _offset(zone, moment)) % _DAY) // 60
    return next(tint for a, b, tint in BANDS if a <= minute < b)


# --- rows ---------------------------------------------------------------------------------


def _offset_label(zone: str, start: Instant, end: Instant) -> str:
    """``UTC+08:00``, or ``UTC-05:00 -> UTC-04:00`` when the offset changes in the range."""
    first = format_offset(timedelta(seconds=_offset(zone, start)))
    return f"UTC{first}" + "".join(
        f" \u2192 UTC{c.after}" for c in offset_changes(zone, start, end)
    )


@dataclass(frozen=True, slots=True)
class _RowBase:
    """The part of a row that depends only on the team and the block (cached)."""

    segments: tuple[Segment, ...]
    shifts: tuple[ShiftSpan, ...]
    marks: tuple[DayMark, ...]
    ticks: tuple[HourTick, ...]
    nights: Timeline
    changes: tuple[OffsetChange, ...]
    working: Timeline
    offset_label: str


@functools.lru_cache(maxsize=8192)
def _row_base(team: Team, start: Instant, end: Instant) -> _RowBase:
    shifts = team_shifts(team, start, end)
    working = clip(union((s.start, s.end) for s in shifts), start, end)
    marks: list[DayMark] = []
    day = local_date(team.zone, start)
    last = local_date(team.zone, end - 1)
    while day <= last:
        reason = day_off_reason(team, day)
        if reason is not None:
            a = max(start, local_instant(team.zone, day, 0))
            b = min(end, local_instant(team.zone, day, MINUTES_PER_DAY))
            if a < b:
                marks.append(DayMark(a, b, day, reason))
        day += timedelta(days=1)
    changes = offset_changes(team.zone, start, end)
    return _RowBase(
        segments=tint_segments(team.zone, working),
        shifts=tuple(
            ShiftSpan(team.id, s.day, s.day.weekday(), s.shift, s.start, s.end) for s in shifts
        ),
        marks=tuple(marks),
        ticks=hour_ticks(team.zone, start, end),
        nights=union((a, b) for a, b, tint in _band_cuts(team.zone, start, end) if tint == "night"),
        changes=changes,
        working=working,
        offset_label=_offset_label(team.zone, start, end),
    )


def selected_pairs(
    plan: Plan, pair: tuple[str | None, str | None] | None, role_id: str | None = None
) -> tuple[tuple[str, str], ...]:
    """The (client, vendor) pairs a chart highlights.

    ``pair`` may name a client, a vendor, both, or neither (None means every pair). With
    neither named and a role highlighted, the role's pair is used.

    >>> from planner.plan.hours import WeekHours
    >>> h = WeekHours.parse({"mon": ["09:00-10:00"]})
    >>> plan = Plan(teams=(Team("a", "client", "UTC", h), Team("b", "vendor", "UTC", h),
    ...                    Team("c", "vendor", "UTC", h)))
    >>> selected_pairs(plan, None), selected_pairs(plan, (None, "c"))
    ((('a', 'b'), ('a', 'c')), (('a', 'c'),))
    """
    client_id, vendor_id = pair if pair is not None else (None, None)
    if client_id is None and vendor_id is None and role_id is not None:
        role = plan.role(role_id)
        client_id, vendor_id = role.client, role.vendor
    for team_id, side in ((client_id, "client"), (vendor_id, "vendor")):
        if team_id is not None and plan.team(team_id).side != side:
            raise ValueError(f'team "{team_id}" is not a {side}')
    return tuple(
        (c.id, v.id)
        for c in plan.clients
        if client_id in (None, c.id)
        for v in plan.vendors
        if vendor_id in (None, v.id)
    )


def _day_block(
    plan: Plan,
    zone: str,
    day: date,
    pairs: Sequence[tuple[str, str]],
    role_id: str | None,
    now: Instant | None,
) -> DayBlock:
    start, end = day_range(zone, day, day)
    bases = {team.id: _row_base(team, start, end) for team in plan.teams}
    overlap_rows: list[OverlapRow] = []
    per_team: dict[str, list[Interval]] = {team.id: [] for team in plan.teams}
    for client_id, vendor_id in pairs:
        windows = intersection(bases[client_id].working, bases[vendor_id].working)
        client, vendor = plan.team(client_id), plan.team(vendor_id)
        overlap_rows.append(
            OverlapRow(client_id, vendor_id, f"{client.name} \u2194 {vendor.name}", windows)
        )
        per_team[client_id].extend(windows)
        per_team[vendor_id].extend(windows)
    gaps: dict[str, Timeline] = {}
    if role_id is not None:
        role = plan.role(role_id)
        if role.kind == "realtime":
            gaps[role.client] = difference(bases[role.client].working, bases[role.vendor].working)
    rows = tuple(
        Row(
            team_id=team.id,
            name=team.name,
            side=team.side,
            zone=team.zone,
            offset_label=bases[team.id].offset_label,
            segments=bases[team.id].segments,
            shifts=bases[team.id].shifts,
            marks=bases[team.id].marks,
            ticks=bases[team.id].ticks,
            nights=bases[team.id].nights,
            changes=bases[team.id].changes,
            overlap=union(per_team[team.id]),
            gaps=gaps.get(team.id, ()),
        )
        for team in plan.teams
    )
    zones_seen: set[str] = set()
    changes: list[OffsetChange] = []
    for zone_name in (zone, *(team.zone for team in plan.teams)):
        if zone_name not in zones_seen:
            zones_seen.add(zone_name)
            changes.extend(offset_changes(zone_name, start, end))
    changes.sort(key=lambda c: (c.instant, c.zone))
    return DayBlock(
        day=day,
        start=start,
        end=end,
        axis=hour_ticks(zone, start, end),
        axis_label=f"{zone}  {_offset_label(zone, start, end)}",
        rows=rows,
        overlaps=tuple(overlap_rows),
        changes=tuple(changes),
        now=now if now is not None and start <= now < end else None,
    )


# --- the year strip -------------------------------------------------------------------------


@functools.lru_cache(maxsize=256)
def _year_working(team: Team, start: Instant, end: Instant) -> Timeline:
    return clip(union((s.start, s.end) for s in team_shifts(team, start, end)), start, end)


@functools.lru_cache(maxsize=64)
def _day_bounds(zone: str, year: int) -> tuple[Instant, ...]:
    first = date(year, 1, 1)
    count = (date(year + 1, 1, 1) - first).days
    return tuple(local_instant(zone, first + timedelta(days=i), 0) for i in range(count + 1))


def _minutes_per_day(timeline: Timeline, bounds: Sequence[Instant]) -> list[int]:
    """Seconds of a timeline inside each ``[bounds[i], bounds[i + 1])``, in minutes."""
    seconds = [0] * (len(bounds) - 1)
    for a, b in timeline:
        first = max(0, bisect_right(bounds, a) - 1)
        last = min(len(seconds) - 1, bisect_left(bounds, b) - 1)
        for index in range(first, last + 1):
            piece = min(b, bounds[index + 1]) - max(a, bounds[index])
            if piece > 0:
                seconds[index] += piece
    return [s // 60 for s in seconds]


def _dst_marks(team: Team, zone: str, start: Instant, end: Instant) -> list[YearMark]:
    return [
        YearMark(local_date(zone, c.instant), team.id, f"{team.name}: {c.text}")
        for c in offset_changes(team.zone, start, end)
    ]


def _holiday_marks(team: Team, year: int) -> list[YearMark]:
    found: dict[date, str] = {}
    if team.holidays:
        found.update(holidays_in_year(team.holidays, year))
    for day in team.days_off:
        if day.year == year:
            found.setdefault(day, "day off")
    return [YearMark(day, team.id, f"{team.name}: {name}") for day, name in sorted(found.items())]


def year_strip(plan: Plan, zone: str, year: int, client_id: str, vendor_id: str) -> YearStrip:
    """A pair's overlap minutes for every date of ``year`` in the reference zone.

    >>> from planner.plan.hours import WeekHours
    >>> h = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    >>> plan = Plan(teams=(Team("a", "client", "UTC", h), Team("b", "vendor", "Europe/Kyiv", h)))
    >>> strip = year_strip(plan, "UTC", 2027, "a", "b")
    >>> strip.on(date(2027, 1, 4)).minutes, strip.on(date(2027, 7, 5)).minutes
    (360, 300)
    """
    client, vendor = plan.team(client_id), plan.team(vendor_id)
    bounds = _day_bounds(zone, year)
    start, end = bounds[0], bounds[-1]
    client_time = _year_working(client, start, end)
    vendor_time = _year_working(vendor, start, end)
    overlap = _minutes_per_day(intersection(client_time, vendor_time), bounds)
    client_days = _minutes_per_day(client_time, bounds)
    vendor_days = _minutes_per_day(vendor_time, bounds)
    first = date(year, 1, 1)
    days = tuple(
        DayOverlap(first + timedelta(days=i), overlap[i], client_days[i] > 0, vendor_days[i] > 0)
        for i in range(len(overlap))
    )
    dst: list[YearMark] = []
    for team in (client, vendor) if client.zone != vendor.zone else (client,):
        dst.extend(_dst_marks(team, zone, start, end))
    holidays = _holiday_marks(client, year) + _holiday_marks(vendor, year)
    return YearStrip(
        client_id,
        vendor_id,
        f"{client.name} \u2194 {vendor.name}",
        days,
        tuple(sorted(dst, key=lambda m: m.day)),
        tuple(sorted(holidays, key=lambda m: (m.day, m.team_id))),
    )


# --- the whole chart --------------------------------------------------------------------------


def week_days(day: date) -> tuple[date, ...]:
    """Monday to Sunday of the week containing ``day``.

    >>> week_days(date(2027, 3, 10))[0]
    datetime.date(2027, 3, 8)
    """
    monday = day - timedelta(days=day.weekday())
    return tuple(monday + timedelta(days=i) for i in range(7))


def view_dates(view: View, day: date) -> tuple[date, date]:
    """The first and last date a view of ``day`` shows.

    >>> view_dates("year", date(2027, 3, 10))
    (datetime.date(2027, 1, 1), datetime.date(2027, 12, 31))
    """
    if view == "day":
        return day, day
    if view == "week":
        days = week_days(day)
        return days[0], days[-1]
    if view == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    raise ValueError(f"unknown view {view!r}: use day, week or year")


def _team_zones(plan: Plan, start: Instant, end: Instant) -> tuple[TeamZone, ...]:
    result = []
    for team in plan.teams:
        offsets = [format_offset(timedelta(seconds=_offset(team.zone, start)))]
        for change in offset_changes(team.zone, start, end):
            if change.after not in offsets:
                offsets.append(change.after)
        result.append(TeamZone(team.id, team.name, team.side, team.zone, tuple(offsets)))
    return tuple(result)


def chart_data(
    plan: Plan,
    view: View,
    day: date,
    *,
    zone: str | None = None,
    pair: tuple[str | None, str | None] | None = None,
    role_id: str | None = None,
    now: Instant | None = None,
    days: Iterable[date] | None = None,
) -> ChartData:
    """Everything a chart of ``plan`` shows.

    Args:
        plan: the plan.
        view: "day" (``day``), "week" (Monday to Sunday around ``day``) or "year" (its year).
        day: a date in the reference zone.
        zone: the reference zone of the axis; None for the plan's.
        pair: the highlighted (client id, vendor id); either or both may be None for "all".
        role_id: a role to highlight (its pair when ``pair`` names none; a real-time role's
            uncovered client time as gaps).
        now: the current instant, for the time line (None: no line).
        days: for day and week views, draw these dates instead (printing several weeks).

    >>> from planner.plan.hours import WeekHours
    >>> h = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    >>> plan = Plan(teams=(Team("a", "client", "UTC", h), Team("b", "vendor", "Europe/Kyiv", h)))
    >>> data = chart_data(plan, "day", date(2027, 1, 4))
    >>> data.blocks[0].overlaps[0].minutes
    360
    """
    zone = zone or plan.reference_zone
    load_zone(zone)
    pairs = selected_pairs(plan, pair, role_id)
    first, last = view_dates(view, day)
    blocks: tuple[DayBlock, ...] = ()
    strips: tuple[YearStrip, ...] = ()
    if view == "year":
        strips = tuple(year_strip(plan, zone, day.year, c, v) for c, v in pairs)
    else:
        dates = (
            tuple(days)
            if days is not None
            else tuple(first + timedelta(days=i) for i in range((last - first).days + 1))
        )
        if dates:
            first, last = min(dates), max(dates)
        blocks = tuple(_day_block(plan, zone, d, pairs, role_id, now) for d in dates)
    start, end = day_range(zone, first, last)
    return ChartData(
        view=view,
        zone=zone,
        first=first,
        last=last,
        title=plan.title or "Overlap chart",
        blocks=blocks,
        strips=strips,
        teams=_team_zones(plan, start, end),
        pairs=pairs,
        role_id=role_id,
    )


# --- formatting shared by the screen and paper ----------------------------------------------


def format_hour(hour: int, clock24: bool) -> str:
    """A short hour label: ``"09"`` or ``"9a"``.

    >>> format_hour(0, True), format_hour(0, False), format_hour(13, False)
    ('00', '12a', '1p')
    """
    if clock24:
        return f"{hour:02d}"
    return f"{(hour - 1) % 12 + 1}{'a' if hour < 12 else 'p'}"


def format_minute(minute: int, clock24: bool) -> str:
    """A wall time from minutes after midnight: ``"21:30"`` or ``"9:30 PM"``.

    >>> format_minute(1290, True), format_minute(1290, False), format_minute(1440, True)
    ('21:30', '9:30 PM', '24:00')
    """
    if clock24:
        return f"{minute // 60:02d}:{minute % 60:02d}"
    hour = (minute // 60) % 24
    return f"{(hour - 1) % 12 + 1}:{minute % 60:02d} {'AM' if hour < 12 else 'PM'}"


def format_shift(shift: Shift, clock24: bool) -> str:
    """A shift's local times: ``"21:00-06:00"`` or ``"9:00 PM-6:00 AM"``.

    >>> format_shift(Shift(540, 1020), False)
    '9:00 AM-5:00 PM'
    """
    if clock24:
        return str(shift)
    return f"{format_minute(shift.start, False)}-{format_minute(shift.end, False)}"


def format_duration(minutes: int) -> str:
    """Minutes as ``"8 h 15 min"`` (``"0 min"``, ``"45 min"``, ``"3 h"``).

    >>> format_duration(495), format_duration(45), format_duration(180)
    ('8 h 15 min', '45 min', '3 h')
    """
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h" if not rest else f"{hours} h {rest:02d} min"


def local_time_text(zone: str, moment: Instant, clock24: bool) -> str:
    """The wall time of an instant in a zone, with the weekday: ``"Tue 21:30"``.

    >>> local_time_text("Asia/Manila", 1798761600, True)
    'Fri 08:00'
    """
    local = local_datetime(zone, moment)
    return f"{local:%a} {format_minute(local.hour * 60 + local.minute, clock24)}"


def local_minute(zone: str, day: date, moment: Instant) -> int:
    """Wall-clock minutes from ``day`` 00:00 in a zone to an instant (past 1440 the next day).

    >>> local_minute("Asia/Manila", date(2027, 1, 1), 1798761600)
    480
    """
    local = local_datetime(zone, moment)
    return (local.date() - day).days * MINUTES_PER_DAY + local.hour * 60 + local.minute


# --- editing a shift by dragging one of its edges --------------------------------------------

SNAP_MINUTES = 15
Edge = Literal["start", "end"]


def dragged_shift(shift: Shift, edge: Edge, minute: int) -> Shift:
    """The shift with one edge moved to ``minute``, snapped to 15 minutes and kept valid.

    Args:
        shift: the shift being edited.
        edge: "start" or "end".
        minute: wall-clock minutes from the shift's local date 00:00 to where the edge is
            dragged (more than 1440 on the next day, negative on the day before).

    The start stays on the shift's own date (so the shift keeps its weekday), the shift stays
    at least 15 minutes long and at most 24 hours.

    >>> str(dragged_shift(Shift(540, 1020), "end", 1093)), str(dragged_shift(Shift(1260, 360), "end", 1800))
    ('09:00-18:15', '21:00-06:00')
    """
    snapped = round(minute / SNAP_MINUTES) * SNAP_MINUTES
    start = shift.start
    end = shift.end + MINUTES_PER_DAY if shift.crosses_midnight else shift.end
    if edge == "start":
        low = max(0, end - MINUTES_PER_DAY)
        start = min(max(snapped, low), MINUTES_PER_DAY - SNAP_MINUTES, end - SNAP_MINUTES)
        if end - start >= MINUTES_PER_DAY and start != 0:
            start += SNAP_MINUTES
    else:
        end = min(max(snapped, start + SNAP_MINUTES), start + MINUTES_PER_DAY)
        if end - start >= MINUTES_PER_DAY and start != 0:
            end -= SNAP_MINUTES
    return Shift(start, end if end <= MINUTES_PER_DAY else end - MINUTES_PER_DAY)


def with_shift(plan: Plan, team_id: str, weekday: int, old: Shift, new: Shift) -> Plan:
    """A copy of ``plan`` where one weekday's ``old`` shift of a team is ``new``.

    >>> from planner.plan.hours import WeekHours
    >>> plan = Plan(teams=(Team("a", "client", "UTC", WeekHours.parse({"mon": ["09:00-17:00"]})),))
    >>> str(with_shift(plan, "a", 0, Shift(540, 1020), Shift(480, 1020)).team("a").hours.on(0)[0])
    '08:00-17:00'
    """
    team = plan.team(team_id)
    shifts = list(team.hours.on(weekday))
    shifts[shifts.index(old)] = new
    edited = replace(team, hours=team.hours.with_day(weekday, shifts))
    return replace(plan, teams=tuple(edited if t.id == team_id else t for t in plan.teams))
