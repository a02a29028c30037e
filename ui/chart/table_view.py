"""The chart as a table (View > Chart as Table): one row per team per hour, sortable, copyable.

For people who prefer reading to looking: the rows say what the chart's cells say to a
screen reader (``ui.chart.cell_text``), for the day or week the chart shows (in the year
view one row per client/vendor pair per day); it follows the chart's date, view, zone and
clock. Texts are made only for the rows painted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.chart.cell_text import (
    ChartTexts,
    local_text,
    overlaps_text,
    work_text,
    year_work_text,
)
from ui.chart.language import format_duration

if TYPE_CHECKING:
    from ui.chart.widget import ChartWidget

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Sorts the hour and local-time columns by time, not by their text."""

_Index = QModelIndex | QPersistentModelIndex


class ChartTableModel(QAbstractTableModel):
    """Rows: every hour of the chart, each team in plan order; columns: what the cell says."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = ChartTexts()
        self._headers = (
            self.tr("Hour"),
            self.tr("Team"),
            self.tr("Local time"),
            self.tr("Working"),
            self.tr("Overlaps"),
            self.tr("Description"),
        )
        self._year_headers = (
            self.tr("Date"),
            self.tr("Client and vendor"),
            self.tr("Local time"),
            self.tr("Working"),
            self.tr("Overlap"),
            self.tr("Description"),
        )

    def show_chart(self, chart: ChartWidget) -> None:
        """Show the cells of what the chart shows now."""
        self.beginResetModel()
        self.texts = ChartTexts()
        self.texts.update(chart.chart(), chart.state().clock24)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        """Teams times hours."""
        return 0 if parent.isValid() else self.texts.rows * self.texts.column_count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        """Hour, team, local time, working, overlaps, description."""
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        """The column names."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self._year_headers if self.texts.year else self._headers)[section]
        return None

    def cell(self, row: int) -> tuple[int, int]:
        """The (team row, hour column) of a table row."""
        teams = max(self.texts.rows, 1)
        column, team = divmod(row, teams)
        return team, column

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """A cell's texts; the time columns sort by time."""
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return None
        team, column = self.cell(index.row())
        texts = self.texts
        kind = index.column()
        if role == SORT_ROLE and kind in (0, 2):
            return column * 10_000 + team
        if role == SORT_ROLE and kind == 1:
            return team
        if texts.year:
            return self._year_data(team, column, kind)
        facts = texts.facts(team, column)
        clock24 = texts.clock24
        if kind == 0:
            return texts.column_text(column)
        if kind == 1:
            return facts.team
        if kind == 2:
            return local_text(facts, clock24)
        if kind == 3:
            return work_text(facts, clock24)
        if kind == 4:
            return overlaps_text(facts, clock24)
        return texts.text(team, column)

    def _year_data(self, row: int, column: int, kind: int) -> str:
        texts = self.texts
        facts = texts.day_facts(row, column)
        if kind == 0:
            return texts.column_text(column)
        if kind == 1:
            return facts.pair
        if kind == 3:
            return year_work_text(facts)
        if kind == 4:
            return format_duration(facts.minutes)
        if kind == 5:
            return texts.text(row, column)
        return ""


class ChartTable(QWidget):
    """The chart's cells as a sortable table that follows a chart; Ctrl+C copies the rows selected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chart: ChartWidget | None = None
        self._stale = False
        self._shown: tuple[object, ...] = ()
        """The plan and chart state shown: the minute's refresh of the chart changes neither."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.model = ChartTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Chart as table"))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.copy_action = QAction(self.tr("&Copy Rows"), self.view)
        self.copy_action.setShortcuts(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(lambda _checked=False: self.copy_rows())
        self.view.addAction(self.copy_action)
        self.view.setToolTip(self.tr("Enter or double-click a row to show its cell on the chart"))
        self.view.activated.connect(self.show_on_chart)
        layout.addWidget(self.view)

    def follow(self, chart: ChartWidget) -> None:
        """Show ``chart``'s cells, now and whenever it changes (when shown)."""
        self._chart = chart
        chart.chartChanged.connect(self._chart_changed)
        self._chart_changed()

    def _chart_changed(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with the chart."""
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the chart again."""
        self._stale = False
        chart = self._chart
        if chart is None:
            return
        shown = (id(chart.plan()), chart.state())
        if shown == self._shown and self.model.texts.data is not None:
            return
        self._shown = shown
        self.model.show_chart(chart)

    def show_on_chart(self, index: QModelIndex) -> None:
        """Focus the chart's cell of a row (Enter or a double click on it)."""
        chart = self._chart
        if chart is None or not index.isValid():
            return
        team, column = self.model.cell(self.proxy.mapToSource(index).row())
        chart.setFocus()
        chart.keys.focus_cell(team, column)

    def copy_rows(self) -> str:
        """Put the selected rows (all, when none is) on the clipboard as tab-separated text."""
        model = self.proxy
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        if not rows:
            rows = list(range(model.rowCount()))
        columns = range(model.columnCount())
        header = "\t".join(str(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns)
        lines = [header] + ["\t".join(str(model.index(r, c).data()) for c in columns) for r in rows]
        text = "\n".join(lines) + "\n"
        QGuiApplication.clipboard().setText(text)
        return text
