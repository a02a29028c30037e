"""DST drift report: local time changes per participant, occurrences outside working hours."""

from datetime import date, time
from importlib import resources

import pytest

from planner.analysis.overlap import analyze
from planner.cli.drift_report import drift_json, drift_text
from planner.cli.report import analysis_json, analysis_text
from planner.meetings.comfort import Comfort
from planner.meetings.drift import clock_change, drift_in_range, meeting_drift
from planner.meetings.occurrences import meeting_occurrences
from planner.plan.meeting import ByDay, Meeting, Repeat
from planner.plan.model import Plan
from planner.plan.reading import load_plan
from planner.schedule.range import Range
from tests.planner.helpers import d, team, utc

NINE_TO_FIVE = {"mon-fri": ["09:00-17:00"]}


@pytest.fixture(scope="module")
def acme() -> Plan:
    path = resources.files("resources.examples").joinpath("newyork-manila-kyiv.toml")
    return load_plan(str(path)).plan


def year(plan):
    return Range.of_days(plan.reference_zone, d("2027-01-01"), d("2027-12-31"))


def test_weekly_meeting_drifts_in_the_mismatch_weeks(acme):
    span = year(acme)
    report = drift_in_range(acme, acme.meeting("kyiv-weekly"), span.start, span.end)
    assert [(s.team, s.clock) for s in report.baseline] == [("hq", "10:00"), ("kyiv", "17:00")]
    # Tuesday 2 November (Kyiv already on EET, New York still on EDT) would be 16:00 in
    # Kyiv, but it is Election Day in New York: skipped, so nothing moves in the autumn.
    assert [(c.day.isoformat(), c.team, c.before, c.after, c.reason) for c in report.changes] == [
        (
            "2027-03-16",
            "kyiv",
            "17:00",
            "16:00",
            "America/New_York went forward to EDT (UTC-04:00)",
        ),
        ("2027-03-30", "kyiv", "16:00", "17:00", "Europe/Kyiv went forward to EEST (UTC+03:00)"),
    ]
    assert report.changes[0].local.isoformat() == "2027-03-16T16:00:00+02:00"
    assert report.outside == ()


def test_monthly_meeting_with_a_night_desk(acme):
    span = year(acme)
    report = drift_in_range(acme, acme.meeting("support-review"), span.start, span.end)
    assert [(s.team, s.clock) for s in report.baseline] == [("hq", "09:00"), ("mnl", "22:00")]
    assert [(c.day.isoformat(), c.team, c.before, c.after) for c in report.changes] == [
        ("2027-04-05", "mnl", "22:00", "21:00"),
        ("2027-12-06", "mnl", "21:00", "22:00"),  # New York leaves EDT on 7 November
    ]
    assert report.changes[1].reason == "America/New_York went back to EST (UTC-05:00)"
    # 09:00 in New York is 21:00 in Manila in summer: the first hour of the shift, still inside.
    assert report.outside == ()


def kyiv_plan(meeting, **kyiv):
    hq = team("hq", "America/New_York", NINE_TO_FIVE, side="client", holidays="US")
    desk = team("kyiv", "Europe/Kyiv", {"mon-fri": ["10:00-19:00"]}, **kyiv)
    return Plan(teams=(hq, desk), meetings=(meeting,), display_zone="America/New_York")


def late_call(**options):
    return Meeting(
        "late",
        "Late call",
        ("hq", "kyiv"),
        60,
        date(2027, 3, 2),
        time(11, 30),
        zone="America/New_York",
        repeat=Repeat("weekly", byday=(ByDay(1),), until=date(2027, 4, 13)),
        **options,
    )


def test_occurrences_that_leave_someones_hours():
    plan = kyiv_plan(late_call())
    span = Range.of_days("America/New_York", d("2027-03-01"), d("2027-04-30"))
    report = drift_in_range(plan, plan.meetings[0], span.start, span.end)
    # 11:30-12:30 New York is 18:30-19:30 in Kyiv (past 19:00: early/late), 17:30 in the
    # mismatch weeks (inside).
    assert [
        (o.day.isoformat(), [(t.team, t.clock, t.comfort.label) for t in o.teams])
        for o in report.outside
    ] == [
        ("2027-03-02", [("kyiv", "18:30", "early/late")]),
        ("2027-03-09", [("kyiv", "18:30", "early/late")]),
        ("2027-03-30", [("kyiv", "18:30", "early/late")]),
        ("2027-04-06", [("kyiv", "18:30", "early/late")]),
        ("2027-04-13", [("kyiv", "18:30", "early/late")]),
    ]
    assert not report.is_quiet


def test_a_holiday_that_is_not_skipped_is_named():
    plan = kyiv_plan(late_call(skip_holidays=False), days_off=[d("2027-03-16")])
    span = Range.of_days("America/New_York", d("2027-03-15"), d("2027-03-21"))
    report = drift_in_range(plan, plan.meetings[0], span.start, span.end)
    [entry] = report.outside
    assert [(t.team, t.comfort, t.note) for t in entry.teams] == [
        ("kyiv", Comfort.DAY_OFF, "day off")
    ]


