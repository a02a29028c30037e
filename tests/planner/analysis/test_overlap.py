"""Pair overlap, real-time coverage, async overlap and waits: exact minutes and instants."""

from datetime import timedelta

from hypothesis import given
from hypothesis import strategies as st

from planner.analysis.overlap import analyze
from planner.analysis.suggest import role_suggestion, suggest_hours
from planner.plan.model import Plan, Role
from planner.schedule.range import Range
from planner.time.intervals import intersection, total_seconds
from tests.planner.helpers import d, iso, team


def ny(**extra):
    return team("hq", "America/New_York", {"mon-fri": ["09:00-17:00"]}, side="client", **extra)


def span(first, last, zone="America/New_York"):
    return Range.of_days(zone, d(first), d(last))


def test_realtime_coverage_gaps_and_their_cause_across_the_us_spring_change():
    # A Manila shift set for EDT: in the EST week New York's last hour is uncovered.
    mnl = team("mnl", "Asia/Manila", {"mon-fri": ["21:00-05:00"]})
    plan = Plan(teams=(ny(), mnl), roles=(Role("support", "realtime", "hq", "mnl"),))
    (verdict,) = analyze(plan, span("2027-03-08", "2027-03-19")).roles
    assert verdict.client_minutes == 10 * 480
    assert verdict.covered_minutes == 5 * 420 + 5 * 480
    assert verdict.coverage_percent == 93.75
    assert not verdict.meets
    assert iso(verdict.gaps) == [
        (f"2027-03-{day:02d}T21:00Z", f"2027-03-{day:02d}T22:00Z") for day in range(8, 13)
    ]
    # Manila is 13 h ahead in that week, 12 h on most days of the year: the clocks did it.
    assert {p.cause for p in verdict.causes.pieces} == {"clock_change"}
    assert verdict.causes.pieces[0].reason == (
        "mnl is 13 h ahead of hq (usually 12 h): a clock-change week"
    )
    suggestion = role_suggestion(plan, plan.roles[0], span("2027-03-08", "2027-03-19"))
    assert suggestion.hours is not None
    assert suggestion.hours.to_mapping() == {"mon-fri": ["21:00-06:00"]}


def test_suggestion_splits_a_day_longer_than_a_person_day():
    ops = team("ops", "Europe/London", {"mon-fri": ["06:00-22:00"]}, side="client")
    blr = team("blr", "Asia/Kolkata", {"mon-fri": ["09:00-17:00"]})
    plan = Plan(teams=(ops, blr), roles=(Role("desk", "realtime", "ops", "blr"),))
    suggestion = role_suggestion(
        plan, plan.roles[0], span("2027-01-04", "2027-01-08", "Europe/London")
    )
    # London 06:00-22:00 is 11:30-03:30 in Kolkata in winter, 10:30-02:30 in summer:
    # 17 hours over the year, two shifts of 8.5 h, two people a day.
    assert suggestion.hours is not None
    assert suggestion.hours.to_mapping() == {"mon-fri": ["10:30-19:00", "19:00-03:30"]}
    assert suggestion.people == 2
    assert suggestion.suggested_percent == 100.0


def test_suggestion_for_a_round_the_clock_client():
    week = span("2027-01-04", "2027-01-10", "UTC")
    hours = suggest_hours(((week.start, week.end),), "UTC")
    assert hours.to_mapping() == {"daily": ["00:00-08:00", "08:00-16:00", "16:00-24:00"]}


def kyiv_plan(**role):
    kyiv = team("kyiv", "Europe/Kyiv", {"mon-fri": ["10:00-19:00"]})
    return Plan(teams=(ny(), kyiv), roles=(Role("seo", "async", "hq", "kyiv", **role),))


def test_async_daily_overlap_and_longest_wait():
    (verdict,) = analyze(kyiv_plan(max_reply_hours=72), span("2027-03-15", "2027-03-19")).roles
    # New York (EDT) 13:00-21:00Z, Kyiv (EET) 08:00-17:00Z: four hours a day.
    assert [(x.day.isoformat(), x.minutes) for x in verdict.daily_overlap] == [
        (f"2027-03-{day}", 240) for day in range(15, 20)
    ]
    assert verdict.min_daily_overlap_minutes == 240
    # Friday 17:00Z until Monday 08:00Z.
    assert verdict.max_wait_minutes == 63 * 60
    assert verdict.meets
    (strict,) = analyze(kyiv_plan(max_reply_hours=24), span("2027-03-15", "2027-03-19")).roles
    assert not strict.meets


