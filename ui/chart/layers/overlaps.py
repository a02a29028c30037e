"""The overlap layer: each team's overlap and gap lane, and the pairs' overlap rows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from planner.chart.blocks import Row
from ui.chart.drawing import draw_label, draw_static, draw_text
from ui.chart.geometry import SMALL, TINY, BlockBox, RowBox
from ui.chart.language import format_duration
from ui.chart.style import ChartStyle
from ui.i18n import translate


def paint_lanes(
    painter: QPainter, box: BlockBox, row: Row, row_box: RowBox, style: ChartStyle
) -> None:
    """The lane under the bar: the team's overlap with its counterparts, and a role's gaps."""
    p = style.palette
    height = row_box.height
    lane_top = row_box.bar_bottom + height * 0.03
    lane_h = height * 0.13
    for a, b in row.overlap:
        painter.fillRect(
            QRectF(box.x(a), lane_top, box.x(b) - box.x(a), lane_h), style.color(p.overlap)
        )
    for a, b in row.gaps:
        painter.fillRect(
            QRectF(box.x(a), lane_top, box.x(b) - box.x(a), lane_h), style.color(p.gap)
        )


def paint_overlap_row(
    painter: QPainter,
    rect: QRectF,
    box: BlockBox,
    label: str,
    windows: Sequence[tuple[int, int]],
    minutes: int,
    row_box: RowBox,
    style: ChartStyle,
    labels: float,
) -> None:
    """A pair's overlap row: its total in the label column, each window with its length."""
    p = style.palette
    px = style.px
    top, height = row_box.top, row_box.height
    title = translate("Chart", "Overlap {duration}").format(duration=format_duration(minutes))
    title_color = p.overlap if p.name == "dark" else p.text
    if style.row < 24:
        width = draw_label(
            painter, style, rect, labels, top + height * 0.7, title, TINY, True, title_color
        )
        draw_text(
            painter,
            style,
            rect.left() + px(4) + width,
            top + height * 0.7,
            f"  {label}",
            TINY,
            color=p.muted,
            max_width=labels - px(8) - width,
        )
    else:
        draw_label(
            painter, style, rect, labels, top + height * 0.45, title, SMALL, True, title_color
        )
        draw_label(painter, style, rect, labels, top + height * 0.88, label, TINY, color=p.muted)
    bar_top, bar_h = row_box.bar_top, row_box.bar_height
    small = style.metrics(TINY)
    for a, b in windows:
        xa, xb = box.x(a), box.x(b)
        painter.fillRect(QRectF(xa, bar_top, xb - xa, bar_h), style.color(p.overlap))
        text = format_duration((b - a) // 60)
        if xb - xa >= style.width(text, TINY) + px(6):
            draw_static(
                painter,
                style,
                xa + px(3),
                bar_top + (bar_h + small.capHeight()) / 2,
                text,
                TINY,
                "#FFFFFF",
            )
    if not windows:
        draw_text(
            painter,
            style,
            box.x0 + px(4),
            bar_top + (bar_h + small.capHeight()) / 2,
            translate("Chart", "no overlap"),
            TINY,
            color=p.muted,
        )
