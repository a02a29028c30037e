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
    chart_table: ChartTable
    chart_table_dock: QDockWidget
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
        """The Chart as Table dock, hidden until asked for (the second step of the start)."""
        from ui.chart.table_view import ChartTable

        self.chart_table = ChartTable()
        dock = QDockWidget(translate("MainWindow", "Chart as Table"), self)
        dock.setObjectName("chart-table-dock")
        dock.setWidget(self.chart_table)
        self.addDockWidget(QtCore.Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        dock.hide()
        action = dock.toggleViewAction()
        action.setText(translate("MainWindow", "Chart as &Table"))
        action.setShortcuts([QKeySequence(CHART_TABLE_SHORTCUT)])
        action.setStatusTip(
            translate("MainWindow", "Every team's hours as rows of text, for reading")
        )
        self._view_menu.addAction(action)
        self.chart_table_dock = dock

    def _connect_accessibility(self, chart: ChartWidget) -> None:
        """A new chart: its colours as chosen, the table following it."""
        self._apply_high_contrast(self.settings.high_contrast(), chart)
        self.chart_table.follow(chart)
