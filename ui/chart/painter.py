"""The one chart painter: draws :class:`planner.chart.data.ChartData` on any QPainter.

The widget, the printer, PDF, PNG and SVG all call :func:`paint_chart`; it returns the
geometry it used (:class:`ChartLayout`) so the widget can hit-test without recomputing it.
Sizes come from :class:`ui.chart.style.ChartStyle` in device pixels: the painter is never
scaled, so fonts are right on a 1200 dpi printer and on a screen alike.

The painter draws in layers (``ui/chart/layers/``), in this order: for a day block its
header, the row backgrounds and the hour grid (``grid``), then each team row (labels,
holidays, tinted shifts, the overlap lane, local hours, shift labels, holiday names, clock
changes), the pairs' overlap rows (``overlaps``), each followed by its staffing rows
(``staffing``: agents scheduled against required per interval), the meeting bands across
their teams' rows (``meetings``), the block's clock changes and the current time
(``marks``); the year view (``year``) and the legend (``legend``) have their own. A new
layer is a module in ``layers/`` and a call here, where it belongs in that order.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from planner.chart.blocks import DayBlock, Row
from planner.chart.data import ChartData
from ui.chart.drawing import draw_empty
from ui.chart.geometry import (
    BLOCK_GAP_PT,
    BlockBox,
    ChartLayout,
    RowBox,
    block_height,
    label_width,
    measure_chart,
    row_boxes,
)
from ui.chart.layers.grid import (
    hour_step,
    paint_axis_grid,
    paint_block_header,
    paint_row_backgrounds,
    paint_row_labels,
    paint_row_ticks,
)
from ui.chart.layers.marks import (
    mark_boxes,
    paint_block_changes,
    paint_holiday_names,
    paint_holidays,
    paint_now,
    paint_row_changes,
)
from ui.chart.layers.meetings import paint_meetings
from ui.chart.layers.overlaps import paint_lanes, paint_overlap_row
from ui.chart.layers.shifts import paint_segments, paint_shift_labels
from ui.chart.layers.staffing import paint_staffing_row
from ui.chart.layers.year import paint_year
from ui.chart.style import ChartStyle


def paint_chart(painter: QPainter, rect: QRectF, data: ChartData, style: ChartStyle) -> ChartLayout:
    """Draw the chart of ``data`` into ``rect``; return where everything went.

    The chart takes the whole width of ``rect`` and :func:`measure_chart` of height from its
    top (``rect``'s height is not used for sizing; printing paginates with it).
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    labels = label_width(data, style, rect.width())
    layout = ChartLayout(data.view, measure_chart(data, style), labels)
    if data.view == "year":
        paint_year(painter, rect, data, style, layout)
    elif not data.blocks or not data.blocks[0].rows:
        draw_empty(painter, rect, style, "No teams in this plan yet: add a team to see the chart.")
    else:
        y = rect.top()
        for block in data.blocks:
            box = _paint_block(painter, rect, y, block, style, labels, layout)
            layout.blocks.append(box)
            y = box.bottom + style.px(BLOCK_GAP_PT)
    painter.restore()
    return layout


def _paint_block(
    painter: QPainter,
    rect: QRectF,
    top: float,
    block: DayBlock,
    style: ChartStyle,
    labels: float,
    layout: ChartLayout,
) -> BlockBox:
    """One day block, layer by layer: header, rows, overlap rows, clock changes, now."""
    px = style.px
    x0 = rect.left() + labels
    x1 = rect.right() - px(4)
    box = BlockBox(block, top, top + block_height(block, style), x0, x1)
    step = hour_step((x1 - x0) / block.hours, style)
    paint_block_header(painter, rect, box, style, labels, step)
    # Row backgrounds, then the axis grid over them, then the content.
    box.rows = row_boxes(block, style, top + px(style.header))
    paint_row_backgrounds(painter, rect, box, style)
    bottom = box.rows[-1].bottom
    paint_axis_grid(painter, rect, box, style, bottom)
    for row, row_box in zip(block.rows, box.rows, strict=False):
        _paint_row(painter, rect, box, row, row_box, style, labels, step, layout)
    overlaps = {(o.client_id, o.vendor_id): o for o in block.overlaps}
    staffing = {s.role_id: s for s in block.staffing}
    for row_box in box.rows[len(block.rows) :]:
        if row_box.role_id is not None:
            paint_staffing_row(
                painter, rect, box, staffing[row_box.role_id], row_box, style, labels
            )
        elif row_box.pair is not None:
            overlap = overlaps[row_box.pair]
            paint_overlap_row(
                painter,
                rect,
                box,
                overlap.label,
                overlap.windows,
                overlap.minutes,
                row_box,
                style,
                labels,
            )
    paint_meetings(painter, box, style, layout.meetings)
    paint_block_changes(painter, rect, box, style, bottom)
    paint_now(painter, box, style, bottom)
    return box


def _paint_row(
    painter: QPainter,
    rect: QRectF,
    box: BlockBox,
    row: Row,
    row_box: RowBox,
    style: ChartStyle,
    labels: float,
    step: int,
    layout: ChartLayout,
) -> None:
    """One team row, layer by layer (a new layer goes in here, in the order it is drawn)."""
    paint_row_labels(painter, rect, row, row_box, style, labels)
    paint_holidays(painter, box, row, row_box, style)
    layout.marks.extend(mark_boxes(box, row, row_box))
    paint_segments(painter, box, row, row_box, style)
    paint_lanes(painter, box, row, row_box, style)
    paint_row_ticks(painter, box, row, row_box, style, step)
    layout.edges.extend(paint_shift_labels(painter, box, row, row_box, style))
    paint_holiday_names(painter, box, row, row_box, style)
    paint_row_changes(painter, box, row, row_box, style)
