"""Day blocks of the day and week views: a row per team, the selected pairs' overlap, DST marks."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from planner.chart.lazy_rows import LazyRows
from planner.chart.meetings import MeetingBand
from planner.chart.offsets import HourTick, OffsetChange, hour_ticks, offset_changes, offset_text
from planner.chart.tints import Segment, band_cuts, tint_segments
from planner.plan.hours import Shift
from planner.plan.model import Plan, Team
from planner.schedule.working_time import day_off_reason, team_shifts
from planner.time.intervals import (
    Instant,
    Timeline,
    clip,
    difference,
    intersection,
    union,
)
from planner.time.local import MINUTES_PER_DAY, day_range, local_date, local_instant

if TYPE_CHECKING:  # the staffing package loads only for a plan with contact demand
    from planner.analysis.staffing.result import IntervalStaffing


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
        exception: True when it comes from the date's one-day exception, not the week.
    """

    team_id: str
    day: date
    weekday: int
    shift: Shift
    start: Instant
    end: Instant
    exception: bool = False


@dataclass(frozen=True, slots=True)
class DayMark:
    """A holiday or day off of a team: its local date, clipped to the block."""

    start: Instant
    end: Instant
    day: date
    reason: str


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
        city: the team's city, or "" (shown with the zone in the row's label).
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
    city: str = ""

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
class StaffingRow:
    """One staffing role inside a day block.

    Attributes:
        role_id: the role.
        pair: its (client id, vendor id): the row stands under that pair's overlap row.
        label: the role's name.
        intervals: the role's intervals starting inside the block.
        understaffed: the intervals short of agents, merged and clipped to the block.
        scale: the most agents (required or scheduled) in any block of the chart.
        service_level_percent: the block's service level weighted by contacts, or None.
    """

    role_id: str
    pair: tuple[str, str]
    label: str
    intervals: tuple[IntervalStaffing, ...]
    understaffed: Timeline
    scale: int
    service_level_percent: float | None

    @property
    def short_intervals(self) -> int:
        """How many intervals have fewer agents than they require."""
        return sum(1 for i in self.intervals if i.understaffed)

    def interval_at(self, moment: int) -> IntervalStaffing | None:
        """The interval under an instant (for hover), or None."""
        for interval in self.intervals:
            if interval.start <= moment < interval.end:
                return interval
        return None


@dataclass(frozen=True, slots=True)
class DayBlock:
    """One reference-zone day: its axis, a row per team, the pairs' overlap rows.

    Attributes:
        day: the date in the reference zone.
        start: the instant of ``day 00:00`` there.
        end: the instant of ``day + 1 00:00`` there (23 or 25 hours later on DST days).
        axis: the reference zone's whole hours, for the shared axis.
        axis_label: the reference zone and its UTC offset(s) that day.
        rows: one per team, in plan order (made as they are read: :func:`day_block`).
        overlaps: one per selected pair (made as they are read).
        changes: every DST transition in the block (reference zone and teams), by instant.
        now: the current instant when it lies inside the block, else None.
        meetings: the meeting occurrences overlapping the block (``planner.chart.meetings``).
        staffing: a row per real-time role with demand among the selected pairs
            (``planner.chart.staffing``), each under its pair's overlap row.
        work: what the lazy rows are made of (``planner.chart.edited`` keeps what an edit
            leaves alone); not part of what the block shows.
    """

    day: date
    start: Instant
    end: Instant
    axis: tuple[HourTick, ...]
    axis_label: str
    rows: Sequence[Row]
    overlaps: Sequence[OverlapRow]
    changes: tuple[OffsetChange, ...]
    now: Instant | None
    meetings: tuple[MeetingBand, ...] = ()
    staffing: tuple[StaffingRow, ...] = ()
    work: BlockWork | None = field(default=None, compare=False, repr=False)

    @property
    def hours(self) -> float:
        """Length of the block in hours (24, or 23/25 on a DST day)."""
        return (self.end - self.start) / 3600

    @property
    def team_ids(self) -> tuple[str, ...]:
        """The rows' team ids, in order, without working the rows out."""
        rows = self.rows
        if isinstance(rows, LazyRows):
            return rows.keys  # type: ignore[return-value]
        return tuple(row.team_id for row in rows)

    @property
    def pairs(self) -> tuple[tuple[str, str], ...]:
        """The overlap rows' (client id, vendor id), in order, without working them out."""
        overlaps = self.overlaps
        if isinstance(overlaps, LazyRows):
            return overlaps.keys  # type: ignore[return-value]
        return tuple((o.client_id, o.vendor_id) for o in overlaps)

    def row(self, team_id: str) -> Row:
        """The row of a team."""
        rows = self.rows
        try:
            found = rows.index_of(team_id) if isinstance(rows, LazyRows) else None
            return rows[self.team_ids.index(team_id) if found is None else found]
        except ValueError:
            raise KeyError(team_id) from None

    def overlap(self, pair: tuple[str, str]) -> OverlapRow:
        """The overlap row of a (client id, vendor id) pair."""
        overlaps = self.overlaps
        try:
            found = overlaps.index_of(pair) if isinstance(overlaps, LazyRows) else None
            return overlaps[self.pairs.index(pair) if found is None else found]
        except ValueError:
            raise KeyError(pair) from None

    def overlaps_of(self, team_id: str) -> list[OverlapRow]:
        """The overlap rows of the pairs a team is in, in order (only those are worked out)."""
        return [self.overlaps[i] for i, pair in enumerate(self.pairs) if team_id in pair]


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
            ShiftSpan(
                team.id, s.day, s.day.weekday(), s.shift, s.start, s.end, s.day in team.exceptions
            )
            for s in shifts
        ),
        marks=tuple(marks),
        ticks=hour_ticks(team.zone, start, end),
        nights=_nights(team.zone, start, end),
        changes=changes,
        working=working,
        offset_label=offset_text(team.zone, start, end),
    )


