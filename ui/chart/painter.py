"""The one chart painter: draws :class:`planner.chart.data.ChartData` on any QPainter.

The widget, the printer, PDF, PNG and SVG all call :func:`paint_chart`; it returns the
geometry it used (:class:`ChartLayout`) so the widget can hit-test without recomputing it.
Sizes come from :class:`ui.chart.style.ChartStyle` in device pixels: the painter is never
scaled, so fonts are right on a 1200 dpi printer and on a screen alike.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF, QStaticText

from planner.chart.blocks import DayBlock, Row, ShiftSpan
from planner.chart.data import ChartData, View
from planner.chart.drag import Edge
from planner.chart.labels import format_duration, format_hour, format_minute, format_shift
from planner.chart.offsets import HourTick
from planner.chart.year import YearStrip
from planner.time.intervals import Instant
from ui.chart.style import ChartStyle, Palette

#: Heights in points, or as a share of a team row.
YEAR_HEADER_PT = 24.0
NOTE_PT = 14.0
BLOCK_GAP_PT = 8.0
OVERLAP_ROW = 0.72
STRIP_PT = 30.0
LANE_PT = 9.0
STRIP_GAP_PT = 7.0
SMALL = 0.82
TINY = 0.74
_STEPS = (1, 2, 3, 4, 6, 12)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(slots=True)
class RowBox:
    """Where a row was drawn: a team's (``team_id``) or a pair's overlap row (``pair``)."""

    top: float
    bottom: float
    bar_top: float
    bar_bottom: float
    team_id: str | None = None
    pair: tuple[str, str] | None = None


@dataclass(slots=True)
class EdgeBox:
    """A draggable shift edge: the shift, which edge, and where it was drawn."""

    span: ShiftSpan
    edge: Edge
    x: float
    top: float
    bottom: float


@dataclass(slots=True)
class BlockBox:
    """A day block's geometry; converts between x and instants."""

    block: DayBlock
    top: float
    bottom: float
    x0: float
    x1: float
    rows: list[RowBox] = field(default_factory=list)

    def x(self, moment: Instant) -> float:
        """The x of an instant (may lie outside ``[x0, x1]``)."""
        return self.x0 + (moment - self.block.start) * (self.x1 - self.x0) / (
            self.block.end - self.block.start
        )

    def instant(self, x: float) -> Instant:
        """The instant at ``x``, clamped to the block."""
        share = min(max((x - self.x0) / (self.x1 - self.x0), 0.0), 1.0)
        return self.block.start + round(share * (self.block.end - self.block.start))


@dataclass(slots=True)
class StripBox:
    """A year strip's geometry: one cell per day from ``x0`` to ``x1``."""

    strip: YearStrip
    top: float
    bottom: float
    x0: float
    x1: float

    def index_at(self, x: float) -> int | None:
        """The day index under ``x``, or None outside the strip."""
        if not self.x0 <= x < self.x1:
            return None
        count = len(self.strip.days)
        return min(count - 1, int((x - self.x0) * count / (self.x1 - self.x0)))


@dataclass(slots=True)
class ChartLayout:
    """Everything :func:`paint_chart` placed, for hit-testing."""

    view: View
    height: float
    label_width: float
    blocks: list[BlockBox] = field(default_factory=list)
    edges: list[EdgeBox] = field(default_factory=list)
    strips: list[StripBox] = field(default_factory=list)

    def block_at(self, y: float) -> BlockBox | None:
        """The day block spanning ``y``."""
        for box in self.blocks:
            if box.top <= y < box.bottom:
                return box
        return None

    def instant_at(self, x: float, y: float) -> tuple[BlockBox, Instant] | None:
        """The block and the instant under a point of the timeline area."""
        box = self.block_at(y)
        if box is None or not box.x0 <= x <= box.x1:
            return None
        return box, box.instant(x)

    def edge_at(self, x: float, y: float, tolerance: float) -> EdgeBox | None:
        """The shift edge nearest to a point, within ``tolerance`` pixels across."""
        best: EdgeBox | None = None
        for edge in self.edges:
            if edge.top <= y < edge.bottom:
                distance = abs(edge.x - x)
                if distance <= tolerance and (best is None or distance < abs(best.x - x)):
                    best = edge
        return best

    def day_at(self, x: float, y: float) -> tuple[StripBox, int] | None:
        """The year strip and day index under a point."""
        for strip in self.strips:
            if strip.top <= y < strip.bottom:
                index = strip.index_at(x)
                if index is not None:
                    return strip, index
        return None


