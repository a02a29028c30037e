"""The grid and labels layer: block headers, hour ticks, row backgrounds, local nights, names."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QPainter, QPen, QStaticText

from planner.chart.blocks import DayBlock, Row
from planner.chart.labels import zone_label
from planner.chart.offsets import HourTick
from planner.time.intervals import Instant
from ui.chart.drawing import draw_label, draw_text
from ui.chart.geometry import SMALL, TINY, BlockBox, RowBox
from ui.chart.language import day_heading, format_hour, format_minute
from ui.chart.style import ChartStyle
from ui.i18n import translate

_STEPS = (1, 2, 3, 4, 6, 12)


def hour_step(pixels_per_hour: float, style: ChartStyle) -> int:
    """Every how many hours to label the axis so that the labels do not collide."""
    label = style.width("12a" if not style.clock24 else "00", TINY) + style.px(5)
    return next((s for s in _STEPS if s * pixels_per_hour >= label), 24)


def paint_ticks(
    painter: QPainter,
    box: BlockBox,
    ticks: Sequence[HourTick],
    style: ChartStyle,
    baseline: float,
    step: int,
    color: str,
    scale: float,
) -> None:
    """Hour labels along a block at a baseline (their places are cached per row and geometry)."""
    painter.setFont(style.font(scale))
    painter.setPen(style.color(color))
    # Hover repaints draw the same labels again: their places are kept per row and geometry.
    key = (id(ticks), box.x0, box.x1, box.block.start, box.block.end, baseline, step, scale)
    found = style.placed.get(key)
    if found is None or found[0] is not ticks:
        if len(style.placed) > 4000:
            style.placed.clear()
        found = (ticks, _place_ticks(box, ticks, style, baseline, step, scale))
        style.placed[key] = found
    for point, label in found[1]:
        painter.drawStaticText(point, label)


def _place_ticks(
    box: BlockBox,
    ticks: Sequence[HourTick],
    style: ChartStyle,
    baseline: float,
    step: int,
    scale: float,
) -> list[tuple[QPointF, QStaticText]]:
    top = baseline - style.metrics(scale).ascent()
    half = style.width("00", scale) / 2
    placed = []
    for tick in ticks:
        if tick.hour % step:
            continue
        x = box.x(tick.instant)
        if x < box.x0 - half or x > box.x1 + half:
            continue
        label = format_hour(tick.hour, style.clock24)
        width = style.width(label, scale)
        left = min(max(x - width / 2, box.x0), box.x1 - width)
        placed.append((QPointF(left, top), style.static(label, scale)))
    return placed


def paint_block_header(
    painter: QPainter, rect: QRectF, box: BlockBox, style: ChartStyle, labels: float, step: int
) -> None:
    """The date and the reference zone's hours (the shared axis); a warning on DST days."""
    p = style.palette
    px = style.px
    block, top, x0, x1 = box.block, box.top, box.x0, box.x1
    header = px(style.header)
    painter.fillRect(QRectF(rect.left(), top, rect.width(), header), style.color(p.header))
    draw_label(
        painter, style, rect, labels, top + header * 0.45, day_heading(block.day), 1.05, True
    )
    draw_label(
        painter, style, rect, labels, top + header * 0.86, block.axis_label, SMALL, color=p.muted
    )
    paint_ticks(painter, box, block.axis, style, top + header * 0.86, step, p.text, SMALL)
    if block.changes:
        draw_text(
            painter,
            style,
            x0 + px(2),
            top + header * 0.42,
            translate("Chart", "\u26a0 Clocks change today (see below)"),
            SMALL,
            True,
            p.dst,
            x1 - x0 - px(4),
        )


def paint_row_backgrounds(
    painter: QPainter, rect: QRectF, box: BlockBox, style: ChartStyle, rows: range | None = None
) -> None:
    """Every other team row shaded, and each team's local night behind its row.

    Only the team rows numbered in ``rows`` (None: all).
    """
    p = style.palette
    teams = box.block.rows
    for index in rows if rows is not None else range(len(teams)):
        if index >= len(teams):
            break
        row, row_box = teams[index], box.rows[index]
        y, row_h = row_box.top, row_box.height
        if index % 2:
            painter.fillRect(QRectF(rect.left(), y, rect.width(), row_h), style.color(p.row_alt))
        for a, b in row.nights:
            painter.fillRect(
                QRectF(box.x(a), y, box.x(b) - box.x(a), row_h), style.color(p.night_bg)
            )


def paint_axis_grid(
    painter: QPainter, rect: QRectF, box: BlockBox, style: ChartStyle, bottom: float
) -> None:
    """The reference zone's hour lines down through the rows, and the line under the header."""
    p = style.palette
    px = style.px
    top = box.top + px(style.header)
    grid = QPen(style.color(p.grid))
    grid.setWidthF(max(1.0, px(0.5)))
    painter.setPen(grid)
    # The lines are kept per block and geometry (a drag step's repaint draws them again).
    axis = box.block.axis
    key = (id(axis), box.x0, box.x1, box.block.start, box.block.end, top, bottom)
    found = style.lines.get(key)
    if found is None or found[0] is not axis:
        if len(style.lines) > 4000:
            style.lines.clear()
        lines = [QLineF(box.x(t.instant), top, box.x(t.instant), bottom) for t in axis]
        found = style.lines[key] = (axis, lines)
    painter.drawLines(found[1])
    painter.drawLine(QPointF(rect.left(), top), QPointF(rect.right(), top))


def axis_time(block: DayBlock, moment: Instant, style: ChartStyle) -> str:
    """The reference zone's wall time of an instant, read from the block's hour ticks."""
    index = bisect_right([t.instant for t in block.axis], moment) - 1
    if index < 0:
        return ""
    tick = block.axis[index]
    minutes = tick.hour * 60 + (moment - tick.instant) // 60
    return format_minute(minutes, style.clock24)


def paint_row_labels(
    painter: QPainter, rect: QRectF, row: Row, row_box: RowBox, style: ChartStyle, labels: float
) -> None:
    """The team's name, and its city, zone and UTC offset, in the label column."""
    p = style.palette
    top, height = row_box.top, row_box.height
    compact = style.row < 24
    draw_label(
        painter, style, rect, labels, top + height * 0.46, row.name, 0.9 if compact else 1.0, True
    )
    draw_label(
        painter,
        style,
        rect,
        labels,
        top + height * 0.86,
        zone_label(row.zone, row.city, row.offset_label),
        TINY if compact else SMALL,
        color=p.muted,
    )


def paint_row_ticks(
    painter: QPainter, box: BlockBox, row: Row, row_box: RowBox, style: ChartStyle, step: int
) -> None:
    """The team's own local hours above its bar."""
    height = row_box.height
    baseline = row_box.top + height * 0.33
    paint_ticks(painter, box, row.ticks, style, baseline, step, style.palette.muted, TINY)
