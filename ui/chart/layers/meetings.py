"""The meetings layer: each occurrence as a band across its teams' rows, and drag previews.

A band's state is told by its outline and pattern, not by hue alone (colour-blind safe):
``ok`` a solid outline over a light fill, ``conflict`` a thick outline over cross-hatching,
``skipped`` a dotted outline with no fill. The same :func:`draw_band` draws the legend's
swatches, so the legend always matches.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPen

from planner.chart.meetings import BandState, MeetingBand
from planner.time.intervals import Instant
from ui.chart.drawing import draw_text
from ui.chart.geometry import TINY, BlockBox, MeetingBox, RowBox
from ui.chart.style import BLUE, VERMILLION, ChartStyle

#: The band colours per palette: Okabe-Ito blue and vermilion, lighter on dark.
COLOURS = {
    "light": {"ok": BLUE, "conflict": VERMILLION, "skipped": "#5C5C5C"},
    "dark": {"ok": "#8FD0F8", "conflict": "#FF8A4C", "skipped": "#A6A6A6"},
}
OUTLINE_PT = {"ok": 1.2, "conflict": 2.2, "skipped": 1.2}


def band_colour(style: ChartStyle, state: BandState) -> str:
    """The colour of a band's outline (and fill) in the style's palette."""
    return COLOURS.get(style.palette.name, COLOURS["light"])[state]


def draw_band(
    painter: QPainter, rect: QRectF, state: BandState, style: ChartStyle, hatch: bool = True
) -> None:
    """One rectangle of a band (or a legend swatch) in the look of its state.

    A conflict band is cross-hatched on the rows of the teams not working (``hatch``).
    """
    colour = band_colour(style, state)
    if state == "ok" or (state == "conflict" and not hatch):
        painter.fillRect(rect, style.color(colour, 70))
    elif state == "conflict":
        painter.fillRect(rect, style.color(colour, 45))
        brush = QBrush(style.color(colour), Qt.BrushStyle.DiagCrossPattern)
        if style.unit > 3:
            brush.setTransform(brush.transform().scale(style.unit / 2, style.unit / 2))
        painter.fillRect(rect, brush)
    pen = QPen(style.color(colour))
    pen.setWidthF(max(1.0, style.px(OUTLINE_PT[state])))
    if state == "skipped":
        pen.setStyle(Qt.PenStyle.DotLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)


def band_rects(
    box: BlockBox, band: MeetingBand, rows: Sequence[RowBox], start: Instant, end: Instant
) -> list[tuple[QRectF, str]]:
    """The rectangles of a band from ``start`` to ``end`` on its teams' rows of a block."""
    left = box.x(max(start, box.block.start))
    right = box.x(min(end, box.block.end))
    if right <= left:
        return []
    result = []
    teams = box.block.team_ids[: len(rows)]  # a band lies on team rows, which come first
    for index, team_id in enumerate(teams):
        if team_id in band.teams:
            row = rows[index]
            pad = row.height * 0.06
            rect = QRectF(left, row.bar_top - pad, max(right - left, 2.0), row.bar_height + 2 * pad)
            result.append((rect, team_id))
    return result


def _paint_one(
    painter: QPainter, rects: list[tuple[QRectF, str]], band: MeetingBand, style: ChartStyle
) -> None:
    if not rects:
        return
    colour = band_colour(style, band.state)
    # A connector joins the band's rectangles across the rows between them.
    if len(rects) > 1:
        pen = QPen(style.color(colour))
        pen.setWidthF(max(1.0, style.px(1.0)))
        pen.setStyle(Qt.PenStyle.DotLine if band.state == "skipped" else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        x = rects[0][0].left() + style.px(2)
        painter.drawLine(QPointF(x, rects[0][0].bottom()), QPointF(x, rects[-1][0].top()))
    for rect, team_id in rects:
        draw_band(painter, rect, band.state, style, team_id in band.conflicts)
    first = rects[0][0]
    title = band.title + (" (skipped)" if band.state == "skipped" else "")
    metrics = style.metrics(TINY, True)
    width = min(style.width(title, TINY, True), style.px(150))
    height = metrics.height()
    plate = QRectF(first.left(), first.top() - height - style.px(0.5), width + style.px(4), height)
    painter.fillRect(plate, style.color(style.palette.background, 225))
    draw_text(
        painter,
        style,
        plate.left() + style.px(2),
        plate.top() + metrics.ascent(),
        title,
        TINY,
        True,
        colour,
        width,
    )


def meeting_boxes(box: BlockBox) -> list[MeetingBox]:
    """Where each meeting occurrence of a block goes (for hit-tests), in drawing order."""
    found = []
    for band in box.block.meetings:
        rects = band_rects(box, band, box.rows, band.start, band.end)
        if rects:
            found.append(
                MeetingBox(
                    band, box, [(r.left(), r.top(), r.right(), r.bottom()) for r, _ in rects]
                )
            )
    return found


def paint_meetings(
    painter: QPainter, box: BlockBox, style: ChartStyle, span: tuple[float, float] | None = None
) -> None:
    """Every meeting occurrence of a block as a band across its teams' rows.

    With ``span`` (a top and bottom), only the bands that reach into it.
    """
    rows = box.rows
    # Above its first rectangle a band has its title's plate; around each, half its outline.
    above = style.metrics(TINY, True).height() + style.px(0.5) + style.px(max(OUTLINE_PT.values()))
    below = style.px(max(OUTLINE_PT.values())) + 1
    for band in box.block.meetings:
        rects = band_rects(box, band, rows, band.start, band.end)
        if (
            span is not None
            and rects
            and (rects[0][0].top() - above >= span[1] or rects[-1][0].bottom() + below <= span[0])
        ):
            continue  # outside the part drawn
        _paint_one(painter, rects, band, style)


def paint_moving_band(
    painter: QPainter, box: BlockBox, band: MeetingBand, delta: int, style: ChartStyle
) -> None:
    """A band being dragged: its outline at the new time (``delta`` seconds later)."""
    rects = band_rects(box, band, box.rows, band.start + delta, band.end + delta)
    pen = QPen(style.color(style.palette.text))
    pen.setWidthF(max(1.0, style.px(1.5)))
    pen.setStyle(Qt.PenStyle.DashLine)
    for rect, _ in rects:
        painter.fillRect(rect, style.color(band_colour(style, "ok"), 110))
        painter.setPen(pen)
        painter.drawRect(rect)


def paint_selection(
    painter: QPainter,
    box: BlockBox,
    team_ids: Sequence[str],
    start: Instant,
    end: Instant,
    style: ChartStyle,
) -> None:
    """The stretch being dragged out for a new meeting, over the rows of its teams."""
    left, right = box.x(start), box.x(end)
    pen = QPen(style.color(band_colour(style, "ok")))
    pen.setWidthF(max(1.0, style.px(1.2)))
    pen.setStyle(Qt.PenStyle.DashLine)
    for row in box.rows:
        if row.team_id in team_ids:
            rect = QRectF(left, row.top + row.height * 0.1, right - left, row.height * 0.8)
            painter.fillRect(rect, style.color(band_colour(style, "ok"), 60))
            painter.setPen(pen)
            painter.drawRect(rect)
