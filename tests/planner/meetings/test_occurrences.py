"""Meeting occurrences: wall-time recurrence across DST, monthly ordinals, conflicts, holidays."""

from datetime import date, time

from planner.analysis.overlap import analyze
from planner.meetings.occurrences import meeting_occurrences
from planner.plan.meeting import ByDay, Meeting, Repeat
from planner.plan.model import Plan
from planner.schedule.range import Range
from planner.time.intervals import format_instant
from tests.planner.helpers import d, team


def plan_with(meeting, **kyiv_extra):
    hq = team("hq", "America/New_York", {"mon-fri": ["09:00-17:00"]}, side="client", holidays="US")
    kyiv = team("kyiv", "Europe/Kyiv", {"mon-fri": ["10:00-19:00"]}, **kyiv_extra)
    return Plan(teams=(hq, kyiv), meetings=(meeting,), display_zone="America/New_York")


def starts(plan, first, last):
    window = Range.of_days(plan.reference_zone, d(first), d(last))
    return meeting_occurrences(plan, plan.meetings[0], window.start, window.end)


def weekly(**repeat):
    return Meeting(
        "weekly",
        "Weekly",
        ("hq", "kyiv"),
        30,
        date(2027, 1, 5),
        time(10),
        zone="America/New_York",
        repeat=Repeat("weekly", byday=(ByDay(1),), **repeat),
    )


def test_weekly_meeting_keeps_new_york_wall_time_across_the_change():
    found = starts(plan_with(weekly()), "2027-03-08", "2027-03-21")
    assert [format_instant(o.start) for o in found] == ["2027-03-09T15:00Z", "2027-03-16T14:00Z"]
    assert [o.wall.strftime("%H:%M") for o in found] == ["10:00", "10:00"]
    assert [format_instant(o.end) for o in found] == ["2027-03-09T15:30Z", "2027-03-16T14:30Z"]


def test_conflict_when_a_team_is_not_working_for_the_whole_meeting():
    # 10:00 in New York is 17:00 in Kyiv (EET): inside 10:00-19:00, until the US changes
    # clocks first; in EDT it is 16:00; after Europe changes (EEST) it is 17:00 again.
    late = Meeting(
        "late",
        "Late",
        ("hq", "kyiv"),
        60,
        date(2027, 1, 5),
        time(11, 30),
        zone="America/New_York",
        repeat=Repeat("weekly", byday=(ByDay(1),)),
    )
    found = starts(plan_with(late), "2027-03-08", "2027-04-04")
    # 11:30-12:30 New York: Kyiv 18:30-19:30 (EET, EST) -> conflict; 17:30-18:30 in the
    # mismatch weeks -> fine; 18:30-19:30 again from 29 March (EEST, EDT) -> conflict.
    assert [(o.wall.date().isoformat(), o.conflicts) for o in found] == [
        ("2027-03-09", ("kyiv",)),
        ("2027-03-16", ()),
        ("2027-03-23", ()),
        ("2027-03-30", ("kyiv",)),
    ]


def test_holidays_skip_occurrences_with_the_reason():
    found = starts(plan_with(weekly(), holidays="UA"), "2027-06-28", "2027-07-06")
    # Ukrainian Constitution Day is Monday 28 June 2027; US Independence Day (observed)
    # Monday 5 July: neither is a Tuesday, so nothing is skipped in this window ...
    assert [o.skipped for o in found] == [False, False]
    christmas = Meeting(
        "daily",
        "Daily",
        ("hq", "kyiv"),
        15,
        date(2027, 12, 20),
        time(10),
        zone="America/New_York",
        repeat=Repeat("daily", byday=tuple(ByDay(i) for i in range(5))),
    )
    found = starts(plan_with(christmas, holidays="UA"), "2027-12-20", "2027-12-31")
    skipped = {o.wall.date().isoformat(): o.reason for o in found if o.skipped}
    assert skipped == {
        "2027-12-24": "hq 2027-12-24: Christmas Day (observed)",
        "2027-12-31": "hq 2027-12-31: New Year's Day (observed)",
    }


def test_monthly_ordinal_weekdays_count_and_until():
    first_tuesday = Meeting(
        "m",
        "M",
        ("hq", "kyiv"),
        30,
        date(2027, 1, 5),
        time(9),
        zone="America/New_York",
        repeat=Repeat("monthly", byday=(ByDay(1, 1),), count=3),
    )
    found = starts(plan_with(first_tuesday), "2027-01-01", "2027-12-31")
    assert [o.wall.date().isoformat() for o in found] == ["2027-01-05", "2027-02-02", "2027-03-02"]
    last_friday = Meeting(
        "m",
        "M",
        ("hq", "kyiv"),
        30,
        date(2027, 1, 29),
        time(9),
        zone="America/New_York",
        repeat=Repeat("monthly", byday=(ByDay(4, -1),), until=date(2027, 4, 30)),
    )
    found = starts(plan_with(last_friday), "2027-01-01", "2027-12-31")
    assert [o.wall.date().isoformat() for o in found] == [
        "2027-01-29",
        "2027-02-26",
        "2027-03-26",
        "2027-04-30",
    ]


def test_interval_and_unbounded_series_are_limited_to_the_range():
    fortnightly = Meeting(
        "f",
        "F",
        ("hq", "kyiv"),
        30,
        date(2027, 1, 6),
        time(9),
        zone="America/New_York",
        repeat=Repeat("weekly", interval=2),
    )
    found = starts(plan_with(fortnightly), "2030-01-01", "2030-01-31")
    # 2030-01-02 is 1092 days (78 fortnights) after 2027-01-06.
    assert [o.wall.date().isoformat() for o in found] == ["2030-01-02", "2030-01-16", "2030-01-30"]


def test_one_off_meeting_and_skip_holidays_false():
    kickoff = Meeting(
        "kick",
        "Kickoff",
        ("hq", "kyiv"),
        60,
        date(2027, 7, 5),
        time(9),
        zone="America/New_York",
        skip_holidays=False,
    )
    plan = plan_with(kickoff)
    result = analyze(plan, Range.of_days("America/New_York", d("2027-07-01"), d("2027-07-10")))
    (occurrence,) = result.meetings[0].occurrences
    assert not occurrence.skipped
    assert occurrence.conflicts == ("hq",)  # New York's Independence Day (observed): not working
