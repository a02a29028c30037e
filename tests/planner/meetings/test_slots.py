"""The slot finder: comfort levels, repeat forms, DST mismatch weeks, holidays, ranking."""

from datetime import date, time, timedelta

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from planner.errors import PlannerError
from planner.meetings.comfort import Comfort, TeamHours
from planner.meetings.occurrences import meeting_occurrences
from planner.meetings.requests import check_teams, format_repeat, parse_repeat, repeat_text
from planner.meetings.slots import find_slots, local_clock, wall_instants
from planner.plan.meeting import ByDay, Repeat
from planner.plan.model import Plan
from planner.plan.recurrence import check_rule
from planner.schedule.range import Range
from planner.schedule.working_time import working_time
from planner.time.intervals import contains, format_instant
from planner.time.local import local_instant
from tests.planner.helpers import d, team, utc

NINE_TO_FIVE = {"mon-fri": ["09:00-17:00"]}


def hours_of(member, first="2027-01-04", last="2027-01-17"):
    start = local_instant(member.zone, d(first), 0)
    end = local_instant(member.zone, d(last), 24 * 60)
    return TeamHours.over(member, start, end)


def level(hours, zone, day, start, minutes):
    hh, mm = map(int, start.split(":"))
    begin = local_instant(zone, d(day), hh * 60 + mm)
    return hours.comfort(begin, begin + minutes * 60).label


# Comfort levels ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "start", "minutes", "expected"),
    [
        ("2027-01-04", "12:00", 60, "core"),
        ("2027-01-04", "10:00", 60, "core"),  # exactly an hour after the start
        ("2027-01-04", "15:00", 60, "core"),  # ends exactly an hour before the end
        ("2027-01-04", "09:00", 30, "edge"),  # the first hour of the day
        ("2027-01-04", "09:45", 60, "edge"),
        ("2027-01-04", "16:00", 60, "edge"),  # the last hour of the day
        ("2027-01-04", "08:00", 60, "early/late"),  # within 2 h before the day
        ("2027-01-04", "16:30", 60, "early/late"),  # runs past 17:00
        ("2027-01-04", "17:30", 60, "early/late"),
        ("2027-01-04", "19:30", 60, "early/late"),  # not within 2 h, but inside 07:00-21:00
        ("2027-01-04", "07:00", 30, "early/late"),
        ("2027-01-04", "06:00", 60, "night"),
        ("2027-01-04", "20:30", 60, "night"),  # runs past 21:00
        ("2027-01-04", "23:00", 60, "night"),
        ("2027-01-09", "12:00", 60, "day off"),  # Saturday
        ("2027-01-10", "08:00", 60, "day off"),  # Sunday, more than 2 h before Monday 09:00
        ("2027-01-06", "12:00", 60, "day off"),  # the team's day off
    ],
)
def test_comfort_of_a_nine_to_five_team(day, start, minutes, expected):
    member = team("ldn", "UTC", NINE_TO_FIVE, days_off=[d("2027-01-06")])
    assert level(hours_of(member), "UTC", day, start, minutes) == expected


@pytest.mark.parametrize(
    ("day", "start", "expected"),
    [
        ("2027-01-05", "01:00", "core"),  # Monday's shift, Tuesday 01:00
        ("2027-01-04", "21:30", "edge"),
        ("2027-01-09", "05:00", "edge"),  # Friday's shift ends Saturday 06:00
        ("2027-01-04", "19:30", "early/late"),  # the 2 h before the shift
        ("2027-01-05", "06:30", "early/late"),  # the 2 h after it
        ("2027-01-05", "14:00", "early/late"),  # 07:00-21:00 on a working date
        ("2027-01-09", "10:00", "day off"),  # Saturday: no shift starts
    ],
)
def test_comfort_of_a_night_desk(day, start, expected):
    desk = team("mnl", "Asia/Manila", {"mon-fri": ["21:00-06:00"]})
    assert level(hours_of(desk), "Asia/Manila", day, start, 30) == expected


def test_split_day_has_two_stretches_each_with_its_edges():
    split = team("blr", "Asia/Kolkata", {"mon-fri": ["10:00-13:00", "14:00-19:30"]})
    hours = hours_of(split)
    zone = "Asia/Kolkata"
    assert level(hours, zone, "2027-01-04", "11:00", 60) == "core"
    assert level(hours, zone, "2027-01-04", "12:30", 30) == "edge"
    assert level(hours, zone, "2027-01-04", "13:00", 60) == "early/late"  # the lunch break
    assert level(hours, zone, "2027-01-04", "14:00", 30) == "edge"
    assert level(hours, zone, "2027-01-04", "15:00", 60) == "core"


