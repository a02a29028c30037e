"""Where the chart's parts go: heights and boxes of blocks, rows, edges, strips (for hit-tests)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import overload

from planner.chart.blocks import DayBlock, DayMark, ShiftSpan
from planner.chart.data import ChartData, View
from planner.chart.drag import Edge
from planner.chart.labels import zone_label
from planner.chart.meetings import MeetingBand
from planner.chart.offsets import offset_text
from planner.chart.year import YearStrip
from planner.time.intervals import Instant
from ui.chart.style import ChartStyle

#: Heights in points, or as a share of a team row.
YEAR_HEADER_PT = 24.0
NOTE_PT = 14.0
BLOCK_GAP_PT = 8.0
OVERLAP_ROW = 0.72
STAFFING_ROW = 1.5
STRIP_PT = 30.0
LANE_PT = 9.0
STRIP_GAP_PT = 7.0
SMALL = 0.82
TINY = 0.74


@dataclass(slots=True)
class RowBox:
    """Where a row was drawn: a team's, a pair's overlap row, or a role's staffing row.

    A team row has ``team_id``; an overlap row ``pair``; a staffing row ``role_id``.
    """

    top: float
    bottom: float
    bar_top: float
    bar_bottom: float
    team_id: str | None = None
    pair: tuple[str, str] | None = None
    role_id: str | None = None

    @property
    def height(self) -> float:
        """The row's height."""
        return self.bottom - self.top

    @property
    def bar_height(self) -> float:
        """The height of the row's bar (shifts, or a pair's overlap windows)."""
        return self.bar_bottom - self.bar_top


@dataclass(slots=True)
class EdgeBox:
    """A draggable shift edge: the shift, which edge, and where it was drawn."""

    span: ShiftSpan
    edge: Edge
    x: float
    top: float
    bottom: float


@dataclass(slots=True)
class MeetingBox:
    """Where a meeting band was drawn: one rectangle per participating row, in row order."""

    band: MeetingBand
    block: BlockBox
    rects: list[tuple[float, float, float, float]]  # (left, top, right, bottom)

    def contains(self, x: float, y: float) -> bool:
        """True when the point lies on one of the band's rectangles."""
        return any(a <= x <= c and b <= y <= d for a, b, c, d in self.rects)


@dataclass(slots=True)
class MarkBox:
    """Where a holiday or day off was drawn on a team's row (for its tooltip)."""

    mark: DayMark
    team_id: str
    left: float
    top: float
    right: float
    bottom: float


@dataclass(slots=True)
class BlockParts:
    """What a block's rows hold for hit-tests: shift edges, holidays, meeting bands."""

    edges: list[EdgeBox]
    marks: list[MarkBox]
    meetings: list[MeetingBox]


@dataclass(slots=True)
class BlockBox:
    """A day block's geometry; converts between x and instants.

    Its rows are placed when first asked for (with ``style``): a block nobody draws or
    points at never is.
    """

    block: DayBlock
    top: float
    bottom: float
    x0: float
    x1: float
    style: ChartStyle | None = field(default=None, repr=False, compare=False)
    _rows: Sequence[RowBox] | None = field(default=None, repr=False, compare=False)

    @property
    def rows(self) -> Sequence[RowBox]:
        """Where each team row, then each overlap and staffing row goes."""
        if self._rows is None:
            style = self.style
            self._rows = (
                []
                if style is None
                else row_boxes(self.block, style, self.top + style.px(style.header))
            )
        return self._rows

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
    """A year strip's geometry: one cell per day from ``x0`` to ``x1``.

    The strip is ``strips[index]``, read when it is needed: placing a year of a large
    organisation makes none of its strips (``planner.chart.year.YearStrips``).
    """

    strips: Sequence[YearStrip]
    index: int
    top: float
    bottom: float
    x0: float
    x1: float

    @property
    def strip(self) -> YearStrip:
        """The pair's strip."""
        return self.strips[self.index]

    def index_at(self, x: float) -> int | None:
        """The day index under ``x``, or None outside the strip."""
        if not self.x0 <= x < self.x1:
            return None
        count = len(self.strip.days)
        return min(count - 1, int((x - self.x0) * count / (self.x1 - self.x0)))


