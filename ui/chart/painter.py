"""The one chart painter: draws :class:`planner.chart.data.ChartData` on any QPainter.

The widget, the printer, PDF, PNG and SVG all call :func:`paint_chart`; it returns the
geometry it used (:class:`ChartLayout`, made by :func:`place_chart`) so the widget can
hit-test without recomputing it. A screen asks for the part it shows (``visible``): blocks,
rows and strips outside it are skipped, and the pixels inside are those of the whole chart.
Sizes come from :class:`ui.chart.style.ChartStyle` in device pixels: the painter is never
scaled, so fonts are right on a 1200 dpi printer and on a screen alike.

The painter draws in layers (``ui/chart/layers/``), in this order: for a day block its
header, the row backgrounds and the hour grid (``grid``), then each team row (labels,
holidays, tinted shifts, the overlap lane, local hours, shift labels, holiday names, clock
changes), the pairs' overlap rows (``overlaps``), each followed by its staffing rows
(``staffing``: agents scheduled against required per interval), the meeting bands across
their teams' rows (``meetings``), the block's clock changes and the current time
(``marks``); the year view (``year``) and the legend (``legend``) have their own. A new
layer is a module in ``layers/`` and a call here, where it belongs in that order.
"""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from planner.chart.blocks import Row
from planner.chart.data import ChartData
from ui.chart.drawing import draw_empty
from ui.chart.geometry import (
    BLOCK_GAP_PT,
    BlockBox,
    BlockParts,
    ChartLayout,
    EdgeBox,
    MarkBox,
    RowBox,
    block_height,
    label_width,
    measure_chart,
)
from ui.chart.layers.grid import (
    hour_step,
    paint_axis_grid,
    paint_block_header,
    paint_row_backgrounds,
    paint_row_labels,
    paint_row_ticks,
)
from ui.chart.layers.marks import (
    mark_boxes,
    paint_block_changes,
    paint_holiday_names,
    paint_holidays,
    paint_now,
    paint_row_changes,
)
from ui.chart.layers.meetings import meeting_boxes, paint_meetings
from ui.chart.layers.overlaps import paint_lanes, paint_overlap_row
from ui.chart.layers.shifts import paint_segments, paint_shift_labels, shift_edges
from ui.chart.layers.staffing import paint_staffing_row
from ui.chart.layers.year import paint_year, strip_boxes
from ui.chart.style import ChartStyle
from ui.i18n import translate


def row_bleed(style: ChartStyle) -> float:
    """How far (pixels) anything a row draws may reach beyond its box.

    A row's shapes lie inside it and each text has its baseline inside it, so a text
    reaches at most its font's height (and a plate's pixel) out; the largest text of a row
    is a team's name. What is drawn is the same whatever is left out: a row is skipped
    only when it lies this far from the part asked for, and a changed row's repaint
    reaches this far around it. Never more than a team row.
    """
    return min(style.px(style.row), style.metrics(1.05, True).height() + style.px(2))


def place_chart(
    rect: QRectF, data: ChartData, style: ChartStyle, previous: ChartLayout | None = None
) -> ChartLayout:
    """Where everything of the chart of ``data`` in ``rect`` goes, without drawing it.

    Blocks with their rows, year strips, shift edges, holidays and meeting bands: what
    hit-tests need, for the whole chart (a screen draws only the part it shows). The row
    places of a ``previous`` layout's block with the same rows at the same place are kept
    (a drag step's chart has the rows of the one before).
    """
    labels = label_width(data, style, rect.width())
    layout = ChartLayout(data.view, measure_chart(data, style), labels, parts_of=_block_parts)
    if data.view == "year":
        layout.strips = strip_boxes(rect, data, style, labels)
        return layout
    if not data.blocks or not data.blocks[0].rows:
        return layout
    px = style.px
    y = rect.top()
    x0, x1 = rect.left() + labels, rect.right() - px(4)
    before = previous.blocks if previous is not None and previous.view == data.view else []
    for index, block in enumerate(data.blocks):
        box = BlockBox(block, y, y + block_height(block, style), x0, x1, style)
        if index < len(before) and _same_rows(before[index], box):
            box._rows = before[index]._rows
        layout.blocks.append(box)
        y = box.bottom + px(BLOCK_GAP_PT)
    return layout


