"""The legend of a view: swatches and labels, wrapped to the width."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from planner.chart.data import ChartData, View
from ui.chart.drawing import draw_text, hatch_brush
from ui.chart.geometry import SMALL
from ui.chart.layers.meetings import draw_band
from ui.chart.style import ChartStyle
from ui.i18n import translate


@dataclass(frozen=True, slots=True)
class LegendItem:
    """A swatch and its label."""

    label: str
    color: str
    kind: str = "box"


def has_staffing(data: ChartData) -> bool:
    """True when the chart has staffing rows (their swatches join the legend)."""
    return any(block.staffing for block in data.blocks)


def legend_items(view: View, style: ChartStyle, staffing: bool = False) -> list[LegendItem]:
    """The legend of a view, in the palette of ``style`` (with the staffing swatches)."""
    p = style.palette
    if view == "year":
        return [
            LegendItem(translate("Chart", "least overlap"), p.scale_low),
            LegendItem(translate("Chart", "most overlap"), p.scale_high),
            LegendItem(translate("Chart", "no overlap on a working day"), p.none_day),
            LegendItem(translate("Chart", "client not working"), p.off_day),
            LegendItem(translate("Chart", "holiday (client above, vendor below)"), p.holiday_line),
            LegendItem(translate("Chart", "DST change"), p.dst, "dash"),
        ]
    items = [
        LegendItem(translate("Chart", "working"), p.working),
        LegendItem(translate("Chart", "early/late (06-08, 19-22 local)"), p.early_late),
        LegendItem(translate("Chart", "night (22-06 local)"), p.night),
        LegendItem(translate("Chart", "overlap"), p.overlap),
        LegendItem(translate("Chart", "holiday / day off"), p.holiday, "hatch"),
        LegendItem(translate("Chart", "uncovered (role gap)"), p.gap),
        LegendItem(translate("Chart", "DST change"), p.dst, "dash"),
        LegendItem(translate("Chart", "meeting"), "", "band:ok"),
        LegendItem(translate("Chart", "meeting: conflict"), "", "band:conflict"),
        LegendItem(translate("Chart", "meeting: skipped"), "", "band:skipped"),
    ]
    if staffing:
        items += [
            LegendItem(translate("Chart", "agents scheduled"), p.working),
            LegendItem(translate("Chart", "agents required"), p.text, "line"),
            LegendItem(translate("Chart", "understaffed (scheduled/required)"), p.gap),
        ]
    return items


def legend_height(view: View, style: ChartStyle, width: float, staffing: bool = False) -> float:
    """The height :func:`paint_legend` needs at ``width``."""
    return _legend_lines(view, style, width, staffing) * style.px(14)


def _legend_lines(view: View, style: ChartStyle, width: float, staffing: bool) -> int:
    lines, x = 1, 0.0
    for item in legend_items(view, style, staffing):
        item_w = style.px(16) + style.width(item.label, SMALL) + style.px(12)
        if x and x + item_w > width:
            lines, x = lines + 1, 0.0
        x += item_w
    return lines


def paint_legend(
    painter: QPainter, rect: QRectF, view: View, style: ChartStyle, staffing: bool = False
) -> float:
    """Draw the legend of a view from the top of ``rect``, wrapping lines; return its height."""
    p = style.palette
    px = style.px
    painter.save()
    x, y = rect.left(), rect.top()
    line = px(14)
    for item in legend_items(view, style, staffing):
        item_w = px(16) + style.width(item.label, SMALL) + px(12)
        if x > rect.left() and x + item_w > rect.right():
            x, y = rect.left(), y + line
        swatch = QRectF(x, y + line * 0.22, px(12), line * 0.56)
        if item.kind.startswith("band:"):
            state = item.kind.removeprefix("band:")
            draw_band(painter, swatch, state, style)  # type: ignore[arg-type]
        elif item.kind == "line":
            pen = QPen(style.color(item.color))
            pen.setWidthF(max(1.0, px(1.1)))
            painter.setPen(pen)
            painter.drawLine(
                QPointF(swatch.left(), swatch.center().y()),
                QPointF(swatch.right(), swatch.center().y()),
            )
        elif item.kind == "dash":
            pen = QPen(style.color(item.color))
            pen.setWidthF(max(1.0, px(1.0)))
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(
                QPointF(swatch.center().x(), swatch.top()),
                QPointF(swatch.center().x(), swatch.bottom()),
            )
        else:
            painter.fillRect(swatch, style.color(item.color, 150 if item.kind == "hatch" else 255))
            if item.kind == "hatch":
                painter.fillRect(swatch, hatch_brush(style))
            pen = QPen(style.color(p.grid))
            pen.setWidthF(max(1.0, px(0.4)))
            painter.setPen(pen)
            painter.drawRect(swatch)
        draw_text(painter, style, x + px(16), y + line * 0.72, item.label, SMALL)
        x += item_w
    painter.restore()
    return y + line - rect.top()