def test_touching_shifts_make_one_stretch():
    member = team("a", "UTC", {"mon-fri": ["09:00-13:00", "13:00-17:00"]})
    assert level(hours_of(member), "UTC", "2027-01-04", "12:30", 60) == "core"


def test_round_the_clock_team_is_always_core():
    member = team("ops", "UTC", {"daily": ["00:00-24:00"]})
    hours = hours_of(member)
    assert {level(hours, "UTC", "2027-01-09", f"{h:02d}:00", 60) for h in range(24)} == {"core"}


def test_comfort_follows_local_wall_time_across_dst():
    # 13:00Z is 08:00 in New York in February (EST: early) and 09:00 in April (EDT: edge).
    ny = team("hq", "America/New_York", NINE_TO_FIVE)
    hours = TeamHours.over(ny, utc("2027-02-01T00:00"), utc("2027-04-30T00:00"))
    assert hours.comfort(utc("2027-02-09T13:00"), utc("2027-02-09T13:30")) == Comfort.EARLY_LATE
    assert hours.comfort(utc("2027-04-06T13:00"), utc("2027-04-06T13:30")) == Comfort.EDGE


def test_strain_grows_with_the_distance_from_working_hours():
    member = team("ldn", "UTC", NINE_TO_FIVE)
    hours = hours_of(member)
    assert hours.strain(utc("2027-01-04T12:00"), utc("2027-01-04T13:00")) == 0
    assert hours.strain(utc("2027-01-04T16:30"), utc("2027-01-04T17:30")) == 30
    assert hours.strain(utc("2027-01-04T21:00"), utc("2027-01-04T22:00")) == 60 + 240
    assert hours.strain(utc("2027-01-05T00:00"), utc("2027-01-05T01:00")) == 60 + 420
    assert hours.strain(utc("2027-01-05T07:00"), utc("2027-01-05T08:00")) == 60 + 60


def test_levels_order_and_points():
    assert sorted(Comfort, reverse=True)[:3] == [Comfort.CORE, Comfort.EDGE, Comfort.EARLY_LATE]
    assert [c.points for c in (Comfort.CORE, Comfort.EDGE, Comfort.EARLY_LATE)] == [100, 75, 35]
    assert Comfort.NIGHT.points == Comfort.DAY_OFF.points == 0
    assert [c.working for c in Comfort] == [False, False, False, True, True]


# Repeat forms and teams ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "words"),
    [
        ("daily", Repeat("daily"), "daily"),
        (
            "weekdays",
            Repeat("weekly", byday=tuple(ByDay(i) for i in range(5))),
            "weekly on weekdays",
        ),
        ("weekly:TU", Repeat("weekly", byday=(ByDay(1),)), "weekly on Tuesday"),
        (
            "weekly:mo,th",
            Repeat("weekly", byday=(ByDay(0), ByDay(3))),
            "weekly on Monday and Thursday",
        ),
        ("weekly:TU/2", Repeat("weekly", 2, (ByDay(1),)), "every 2 weeks on Tuesday"),
        ("monthly:1TU", Repeat("monthly", byday=(ByDay(1, 1),)), "monthly on the first Tuesday"),
        ("monthly:-1FR", Repeat("monthly", byday=(ByDay(4, -1),)), "monthly on the last Friday"),
        ("daily/3", Repeat("daily", 3), "every 3 days"),
    ],
)
def test_repeat_forms(text, expected, words):
    assert parse_repeat(text) == expected
    assert format_repeat(expected) == words
    assert parse_repeat(repeat_text(expected)) == expected


@pytest.mark.parametrize("text", [None, "", "  ", "none", "once"])
def test_no_repeat_is_a_one_off(text):
    assert parse_repeat(text) is None
    assert format_repeat(None) == "one-off"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("weekly", "say which days, e.g. weekly:TU"),
        ("monthly:TU", "say which weekday of the month, e.g. monthly:1TU"),
        ("daily:MO", "daily takes no days"),
        ("yearly", '"yearly" is not daily, weekly or monthly'),
        ("weekly:XX", "byday 'XX' is not a weekday"),
        ("weekly:TU/0", "the number after / must be 1 or more"),
        ("weekly:1TU", 'an ordinal weekday such as "1TU" needs freq = "monthly"'),
        ("weekly TU", "is not a repeat rule"),
    ],
)
def test_bad_repeat_forms_say_what_to_write(text, message):
    with pytest.raises(PlannerError, match=None) as caught:
        parse_repeat(text)
    assert message in str(caught.value)


