"""Printing: the preview dialog, page setup, and a printed PDF turned into a picture."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from PySide6.QtGui import QImage, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QSpinBox, QToolBar, QWidget
from pytestqt.qtbot import QtBot

from planner.plan.reading import load_plan
from ui.chart.printing import make_printer, open_print_preview, print_chart
from ui.chart.state import ChartState
from ui.chart.style import LIGHT

EXAMPLES = Path(__file__).resolve().parents[3] / "resources" / "examples"


def test_printer_defaults_to_landscape_with_margins() -> None:
    printer = make_printer(load_plan(EXAMPLES / "sydney-kathmandu.toml").plan)
    layout = printer.pageLayout()
    assert layout.orientation() == QPageLayout.Orientation.Landscape
    assert layout.pageSize().id() in (QPageSize.PageSizeId.A4, QPageSize.PageSizeId.Letter)
    assert layout.margins(QPageLayout.Unit.Millimeter).left() == 12
    assert printer.resolution() >= 300


def test_print_preview_renders_pages_and_prints_several_weeks(qtbot: QtBot) -> None:
    plan = load_plan(EXAMPLES / "newyork-manila-kyiv.toml").plan
    parent = QWidget()
    qtbot.addWidget(parent)
    counts: list[int] = []

    def run(dialog: QPrintPreviewDialog) -> None:
        preview = dialog.findChild(QPrintPreviewWidget)
        assert preview is not None
        assert "Acme" in dialog.windowTitle()
        preview.updatePreview()
        counts.append(preview.pageCount())
        weeks = dialog.findChild(QSpinBox, "weeks")
        assert weeks is not None and isinstance(weeks.parentWidget(), QToolBar)
        weeks.setValue(3)
        counts.append(preview.pageCount())

    open_print_preview(parent, plan, ChartState("week", date(2027, 3, 16)), run=run)
    assert counts[0] >= 1
    assert counts[1] >= 3 * counts[0] - 1


def test_day_preview_has_no_weeks_box(qtbot: QtBot) -> None:
    plan = load_plan(EXAMPLES / "sydney-kathmandu.toml").plan
    seen: list[bool] = []

    def run(dialog: QPrintPreviewDialog) -> None:
        weeks = dialog.findChild(QSpinBox, "weeks")
        seen.append(weeks is not None and isinstance(weeks.parentWidget(), QToolBar))

    open_print_preview(None, plan, ChartState("day", date(2027, 3, 16)), run=run)
    assert seen == [False]


def test_printed_pdf_reads_and_looks_right(tmp_path: Path) -> None:
    plan = load_plan(EXAMPLES / "london-riyadh-bengaluru.toml").plan
    printer = make_printer(plan)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    assert print_chart(printer, plan, ChartState("day", date(2027, 3, 16))) == 1
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert plan.title in text
    for team in plan.teams:
        assert team.name in text
    assert "UTC+05:30" in text and "UTC+03:00" in text
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", "-singlefile", str(target), str(tmp_path / "page")],
        check=True,
    )
    page = QImage(str(tmp_path / "page.png"))
    assert page.width() > page.height()  # landscape
    overlap = sum(
        1
        for x in range(0, page.width(), 2)
        for y in range(0, page.height(), 2)
        if page.pixelColor(x, y).name().upper() == LIGHT.overlap
    )
    assert overlap > 100
