"""A chart whose rows are worked out as they are drawn shows what the whole data shows.

The day blocks make a row when it is first read (``planner.chart.lazy_rows``): a scrolled
screen works out the rows it shows, and its pixels are those of the chart drawn from the
rows worked out whole (``tests/planner/chart/eager.py``).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.chart.data import chart_data
from planner.chart.lazy_rows import LazyRows
from planner.plan.hours import WeekHours
from planner.plan.meeting import ByDay, Meeting, Repeat
from planner.plan.model import Plan, Role, Team
from tests.planner.chart.eager import eager_data
from ui.chart.geometry import measure_chart
from ui.chart.painter import paint_chart
from ui.chart.style import LIGHT, ChartStyle
from ui.chart.widget import ChartWidget

NOW = datetime(2027, 3, 30, 14, 20, tzinfo=UTC)
DAY = date(2027, 3, 29)
CLIENTS = [("America/New_York", "US"), ("Europe/London", "GB"), ("Australia/Sydney", "AU")]
VENDORS = [("Asia/Manila", "PH"), ("Asia/Kolkata", "IN"), ("Europe/Kyiv", None)]
HOURS = [{"mon-fri": ["21:00-06:00"]}, {"mon-fri": ["09:00-18:00"]}, {"sun-thu": ["03:45-12:45"]}]


def organisation() -> Plan:
    """3 client offices and 12 vendors: 36 pairs, a real-time role, weekly meetings."""
    teams = [
        Team(f"c{i}", "client", z, WeekHours.parse({"mon-fri": ["09:00-17:30"]}), holidays=h)
        for i, (z, h) in enumerate(CLIENTS)
    ]
    teams += [
        Team(
            f"v{j:02d}",
            "vendor",
            VENDORS[j % 3][0],
            WeekHours.parse(HOURS[j % 3]),
            name=f"Vendor {j}",
            holidays=VENDORS[j % 3][1],
            city="Cebu" if j % 4 == 0 else None,
        )
        for j in range(12)
    ]
    weekly = Repeat("weekly", byday=(ByDay(1), ByDay(3)))
    meetings = tuple(
        Meeting(
            f"m{i}", f"Weekly {i}", (f"c{i}", f"v{i * 4:02d}"), 45, DAY, time(9 + i), repeat=weekly
        )
        for i in range(3)
    )
    return Plan(
        teams=tuple(teams),
        roles=(Role("desk", "realtime", "c0", "v03"),),
        meetings=meetings,
    )


def made(rows: object) -> int:
    assert isinstance(rows, LazyRows)
    return sum(row is not None for row in rows._made)


def same(a: QImage, b: QImage) -> bool:
    return a.convertToFormat(QImage.Format.Format_RGB32) == b.convertToFormat(
        QImage.Format.Format_RGB32
    )


def drawn(data: object, style: ChartStyle, width: int, visible: QRectF | None) -> QImage:
    rect = QRectF(0, 0, width, 0)
    height = int(measure_chart(data, style)) + 2  # type: ignore[arg-type]
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(LIGHT.background))
    painter = QPainter(image)
    paint_chart(painter, rect, data, style, visible)  # type: ignore[arg-type]
    painter.end()
    return image


@pytest.mark.parametrize(("view", "role"), [("day", None), ("week", None), ("week", "desk")])
def test_a_scrolled_part_drawn_from_rows_worked_out_as_read_has_the_pixels_of_the_whole(
    view: str, role: str | None
) -> None:
    plan = organisation()
    style = ChartStyle(palette=LIGHT, unit=96 / 72)
    data = chart_data(plan, view, DAY, role_id=role, now=int(NOW.timestamp()))  # type: ignore[arg-type]
    whole = drawn(eager_data(plan, data), style, 900, None)
    assert whole.height() > 900
    for top in (0, 310, whole.height() // 2, whole.height() - 300):
        lazy = chart_data(plan, view, DAY, role_id=role, now=int(NOW.timestamp()))  # type: ignore[arg-type]
        window = QRectF(0, top, 900, 250)
        part = drawn(lazy, style, 900, window).copy(window.toRect())
        assert same(part, whole.copy(window.toRect())), top
        # Only the rows near the window were worked out.
        rows = sum(made(b.rows) + made(b.overlaps) for b in lazy.blocks)
        total = sum(len(b.rows) + len(b.overlaps) for b in lazy.blocks)
        assert 0 < rows < total / 2


@pytest.fixture
def chart(qtbot: QtBot) -> Iterator[ChartWidget]:
    widget = ChartWidget(clock=lambda: NOW)
    widget.prepare_ahead = False
    qtbot.addWidget(widget)
    widget.resize(1000, 320)
    widget.set_plan(organisation())
    widget.set_date(DAY)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


@pytest.mark.parametrize("view", ["day", "week"])
def test_a_scrolled_chart_on_screen_is_its_full_repaint(chart: ChartWidget, view: str) -> None:
    chart.set_view(view)
    QApplication.processEvents()
    chart._scroll.setValue(chart._scroll.maximum() // 2)
    QApplication.processEvents()
    data = chart._data
    assert data is not None
    rows = sum(made(b.rows) + made(b.overlaps) for b in data.blocks)
    assert rows < sum(len(b.rows) + len(b.overlaps) for b in data.blocks)
    screen = chart.screen().grabWindow(chart.winId()).toImage()
    chart.full_repaint = True
    try:
        full = chart.grab().toImage()
    finally:
        chart.full_repaint = False
    assert same(screen, full)
