"""The chart through the accessibility interface and the keyboard: a table of teams x hours."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAccessibleInterface,
    QColor,
    QPaintEvent,
)
from PySide6.QtWidgets import QLineEdit, QMenu, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from planner.plan.model import Plan
from planner.plan.reading import load_plan
from ui.chart import keyboard
from ui.chart.widget import ChartWidget

EXAMPLES = Path(__file__).resolve().parents[3] / "resources" / "examples"
NOW = datetime(2027, 3, 16, 15, 20, tzinfo=UTC)
NAME, VALUE, DESCRIPTION = (
    QAccessible.Text.Name,
    QAccessible.Text.Value,
    QAccessible.Text.Description,
)
# Tuesday 16 March 2027, 14:00-15:00 UTC: New York on EDT (10:00), Manila 22:00, Kyiv (EET) 16:00.
HQ_14 = (
    "Acme HQ (New York), Tue 10:00-11:00 local, working, overlaps Manila support desk "
    "22:00-23:00, overlaps Kyiv SEO agency 16:00-17:00, meeting SEO weekly status"
)
MANILA_14 = (
    "Manila support desk, Tue 22:00-23:00 local, working (night), "
    "overlaps Acme HQ (New York) 10:00-11:00"
)
MEETING = "Meeting SEO weekly status, Tue 14:00-14:30 UTC, everyone working"


@pytest.fixture
def acme() -> Plan:
    return load_plan(EXAMPLES / "newyork-manila-kyiv.toml").plan


@pytest.fixture
def chart(qtbot: QtBot, acme: Plan) -> ChartWidget:
    widget = ChartWidget(clock=lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(1200, 480)
    widget.set_plan(acme)
    widget.set_zone("UTC")
    widget.set_date(date(2027, 3, 16))
    widget.show()
    qtbot.waitExposed(widget)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    return widget


def table_of(widget: ChartWidget) -> QAccessibleInterface:
    found = QAccessible.queryAccessibleInterface(widget)
    assert found is not None
    return found


def test_the_chart_is_a_table_of_teams_by_hours(chart: ChartWidget) -> None:
    table = table_of(chart)
    assert table.role() == QAccessible.Role.Table
    assert table.text(NAME) == "Overlap chart"
    assert table.childCount() == 3 * 24 + 1
    assert table.text(DESCRIPTION).startswith("Teams: 3, hours: 24, meetings: 1. Arrow keys")
    hq, manila = table.child(0 * 24 + 14), table.child(1 * 24 + 14)
    assert hq is not None and manila is not None
    assert hq.role() == QAccessible.Role.Cell
    assert hq.text(NAME) == HQ_14
    assert manila.text(NAME) == MANILA_14
    assert manila.text(DESCRIPTION) == "Tue 14:00-15:00 UTC"
    assert table.child(2 * 24 + 3).text(NAME) == (  # type: ignore[union-attr]
        "Kyiv SEO agency, Tue 05:00-06:00 local, not working"
    )
    cell = manila.tableCellInterface()
    assert (cell.rowIndex(), cell.columnIndex(), cell.rowExtent()) == (1, 14, 1)
    assert table.indexOfChild(manila) == 38
    assert manila.parent() is table
    meeting = table.child(72)
    assert meeting is not None and meeting.role() == QAccessible.Role.Button
    assert meeting.text(NAME) == MEETING
    assert table.child(73) is None
    assert manila.rect().width() > 0 and not manila.state().invisible


def test_child_at_a_point_is_the_cell_there(chart: ChartWidget) -> None:
    table = table_of(chart)
    manila = table.child(1 * 24 + 3)
    assert manila is not None
    center = manila.rect().center()
    found = table.childAt(center.x(), center.y())
    assert found is manila


def test_arrow_keys_move_the_focused_cell_and_the_accessible_focus(
    qtbot: QtBot, chart: ChartWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[tuple[QAccessible.Event, int, str]] = []

    def record(event: QAccessibleEvent) -> None:
        interface = event.accessibleInterface()
        name = interface.text(NAME) if interface is not None else ""
        sent.append((event.type(), event.child(), name))

    monkeypatch.setattr(keyboard.QAccessible, "updateAccessibility", record)
    table = table_of(chart)
    assert table.focusChild() is table.child(0)
    for _ in range(14):
        qtbot.keyClick(chart, Qt.Key.Key_Right)
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    focused = table.focusChild()
    assert focused is table.child(38)
    assert focused is not None and focused.text(NAME) == MANILA_14
    assert focused.state().focused and focused.state().selected
    assert not table.child(37).state().focused  # type: ignore[union-attr]
    assert table.text(VALUE) == MANILA_14
    assert sent[-2] == (QAccessible.Event.Focus, 38, MANILA_14)
    assert sent[-1][0] == QAccessible.Event.ValueChanged
    qtbot.keyClick(chart, Qt.Key.Key_Up)
    assert table.text(VALUE) == HQ_14
    qtbot.keyClick(chart, Qt.Key.Key_Up)  # stays on the first team
    assert chart.keys.focus_index() == 14


def test_left_of_the_first_hour_is_the_previous_day(qtbot: QtBot, chart: ChartWidget) -> None:
    dates: list[date] = []
    chart.dateChanged.connect(dates.append)
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert dates == [date(2027, 3, 15)] and chart.state().day == date(2027, 3, 15)
    assert table_of(chart).text(VALUE) == ("Acme HQ (New York), Mon 19:00-20:00 local, not working")
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.state().day == date(2027, 3, 16) and chart.keys.focus_index() == 0


def test_week_view_cells_span_the_week_and_scroll_into_view(
    qtbot: QtBot, chart: ChartWidget
) -> None:
    chart.set_view("week")
    chart.repaint()
    table = table_of(chart)
    assert table.childCount() == 3 * 7 * 24 + 1  # the weekly status meeting
    assert chart.scroll_offset() == 0
    for _ in range(4 * 24):  # Friday 00:00 UTC, far down the week
        qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.scroll_offset() > 0
    assert table.text(VALUE).startswith("Acme HQ (New York), Thu 20:00-21:00 local")
    focused = table.focusChild()
    assert focused is not None and not focused.state().offscreen


def test_tab_walks_the_meetings_then_leaves_the_chart(qtbot: QtBot, acme: Plan) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    widget = ChartWidget(clock=lambda: NOW)
    after = QLineEdit()
    layout.addWidget(widget)
    layout.addWidget(after)
    widget.set_plan(acme)
    widget.set_zone("UTC")
    widget.set_date(date(2027, 3, 16))
    window.resize(1200, 520)
    window.show()
    qtbot.waitExposed(window)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    table = table_of(widget)
    assert widget.hasFocus() and table.text(VALUE) == MEETING
    assert table.focusChild() is table.child(72)
    with qtbot.waitSignal(widget.meetingEditRequested) as signal:
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert signal.args == ["kyiv-weekly"]
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert after.hasFocus()


def test_enter_edits_the_focused_team(qtbot: QtBot, chart: ChartWidget) -> None:
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    with qtbot.waitSignal(chart.teamEditRequested) as signal:
        qtbot.keyClick(chart, Qt.Key.Key_Enter)
    assert signal.args == ["mnl"]


# Popping a menu up offscreen: limitations of that platform plugin, not of the app.
@pytest.mark.qt_log_ignore(
    "This plugin does not support raise()", "This plugin does not support grabbing the keyboard"
)
@pytest.mark.parametrize(
    ("key", "modifier"),
    [
        (Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier),
    ],
)
def test_menu_key_opens_the_context_menu_of_the_focused_cell(
    qtbot: QtBot, chart: ChartWidget, key: Qt.Key, modifier: Qt.KeyboardModifier
) -> None:
    for _ in range(3):
        qtbot.keyClick(chart, Qt.Key.Key_Right)
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    qtbot.keyClick(chart, key, modifier)
    menus = [m for m in chart.findChildren(QMenu) if m.isVisible()]
    assert len(menus) == 1
    texts = [a.text() for a in menus[0].actions()]
    assert texts[0] == "Edit Manila support desk's Weekly Hours\u2026"
    assert "Copy Times at Tue 03:00" in texts
    menus[0].close()


def _has_color(chart: ChartWidget, color: QColor, rect: tuple[int, int, int, int]) -> bool:
    image = chart.grab().toImage()
    x0, y0, w, h = rect
    return any(
        image.pixelColor(x, y) == color for x in range(x0, x0 + w) for y in range(y0, y0 + h)
    )


def test_the_focused_cell_has_a_visible_frame_that_follows_it(
    qtbot: QtBot, chart: ChartWidget
) -> None:
    frame = QColor(chart._style().palette.text)
    first = chart.keys.cell_area(1, 3)
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    for _ in range(3):
        qtbot.keyClick(chart, Qt.Key.Key_Right)
    top_edge = (first.left() + 4, first.top() + 1, first.width() - 8, 2)
    assert _has_color(chart, frame, top_edge)
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert not _has_color(chart, frame, top_edge)
    chart.clearFocus()
    qtbot.waitUntil(lambda: not chart.hasFocus())
    moved = chart.keys.cell_area(1, 4)
    assert not _has_color(chart, frame, (moved.left() + 4, moved.top() + 1, moved.width() - 8, 2))


class Recording(ChartWidget):
    """The chart, noting every part of it that is repainted."""

    painted: list[QRect]

    def paintEvent(self, event: QPaintEvent) -> None:
        self.painted.append(event.rect())
        super().paintEvent(event)


def test_moving_the_focus_repaints_only_the_old_and_new_cells(qtbot: QtBot, acme: Plan) -> None:
    chart = Recording(clock=lambda: NOW)
    chart.painted = []
    qtbot.addWidget(chart)
    chart.resize(1200, 480)
    chart.set_plan(acme)
    chart.set_date(date(2027, 3, 16))
    chart.show()
    qtbot.waitExposed(chart)
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus)
    chart.repaint()
    chart.painted.clear()
    before, after = chart.keys.cell_area(0, 0), chart.keys.cell_area(0, 1)
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: bool(chart.painted))
    allowed = before.united(after).adjusted(-3, -3, 3, 3)
    assert all(allowed.contains(rect) for rect in chart.painted), (chart.painted, allowed)


def test_a_click_moves_the_keyboard_focus_there(qtbot: QtBot, chart: ChartWidget) -> None:
    target = table_of(chart).child(1 * 24 + 14)
    assert target is not None
    center = chart.keys.cell_area(1, 14).center()
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=center)
    assert table_of(chart).focusChild() is target
    assert table_of(chart).text(VALUE) == MANILA_14


def test_the_year_view_is_a_table_of_pairs_by_days(qtbot: QtBot, chart: ChartWidget) -> None:
    chart.set_view("year")
    chart.set_selected_pair("hq", None)
    chart.repaint()
    table = table_of(chart)
    assert table.childCount() == 2 * 365
    assert table.text(DESCRIPTION).startswith("Client and vendor pairs: 2, days: 365.")
    new_year = table.child(0)
    assert new_year is not None
    assert new_year.text(NAME) == (
        "Acme HQ (New York) \u2194 Manila support desk, Fri 2027-01-01, neither works, "
        "Acme HQ (New York): New Year's Day, Manila support desk: New Year's Day"
    )
    # Tuesday 16 March 2027 (day 74): New York (EDT) 09:00-17:00 and Kyiv 10:00-19:00 EET.
    kyiv = table.child(365 + 74)
    assert kyiv is not None
    assert (
        kyiv.text(NAME) == "Acme HQ (New York) \u2194 Kyiv SEO agency, Tue 2027-03-16, overlap 4 h"
    )
    assert kyiv.text(DESCRIPTION) == "Tue 2027-03-16"
    for _ in range(74):
        qtbot.keyClick(chart, Qt.Key.Key_Right)
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    assert table.focusChild() is kyiv
    assert kyiv.state().focused and kyiv.rect().width() > 0
    center = kyiv.rect().center()
    assert table.childAt(center.x(), center.y()) is kyiv
    with qtbot.waitSignal(chart.dayActivated) as signal:
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert signal.args == [date(2027, 3, 16)]
    assert chart.state().view == "day"


def test_a_new_date_is_told_to_screen_readers_but_not_the_minutes_refresh(
    chart: ChartWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[tuple[QAccessible.Event, str]] = []

    def record(event: QAccessibleEvent) -> None:
        sent.append((event.type(), event.accessibleInterface().text(NAME)))

    monkeypatch.setattr(keyboard.QAccessible, "isActive", lambda: True)
    monkeypatch.setattr(keyboard.QAccessible, "updateAccessibility", record)
    chart._tick()
    assert sent == []
    chart.set_date(date(2027, 3, 17))
    assert [kind for kind, _name in sent] == [
        QAccessible.Event.TableModelChanged,
        QAccessible.Event.Focus,
        QAccessible.Event.ValueChanged,
    ]
    assert sent[1][1] == "Acme HQ (New York), Tue 20:00-21:00 local, not working"


SCREEN_READER = """
import gc
from datetime import UTC, date, datetime
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

