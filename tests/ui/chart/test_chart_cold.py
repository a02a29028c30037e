"""A view switched to cold (nothing made ahead or kept) shows what a full repaint shows.

What makes such a switch quicker must not change a pixel: labels drawn as static text laid
out once per style, the year strips placed only as they are read, the staffing rows placed
in one pass, and the pixmap of a dropped view drawn over by the next picture.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from pytestqt.qtbot import QtBot

from planner.chart.blocks import StaffingRow
from planner.chart.data import chart_data
from planner.plan.model import Plan
from planner.plan.reading import parse_plan
from tests.ui.chart_pictures import on_screen, reference
from ui.chart import cache
from ui.chart.drawing import draw_text
from ui.chart.geometry import (
    LANE_PT,
    OVERLAP_ROW,
    STAFFING_ROW,
    STRIP_GAP_PT,
    STRIP_PT,
    YEAR_HEADER_PT,
    RowBox,
    RowPlaces,
    StripPlaces,
    row_boxes,
)
from ui.chart.painter import place_chart
from ui.chart.style import LIGHT, ChartStyle
from ui.chart.widget import ChartWidget

NOW = datetime(2027, 3, 30, 14, 20, tzinfo=UTC)
DAY = date(2027, 3, 29)

_TEAMS = [
    ("nyc", "New York shop", "client", "America/New_York", '"mon-fri" = ["08:00-18:00"]'),
    ("ldn", "London office", "client", "Europe/London", '"mon-fri" = ["09:00-17:30"]'),
    ("mnl", "Manila contact centre", "vendor", "Asia/Manila", '"mon-fri" = ["21:00-05:00"]'),
    ("kyiv", "Kyiv agency", "vendor", "Europe/Kyiv", '"mon-fri" = ["10:00-19:00"]'),
    ("blr", "Bengaluru developers", "vendor", "Asia/Kolkata", '"mon-fri" = ["10:00-19:30"]'),
    ("ktm", "Kathmandu desk", "vendor", "Asia/Kathmandu", '"sun-fri" = ["03:45-12:45"]'),
]
PLAN = 'format = 1\ntitle = "Cold"\ndisplay_zone = "America/New_York"\n' + "".join(
    f'\n[[team]]\nid = "{i}"\nname = "{n}"\nside = "{s}"\nzone = "{z}"\nhours = {{ {h} }}\n'
    for i, n, s, z, h in _TEAMS
)


@pytest.fixture
def plan() -> Plan:
    return parse_plan(PLAN, "cold.toml").plan


@pytest.fixture
def chart(qtbot: QtBot, plan: Plan, monkeypatch: pytest.MonkeyPatch) -> Iterator[ChartWidget]:
    monkeypatch.setattr(cache, "_SPARE", [])
    widget = ChartWidget(clock=lambda: NOW)
    widget.prepare_ahead = False  # every switch below is cold
    qtbot.addWidget(widget)
    widget.resize(1000, 300)
    widget.set_plan(plan)
    widget.set_date(DAY)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def same(a: QImage, b: QImage) -> bool:
    return a.convertToFormat(QImage.Format.Format_RGB32) == b.convertToFormat(
        QImage.Format.Format_RGB32
    )


@pytest.mark.parametrize(("before", "view"), [("day", "week"), ("week", "year"), ("year", "day")])
def test_a_cold_switch_drawn_over_a_dropped_view_s_pixmap_shows_the_full_repaint(
    chart: ChartWidget, before: str, view: str
) -> None:
    chart.set_view(view)
    on_screen(chart)
    chart._shelf.clear()
    cache._SPARE.clear()
    chart.set_view(before)  # the view left is kept...
    on_screen(chart)
    assert chart._shelf.views() == [view]
    chart._shelf.clear()  # ...and dropped (as an edit or the minute's refresh does)
    (spare,) = cache._SPARE
    spare.fill(QColor("#FF00FF"))  # whatever it showed must be drawn over, every pixel
    chart._scroll.setValue(40)
    chart.set_view(view)
    assert chart._scroll.isVisible()
    assert same(on_screen(chart), reference(chart))
    assert chart._still._pixmap is spare and not cache._SPARE


def test_a_picture_drawn_whole_again_draws_over_its_own_pixmap(chart: ChartWidget) -> None:
    on_screen(chart)
    pixmap = chart._still._pixmap
    chart.set_selected_pair("nyc", "mnl")  # other data: the picture is drawn whole
    assert same(on_screen(chart), reference(chart))
    assert chart._still._pixmap is pixmap and chart._still.redrawn == 2


def test_a_resized_chart_takes_no_spare_of_another_size(chart: ChartWidget) -> None:
    chart.set_view("week")
    on_screen(chart)
    chart.set_view("day")
    on_screen(chart)
    chart.resize(900, 280)  # drops the week kept: its pixmap is the old size
    chart.set_view("week")
    assert same(on_screen(chart), reference(chart))
    assert chart._still._pixmap is not None and chart._still._pixmap.width() == 900
    assert [p.width() for p in cache._SPARE] == [1000]


TEXTS = [
    ("New York shop", 1.0, True, None),
    ("America/New_York  UTC-04:00", 0.82, False, None),
    ("\u2194 Manila contact centre", 0.82, True, None),
    ("Bengaluru developers and a name much too long for the label column", 1.0, True, 120.0),
    ("Teléfono \u2194 مركز الاتصال", 0.74, False, None),
    ("مركز الاتصال \u2194 Manila (skipped)", 1.0, False, None),
    ("3h 30m", 0.74, True, None),
]


@pytest.fixture(params=[Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def direction(request: pytest.FixtureRequest) -> Iterator[Qt.LayoutDirection]:
    """The application's layout direction (the Arabic GUI's is right to left)."""
    was = QGuiApplication.layoutDirection()
    QGuiApplication.setLayoutDirection(request.param)
    yield request.param
    QGuiApplication.setLayoutDirection(was)


@pytest.mark.parametrize(("text", "scale", "bold", "limit"), TEXTS)
@pytest.mark.parametrize(("x", "baseline"), [(10.0, 20.0), (7.37, 18.61), (3.5, 22.25)])
def test_a_label_drawn_as_static_text_has_the_pixels_of_draw_text(
    direction: Qt.LayoutDirection,
    text: str,
    scale: float,
    bold: bool,
    limit: float | None,
    x: float,
    baseline: float,
) -> None:
    style = ChartStyle(palette=LIGHT, unit=96 / 72)
    images = []
    for way in ("static", "text"):
        image = QImage(420, 32, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(LIGHT.background))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        if way == "static":
            width = draw_text(painter, style, x, baseline, text, scale, bold, None, limit)
        else:
            shown = text
            if limit is not None and style.width(text, scale, bold) > limit:
                shown = style.metrics(scale, bold).elidedText(
                    text, Qt.TextElideMode.ElideRight, limit
                )
            painter.setFont(style.font(scale, bold))
            painter.setPen(style.color(LIGHT.text))
            painter.drawText(QPointF(x, baseline), shown)
            assert width == style.width(shown, scale, bold)
        painter.end()
        images.append(image)
    assert images[0] == images[1]


def test_year_strips_are_placed_as_they_are_read(plan: Plan) -> None:
    data = chart_data(plan, "year", DAY)
    style = ChartStyle(palette=LIGHT, unit=96 / 72)
    rect = QRectF(6, 6, 1000, 300)
    layout = place_chart(rect, data, style)
    strips = layout.strips
    assert isinstance(strips, StripPlaces) and not strips._made  # none placed yet
    assert len(strips) == len(data.strips) == 8
    # The boxes stacked one under the other, as they were all placed before.
    px = style.px
    cells, lane = px(max(STRIP_PT, style.row)), px(LANE_PT)
    y = rect.top() + px(YEAR_HEADER_PT)
    for index in range(len(strips)):
        box = strips[index]
        assert (box.index, box.top, box.bottom) == (index, y, y + cells + lane)
        assert (box.x0, box.x1) == (rect.left() + layout.label_width, rect.right() - px(4))
        assert box.strip is data.strips[index]
        y += cells + lane + px(STRIP_GAP_PT)
    assert strips[3] is strips[3] and strips[-1] is strips[7]
    assert strips[2:4] == [strips[2], strips[3]] and list(strips)[5] is strips[5]
    with pytest.raises(IndexError):
        strips[8]
    # Hit tests: the middle of every strip finds it, the gaps between strips find none.
    for box in strips:
        found = layout.day_at(box.x0 + 1, (box.top + box.bottom) / 2)
        assert found is not None and found[0] is box and found[1] == 0
        assert layout.day_at(box.x0 + 1, box.bottom + px(STRIP_GAP_PT) / 2) is None
    assert layout.day_at(strips[0].x0 + 1, strips[0].top - 1) is None


def _rows_one_by_one(
    rows: int, overlaps: list[tuple[str, str]], staffing: list[StaffingRow]
) -> tuple[list[tuple[str, object]], float]:
    """Where the rows went before: each overlap row, then every staffing row of its pair."""
    row_h, y = 34.0, 100.0
    boxes: list[tuple[str, object]] = []
    for _ in range(rows):
        y += row_h
    for pair in overlaps:
        y += row_h * OVERLAP_ROW
        boxes.append(("pair", pair))
        for found in staffing:
            if found.pair == pair:
                boxes.append(("role", found.role_id))
                y += row_h * STAFFING_ROW
    return boxes, y


def test_staffing_rows_stand_under_their_pair_in_the_block_s_order(plan: Plan) -> None:
    block = chart_data(plan, "day", DAY).blocks[0]
    pairs = [(o.client_id, o.vendor_id) for o in block.overlaps]
    staffing = [
        StaffingRow(role, pair, role, (), (), 1, None)
        for role, pair in [("b", pairs[3]), ("a", pairs[0]), ("c", pairs[3]), ("d", pairs[7])]
    ]
    block = replace(block, staffing=tuple(staffing))
    style = ChartStyle(palette=LIGHT, unit=1.0)
    boxes = row_boxes(block, style, 100.0)
    expected, bottom = _rows_one_by_one(len(block.rows), pairs, staffing)
    placed: list[tuple[str, object]] = [
        ("pair", b.pair) if b.pair else ("role", b.role_id) for b in boxes[6:]
    ]
    assert placed == expected
    assert all(isinstance(b, RowBox) for b in boxes) and boxes[-1].bottom == bottom
    assert [b.role_id for b in boxes if b.role_id] == ["a", "b", "c", "d"]


def test_rows_are_placed_as_they_are_read_and_hit_where_they_are(chart: ChartWidget) -> None:
    chart.set_view("week")
    shown = on_screen(chart)
    layout = chart.chart_layout()
    assert layout is not None
    first, second = layout.blocks[0].rows, layout.blocks[1].rows
    assert isinstance(first, RowPlaces) and isinstance(second, RowPlaces)
    assert 0 < len(first._made) < len(first) and not second._made  # the screen's rows only
    assert same(shown, reference(chart))
    teams = len(layout.blocks[0].block.rows)
    box = layout.blocks[0]
    x = (box.x0 + box.x1) / 2
    for index, row in enumerate(first):
        assert first[index] is row and row.top < row.bottom
        assert index == 0 or row.top == first[index - 1].bottom  # stacked without gaps
        middle = (row.top + row.bottom) / 2
        found = layout.row_at(x, middle)
        if index < teams:
            assert row.team_id == box.block.rows[index].team_id
            assert found is not None and found[1] is row
        else:
            assert row.team_id is None and found is None
    assert layout.row_at(x, first[0].top - 0.5) is None
