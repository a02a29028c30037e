"""Overlap of client and vendor teams, role verdicts and meeting occurrences for a range.

Definitions are those of ``plan-format.md``: coverage is the share of the client's working
time in which the vendor also works; an async role's daily overlap counts each client
working day (the shifts starting that local date); the reply wait runs from any client
working instant to the vendor's next working instant, searched 14 days ahead.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, overload

from planner.analysis.gaps import GapCauses, classify_gaps, working_days_percent
from planner.meetings.occurrences import Occurrence, meeting_occurrences
from planner.plan.model import Plan, Role
from planner.schedule.range import Range
from planner.schedule.team_times import TeamTimes
from planner.time.intervals import (
    Bounds,
    CompactTimeline,
    Timeline,
    bounds_clip,
    bounds_difference,
    bounds_intersection,
    bounds_seconds,
    bounds_union_sorted,
    timeline_of,
    total_seconds,
)

if TYPE_CHECKING:  # imported by the roles that have demand: the others never load it
    from planner.analysis.backlog import Backlog  # an async role's: imported for one
    from planner.analysis.staffing.result import Staffing
    from planner.plan.meeting import Meeting

REPLY_SEARCH_DAYS = 14


@dataclass(frozen=True, slots=True)
class PairOverlap:
    """When a client and a vendor both work.

    ``windows`` is a tuple of intervals, or from :class:`LazyPairs` the same timeline kept
    compact (equal to the tuple, read the same way).
    """

    client: str
    vendor: str
    windows: Timeline | CompactTimeline

    @property
    def total_minutes(self) -> int:
        """Minutes of overlap in the range."""
        return total_seconds(self.windows) // 60


@dataclass(frozen=True, slots=True)
class RealtimeVerdict:
    """A real-time role: how much of the client's time the vendor covers, and the gaps' causes.

    The suggested vendor hours are checked over a whole year, not over the range:
    :func:`planner.analysis.suggest.role_suggestion`.
    """

    role: Role
    client_minutes: int
    covered_minutes: int
    gaps: Timeline
    causes: GapCauses
    staffing: Staffing | None = None

    @property
    def coverage_percent(self) -> float | None:
        """Covered share of the client's working time, 2 decimals; None without client time."""
        if self.client_minutes == 0:
            return None
        return round(100.0 * self.covered_minutes / self.client_minutes, 2)

    @property
    def meets(self) -> bool:
        """True when coverage reaches the role's minimum and staffing is met.

        Coverage is met vacuously without client time; staffing (with demand) when every
        interval has the agents it requires.
        """
        if self.staffing is not None and not self.staffing.meets:
            return False
        if self.client_minutes == 0:
            return True
        return 100.0 * self.covered_minutes / self.client_minutes >= self.role.min_coverage_percent

    @property
    def working_days_percent(self) -> float | None:
        """Coverage leaving out the client time that falls on the vendor's days off."""
        return working_days_percent(self.client_minutes, self.covered_minutes, self.causes)


@dataclass(frozen=True, slots=True)
class DailyOverlap:
    """Overlap minutes of one client working day (date in the client's zone)."""

    day: date
    minutes: int


@dataclass(frozen=True, slots=True)
class AsyncVerdict:
    """An async role: daily overlap and the longest wait for the vendor."""

    role: Role
    daily_overlap: tuple[DailyOverlap, ...]
    max_wait_minutes: int | None
    reachable: bool
    backlog: Backlog | None = None

    @property
    def min_daily_overlap_minutes(self) -> int | None:
        """The smallest daily overlap, or None without client working days."""
        return min((d.minutes for d in self.daily_overlap), default=None)

    @property
    def days_below_minimum(self) -> tuple[DailyOverlap, ...]:
        """Client working days with less overlap than the role asks for."""
        return tuple(d for d in self.daily_overlap if d.minutes < self.role.min_overlap_minutes)

    @property
    def meets(self) -> bool:
        """True when every day has enough overlap and the longest wait is short enough.

        With ``reply_within_hours``, every message must also be answered within it.
        """
        if not self.reachable or self.max_wait_minutes is None:
            return False
        if self.backlog is not None and self.backlog.within_percent not in (None, 100.0):
            return False
        return (
            not self.days_below_minimum and self.max_wait_minutes <= self.role.max_reply_hours * 60
        )


RoleVerdict = RealtimeVerdict | AsyncVerdict


