"""Editing on the chart from the keyboard: what a drag does, by the drag's snap of 15 minutes.

- Shift+Left/Right on a team's hour: the start of the shift worked in that hour, 15 minutes
  earlier/later; Ctrl+Shift+Left/Right: its end.
- Shift+Left/Right on a meeting band (Tab reaches them): the meeting 15 minutes
  earlier/later.

The keys emit the signals a drag emits on release (``shiftEdited``, ``meetingMoved``), so
the window asks the same questions (every such weekday or that date; this occurrence or
the whole series) and makes the same single undo step. The keyboard focus stays on the
cell or follows the meeting moved; the window announces what changed.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from PySide6.QtCore import QCoreApplication, SignalInstance

from planner.chart.cells import cell_shift
from planner.chart.drag import SNAP_MINUTES, nudged_shift
from ui.chart.cell_text import ChartTexts

SNAP_SECONDS = SNAP_MINUTES * 60


class EditedChart(Protocol):
    """The signals a drag emits on release (``ui.chart.widget.ChartWidget``)."""

    shiftEdited: SignalInstance
    meetingMoved: SignalInstance


class EditFocus(Protocol):
    """What the keys need of the chart's keyboard focus (``ui.chart.keyboard.ChartKeys``)."""

    @property
    def widget(self) -> EditedChart:
        """The chart."""
        ...

    def focused(self) -> tuple[int, int, int | None] | None:
        """The focused (row, column, meeting index or None)."""
        ...

    def texts(self) -> ChartTexts:
        """The cells and meetings shown."""
        ...

    def follow_meeting(self, meeting: tuple[str, date] | None) -> None:
        """Keep the focus on a meeting (id, series date) while it is moved; None: stop."""
        ...

    def announce_text(self, text: str) -> None:
        """Have screen readers say a text."""
        ...


def edit_by_key(keys: EditFocus, later: bool, end_edge: bool) -> bool:
    """Move the focused shift edge or meeting one snap; False when nothing can move.

    Args:
        keys: the chart's keyboard focus.
        later: Right (later) or Left (earlier).
        end_edge: the shift's end (Ctrl held) instead of its start; meetings move whole.
    """
    found = keys.focused()
    texts = keys.texts()
    data = texts.data
    if found is None or data is None or texts.year:
        return False
    row, column, meeting = found
    widget = keys.widget
    step = 1 if later else -1
    if meeting is not None:
        band = texts.meetings[meeting][1]
        keys.follow_meeting((band.meeting_id, band.series_day))
        # The window asks, edits and redraws before emit returns: the chart then follows.
        widget.meetingMoved.emit(band.meeting_id, band.series_day, step * SNAP_SECONDS)
        keys.follow_meeting(None)
        return True
    span = cell_shift(data, row, texts.columns[column])
    if span is None:
        keys.announce_text(
            QCoreApplication.translate(
                "Chart", "{team} works no shift in this hour: nothing to move"
            ).format(team=texts.facts(row, column).team)
        )
        return True
    new = nudged_shift(span.shift, "end" if end_edge else "start", step)
    if new != span.shift:
        widget.shiftEdited.emit(span.team_id, span.weekday, span.shift, new, span.day)
    return True
