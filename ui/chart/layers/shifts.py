"""The shifts layer: working time tinted by local hours, shift labels, the draggable edges."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from planner.chart.blocks import Row
from ui.chart.drawing import draw_static
from ui.chart.geometry import TINY, BlockBox, EdgeBox, RowBox
from ui.chart.language import format_shift
from ui.chart.style import ChartStyle


def paint_segments(
    painter: QPainter, box: BlockBox, row: Row, row_box: RowBox, style: ChartStyle
) -> None:
    """Working time, tinted by the team's local hours: day, early/late or night."""
    p = style.palette
    bar_top, bar_h = row_box.bar_top, row_box.bar_height
    for segment in row.segments:
        a, b = box.x(segment.start), box.x(segment.end)
        color = (
            p.working
            if segment.tint == "day"
            else p.night
            if segment.tint == "night"
            else p.early_late
        )
        painter.fillRect(QRectF(a, bar_top, max(b - a, 1.0), bar_h), style.color(color))


def shift_edges(box: BlockBox, row: Row, row_box: RowBox) -> list[EdgeBox]:
    """The shift edges of a row that lie in its block: where a drag can grab them."""
    top, bottom = row_box.top, row_box.bottom
    return [
        EdgeBox(span, edge, box.x(moment), top, bottom)  # type: ignore[arg-type]
        for span in row.shifts
        for edge, moment in (("start", span.start), ("end", span.end))
        if box.block.start <= moment <= box.block.end
    ]


def paint_shift_labels(
    painter: QPainter, box: BlockBox, row: Row, row_box: RowBox, style: ChartStyle
) -> None:
    """Each shift's local times on its bar (a one-day exception outlined)."""
    p = style.palette
    px = style.px
    bar_top, bar_h = row_box.bar_top, row_box.bar_height
    small = style.metrics(TINY)
    for span in row.shifts:
        a = max(box.x(span.start), box.x0)
        b = min(box.x(span.end), box.x1)
        text = format_shift(span.shift, style.clock24)
        if span.exception:
            # A one-day exception: outlined, and its label says it is for this date only.
            pen = QPen(style.color(p.text))
            pen.setWidthF(max(1.0, px(0.9)))
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(a, bar_top, max(b - a, 1.0), bar_h))
            marked = f"{text} (this date)"
            if b - a >= style.width(marked, TINY) + px(6):
                text = marked
        if b - a >= style.width(text, TINY) + px(6):
            draw_static(
                painter,
                style,
                a + px(3),
                bar_top + (bar_h + small.capHeight()) / 2,
                text,
                TINY,
                p.on_bar,
            )