class StripPlaces(Sequence[StripBox]):
    """Where each year strip goes, each :class:`StripBox` made when it is first read.

    A year of a large organisation has thousands of strips and a screen shows a dozen:
    the tops are worked out for all (as the strips are stacked), the boxes only for those
    drawn, hit or focused; a box read twice is the same object.
    """

    def __init__(
        self,
        strips: Sequence[YearStrip],
        tops: list[float],
        height: tuple[float, float],
        x0: float,
        x1: float,
    ) -> None:
        """``tops``: each strip's top; ``height``: a strip's cells and marker lane."""
        self._strips, self._tops, self._height = strips, tops, height
        self._x0, self._x1 = x0, x1
        self._made: dict[int, StripBox] = {}

    def __len__(self) -> int:
        return len(self._tops)

    @overload
    def __getitem__(self, index: int) -> StripBox: ...
    @overload
    def __getitem__(self, index: slice) -> list[StripBox]: ...
    def __getitem__(self, index: int | slice) -> StripBox | list[StripBox]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self._tops)
        if not 0 <= index < len(self._tops):
            raise IndexError(index)
        found = self._made.get(index)
        if found is None:
            y = self._tops[index]
            cells, lane = self._height
            found = StripBox(self._strips, index, y, y + cells + lane, self._x0, self._x1)
            self._made[index] = found
        return found

    def index_at(self, y: float) -> int | None:
        """The index of the strip spanning ``y`` (None: between or outside the strips)."""
        index = bisect_right(self._tops, y) - 1
        if index < 0 or y >= self[index].bottom:
            return None
        return index


@dataclass(slots=True)
class ChartLayout:
    """Everything :func:`ui.chart.painter.place_chart` placed, for hit-testing.

    A block's edges, holidays and meeting bands are worked out (``parts_of``) when a point
    in it is tested or they are read, once.
    """

    view: View
    height: float
    label_width: float
    blocks: list[BlockBox] = field(default_factory=list)
    strips: Sequence[StripBox] = field(default_factory=list)
    parts_of: Callable[[BlockBox], BlockParts] | None = field(default=None, repr=False)
    _parts: dict[int, BlockParts] = field(default_factory=dict, repr=False)

    def parts(self, box: BlockBox) -> BlockParts:
        """The edges, holidays and meeting bands of one of the layout's blocks."""
        found = self._parts.get(id(box))
        if found is None:
            found = BlockParts([], [], []) if self.parts_of is None else self.parts_of(box)
            self._parts[id(box)] = found
        return found

    @property
    def edges(self) -> list[EdgeBox]:
        """Every draggable shift edge, block by block."""
        return [edge for box in self.blocks for edge in self.parts(box).edges]

    @property
    def marks(self) -> list[MarkBox]:
        """Every holiday and day off drawn, block by block."""
        return [mark for box in self.blocks for mark in self.parts(box).marks]

    @property
    def meetings(self) -> list[MeetingBox]:
        """Every meeting band, in drawing order."""
        return [found for box in self.blocks for found in self.parts(box).meetings]

    def meeting_at(self, x: float, y: float) -> MeetingBox | None:
        """The meeting band under a point (the last drawn, on top, first)."""
        box = self.block_at(y)
        for found in reversed(self.parts(box).meetings if box is not None else []):
            if found.contains(x, y):
                return found
        return None

    def mark_at(self, x: float, y: float) -> MarkBox | None:
        """The holiday or day off under a point."""
        box = self.block_at(y)
        for found in self.parts(box).marks if box is not None else []:
            if found.left <= x <= found.right and found.top <= y <= found.bottom:
                return found
        return None

    def row_at(self, x: float, y: float) -> tuple[BlockBox, RowBox] | None:
        """The block and the team row under a point of the timeline area."""
        box = self.block_at(y)
        if box is None or not box.x0 <= x <= box.x1:
            return None
        rows = box.rows  # stacked without gaps: the one from the last top above y
        index = bisect_right(rows, y, key=lambda r: r.top) - 1
        if index >= 0:
            row = rows[index]
            if row.team_id is not None and row.top <= y < row.bottom:
                return box, row
        return None

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
        box = self.block_at(y)
        for edge in self.parts(box).edges if box is not None else []:
            if edge.top <= y < edge.bottom:
                distance = abs(edge.x - x)
                if distance <= tolerance and (best is None or distance < abs(best.x - x)):
                    best = edge
        return best

    def day_at(self, x: float, y: float) -> tuple[StripBox, int] | None:
        """The year strip and day index under a point."""
        strips = self.strips
        if isinstance(strips, StripPlaces):
            found = strips.index_at(y)
            candidates: Sequence[StripBox] = () if found is None else (strips[found],)
        else:
            candidates = strips
        for strip in candidates:
            if strip.top <= y < strip.bottom:
                index = strip.index_at(x)
                if index is not None:
                    return strip, index
        return None


def block_lines(block: DayBlock) -> float:
    """A day block's rows counted in team rows (overlap and staffing rows are other heights)."""
    return len(block.rows) + OVERLAP_ROW * len(block.overlaps) + STAFFING_ROW * len(block.staffing)


