"""Arabic: the window mirrored right to left, the chart's time axis still left to right,
labels whole. Asserted on the geometry and on the rendered window (saved as a PNG)."""

from __future__ import annotations

import os
from datetime import date
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import WindowFactory
from ui.chart.geometry import SMALL
from ui.chart.layers.grid import _place_ticks
from ui.i18n.language import apply_language
from ui.settings import Settings


def _left(widget: QWidget, window: QWidget) -> int:
    return widget.mapTo(window, QPoint(0, 0)).x()


def _ink(image: QImage, x0: int, x1: int, y0: int, y1: int) -> int:
    """Pixels in the rectangle that differ clearly from its top-left pixel (text, lines)."""
    ground = QColor(image.pixel(x0, y0)).lightness()
    return sum(
        1
        for x in range(x0, x1, 2)
        for y in range(y0, y1, 2)
        if abs(QColor(image.pixel(x, y)).lightness() - ground) > 60
    )


def test_arabic_window_mirrors_and_keeps_time_left_to_right(
    make_window: WindowFactory, plan_file: Path, qtbot: QtBot, tmp_path: Path
) -> None:
    apply_language("ar", QLocale("ar_EG"))
    window = make_window(plan_file)
    window.set_view("day")
    window.set_date(date(2027, 3, 16))
    chart = window.chart
    assert chart is not None
    qtbot.waitUntil(lambda: chart.chart_layout() is not None)
    # Labels whole: the toolbar's zone button and the status bar's summary get their width.
    whole = (window.zone_button, window.summary_label)
    assert window.zone_button.text() == "المنطقة: America/New_York"
    assert window.summary_label.text() == "٣ فرق · دوران · اجتماعان"
    qtbot.waitUntil(lambda: all(w.width() >= w.sizeHint().width() for w in whole))
    window.repaint()
    image = window.grab().toImage()
    image.save(str(Path(os.environ.get("OVERLAP_PLANNER_SHOT_DIR", tmp_path)) / "arabic.png"))

    # Mirrored: the docks that sit left of the chart in English sit right of it.
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    for dock in (window.teams_dock, window.roles_dock):
        assert _left(dock, window) >= _left(chart, window) + chart.width()
    bar = window.menuBar()
    file_menu, help_menu = bar.actions()[0], bar.actions()[-1]
    assert file_menu.text() == "&ملف"
    assert bar.actionGeometry(file_menu).left() > bar.actionGeometry(help_menu).left()

    # The chart keeps time running left to right, its row labels on the left.
    layout = chart.chart_layout()
    assert layout is not None
    box = layout.blocks[0]
    ticks = box.block.axis
    xs = [box.x(tick.instant) for tick in ticks]
    assert xs == sorted(xs) and xs[0] < xs[-1]
    assert 0 < box.x0 < box.x1 <= chart.width()

    # Hour labels in Arabic-Indic digits, each whole inside the axis and clear of the next.
    style = chart._style()
    placed = _place_ticks(box, ticks, style, box.top + 40, 1, SMALL)
    texts = [text.text() for _, text in placed]
    assert texts[:3] == ["٠٠", "٠١", "٠٢"]  # noqa: RUF001 (Arabic-Indic digits)
    for (point, text), (after, _) in pairwise(placed):
        width = text.size().width()
        assert box.x0 <= point.x() and point.x() + width <= box.x1 + 0.5
        assert point.x() + width <= after.x()

    # The status bar's summary, at the right in English, is at the left.
    assert _left(window.summary_label, window) + window.summary_label.width() < window.width() / 2

    # Menu titles and dock titles are not clipped.
    metrics = bar.fontMetrics()
    for action in bar.actions():
        shown = action.text().replace("&", "")
        assert metrics.horizontalAdvance(shown) <= bar.actionGeometry(action).width()
    for dock in (window.teams_dock, window.roles_dock, window.meetings_dock):
        assert dock.fontMetrics().horizontalAdvance(dock.windowTitle()) < dock.width()

    # On the image: the row labels (team names) are drawn at the chart's left, the
    # docks' text at the window's right.
    top = chart.mapTo(window, QPoint(0, 0))
    dpr = image.devicePixelRatio()
    y0, y1 = int(top.y() * dpr), int((top.y() + chart.height() * 0.6) * dpr)
    labels_x1 = int((top.x() + box.x0 - 2) * dpr)
    assert _ink(image, int(top.x() * dpr) + 2, labels_x1, y0, y1) > 50
    teams = window.teams_dock.mapTo(window, QPoint(0, 0))
    dock_x0 = int(teams.x() * dpr) + 2
    dock_x1 = int((teams.x() + window.teams_dock.width()) * dpr) - 2
    assert _ink(image, dock_x0, dock_x1, int(teams.y() * dpr) + 2, y1) > 50


def test_each_direction_keeps_its_own_dock_layout(
    make_window: WindowFactory, plan_file: Path, settings: Settings
) -> None:
    """An Arabic session's panels on the right do not move an English session's to the right."""
    english = make_window(plan_file)
    english.close()
    ltr_state = settings.window_state()
    assert ltr_state is not None and settings.window_state(mirrored=True) is None
    apply_language("ar", QLocale("ar_EG"))
    arabic = make_window(plan_file)
    assert _left(arabic.teams_dock, arabic) > _left(arabic.chart, arabic)  # fresh: mirrored
    arabic.close()
    assert settings.window_state(mirrored=True) is not None
    assert settings.window_state() == ltr_state


def test_shifts_in_the_teams_panel_read_left_to_right_in_arabic(qapp: object) -> None:
    from planner.plan.hours import WeekHours
    from ui.panels.teams_panel import hours_summary

    hours = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    assert hours_summary(hours, True).endswith(" 09:00-17:00")
    apply_language("ar", QLocale("ar_EG"))
    assert hours_summary(hours, True).endswith(" \u200e09:00-17:00")  # a left-to-right mark
