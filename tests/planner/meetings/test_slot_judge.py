"""The slot search's flat-bounds judge gives TeamHours' comfort and strain exactly."""

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.meetings.comfort import TeamHours
from planner.meetings.scoring import Judge as _Judge
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
    judge = _Judge(hours)
    end = start + minutes * 60
    assert judge.comfort(start, end) == hours.comfort(start, end)
    assert judge.strain(start, end) == hours.strain(start, end)
    in_holidays = any(a <= start < b for a, b in hours.holidays)
    assert judge.near_holiday(start) == in_holidays


def test_judge_on_the_edges_of_a_shift():
    hours = HOURS[0]
    judge = _Judge(hours)
    for moment in [m for piece in hours.work[:6] for m in piece]:
        for offset in (-3600, -1, 0, 1, 3600):
            for length in (60, 1800, 3600, 7200):
                start = moment + offset
                assert judge.comfort(start, start + length) == hours.comfort(start, start + length)
                assert judge.strain(start, start + length) == hours.strain(start, start + length)
