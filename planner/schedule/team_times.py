"""Each team's shifts and working time over one padded range, computed once and shared."""

from __future__ import annotations

from planner.plan.model import Plan
from planner.schedule.working_time import WorkShift, team_shifts
from planner.time.intervals import Instant, Timeline, clip, union


class TeamTimes:
    """Each team's shifts and working time over a padded range, computed once."""

    def __init__(self, plan: Plan, start: Instant, end: Instant) -> None:
        self.plan = plan
        self.start = start
        self.end = end
        self._shifts: dict[str, list[WorkShift]] = {}
        self._time: dict[str, Timeline] = {}

    def shifts(self, team_id: str) -> list[WorkShift]:
        """The team's shifts with time in the padded range."""
        if team_id not in self._shifts:
            self._shifts[team_id] = team_shifts(self.plan.team(team_id), self.start, self.end)
        return self._shifts[team_id]

    def time(self, team_id: str) -> Timeline:
        """The team's merged working time in the padded range."""
        if team_id not in self._time:
            merged = union((s.start, s.end) for s in self.shifts(team_id))
            self._time[team_id] = clip(merged, self.start, self.end)
        return self._time[team_id]
