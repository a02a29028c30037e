"""Why a real-time role's gaps are gaps: the vendor's days off, its hours, or the clocks.

Every uncovered instant of the client's working time gets one cause, checked in this order:

- ``vendor_off``: the vendor's weekly hours would cover it, but that shift's local date is
  a holiday, a day off or a one-day exception (named): no weekly shift closes it, the plan
  needs holiday cover;
- ``never_worked``: a client weekday on which the vendor's weekly hours never meet the
  client's (a Saturday the vendor does not work);
- ``clock_change``: the vendor's weekly hours would cover it at the usual offset between
  the two zones, but the clocks of one have changed and the other's have not (or by
  another amount): the weeks around daylight-saving changes;
- ``outside_hours``: the vendor's weekly hours do not reach it.

Only the last three can be closed by other weekly hours (``planner.analysis.suggest``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from planner.plan.hours import WeekHours
from planner.plan.model import Plan, Role, Team
from planner.schedule.range import Range
from planner.schedule.team_times import TeamTimes
from planner.schedule.working_time import WorkShift, day_off_reason
from planner.text import Text
from planner.time.holidays import holidays_in_year
from planner.time.intervals import (
    Instant,
    Interval,
    Timeline,
    intersection,
    union,
)
from planner.time.local import (
    MINUTES_PER_DAY,
    local_date,
    local_datetime,
    local_instant,
    midnight_offsets_from,
)

GapCause = Literal["vendor_off", "never_worked", "clock_change", "outside_hours"]
CAUSES: tuple[GapCause, ...] = ("vendor_off", "never_worked", "clock_change", "outside_hours")
EXCEPTION_SHORTER = "shorter hours this date (one-day change)"
_WEEK = 7 * MINUTES_PER_DAY
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True, slots=True)
class CausedGap:
    """A stretch of uncovered client time and why.

    Attributes:
        start: first instant.
        end: instant after the last.
        cause: see the module docstring.
        day: for ``vendor_off``, the vendor's local date that is off; else None.
        reason: for ``vendor_off`` the holiday's name, "day off" or the one-day change; for
            ``clock_change`` the offsets; for ``never_worked`` the client's weekday.
    """

    start: Instant
    end: Instant
    cause: GapCause
    day: date | None = None
    reason: str = ""

    @property
    def minutes(self) -> int:
        """Length in minutes."""
        return (self.end - self.start) // 60


@dataclass(frozen=True, slots=True)
class GapCauses:
    """Every gap of a role split by cause, in time order."""

    pieces: tuple[CausedGap, ...] = ()

    def of(self, cause: GapCause) -> tuple[CausedGap, ...]:
        """The pieces with one cause."""
        return tuple(p for p in self.pieces if p.cause == cause)

    def minutes(self, cause: GapCause) -> int:
        """Minutes of gap with one cause."""
        return sum(p.minutes for p in self.pieces if p.cause == cause)

    @property
    def hour_caused(self) -> tuple[CausedGap, ...]:
        """The pieces other weekly hours could close (every cause but ``vendor_off``)."""
        return tuple(p for p in self.pieces if p.cause != "vendor_off")

    @property
    def off_days(self) -> tuple[tuple[date, str], ...]:
        """The vendor's local dates off that leave gaps, with their reason, in date order."""
        found = {(p.day, p.reason) for p in self.pieces if p.cause == "vendor_off" and p.day}
        return tuple(sorted((d, r) for d, r in found if d is not None))


def _changed_days(vendor: Team, first: date, last: date) -> list[date]:
    """The vendor's local dates from ``first`` to ``last`` that are off or changed, in order."""
    days = {d for d in vendor.days_off if first <= d <= last}
    days.update(d for d, _ in vendor.exceptions.days if first <= d <= last)
    if vendor.holidays:
        for year in range(first.year, last.year + 1):
            days.update(d for d in holidays_in_year(vendor.holidays, year) if first <= d <= last)
    return sorted(days)


