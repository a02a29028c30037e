"""Gap causes and suggestions checked over a year: the New York / Manila support desk of 2026."""

from dataclasses import replace
from importlib import resources

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.analysis.gaps import EXCEPTION_SHORTER
from planner.analysis.overlap import RealtimeVerdict, analyze
from planner.analysis.suggest import role_suggestion, suggestion_horizon
from planner.plan.hours import DayExceptions, WeekHours
from planner.plan.model import Plan, Role
from planner.plan.reading import load_plan
from planner.schedule.range import Range
from planner.schedule.team_times import TeamTimes
from planner.time.intervals import clip, difference
from tests.planner.helpers import d, iso, team


def desk(hours="21:00-06:00", **extra):
    ny = team("ny", "America/New_York", {"mon-fri": ["09:00-17:00"]}, side="client", holidays="US")
    mnl = replace(team("mnl", "Asia/Manila", {"mon-fri": [hours]}, holidays="PH"), **extra)
    return Plan(teams=(ny, mnl), roles=(Role("support", "realtime", "ny", "mnl"),))


def days(first, last):
    return Range.of_days("America/New_York", d(first), d(last))


EXAMPLES = resources.files("resources.examples")
BONIFACIO_WEEK = days("2026-11-30", "2026-12-06")
YEAR_2026 = days("2026-01-01", "2026-12-31")


def verdict(plan, span) -> RealtimeVerdict:
    (found,) = analyze(plan, span).roles
    assert isinstance(found, RealtimeVerdict)
    return found


def test_a_holiday_week_is_a_holiday_gap_and_no_hours_are_suggested():
    plan = desk()
    week = verdict(plan, BONIFACIO_WEEK)
    assert week.coverage_percent == 80.0
    assert week.working_days_percent == 100.0
    (piece,) = week.causes.pieces
    assert (piece.cause, piece.day, piece.reason) == (
        "vendor_off",
        d("2026-11-30"),
        "Bonifacio Day",
    )
    assert iso([(piece.start, piece.end)]) == [("2026-11-30T14:00Z", "2026-11-30T22:00Z")]
    suggestion = role_suggestion(plan, plan.roles[0], BONIFACIO_WEEK)
    assert (suggestion.horizon.first, suggestion.horizon.last) == (d("2026-11-30"), d("2027-11-29"))
    assert suggestion.hours is None and not suggestion.causes.hour_caused
    assert suggestion.suggested_percent == suggestion.coverage_percent == 95.2
    assert (d("2026-11-30"), "Bonifacio Day") in suggestion.holiday_days
    assert len(suggestion.holiday_days) == 12
    assert (d("2027-04-09"), "Day of Valor") in suggestion.holiday_days


def test_the_year_of_2026_before_and_after_the_week_based_suggestion():
    # 21:00-06:00 covers every New York hour in both seasons; only holidays are gaps.
    current = verdict(desk(), YEAR_2026)
    assert (current.coverage_percent, len(current.gaps)) == (93.6, 16)
    assert {p.cause for p in current.causes.pieces} == {"vendor_off"}
    # 22:00-06:00 (fitted to one winter week) leaves every summer weekday's first hour.
    worse = desk("22:00-06:00")
    shrunk = verdict(worse, YEAR_2026)
    assert (shrunk.coverage_percent, len(shrunk.gaps)) == (85.8, 172)
    # 156 summer weekdays, and 9 summer holidays whose first hour is outside the hours too.
    assert len(shrunk.causes.of("outside_hours")) == 165
    assert len(shrunk.causes.of("vendor_off")) == 16
    first = shrunk.causes.of("outside_hours")[0]
    assert iso([(first.start, first.end)]) == [("2026-03-09T13:00Z", "2026-03-09T14:00Z")]
    suggestion = role_suggestion(worse, worse.roles[0], YEAR_2026)
    assert suggestion.hours is not None
    assert suggestion.hours.to_mapping() == {"mon-fri": ["21:00-06:00"]}
    assert (suggestion.coverage_percent, suggestion.suggested_percent) == (85.8, 93.6)
    assert (suggestion.gap_count, suggestion.closed_gaps, suggestion.people) == (172, 156, 1)


def test_a_client_saturday_the_vendor_never_works_is_its_own_cause():
    ny = team("ny", "America/New_York", {"mon-sat": ["09:00-17:00"]}, side="client")
    mnl = team("mnl", "Asia/Manila", {"mon-fri": ["21:00-06:00"]})
    plan = Plan(teams=(ny, mnl), roles=(Role("support", "realtime", "ny", "mnl"),))
    week = verdict(plan, days("2027-06-07", "2027-06-13"))
    (piece,) = week.causes.pieces
    assert (piece.cause, piece.reason, piece.minutes) == ("never_worked", "Saturday", 480)
    suggestion = role_suggestion(plan, plan.roles[0], days("2027-06-07", "2027-06-13"))
    assert suggestion.hours is not None
    assert suggestion.hours.to_mapping() == {"mon-sat": ["21:00-06:00"]}


