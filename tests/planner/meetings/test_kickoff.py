"""Kickoff helper: the first good one-off slot within the host's next N working days."""

from datetime import time
from importlib import resources

import pytest

from planner.errors import PlannerError
from planner.meetings.kickoff import kickoff, working_days
from planner.plan.model import Plan
from planner.plan.reading import load_plan
from tests.planner.helpers import d, team

NINE_TO_FIVE = {"mon-fri": ["09:00-17:00"]}


@pytest.fixture(scope="module")
def acme() -> Plan:
    path = resources.files("resources.examples").joinpath("newyork-manila-kyiv.toml")
    return load_plan(str(path)).plan


def test_working_days_skip_weekends_holidays_and_days_off():
    hq = team(
        "hq",
        "America/New_York",
        NINE_TO_FIVE,
        side="client",
        holidays="US",
        days_off=[d("2027-07-07")],
    )
    days = working_days(Plan(teams=(hq,)), "hq", d("2027-07-02"), 4)
    # Fri 2 July; Mon 5 July is Independence Day (observed); Wed 7 July is a day off.
    assert [x.isoformat() for x in days] == ["2027-07-02", "2027-07-06", "2027-07-08", "2027-07-09"]


def test_working_days_of_a_sunday_to_thursday_team():
    ruh = team("ruh", "Asia/Riyadh", {"sun-thu": ["08:00-16:00"]})
    days = working_days(Plan(teams=(ruh,)), "ruh", d("2027-01-07"), 3)
    assert [x.isoformat() for x in days] == ["2027-01-07", "2027-01-10", "2027-01-11"]


def test_first_good_slot_for_three_teams(acme):
    result = kickoff(acme, ["hq", "mnl", "kyiv"], 60, d("2027-01-04"), 5)
    assert [x.isoformat() for x in result.days] == [
        "2027-01-04",
        "2027-01-05",
        "2027-01-06",
        "2027-01-07",
        "2027-01-08",
    ]
    first = result.first
    assert (first.day, first.start, first.fits_all, first.score) == (
        d("2027-01-04"),
        time(10),
        True,
        100.0,
    )
    assert [(c.day.isoformat(), f"{c.start:%H:%M}") for c in result.per_day] == [
        ("2027-01-04", "10:00"),
        ("2027-01-05", "10:00"),
        ("2027-01-06", "10:00"),
        ("2027-01-07", "10:00"),
        ("2027-01-08", "10:00"),
    ]


def test_a_participants_holiday_moves_the_kickoff_to_the_next_day():
    # Manila (night desk) has Monday 4 January off: New York 10:00 Monday is 23:00 Monday there.
    hq = team("hq", "America/New_York", NINE_TO_FIVE, side="client")
    mnl = team("mnl", "Asia/Manila", {"mon-fri": ["21:00-06:00"]}, days_off=[d("2027-01-04")])
    result = kickoff(Plan(teams=(hq, mnl)), ["hq", "mnl"], 60, d("2027-01-04"), 3)
    assert (result.first.day, result.first.start) == (d("2027-01-05"), time(10))
    # Monday still has slots whose Manila date is Tuesday (from 11:00 New York), but none fits.
    assert [c.day.isoformat() for c in result.per_day] == ["2027-01-04", "2027-01-05", "2027-01-06"]
    assert not result.per_day[0].fits_all


def test_no_good_slot_offers_the_least_bad():
    hq = team("hq", "America/New_York", NINE_TO_FIVE, side="client")
    mnl = team("mnl", "Asia/Manila", {"mon-fri": ["09:00-18:00"]})
    result = kickoff(Plan(teams=(hq, mnl)), ["hq", "mnl"], 60, d("2027-01-04"), 3)
    assert result.first is None
    best = result.least_bad[0]
    # 20:00 New York (late, 3 h after work) is 09:00 Manila (edge).
    assert (best.day, best.start, best.score) == (d("2027-01-04"), time(20), 35.0)
    assert [c.label for c in best.occurrences[0].comforts] == ["early/late", "edge"]


def test_kickoff_refuses_bad_requests(acme):
    with pytest.raises(PlannerError, match="1 to 60 working days"):
        kickoff(acme, ["hq", "mnl"], 60, d("2027-01-04"), 0)
    with pytest.raises(PlannerError, match='unknown team "hqq" \\(did you mean "hq"\\?\\)'):
        kickoff(acme, ["hqq", "mnl"], 60, d("2027-01-04"), 5)
    idle = Plan(teams=(team("a", "UTC", {}, side="client"), team("b", "UTC", NINE_TO_FIVE)))
    with pytest.raises(PlannerError, match='team "a" has no working hours'):
        kickoff(idle, ["a", "b"], 30, d("2027-01-04"), 5)
