"""Kickoff helper: the first good one-off slot within the next N working days.

The working days are those of the FIRST team (the host, whose zone is the meeting zone):
local dates on which it has a shift and no holiday or day off, counted from a given date
(by default the day after today). A slot is *good* when every participant is inside
working hours (core or edge, see ``planner.meetings.comfort``) and nobody has a holiday or day off on
their own local date. The first good slot is the most comfortable slot of the earliest
day that has one (ties: the earlier start); every other day's best slot is listed too,
and when no day has a good slot the least bad ones are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from planner.errors import PlannerError
from planner.meetings.candidates import Candidate
from planner.meetings.requests import check_teams
from planner.meetings.slots import STEP_MINUTES, SlotSearch, find_slots
from planner.plan.model import Plan
from planner.schedule.range import Range
from planner.schedule.working_time import day_off_reason
from planner.text import Text

MAX_WORKING_DAYS = 60


@dataclass(frozen=True, slots=True)
class Kickoff:
    """The result of a kickoff search.

    Attributes:
        days: the host's working days searched, in order.
        search: the one-off search over those days.
        first: the first good slot, or None when no day has one.
        per_day: the best slot of each searched day that has a candidate, in date order.
    """

    days: tuple[date, ...]
    search: SlotSearch
    first: Candidate | None
    per_day: tuple[Candidate, ...]

    @property
    def least_bad(self) -> Sequence[Candidate]:
        """Every candidate on the searched days, best first (the search's ranking)."""
        return self.search.candidates


def working_days(plan: Plan, team_id: str, first: date, count: int) -> tuple[date, ...]:
    """The next ``count`` local dates from ``first`` on which the team has a shift and no day off.

    >>> from planner.plan.model import Team
    >>> from planner.plan.hours import WeekHours
    >>> team = Team("hq", "client", "UTC", WeekHours.parse({"mon-fri": ["09:00-17:00"]}))
    >>> [d.day for d in working_days(Plan(teams=(team,)), "hq", date(2027, 1, 1), 3)]
    [1, 4, 5]
    """
    if not 1 <= count <= MAX_WORKING_DAYS:
        raise PlannerError(
            Text(
                "the kickoff looks 1 to {MAX_WORKING_DAYS} working days ahead, not {count}",
                MAX_WORKING_DAYS=MAX_WORKING_DAYS,
                count=count,
            )
        )
    team = plan.team(team_id)
    if team.hours.is_empty:
        raise PlannerError(
            Text(
                'team "{team_id}" has no working hours: give it hours before planning a kickoff',
                team_id=team_id,
            )
        )
    found: list[date] = []
    day = first
    # A year of holidays in a row is not a plan anyone can meet in.
    while len(found) < count and day < first + timedelta(days=366 + 7 * count):
        if team.hours.on(day.weekday()) and day_off_reason(team, day) is None:
            found.append(day)
        day += timedelta(days=1)
    return tuple(found)


def kickoff(
    plan: Plan,
    teams: Sequence[str],
    duration_minutes: int,
    first: date,
    days: int,
    step_minutes: int = STEP_MINUTES,
) -> Kickoff:
    """Search the host's next ``days`` working days from ``first`` for a one-off meeting.

    >>> from planner.plan.model import Team
    >>> from planner.plan.hours import WeekHours
    >>> ny = Team("hq", "client", "America/New_York", WeekHours.parse({"mon-fri": ["09:00-17:00"]}))
    >>> mnl = Team("mnl", "vendor", "Asia/Manila", WeekHours.parse({"mon-fri": ["21:00-06:00"]}))
    >>> result = kickoff(Plan(teams=(ny, mnl)), ["hq", "mnl"], 60, date(2027, 1, 4), 5)
    >>> result.first.day, result.first.start
    (datetime.date(2027, 1, 4), datetime.time(10, 0))
    """
    ids = check_teams(plan, teams)
    host = plan.team(ids[0])
    chosen = working_days(plan, host.id, first, days)
    if not chosen:
        raise PlannerError(
            Text(
                'team "{host_id}" has no working day within a year of {first}',
                host_id=host.id,
                first=first,
            )
        )
    span = Range.of_days(host.zone, chosen[0], chosen[-1])
    search = find_slots(plan, ids, duration_minutes, None, span, step_minutes)
    wanted = set(chosen)
    ranked = tuple(c for c in search.candidates if c.day in wanted)
    search = SlotSearch(
        search.plan, search.teams, search.zone, search.duration_minutes, None, span, chosen, ranked
    )
    per_day: dict[date, Candidate] = {}
    for candidate in ranked:
        assert candidate.day is not None
        per_day.setdefault(candidate.day, candidate)
    best_by_day = tuple(per_day[d] for d in sorted(per_day))
    good = next((c for c in best_by_day if c.fits_all), None)
    return Kickoff(chosen, search, good, best_by_day)