@functools.lru_cache(maxsize=1024)
def _nights(zone: str, start: Instant, end: Instant) -> Timeline:
    """The zone's local night hours in ``[start, end)``: one per zone and block, not per team."""
    return union((a, b) for a, b, tint in band_cuts(zone, start, end) if tint == "night")


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
    vendors = [v.id for v in plan.vendors if vendor_id in (None, v.id)]  # once, not per client
    return tuple((c.id, v) for c in plan.clients if client_id in (None, c.id) for v in vendors)


def day_block(
    plan: Plan,
    zone: str,
    day: date,
    pairs: Sequence[tuple[str, str]],
    role_id: str | None,
    now: Instant | None,
) -> DayBlock:
    """One reference-zone day of the chart: its axis, a row per team, the pairs' overlap rows.

    The block is made as a frame (its start, end, axis, clock changes, now, and how many
    rows and overlap rows it has); each row and overlap row is worked out when it is first
    read (:class:`planner.chart.lazy_rows.LazyRows`), so a screen that shows twenty rows of a large organisation
    works out twenty. What is read is what the whole block would hold.

    >>> from planner.plan.hours import WeekHours
    >>> h = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    >>> plan = Plan(teams=(Team("a", "client", "UTC", h), Team("b", "vendor", "Asia/Tokyo", h)))
    >>> block = day_block(plan, "UTC", date(2027, 1, 4), [("a", "b")], None, None)
    >>> len(block.rows), block.overlaps[0].windows, block.rows[1].overlap == ()
    (2, (), True)
    """
    start, end = day_range(zone, day, day)
    work = BlockWork(plan, start, end, tuple(pairs), role_id)
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
        axis_label=f"{zone}  {offset_text(zone, start, end)}",
        rows=LazyRows(len(plan.teams), work.row, tuple(team.id for team in plan.teams)),
        overlaps=LazyRows(len(work.pairs), work.overlap, work.pairs),
        changes=tuple(changes),
        now=now if now is not None and start <= now < end else None,
        work=work,
    )


@functools.lru_cache(maxsize=16)
def _counterparts(pairs: tuple[tuple[str, str], ...]) -> dict[str, tuple[str, ...]]:
    """Each team's counterparts among ``pairs``, in pair order (the same for every block)."""
    found: dict[str, list[str]] = {}
    for client_id, vendor_id in pairs:
        found.setdefault(client_id, []).append(vendor_id)
        found.setdefault(vendor_id, []).append(client_id)
    return {team_id: tuple(others) for team_id, others in found.items()}