def _same_rows(old: BlockBox, new: BlockBox) -> bool:
    """The rows of ``old`` (placed) go where those of ``new`` go."""
    a, b = old.block, new.block
    return (
        old._rows is not None
        and old.style is new.style
        and (old.top, old.bottom) == (new.top, new.bottom)
        and a.team_ids is b.team_ids
        and a.pairs is b.pairs
        and [(s.pair, s.role_id) for s in a.staffing] == [(s.pair, s.role_id) for s in b.staffing]
    )


def _block_parts(box: BlockBox) -> BlockParts:
    """A block's shift edges, holidays and meeting bands, row by row."""
    edges: list[EdgeBox] = []
    marks: list[MarkBox] = []
    for row, row_box in zip(box.block.rows, box.rows, strict=False):
        marks.extend(mark_boxes(box, row, row_box))
        edges.extend(shift_edges(box, row, row_box))
    return BlockParts(edges, marks, meeting_boxes(box))


def changed_parts(
    old: ChartData,
    new: ChartData,
    layout: ChartLayout,
    style: ChartStyle,
    width: float,
    shown: tuple[float, float] | None = None,
) -> list[tuple[float, float]] | None:
    """The stretches of chart (top, bottom) that look different in ``new`` than in ``old``.

    ``layout`` is where ``old`` was placed in a chart ``width`` wide. None when anything
    moves (other rows, blocks, the label column, a year view): the whole chart changed. A
    changed row's stretch reaches the margin a row may draw beyond itself; changed meetings
    or current time take their whole block. With ``shown`` (top, bottom), only the rows
    reaching into that stretch are compared (a screen keeps only what it shows): the rows
    of a large organisation are not worked out to find the few a drag changed.
    """
    if old.view != new.view or old.view == "year" or len(old.blocks) != len(new.blocks):
        return None
    if old.teams != new.teams or old.pairs != new.pairs or not layout.blocks:
        return None
    if label_width(new, style, width) != layout.label_width:
        return None
    margin = row_bleed(style)
    parts: list[tuple[float, float]] = []
    for box, was, now in zip(layout.blocks, old.blocks, new.blocks, strict=True):
        if (
            (was.start, was.end, was.changes, was.axis_label)
            != (now.start, now.end, now.changes, now.axis_label)
            or was.team_ids != now.team_ids
            or was.pairs != now.pairs
            or [r.role_id for r in was.staffing] != [r.role_id for r in now.staffing]
        ):
            return None
        if shown is not None and not (
            box.top - margin < shown[1] and box.bottom + margin > shown[0]
        ):
            continue
        if was.meetings != now.meetings or was.now != now.now:
            parts.append((box.top, box.bottom))
            continue
        staffing = {r.role_id: r for r in was.staffing} if was.staffing != now.staffing else {}
        staffed = {r.role_id: r for r in now.staffing}
        teams = len(now.team_ids)
        rows = box.rows
        for index in _rows_in(box, shown, margin):
            row_box = rows[index]
            a: object
            b: object
            if index < teams:
                a, b = was.rows[index], now.rows[index]
            elif row_box.role_id is not None:
                if not staffing:
                    continue
                a, b = staffing[row_box.role_id], staffed[row_box.role_id]
            else:
                assert row_box.pair is not None
                a, b = was.overlap(row_box.pair), now.overlap(row_box.pair)
            if a is not b and a != b:
                parts.append((row_box.top - margin, row_box.bottom + margin))
    return parts


