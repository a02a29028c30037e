"""Shifts, day keys, weekly hours and the validation of teams, roles and meetings."""

from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.errors import PlannerError
from planner.plan.hours import Shift, WeekHours, parse_day_key
from planner.plan.meeting import ByDay, Meeting, Repeat
from planner.plan.model import Plan, Role, Team


def test_shift_parsing_and_lengths():
    assert Shift.parse("09:00-17:00") == Shift(540, 1020)
    assert Shift.parse("21:00-06:00").crosses_midnight
    assert Shift.parse("21:00-06:00").minutes == 540
    assert Shift.parse("00:00-24:00").minutes == 1440
    assert Shift.parse("22:00-00:00").minutes == 120
    assert str(Shift.parse("7:05-24:00")) == "07:05-24:00"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("09:00-09:00", "starts and ends at the same time"),
        ("09:00", "HH:MM-HH:MM"),
        ("25:00-26:00", "not a time of day"),
        ("24:00-03:00", "not a time of day"),
        ("9h-17h", "not a time"),
    ],
)
def test_bad_shifts_say_what_to_write(text, fragment):
    with pytest.raises(PlannerError, match=fragment):
        Shift.parse(text)


def test_day_keys_including_wrapping_ranges():
    assert parse_day_key("mon-fri") == (0, 1, 2, 3, 4)
    assert parse_day_key("sun-thu") == (6, 0, 1, 2, 3)
    assert parse_day_key("fri-mon") == (4, 5, 6, 0)
    assert parse_day_key("daily") == tuple(range(7))
    with pytest.raises(PlannerError, match="not a day key"):
        parse_day_key("weekdays")


def test_a_day_named_twice_is_an_error():
    with pytest.raises(PlannerError, match="names wed again"):
        WeekHours.parse({"mon-fri": ["09:00-17:00"], "wed": ["18:00-20:00"]})


def test_several_shifts_a_day_are_sorted():
    hours = WeekHours.parse({"mon": ["14:00-19:30", "10:00-13:00"]})
    assert hours.on(0) == (Shift(600, 780), Shift(840, 1170))


def test_compact_form_wraps_past_sunday():
    hours = WeekHours.parse({"sun-thu": ["08:00-16:00"]})
    assert hours.to_mapping() == {"sun-thu": ["08:00-16:00"]}
    assert WeekHours.parse({"daily": ["00:00-24:00"]}).to_mapping() == {"daily": ["00:00-24:00"]}


shift_texts = st.sampled_from(
    ["09:00-17:00", "21:00-06:00", "00:00-24:00", "10:00-13:00", "14:00-19:30"]
)
days = st.lists(st.lists(shift_texts, max_size=2, unique=True), min_size=7, max_size=7)


@given(days)
def test_compact_form_reads_back_to_the_same_hours(day_lists):
    hours = WeekHours.from_days([[Shift.parse(s) for s in day] for day in day_lists])
    assert WeekHours.parse(hours.to_mapping()) == hours


def hours():
    return WeekHours.parse({"mon-fri": ["09:00-17:00"]})


def test_team_validation_messages():
    with pytest.raises(PlannerError, match='did you mean "Asia/Manila"'):
        Team("mnl", "vendor", "Asia/Manilla", hours())
    with pytest.raises(PlannerError, match="is not valid"):
        Team("Manila Desk", "vendor", "Asia/Manila", hours())
    with pytest.raises(PlannerError, match='side must be "client" or "vendor"'):
        Team("mnl", "supplier", "Asia/Manila", hours())  # type: ignore[arg-type]
    with pytest.raises(PlannerError, match='unknown subdivision "ZZ"'):
        Team("mnl", "vendor", "Asia/Manila", hours(), holidays="US-ZZ")
    with pytest.raises(PlannerError, match="unknown holiday country"):
        Team("mnl", "vendor", "Asia/Manila", hours(), holidays="XQ")
    assert Team("mnl", "vendor", "Asia/Manila", hours()).name == "mnl"


def test_role_and_repeat_validation():
    with pytest.raises(PlannerError, match="between 0 and 100"):
        Role("r", "realtime", "a", "b", min_coverage_percent=120)
    with pytest.raises(PlannerError, match="either until or count"):
        Repeat("weekly", until=date(2027, 1, 1), count=3)
    with pytest.raises(PlannerError, match='needs freq = "monthly"'):
        Repeat("weekly", byday=(ByDay.parse("1TU"),))
    assert str(ByDay.parse("-1fr")) == "-1FR"


def test_meeting_needs_two_distinct_teams():
    with pytest.raises(PlannerError, match="two or more teams"):
        Meeting("m", "M", ("hq",), 30, date(2027, 1, 4), time(9))
    with pytest.raises(PlannerError, match="lists a team twice"):
        Meeting("m", "M", ("hq", "hq"), 30, date(2027, 1, 4), time(9))


def test_plan_checks_references_and_sides():
    hq = Team("hq", "client", "America/New_York", hours())
    mnl = Team("mnl", "vendor", "Asia/Manila", hours())
    with pytest.raises(PlannerError, match='unknown team "mnk" \\(did you mean "mnl"\\?\\)'):
        Plan(teams=(hq, mnl), roles=(Role("s", "realtime", "hq", "mnk"),))
    with pytest.raises(PlannerError, match="needs a vendor team"):
        Plan(teams=(hq, mnl), roles=(Role("s", "realtime", "hq", "hq"),))
    with pytest.raises(PlannerError, match="used twice"):
        Plan(teams=(hq, hq))
    assert Plan(teams=(mnl, hq)).reference_zone == "America/New_York"


def test_holiday_country_given_by_name_gets_its_code_suggested():
    with pytest.raises(
        PlannerError, match='unknown holiday country "Philippines" \\(did you mean "PH"\\?\\)'
    ):
        Team("mnl", "vendor", "Asia/Manila", hours(), holidays="Philippines")
    with pytest.raises(PlannerError, match='unknown holiday country "Narnia": use an ISO 3166'):
        Team("mnl", "vendor", "Asia/Manila", hours(), holidays="Narnia")
