"""Agents per interval: the client's grid through clock changes, the vendor's shifts, verdicts."""

from collections import Counter
from datetime import date

from planner.analysis.overlap import analyze
from planner.analysis.staffing.intervals import DemandInterval, demand_intervals, scheduled_agents
from planner.analysis.staffing.result import role_staffing
from planner.plan.agents import Agents
from planner.plan.demand import Demand, WeekProfile
from planner.plan.hours import Shift
from planner.plan.model import Plan, Role
from planner.schedule.range import Range
from planner.schedule.working_time import WorkShift
from planner.time.local import day_range, local_datetime
from tests.planner.helpers import d, iso, team, utc

ALL_DAY = WeekProfile.parse({"daily": {"00:00-24:00": 10}}, 30)


def plan_with(vendor_hours, agents, contacts, days_off=(), shrinkage=30, coverage=100):
    demand = Demand(180, WeekProfile.parse(contacts, 30), shrinkage_percent=shrinkage)
    client = team("ny", "America/New_York", {"mon-fri": ["08:00-12:00"]}, side="client")
    vendor = team("mnl", "Asia/Manila", vendor_hours, days_off=days_off)
    vendor = Plan(teams=(vendor,)).team("mnl")
    from dataclasses import replace

    vendor = replace(vendor, agents=Agents.parse(agents, vendor.hours))
    return Plan(
        teams=(client, vendor),
        roles=(
            Role("desk", "realtime", "ny", "mnl", min_coverage_percent=coverage, demand=demand),
        ),
    )


def test_the_grid_follows_the_clients_clock_changes():
    ny = team("ny", "America/New_York", {}, side="client")
    spring = demand_intervals(
        ny, ALL_DAY, *day_range("America/New_York", d("2027-03-14"), d("2027-03-14"))
    )
    autumn = demand_intervals(
        ny, ALL_DAY, *day_range("America/New_York", d("2027-11-07"), d("2027-11-07"))
    )
    assert len(spring) == 46 and len(autumn) == 50
    assert all(i.end - i.start == 1800 for i in spring + autumn)
    walls = Counter(local_datetime("America/New_York", i.start).strftime("%H:%M") for i in autumn)
    assert walls["01:00"] == walls["01:30"] == 2  # the repeated hour is called in twice
    assert "02:00" not in {
        local_datetime("America/New_York", i.start).strftime("%H:%M") for i in spring
    }


def test_the_clients_days_off_have_no_contacts():
    ny = team("ny", "America/New_York", {}, side="client", days_off=[d("2027-03-02")])
    found = demand_intervals(
        ny, ALL_DAY, *day_range("America/New_York", d("2027-03-01"), d("2027-03-03"))
    )
    assert len(found) == 96
    assert {local_datetime("America/New_York", i.start).date() for i in found} == {
        d("2027-03-01"),
        d("2027-03-03"),
    }


def test_only_shifts_covering_the_whole_interval_count():
    shifts = [
        WorkShift(date(2027, 3, 1), 0, 7200, Shift(0, 120)),
        WorkShift(date(2027, 3, 1), 900, 7200, Shift(15, 120)),  # starts inside the first
        WorkShift(date(2027, 3, 1), 0, 5400, Shift(0, 90)),  # ends inside the last
    ]
    people = {Shift(0, 120): 5, Shift(15, 120): 3, Shift(0, 90): 2}
    intervals = [DemandInterval(s, s + 1800, 1) for s in (0, 1800, 3600, 5400)]
    assert scheduled_agents(intervals, shifts, lambda s: people[s.shift]) == [7, 10, 10, 8]


def test_the_vendor_roster_meets_winter_weeks_and_misses_summer_ones():
    # 100 calls at New York's 08:00 need 20 agents; Manila's 21:00 shift is New York's
    # 08:00 in winter only: from 14 March (New York's summer time) it starts at 09:00 there.
    plan = plan_with({"mon-fri": ["21:00-05:00"]}, 20, {"mon": {"08:00-09:00": 100}})
    role = plan.roles[0]
    winter = role_staffing(
        plan, role, *day_range("America/New_York", d("2027-03-08"), d("2027-03-08"))
    )
    summer = role_staffing(
        plan, role, *day_range("America/New_York", d("2027-03-15"), d("2027-03-15"))
    )
    assert [(i.required, i.scheduled) for i in winter.intervals] == [(20, 20), (20, 20)]
    assert winter.meets and winter.service_level_percent == 88.84
    assert [(i.required, i.scheduled, i.service_level) for i in summer.intervals] == [
        (20, 0, 0.0),
        (20, 0, 0.0),
    ]
    assert iso(summer.understaffed) == [("2027-03-15T12:00Z", "2027-03-15T13:00Z")]
    assert summer.service_level_percent == 0.0
    assert summer.agent_hours_required == 20.0
    assert summer.agent_hours_scheduled == 20 * 8  # the Monday night shift in Manila


def test_a_vendor_day_off_leaves_the_interval_unstaffed_and_fails_the_role():
    plan = plan_with(
        {"mon-fri": ["21:00-05:00"]},
        20,
        {"mon-fri": {"08:00-09:00": 100}},
        days_off=[d("2027-03-03")],
        coverage=80,
    )
    span = Range.of_days("America/New_York", d("2027-03-01"), d("2027-03-05"))
    verdict = analyze(plan, span).roles[0]
    staffing = verdict.staffing
    assert iso(staffing.understaffed) == [("2027-03-03T13:00Z", "2027-03-03T14:00Z")]
    assert staffing.service_level_percent == round(88.84 * 4 / 5, 2)
    assert not verdict.meets
    # Coverage alone passes: the day off's four client hours are 20% of the week.
    assert verdict.coverage_percent == 80.0
    assert verdict.meets is False and staffing.meets is False


def test_agents_per_shift_and_weekday_add_up():
    plan = plan_with(
        {"mon": ["20:00-04:00", "21:00-05:00"]},
        {"mon": {"20:00-04:00": 6, "21:00-05:00": 9}},
        {"mon": {"08:00-08:30": 100}},
        shrinkage=0,
    )
    result = role_staffing(
        plan, plan.roles[0], *day_range("America/New_York", d("2027-03-08"), d("2027-03-08"))
    )
    (interval,) = result.intervals
    assert (interval.required, interval.scheduled) == (14, 15)
    assert interval.start == utc("2027-03-08T13:00")


def test_weighted_service_level_and_meets_without_demand_in_range():
    plan = plan_with(
        {"mon": ["21:00-05:00"]}, 14, {"mon": {"08:00-08:30": 100, "08:30-09:00": 40}}, shrinkage=0
    )
    role = plan.roles[0]
    result = role_staffing(
        plan, role, *day_range("America/New_York", d("2027-03-08"), d("2027-03-08"))
    )
    low, high = (i.service_level for i in result.intervals)
    assert result.service_level_percent == round(100 * (100 * low + 40 * high) / 140, 2)
    empty = role_staffing(
        plan, role, *day_range("America/New_York", d("2027-03-09"), d("2027-03-09"))
    )
    assert empty.intervals == () and empty.meets and empty.service_level_percent is None