def two_team_plan(**kyiv):
    hq = team("hq", "America/New_York", NINE_TO_FIVE, side="client")
    return Plan(teams=(hq, team("kyiv", "Europe/Kyiv", {"mon-fri": ["10:00-19:00"]}, **kyiv)))


def test_unknown_team_suggests_the_closest_id():
    with pytest.raises(PlannerError) as caught:
        check_teams(two_team_plan(), ["hq", "kiev"])
    assert str(caught.value) == 'unknown team "kiev" (did you mean "kyiv"?): the plan has hq, kyiv'


def test_teams_must_be_two_or_more_and_distinct():
    with pytest.raises(PlannerError, match="two or more teams"):
        check_teams(two_team_plan(), ["hq"])
    with pytest.raises(PlannerError, match='team "hq" is named twice'):
        check_teams(two_team_plan(), ["hq", "kyiv", "hq"])
    assert check_teams(two_team_plan(), [" hq", "kyiv ", ""]) == ("hq", "kyiv")


def test_wall_instants_equal_local_instant_on_every_kind_of_day():
    minutes = range(0, 24 * 60, 15)
    for zone, day in (
        ("America/New_York", "2027-03-14"),  # spring forward
        ("America/New_York", "2027-11-07"),  # fall back
        ("Australia/Lord_Howe", "2027-04-04"),  # half-hour change
        ("Asia/Kathmandu", "2027-06-01"),
    ):
        assert wall_instants(zone, d(day), minutes) == [
            local_instant(zone, d(day), m) for m in minutes
        ]


def test_local_clock_marks_another_local_date():
    assert local_clock(utc("2027-01-04T15:00"), "Asia/Manila", d("2027-01-04")) == "23:00"
    assert local_clock(utc("2027-01-04T16:30"), "Asia/Manila", d("2027-01-04")) == "00:30+1"
    assert local_clock(utc("2027-01-04T01:00"), "America/New_York", d("2027-01-04")) == "20:00-1"


# Searching ------------------------------------------------------------------------------------


def year(zone="America/New_York", first="2027-01-04", last="2027-12-31"):
    return Range.of_days(zone, d(first), d(last))


def by_start(search, hhmm):
    hh, mm = map(int, hhmm.split(":"))
    return next(c for c in search.candidates if c.start == time(hh, mm))


def test_dst_mismatch_weeks_break_a_slot_on_exactly_those_dates():
    # An evening team in Kyiv (16:00-24:00): 09:00 New York is 16:00 in Kyiv, except in the
    # weeks when the US has changed clocks and Europe not yet (15:00: early).
    evening = team("kyiv", "Europe/Kyiv", {"mon-fri": ["16:00-24:00"]})
    plan = Plan(teams=(team("hq", "America/New_York", NINE_TO_FIVE, side="client"), evening))
    search = find_slots(plan, ["hq", "kyiv"], 60, parse_repeat("weekly:TU"), year())
    nine = by_start(search, "09:00")
    assert [o.day.isoformat() for o in nine.failing] == ["2027-03-16", "2027-03-23", "2027-11-02"]
    assert {o.comforts for o in nine.failing} == {(Comfort.EDGE, Comfort.EARLY_LATE)}
    assert (nine.held_count, nine.fits, nine.skipped) == (52, 49, ())
    assert search.local_times(nine, "kyiv") == (("16:00", 49), ("15:00", 3))
    ten = by_start(search, "10:00")
    assert ten.fits_all and (ten.fits, ten.held_count) == (52, 52)
    assert search.candidates.index(ten) < search.candidates.index(nine)


