"""The drift view (offscreen): local time changes and occurrences outside working hours."""

from __future__ import annotations

from datetime import date, time
from importlib import resources

import pytest

from planner.meetings.drift import DriftReport
from planner.plan.hours import WeekHours
from planner.plan.meeting import ByDay, Meeting, Repeat
from planner.plan.model import Plan, Team
from planner.plan.reading import load_plan
from planner.schedule.range import Range
from ui.meetings.drift_view import DriftView


@pytest.fixture(scope="module")
def acme() -> Plan:
    path = resources.files("resources.examples").joinpath("newyork-manila-kyiv.toml")
    return load_plan(str(path)).plan


def cells(table) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def year(plan: Plan) -> Range:
    return Range.of_days(plan.reference_zone, date(2027, 1, 1), date(2027, 12, 31))


def test_local_time_changes_of_the_weekly_call(qtbot, acme):
    view = DriftView()
    qtbot.addWidget(view)
    span = year(acme)
    view.show_meeting(acme, acme.meeting("kyiv-weekly"), span.start, span.end)
    assert view.heading.text() == (
        "SEO weekly status (America/New_York): on the first occurrence Acme HQ (New York) 10:00, "
        "Kyiv SEO agency 17:00."
    )
    assert cells(view.changes) == [
        [
            "Tue 2027-03-16",
            "Kyiv SEO agency",
            "17:00",
            "16:00",
            "America/New_York went forward to EDT (UTC-04:00)",
        ],
        [
            "Tue 2027-03-30",
            "Kyiv SEO agency",
            "16:00",
            "17:00",
            "Europe/Kyiv went forward to EEST (UTC+03:00)",
        ],
    ]
    assert (
        view.changes_note.text()
        == "2 changes: from these dates the team meets at the new local time."
    )
    assert view.outside.rowCount() == 0
    assert view.outside_note.text() == "Every held occurrence is inside everyone's working hours."


def test_occurrences_outside_hours_with_their_level_and_holiday(qtbot):
    hq = Team("hq", "client", "America/New_York", WeekHours.parse({"mon-fri": ["09:00-17:00"]}))
    kyiv = Team(
        "kyiv",
        "vendor",
        "Europe/Kyiv",
        WeekHours.parse({"mon-fri": ["10:00-19:00"]}),
        days_off=(date(2027, 3, 16),),
    )
    late = Meeting(
        "late",
        "Late call",
        ("hq", "kyiv"),
        60,
        date(2027, 3, 2),
        time(11, 30),
        "America/New_York",
        Repeat("weekly", byday=(ByDay(1),), until=date(2027, 3, 23)),
        skip_holidays=False,
    )
    plan = Plan(teams=(hq, kyiv), meetings=(late,))
    span = Range.of_days("America/New_York", date(2027, 3, 1), date(2027, 3, 31))
    view = DriftView(clock24=False)
    qtbot.addWidget(view)
    view.show_meeting(plan, late, span.start, span.end)
    assert cells(view.outside) == [
        ["Tue 2027-03-02", "kyiv", "Tue 6:30 PM", "early/late", ""],
        ["Tue 2027-03-09", "kyiv", "Tue 6:30 PM", "early/late", ""],
        ["Tue 2027-03-16", "kyiv", "Tue 5:30 PM", "day off", "day off"],
    ]
    assert view.outside_note.text() == "3 occurrences leave someone's working hours."
    assert cells(view.changes) == [
        [
            "Tue 2027-03-16",
            "kyiv",
            "6:30 PM",
            "5:30 PM",
            "America/New_York went forward to EDT (UTC-04:00)",
        ]
    ]


def test_empty_states(qtbot, acme):
    view = DriftView()
    qtbot.addWidget(view)
    assert view.heading.text() == "No meeting selected."
    view.set_report(DriftReport("kyiv-weekly", "America/New_York", (), (), ()), "SEO weekly status")
    assert view.heading.text() == "SEO weekly status: no occurrence held in this range."
    assert view.changes.rowCount() == view.outside.rowCount() == 0
    span = Range.of_days("America/New_York", date(2027, 5, 3), date(2027, 5, 9))
    view.show_meeting(acme, acme.meeting("kyiv-weekly"), span.start, span.end)
    assert view.changes_note.text() == "Nobody's local time changes in this range."
    view.clear()
    assert view.report is None and view.heading.text() == "No meeting selected."