@dataclass(frozen=True, slots=True)
class MeetingReport:
    """A meeting's occurrences starting inside the range."""

    meeting_id: str
    occurrences: tuple[Occurrence, ...]


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything ``analyze`` reports for one range.

    ``times`` is the teams' working time the analysis used (over the range, padded), for
    work that follows on the same range (the suggestions of a year's analysis).

    ``pairs`` is a tuple, or with ``analyze(..., lazy_pairs=True)`` a :class:`LazyPairs`
    that computes each pair when it is read (organisation-scale plans, streamed output).
    """

    range: Range
    pairs: Sequence[PairOverlap]
    roles: tuple[RoleVerdict, ...]
    meetings: tuple[MeetingReport, ...]
    times: TeamTimes | None = field(default=None, compare=False, repr=False)


class LazyPairs(Sequence[PairOverlap]):
    """Every (client, vendor) pair of a plan, each computed when read and not kept.

    Clients in plan order, then vendors in plan order, like ``Analysis.pairs``. Reading
    the sequence twice computes it twice; memory stays that of one pair.
    """

    def __init__(self, plan: Plan, span: Range, times: TeamTimes) -> None:
        self._clients = [c.id for c in plan.clients]
        self._vendors = [v.id for v in plan.vendors]
        self._span = span
        self._times = times
        self._clipped: dict[str, Bounds] = {}

    def __len__(self) -> int:
        return len(self._clients) * len(self._vendors)

    @overload
    def __getitem__(self, index: int) -> PairOverlap: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[PairOverlap]: ...

    def __getitem__(self, index: int | slice) -> PairOverlap | Sequence[PairOverlap]:
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("pair index out of range")
        client, vendor = divmod(index, len(self._vendors))
        return self._pair(self._clients[client], self._vendors[vendor])

    def __iter__(self) -> Iterator[PairOverlap]:
        for client in self._clients:
            for vendor in self._vendors:
                yield self._pair(client, vendor)

    def _pair(self, client: str, vendor: str) -> PairOverlap:
        mine = self._clipped.get(client)
        if mine is None:
            span = self._span
            mine = self._clipped[client] = bounds_clip(
                self._times.bounds(client), span.start, span.end
            )
        windows = bounds_intersection(mine, self._times.bounds(vendor))
        return PairOverlap(client, vendor, CompactTimeline(windows))


# ``planner.analysis.backlog.WARM_UP_SECONDS`` (a test holds them equal): a plan without an
# async role never loads the backlog module.
_WARM_UP_SECONDS = 7 * 86400


def team_times(plan: Plan, span: Range) -> TeamTimes:
    """Each team's working time over ``span``, padded for the reply-wait search and the backlog."""
    return TeamTimes(
        plan, span.start - _WARM_UP_SECONDS - 2 * 86400, span.end + (REPLY_SEARCH_DAYS + 2) * 86400
    )


def analyze(plan: Plan, span: Range, roster: bool = False, *, lazy_pairs: bool = False) -> Analysis:
    """Pairs, role verdicts and meeting occurrences for ``span``.

    Each team's working time is computed once (:class:`TeamTimes`); pairs are linear
    merges of flat bounds. With ``lazy_pairs`` the pairs are computed as they are read
    (:class:`LazyPairs`), for output streamed pair by pair. With ``roster``, each role with
    demand also gets a suggested roster (an integer program: seconds for a year, and HiGHS
    is imported).

    >>> from planner.plan.hours import WeekHours
    >>> from planner.plan.model import Team
    >>> hours = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    >>> plan = Plan(teams=(Team("a", "client", "UTC", hours), Team("b", "vendor", "Asia/Manila", hours)))
    >>> result = analyze(plan, Range.of_days("UTC", date(2027, 1, 4), date(2027, 1, 10)))
    >>> result.pairs[0].total_minutes
    0
    """
    times = team_times(plan, span)
    for role in plan.roles:  # their clients' shifts are needed by day: make them first
        if role.kind == "async":
            times.shifts(role.client)
    lazy = LazyPairs(plan, span, times)
    # Computed now, each pair's windows kept compact (equal to their tuple, read the same way).
    pairs: Sequence[PairOverlap] = lazy if lazy_pairs else tuple(lazy)
    verdicts: list[RoleVerdict] = []
    for role in plan.roles:
        if role.kind == "realtime":
            verdicts.append(realtime_verdict(plan, role, span, times, roster))
        else:
            verdicts.append(async_verdict(role, span, times))
    reports = tuple(meeting_report(plan, meeting, span, times) for meeting in plan.meetings)
    return Analysis(span, pairs, tuple(verdicts), reports, times)


def role_verdict(plan: Plan, role: Role, span: Range, times: TeamTimes) -> RoleVerdict:
    """One role's verdict for ``span`` (no roster), as :func:`analyze` gives it."""
    if role.kind == "realtime":
        return realtime_verdict(plan, role, span, times)
    return async_verdict(role, span, times)


def meeting_report(plan: Plan, meeting: Meeting, span: Range, times: TeamTimes) -> MeetingReport:
    """A meeting's occurrences starting in ``span``, its teams' working time from ``times``."""
    bounds = {t: times.bounds(t) for t in meeting.teams}
    return MeetingReport(
        meeting.id, tuple(meeting_occurrences(plan, meeting, span.start, span.end, bounds=bounds))
    )


def realtime_verdict(
    plan: Plan, role: Role, span: Range, times: TeamTimes, roster: bool = False
) -> RealtimeVerdict:
    """Coverage and gaps, each gap with its cause; staffing with demand."""
    client = bounds_clip(times.bounds(role.client), span.start, span.end)
    vendor = times.bounds(role.vendor)
    covered = bounds_intersection(client, vendor)
    staffing = None
    if role.demand is not None:
        from planner.analysis.staffing.result import role_staffing, with_roster

        staffing = role_staffing(plan, role, span.start, span.end, times)
        if roster:
            staffing = with_roster(staffing, plan.team(role.vendor))
    gaps = timeline_of(bounds_difference(client, vendor))
    return RealtimeVerdict(
        role=role,
        client_minutes=bounds_seconds(client) // 60,
        covered_minutes=bounds_seconds(covered) // 60,
        gaps=gaps,
        causes=classify_gaps(plan, role, gaps, span, times),
        staffing=staffing,
    )


def async_verdict(role: Role, span: Range, times: TeamTimes) -> AsyncVerdict:
    """Daily overlap per client working day and the longest wait for the vendor."""
    vendor = times.bounds(role.vendor)
    by_day: dict[date, list[tuple[int, int]]] = defaultdict(list)
    for shift in times.shifts(role.client):
        if span.start <= shift.start < span.end:
            by_day[shift.day].append((shift.start, shift.end))
    daily = tuple(
        DailyOverlap(day, _overlap_seconds(spans, vendor) // 60)
        for day, spans in sorted(by_day.items())
    )
    client = bounds_clip(times.bounds(role.client), span.start, span.end)
    waiting = bounds_difference(client, vendor)
    longest = 0
    reachable = True
    for index in range(0, len(waiting), 2):
        moment = waiting[index]
        position = bisect_right(vendor, moment)
        if position & 1:
            reply: int | None = moment
        else:
            reply = vendor[position] if position < len(vendor) else None
        if reply is None or reply - moment > REPLY_SEARCH_DAYS * 86400:
            reachable = False
            break
        if reply - moment > longest:
            longest = reply - moment
    from planner.analysis.backlog import backlog_of_bounds

    queue = backlog_of_bounds(
        times.bounds(role.client),
        times.bounds(role.vendor),
        span.start,
        span.end,
        role.reply_within_hours,
    )
    return AsyncVerdict(
        role, daily, math.ceil(longest / 60) if reachable else None, reachable, queue
    )


def _overlap_seconds(spans: list[tuple[int, int]], long: Bounds) -> int:
    """Seconds of the union of ``spans`` inside ``long``, each span found by bisection.

    >>> _overlap_seconds([(10, 20), (30, 40)], [0, 12, 15, 35, 40, 50])
    12
    """
    total = 0
    count = len(long)
    if len(spans) > 1:  # shifts of one day may overlap one another: merge them first
        merged = bounds_union_sorted(sorted(spans))
        spans = list(zip(merged[::2], merged[1::2], strict=True))
    for start, end in spans:
        position = bisect_right(long, start)
        if position & 1:  # ``start`` is inside a piece of ``long``
            total += (end if end < long[position] else long[position]) - start
            position += 1
        while position < count and long[position] < end:
            finish = long[position + 1]
            total += (end if end < finish else finish) - long[position]
            position += 2
    return total