def test_holidays_skip_occurrences_and_are_reported_with_their_dates():
    hq = team("hq", "America/New_York", NINE_TO_FIVE, side="client", holidays="US")
    kyiv = team("kyiv", "Europe/Kyiv", {"mon-fri": ["10:00-19:00"]})
    search = find_slots(
        Plan(teams=(hq, kyiv)), ["hq", "kyiv"], 30, parse_repeat("weekly:MO"), year()
    )
    best = search.candidates[0]
    assert best.start == time(10) and best.fits_all
    assert [(o.day.isoformat(), o.skipped) for o in best.skipped] == [
        ("2027-01-18", "hq 2027-01-18: Martin Luther King Jr. Day"),
        ("2027-02-15", "hq 2027-02-15: Washington's Birthday"),
        ("2027-05-31", "hq 2027-05-31: Memorial Day"),
        ("2027-07-05", "hq 2027-07-05: Independence Day (observed)"),
        ("2027-09-06", "hq 2027-09-06: Labor Day"),
        ("2027-10-11", "hq 2027-10-11: Columbus Day"),
    ]
    assert (best.held_count, best.fits, best.failing) == (46, 46, ())


def test_a_holiday_counts_on_each_teams_own_local_date():
    # Manila's day off is Tuesday 9 March: 09:00 Monday in New York is 22:00 Monday in
    # Manila (held), 11:00 Monday is 00:00 Tuesday in Manila (skipped).
    mnl = team("mnl", "Asia/Manila", {"mon-fri": ["21:00-06:00"]}, days_off=[d("2027-03-09")])
    plan = Plan(teams=(team("hq", "America/New_York", NINE_TO_FIVE, side="client"), mnl))
    span = year(first="2027-03-08", last="2027-03-15")
    search = find_slots(plan, ["hq", "mnl"], 30, parse_repeat("weekly:MO"), span)
    assert by_start(search, "09:00").skipped == ()
    eleven = by_start(search, "11:00")
    assert [(o.day.isoformat(), o.skipped) for o in eleven.skipped] == [
        ("2027-03-08", "mnl 2027-03-09: day off")
    ]
    assert [o.day.isoformat() for o in eleven.held] == ["2027-03-15"]


def test_ranking_prefers_core_for_everyone_then_edges():
    search = find_slots(two_team_plan(), ["hq", "kyiv"], 60, parse_repeat("weekly:WE"), year())
    # 10:00 New York: core in both (Kyiv 17:00-18:00, or 16:00 in mismatch weeks).
    # 10:15-11:00: Kyiv's last hour (edge) except in the 3 mismatch weeks (core): 76.4;
    # 09:00-09:45: New York's first hour every week (edge): 75.
    fitting = [(f"{c.start:%H:%M}", c.score) for c in search.fitting]
    assert fitting == [
        ("10:00", 100.0),
        ("10:15", 76.4),
        ("10:30", 76.4),
        ("10:45", 76.4),
        ("11:00", 76.4),
        ("09:00", 75.0),
        ("09:15", 75.0),
        ("09:30", 75.0),
        ("09:45", 75.0),
    ]
    assert by_start(search, "11:15").failing_count == 49


def test_every_candidate_matches_the_meeting_it_would_become():
    hq = team("hq", "America/New_York", NINE_TO_FIVE, side="client", holidays="US")
    kyiv = team("kyiv", "Europe/Kyiv", {"mon-fri": ["16:00-24:00"]}, holidays="UA")
    plan = Plan(teams=(hq, kyiv), display_zone="America/New_York")
    span = year(first="2027-02-01", last="2027-05-31")
    search = find_slots(plan, ["hq", "kyiv"], 45, parse_repeat("weekly:MO,TH"), span)
    assert len(search.candidates) == 96
    for candidate in search.candidates:
        meeting = search.meeting_for(candidate, "m")
        check_rule(meeting)
        found = meeting_occurrences(
            Plan(teams=plan.teams, meetings=(meeting,)), meeting, span.start, span.end
        )
        assert [o.start for o in found] == [o.start for o in candidate.occurrences]
        assert [o.skipped for o in found] == [not o.held for o in candidate.occurrences]
        assert [o.ok for o in found if not o.skipped] == [o.fits for o in candidate.held]


def test_one_off_search_ranks_every_day_and_start():
    span = year(first="2027-03-08", last="2027-03-14")
    search = find_slots(two_team_plan(), ["hq", "kyiv"], 30, None, span)
    assert search.repeat is None and search.series_days[0] == d("2027-03-08")
    assert len(search.candidates) == 7 * 96
    best = search.candidates[0]
    assert (best.day, best.start, best.held_count, best.fits) == (d("2027-03-08"), time(10), 1, 1)
    saturday = [c for c in search.candidates if c.day == d("2027-03-13")]
    assert all(not c.fits_all for c in saturday)
    assert {c.occurrences[0].comforts[0] for c in saturday if c.start == time(12)} == {
        Comfort.DAY_OFF
    }