def test_skipped_occurrences_are_neither_compared_nor_listed():
    plan = kyiv_plan(late_call(), days_off=[d("2027-03-02")])
    span = Range.of_days("America/New_York", d("2027-03-01"), d("2027-03-07"))
    occurrences = meeting_occurrences(plan, plan.meetings[0], span.start, span.end)
    assert [o.skipped for o in occurrences] == [True]
    report = meeting_drift(plan, plan.meetings[0], occurrences)
    assert (report.baseline, report.changes, report.outside) == ((), (), ())
    assert drift_text(report, 0) == []


def test_clock_change_texts():
    assert clock_change("Europe/Kyiv", utc("2027-10-26T12:00"), utc("2027-11-02T12:00")) == (
        "Europe/Kyiv went back to EET (UTC+02:00)"
    )
    assert clock_change("Asia/Kathmandu", utc("2027-01-01T00:00"), utc("2027-07-01T00:00")) == ""
    assert clock_change(
        "Australia/Lord_Howe", utc("2027-01-01T00:00"), utc("2027-07-01T00:00")
    ) == ("Australia/Lord_Howe went back to +1030 (UTC+10:30)")


def test_analyze_json_adds_a_drift_key_and_keeps_the_contract(acme):
    result = analyze(acme, Range.of_days("America/New_York", d("2027-03-01"), d("2027-04-10")))
    plain = analysis_json(result)
    document = analysis_json(result, acme)
    assert [set(m) for m in plain["meetings"]] == [{"id", "occurrences"}] * 2
    assert [set(m) for m in document["meetings"]] == [{"id", "occurrences", "drift"}] * 2
    for before, after in zip(plain["meetings"], document["meetings"], strict=True):
        assert after["occurrences"] == before["occurrences"]
    assert {k: v for k, v in document.items() if k not in ("meetings", "roles")} == {
        k: v for k, v in plain.items() if k not in ("meetings", "roles")
    }
    # With the plan, real-time roles also get their suggestion (checked over a year).
    suggestion_keys = {"suggestion_horizon", "suggested_hours", "suggestion"}
    for before, after in zip(plain["roles"], document["roles"], strict=True):
        assert {k: v for k, v in after.items() if k not in suggestion_keys} == before
    assert document["meetings"][0]["drift"] == {
        "local_times": {"hq": "10:00", "kyiv": "17:00"},
        "changes": [
            {
                "date": "2027-03-16",
                "start": "2027-03-16T14:00Z",
                "team": "kyiv",
                "zone": "Europe/Kyiv",
                "from": "17:00",
                "to": "16:00",
                "local_start": "2027-03-16T16:00",
                "reason": "America/New_York went forward to EDT (UTC-04:00)",
            },
            {
                "date": "2027-03-30",
                "start": "2027-03-30T14:00Z",
                "team": "kyiv",
                "zone": "Europe/Kyiv",
                "from": "16:00",
                "to": "17:00",
                "local_start": "2027-03-30T17:00",
                "reason": "Europe/Kyiv went forward to EEST (UTC+03:00)",
            },
        ],
        "outside_hours": [],
    }


def test_drift_json_lists_outside_hours():
    plan = kyiv_plan(late_call(skip_holidays=False), days_off=[d("2027-03-16")])
    span = Range.of_days("America/New_York", d("2027-03-15"), d("2027-03-21"))
    report = drift_in_range(plan, plan.meetings[0], span.start, span.end)
    assert drift_json(report)["outside_hours"] == [
        {
            "date": "2027-03-16",
            "start": "2027-03-16T15:30Z",
            "end": "2027-03-16T16:30Z",
            "teams": [
                {
                    "team": "kyiv",
                    "local_start": "2027-03-16T17:30",
                    "level": "day off",
                    "day_off": "day off",
                }
            ],
        }
    ]


def test_analyze_text_has_a_drift_line_per_meeting(acme):
    result = analyze(acme, Range.of_days("America/New_York", d("2027-03-01"), d("2027-04-10")))
    lines = analysis_text(acme, result).splitlines()
    assert (
        "      drift: hq 10:00, kyiv 17:00 at first; kyiv 16:00 from Tue 2027-03-16, kyiv 17:00 from Tue 2027-03-30"
        in lines
    )
    assert "      drift: hq 09:00, mnl 22:00 at first; mnl 21:00 from Mon 2027-04-05" in lines


def test_analyze_text_counts_who_leaves_their_hours():
    plan = kyiv_plan(late_call())
    result = analyze(plan, Range.of_days("America/New_York", d("2027-03-01"), d("2027-04-30")))
    lines = analysis_text(plan, result).splitlines()
    assert "      outside working hours on 5 of 7 held occurrences: kyiv 5 (early/late 5)" in lines
