"""The year view: a strip of daily overlap per client/vendor pair, coloured by rank."""

from __future__ import annotations

from bisect import bisect_left
from itertools import groupby

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF

from planner.chart.data import ChartData
from planner.chart.year import YearStrip
from ui.chart.drawing import draw_empty, draw_label, draw_text, dst_pen
from ui.chart.geometry import (
    LANE_PT,
    SMALL,
    STRIP_GAP_PT,
    STRIP_PT,
    TINY,
    YEAR_HEADER_PT,
    ChartLayout,
    StripBox,
    StripPlaces,
)
from ui.chart.language import format_duration
from ui.chart.layers.cell_runs import fill_runs
from ui.chart.style import ChartStyle
from ui.i18n import translate

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def strip_scale(strip: YearStrip) -> tuple[int, ...]:
    """The distinct overlap minutes of the strip's working days that have some, ascending."""
    return tuple(sorted({m for m in strip.working_minutes if m > 0}))


def strip_color(
    strip: YearStrip, index: int, style: ChartStyle, scale: tuple[int, ...] | None = None
) -> QColor:
    """The colour of a day cell.

    Grey when the client does not work, vermillion for a working day without overlap, else
    a blue scale from pale (the year's least overlap) to dark (its most). The scale goes by
    rank among the distinct amounts, so half an hour lost for the weeks between two DST
    changes is as visible as three hours.
    """
    p = style.palette
    day = strip.days[index]
    if not day.client_works:
        return style.color(p.off_day)
    if day.minutes == 0:
        return style.color(p.none_day)
    values = scale if scale is not None else strip_scale(strip)
    rank = bisect_left(values, day.minutes)
    share = 1.0 if len(values) < 2 else rank / (len(values) - 1)
    return _mix(style, p.scale_low, p.scale_high, share)


def strip_colors(strip: YearStrip, style: ChartStyle, scale: tuple[int, ...]) -> list[QColor]:
    """:func:`strip_color` of every day, each distinct colour looked up once (same objects)."""
    p = style.palette
    off, none = style.color(p.off_day), style.color(p.none_day)
    by_minutes: dict[int, QColor] = {}
    result: list[QColor] = []
    append = result.append
    for day in strip.days:
        if not day.client_works:
            append(off)
        elif day.minutes == 0:
            append(none)
        else:
            found = by_minutes.get(day.minutes)
            if found is None:
                rank = bisect_left(scale, day.minutes)
                share = 1.0 if len(scale) < 2 else rank / (len(scale) - 1)
                found = by_minutes[day.minutes] = _mix(style, p.scale_low, p.scale_high, share)
            append(found)
    return result


def colour_runs(colors: list[QColor]) -> tuple[QColor, list[tuple[int, int, QColor]]]:
    """The strip's most common colour, and the runs (first day, days, colour) of the others.

    Colours are the same objects for the same colour (:func:`strip_colors`).
    """
    runs: list[tuple[int, int, QColor]] = []
    days: dict[int, int] = {}
    start = 0
    for _, group in groupby(colors, key=id):
        count = len(list(group))
        color = colors[start]
        runs.append((start, count, color))
        days[id(color)] = days.get(id(color), 0) + count
        start += count
    most = max(days, key=days.__getitem__)
    ground = next(color for _, _, color in runs if id(color) == most)
    return ground, [run for run in runs if run[2] is not ground]


#: Strips whose runs a style keeps (a screen of strips many times over; then it starts again).
_KEPT_RUNS = 4096

Runs = tuple[tuple[int, ...], QColor, list[tuple[int, int, QColor]]]


def strip_runs(strip: YearStrip, style: ChartStyle) -> Runs:
    """The strip's scale, most common colour and runs of the others, worked out once.

    Kept in the style (its colours) by the strip object, which the entry holds on to, so
    a repaint or a scroll of the same data colours nothing again.
    """
    kept = style.strip_runs
    found = kept.get(id(strip))
    if found is not None and found[0] is strip:
        return found[1]  # type: ignore[return-value]
    scale = strip_scale(strip)
    ground, runs = colour_runs(strip_colors(strip, style, scale))
    if len(kept) >= _KEPT_RUNS:
        kept.clear()
    kept[id(strip)] = (strip, (scale, ground, runs))
    return scale, ground, runs


def _mix(style: ChartStyle, low: str, high: str, share: float) -> QColor:
    share = round(share * 16) / 16
    key = f"mix:{low}:{high}:{share}"
    found = style._colors.get(key)
    if found is None:
        a, b = QColor(low), QColor(high)
        found = QColor(
            round(a.red() + (b.red() - a.red()) * share),
            round(a.green() + (b.green() - a.green()) * share),
            round(a.blue() + (b.blue() - a.blue()) * share),
        )
        style._colors[key] = found
    return found


def strip_boxes(rect: QRectF, data: ChartData, style: ChartStyle, labels: float) -> StripPlaces:
    """Where each year strip goes (cells and marker lane), from under the header down.

    The boxes are made as they are read (``StripPlaces``), the strips when they are drawn.
    """
    px = style.px
    x0, x1 = rect.left() + labels, rect.right() - px(4)
    strip_h = px(max(STRIP_PT, style.row))
    lane = px(LANE_PT)
    step = strip_h + lane + px(STRIP_GAP_PT)
    y = rect.top() + px(YEAR_HEADER_PT)
    tops = []
    for _ in range(len(data.strips)):
        tops.append(y)
        y += step
    return StripPlaces(data.strips, tops, (strip_h, lane), x0, x1)


