"""Fair rotation: two slots taken in turn, balanced tallies, exported as two series."""

from datetime import date, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.meetings.comfort import Comfort
from planner.meetings.occurrences import meeting_occurrences
from planner.meetings.requests import parse_repeat
from planner.meetings.rotation import fair_rotation, period_index, slot_of
from planner.meetings.slots import find_slots
from planner.plan.model import Plan
from planner.plan.recurrence import check_rule
from planner.schedule.range import Range
from tests.planner.helpers import d, team

NINE_TO_FIVE = {"mon-fri": ["09:00-17:00"]}


def london_tokyo(**tokyo):
    return Plan(
        teams=(
            team("ldn", "UTC", NINE_TO_FIVE, side="client"),
            team("tyo", "Asia/Tokyo", NINE_TO_FIVE, **tokyo),
        )
    )


def search_of(plan, repeat, first, last, teams=None, duration=60):
    span = Range.of_days(plan.reference_zone, d(first), d(last))
    return find_slots(
        plan, teams or [t.id for t in plan.teams], duration, parse_repeat(repeat), span
    )


def test_each_side_takes_the_awkward_hour_in_turn():
    # London 09:00-17:00 UTC and Tokyo 09:00-17:00 JST (00:00-08:00 UTC) never overlap.
    search = search_of(london_tokyo(), "weekly:WE", "2027-01-04", "2027-03-14")
    assert not search.fits_everyone
    rotation = fair_rotation(search)
    assert rotation is not None
    # A: 07:00 UTC = London 07:00 (early), Tokyo 16:00 (edge);
    # B: 09:00 UTC = London 09:00 (edge), Tokyo 18:00 (late, an hour after work).
    assert [c.start for c in rotation.slots] == [time(7), time(9)]
    assert [(t.team, t.awkward, t.held) for t in rotation.tally] == [("ldn", 5, 10), ("tyo", 5, 10)]
    assert [r.slot for r in rotation.occurrences] == [0, 1] * 5
    assert {r.occurrence.comforts for r in rotation.occurrences if r.slot == 0} == {
        (Comfort.EARLY_LATE, Comfort.EDGE)
    }
    assert {r.occurrence.comforts for r in rotation.occurrences if r.slot == 1} == {
        (Comfort.EDGE, Comfort.EARLY_LATE)
    }
    # The best single slot makes one team pay every week.
    assert sorted(t.awkward for t in rotation.single_tally) == [0, 10]
    assert rotation.helps and rotation.held == 10


def test_rotation_exports_as_two_series_with_twice_the_interval():
    plan = london_tokyo()
    search = search_of(plan, "weekly:WE", "2027-01-04", "2027-03-14")
    rotation = fair_rotation(search)
    a, b = rotation.meetings("sync", "Weekly sync")
    assert (a.id, a.title, a.start_date, a.start_time) == (
        "sync-a",
        "Weekly sync (A: 07:00)",
        d("2027-01-06"),
        time(7),
    )
    assert (b.id, b.title, b.start_date, b.start_time) == (
        "sync-b",
        "Weekly sync (B: 09:00)",
        d("2027-01-13"),
        time(9),
    )
    assert (a.repeat.freq, a.repeat.interval, [str(x) for x in a.repeat.byday]) == (
        "weekly",
        2,
        ["WE"],
    )
    assert (a.repeat.until, b.repeat.until) == (d("2027-03-03"), d("2027-03-10"))
    assert a.zone == b.zone == "UTC" and a.teams == b.teams == ("ldn", "tyo")
    for meeting in (a, b):
        check_rule(meeting)
    expanded = Plan(teams=plan.teams, meetings=(a, b))
    span = search.span
    starts = sorted(
        o.start
        for m in expanded.meetings
        for o in meeting_occurrences(expanded, m, span.start, span.end)
    )
    assert starts == [r.occurrence.start for r in rotation.occurrences]


def test_multi_day_weekly_series_alternates_week_by_week():
    search = search_of(london_tokyo(), "weekly:MO,TH", "2027-01-04", "2027-01-31")
    rotation = fair_rotation(search)
    assert [(r.occurrence.day.isoformat(), r.slot) for r in rotation.occurrences] == [
        ("2027-01-04", 0),
        ("2027-01-07", 0),
        ("2027-01-11", 1),
        ("2027-01-14", 1),
        ("2027-01-18", 0),
        ("2027-01-21", 0),
        ("2027-01-25", 1),
        ("2027-01-28", 1),
    ]
    assert [(t.team, t.awkward) for t in rotation.tally] == [("ldn", 4), ("tyo", 4)]


def test_monthly_series_alternates_month_by_month():
    search = search_of(london_tokyo(), "monthly:1TU", "2027-01-01", "2027-06-30")
    rotation = fair_rotation(search)
    assert [(r.occurrence.day.isoformat(), r.slot) for r in rotation.occurrences] == [
        ("2027-01-05", 0),
        ("2027-02-02", 1),
        ("2027-03-02", 0),
        ("2027-04-06", 1),
        ("2027-05-04", 0),
        ("2027-06-01", 1),
    ]
    a, b = rotation.meetings()
    assert (a.repeat.interval, a.start_date, b.start_date) == (2, d("2027-01-05"), d("2027-02-02"))
    assert [(t.team, t.awkward) for t in rotation.tally] == [("ldn", 3), ("tyo", 3)]