def _off_pieces(
    vendor: Team, start: Instant, end: Instant, actual: list[int]
) -> list[tuple[Instant, Instant, date, str]]:
    """Weekly shifts the vendor does not work (holidays, days off, exceptions), sorted, disjoint.

    Only the dates that are off or changed are looked at: each one's weekly shifts, as
    instants, less the time the vendor does work.
    """
    from planner.time.intervals import bounds_clip, bounds_difference

    first = local_date(vendor.zone, start) - timedelta(days=2)
    last = local_date(vendor.zone, end - 1)
    pieces: list[tuple[Instant, Instant, date, str]] = []
    for day in _changed_days(vendor, first, last):
        changed = day in vendor.exceptions
        reason = day_off_reason(vendor, day)
        if reason is None and not changed:
            continue
        for shift in vendor.hours.days[day.weekday()]:
            finish = shift.end + (MINUTES_PER_DAY if shift.crosses_midnight else 0)
            a = local_instant(vendor.zone, day, shift.start)
            b = local_instant(vendor.zone, day, finish)
            left = bounds_difference([a, b] if a < b else [], bounds_clip(actual, a, b))
            for index in range(0, len(left), 2):
                pieces.append((left[index], left[index + 1], day, reason or EXCEPTION_SHORTER))
    pieces.sort()
    disjoint: list[tuple[Instant, Instant, date, str]] = []
    for a, b, day, reason in pieces:
        if disjoint and a < disjoint[-1][1]:
            a = disjoint[-1][1]
        if a < b:
            disjoint.append((a, b, day, reason))
    return disjoint


def _week_spans(hours: WeekHours) -> Timeline:
    """The weekly hours as minutes of the week (Monday 00:00 = 0), wrapping into two weeks."""
    spans = []
    for weekday, shifts in enumerate(hours.days):
        for shift in shifts:
            first = weekday * MINUTES_PER_DAY + shift.start
            spans.append((first, first + shift.minutes))
            spans.append((first + _WEEK, first + _WEEK + shift.minutes))
    return union(spans)


def zone_offsets(client_zone: str, vendor_zone: str, first: date, days: int = 365) -> Counter[int]:
    """How many days from ``first`` have each difference of UTC offsets (vendor's minus client's).

    Kept per zones and dates: the count returned is shared, not to be modified.

    >>> sorted((s // 3600, n) for s, n in zone_offsets("America/New_York", "Asia/Manila", date(2027, 1, 1)).items())
    [(12, 238), (13, 127)]
    """
    from operator import sub

    key = (client_zone, vendor_zone, first, days)
    found = _ZONE_OFFSETS.get(key)
    if found is None:
        client = midnight_offsets_from(client_zone, first, days)
        vendor = midnight_offsets_from(vendor_zone, first, days)
        if len(_ZONE_OFFSETS) >= _KEPT_OFFSETS:
            _ZONE_OFFSETS.clear()
        found = _ZONE_OFFSETS[key] = Counter(map(sub, vendor, client))
    return found


_ZONE_OFFSETS: dict[tuple[str, str, date, int], Counter[int]] = {}
"""The counts :func:`zone_offsets` gave (every role of two zones asks for the same year)."""
_KEPT_OFFSETS = 1024


def _most_common(counts: Counter[int]) -> int:
    """The most common value, the first counted on a tie: ``counts.most_common(1)[0][0]``.

    ``max`` keeps the first of equal counts as ``most_common`` does, without the ``heapq``
    import that ``most_common(1)`` costs a fresh command.

    >>> _most_common(Counter([3, 5, 5, 3, 7]))
    3
    """
    return max(counts.items(), key=_count)[0]


def _count(item: tuple[int, int]) -> int:
    return item[1]


def _offset(zone: str, moment: Instant) -> int:
    offset = local_datetime(zone, moment).utcoffset()
    return int(offset.total_seconds()) if offset is not None else 0