def test_async_overlap_shrinks_when_europe_changes_clocks():
    (verdict,) = analyze(kyiv_plan(min_overlap_minutes=200), span("2027-03-29", "2027-03-30")).roles
    # Kyiv on EEST: 07:00-16:00Z against New York's 13:00-21:00Z.
    assert [x.minutes for x in verdict.daily_overlap] == [180, 180]
    assert [x.day.isoformat() for x in verdict.days_below_minimum] == ["2027-03-29", "2027-03-30"]
    assert not verdict.meets


def test_vendor_never_reachable():
    idle = team("idle", "Asia/Tokyo", {})
    plan = Plan(teams=(ny(), idle), roles=(Role("seo", "async", "hq", "idle"),))
    (verdict,) = analyze(plan, span("2027-03-15", "2027-03-19")).roles
    assert verdict.max_wait_minutes is None
    assert not verdict.meets


def test_no_client_time_gives_no_coverage_figure():
    mnl = team("mnl", "Asia/Manila", {"mon-fri": ["21:00-06:00"]})
    plan = Plan(teams=(ny(), mnl), roles=(Role("support", "realtime", "hq", "mnl"),))
    (verdict,) = analyze(plan, span("2027-03-13", "2027-03-14")).roles  # a weekend
    assert verdict.coverage_percent is None
    assert verdict.meets


zones = st.sampled_from(
    [
        "America/New_York",
        "Europe/London",
        "Asia/Manila",
        "Asia/Kathmandu",
        "Australia/Lord_Howe",
        "UTC",
    ]
)
quarter = st.integers(0, 95).map(lambda q: q * 15)


@st.composite
def random_team(draw, ident, side):
    a, b = draw(quarter), draw(quarter)
    if a == b:
        b = (a + 60) % 1440
    key = draw(st.sampled_from(["mon-fri", "sun-thu", "daily", "sat"]))
    return team(
        ident,
        draw(zones),
        {key: [f"{a // 60:02d}:{a % 60:02d}-{b // 60:02d}:{b % 60:02d}"]},
        side=side,
    )


@given(
    random_team("c", "client"), random_team("v", "vendor"), st.integers(0, 300), st.integers(1, 9)
)
def test_overlap_is_symmetric_inside_both_and_coverage_is_a_share(client, vendor, offset, days):
    first = d("2027-01-01") + timedelta(days=offset)
    last = first + timedelta(days=days)
    window = Range.of_days("UTC", first, last)
    plan = Plan(teams=(client, vendor), roles=(Role("r", "realtime", "c", "v"),))
    result = analyze(plan, window)
    (pair,) = result.pairs
    from planner.schedule.working_time import working_time

    mine = working_time(client, window.start, window.end)
    theirs = working_time(vendor, window.start, window.end)
    assert pair.windows == intersection(mine, theirs) == intersection(theirs, mine)
    assert intersection(pair.windows, mine) == pair.windows
    assert intersection(pair.windows, theirs) == pair.windows
    (verdict,) = result.roles
    assert verdict.coverage_percent is None or 0 <= verdict.coverage_percent <= 100
    assert verdict.covered_minutes == total_seconds(pair.windows) // 60


@given(
    random_team("c", "client"),
    random_team("v", "vendor"),
    st.integers(0, 300),
    st.integers(0, 6),
    st.integers(0, 6),
)
def test_pair_totals_do_not_depend_on_how_the_range_is_split(client, vendor, offset, left, right):
    plan = Plan(teams=(client, vendor))
    first = d("2027-01-01") + timedelta(days=offset)
    middle = first + timedelta(days=left)
    last = middle + timedelta(days=1 + right)
    whole = analyze(plan, Range.of_days("Europe/London", first, last)).pairs[0]
    head = analyze(plan, Range.of_days("Europe/London", first, middle)).pairs[0]
    tail = analyze(plan, Range.of_days("Europe/London", middle + timedelta(days=1), last)).pairs[0]
    assert whole.total_minutes == head.total_minutes + tail.total_minutes