# --- measuring ---------------------------------------------------------------------------------


def block_height(block: DayBlock, style: ChartStyle) -> float:
    """A day block's height in device pixels."""
    points = style.header + style.row * (len(block.rows) + OVERLAP_ROW * len(block.overlaps))
    if block.changes:
        points += NOTE_PT
    return style.px(points)


def strip_height(style: ChartStyle) -> float:
    """A year strip's height (cells and marker lane) in device pixels."""
    return style.px(max(STRIP_PT, style.row) + LANE_PT)


def strip_label_width(data: ChartData, style: ChartStyle) -> float:
    """The width the year strips' labels ask for (client and vendor names)."""
    names = [style.width(f"\u2194 {t.name}", SMALL, True) for t in data.teams]
    return max(names, default=0.0)


def measure_chart(data: ChartData, style: ChartStyle) -> float:
    """The height :func:`paint_chart` needs for ``data`` in device pixels."""
    if data.view == "year":
        if not data.strips:
            return style.px(YEAR_HEADER_PT + STRIP_PT)
        return style.px(YEAR_HEADER_PT) + len(data.strips) * (
            strip_height(style) + style.px(STRIP_GAP_PT)
        )
    if not data.blocks or not data.blocks[0].rows:
        return style.px(style.header + STRIP_PT)
    gaps = style.px(BLOCK_GAP_PT) * (len(data.blocks) - 1)
    return sum(block_height(b, style) for b in data.blocks) + gaps


def label_width(data: ChartData, style: ChartStyle, width: float) -> float:
    """The width of the label column: the longest label, within 90 pt and 30% of the chart."""
    names = [style.width(t.name, 1.0, True) for t in data.teams]
    zones = [style.width(f"{t.zone}  {t.offset_label}", SMALL) for t in data.teams]
    if data.view == "year":
        names = [strip_label_width(data, style)]
        zones = []
    wanted = max([*names, *zones, style.px(90)]) + style.px(12)
    return min(wanted, max(style.px(90), width * 0.3))


# --- painting ------------------------------------------------------------------------------------


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
        _paint_year(painter, rect, data, style, layout)
    elif not data.blocks or not data.blocks[0].rows:
        _empty(painter, rect, style, "No teams in this plan yet: add a team to see the chart.")
    else:
        y = rect.top()
        for block in data.blocks:
            box = _paint_block(painter, rect, y, block, style, labels, layout)
            layout.blocks.append(box)
            y = box.bottom + style.px(BLOCK_GAP_PT)
    painter.restore()
    return layout


def _empty(painter: QPainter, rect: QRectF, style: ChartStyle, text: str) -> None:
    painter.setFont(style.font())
    painter.setPen(style.color(style.palette.muted))
    painter.drawText(
        QPointF(rect.left() + style.px(6), rect.top() + style.px(STRIP_PT) / 2 + style.px(4)), text
    )


def _text(
    painter: QPainter,
    style: ChartStyle,
    x: float,
    baseline: float,
    text: str,
    scale: float = 1.0,
    bold: bool = False,
    color: str | None = None,
    max_width: float | None = None,
) -> float:
    """Draw one line of text from ``x``; elide it to ``max_width``; return its width."""
    painter.setFont(style.font(scale, bold))
    painter.setPen(style.color(color or style.palette.text))
    width = style.width(text, scale, bold)
    if max_width is not None and width > max_width:
        text = style.metrics(scale, bold).elidedText(text, Qt.TextElideMode.ElideRight, max_width)
        width = style.width(text, scale, bold)
    painter.drawText(QPointF(x, baseline), text)
    return width