def _hours_text(seconds: int) -> str:
    hours, rest = divmod(abs(seconds) // 60, 60)
    if rest:
        return Text("{hours} h {minutes:02d} min", hours=hours, minutes=rest)
    return Text("{hours} h", hours=hours)


def _clock_reason(vendor: Team, client: Team, offset: int, usual: int) -> str:
    if offset >= 0:
        return Text(
            "{vendor} is {hours} ahead of {client} (usually {usual}): a clock-change week",
            vendor=vendor.name,
            hours=_hours_text(offset),
            client=client.name,
            usual=_hours_text(usual),
        )
    return Text(
        "{vendor} is {hours} behind {client} (usually {usual}): a clock-change week",
        vendor=vendor.name,
        hours=_hours_text(offset),
        client=client.name,
        usual=_hours_text(usual),
    )


def classify_gaps(
    plan: Plan, role: Role, gaps: Timeline, span: Range, times: TeamTimes
) -> GapCauses:
    """Split a real-time role's gaps over ``span`` by cause (see the module docstring).

    Args:
        plan: the plan.
        role: a real-time role.
        gaps: its uncovered client time in ``span`` (merged, sorted).
        span: the analysed range.
        times: the teams' working time over a range padding ``span``.

    >>> from planner.plan.hours import WeekHours
    >>> hours = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    >>> plan = Plan(teams=(Team("a", "client", "UTC", hours),
    ...                    Team("b", "vendor", "UTC", WeekHours.parse({"mon-fri": ["10:00-17:00"]}),
    ...                         days_off=(date(2027, 1, 5),))),
    ...             roles=(Role("r", "realtime", "a", "b"),))
    >>> span = Range.of_days("UTC", date(2027, 1, 4), date(2027, 1, 5))
    >>> times = TeamTimes(plan, span.start - 2 * 86400, span.end + 2 * 86400)
    >>> from planner.time.intervals import clip, difference
    >>> gaps = clip(difference(times.time("a"), times.time("b")), span.start, span.end)
    >>> [(p.cause, p.minutes, p.reason) for p in classify_gaps(plan, plan.roles[0], gaps, span, times).pieces]
    [('outside_hours', 60, ''), ('outside_hours', 60, ''), ('vendor_off', 420, 'day off')]
    """
    if not gaps:
        return GapCauses()
    parts = _split_by_days_off(plan, role, gaps, span, times)
    off = [part for part in parts if isinstance(part, CausedGap)]
    if len(off) == len(parts):  # every gap is a day off of the vendor
        return GapCauses(tuple(off))
    client, vendor = plan.team(role.client), plan.team(role.vendor)
    client_shifts = [
        s for s in times.shifts(role.client) if s.end > span.start and s.start < span.end
    ]
    offsets = zone_offsets(client.zone, vendor.zone, span.first)
    vendor_week = _week_spans(vendor.hours)
    never = _never_worked_days(client, vendor_week, offsets)
    client_days = _ClientDays(client_shifts)
    usual = _most_common(offsets)
    zones = (
        _ZoneOffsets.of(client.zone, span.start, span.end),
        _ZoneOffsets.of(vendor.zone, span.start, span.end),
    )
    # The clock-change reason of each offset, written once (a year has a hundred such gaps).
    reasons: dict[int, str] = {}
    pieces: list[CausedGap] = []
    for part in parts:
        if isinstance(part, CausedGap):
            pieces.append(part)
        else:
            start, end = part
            pieces.extend(
                _hour_pieces(
                    start,
                    end,
                    client,
                    vendor,
                    client_days,
                    never,
                    usual,
                    vendor_week,
                    zones,
                    reasons,
                )
            )
    return GapCauses(tuple(pieces))


def days_off_in_gaps(
    plan: Plan, role: Role, gaps: Timeline, span: Range, times: TeamTimes
) -> tuple[GapCauses, bool]:
    """The gaps' ``vendor_off`` pieces, and whether any gap time has another cause.

    What :func:`classify_gaps` finds of the vendor's days off, without telling the other
    causes apart (the suggestion's year prints only its days off and whether other weekly
    hours could close anything).

    Returns:
        The ``vendor_off`` pieces (as :func:`classify_gaps` has them), and True when some
        gap time is not a day off of the vendor (:attr:`GapCauses.hour_caused` is not empty).
    """
    if not gaps:
        return GapCauses(), False
    parts = _split_by_days_off(plan, role, gaps, span, times)
    off = tuple(part for part in parts if isinstance(part, CausedGap))
    return GapCauses(off), len(off) < len(parts)


def _split_by_days_off(
    plan: Plan, role: Role, gaps: Timeline, span: Range, times: TeamTimes
) -> list[CausedGap | tuple[Instant, Instant]]:
    """The gaps in time order: ``vendor_off`` pieces, and the stretches between them.

    A stretch (``(start, end)``) is uncovered time that no day off of the vendor explains:
    a day never worked, the clocks or the hours (:func:`_hour_pieces` tells which).
    """
    vendor = plan.team(role.vendor)
    off = _off_pieces(vendor, span.start, span.end, times.bounds(role.vendor))
    parts: list[CausedGap | tuple[Instant, Instant]] = []
    index = 0
    for gap_start, gap_end in gaps:
        cursor = gap_start
        while index < len(off) and off[index][1] <= gap_start:
            index += 1
        scan = index
        while cursor < gap_end:
            if scan < len(off) and off[scan][0] < gap_end:
                a, b, day, reason = off[scan]
                if a > cursor:
                    parts.append((cursor, min(a, gap_end)))
                a, b = max(a, cursor), min(b, gap_end)
                if a < b:
                    parts.append(CausedGap(a, b, "vendor_off", day, reason))
                cursor = max(cursor, b)
                scan += 1
            else:
                parts.append((cursor, gap_end))
                cursor = gap_end
    return parts


def _never_worked_days(
    client: Team, vendor_week: Timeline, offsets: Iterable[int]
) -> frozenset[int]:
    """Client weekdays (Monday = 0) whose weekly shifts never meet the vendor's weekly hours.

    Each client shift is laid on the vendor's week (``_week_spans``) at every offset the
    zones have in the horizon; a weekday none of whose placements meets it is never worked.
    """
    never = set()
    for weekday, shifts in enumerate(client.hours.days):
        if not shifts:
            continue
        met = False
        for offset in offsets:
            for shift in shifts:
                first = (weekday * MINUTES_PER_DAY + shift.start + offset // 60) % _WEEK
                if intersection((Interval(first, first + shift.minutes),), vendor_week):
                    met = True
        if not met:
            never.add(weekday)
    return frozenset(never)


class _ZoneOffsets:
    """A zone's UTC offset at the instants of a range, from its midnight offsets.

    Where the offset is the same at the midnights around an instant it is the offset
    there; zoneinfo answers near a change of offset.
    """

    @classmethod
    def of(cls, zone: str, start: Instant, end: Instant) -> _ZoneOffsets:
        """The offsets of ``zone`` over ``[start, end)``, kept (every role of a zone asks)."""
        key = (zone, start, end)
        found = _ZONES_AT.get(key)
        if found is None:
            if len(_ZONES_AT) >= _KEPT_OFFSETS:
                _ZONES_AT.clear()
            found = _ZONES_AT[key] = cls(zone, start, end)
        return found

    def __init__(self, zone: str, start: Instant, end: Instant) -> None:
        from planner.time.local import EPOCH_ORDINAL

        self.zone = zone
        self.low = start // 86400 - 2
        first = date.fromordinal(self.low + EPOCH_ORDINAL)
        self.offsets = midnight_offsets_from(zone, first, end // 86400 + 3 - self.low)

    def at(self, moment: Instant) -> int:
        """The UTC offset in seconds at ``moment``."""
        offsets = self.offsets
        index = moment // 86400 - self.low
        if 1 <= index < len(offsets) - 2:
            offset = offsets[index]
            if offset == offsets[index - 1] == offsets[index + 1] == offsets[index + 2]:
                return offset
        return _offset(self.zone, moment)


_ZONES_AT: dict[tuple[str, Instant, Instant], _ZoneOffsets] = {}


class _ClientDays:
    """The client weekday of an instant, by bisection over the client's shifts (in order)."""

    def __init__(self, client_shifts: list[WorkShift]) -> None:
        self.shifts = client_shifts
        self.starts = [s.start for s in client_shifts]

    def weekday(self, moment: Instant) -> int | None:
        """The weekday of the local date of the client shift holding ``moment``, or None."""
        index = bisect_right(self.starts, moment) - 1
        # A day's shifts may overlap the previous day's: look back while they could.
        while index >= 0 and self.starts[index] > moment - 2 * 86400:
            shift = self.shifts[index]
            if moment < shift.end:
                return shift.day.weekday()
            index -= 1
        return None


def _hour_pieces(
    start: Instant,
    end: Instant,
    client: Team,
    vendor: Team,
    client_days: _ClientDays,
    never: frozenset[int],
    usual: int,
    vendor_week: Timeline,
    zones: tuple[_ZoneOffsets, _ZoneOffsets],
    reasons: dict[int, str],
) -> list[CausedGap]:
    """An uncovered stretch that no day off explains: a day never worked, the clocks, or hours."""
    if start >= end:
        return []
    weekday = client_days.weekday(start)
    if weekday is not None and weekday in never:
        return [CausedGap(start, end, "never_worked", None, _DAY_NAMES[weekday])]
    client_offset = zones[0].at(start)
    offset = zones[1].at(start) - client_offset
    if offset == usual:
        return [CausedGap(start, end, "outside_hours")]
    # Where the stretch would fall in the vendor's week at the usual offset: the client's
    # local wall time of ``start`` (its UTC offset there is ``client_offset``) as a minute
    # of the week (1970-01-01 was a Thursday, weekday 3).
    local_day, local_second = divmod(start + client_offset, 86400)
    minute = ((local_day + 3) % 7) * MINUTES_PER_DAY + local_second // 60 + usual // 60
    minute %= _WEEK
    length = -(-(end - start) // 60)
    last = minute + length
    covered = [(max(a, minute), min(b, last)) for a, b in vendor_week if a < last and b > minute]
    reason = reasons.get(offset)
    if reason is None:
        reason = reasons[offset] = _clock_reason(vendor, client, offset, usual)
    result: list[CausedGap] = []
    cursor = start
    for a, b in covered:
        piece_start = start + (a - minute) * 60
        piece_end = min(end, start + (b - minute) * 60)
        if piece_start > cursor:
            result.append(CausedGap(cursor, piece_start, "outside_hours"))
        result.append(CausedGap(max(piece_start, cursor), piece_end, "clock_change", None, reason))
        cursor = piece_end
    if cursor < end:
        result.append(CausedGap(cursor, end, "outside_hours"))
    return [p for p in result if p.start < p.end]


def off_minutes(causes: GapCauses) -> int:
    """Client minutes the vendor's days off leave uncovered (:func:`working_days_percent`)."""
    return causes.minutes("vendor_off")


def working_days_percent(
    client_minutes: int, covered_minutes: int, causes: GapCauses
) -> float | None:
    """Coverage of the client's time outside the vendor's days off, 2 decimals; None without any.

    >>> working_days_percent(2400, 1920, GapCauses((CausedGap(0, 480 * 60, "vendor_off"),)))
    100.0
    """
    base = client_minutes - off_minutes(causes)
    if base <= 0:
        return None
    return round(100.0 * covered_minutes / base, 2)