app = QApplication([])
from planner.plan.reading import load_plan
from ui.chart.widget import ChartWidget

plan = load_plan({path!r}).plan
QAccessible.setActive(True)  # as when a screen reader listens: every event is delivered
for _ in range(3):
    chart = ChartWidget(clock=lambda: datetime(2027, 3, 16, 15, tzinfo=UTC))
    chart.set_plan(plan)
    chart.set_date(date(2027, 3, 16))
    chart.show()
    chart.setFocus()
    app.processEvents()
    table = QAccessible.queryAccessibleInterface(chart)
    for index in (0, 5, 72):  # the bridge gives each child it reads an id: Qt's cache
        QAccessible.uniqueId(table.child(index))
    QTest.keyClick(chart, Qt.Key.Key_Right)
    QTest.keyClick(chart, Qt.Key.Key_Tab)
    chart.set_date(date(2027, 3, 17))
    del table
    chart.close()
    chart.deleteLater()
    app.processEvents()
    gc.collect()
print("survived")
"""


def test_the_interfaces_survive_qt_caching_them_and_the_chart_going(tmp_path: Path) -> None:
    """Qt keeps the children a screen reader read, and deletes the table with the chart."""
    script = tmp_path / "reader.py"
    script.write_text(SCREEN_READER.format(path=str(EXAMPLES / "newyork-manila-kyiv.toml")))
    done = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=Path(__file__).resolve().parents[3],
        check=False,
    )
    assert (done.returncode, done.stdout.strip()) == (0, "survived"), done.stderr
