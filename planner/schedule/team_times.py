"""Each team's shifts and working time over one padded range, computed once and shared."""

from __future__ import annotations

from planner.plan.model import Plan
from planner.schedule.working_time import WorkShift, team_bounds, team_shifts
from planner.time.intervals import (
    Bounds,
    Instant,
    Timeline,
    bounds_clip,
    bounds_union_sorted,
    timeline_of,
)


class TeamTimes:
    """Each team's shifts and working time over a padded range, computed once."""

    def __init__(self, plan: Plan, start: Instant, end: Instant) -> None:
        self.plan = plan
        self.start = start
        self.end = end
        self._shifts: dict[str, list[WorkShift]] = {}
        self._bounds: dict[str, Bounds] = {}
        self._time: dict[str, Timeline] = {}

    def carried_over(self, plan: Plan, changed: frozenset[str]) -> TeamTimes:
        """The times of ``plan`` over this range, keeping this one's for all teams but ``changed``.

        ``plan`` has the same teams as this one's but for those in ``changed``.
        """
        times = TeamTimes(plan, self.start, self.end)
        times._shifts = {k: v for k, v in self._shifts.items() if k not in changed}
        times._bounds = {k: v for k, v in self._bounds.items() if k not in changed}
        times._time = {k: v for k, v in self._time.items() if k not in changed}
        return times

    def shifts(self, team_id: str) -> list[WorkShift]:
        """The team's shifts with time in the padded range."""
        if team_id not in self._shifts:
            self._shifts[team_id] = team_shifts(self.plan.team(team_id), self.start, self.end)
        return self._shifts[team_id]

    def bounds(self, team_id: str) -> Bounds:
        """The team's merged working time in the padded range, as flat bounds (do not modify)."""
        found = self._bounds.get(team_id)
        if found is None:
            shifts = self._shifts.get(team_id)
            if shifts is None:
                found = team_bounds(self.plan.team(team_id), self.start, self.end)
            else:  # the shifts are there already: merge them rather than make them again
                merged = bounds_union_sorted((s.start, s.end) for s in shifts)
                found = bounds_clip(merged, self.start, self.end)
            self._bounds[team_id] = found
        return found

    def time(self, team_id: str) -> Timeline:
        """The team's merged working time in the padded range."""
        if team_id not in self._time:
            self._time[team_id] = timeline_of(self.bounds(team_id))
        return self._time[team_id]
