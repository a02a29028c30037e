"""Overlap of client and vendor teams, role verdicts and meeting occurrences for a range.

Definitions are those of ``plan-format.md``: coverage is the share of the client's working
time in which the vendor also works; an async role's daily overlap counts each client
working day (the shifts starting that local date); the reply wait runs from any client
working instant to the vendor's next working instant, searched 14 days ahead.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from planner.analysis.backlog import WARM_UP_SECONDS, Backlog, backlog
from planner.analysis.gaps import GapCauses, classify_gaps, working_days_percent
from planner.analysis.staffing.result import Staffing, role_staffing, with_roster
from planner.meetings.occurrences import Occurrence, meeting_occurrences
from planner.plan.model import Plan, Role
from planner.schedule.range import Range
from planner.schedule.team_times import TeamTimes
from planner.time.intervals import (
    Timeline,
    clip,
    difference,
    intersection,
    next_start_at_or_after,
    total_seconds,
    union,
)

REPLY_SEARCH_DAYS = 14


@dataclass(frozen=True, slots=True)
class PairOverlap:
    """When a client and a vendor both work."""

    client: str
    vendor: str
    windows: Timeline

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
    """

    range: Range
    pairs: tuple[PairOverlap, ...]
    roles: tuple[RoleVerdict, ...]
    meetings: tuple[MeetingReport, ...]
    times: TeamTimes | None = field(default=None, compare=False, repr=False)


def analyze(plan: Plan, span: Range, roster: bool = False) -> Analysis:
    """Pairs, role verdicts and meeting occurrences for ``span``.

    With ``roster``, each role with demand also gets a suggested roster (an integer program:
    seconds for a year, and scipy is imported).

    >>> from planner.plan.hours import WeekHours
    >>> from planner.plan.model import Team
    >>> hours = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    >>> plan = Plan(teams=(Team("a", "client", "UTC", hours), Team("b", "vendor", "Asia/Manila", hours)))
    >>> result = analyze(plan, Range.of_days("UTC", date(2027, 1, 4), date(2027, 1, 10)))
    >>> result.pairs[0].total_minutes
    0
    """
    times = TeamTimes(
        plan, span.start - WARM_UP_SECONDS - 2 * 86400, span.end + (REPLY_SEARCH_DAYS + 2) * 86400
    )
    pairs = tuple(
        PairOverlap(
            client.id,
            vendor.id,
            clip(intersection(times.time(client.id), times.time(vendor.id)), span.start, span.end),
        )
        for client in plan.clients
        for vendor in plan.vendors
    )
    verdicts: list[RoleVerdict] = []
    for role in plan.roles:
        if role.kind == "realtime":
            verdicts.append(realtime_verdict(plan, role, span, times, roster))
        else:
            verdicts.append(async_verdict(role, span, times))
    reports = tuple(
        MeetingReport(
            meeting.id,
            tuple(
                meeting_occurrences(
                    plan, meeting, span.start, span.end, _timelines(times, meeting.teams)
                )
            ),
        )
        for meeting in plan.meetings
    )
    return Analysis(span, pairs, tuple(verdicts), reports, times)


def _timelines(times: TeamTimes, team_ids: tuple[str, ...]) -> dict[str, Timeline]:
    return {t: times.time(t) for t in team_ids}


def realtime_verdict(
    plan: Plan, role: Role, span: Range, times: TeamTimes, roster: bool = False
) -> RealtimeVerdict:
    """Coverage, gaps and a vendor shift that would close them; staffing with demand."""
    client = clip(times.time(role.client), span.start, span.end)
    vendor = times.time(role.vendor)
    covered = intersection(client, vendor)
    staffing = None
    if role.demand is not None:
        staffing = role_staffing(plan, role, span.start, span.end, times)
        if roster:
            staffing = with_roster(staffing, plan.team(role.vendor))
    gaps = difference(client, vendor)
    return RealtimeVerdict(
        role=role,
        client_minutes=total_seconds(client) // 60,
        covered_minutes=total_seconds(covered) // 60,
        gaps=gaps,
        causes=classify_gaps(plan, role, gaps, span, times),
        staffing=staffing,
    )


def async_verdict(role: Role, span: Range, times: TeamTimes) -> AsyncVerdict:
    """Daily overlap per client working day and the longest wait for the vendor."""
    vendor = times.time(role.vendor)
    by_day: dict[date, list[tuple[int, int]]] = defaultdict(list)
    for shift in times.shifts(role.client):
        if span.start <= shift.start < span.end:
            by_day[shift.day].append((shift.start, shift.end))
    daily = tuple(
        DailyOverlap(day, _overlap_seconds(union(spans), vendor) // 60)
        for day, spans in sorted(by_day.items())
    )
    waiting = difference(clip(times.time(role.client), span.start, span.end), vendor)
    longest = 0
    reachable = True
    for piece in waiting:
        reply = next_start_at_or_after(vendor, piece.start)
        if reply is None or reply - piece.start > REPLY_SEARCH_DAYS * 86400:
            reachable = False
            break
        longest = max(longest, reply - piece.start)
    queue = backlog(times.time(role.client), vendor, span.start, span.end, role.reply_within_hours)
    return AsyncVerdict(
        role, daily, math.ceil(longest / 60) if reachable else None, reachable, queue
    )


def _overlap_seconds(short: Timeline, long: Timeline) -> int:
    """Seconds of ``short`` inside ``long``, looking only at the part of ``long`` it spans."""
    if not short:
        return 0
    return total_seconds(intersection(short, clip(long, short[0].start, short[-1].end)))