def block_height(block: DayBlock, style: ChartStyle) -> float:
    """A day block's height in device pixels."""
    points = style.header + style.row * block_lines(block)
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


_LABELS: list[tuple[tuple[object, ...], float]] = []
"""The label columns measured last: (teams, style, width, first block's start and end)."""


def label_width(data: ChartData, style: ChartStyle, width: float) -> float:
    """The width of the label column: the longest label, within 90 pt and 30% of the chart.

    The day and week views' are kept for the teams (the same object: a drag step's chart
    keeps its labels) and the style, width and dates they were measured for.
    """
    if data.view == "year" or not data.blocks:
        return _label_width(data, style, width)
    first = data.blocks[0]
    key = (data.teams, style, width, first.start, first.end)
    for known, found in _LABELS:
        if known[0] is key[0] and known[1] is style and known[2:] == key[2:]:
            return found
    found = _label_width(data, style, width)
    _LABELS.insert(0, (key, found))
    del _LABELS[4:]
    return found


def _label_width(data: ChartData, style: ChartStyle, width: float) -> float:
    names = [style.width(t.name, 1.0, True) for t in data.teams]
    zones = [style.width(f"{t.zone}  {t.offset_label}", SMALL) for t in data.teams]
    if data.blocks:  # the rows' labels in the first block, without working its rows out
        first = data.blocks[0]
        zones += [
            style.width(
                zone_label(t.zone, t.city, offset_text(t.zone, first.start, first.end)), SMALL
            )
            for t in data.teams
            if t.city
        ]
    if data.view == "year":
        names = [strip_label_width(data, style)]
        zones = []
    wanted = max([*names, *zones, style.px(90)]) + style.px(12)
    return min(wanted, max(style.px(90), width * 0.3))


class RowPlaces(Sequence[RowBox]):
    """Where each row of a day block goes, each :class:`RowBox` made when it is first read.

    A block of a large organisation has thousands of rows (a team's, then each pair's
    overlap row with its staffing rows) and a screen shows a few dozen: the tops are
    worked out for all (as the rows are stacked), the boxes only for those drawn, hit or
    focused; a box read twice is the same object.
    """

    def __init__(self, places: list[tuple[float, int, object]], row_h: float) -> None:
        """``places``: each row's top, kind (team, pair, role) and id; ``row_h``: a team row's."""
        self._places, self._row_h = places, row_h
        self._made: dict[int, RowBox] = {}

    def __len__(self) -> int:
        return len(self._places)

    @overload
    def __getitem__(self, index: int) -> RowBox: ...
    @overload
    def __getitem__(self, index: slice) -> list[RowBox]: ...
    def __getitem__(self, index: int | slice) -> RowBox | list[RowBox]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self._places)
        if not 0 <= index < len(self._places):
            raise IndexError(index)
        found = self._made.get(index)
        if found is None:
            found = self._made[index] = self._box(*self._places[index])
        return found

    def _box(self, y: float, kind: int, ident: object) -> RowBox:
        row_h = self._row_h
        if kind == _TEAM:
            assert isinstance(ident, str)
            return RowBox(y, y + row_h, y + row_h * 0.40, y + row_h * 0.80, team_id=ident)
        if kind == _PAIR:
            height = row_h * OVERLAP_ROW
            pair: tuple[str, str] = ident  # type: ignore[assignment]
            return RowBox(y, y + height, y + height * 0.22, y + height * 0.78, pair=pair)
        assert isinstance(ident, str)
        height = row_h * STAFFING_ROW
        return RowBox(y, y + height, y + height * 0.16, y + height * 0.88, role_id=ident)


_TEAM, _PAIR, _ROLE = 0, 1, 2


def row_boxes(block: DayBlock, style: ChartStyle, top: float) -> RowPlaces:
    """Where each team row and then each overlap row of a block goes, from ``top`` down.

    A pair's staffing rows follow its overlap row. The boxes are made as they are read.
    """
    row_h = style.px(style.row)
    y = top
    places: list[tuple[float, int, object]] = []
    for team_id in block.team_ids:  # the rows themselves are worked out as they are drawn
        places.append((y, _TEAM, team_id))
        y += row_h
    by_pair: dict[tuple[str, str], list[str]] = {}
    for staffing in block.staffing:  # each pair's roles, in the block's order
        by_pair.setdefault(staffing.pair, []).append(staffing.role_id)
    overlap_h, staffing_h = row_h * OVERLAP_ROW, row_h * STAFFING_ROW
    for pair in block.pairs:
        places.append((y, _PAIR, pair))
        y += overlap_h
        for role_id in by_pair.get(pair, ()):
            places.append((y, _ROLE, role_id))
            y += staffing_h
    return RowPlaces(places, row_h)