def _label_text(
    painter: QPainter,
    style: ChartStyle,
    rect: QRectF,
    labels: float,
    baseline: float,
    text: str,
    scale: float = 1.0,
    bold: bool = False,
    color: str | None = None,
) -> float:
    """Draw a line of text in the label column (``labels`` wide, at the left of ``rect``).

    It stands 4 pt in from either side and is elided to fit; returns its width.
    """
    px = style.px
    return _text(
        painter, style, rect.left() + px(4), baseline, text, scale, bold, color, labels - px(8)
    )


def _hour_step(pixels_per_hour: float, style: ChartStyle) -> int:
    label = style.width("12a" if not style.clock24 else "00", TINY) + style.px(5)
    return next((s for s in _STEPS if s * pixels_per_hour >= label), 24)


def _paint_ticks(
    painter: QPainter,
    box: BlockBox,
    ticks: Sequence[HourTick],
    style: ChartStyle,
    baseline: float,
    step: int,
    color: str,
    scale: float,
) -> None:
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


def _static_text(
    painter: QPainter,
    style: ChartStyle,
    x: float,
    baseline: float,
    text: str,
    scale: float,
    color: str,
) -> None:
    """A short label (a shift's times, a duration) at a baseline, as static text."""
    painter.setFont(style.font(scale))
    painter.setPen(style.color(color))
    painter.drawStaticText(
        QPointF(x, baseline - style.metrics(scale).ascent()), style.static(text, scale)
    )


