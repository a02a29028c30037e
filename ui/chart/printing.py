"""Printing: a print preview with page setup (A4 or Letter, landscape, margins)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QLabel, QSpinBox, QToolBar, QWidget

from planner.plan.model import Plan
from ui.chart.export import print_sheet
from ui.chart.limits import max_weeks
from ui.chart.sheet import default_page_layout
from ui.chart.state import ChartState
from ui.i18n import translate


def print_chart(printer: QPrinter, plan: Plan, state: ChartState, weeks: int = 1) -> int:
    """Print the chart on ``printer`` (whatever its output); return the number of pages."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        return print_sheet(painter, printer, printer.resolution(), plan, state, weeks=weeks)
    finally:
        painter.end()


def make_printer(plan: Plan) -> QPrinter:
    """A high-resolution printer set to the default page layout (landscape)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(default_page_layout())
    printer.setDocName(plan.title or "Overlap chart")
    printer.setCreator("Overlap Planner")
    return printer


class ChartPrintPreview(QPrintPreviewDialog):
    """The print preview of a chart; it owns its printer (Qt only borrows it)."""

    def __init__(self, printer: QPrinter, parent: QWidget | None) -> None:
        super().__init__(printer, parent)
        self.owned_printer = printer
        self.weeks = QSpinBox(self)
        self.weeks.setRange(1, 53)
        self.weeks.setValue(1)
        self.weeks.setObjectName("weeks")
        self.weeks.setToolTip(translate("Chart", "How many weeks to print, from the week shown"))


def preview_dialog(parent: QWidget | None, plan: Plan, state: ChartState) -> ChartPrintPreview:
    """The print preview of the chart; a week view gets a "Weeks" box to print several."""
    dialog = ChartPrintPreview(make_printer(plan), parent)
    dialog.setWindowTitle(
        translate("Chart", "Print preview — {title}").format(
            title=plan.title or translate("Chart", "Overlap chart")
        )
    )
    weeks = dialog.weeks
    weeks.setMaximum(max_weeks(plan, state))  # a plan with many teams prints fewer at once
    toolbar = dialog.findChild(QToolBar)
    if state.view == "week" and toolbar is not None:
        toolbar.addSeparator()
        toolbar.addWidget(QLabel(translate("Chart", " Weeks: "), dialog))
        toolbar.addWidget(weeks)
    else:
        weeks.hide()
    dialog.paintRequested.connect(lambda device: print_chart(device, plan, state, weeks.value()))
    preview = dialog.findChild(QPrintPreviewWidget)
    if preview is not None:
        weeks.valueChanged.connect(preview.updatePreview)
    return dialog


def open_print_preview(
    parent: QWidget | None,
    plan: Plan,
    state: ChartState,
    run: Callable[[QPrintPreviewDialog], object] | None = None,
) -> None:
    """Show the print preview (modal); ``run`` replaces ``exec`` in tests."""
    dialog = preview_dialog(parent, plan, state)
    try:
        (run or QPrintPreviewDialog.exec)(dialog)
    finally:
        dialog.deleteLater()