def test_one_day_exceptions_cover_a_holiday_or_shorten_a_day():
    cover = DayExceptions.parse({"2026-11-30": ["21:00-06:00"], "2026-12-02": ["21:00-02:00"]})
    week = verdict(desk(exceptions=cover), BONIFACIO_WEEK)
    (piece,) = week.causes.pieces
    assert (piece.cause, piece.day, piece.reason) == (
        "vendor_off",
        d("2026-12-02"),
        EXCEPTION_SHORTER,
    )
    assert iso([(piece.start, piece.end)]) == [("2026-12-02T18:00Z", "2026-12-02T22:00Z")]
    assert week.coverage_percent == 90.0 and week.working_days_percent == 100.0


def test_the_horizon_is_the_range_when_it_spans_a_year():
    assert suggestion_horizon(YEAR_2026) == YEAR_2026
    leap = suggestion_horizon(days("2028-02-29", "2028-03-01"))
    assert (leap.first, leap.last) == (d("2028-02-29"), d("2029-02-27"))


def test_a_round_the_clock_client_needs_three_people_a_day():
    ops = team("ops", "UTC", {"daily": ["00:00-24:00"]}, side="client")
    mnl = team("mnl", "Asia/Manila", {"mon-fri": ["09:00-17:00"]})
    plan = Plan(teams=(ops, mnl), roles=(Role("noc", "realtime", "ops", "mnl"),))
    suggestion = role_suggestion(plan, plan.roles[0], days("2027-01-04", "2027-01-10"))
    assert suggestion.hours is not None and suggestion.people == 3
    assert suggestion.suggested_percent == 100.0


ZONES = ("America/New_York", "Europe/London", "Asia/Manila", "Asia/Kolkata", "Australia/Sydney")
HOLIDAYS = (None, "US", "PH", "GB")
DAY_KEYS = ("mon-fri", "sun-thu", "mon-sat", "daily")


@st.composite
def shifts(draw):
    start = draw(st.integers(0, 95)) * 15
    length = draw(st.integers(4, 60)) * 15
    end = (start + length) % 1440
    return f"{start // 60:02d}:{start % 60:02d}-{end // 60:02d}:{end % 60:02d}"


@st.composite
def plans(draw):
    client = team(
        "c",
        draw(st.sampled_from(ZONES)),
        {draw(st.sampled_from(DAY_KEYS)): [draw(shifts())]},
        side="client",
        holidays=draw(st.sampled_from(HOLIDAYS)),
    )
    vendor = team(
        "v",
        draw(st.sampled_from(ZONES)),
        {draw(st.sampled_from(DAY_KEYS)): [draw(shifts())]},
        holidays=draw(st.sampled_from(HOLIDAYS)),
    )
    return Plan(teams=(client, vendor), roles=(Role("r", "realtime", "c", "v"),))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans(), st.dates(min_value=d("2026-01-01"), max_value=d("2028-12-31")))
def test_applying_the_suggestion_never_lowers_coverage_over_its_horizon(plan, first):
    span = Range.of_days("UTC", first, first)
    suggestion = role_suggestion(plan, plan.roles[0], span)
    horizon = suggestion.horizon
    before = verdict(plan, horizon)
    assert suggestion.covered_minutes == before.covered_minutes
    if suggestion.hours is None:
        return
    vendor = plan.team("v")
    applied = replace(plan, teams=(plan.team("c"), replace(vendor, hours=suggestion.hours)))
    after = verdict(applied, horizon)
    assert after.covered_minutes >= before.covered_minutes
    assert after.covered_minutes == suggestion.suggested_minutes
    assert len(after.gaps) < len(before.gaps) or after.covered_minutes > before.covered_minutes
    assert isinstance(suggestion.hours, WeekHours)


@pytest.mark.parametrize(
    "plan",
    [
        desk(),
        desk("22:00-06:00"),
        desk("23:00-03:00", days_off=(d("2027-02-02"),)),
        load_plan(str(EXAMPLES.joinpath("sydney-kathmandu.toml"))).plan,
        load_plan(str(EXAMPLES.joinpath("newyork-manila-kyiv.toml"))).plan,
    ],
    ids=["covered", "summer-hour", "short", "sydney", "acme"],
)
def test_a_suggestions_days_off_and_other_causes_are_those_of_its_gaps_classified(plan):
    # The suggestion finds its days off without telling the other causes apart; read,
    # its causes are the year's gaps classified.
    span = Range.of_days(plan.display_zone or "UTC", d("2026-11-30"), d("2026-12-06"))
    for role in (r for r in plan.roles if r.kind == "realtime"):
        found = role_suggestion(plan, role, span)
        causes = found.causes
        assert causes.pieces  # every plan here has gaps over the year
        assert sum(p.minutes for p in causes.pieces) * 60 == sum(
            b - a for a, b in _year_gaps(plan, role, found.horizon)
        )
        assert found.holiday_days == causes.off_days
        assert found.has_hour_causes == bool(causes.hour_caused)
        assert found.causes is causes  # worked out once


def _year_gaps(plan, role, horizon):
    times = TeamTimes(plan, horizon.start - 2 * 86400, horizon.end + 2 * 86400)
    client = clip(times.time(role.client), horizon.start, horizon.end)
    return difference(client, times.time(role.vendor))
