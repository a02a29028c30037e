"""The staffing layer: a role's scheduled agents against the agents required, per interval.

Scheduled agents are a filled step area, the agents required a step line over it; where
fewer are scheduled than required, the shortfall is filled in the gap colour and marked
along the row's foot. Runs of equal intervals wide enough carry ``scheduled/required``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter, QPen, QPolygonF

from planner.chart.blocks import StaffingRow
from ui.chart.drawing import draw_label, draw_static, draw_text
from ui.chart.geometry import SMALL, TINY, BlockBox, RowBox
from ui.chart.language import number
from ui.chart.style import ChartStyle
from ui.i18n import translate


def staffing_caption(row: StaffingRow) -> str:
    """The second label line: the day's service level and its short intervals."""
    if not row.intervals:
        return translate("Chart", "no contacts")
    level = (
        "-"
        if row.service_level_percent is None
        else translate("Chart", "{percent}%").format(percent=number(row.service_level_percent, 1))
    )
    short = row.short_intervals
    text = translate("Chart", "SL {level}", "service level").format(level=level)
    if short:
        return text + " \u00b7 " + translate("Chart", "%n short", "intervals understaffed", short)
    return text + " \u00b7 " + translate("Chart", "staffed", "every interval has its agents")


def paint_staffing_row(
    painter: QPainter,
    rect: QRectF,
    box: BlockBox,
    row: StaffingRow,
    row_box: RowBox,
    style: ChartStyle,
    labels: float,
) -> None:
    """A staffing row: its label, the scheduled area, the required line, the shortfalls."""
    p = style.palette
    px = style.px
    top, height = row_box.top, row_box.height
    draw_label(
        painter,
        style,
        rect,
        labels,
        top + height * 0.42,
        translate("Chart", "Agents: {role}").format(role=row.label),
        SMALL,
        True,
    )
    draw_label(
        painter,
        style,
        rect,
        labels,
        top + height * 0.82,
        staffing_caption(row),
        TINY,
        color=p.gap if row.short_intervals else p.muted,
    )
    bar_top, bar_bottom = row_box.bar_top, row_box.bar_bottom
    if not row.intervals or row.scale <= 0:
        small = style.metrics(TINY)
        draw_text(
            painter,
            style,
            box.x0 + px(4),
            (bar_top + bar_bottom + small.capHeight()) / 2,
            translate("Chart", "no contacts in this day"),
            TINY,
            color=p.muted,
        )
        return
    unit = (bar_bottom - bar_top) / row.scale

    def y(agents: int) -> float:
        return bar_bottom - agents * unit

    for interval in row.intervals:
        xa, xb = box.x(interval.start), box.x(interval.end)
        painter.fillRect(
            QRectF(xa, y(interval.scheduled), xb - xa, interval.scheduled * unit),
            style.color(p.working, 170),
        )
        if interval.understaffed:
            painter.fillRect(
                QRectF(
                    xa,
                    y(interval.required),
                    xb - xa,
                    (interval.required - interval.scheduled) * unit,
                ),
                style.color(p.gap, 150),
            )
    mark = max(px(2.0), (bar_bottom - bar_top) * 0.1)
    for a, b in row.understaffed:
        painter.fillRect(
            QRectF(box.x(a), row_box.bottom - mark, box.x(b) - box.x(a), mark), style.color(p.gap)
        )
    _paint_required(painter, box, row, style, y)
    _paint_counts(painter, box, row, style, bar_top)


def _paint_required(
    painter: QPainter,
    box: BlockBox,
    row: StaffingRow,
    style: ChartStyle,
    y: Callable[[int], float],
) -> None:
    """The required agents as one step line (broken where intervals do not touch)."""
    pen = QPen(style.color(style.palette.text))
    pen.setWidthF(max(1.0, style.px(1.1)))
    painter.setPen(pen)
    line = QPolygonF()
    last_end = None
    for interval in row.intervals:
        xa, xb, level = box.x(interval.start), box.x(interval.end), y(interval.required)
        if last_end is not None and last_end != interval.start:
            painter.drawPolyline(line)
            line = QPolygonF()
        line.append(QPointF(xa, level))
        line.append(QPointF(xb, level))
        last_end = interval.end
    painter.drawPolyline(line)


def _paint_counts(
    painter: QPainter, box: BlockBox, row: StaffingRow, style: ChartStyle, top: float
) -> None:
    """``scheduled/required`` over each run of equal intervals that is wide enough."""
    baseline = top + style.metrics(TINY).capHeight() + style.px(1)
    run_start = 0
    intervals = row.intervals
    for index in range(1, len(intervals) + 1):
        first = intervals[run_start]
        if index < len(intervals):
            current = intervals[index]
            if current.start == intervals[index - 1].end and (
                current.required,
                current.scheduled,
            ) == (first.required, first.scheduled):
                continue
        xa, xb = box.x(first.start), box.x(intervals[index - 1].end)
        text = f"{first.scheduled}/{first.required}"
        if xb - xa >= style.width(text, TINY) + style.px(6):
            color = style.palette.gap if first.understaffed else style.palette.text
            draw_static(painter, style, xa + style.px(3), baseline, text, TINY, color)
        run_start = index
