"""The Teams, Roles and Meetings panels as the main window shows them."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner.analysis.overlap import analyze
from planner.plan.hours import WeekHours
from planner.plan.model import Plan, Role, Team
from planner.schedule.range import Range
from tests.ui.conftest import FakeDialogs
from ui.editors.meeting_editor import MeetingEditor
from ui.meetings.drift_view import DriftView
from ui.panels.role_details import format_span
from ui.panels.roles_panel import RolesPanel
from ui.panels.teams_panel import hours_summary
from ui.window.main_window import MainWindow

# Plural texts ("5 gaps", "1 gap") come from the English catalogue.
pytestmark = pytest.mark.usefixtures("english_plurals")


def cells(window: MainWindow, row: int) -> list[str]:
    table = window.meetings_panel.table
    return [table.item(row, column).text() for column in range(table.columnCount())]


def test_the_occurrence_table_shows_each_teams_local_time_and_skipped_dates(
    qtbot: QtBot, window: MainWindow
) -> None:
    tree = window.meetings_panel.tree
    assert [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())] == [
        "52: 51 OK, 1 skipped",
        "12: 9 OK, 3 skipped",
    ]
    window.meetings_panel.select("kyiv-weekly")
    table = window.meetings_panel.table
    assert table.rowCount() == 52
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == [
        "Start (America/New_York)",
        "Acme HQ (New York)",
        "Kyiv SEO agency",
        "Status",
    ]
    assert cells(window, 0) == [
        "Tue 2027-01-05 10:00",
        "Tue 10:00",
        "Tue 17:00",
        "OK: inside everyone's hours",
    ]
    # New York moved its clocks on 14 March, Kyiv only on 28 March: an hour earlier in Kyiv.
    assert cells(window, 9)[:3] == ["Tue 2027-03-09 10:00", "Tue 10:00", "Tue 17:00"]
    assert cells(window, 10)[:3] == ["Tue 2027-03-16 10:00", "Tue 10:00", "Tue 16:00"]
    assert cells(window, 43) == [
        "Tue 2027-11-02 10:00",
        "Tue 10:00",
        "Tue 16:00",
        "Skipped: hq 2027-11-02: Election Day",
    ]
    assert window.meetings_panel.caption.text() == (
        "SEO weekly status: occurrences in the first year of the series (52: 51 OK, 1 skipped); "
        "start times in America/New_York."
    )
    table.cellDoubleClicked.emit(43, 0)
    assert window.day == date(2027, 11, 2)
    assert window.chart.state().day == date(2027, 11, 2)


def test_a_meeting_made_in_the_editor_lists_its_conflicts(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.meetings_panel.add_button, Qt.MouseButton.LeftButton)
    editor = window.active_editor
    assert isinstance(editor, MeetingEditor)
    assert editor.start_date.date().toPython() == date(2027, 3, 17)
    editor.title.clear()
    qtbot.keyClicks(editor.title, "Late sync")
    editor.start_time.setTime(editor.start_time.time().fromString("16:00", "HH:mm"))
    editor.teams.item(2).setCheckState(Qt.CheckState.Checked)
    editor.accept()
    assert window.meetings_panel.selected_id() == "late-sync"
    assert window.document.plan.meeting("late-sync").teams == ("hq", "mnl", "kyiv")
    assert cells(window, 0) == [
        "Wed 2027-03-17 16:00",
        "Wed 16:00",
        "Thu 04:00",
        "Wed 22:00",
        "Conflict: Kyiv SEO agency not working",
    ]
    assert window.meetings_panel.table.rowCount() == 1
    window.undo_action.trigger()
    assert [m.id for m in window.document.plan.meetings] == ["kyiv-weekly", "support-review"]


def test_duplicating_a_meeting_opens_a_copy(window: MainWindow) -> None:
    window.meetings_panel.select("support-review")
    window.meetings_panel.duplicate_button.click()
    editor = window.active_editor
    assert isinstance(editor, MeetingEditor)
    assert (editor.title.text(), editor.id.text()) == (
        "Support monthly review (copy)",
        "support-monthly-review-copy",
    )
    editor.accept()
    copy = window.document.plan.meeting("support-monthly-review-copy")
    assert copy.repeat == window.document.plan.meeting("support-review").repeat


def test_the_teams_panel_lists_hours_and_removes_with_delete(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs
) -> None:
    tree = window.teams_panel.tree
    rows = [
        [tree.topLevelItem(i).text(c) for c in range(4)] for i in range(tree.topLevelItemCount())
    ]
    assert rows == [
        ["Acme HQ (New York)", "client", "America/New_York", "Mon-Fri 09:00-17:00"],
        ["Manila support desk", "vendor", "Asia/Manila", "Mon-Fri 21:00-06:00"],
        ["Kyiv SEO agency", "vendor", "Europe/Kyiv", "Mon-Fri 10:00-19:00"],
    ]
    window.teams_panel.select("kyiv")
    window.teams_panel.down_button.click()
    assert [t.id for t in window.document.plan.teams] == ["hq", "mnl", "kyiv"]
    window.teams_panel.up_button.click()
    assert [t.id for t in window.document.plan.teams] == ["hq", "kyiv", "mnl"]
    assert window.teams_panel.selected_id() == "kyiv"
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert dialogs.names() == ["confirm"]
    assert [t.id for t in window.document.plan.teams] == ["hq", "mnl"]


def test_hours_summary_and_spans() -> None:
    week = WeekHours.parse({"mon-fri": ["21:00-06:00"], "sat": ["09:00-13:00", "14:00-15:00"]})
    assert hours_summary(week, True) == "Mon-Fri 21:00-06:00; Sat 09:00-13:00, 14:00-15:00"
    assert (
        hours_summary(WeekHours.parse({"daily": ["00:00-24:00"]}), False)
        == "Daily 12:00 AM-12:00 AM"
    )
    assert hours_summary(WeekHours(), True) == "no working hours"
    day = int(datetime(2027, 3, 17, 12, tzinfo=UTC).timestamp())
    assert format_span(day, day + 3600, "America/New_York", True) == "Wed 2027-03-17 08:00 to 09:00"
    assert format_span(day, day + 16 * 3600, "America/New_York", False) == (
        "Wed 2027-03-17 8:00 AM to 12:00 AM"
    )
    assert (
        format_span(day, day + 40 * 3600, "UTC", True)
        == "Wed 2027-03-17 12:00 to Fri 2027-03-19 04:00"
    )


def test_role_badges_pass_fail_and_not_applicable(qtbot: QtBot) -> None:
    hours = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    plan = Plan(
        teams=(
            Team("a", "client", "UTC", hours),
            Team("b", "vendor", "UTC", WeekHours.parse({"mon-fri": ["09:00-13:00"]})),
            Team("c", "client", "UTC", WeekHours()),
        ),
        roles=(
            Role("half", "realtime", "a", "b", min_coverage_percent=50),
            Role("full", "realtime", "a", "b"),
            Role("idle", "realtime", "c", "b"),
            Role("updates", "async", "a", "b", min_overlap_minutes=240, max_reply_hours=72),
        ),
    )
    panel = RolesPanel()
    qtbot.addWidget(panel)
    panel.set_analysis(
        plan, analyze(plan, Range.of_days("UTC", date(2027, 3, 15), date(2027, 3, 21)))
    )
    assert [panel.badge(r) for r in ("half", "full", "idle", "updates")] == [
        "✔ PASS",
        "✖ FAIL",
        "N/A",
        "✔ PASS",
    ]
    texts = [panel.tree.topLevelItem(i).text(0) for i in range(4)]
    assert texts == [
        "half\nreal-time: coverage 50% (needs 50%), 5 gaps (5 outside the vendor's hours)",
        "full\nreal-time: coverage 50% (needs 100%), 5 gaps (5 outside the vendor's hours)",
        "idle\nreal-time: no client working time in this range",
        "updates\nasync: daily overlap at least 4 h (needs 4 h), longest wait 68 h (max 72 h)",
    ]
    panel.select("full")
    details = panel.details.toPlainText()
    assert "Wed 2027-03-17 13:00 to 17:00 (4 h)" in details
    assert "Suggested b hours (UTC local time): Mon-Fri 09:00-17:00." in details
    assert "coverage 50% → 100%, closes 262 of 262 gaps, never lowers coverage." in details
    assert not panel.apply_button.isHidden()


def test_the_slot_finder_fills_the_meeting_editor(qtbot: QtBot, window: MainWindow) -> None:
    window.add_meeting()
    editor = window.active_editor
    assert isinstance(editor, MeetingEditor)
    editor.teams.item(1).setCheckState(Qt.CheckState.Unchecked)
    editor.teams.item(2).setCheckState(Qt.CheckState.Checked)
    assert editor.find_slot.isVisible()
    qtbot.mouseClick(editor.find_slot, Qt.MouseButton.LeftButton)
    finder = window.slot_finder
    assert finder is not None
    finder.table.selectRow(0)
    choice = finder.choice()
    assert choice is not None
    finder.accept()
    assert editor.checked_teams() == choice.teams == ("hq", "kyiv")
    assert editor.start_date.date().toPython() == choice.start_date
    assert editor.start_time.time().toPython() == choice.start_time
    assert editor.zone.currentData() == choice.zone
    editor.accept()
    meeting = window.document.plan.meetings[-1]
    assert (meeting.start_date, meeting.start_time, meeting.teams) == (
        choice.start_date,
        choice.start_time,
        ("hq", "kyiv"),
    )


def test_a_fair_rotation_from_the_slot_finder_saves_two_meetings(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.add_meeting()
    editor = window.active_editor
    assert isinstance(editor, MeetingEditor)
    editor.title.setText("Status")
    editor.id.setText("status")
    first = editor.plan.meeting("support-review")
    second = editor.plan.meeting("kyiv-weekly")
    rotation = (first, second)
    editor.apply_slot(
        "America/New_York", date(2027, 1, 4), time(9), ("hq", "mnl"), 45, first.repeat, rotation
    )
    assert editor.rotation_holder.isVisibleTo(editor)
    editor.accept()
    meetings = window.document.plan.meetings
    assert [m.id for m in meetings][-2:] == ["status-a", "status-b"]
    assert [m.title for m in meetings][-2:] == ["Status (A: 09:00)", "Status (B: 10:00)"]
    assert window.document.undo_stack.undoText() == 'Add rotation "Status"'


def test_the_clock_changes_tab_shows_the_drift_of_the_selected_meeting(window: MainWindow) -> None:
    panel = window.meetings_panel
    assert panel.drift is None
    panel.select("kyiv-weekly")
    panel.tabs.setCurrentIndex(1)
    assert isinstance(panel.drift, DriftView)
    assert panel.drift.report is not None
    assert panel.drift.report.meeting_id == "kyiv-weekly"
    assert panel.drift.changes.rowCount() > 0


def test_a_holiday_gap_shows_both_coverages_and_asks_for_holiday_cover_not_hours(
    qtbot: QtBot,
) -> None:
    ny = Team(
        "ny",
        "client",
        "America/New_York",
        WeekHours.parse({"mon-fri": ["09:00-17:00"]}),
        "New York",
        "US",
    )
    mnl = Team(
        "mnl",
        "vendor",
        "Asia/Manila",
        WeekHours.parse({"mon-fri": ["21:00-06:00"]}),
        "Manila desk",
        "PH",
    )
    plan = Plan(teams=(ny, mnl), roles=(Role("support", "realtime", "ny", "mnl", "Support"),))
    week = Range.of_days("America/New_York", date(2026, 11, 30), date(2026, 12, 6))
    panel = RolesPanel()
    qtbot.addWidget(panel)
    panel.set_analysis(plan, analyze(plan, week))
    assert panel.tree.topLevelItem(0).text(0) == (
        "Support\nreal-time: coverage 80% (needs 100%), 100% on the vendor's working days, "
        "1 gap (1 vendor holiday or day off)"
    )
    panel.select("support")
    details = panel.details.toPlainText()
    assert (
        "Mon 2026-11-30 09:00 to 17:00 (8 h) — vendor holiday or day off: Bonifacio Day" in details
    )
    assert "No suggested hours: every gap falls on a day off of Manila desk" in details
    assert "checked over Mon 30 Nov 2026 to Mon 29 Nov 2027, coverage 95.2%" in details
    assert "No shift closes these: plan holiday cover" in details
    assert panel.apply_button.isHidden()
