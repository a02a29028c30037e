"""The plan keys ``exceptions`` (one-day hours) and ``moved`` (single occurrences elsewhere)."""

from datetime import date, datetime

import pytest

from planner.errors import PlanFileError
from planner.meetings.occurrences import meeting_occurrences
from planner.plan.edits import half_day, move_occurrence, move_series, overtime, set_exception
from planner.plan.hours import Shift
from planner.plan.reading import parse_plan
from planner.plan.writing import dump_plan
from planner.schedule.working_time import day_off_reason, working_time
from planner.time.local import day_range
from tests.planner.helpers import iso

PLAN = """\
format = 1

[[team]]
id = "ny"
side = "client"
zone = "America/New_York"
hours = { "mon-fri" = ["09:00-17:00"] }
holidays = "US"
exceptions = { "2027-12-24" = ["09:00-13:00"], "2027-07-05" = ["10:00-14:00"], "2027-12-31" = [] }

[[team]]
id = "mnl"
side = "vendor"
zone = "Asia/Manila"
hours = { "mon-fri" = ["21:00-06:00"] }

[[meeting]]
id = "sync"
teams = ["ny", "mnl"]
duration_minutes = 30
start = "2027-01-05T10:30"
repeat = { freq = "weekly", byday = ["TU"] }
moved = { "2027-03-09" = "2027-03-10T11:00" }
"""


def test_both_keys_read_and_write_back_unchanged():
    loaded = parse_plan(PLAN, "plan.toml")
    ny = loaded.plan.team("ny")
    assert ny.exceptions.to_mapping() == {
        "2027-07-05": ["10:00-14:00"],
        "2027-12-24": ["09:00-13:00"],
        "2027-12-31": [],
    }
    assert loaded.plan.meeting("sync").moved[0].start == datetime(2027, 3, 10, 11, 0)
    assert dump_plan(loaded.plan, loaded) == PLAN
    fresh = dump_plan(loaded.plan)
    assert 'moved = { "2027-03-09" = "2027-03-10T11:00" }' in fresh
    assert '"2027-07-05" = ["10:00-14:00"]' in fresh


def test_an_exception_replaces_the_week_and_wins_over_a_holiday():
    ny = parse_plan(PLAN, "plan.toml").plan.team("ny")
    # Independence Day (observed) is worked 10:00-14:00; Christmas Eve is a half day.
    start, end = day_range("America/New_York", date(2027, 7, 5), date(2027, 7, 5))
    assert iso(working_time(ny, start, end)) == [("2027-07-05T14:00Z", "2027-07-05T18:00Z")]
    assert day_off_reason(ny, date(2027, 7, 5)) is None
    assert day_off_reason(ny, date(2027, 12, 31)) == "off this date (one-day change)"
    start, end = day_range("America/New_York", date(2027, 12, 24), date(2027, 12, 31))
    assert iso(working_time(ny, start, end)) == [
        ("2027-12-24T14:00Z", "2027-12-24T18:00Z"),
        ("2027-12-27T14:00Z", "2027-12-27T22:00Z"),
        ("2027-12-28T14:00Z", "2027-12-28T22:00Z"),
        ("2027-12-29T14:00Z", "2027-12-29T22:00Z"),
        ("2027-12-30T14:00Z", "2027-12-30T22:00Z"),
    ]


def test_a_moved_occurrence_is_held_at_its_new_time_only():
    plan = parse_plan(PLAN, "plan.toml").plan
    start, end = day_range("America/New_York", date(2027, 3, 8), date(2027, 3, 14))
    (occurrence,) = meeting_occurrences(plan, plan.meeting("sync"), start, end)
    assert iso([(occurrence.start, occurrence.end)]) == [("2027-03-10T16:00Z", "2027-03-10T16:30Z")]
    assert occurrence.original == datetime(2027, 3, 9, 10, 30)
    assert not occurrence.skipped


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        ('"2027-12-24" = ["9-13"]', 'plan.toml:9: team "ny": "9" is not a time'),
        ('"24.12.2027" = []', 'plan.toml:9: team "ny": exception "24.12.2027" is not a date'),
        ('"2027-12-24" = "x"', "plan.toml:9: team \"ny\": shift 'x' is not of the form"),
    ],
)
def test_bad_exceptions_point_at_their_line(edit, message):
    text = PLAN.replace('"2027-12-24" = ["09:00-13:00"]', edit)
    with pytest.raises(PlanFileError) as caught:
        parse_plan(text, "plan.toml")
    assert str(caught.value.problems[0]).startswith(message)


def test_a_moved_date_that_is_not_in_the_series_is_refused():
    with pytest.raises(PlanFileError) as caught:
        parse_plan(PLAN.replace('"2027-03-09" =', '"2027-03-08" ='), "plan.toml")
    assert str(caught.value.problems[0]) == (
        'plan.toml:23: meeting "sync": moved 2027-03-08 is not a date of the series '
        "(Tue 2027-01-05, Tue 2027-01-12, ...): name the date the occurrence had before it was moved"
    )


def test_edits_of_one_date_and_of_one_occurrence():
    plan = parse_plan(PLAN, "plan.toml").plan
    mnl_week = plan.team("mnl").hours.on(0)
    assert [str(s) for s in half_day(mnl_week)] == ["21:00-01:30"]
    assert [str(s) for s in overtime(mnl_week, 90)] == ["21:00-07:30"]
    edited = set_exception(plan, "mnl", date(2027, 3, 1), overtime(mnl_week))
    assert edited.team("mnl").exceptions.get(date(2027, 3, 1)) == (Shift.parse("21:00-07:00"),)
    moved = move_occurrence(plan, "sync", date(2027, 3, 16), datetime(2027, 3, 16, 15, 0))
    assert [m.key for m in moved.meeting("sync").moved] == ["2027-03-09", "2027-03-16"]
    back = move_occurrence(moved, "sync", date(2027, 3, 9), datetime(2027, 3, 9, 10, 30))
    assert [m.key for m in back.meeting("sync").moved] == ["2027-03-16"]
    from datetime import timedelta

    later = move_series(plan, "sync", timedelta(days=1)).meeting("sync")
    assert (later.start_date, [str(b) for b in later.repeat.byday]) == (date(2027, 1, 6), ["WE"])
    assert [m.key for m in later.moved] == ["2027-03-10"]
