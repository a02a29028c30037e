"""How a meeting time sits for one team on one occurrence, judged in the team's LOCAL wall time.

Comfort is judged per team, per occurrence (so a DST week is judged on its own), from the
team's working time (``planner.schedule``: shifts, holidays, days off, DST-exact):

``core``
    The whole meeting lies inside one continuous stretch of working time (touching shifts
    count as one stretch), at least ``EDGE_MINUTES`` (60) after the stretch starts and
    before it ends.
``edge``
    Inside working time, but within the first or the last hour of the stretch: the edge
    of the working day (a stretch shorter than two hours is all edge).
``early/late``
    Not wholly inside working time, but within ``EARLY_LATE_MARGIN_MINUTES`` (2 hours)
    before a stretch starts or after it ends; or else inside the waking day,
    07:00-21:00 local, on a day the team works. The margin rule makes a night desk's
    19:00-21:00 "early" rather than "night".
``day off``
    Outside working time (and outside the 2-hour margin) on a local date on which the
    team works no shift at all: its weekend, a holiday, a day off.
``night``
    Anything else.

Core beats edge, which beats early/late, which beats night and day off (equal). An
occurrence *fits* when every participant is inside working hours (core or edge); it
*fails* otherwise, and the teams outside their hours are who pays the cost.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import IntEnum

from planner.plan.model import Plan, Team
from planner.schedule.working_time import day_off_reason, team_shifts
from planner.time.intervals import Instant, Interval, Timeline, clip, union
from planner.time.local import MINUTES_PER_DAY, local_date, local_instant

EDGE_MINUTES = 60
EARLY_LATE_MARGIN_MINUTES = 120
WAKING_DAY = (7 * 60, 21 * 60)


_PAD_SECONDS = 3 * 86400
_EDGE_SECONDS = EDGE_MINUTES * 60
_LAST = 2**63


class Comfort(IntEnum):
    """How a meeting time sits for one team on one occurrence (higher is better)."""

    DAY_OFF = 0
    NIGHT = 1
    EARLY_LATE = 2
    EDGE = 3
    CORE = 4

    @property
    def label(self) -> str:
        """The user-facing name: ``core``, ``edge``, ``early/late``, ``night``, ``day off``."""
        return _LABELS[self]

    @property
    def points(self) -> int:
        """Points towards the score: core 100, edge 75, early/late 35, night and day off 0."""
        return _POINTS[self]

    @property
    def working(self) -> bool:
        """True inside working hours (core or edge)."""
        return self >= Comfort.EDGE


_LABELS = {
    Comfort.CORE: "core",
    Comfort.EDGE: "edge",
    Comfort.EARLY_LATE: "early/late",
    Comfort.NIGHT: "night",
    Comfort.DAY_OFF: "day off",
}
_POINTS = {
    Comfort.CORE: 100,
    Comfort.EDGE: 75,
    Comfort.EARLY_LATE: 35,
    Comfort.NIGHT: 0,
    Comfort.DAY_OFF: 0,
}


def each_date(first: date, last: date) -> Iterable[date]:
    """Every date from first to last, both included."""
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


def holding_interval(timeline: Timeline, start: Instant, end: Instant) -> Interval | None:
    """The interval of ``timeline`` holding all of ``[start, end)``, or None.

    ``planner.time.intervals.contains`` that also says which interval (for the edge test).
    """
    index = bisect_right(timeline, (start, _LAST)) - 1
    if index >= 0:
        found = timeline[index]
        if end <= found[1]:
            return found
    return None


@dataclass(frozen=True, slots=True)
class TeamHours:
    """A team's timelines for judging comfort over a range (see the module docstring).

    Attributes:
        team: the team.
        work: merged working time.
        near: working time widened by the early/late margin on both sides.
        off: the local dates on which the team works no shift (weekend, holiday, day off).
        waking: 07:00-21:00 local on every date.
        holidays: the team's holidays and days off, each local date widened by three
            hours on both sides: a quick, generous test before ``skip_reason`` decides.
    """

    team: Team
    work: Timeline
    near: Timeline
    off: Timeline
    waking: Timeline
    holidays: Timeline = ()

    @classmethod
    def over(cls, team: Team, start: Instant, end: Instant) -> TeamHours:
        """Timelines covering ``[start, end)`` with a few days' margin either side.

        >>> from planner.plan.hours import WeekHours
        >>> team = Team("a", "client", "UTC", WeekHours.parse({"mon-fri": ["09:00-17:00"]}))
        >>> hours = TeamHours.over(team, 1799020800, 1799107200)  # Mon 2027-01-04 (UTC)
        >>> hours.comfort(1799020800 + 12 * 3600, 1799020800 + 13 * 3600).label
        'core'
        """
        low, high = start - _PAD_SECONDS, end + _PAD_SECONDS
        shifts = team_shifts(team, low, high)
        work = clip(union((s.start, s.end) for s in shifts), low, high)
        margin = EARLY_LATE_MARGIN_MINUTES * 60
        near = union((a - margin, b + margin) for a, b in work)
        worked = {s.day for s in shifts}
        off: list[tuple[int, int]] = []
        waking: list[tuple[int, int]] = []
        holidays: list[tuple[int, int]] = []
        for day in each_date(local_date(team.zone, low), local_date(team.zone, high)):
            midnight = local_instant(team.zone, day, 0)
            following = local_instant(team.zone, day, MINUTES_PER_DAY)
            if day not in worked:
                off.append((midnight, following))
            if day_off_reason(team, day) is not None:
                holidays.append((midnight - 3 * 3600, following + 3 * 3600))
            waking.append(
                (
                    local_instant(team.zone, day, WAKING_DAY[0]),
                    local_instant(team.zone, day, WAKING_DAY[1]),
                )
            )
        return cls(team, work, near, union(off), union(waking), union(holidays))

    def comfort(self, start: Instant, end: Instant) -> Comfort:
        """How ``[start, end)`` sits for the team."""
        block = holding_interval(self.work, start, end)
        if block is not None:
            if start - block.start >= _EDGE_SECONDS and block.end - end >= _EDGE_SECONDS:
                return Comfort.CORE
            return Comfort.EDGE
        if holding_interval(self.near, start, end) is not None:
            return Comfort.EARLY_LATE
        if holding_interval(self.off, start, start + 1) is not None:
            return Comfort.DAY_OFF
        if holding_interval(self.waking, start, end) is not None:
            return Comfort.EARLY_LATE
        return Comfort.NIGHT

    def strain(self, start: Instant, end: Instant) -> int:
        """Minutes of ``[start, end)`` outside working time plus its distance from working time.

        0 inside working hours; it grows the further a time is from the team's day, which
        tells a 21:00 meeting (4 hours after work) from a 00:00 one (7 hours after).
        """
        work = self.work
        index = bisect_right(work, (start, _LAST)) - 1
        inside = 0
        probe = max(index, 0)
        while probe < len(work) and work[probe][0] < end:
            first, last = work[probe]
            if last > start:
                inside += min(end, last) - max(start, first)
            probe += 1
        if inside:
            return (end - start - inside) // 60
        # Nothing overlaps: work[index] ends at or before the start, work[probe] begins at
        # or after the end.
        gaps = []
        if index >= 0:
            gaps.append(start - work[index][1])
        if probe < len(work):
            gaps.append(work[probe][0] - end)
        return (end - start + min(gaps, default=0)) // 60


def team_hours(
    plan: Plan, teams: Iterable[str], start: Instant, end: Instant
) -> dict[str, TeamHours]:
    """:class:`TeamHours` of each team over ``[start, end)``."""
    return {t: TeamHours.over(plan.team(t), start, end) for t in teams}
