"""What the chart's pointer drags: a shift's edge, a meeting moved, a new one dragged out.

The states here are plain objects the widget keeps while a button is down; they turn
pointer positions into instants snapped to 15 minutes and into the teams under the drag.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from planner.chart.meetings import MeetingBand
from planner.plan.model import Plan
from planner.time.intervals import Instant
from ui.chart.geometry import BlockBox, ChartLayout, EdgeBox

SNAP_SECONDS = 15 * 60
#: Pixels the pointer must travel before a press becomes a drag.
DRAG_START_PIXELS = 4.0


def snap(box: BlockBox, moment: Instant) -> Instant:
    """An instant rounded to 15 minutes of the block's own wall clock (its midnight)."""
    return box.block.start + round((moment - box.block.start) / SNAP_SECONDS) * SNAP_SECONDS


class EdgeDrag:
    """An edge being dragged: the plan before, the shift as it was, and as it is now."""

    def __init__(self, edge: EdgeBox, box: BlockBox, plan: Plan) -> None:
        self.edge = edge
        self.box = box
        self.plan = plan
        self.original = edge.span.shift
        self.current = edge.span.shift


@dataclass(slots=True)
class MeetingDrag:
    """A meeting band being dragged to another time.

    Attributes:
        band: the occurrence dragged.
        box: the block it was grabbed in.
        press_x: where the button went down.
        delta: how far it has moved, in seconds (a multiple of 15 minutes).
    """

    band: MeetingBand
    box: BlockBox
    press_x: float
    delta: int = 0

    def move_to(self, x: float) -> bool:
        """Follow the pointer; True when the snapped time changed."""
        moved = self.box.instant(x) - self.box.instant(self.press_x)
        delta = round(moved / SNAP_SECONDS) * SNAP_SECONDS
        if delta == self.delta:
            return False
        self.delta = delta
        return True


@dataclass(slots=True)
class CreateDrag:
    """A stretch of time being dragged out over team rows for a new meeting.

    Attributes:
        box: the block the drag started in.
        anchor: the instant where it started (snapped).
        first_row: the index in ``box.rows`` of the row it started on.
        current: the instant under the pointer now (snapped).
        last_row: the row index under the pointer now.
        press: where the button went down (x, y).
        active: True once the pointer travelled far enough to count as a drag.
    """

    box: BlockBox
    anchor: Instant
    first_row: int
    press: tuple[float, float]
    current: Instant = 0
    last_row: int = 0
    active: bool = False
    teams: tuple[str, ...] = field(default=())

    def move_to(self, layout: ChartLayout, x: float, y: float) -> bool:
        """Follow the pointer; True when what the drag covers changed."""
        if not self.active:
            if (
                abs(x - self.press[0]) < DRAG_START_PIXELS
                and abs(y - self.press[1]) < DRAG_START_PIXELS
            ):
                return False
            self.active = True
        box = self.box
        current = snap(box, box.instant(x))
        rows = [i for i, r in enumerate(box.rows) if r.team_id is not None]
        last = self.last_row
        for index in rows:
            row = box.rows[index]
            if row.top <= y < row.bottom:
                last = index
        if y < box.rows[rows[0]].top:
            last = rows[0]
        elif y >= box.rows[rows[-1]].bottom:
            last = rows[-1]
        low, high = sorted((self.first_row, last))
        teams = tuple(r.team_id for r in box.rows[low : high + 1] if r.team_id is not None)
        changed = (current, teams) != (self.current, self.teams)
        self.current, self.last_row, self.teams = current, last, teams
        return changed

    @property
    def span(self) -> tuple[Instant, Instant]:
        """The dragged stretch, earlier instant first."""
        low, high = sorted((self.anchor, self.current))
        return low, high


def start_create(layout: ChartLayout, x: float, y: float) -> CreateDrag | None:
    """A create drag when the press is on a team row's timeline, else None."""
    found = layout.row_at(x, y)
    if found is None:
        return None
    box, row = found
    index = box.rows.index(row)
    anchor = snap(box, box.instant(x))
    return CreateDrag(box, anchor, index, (x, y), anchor, index, False, (row.team_id or "",))