def paint_chart(
    painter: QPainter,
    rect: QRectF,
    data: ChartData,
    style: ChartStyle,
    visible: QRectF | None = None,
    layout: ChartLayout | None = None,
) -> ChartLayout:
    """Draw the chart of ``data`` into ``rect``; return where everything went.

    The chart takes the whole width of ``rect`` and :func:`measure_chart` of height from its
    top (``rect``'s height is not used for sizing; printing paginates with it).

    Args:
        painter: any device's painter.
        rect: where the chart goes.
        data: what it shows.
        style: colours and sizes for the device.
        visible: draw only what reaches into this part (a screen's scrolled view); the
            pixels inside it are those of the whole chart. None draws everything.
        layout: the :func:`place_chart` of the same arguments, when the caller keeps it.
    """
    if layout is None:
        layout = place_chart(rect, data, style)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    span = None if visible is None else (visible.top(), visible.bottom())
    if data.view == "year":
        paint_year(painter, rect, data, style, layout, span)
    elif not data.blocks or not data.blocks[0].rows:
        draw_empty(
            painter,
            rect,
            style,
            translate("Chart", "No teams in this plan yet: add a team to see the chart."),
        )
    else:
        margin = row_bleed(style)
        for box in layout.blocks:
            if span is None or (box.top - margin < span[1] and box.bottom + margin > span[0]):
                step = hour_step((box.x1 - box.x0) / box.block.hours, style)
                rows = _rows_in(box, span, margin)
                _paint_block(painter, rect, box, style, layout.label_width, step, rows, span)
    painter.restore()
    return layout


def _rows_in(box: BlockBox, span: tuple[float, float] | None, margin: float) -> range:
    """The indices of ``box.rows`` that reach within ``margin`` of ``span`` (all: None)."""
    if span is None:
        return range(len(box.rows))
    first = bisect_left(box.rows, span[0] - margin, key=lambda r: r.bottom)
    last = bisect_left(box.rows, span[1] + margin, key=lambda r: r.top)
    return range(first, last)


def _paint_block(
    painter: QPainter,
    rect: QRectF,
    box: BlockBox,
    style: ChartStyle,
    labels: float,
    step: int,
    rows: range,
    span: tuple[float, float] | None = None,
) -> None:
    """One day block, layer by layer: header, rows, overlap rows, clock changes, now.

    Only the rows numbered in ``rows`` are drawn, the header and the meeting bands only
    when they reach within a row's margin of ``span`` (None: all); the lines through the
    block always are.
    """
    block = box.block
    margin = row_bleed(style)
    header = box.top + style.px(style.header)
    if span is None or (box.top - margin < span[1] and header + margin > span[0]):
        paint_block_header(painter, rect, box, style, labels, step)
    # Row backgrounds, then the axis grid over them, then the content.
    paint_row_backgrounds(painter, rect, box, style, rows)
    bottom = box.rows[-1].bottom
    paint_axis_grid(painter, rect, box, style, bottom)
    teams = len(block.rows)
    for index in rows:
        if index >= teams:
            break
        _paint_row(painter, rect, box, block.rows[index], box.rows[index], style, labels, step)
    if rows.stop > teams:
        staffing = {s.role_id: s for s in block.staffing}
        for row_box in box.rows[max(rows.start, teams) : rows.stop]:
            if row_box.role_id is not None:
                paint_staffing_row(
                    painter, rect, box, staffing[row_box.role_id], row_box, style, labels
                )
            elif row_box.pair is not None:
                overlap = block.overlap(row_box.pair)  # only the overlap rows drawn are made
                paint_overlap_row(
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
    paint_meetings(
        painter, box, style, None if span is None else (span[0] - margin, span[1] + margin)
    )
    paint_block_changes(painter, rect, box, style, bottom)
    paint_now(painter, box, style, bottom)


def _paint_row(
    painter: QPainter,
    rect: QRectF,
    box: BlockBox,
    row: Row,
    row_box: RowBox,
    style: ChartStyle,
    labels: float,
    step: int,
) -> None:
    """One team row, layer by layer (a new layer goes in here, in the order it is drawn)."""
    paint_row_labels(painter, rect, row, row_box, style, labels)
    paint_holidays(painter, box, row, row_box, style)
    paint_segments(painter, box, row, row_box, style)
    paint_lanes(painter, box, row, row_box, style)
    paint_row_ticks(painter, box, row, row_box, style, step)
    paint_shift_labels(painter, box, row, row_box, style)
    paint_holiday_names(painter, box, row, row_box, style)
    paint_row_changes(painter, box, row, row_box, style)
