"""The slot search's scoring: the flat-bounds judge, the candidates made when read."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.meetings.candidates import Candidate
from planner.meetings.comfort import TeamHours
from planner.meetings.requests import parse_repeat
from planner.meetings.scoring import Judge, RankedCandidates
from planner.meetings.slots import find_slots
from planner.plan.model import Plan
from planner.schedule.range import Range
from tests.planner.helpers import d, team, utc

TEAMS = [
    team("ldn", "Europe/London", {"mon-fri": ["09:00-17:00"]}, days_off=[d("2027-03-31")]),
    team("mnl", "Asia/Manila", {"mon-fri": ["21:00-06:00"], "sat": ["10:00-12:00"]}),
    team("ny", "America/New_York", {"mon-thu": ["08:00-12:00", "13:00-18:00"]}),
    team("ops", "UTC", {"daily": ["00:00-24:00"]}),
    team("none", "Asia/Kathmandu", {}),
]
START, END = utc("2027-03-20T00:00"), utc("2027-04-10T00:00")
HOURS = [TeamHours.over(member, START, END) for member in TEAMS]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(range(len(TEAMS))),
    st.integers(START, END),
    st.integers(1, 24 * 60),
)
def test_judge_equals_team_hours(which, start, minutes):
    hours = HOURS[which]
    judge = Judge(hours)
    end = start + minutes * 60
    assert judge.comfort(start, end) == hours.comfort(start, end)
    assert judge.strain(start, end) == hours.strain(start, end)
    in_holidays = any(a <= start < b for a, b in hours.holidays)
    assert judge.near_holiday(start) == in_holidays


def test_judge_on_the_edges_of_a_shift():
    hours = HOURS[0]
    judge = Judge(hours)
    for moment in [m for piece in hours.work[:6] for m in piece]:
        for offset in (-3600, -1, 0, 1, 3600):
            for length in (60, 1800, 3600, 7200):
                start = moment + offset
                assert judge.comfort(start, start + length) == hours.comfort(start, start + length)
                assert judge.strain(start, start + length) == hours.strain(start, start + length)


@pytest.mark.parametrize("repeat", [None, "weekly:TU", "daily"])
def test_ranked_candidates_are_those_candidate_of_makes(repeat):
    plan = Plan(teams=tuple(TEAMS[:3]))
    span = Range.of_days("Europe/London", d("2027-03-22"), d("2027-04-04"))
    search = find_slots(plan, ["ldn", "mnl", "ny"], 45, parse_repeat(repeat), span)
    ranked = search.candidates
    assert isinstance(ranked, RankedCandidates)
    count = ranked.fitting_count
    best = ranked[:count]
    assert list(best) == [c for c in ranked[:count] if c.fits_all]
    assert ranked._ranking.rest is not None or count == len(ranked)  # the rest: not yet ranked
    every = tuple(ranked)
    assert count == sum(c.fits_all for c in every) and count < len(every)
    assert count > 0 or repeat == "daily"  # London and New York share no weekend
    assert every == tuple(sorted(every, key=Candidate.rank_key))
    for candidate in every:
        assert candidate == Candidate.of(
            candidate.start, candidate.day, candidate.teams, candidate.occurrences
        )
    assert ranked[count] is every[count] and ranked[-1] is every[-1]
    assert ranked == every and ranked[2:5] == every[2:5] and ranked[::2] == every[::2]