def paint_year(
    painter: QPainter,
    rect: QRectF,
    data: ChartData,
    style: ChartStyle,
    layout: ChartLayout,
    visible: tuple[float, float] | None = None,
) -> None:
    """The year view: a strip of overlap per client/vendor pair, with holidays and DST marks.

    The strips are ``layout.strips``; with ``visible`` (a top and bottom) only the strips
    that reach into it are drawn.
    """
    p = style.palette
    px = style.px
    labels = layout.label_width
    x0 = rect.left() + labels
    x1 = rect.right() - px(4)
    header = px(YEAR_HEADER_PT)
    top = rect.top()
    painter.fillRect(QRectF(rect.left(), top, rect.width(), header), style.color(p.header))
    draw_text(
        painter, style, rect.left() + px(4), top + header * 0.45, f"{data.first.year}", 1.05, True
    )
    draw_label(painter, style, rect, labels, top + header * 0.88, data.zone, SMALL, color=p.muted)
    if not data.strips:
        draw_empty(
            painter,
            QRectF(rect.left(), top + header, rect.width(), px(STRIP_PT)),
            style,
            translate("Chart", "No client/vendor pair to show: add a client and a vendor team."),
        )
        return
    days = len(data.strips[0].days)
    cell = (x1 - x0) / days
    month_starts = [i for i, d in enumerate(data.strips[0].days) if d.day.day == 1]
    bottom = top + layout.height
    grid = QPen(style.color(p.grid))
    grid.setWidthF(max(1.0, px(0.5)))
    for month, index in enumerate(month_starts):
        x = x0 + index * cell
        draw_text(painter, style, x + px(2), top + header * 0.88, _MONTHS[month], SMALL)
    strips = layout.strips
    if visible is not None:
        # A strip draws within its box; its neighbours' gap is margin enough.
        first = bisect_left(strips, visible[0] - px(STRIP_GAP_PT), key=lambda b: b.bottom)
        last = bisect_left(strips, visible[1] + px(STRIP_GAP_PT), key=lambda b: b.top)
        strips = strips[first:last]
    for box in strips:
        _paint_strip(painter, rect, box, style, labels, cell)
    painter.setPen(grid)
    for index in month_starts:
        x = x0 + index * cell
        painter.drawLine(QPointF(x, top + header), QPointF(x, bottom))


def _paint_strip(
    painter: QPainter, rect: QRectF, box: StripBox, style: ChartStyle, labels: float, cell: float
) -> None:
    """One pair's strip: its labels, the day cells, holidays and clock changes."""
    p = style.palette
    px = style.px
    strip, y, x0 = box.strip, box.top, box.x0
    days = len(strip.days)
    strip_h = px(max(STRIP_PT, style.row))
    lane = px(LANE_PT)
    client, _, vendor = strip.label.partition(" \u2194 ")
    line = style.metrics(SMALL, True).lineSpacing()
    middle = y + strip_h / 2
    draw_label(painter, style, rect, labels, middle - line * 0.6, client, SMALL, True)
    draw_label(painter, style, rect, labels, middle + line * 0.4, f"\u2194 {vendor}", SMALL, True)
    scale, ground, runs = strip_runs(strip, style)
    summary = (
        translate("Chart", "{least} \u2013 {most} a working day").format(
            least=format_duration(scale[0]), most=format_duration(scale[-1])
        )
        if scale
        else translate("Chart", "no overlap")
    )
    draw_label(painter, style, rect, labels, middle + line * 1.35, summary, TINY, color=p.muted)
    # The strip in its most common colour first, then the runs of every other colour: a
    # year of weekends and working weeks is a hundred rectangles, not three hundred.
    fill_runs(painter, x0, y, cell, strip_h, days, ground, runs)
    fill, rect_f = painter.fillRect, QRectF
    # Holidays in the lane under the strip: the client's on top, the vendor's below.
    if strip.holidays:
        first = strip.days[0].day
        mark_color = style.color(p.holiday_line)
        width, height = max(cell, px(1.6)), lane / 2 - px(1)
        client_top = y + strip_h + 0 + px(0.5)
        vendor_top = y + strip_h + lane / 2 + px(0.5)
        for mark in strip.holidays:
            lane_top = client_top if mark.team_id == strip.client_id else vendor_top
            fill(rect_f(x0 + (mark.day - first).days * cell, lane_top, width, height), mark_color)
    pen = dst_pen(style, 1.0)
    for mark in strip.dst:
        index = (mark.day - strip.days[0].day).days
        x = x0 + (index + 0.5) * cell
        painter.setPen(pen)
        painter.drawLine(QPointF(x, y), QPointF(x, y + strip_h))
        size = px(3)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.color(p.dst))
        painter.drawPolygon(
            QPolygonF([QPointF(x - size, y), QPointF(x + size, y), QPointF(x, y + size * 1.5)])
        )
        painter.setBrush(Qt.BrushStyle.NoBrush)