def test_a_day_that_is_everyones_holiday_offers_no_candidate():
    hq = team("hq", "America/New_York", NINE_TO_FIVE, side="client", days_off=[d("2027-03-10")])
    kyiv = team("kyiv", "America/New_York", NINE_TO_FIVE, days_off=[d("2027-03-10")])
    span = year(first="2027-03-10", last="2027-03-10")
    search = find_slots(Plan(teams=(hq, kyiv)), ["hq", "kyiv"], 30, None, span)
    assert search.candidates == () and not search.fits_everyone


def test_costs_say_who_pays():
    plan = Plan(
        teams=(
            team("hq", "UTC", NINE_TO_FIVE, side="client"),
            team("tyo", "Asia/Tokyo", NINE_TO_FIVE),
        )
    )
    span = year("UTC", "2027-01-04", "2027-01-31")
    search = find_slots(plan, ["hq", "tyo"], 60, parse_repeat("weekly:WE"), span)
    assert not search.fits_everyone
    seven = by_start(search, "07:00")  # London 07:00 early, Tokyo 16:00 edge
    costs = {c.team: (c.awkward, c.worst.label, c.summary()) for c in seven.costs()}
    assert costs == {"hq": (4, "early/late", "early/late 4"), "tyo": (0, "edge", "edge 4")}
    assert seven.score == 35.0 and seven.comfort == 55.0


def test_bad_requests_are_refused():
    span = year(first="2027-03-08", last="2027-03-14")
    with pytest.raises(PlannerError, match="1 to 1440 minutes"):
        find_slots(two_team_plan(), ["hq", "kyiv"], 0, None, span)
    with pytest.raises(PlannerError, match="whole steps"):
        find_slots(two_team_plan(), ["hq", "kyiv"], 30, None, span, step_minutes=7)


# The property: a slot that claims to fit, fits ----------------------------------------------

ZONES = (
    "UTC",
    "America/New_York",
    "America/Sao_Paulo",
    "Europe/London",
    "Europe/Kyiv",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Asia/Manila",
    "Australia/Sydney",
    "Australia/Lord_Howe",
    "Pacific/Auckland",
)
DAY_KEYS = ("mon-fri", "sun-thu", "mon-sat", "daily", "tue-thu")


@st.composite
def teams(draw, ident):
    start = draw(st.integers(0, 95)) * 15
    length = draw(st.integers(4, 48)) * 15
    end = (start + length) % (24 * 60)
    shift = f"{start // 60:02d}:{start % 60:02d}-{end // 60:02d}:{end % 60:02d}"
    hours = {draw(st.sampled_from(DAY_KEYS)): [shift]}
    days_off = draw(st.lists(st.dates(date(2027, 3, 1), date(2027, 4, 30)), max_size=3))
    return team(ident, draw(st.sampled_from(ZONES)), hours, days_off=days_off)


@settings(max_examples=80)
@given(
    members=st.tuples(teams("a"), teams("b"), teams("c")),
    size=st.sampled_from([2, 3]),
    repeat=st.sampled_from(
        [None, "daily", "weekly:TU", "weekly:MO,TH", "monthly:1WE", "weekly:FR/2"]
    ),
    first=st.dates(date(2027, 3, 1), date(2027, 4, 15)),
    days=st.integers(1, 20),
    duration=st.sampled_from([15, 30, 45, 60, 90, 180]),
)
def test_a_slot_that_claims_to_fit_lies_inside_everyones_hours(
    members, size, repeat, first, days, duration
):
    plan = Plan(teams=members[:size])
    ids = [t.id for t in plan.teams]
    span = Range.of_days(plan.reference_zone, first, first + timedelta(days=days))
    search = find_slots(plan, ids, duration, parse_repeat(repeat), span, step_minutes=30)
    low, high = span.start - 86400, span.end + 2 * 86400
    worked = {t.id: working_time(t, low, high) for t in plan.teams}
    for candidate in search.candidates:
        for o in candidate.held:
            inside = [contains(worked[t], o.start, o.end) for t in ids]
            assert [c.working for c in o.comforts] == inside, (
                candidate.start,
                format_instant(o.start),
            )
            assert o.fits == all(inside)
        if candidate.fits_all:
            assert all(contains(worked[t], o.start, o.end) for o in candidate.held for t in ids)
    event("some slot fits everyone" if search.fits_everyone else "no slot fits everyone")
    assert search.candidates == tuple(sorted(search.candidates, key=lambda c: c.rank_key()))
