"""A part of the chart drawn alone is the whole chart there; a drag step's changes lie in
the parts it repaints.

The screen draws only parts of its still picture: the rows a drag step changed, each with
:func:`ui.chart.painter.row_bleed` around it, and the strip a scroll brings into view.
These tests hold both to whole pictures: a part drawn alone (only the rows reaching near
it) has the pixels of the whole chart drawn unclipped, and every pixel that differs
between the whole pictures before and after a drag step lies in the parts
:func:`ui.chart.painter.changed_parts` names.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from planner.chart.data import ChartData, View, chart_data
from planner.chart.edited import edited_chart
from planner.plan.model import Plan
from tests.planner.drag_plans import DRAGS, PLAN, Drag, dragged
from ui.chart.geometry import ChartLayout, measure_chart
from ui.chart.painter import changed_parts, paint_chart, place_chart, row_bleed
from ui.chart.style import ChartStyle

MONDAY = date(2027, 3, 29)  # the week after Europe's clocks went forward, with a day off
WIDTH = 1000


def screen(row: float) -> ChartStyle:
    """A screen's style with team rows ``row`` points high."""
    style = ChartStyle()
    style.row = row
    return style


def chart(plan: Plan, view: View) -> ChartData:
    return chart_data(plan, view, MONDAY + timedelta(days=1), role_id="voice")


def picture(
    data: ChartData, style: ChartStyle, layout: ChartLayout, part: QRect | None = None
) -> QImage:
    """The chart drawn whole, or only ``part`` of it (the rest left black)."""
    height = int(measure_chart(data, style)) + 4
    image = QImage(WIDTH, height, QImage.Format.Format_RGB32)
    image.fill(QColor("black") if part is not None else QColor(style.palette.background))
    painter = QPainter(image)
    if part is not None:
        painter.setClipRect(part)
        painter.fillRect(part, QColor(style.palette.background))
    visible = None if part is None else QRectF(part)
    paint_chart(painter, QRectF(0, 0, WIDTH, height), data, style, visible, layout)
    painter.end()
    return image


def lines(image: QImage, top: int, bottom: int) -> list[bytes]:
    return [bytes(image.constScanLine(y))[: 4 * WIDTH] for y in range(top, bottom)]


@pytest.mark.parametrize(("view", "row"), [("day", 40.0), ("week", 28.0), ("week", 20.0)])
def test_a_part_drawn_alone_is_the_whole_chart_there(view: View, row: float) -> None:
    style = screen(row)
    data = chart(PLAN, view)
    layout = place_chart(QRectF(0, 0, WIDTH, 0), data, style)
    whole = picture(data, style, layout)
    bleed = row_bleed(style)
    assert 0 < bleed <= style.px(style.row)
    checked = 0
    for box in layout.blocks[:2]:
        for row_box in box.rows:  # team rows, overlap rows and staffing rows
            for top, bottom in (
                (row_box.top, row_box.bottom),  # the row alone: its neighbours reach into it
                (row_box.top - bleed, row_box.bottom + bleed),  # a changed row's repaint
                (row_box.bottom - 1, row_box.bottom + 1),  # a strip scrolled into view
            ):
                part = QRectF(0, top, WIDTH, bottom - top).toAlignedRect()
                alone = picture(data, style, layout, part)
                span = (max(part.top(), 0), min(part.bottom() + 1, whole.height()))
                assert lines(alone, *span) == lines(whole, *span), (row_box, top)
                checked += 1
    assert checked >= 20


@settings(max_examples=25, deadline=None)
@given(
    drags=st.lists(DRAGS, min_size=1, max_size=3),
    view=st.sampled_from(("day", "week")),
    row=st.sampled_from((20.0, 28.0, 40.0)),
)
def test_what_a_drag_step_changes_lies_in_the_parts_it_repaints(
    drags: list[Drag], view: View, row: float
) -> None:
    style = screen(row)
    plan, data = PLAN, chart(PLAN, view)
    layout = place_chart(QRectF(0, 0, WIDTH, 0), data, style)
    before = picture(data, style, layout)
    for drag in drags:
        edited = dragged(plan, drag, MONDAY)
        found = edited_chart(data, plan, edited, None)
        assert found is not None  # a drag's chart is had from the step before
        parts = changed_parts(data, found, layout, style, WIDTH)
        layout = place_chart(QRectF(0, 0, WIDTH, 0), found, style, layout)
        after = picture(found, style, layout)
        if parts is not None:  # None: the whole chart is drawn again
            repainted = set()
            for top, bottom in parts:
                area = QRectF(0, top, WIDTH, bottom - top).toAlignedRect()
                repainted.update(range(area.top(), area.bottom() + 1))
            height = min(before.height(), after.height())
            old, new = lines(before, 0, height), lines(after, 0, height)
            differing = {y for y in range(height) if old[y] != new[y]}
            assert differing <= repainted, sorted(differing - repainted)
        plan, data, before = edited, found, after
