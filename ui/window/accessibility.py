"""The View menu's accessibility: high contrast (forced or as the system says), Chart as Table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu

from ui.i18n import translate
from ui.window.shell import WindowShell

if TYPE_CHECKING:
    from ui.chart.table_view import ChartTable
    from ui.chart.widget import ChartWidget

CHART_TABLE_SHORTCUT = "Ctrl+Shift+L"


class Accessibility(WindowShell):
    """View > High Contrast and View > Chart as Table (a dock that follows the chart)."""

    high_contrast_action: QAction
    chart_table_dock: QDockWidget
    _chart_table: ChartTable | None = None
    _view_menu: QMenu

    def _build_accessibility_menu(self, view_menu: QMenu) -> None:
        """Add the high-contrast toggle to the View menu (Chart as Table joins with the docks)."""
        self._view_menu = view_menu
        action = QAction(translate("MainWindow", "&High Contrast"), self)
        action.setCheckable(True)
        action.setChecked(self.settings.high_contrast())
        tip = translate(
            "MainWindow",
            "Chart colours for high contrast (on by itself when the system asks for it)",
        )
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.toggled.connect(self.set_high_contrast)
        self.high_contrast_action = action
        view_menu.addAction(action)

    def set_high_contrast(self, on: bool) -> None:
        """Force high contrast on the chart and the widgets (off: as the system says); remembered."""
        self.settings.set_high_contrast(on)
        if self.high_contrast_action.isChecked() != on:
            self.high_contrast_action.setChecked(on)
        self._apply_high_contrast(on)

    def _apply_high_contrast(self, on: bool, chart: ChartWidget | None = None) -> None:
        from ui.chart.contrast import force_application_palette

        force_application_palette(on)
        chart = chart or self.chart
        if chart is not None:
            chart.set_high_contrast(on)

    def _build_chart_table(self) -> None:
        """The Chart as Table dock, hidden until asked for (the second step of the start).

        The table itself is made when the dock first shows (:attr:`chart_table`): the start
        does not pay for a view most people never open.
        """
        dock = QDockWidget(translate("MainWindow", "Chart as Table"), self)
        dock.setObjectName("chart-table-dock")
        self.addDockWidget(QtCore.Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        dock.hide()
        dock.visibilityChanged.connect(lambda visible: self._chart_table_shown(visible))
        action = dock.toggleViewAction()
        action.setText(translate("MainWindow", "Chart as &Table"))
        action.setShortcuts([QKeySequence(CHART_TABLE_SHORTCUT)])
        action.setStatusTip(
            translate("MainWindow", "Every team's hours as rows of text, for reading")
        )
        self._view_menu.addAction(action)
        self.chart_table_dock = dock

    def _chart_table_shown(self, visible: bool) -> None:
        if visible:
            self.chart_table.show()

    @property
    def chart_table(self) -> ChartTable:
        """The Chart as Table view, made (following the chart) the first time it is needed."""
        table = self._chart_table
        if table is None:
            from ui.chart.table_view import ChartTable

            table = self._chart_table = ChartTable()
            self.chart_table_dock.setWidget(table)
            if self.chart is not None:
                table.follow(self.chart)
        return table

    def _connect_accessibility(self, chart: ChartWidget) -> None:
        """A new chart: its colours as chosen, the table (once made) following it."""
        self._apply_high_contrast(self.settings.high_contrast(), chart)
        if self._chart_table is not None:
            self._chart_table.follow(chart)