def _paint_block(
    painter: QPainter,
    rect: QRectF,
    top: float,
    block: DayBlock,
    style: ChartStyle,
    labels: float,
    layout: ChartLayout,
) -> BlockBox:
    p: Palette = style.palette
    px = style.px
    x0 = rect.left() + labels
    x1 = rect.right() - px(4)
    box = BlockBox(block, top, top + block_height(block, style), x0, x1)
    step = _hour_step((x1 - x0) / block.hours, style)
    header = px(style.header)
    row_h = px(style.row)

    # Header: the date and the reference zone's hours (the shared axis).
    painter.fillRect(QRectF(rect.left(), top, rect.width(), header), style.color(p.header))
    _label_text(
        painter, style, rect, labels, top + header * 0.45, f"{block.day:%a %d %b %Y}", 1.05, True
    )
    _label_text(
        painter, style, rect, labels, top + header * 0.86, block.axis_label, SMALL, color=p.muted
    )
    _paint_ticks(painter, box, block.axis, style, top + header * 0.86, step, p.text, SMALL)
    if block.changes:
        _text(
            painter,
            style,
            x0 + px(2),
            top + header * 0.42,
            "\u26a0 Clocks change today (see below)",
            SMALL,
            True,
            p.dst,
            x1 - x0 - px(4),
        )

    # Row backgrounds, then the axis grid over them, then the content.
    y = top + header
    boxes: list[RowBox] = []
    for index, row in enumerate(block.rows):
        bar_top = y + row_h * 0.40
        bar_bottom = y + row_h * 0.80
        boxes.append(RowBox(y, y + row_h, bar_top, bar_bottom, team_id=row.team_id))
        if index % 2:
            painter.fillRect(QRectF(rect.left(), y, rect.width(), row_h), style.color(p.row_alt))
        for a, b in row.nights:
            painter.fillRect(
                QRectF(box.x(a), y, box.x(b) - box.x(a), row_h), style.color(p.night_bg)
            )
        y += row_h
    for overlap in block.overlaps:
        height = row_h * OVERLAP_ROW
        boxes.append(
            RowBox(
                y,
                y + height,
                y + height * 0.22,
                y + height * 0.78,
                pair=(overlap.client_id, overlap.vendor_id),
            )
        )
        y += height
    box.rows = boxes
    grid = QPen(style.color(p.grid))
    grid.setWidthF(max(1.0, px(0.5)))
    painter.setPen(grid)
    for tick in block.axis:
        x = box.x(tick.instant)
        painter.drawLine(QPointF(x, top + header), QPointF(x, y))
    painter.drawLine(QPointF(rect.left(), top + header), QPointF(rect.right(), top + header))

    for row, row_box in zip(block.rows, boxes, strict=False):
        _paint_row(painter, rect, box, row, row_box, style, labels, step, layout)
    for overlap, row_box in zip(block.overlaps, boxes[len(block.rows) :], strict=True):
        _paint_overlap_row(
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

    # Clock changes: a dashed line where they happen and a note under the rows.
    if block.changes:
        pen = QPen(style.color(p.dst))
        pen.setWidthF(max(1.0, px(0.9)))
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        for change in block.changes:
            x = box.x(change.instant)
            painter.drawLine(QPointF(x, top + header), QPointF(x, y))
        note = "Clock changes: " + "; ".join(
            f"{c.text} at {_axis_time(block, c.instant, style)}" for c in block.changes
        )
        _text(
            painter,
            style,
            rect.left() + px(4),
            y + px(NOTE_PT) * 0.72,
            note,
            SMALL,
            True,
            p.dst,
            rect.width() - px(8),
        )
    if block.now is not None:
        pen = QPen(style.color(p.now))
        pen.setWidthF(max(1.5, px(1.4)))
        painter.setPen(pen)
        x = box.x(block.now)
        painter.drawLine(QPointF(x, top + header * 0.55), QPointF(x, y))
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
    return box


def _axis_time(block: DayBlock, moment: Instant, style: ChartStyle) -> str:
    index = bisect_right([t.instant for t in block.axis], moment) - 1
    if index < 0:
        return ""
    tick = block.axis[index]
    minutes = tick.hour * 60 + (moment - tick.instant) // 60
    return format_minute(minutes, style.clock24)


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
    p = style.palette
    px = style.px
    top, height = row_box.top, row_box.bottom - row_box.top
    bar_top, bar_h = row_box.bar_top, row_box.bar_bottom - row_box.bar_top
    lane_top = row_box.bar_bottom + height * 0.03
    lane_h = height * 0.13

    compact = style.row < 24
    _label_text(
        painter, style, rect, labels, top + height * 0.46, row.name, 0.9 if compact else 1.0, True
    )
    _label_text(
        painter,
        style,
        rect,
        labels,
        top + height * 0.86,
        f"{row.zone}  {row.offset_label}",
        TINY if compact else SMALL,
        color=p.muted,
    )

    for mark in row.marks:
        a, b = box.x(mark.start), box.x(mark.end)
        area = QRectF(a, bar_top, b - a, bar_h)
        painter.fillRect(area, style.color(p.holiday, 150))
        brush = QBrush(style.color(p.holiday_line), Qt.BrushStyle.BDiagPattern)
        if style.unit > 3:
            brush.setTransform(brush.transform().scale(style.unit / 2, style.unit / 2))
        painter.fillRect(area, brush)

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

    for a, b in row.overlap:
        painter.fillRect(
            QRectF(box.x(a), lane_top, box.x(b) - box.x(a), lane_h), style.color(p.overlap)
        )
    for a, b in row.gaps:
        painter.fillRect(
            QRectF(box.x(a), lane_top, box.x(b) - box.x(a), lane_h), style.color(p.gap)
        )

    _paint_ticks(painter, box, row.ticks, style, top + height * 0.33, step, p.muted, TINY)

    # Labels on the bars and the draggable edges.
    small = style.metrics(TINY)
    for span in row.shifts:
        a = max(box.x(span.start), box.x0)
        b = min(box.x(span.end), box.x1)
        text = format_shift(span.shift, style.clock24)
        if b - a >= style.width(text, TINY) + px(6):
            _static_text(
                painter,
                style,
                a + px(3),
                bar_top + (bar_h + small.capHeight()) / 2,
                text,
                TINY,
                p.on_bar,
            )
        for edge, moment in (("start", span.start), ("end", span.end)):
            if box.block.start <= moment <= box.block.end:
                layout.edges.append(EdgeBox(span, edge, box.x(moment), top, top + height))  # type: ignore[arg-type]
    for mark in row.marks:
        a, b = max(box.x(mark.start), box.x0), min(box.x(mark.end), box.x1)
        covered = any(box.x(s.start) < b and box.x(s.end) > a for s in row.segments)
        if not covered and b - a > px(12):
            # A plate under the name keeps it readable over the hatching in both themes.
            metrics = style.metrics(TINY, True)
            shown = metrics.elidedText(mark.reason, Qt.TextElideMode.ElideRight, b - a - px(10))
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
            _text(painter, style, a + px(4), baseline, shown, TINY, True, p.text)
    for change in row.changes:
        pen = QPen(style.color(p.dst))
        pen.setWidthF(max(1.0, px(0.9)))
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        x = box.x(change.instant)
        painter.drawLine(QPointF(x, top), QPointF(x, top + height))


def _paint_overlap_row(
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
    p = style.palette
    px = style.px
    top, height = row_box.top, row_box.bottom - row_box.top
    title = f"Overlap {format_duration(minutes)}"
    title_color = p.overlap if p.name == "dark" else p.text
    if style.row < 24:
        width = _label_text(
            painter, style, rect, labels, top + height * 0.7, title, TINY, True, title_color
        )
        _text(
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
        _label_text(
            painter, style, rect, labels, top + height * 0.45, title, SMALL, True, title_color
        )
        _label_text(painter, style, rect, labels, top + height * 0.88, label, TINY, color=p.muted)
    bar_top, bar_h = row_box.bar_top, row_box.bar_bottom - row_box.bar_top
    small = style.metrics(TINY)
    for a, b in windows:
        xa, xb = box.x(a), box.x(b)
        painter.fillRect(QRectF(xa, bar_top, xb - xa, bar_h), style.color(p.overlap))
        text = format_duration((b - a) // 60)
        if xb - xa >= style.width(text, TINY) + px(6):
            _static_text(
                painter,
                style,
                xa + px(3),
                bar_top + (bar_h + small.capHeight()) / 2,
                text,
                TINY,
                "#FFFFFF",
            )
    if not windows:
        _text(
            painter,
            style,
            box.x0 + px(4),
            bar_top + (bar_h + small.capHeight()) / 2,
            "no overlap",
            TINY,
            color=p.muted,
        )


# --- the year view --------------------------------------------------------------------------------


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


def _paint_year(
    painter: QPainter, rect: QRectF, data: ChartData, style: ChartStyle, layout: ChartLayout
) -> None:
    p = style.palette
    px = style.px
    labels = layout.label_width
    x0 = rect.left() + labels
    x1 = rect.right() - px(4)
    header = px(YEAR_HEADER_PT)
    top = rect.top()
    painter.fillRect(QRectF(rect.left(), top, rect.width(), header), style.color(p.header))
    _text(
        painter, style, rect.left() + px(4), top + header * 0.45, f"{data.first.year}", 1.05, True
    )
    _label_text(painter, style, rect, labels, top + header * 0.88, data.zone, SMALL, color=p.muted)
    if not data.strips:
        _empty(
            painter,
            QRectF(rect.left(), top + header, rect.width(), px(STRIP_PT)),
            style,
            "No client/vendor pair to show: add a client and a vendor team.",
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
        _text(painter, style, x + px(2), top + header * 0.88, _MONTHS[month], SMALL)
    y = top + header
    strip_h = px(max(STRIP_PT, style.row))
    lane = px(LANE_PT)
    for strip in data.strips:
        client, _, vendor = strip.label.partition(" \u2194 ")
        line = style.metrics(SMALL, True).lineSpacing()
        middle = y + strip_h / 2
        _label_text(painter, style, rect, labels, middle - line * 0.6, client, SMALL, True)
        _label_text(
            painter, style, rect, labels, middle + line * 0.4, f"\u2194 {vendor}", SMALL, True
        )
        scale = strip_scale(strip)
        summary = (
            f"{format_duration(scale[0])} \u2013 {format_duration(scale[-1])} a working day"
            if scale
            else "no overlap"
        )
        _label_text(
            painter, style, rect, labels, middle + line * 1.35, summary, TINY, color=p.muted
        )
        colors = [strip_color(strip, i, style, scale) for i in range(days)]
        run_start = 0
        for index in range(1, days + 1):
            if index == days or colors[index] != colors[run_start]:
                painter.fillRect(
                    QRectF(x0 + run_start * cell, y, (index - run_start) * cell + 0.5, strip_h),
                    colors[run_start],
                )
                run_start = index
        # Holidays in the lane under the strip: the client's on top, the vendor's below.
        for mark in strip.holidays:
            index = (mark.day - strip.days[0].day).days
            lane_top = y + strip_h + (0 if mark.team_id == strip.client_id else lane / 2)
            painter.fillRect(
                QRectF(x0 + index * cell, lane_top + px(0.5), max(cell, px(1.6)), lane / 2 - px(1)),
                style.color(p.holiday_line),
            )
        pen = QPen(style.color(p.dst))
        pen.setWidthF(max(1.0, px(1.0)))
        pen.setStyle(Qt.PenStyle.DashLine)
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
        layout.strips.append(StripBox(strip, y, y + strip_h + lane, x0, x1))
        y += strip_h + lane + px(STRIP_GAP_PT)
    painter.setPen(grid)
    for index in month_starts:
        x = x0 + index * cell
        painter.drawLine(QPointF(x, top + header), QPointF(x, bottom))


# --- the legend ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LegendItem:
    """A swatch and its label."""

    label: str
    color: str
    kind: str = "box"


def legend_items(view: View, style: ChartStyle) -> list[LegendItem]:
    """The legend of a view, in the palette of ``style``."""
    p = style.palette
    if view == "year":
        return [
            LegendItem("least overlap", p.scale_low),
            LegendItem("most overlap", p.scale_high),
            LegendItem("no overlap on a working day", p.none_day),
            LegendItem("client not working", p.off_day),
            LegendItem("holiday (client above, vendor below)", p.holiday_line),
            LegendItem("DST change", p.dst, "dash"),
        ]
    return [
        LegendItem("working", p.working),
        LegendItem("early/late (06-08, 19-22 local)", p.early_late),
        LegendItem("night (22-06 local)", p.night),
        LegendItem("overlap", p.overlap),
        LegendItem("holiday / day off", p.holiday, "hatch"),
        LegendItem("uncovered (role gap)", p.gap),
        LegendItem("DST change", p.dst, "dash"),
    ]


def legend_height(view: View, style: ChartStyle, width: float) -> float:
    """The height :func:`paint_legend` needs at ``width``."""
    return _legend_lines(view, style, width) * style.px(14)


def _legend_lines(view: View, style: ChartStyle, width: float) -> int:
    lines, x = 1, 0.0
    for item in legend_items(view, style):
        item_w = style.px(16) + style.width(item.label, SMALL) + style.px(12)
        if x and x + item_w > width:
            lines, x = lines + 1, 0.0
        x += item_w
    return lines


def paint_legend(painter: QPainter, rect: QRectF, view: View, style: ChartStyle) -> float:
    """Draw the legend of a view from the top of ``rect``, wrapping lines; return its height."""
    p = style.palette
    px = style.px
    painter.save()
    x, y = rect.left(), rect.top()
    line = px(14)
    for item in legend_items(view, style):
        item_w = px(16) + style.width(item.label, SMALL) + px(12)
        if x > rect.left() and x + item_w > rect.right():
            x, y = rect.left(), y + line
        swatch = QRectF(x, y + line * 0.22, px(12), line * 0.56)
        if item.kind == "dash":
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
                brush = QBrush(style.color(p.holiday_line), Qt.BrushStyle.BDiagPattern)
                if style.unit > 3:
                    brush.setTransform(brush.transform().scale(style.unit / 2, style.unit / 2))
                painter.fillRect(swatch, brush)
            pen = QPen(style.color(p.grid))
            pen.setWidthF(max(1.0, px(0.4)))
            painter.setPen(pen)
            painter.drawRect(swatch)
        _text(painter, style, x + px(16), y + line * 0.72, item.label, SMALL)
        x += item_w
    painter.restore()
    return y + line - rect.top()
