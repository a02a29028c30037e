"""View > High Contrast (remembered) and View > Chart as Table (same texts as the chart's cells)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import WindowFactory
from ui.chart.contrast import HIGH_CONTRAST, force_application_palette
from ui.chart.style import LIGHT
from ui.editors.team_editor import TeamEditor
from ui.settings import Settings
from ui.window.main_window import MainWindow


def test_high_contrast_is_forced_from_the_view_menu_and_remembered(
    make_window: WindowFactory, plan_file: Path, settings: Settings
) -> None:
    before = QApplication.palette()
    first = make_window(plan_file)
    assert first.chart is not None
    assert first.chart._style().palette is LIGHT
    try:
        first.high_contrast_action.trigger()
        assert first.chart._style().palette is HIGH_CONTRAST
        assert settings.high_contrast() is True
        widgets = QApplication.palette()
        assert widgets.color(QPalette.ColorRole.Window).name().upper() == HIGH_CONTRAST.background
        assert widgets.color(QPalette.ColorRole.WindowText).name().upper() == HIGH_CONTRAST.text
        assert widgets.color(QPalette.ColorRole.Highlight).name().upper() == HIGH_CONTRAST.working
        first.close()
        second = make_window(plan_file)
        assert second.high_contrast_action.isChecked()
        assert second.chart is not None and second.chart._style().palette is HIGH_CONTRAST
        second.high_contrast_action.trigger()
        assert settings.high_contrast() is False
        assert second.chart._style().palette is LIGHT
        assert QApplication.palette() == before
    finally:
        force_application_palette(False)


def test_chart_as_table_says_what_the_cells_say_and_follows_the_chart(
    qtbot: QtBot, window: MainWindow
) -> None:
    chart = window.chart
    assert chart is not None
    action = window.chart_table_dock.toggleViewAction()
    assert action.text() == "Chart as &Table"
    action.trigger()
    qtbot.waitUntil(window.chart_table_dock.isVisible)
    table = window.chart_table
    model = table.proxy
    teams = len(window.document.plan.teams)  # type: ignore[union-attr]
    assert model.rowCount() == teams * 7 * 24  # the week of 15-21 March 2027, no clock change
    accessible = QAccessible.queryAccessibleInterface(chart)
    assert accessible is not None
    columns = 7 * 24
    for row in (0, 1, teams * 40 + 2):
        hour, team = divmod(row, teams)
        cell = accessible.child(team * columns + hour)
        assert cell is not None
        assert model.index(row, 5).data() == cell.text(QAccessible.Text.Name)
        assert model.index(row, 0).data() == cell.text(QAccessible.Text.Description)
    assert model.index(0, 0).data() == "Mon 00:00-01:00 America/New_York"
    # Sorting by team keeps each team's hours in time order (a stable sort of time-ordered rows).
    table.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    names = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert names == sorted(names, key=[t.name for t in window.document.plan.teams].index)  # type: ignore[union-attr]
    window.set_date(date(2027, 3, 29))  # the week after Europe's clocks change: still 168 hours
    assert model.rowCount() == teams * 7 * 24
    assert model.index(0, 0).data() == "Mon 00:00-01:00 America/New_York"
    window.set_view("day")
    assert model.rowCount() == teams * 24
    window.set_view("year")  # a row per client/vendor pair per day
    assert model.rowCount() == len(window.document.plan.roles) * 365  # type: ignore[union-attr]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Date"
    assert model.index(0, 0).data() == "Fri 2027-01-01"


def test_copying_rows_puts_tab_separated_text_on_the_clipboard(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.set_view("day")
    window.chart_table_dock.show()
    qtbot.waitUntil(window.chart_table_dock.isVisible)
    table = window.chart_table
    table.view.selectRow(2)
    table.view.setFocus()
    qtbot.waitUntil(table.view.hasFocus)
    qtbot.keyClick(table.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().text()
    lines = text.splitlines()
    assert lines[0] == "Hour\tTeam\tLocal time\tWorking\tOverlaps\tDescription"
    assert len(lines) == 2
    assert lines[1].split("\t")[5] == table.proxy.index(2, 5).data()


def test_enter_on_the_chart_opens_the_team_editor(qtbot: QtBot, window: MainWindow) -> None:
    chart = window.chart
    assert chart is not None
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus)
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    editor = window.active_editor
    assert isinstance(editor, TeamEditor)
    assert editor.name.text() == window.document.plan.teams[1].name  # type: ignore[union-attr]
    editor.close()
    QApplication.processEvents()


def test_the_table_keeps_its_selection_over_the_minute_refresh(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.chart_table_dock.show()
    qtbot.waitUntil(window.chart_table_dock.isVisible)
    table = window.chart_table
    table.view.selectRow(5)
    assert window.chart is not None
    window.chart._tick()
    assert [i.row() for i in table.view.selectionModel().selectedRows()] == [5]
    window.set_date(date(2027, 3, 22))
    assert table.view.selectionModel().selectedRows() == []


def test_a_row_of_the_table_shows_its_cell_on_the_chart(qtbot: QtBot, window: MainWindow) -> None:
    window.set_view("day")
    window.chart_table_dock.show()
    qtbot.waitUntil(window.chart_table_dock.isVisible)
    table = window.chart_table
    table.view.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    index = table.proxy.index(0, 0)
    text = table.proxy.index(0, 5).data()
    table.view.setFocus()
    table.view.setCurrentIndex(index)
    qtbot.keyClick(table.view, Qt.Key.Key_Return)
    chart = window.chart
    assert chart is not None
    qtbot.waitUntil(chart.hasFocus)
    accessible = QAccessible.queryAccessibleInterface(chart)
    assert accessible is not None
    assert accessible.text(QAccessible.Text.Value) == text


def test_the_table_is_made_when_first_shown_and_then_follows_the_chart(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.chart_table_dock.widget() is None  # the start does not build it
    window.set_view("day")  # before the table exists
    window.chart_table_dock.toggleViewAction().trigger()
    qtbot.waitUntil(window.chart_table_dock.isVisible)
    table = window.chart_table
    assert window.chart_table_dock.widget() is table
    qtbot.waitUntil(table.isVisible)
    teams = len(window.document.plan.teams)  # type: ignore[union-attr]
    assert table.proxy.rowCount() == teams * 24
    window.set_view("week")
    assert table.proxy.rowCount() == teams * 7 * 24
