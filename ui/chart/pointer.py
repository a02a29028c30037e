"""What the chart's pointer and keys show: local times under the pointer, and year steps."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter, QPen

from planner.chart.data import ChartData
from ui.chart.cache import same_key
from ui.chart.drawing import draw_text
from ui.chart.geometry import BlockBox, ChartLayout
from ui.chart.language import day_heading, format_duration, local_time_text, staffing_text
from ui.chart.style import ChartStyle
from ui.i18n import translate
from ui.i18n.domain import domain_text
from ui.i18n.language import active_language

HOVER_ROUNDING = 300


@dataclass(frozen=True, slots=True)
class PointerMarks:
    """What the hover line draws: the line from ``top`` to ``bottom`` at ``x``, and labels."""

    x: float
    top: float
    bottom: float
    labels: tuple[tuple[QRectF, str], ...]

    def bounds(self) -> QRectF:
        """Every pixel the marks touch, with a pixel to spare on each side."""
        area = QRectF(self.x - 1, self.top, 2, self.bottom - self.top)
        for rect, _ in self.labels:
            area = area.united(rect)
        return area.adjusted(-2, -2, 2, 2)


class MarksMemo:
    """The last :func:`pointer_marks` worked out, and what they were worked out for.

    A drag step repaints with new data and a new layout, the pointer where it was: the
    marks are the same while the block's rows (their teams and places), the instant, the
    style and the language are (each row's label is its team's zone's local time, and a
    drag keeps the teams and their zones).
    """

    __slots__ = ("key", "marks")

    def __init__(self) -> None:
        self.key: tuple[object, ...] = ()
        self.marks: PointerMarks | None = None


def pointer_marks(
    style: ChartStyle,
    layout: ChartLayout,
    data: ChartData,
    point: QPointF,
    clock24: bool,
    visible: tuple[float, float] | None = None,
    memo: MarksMemo | None = None,
) -> PointerMarks | None:
    """The hover line at ``point`` with each team row's local time (None: nothing to show).

    With ``visible`` (a top and bottom) only the rows that reach into it get a label; with
    ``memo``, the marks it keeps when they are for the same rows, instant and style.
    """
    if data.view == "year":
        return None
    x, y = point.x(), point.y()
    found = layout.instant_at(x, y)
    if found is None:
        return None
    box, moment = found
    moment = round_hover(moment)
    block = box.block
    key = (
        style,
        block.team_ids,
        box.rows,
        active_language(),
        clock24,
        x,
        moment,
        *(visible or (None, None)),
        box.top,
        box.bottom,
        box.x0,
        box.x1,
        block.start,
        block.end,
    )
    if memo is not None and same_key(key, memo.key) and memo.marks is not None:
        return memo.marks
    marks = _marks(style, box, x, moment, clock24, visible)
    if memo is not None:
        memo.key, memo.marks = key, marks
    return marks


def _marks(
    style: ChartStyle,
    box: BlockBox,
    x: float,
    moment: int,
    clock24: bool,
    visible: tuple[float, float] | None,
) -> PointerMarks:
    metrics = style.metrics(0.8, True)
    labels = []
    texts: dict[str, str] = {}
    rows = box.block.rows  # each made when read: only those on screen are
    shown = range(len(rows))
    if visible is not None:  # the team rows reaching into it, found by bisection
        first = bisect_left(box.rows, visible[0], key=lambda r: r.bottom)
        shown = range(
            first, min(bisect_right(box.rows, visible[1], key=lambda r: r.top), len(rows))
        )
    for index in shown:
        row_box = box.rows[index]
        row = rows[index]
        text = texts.get(row.zone)
        if text is None:
            text = texts[row.zone] = local_time_text(row.zone, moment, clock24)
        width = metrics.horizontalAdvance(text) + style.px(6)
        left = x + style.px(4) if x + width + style.px(4) < box.x1 else x - width - style.px(4)
        area = QRectF(left, row_box.top + style.px(2), width, metrics.height() + style.px(2))
        labels.append((area, text))
    return PointerMarks(x, box.top + style.px(style.header), box.bottom, tuple(labels))


def paint_pointer(painter: QPainter, style: ChartStyle, marks: PointerMarks) -> None:
    """The hover line with each row's local time (from :func:`pointer_marks`)."""
    pen = QPen(style.color(style.palette.text, 170))
    pen.setWidthF(1.0)
    painter.setPen(pen)
    painter.drawLine(QPointF(marks.x, marks.top), QPointF(marks.x, marks.bottom))
    plate = style.color(style.palette.background, 230)
    metrics = style.metrics(0.8, True)
    for area, text in marks.labels:
        painter.fillRect(area, plate)
        # Centred in its plate, drawn as static text (laid out once per style).
        left = area.left() + (area.width() - style.width(text, 0.8, True)) / 2
        baseline = area.top() + (area.height() - metrics.height()) / 2 + metrics.ascent()
        draw_text(painter, style, left, baseline, text, 0.8, True)


def hover_text(layout: ChartLayout, data: ChartData, point: QPointF, clock24: bool) -> str:
    """What the status bar says about the point under the pointer."""
    if data.view == "year":
        hit = layout.day_at(point.x(), point.y())
        if hit is None:
            return ""
        strip_box, index = hit
        strip = strip_box.strip
        entry = strip.days[index]
        parts = [day_heading(entry.day), f"{strip.label}: {format_duration(entry.minutes)}"]
        if not entry.client_works:
            parts.append(translate("Chart", "client not working"))
        parts.extend(
            domain_text(m.text) for m in (*strip.dst, *strip.holidays) if m.day == entry.day
        )
        return " \u00b7 ".join(parts)
    found = layout.instant_at(point.x(), point.y())
    if found is None:
        return ""
    box, exact = found
    moment = round_hover(exact)
    zone = data.zone
    texts: dict[str, str] = {}
    for each in (zone, *(row.zone for row in box.block.rows)):
        if each not in texts:
            texts[each] = local_time_text(each, moment, clock24)
    parts = [f"{texts[zone]} {zone}"]
    parts.extend(f"{row.name} {texts[row.zone]}" for row in box.block.rows)
    for row_box in box.rows if box.block.staffing else ():
        if row_box.role_id is not None and row_box.top <= point.y() < row_box.bottom:
            staffing = next(s for s in box.block.staffing if s.role_id == row_box.role_id)
            interval = staffing.interval_at(exact)
            if interval is not None:
                parts.append(f"{staffing.label}: {staffing_text(interval)}")
    return " \u00b7 ".join(parts)


def round_hover(moment: int) -> int:
    """A pixel spans about a minute: show the pointer's time to the nearest 5 minutes."""
    return (moment + HOVER_ROUNDING // 2) // HOVER_ROUNDING * HOVER_ROUNDING


def shift_year(day: date, years: int) -> date:
    """The same date ``years`` later (28 February for a 29 February that has none)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)
