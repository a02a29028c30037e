"""Editing on the chart from the keyboard: shift edges and meetings, 15 minutes per key press."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from pytestqt.qtbot import QtBot

from planner.plan.hours import Shift
from tests.ui.conftest import FakeDialogs
from ui.chart import keyboard
from ui.chart.widget import ChartWidget
from ui.window.main_window import MainWindow

SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
NIGHT = Shift.parse("21:00-06:00")
MANILA = 1  # row of the Manila desk; columns are New York's hours of Tue 16 Mar 2027 (EDT)


def focused_chart(qtbot: QtBot, window: MainWindow, row: int, column: int) -> ChartWidget:
    window.set_view("day")
    window.set_date(date(2027, 3, 16))
    chart = window.chart
    assert chart is not None
    chart.grab()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus)
    chart.keys.focus_cell(row, column)
    return chart


def name(chart: ChartWidget, row: int, column: int) -> str:
    table = QAccessible.queryAccessibleInterface(chart)
    assert table is not None
    cell = table.child(row * chart.keys.texts().column_count + column)
    assert cell is not None
    return cell.text(QAccessible.Text.Name)


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the chart announces to screen readers (announcements only)."""
    said: list[str] = []

    def record(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            said.append(event.message())

    monkeypatch.setattr(keyboard.QAccessible, "updateAccessibility", record)
    return said


def test_shift_arrows_move_the_focused_shifts_start_and_ctrl_its_end(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, told: list[str]
) -> None:
    # 09:00-10:00 in New York is 21:00-22:00 in Manila: the first hour of Tuesday's night shift.
    chart = focused_chart(qtbot, window, MANILA, 9)
    before = name(chart, MANILA, 8)
    assert before == "Manila support desk, Tue 20:00-21:00 local, not working"
    dialogs.choose_answers = [0]  # every Tuesday
    qtbot.keyClick(chart, Qt.Key.Key_Left, SHIFT)
    assert dialogs.last("choose")[2] == ["Every Tuesday", "Only Tue 16 Mar 2027"]
    hours = window.document.plan.team("mnl").hours
    assert hours.on(1) == (Shift.parse("20:45-06:00"),)
    assert [hours.on(d) for d in (0, 2, 3, 4)] == [(NIGHT,)] * 4
    assert (
        name(chart, MANILA, 8) == "Manila support desk, Tue 20:00-21:00 local, working 20:45-21:00"
    )
    assert chart.keys.focused() == (MANILA, 9, None)
    text = "Change Manila support desk's shift on every Tuesday to 20:45-06:00"
    assert told[-1] == text and window.document.undo_stack.text(0) == text
    # The end, later: the scope is remembered, so no second question.
    qtbot.keyClick(chart, Qt.Key.Key_Right, CTRL_SHIFT)
    qtbot.keyClick(chart, Qt.Key.Key_Right, CTRL_SHIFT)
    assert window.document.plan.team("mnl").hours.on(1) == (Shift.parse("20:45-06:30"),)
    assert dialogs.names().count("choose") == 1
    # Each key press is one undo step: Ctrl+Z, as the window's shortcut receives it.
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.plan.team("mnl").hours.on(1) == (Shift.parse("20:45-06:15"),)
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.document.plan.team("mnl").hours.on(1) == (NIGHT,)
    assert name(chart, MANILA, 8) == before


def test_a_shift_edge_moved_on_that_date_only_is_an_exception(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs
) -> None:
    chart = focused_chart(qtbot, window, 0, 12)  # Acme HQ 12:00-13:00
    dialogs.choose_answers = [1]  # only that date
    qtbot.keyClick(chart, Qt.Key.Key_Right, CTRL_SHIFT)
    hq = window.document.plan.team("hq")
    assert hq.exceptions.get(date(2027, 3, 16)) == (Shift.parse("09:00-17:15"),)
    assert hq.hours.to_mapping() == {"mon-fri": ["09:00-17:00"]}
    assert name(chart, 0, 17).startswith(
        "Acme HQ (New York), Tue 17:00-18:00 local, working 17:00-17:15"
    )


def test_an_hour_without_a_shift_moves_nothing_and_says_so(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, told: list[str]
) -> None:
    chart = focused_chart(qtbot, window, 0, 3)  # Acme HQ at 03:00: off
    plan = window.document.plan
    qtbot.keyClick(chart, Qt.Key.Key_Right, SHIFT)
    assert window.document.plan is plan and dialogs.names() == []
    assert told == ["Acme HQ (New York) works no shift in this hour: nothing to move"]
    assert chart.keys.focused() == (0, 3, None)  # Shift+Right is not Right


def test_shift_arrows_move_the_focused_meeting_and_the_focus_stays_on_it(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, told: list[str]
) -> None:
    chart = focused_chart(qtbot, window, 0, 0)
    assert chart.keys.tab(True)
    assert chart.keys.focus_text().startswith("Meeting SEO weekly status, Tue 10:00-10:30")
    dialogs.choose_answers = [0]  # only this occurrence
    qtbot.keyClick(chart, Qt.Key.Key_Right, SHIFT)
    _title, question, options = dialogs.last("choose")
    assert options == ["Only This Occurrence", "The Whole Series"]
    assert "Tue 16 Mar 2027" in question and "10:15" in question
    meeting = window.document.plan.meeting("kyiv-weekly")
    assert [(m.key, m.start) for m in meeting.moved] == [
        ("2027-03-16", datetime(2027, 3, 16, 10, 15))
    ]
    assert chart.keys.focused() is not None and chart.keys.focused()[2] is not None
    assert chart.keys.focus_text() == (
        "Meeting SEO weekly status, Tue 10:15-10:45 America/New_York, everyone working"
    )
    assert told[-1] == (
        "Move the Tue 16 Mar 2027 occurrence of \u201cSEO weekly status\u201d to Tue 16 Mar 10:15"
    )
    # The whole series, earlier: its start moves 15 minutes.
    dialogs.choose_answers = [1]
    window.undo_action.trigger()
    assert window.document.plan.meeting("kyiv-weekly").moved == ()
    qtbot.keyClick(chart, Qt.Key.Key_Left, SHIFT)
    meeting = window.document.plan.meeting("kyiv-weekly")
    assert (meeting.start_date, meeting.start_time, meeting.moved) == (
        date(2027, 1, 5),
        time(9, 45),
        (),
    )
    assert chart.keys.focus_text().startswith("Meeting SEO weekly status, Tue 09:45-10:15")
    window.undo_action.trigger()
    assert window.document.plan.meeting("kyiv-weekly").start_time == time(10, 0)
