"""The marks layer: holidays and days off, clock changes (DST), the current time."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen, QPolygonF

from planner.chart.blocks import Row
from planner.time.intervals import Interval, difference
from ui.chart.drawing import draw_text, dst_pen, hatch_brush
from ui.chart.geometry import NOTE_PT, SMALL, TINY, BlockBox, MarkBox, RowBox
from ui.chart.layers.grid import axis_time
from ui.chart.style import ChartStyle
from ui.i18n import translate
from ui.i18n.domain import domain_text


def paint_block_changes(
    painter: QPainter, rect: QRectF, box: BlockBox, style: ChartStyle, bottom: float
) -> None:
    """Clock changes: a dashed line where they happen and a note under the rows."""
    block = box.block
    if not block.changes:
        return
    p = style.palette
    px = style.px
    top = box.top + px(style.header)
    painter.setPen(dst_pen(style, 0.9))
    for change in block.changes:
        x = box.x(change.instant)
        painter.drawLine(QPointF(x, top), QPointF(x, bottom))
    changes = "; ".join(
        translate("Chart", "{change} at {time}").format(
            change=c.text, time=axis_time(block, c.instant, style)
        )
        for c in block.changes
    )
    note = translate("Chart", "Clock changes: {changes}").format(changes=changes)
    draw_text(
        painter,
        style,
        rect.left() + px(4),
        bottom + px(NOTE_PT) * 0.72,
        note,
        SMALL,
        True,
        p.dst,
        rect.width() - px(8),
    )


def paint_now(painter: QPainter, box: BlockBox, style: ChartStyle, bottom: float) -> None:
    """The current time: a line from the header down through the rows, under a small arrow."""
    block = box.block
    if block.now is None:
        return
    p = style.palette
    px = style.px
    top, header = box.top, px(style.header)
    pen = QPen(style.color(p.now))
    pen.setWidthF(max(1.5, px(1.4)))
    painter.setPen(pen)
    x = box.x(block.now)
    painter.drawLine(QPointF(x, top + header * 0.55), QPointF(x, bottom))
    size = px(3.5)
    painter.setBrush(style.color(p.now))
    painter.drawPolygon(
        QPolygonF(
            [
                QPointF(x - size, top + header * 0.5),
                QPointF(x + size, top + header * 0.5),
                QPointF(x, top + header * 0.5 + size * 1.4),
            ]
        )
    )
    painter.setBrush(Qt.BrushStyle.NoBrush)


def paint_holidays(
    painter: QPainter, box: BlockBox, row: Row, row_box: RowBox, style: ChartStyle
) -> None:
    """The team's holidays and days off, hatched across the bar."""
    p = style.palette
    bar_top, bar_h = row_box.bar_top, row_box.bar_height
    for mark in row.marks:
        a, b = box.x(mark.start), box.x(mark.end)
        area = QRectF(a, bar_top, b - a, bar_h)
        painter.fillRect(area, style.color(p.holiday, 150))
        painter.fillRect(area, hatch_brush(style))


def mark_boxes(box: BlockBox, row: Row, row_box: RowBox) -> list[MarkBox]:
    """Where a row's holidays and days off are (their tooltips name them)."""
    return [
        MarkBox(
            mark,
            row.team_id,
            max(box.x(mark.start), box.x0),
            row_box.top,
            min(box.x(mark.end), box.x1),
            row_box.bottom,
        )
        for mark in row.marks
    ]


def paint_holiday_names(
    painter: QPainter, box: BlockBox, row: Row, row_box: RowBox, style: ChartStyle
) -> None:
    """The name of a holiday on its hatching, in its widest part no working time covers."""
    p = style.palette
    px = style.px
    bar_top, bar_h = row_box.bar_top, row_box.bar_height
    small = style.metrics(TINY)
    working = row.working
    for mark in row.marks:
        free = difference(
            (Interval(max(mark.start, box.block.start), min(mark.end, box.block.end)),), working
        )
        if not free:
            continue
        widest = max(free, key=lambda piece: piece.end - piece.start)
        a, b = box.x(widest.start), box.x(widest.end)
        if b - a > px(12):
            # A plate under the name keeps it readable over the hatching in both themes.
            metrics = style.metrics(TINY, True)
            shown = metrics.elidedText(
                domain_text(mark.reason), Qt.TextElideMode.ElideRight, b - a - px(10)
            )
            width = metrics.horizontalAdvance(shown)
            baseline = bar_top + (bar_h + small.capHeight()) / 2
            painter.fillRect(
                QRectF(
                    a + px(2),
                    baseline - metrics.ascent() - px(1),
                    width + px(4),
                    metrics.height() + px(2),
                ),
                style.color(p.background, 215),
            )
            draw_text(painter, style, a + px(4), baseline, shown, TINY, True, p.text)


def paint_row_changes(
    painter: QPainter, box: BlockBox, row: Row, row_box: RowBox, style: ChartStyle
) -> None:
    """A dashed line across the row where the team's zone changes its clocks."""
    top, height = row_box.top, row_box.height
    for change in row.changes:
        painter.setPen(dst_pen(style, 0.9))
        x = box.x(change.instant)
        painter.drawLine(QPointF(x, top), QPointF(x, top + height))