def test_every_other_week_series_alternates_between_its_own_weeks():
    search = search_of(london_tokyo(), "weekly:WE/2", "2027-01-04", "2027-03-14")
    rotation = fair_rotation(search)
    assert [(r.occurrence.day.isoformat(), r.slot) for r in rotation.occurrences] == [
        ("2027-01-06", 0),
        ("2027-01-20", 1),
        ("2027-02-03", 0),
        ("2027-02-17", 1),
        ("2027-03-03", 0),
    ]
    a, b = rotation.meetings()
    assert (a.repeat.interval, b.repeat.interval) == (4, 4)


def test_holidays_count_for_nobody():
    # Tokyo's day off on Wednesday 20 January (an A week, whose cost London bears) skips
    # that occurrence: London pays 3 times, Tokyo 4.
    search = search_of(
        london_tokyo(days_off=[d("2027-01-20")]), "weekly:WE", "2027-01-04", "2027-02-28"
    )
    rotation = fair_rotation(search)
    assert [t.awkward for t in rotation.tally] == [3, 4]
    skipped = [r.occurrence.day.isoformat() for r in rotation.occurrences if not r.occurrence.held]
    assert skipped == ["2027-01-20"] and rotation.held == 7


def test_three_teams_share_the_cost():
    plan = Plan(
        teams=(
            team("ldn", "UTC", NINE_TO_FIVE, side="client"),
            team("tyo", "Asia/Tokyo", NINE_TO_FIVE),
            team("bog", "America/Bogota", NINE_TO_FIVE),
        )
    )
    search = search_of(plan, "weekly:TU", "2027-01-04", "2027-02-28")
    rotation = fair_rotation(search)
    tallies = [t.awkward for t in rotation.tally]
    single = [t.awkward for t in rotation.single_tally]
    assert max(tallies) < max(single) and rotation.helps
    assert sum(1 for r in rotation.occurrences if r.occurrence.held) == 8
    assert max(tallies) == 4


def test_no_rotation_for_a_one_off_and_no_help_when_a_slot_fits():
    plan = Plan(
        teams=(
            team("a", "UTC", NINE_TO_FIVE, side="client"),
            team("b", "Europe/Lisbon", NINE_TO_FIVE),
        )
    )
    assert fair_rotation(search_of(plan, None, "2027-01-04", "2027-01-08")) is None
    rotation = fair_rotation(search_of(plan, "weekly:TU", "2027-01-04", "2027-02-28"))
    assert rotation is not None and not rotation.helps
    assert [t.awkward for t in rotation.tally] == [0, 0]


def test_a_single_period_has_no_rotation():
    assert fair_rotation(search_of(london_tokyo(), "weekly:WE", "2027-01-04", "2027-01-10")) is None


@pytest.mark.parametrize(
    ("freq", "a", "b", "apart"),
    [
        ("daily", "2027-01-04", "2027-01-06", 2),
        ("weekly", "2027-01-04", "2027-01-10", 0),
        ("weekly", "2027-01-10", "2027-01-11", 1),
        ("monthly", "2027-01-31", "2027-03-01", 2),
        ("monthly", "2026-12-31", "2027-01-01", 1),
    ],
)
def test_period_index(freq, a, b, apart):
    assert period_index(freq, d(b)) - period_index(freq, d(a)) == apart


def test_slot_of_counts_periods_from_the_series_start():
    search = search_of(london_tokyo(), "daily/2", "2027-01-04", "2027-01-12")
    assert [slot_of(search, day) for day in search.series_days] == [0, 1, 0, 1, 0]


NO_DST = ("UTC", "Asia/Tokyo", "Asia/Kolkata", "America/Bogota", "Asia/Dubai", "Pacific/Honolulu")


@settings(max_examples=25)
@given(
    zones=st.lists(st.sampled_from(NO_DST), min_size=2, max_size=2, unique=True),
    weeks=st.integers(2, 9),
    weekday=st.sampled_from(["MO", "TU", "WE", "TH", "FR"]),
)
def test_rotation_tallies_are_balanced_when_days_never_overlap(zones, weeks, weekday):
    plan = Plan(
        teams=(
            team("a", zones[0], {"daily": ["09:00-15:00"]}, side="client"),
            team("b", zones[1], {"daily": ["09:00-15:00"]}),
        )
    )
    first = date(2027, 1, 4)
    span = Range.of_days(zones[0], first, first + timedelta(weeks=weeks, days=-1))
    search = find_slots(plan, ["a", "b"], 60, parse_repeat(f"weekly:{weekday}"), span)
    if search.fits_everyone:
        return  # these two zones overlap (e.g. UTC and Dubai): nothing to share
    rotation = fair_rotation(search)
    assert rotation is not None
    held = rotation.held
    assert sorted(t.awkward for t in rotation.tally) == [held // 2, held - held // 2]
    assert all(
        len([c for c in r.occurrence.comforts if not c.working]) == 1 for r in rotation.occurrences
    )