class BlockWork:
    """What a block's rows and overlap rows are made of, each part worked out once when read."""

    __slots__ = (
        "_bases",
        "_gaps",
        "_others",
        "_unions",
        "_windows",
        "end",
        "pairs",
        "plan",
        "start",
    )

    def __init__(
        self,
        plan: Plan,
        start: Instant,
        end: Instant,
        pairs: tuple[tuple[str, str], ...],
        role_id: str | None,
    ) -> None:
        self.plan, self.start, self.end, self.pairs = plan, start, end, pairs
        self._bases: dict[str, _RowBase] = {}
        self._windows: dict[int, Timeline] = {}
        self._unions: dict[tuple[str, ...], Timeline] = {}
        self._others: dict[str, tuple[str, ...]] | None = None
        self._gaps: tuple[str, str] | None = None
        if role_id is not None:
            role = plan.role(role_id)
            if role.kind == "realtime":
                self._gaps = (role.client, role.vendor)

    def after_edit(self, plan: Plan, changed: frozenset[str]) -> BlockWork:
        """The work of the same block of ``plan``, whose teams but ``changed`` are as here.

        What was worked out of the other teams is kept (their rows' bases, their pairs'
        windows, the merged working time of sets of counterparts without a changed team).
        """
        work = BlockWork(plan, self.start, self.end, self.pairs, None)
        work._gaps, work._others = self._gaps, self._others
        work._bases = {k: v for k, v in self._bases.items() if k not in changed}
        pairs = self.pairs
        work._windows = {
            k: v
            for k, v in self._windows.items()
            if pairs[k][0] not in changed and pairs[k][1] not in changed
        }
        work._unions = {k: v for k, v in self._unions.items() if changed.isdisjoint(k)}
        return work

    def gap_pair(self) -> tuple[str, str] | None:
        """The (client, vendor) of the highlighted real-time role whose gaps rows show."""
        return self._gaps

    def counterparts(self) -> dict[str, tuple[str, ...]]:
        """Each team's counterparts among the block's pairs, in pair order."""
        if self._others is None:  # the pairs hashed once per block, not per row
            self._others = _counterparts(self.pairs)
        return self._others

    def base(self, team_id: str) -> _RowBase:
        """What a team's row shows of its own time in the block (worked out once)."""
        found = self._bases.get(team_id)
        if found is None:
            found = self._bases[team_id] = _row_base(self.plan.team(team_id), self.start, self.end)
        return found

    def windows(self, index: int) -> Timeline:
        """When both teams of a pair work in the block."""
        found = self._windows.get(index)
        if found is None:
            client_id, vendor_id = self.pairs[index]
            found = intersection(self.base(client_id).working, self.base(vendor_id).working)
            self._windows[index] = found
        return found

    def counterparts_working(self, team_id: str) -> Timeline:
        """The working time of the teams paired with ``team_id``, merged (kept per set)."""
        others = self.counterparts().get(team_id, ())
        found = self._unions.get(others)
        if found is None:
            found = union(piece for other in others for piece in self.base(other).working)
            self._unions[others] = found
        return found

    def overlap(self, index: int) -> OverlapRow:
        """A pair's overlap row."""
        client_id, vendor_id = self.pairs[index]
        client, vendor = self.plan.team(client_id), self.plan.team(vendor_id)
        label = f"{client.name} \u2194 {vendor.name}"
        return OverlapRow(client_id, vendor_id, label, self.windows(index))

    def row(self, index: int) -> Row:
        """A team's row (the team at ``index`` of the plan)."""
        team = self.plan.teams[index]
        base = self.base(team.id)
        # The union of the team's pair windows: its time inside its counterparts' merged.
        overlap = intersection(base.working, self.counterparts_working(team.id))
        gaps: Timeline = ()
        if self._gaps is not None and self._gaps[0] == team.id:
            gaps = difference(base.working, self.base(self._gaps[1]).working)
        return Row(
            team_id=team.id,
            name=team.name,
            side=team.side,
            zone=team.zone,
            offset_label=base.offset_label,
            segments=base.segments,
            shifts=base.shifts,
            marks=base.marks,
            ticks=base.ticks,
            nights=base.nights,
            changes=base.changes,
            overlap=overlap,
            gaps=gaps,
            city=team.city or "",
        )
