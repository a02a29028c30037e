"""A real-time role's staffing over a range: each interval's need and roster, and the totals."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, NamedTuple

from planner.analysis.staffing.erlang import achieved_level, required_agents
from planner.analysis.staffing.intervals import demand_intervals, scheduled_agents
from planner.plan.demand import Demand
from planner.plan.model import Plan, Role, Team
from planner.schedule.team_times import TeamTimes
from planner.schedule.working_time import WorkShift
from planner.time.intervals import Instant, Timeline, union

if TYPE_CHECKING:  # the roster's module is imported when a roster is asked for
    from planner.analysis.staffing.roster import Roster


class IntervalStaffing(NamedTuple):
    """One interval: its contacts, the agents it needs and has, and the service level had.

    Attributes:
        start, end: the interval (UTC seconds).
        contacts: contacts arriving in it.
        required: agents to schedule (Erlang C, then shrinkage).
        scheduled: the vendor's people whose shifts cover all of it.
        service_level: share of contacts answered within the target (0 to 1) with them.
    """

    start: Instant
    end: Instant
    contacts: float
    required: int
    scheduled: int
    service_level: float

    @property
    def understaffed(self) -> bool:
        """True when fewer agents are scheduled than required."""
        return self.scheduled < self.required


@dataclass(frozen=True, slots=True)
class Staffing:
    """A role's staffing over a range (``staffing`` in ``analyze --json``).

    Attributes:
        demand: the role's demand.
        intervals: every interval with contacts that starts in the range, in order.
        understaffed: the intervals with fewer agents than required, merged.
        agent_hours_required: sum of required agents x interval hours.
        agent_hours_scheduled: the vendor's paid agent-hours in the range: people x hours
            of every shift starting in it (after holidays, exceptions and clock changes).
        roster: the suggested roster, when one was asked for.
    """

    demand: Demand
    intervals: tuple[IntervalStaffing, ...]
    understaffed: Timeline
    agent_hours_required: float
    agent_hours_scheduled: float
    roster: Roster | None = None

    @property
    def interval_minutes(self) -> int:
        """The length of one interval."""
        return self.demand.interval_minutes

    @property
    def contacts(self) -> float:
        """Contacts in the range."""
        return sum(i.contacts for i in self.intervals)

    @property
    def service_level_percent(self) -> float | None:
        """The service level over the range, each interval weighted by its contacts (2 decimals)."""
        total = self.contacts
        if not total:
            return None
        return round(100 * sum(i.contacts * i.service_level for i in self.intervals) / total, 2)

    @property
    def meets(self) -> bool:
        """True when every interval has at least the agents it requires."""
        return not self.understaffed


def role_staffing(
    plan: Plan, role: Role, start: Instant, end: Instant, times: TeamTimes | None = None
) -> Staffing:
    """The staffing of a real-time role with demand over ``[start, end)``.

    ``times`` may be shared with the rest of an analysis; it must cover the range with a day
    to spare on each side.

    >>> from datetime import date
    >>> from planner.plan.demand import WeekProfile
    >>> from planner.plan.hours import WeekHours
    >>> from planner.plan.model import Team
    >>> from planner.plan.agents import Agents
    >>> from planner.time.local import day_range
    >>> hours = WeekHours.parse({"mon": ["09:00-17:00"]})
    >>> demand = Demand(180, WeekProfile.parse({"mon": {"09:00-09:30": 100}}, 30))
    >>> plan = Plan(teams=(Team("hq", "client", "UTC", hours),
    ...                    Team("mnl", "vendor", "UTC", hours, agents=Agents.uniform(13))),
    ...             roles=(Role("desk", "realtime", "hq", "mnl", demand=demand),))
    >>> result = role_staffing(plan, plan.roles[0], *day_range("UTC", date(2027, 1, 4), date(2027, 1, 4)))
    >>> [(i.required, i.scheduled, round(100 * i.service_level, 2)) for i in result.intervals]
    [(14, 13, 79.56)]
    """
    demand = role.demand
    if demand is None:
        raise ValueError(f'role "{role.id}" has no demand')
    times = times or TeamTimes(plan, start - 2 * 86400, end + 2 * 86400)
    vendor = plan.team(role.vendor)
    intervals = demand_intervals(plan.team(role.client), demand.contacts, start, end)
    shifts = times.shifts(vendor.id)

    def people(shift: WorkShift) -> int:
        return vendor.agents.count(shift.day.weekday(), shift.shift)

    on_duty = scheduled_agents(intervals, shifts, people)
    step = demand.interval_minutes * 60
    # A week's pattern repeats: each (contacts, agents) pair is worked out once.
    known: dict[tuple[float, int], tuple[int, float]] = {}
    rows: list[IntervalStaffing] = []
    short: list[tuple[Instant, Instant]] = []
    required_seconds = 0
    for i, have in zip(intervals, on_duty, strict=True):
        figures = known.get((i.contacts, have))
        if figures is None:
            figures = (
                required_agents(i.contacts, step, demand),
                achieved_level(i.contacts, step, have, demand),
            )
            known[(i.contacts, have)] = figures
        need = figures[0]
        rows.append(IntervalStaffing(i.start, i.end, i.contacts, need, have, figures[1]))
        required_seconds += need * (i.end - i.start)
        if have < need:
            short.append((i.start, i.end))
    paid = sum(people(s) * (s.end - s.start) for s in shifts if start <= s.start < end)
    return Staffing(
        demand=demand,
        intervals=tuple(rows),
        understaffed=union(short),
        agent_hours_required=round(required_seconds / 3600, 2),
        agent_hours_scheduled=round(paid / 3600, 2),
    )


def with_roster(staffing: Staffing, vendor: Team) -> Staffing:
    """``staffing`` with the roster that meets its intervals' requirements.

    See :func:`planner.analysis.staffing.roster.suggest_roster` (HiGHS is imported here).
    """
    from planner.analysis.staffing.roster import suggest_roster

    needs = [(i.start, i.end, i.required) for i in staffing.intervals]
    return replace(staffing, roster=suggest_roster(vendor, needs, staffing.interval_minutes))
