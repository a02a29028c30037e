"""The suggested roster: optimal (checked by enumeration), and holding through clock changes."""

import itertools
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.analysis.staffing.result import role_staffing, with_roster
from planner.analysis.staffing.roster import RosterEntry, suggest_roster
from planner.plan.agents import Agents
from planner.plan.demand import Demand, WeekProfile
from planner.plan.hours import Shift
from planner.plan.model import Plan, Role
from planner.plan.reading import parse_plan
from planner.plan.writing import dump_plan
from planner.time.local import day_range
from tests.planner.helpers import d, team

MONDAY = day_range("UTC", d("2027-01-04"), d("2027-01-04"))[0]


@pytest.fixture(autouse=True)
def _solve_every_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests hold the solver itself to its answers: no roster comes from the cache."""
    monkeypatch.setenv("OVERLAP_PLANNER_CACHE_DIR", "")


def brute_force_hours(needs, length_hours):
    """The fewest agent-hours covering hourly needs from 09:00 with shifts of one length."""
    starts = range(9 - length_hours + 1, 9 + len(needs))
    best = None
    for counts in itertools.product(range(4), repeat=len(starts)):
        on = {s: c for s, c in zip(starts, counts, strict=True)}
        if all(
            sum(on[s] for s in starts if s <= 9 + h < s + length_hours) >= need
            for h, need in enumerate(needs)
        ):
            cost = sum(counts) * length_hours
            best = cost if best is None else min(best, cost)
    return best


@settings(max_examples=25, deadline=None)
@given(needs=st.lists(st.integers(0, 3), min_size=3, max_size=5))
def test_the_roster_is_optimal_and_feasible(needs):
    vendor = team("v", "UTC", {"mon": ["09:00-11:00"]})
    wanted = [(MONDAY + (9 + h) * 3600, MONDAY + (10 + h) * 3600, n) for h, n in enumerate(needs)]
    roster = suggest_roster(vendor, wanted, 60)
    assert roster.optimal
    assert roster.agent_hours_per_week == brute_force_hours(needs, 2)
    for start, end, need in wanted:
        covering = sum(
            e.agents
            for e in roster.entries
            if 0 in e.days
            and MONDAY + e.shift.start * 60 <= start
            and end <= MONDAY + e.shift.start * 60 + 7200
        )
        assert covering >= need


def test_entries_group_days_and_write_back_as_hours_and_agents():
    vendor = team("v", "UTC", {"mon": ["09:00-17:00"]})
    wanted = [
        (
            MONDAY + day * 86400 + h * 3600,
            MONDAY + day * 86400 + (h + 1) * 3600,
            4 if day < 5 else 2,
        )
        for day in range(7)
        for h in range(9, 17)
    ]
    roster = suggest_roster(vendor, wanted, 30)
    assert roster.entries == (
        RosterEntry((0, 1, 2, 3, 4), Shift.parse("09:00-17:00"), 4),
        RosterEntry((5, 6), Shift.parse("09:00-17:00"), 2),
    )
    assert [str(e) for e in roster.entries] == [
        "mon-fri 09:00-17:00 x 4",
        "sat-sun 09:00-17:00 x 2",
    ]
    assert (roster.agent_hours_per_week, roster.current_agent_hours_per_week) == (192.0, 8.0)
    applied = replace(vendor, hours=roster.hours(), agents=roster.agents())
    plan = Plan(teams=(applied,))
    text = dump_plan(plan)
    assert (
        'agents = { "mon-fri" = { "09:00-17:00" = 4 }, "sat-sun" = { "09:00-17:00" = 2 } }' in text
    )
    assert parse_plan(text).plan == plan


def winter_and_summer(plan):
    role = plan.roles[0]
    return [
        role_staffing(plan, role, *day_range("America/New_York", d(a), d(b)))
        for a, b in (("2027-01-04", "2027-01-10"), ("2027-07-05", "2027-07-11"))
    ]


def test_a_roster_over_the_year_holds_in_both_clock_seasons():
    demand = Demand(
        240,
        WeekProfile.parse(
            {"mon-fri": {"08:00-12:00": 60, "12:00-18:00": 90}, "sat": {"10:00-14:00": 30}}, 30
        ),
        shrinkage_percent=25,
    )
    plan = Plan(
        teams=(
            team("ny", "America/New_York", {"mon-fri": ["08:00-18:00"]}, side="client"),
            team("mnl", "Asia/Manila", {"mon-fri": ["21:00-05:00"]}),
        ),
        roles=(Role("desk", "realtime", "ny", "mnl", demand=demand),),
    )
    role, vendor = plan.roles[0], plan.team("mnl")

    def applied(staffing):
        roster = with_roster(staffing, vendor).roster
        assert roster.optimal and roster.uncovered == 0
        staffed = replace(vendor, hours=roster.hours(), agents=roster.agents())
        return replace(plan, teams=(plan.team("ny"), staffed)), roster

    year = role_staffing(
        plan, role, *day_range("America/New_York", d("2027-01-01"), d("2027-12-31"))
    )
    winter_only = role_staffing(
        plan, role, *day_range("America/New_York", d("2027-01-04"), d("2027-01-10"))
    )
    year_plan, year_roster = applied(year)
    winter_plan, winter_roster = applied(winter_only)
    assert [s.meets for s in winter_and_summer(year_plan)] == [True, True]
    # A roster for the winter alone is an hour off all summer.
    assert [s.meets for s in winter_and_summer(winter_plan)] == [True, False]
    assert winter_roster.agent_hours_per_week <= year_roster.agent_hours_per_week
    assert year_roster.patterns < len(year.intervals) // 40


def test_nothing_to_cover_gives_an_empty_roster():
    vendor = replace(team("v", "UTC", {"mon": ["09:00-17:00"]}), agents=Agents.uniform(3))
    roster = suggest_roster(vendor, [(MONDAY, MONDAY + 1800, 0)], 30)
    assert roster.entries == () and roster.current_agent_hours_per_week == 24.0
