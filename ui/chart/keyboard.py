"""The chart from the keyboard alone: a focused cell (team x hour) or meeting, drawn and announced.

Keys in the day and week views:

- Up/Down: the previous/next team; Left/Right: the previous/next hour (past the first or
  last hour shown, the previous or next day or week, continuing at its last or first hour);
  Ctrl+Left/Right: the previous/next day or week as before.
- Tab/Shift+Tab: the next/previous meeting band; past the last (first) one, Tab leaves the chart.
- Enter: edit the focused team's weekly hours or the focused meeting (the editors the
  mouse opens); Menu or Shift+F10: the context menu of the focused cell or meeting.
- Shift+Left/Right, Ctrl+Shift+Left/Right: move a shift's start or end, or a meeting
  (``ui.chart.key_edits``).

In the year view a cell is a client/vendor pair on one day: Up/Down move between pairs,
Left/Right between days (into the previous or next year at the ends), Enter opens the day.

The focus is a drawn frame over the cell or band while the chart has the keyboard focus;
a move repaints only the old and new frames. Every move is announced to screen readers
(``QAccessibleEvent`` Focus and ValueChanged on the child of ``ui.chart.accessible``).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Protocol

from PySide6.QtCore import QObject, QPoint, QPointF, QRect, QRectF, Qt, SignalInstance
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleTableModelChangeEvent,
    QAccessibleValueChangeEvent,
    QKeyEvent,
    QPainter,
    QPen,
    QRegion,
)
from PySide6.QtWidgets import QMenu

from planner.chart.data import ChartData
from ui.chart.cell_text import ChartTexts
from ui.chart.geometry import ChartLayout
from ui.chart.state import ChartState
from ui.chart.style import ChartStyle

_FRAME = 2.0
"""The focus frame's pen width in pixels (a contrasting inner line follows it)."""

_NARROWEST = 10.0
"""The focus frame is at least this wide (pixels), centred on a narrower cell."""


class KeyedChart(Protocol):
    """What the keyboard needs of the chart widget (``ui.chart.widget.ChartWidget``)."""

    full_repaint: bool
    dateChanged: SignalInstance
    meetingEditRequested: SignalInstance
    teamEditRequested: SignalInstance
    shiftEdited: SignalInstance
    meetingMoved: SignalInstance

    def chart(self) -> ChartData | None:
        """The data drawn."""
        ...

    def state(self) -> ChartState:
        """What the chart shows."""
        ...

    def chart_layout(self) -> ChartLayout | None:
        """Where everything is."""
        ...

    def chart_region(self) -> QRegion:
        """What a change of the whole chart repaints."""
        ...

    def context_menu_at(self, point: QPointF) -> QMenu | None:
        """The menu a right click at a widget point opens."""
        ...

    def ensure_visible(self, top: float, bottom: float) -> None:
        """Scroll chart rows into view."""
        ...

    def legend_strip(self) -> float:
        """The legend's height at the bottom."""
        ...

    def scroll_offset(self) -> int:
        """How far the chart is scrolled."""
        ...

    def set_date(self, day: date) -> None:
        """Show another date."""
        ...

    def open_day(self, day: date) -> None:
        """Show a date of the year view in the day view."""
        ...

    def hasFocus(self) -> bool:
        """QWidget's."""
        ...

    def width(self) -> int:
        """QWidget's."""
        ...

    def height(self) -> int:
        """QWidget's."""
        ...

    def mapToGlobal(self, point: QPoint) -> QPoint:
        """QWidget's."""
        ...

    def update(self, region: QRegion) -> None:
        """QWidget's."""
        ...


class ChartKeys:
    """The chart's keyboard focus: a cell (row = team, column = hour) or a meeting band."""

    def __init__(self, widget: KeyedChart) -> None:
        self.widget = widget
        self.row = 0
        self.column = 0
        self.meeting: int | None = None
        self._texts = ChartTexts()
        self._shown = QRect()
        self._told: tuple[object, ...] = ()
        """The plan and state screen readers were last told of (not the minute's refresh)."""
        self._follow: tuple[str, date] | None = None
        """A meeting moved from the keyboard (id, series date): the focus stays on it."""

    # --- what is focused ---------------------------------------------------------------------

    def texts(self) -> ChartTexts:
        """The cells and meetings of the chart shown, with their texts."""
        widget = self.widget
        self._texts.update(widget.chart(), widget.state().clock24)
        return self._texts

    def _clamped(self) -> tuple[int, int, int | None] | None:
        texts = self.texts()
        meetings = len(texts.meetings)
        meeting = self.meeting if self.meeting is not None and self.meeting < meetings else None
        if not texts.rows or not texts.column_count:
            return None
        row = min(max(self.row, 0), texts.rows - 1)
        return row, min(max(self.column, 0), texts.column_count - 1), meeting

    def focused(self) -> tuple[int, int, int | None] | None:
        """The focused (row, column, meeting index or None), kept inside the chart shown."""
        return self._clamped()

    def focus_index(self) -> int | None:
        """The accessible child focused: a cell's index, or the meeting's after the cells."""
        found = self._clamped()
        if found is None:
            return None
        row, column, meeting = found
        columns = self.texts().column_count
        if meeting is not None:
            return self.texts().rows * columns + meeting
        return row * columns + column

    def focus_text(self) -> str:
        """What the focused cell or meeting says ("" when nothing is)."""
        found = self._clamped()
        if found is None:
            return ""
        row, column, meeting = found
        texts = self.texts()
        return texts.meeting_text(meeting) if meeting is not None else texts.text(row, column)

    # --- where things are ---------------------------------------------------------------------

    def _cell_rect(self, row: int, column: int) -> QRectF:
        """A cell in chart (scrolled content) coordinates; empty when not placed."""
        layout = self.widget.chart_layout()
        texts = self.texts()
        data = texts.data
        if layout is None or data is None or column >= texts.column_count:
            return QRectF()
        if texts.year:
            if row >= len(layout.strips):
                return QRectF()
            strip = layout.strips[row]
            width = (strip.x1 - strip.x0) / len(strip.strip.days)
            left = strip.x0 + column * width
            return QRectF(left, strip.top, width, strip.bottom - strip.top)
        hour = texts.columns[column]
        if hour.block >= len(layout.blocks) or row >= texts.rows:
            return QRectF()
        box = layout.blocks[hour.block]
        team_id = data.blocks[hour.block].rows[row].team_id
        for found in box.rows:
            if found.team_id == team_id:
                left, right = box.x(hour.start), box.x(hour.end)
                return QRectF(left, found.top, right - left, found.bottom - found.top)
        return QRectF()

    def _meeting_rect(self, index: int) -> QRectF:
        layout = self.widget.chart_layout()
        texts = self.texts()
        if layout is None or texts.data is None or index >= len(texts.meetings):
            return QRectF()
        block, band = texts.meetings[index]
        area = QRectF()
        box = layout.blocks[block] if block < len(layout.blocks) else None
        for found in layout.parts(box).meetings if box is not None else []:
            if found.band.meeting_id == band.meeting_id and found.band.start == band.start:
                for left, top, right, bottom in found.rects:
                    area = area.united(QRectF(left, top, right - left, bottom - top))
        return area

    def _focus_rect(self) -> QRectF:
        found = self._clamped()
        if found is None:
            return QRectF()
        row, column, meeting = found
        rect = self._meeting_rect(meeting) if meeting is not None else self._cell_rect(row, column)
        if not rect.isEmpty() and rect.width() < _NARROWEST:  # a day of the year view
            grow = (_NARROWEST - rect.width()) / 2
            rect = rect.adjusted(-grow, 0, grow, 0)
        return rect

    def _on_widget(self, rect: QRectF) -> QRect:
        """Chart coordinates to the widget's, clipped to the scrolled area."""
        if rect.isEmpty():
            return QRect()
        widget = self.widget
        shown = rect.translated(0, -widget.scroll_offset()).toAlignedRect()
        visible = QRect(0, 0, widget.width(), int(widget.height() - widget.legend_strip()))
        return shown & visible

    def cell_area(self, row: int, column: int) -> QRect:
        """Where a cell is on the widget (empty when scrolled away)."""
        return self._on_widget(self._cell_rect(row, column))

    def meeting_area(self, index: int) -> QRect:
        """Where a meeting band is on the widget (empty when scrolled away)."""
        return self._on_widget(self._meeting_rect(index))

    def index_at(self, x: int, y: int) -> int | None:
        """The accessible child under a widget point, or None."""
        widget = self.widget
        layout = widget.chart_layout()
        texts = self.texts()
        if layout is None or texts.data is None or not texts.column_count:
            return None
        cx, cy = float(x), float(y + widget.scroll_offset())
        if texts.year:
            day = layout.day_at(cx, cy)
            if day is None:
                return None
            return layout.strips.index(day[0]) * texts.column_count + day[1]
        band = layout.meeting_at(cx, cy)
        cells = texts.rows * texts.column_count
        if band is not None:
            for index, (_block, found) in enumerate(texts.meetings):
                if (found.meeting_id, found.start) == (band.band.meeting_id, band.band.start):
                    return cells + index
        hit = layout.row_at(cx, cy)
        if hit is None:
            return None
        box, row_box = hit
        moment = box.instant(cx)
        block = layout.blocks.index(box)
        rows = [r.team_id for r in texts.data.blocks[block].rows]
        row = rows.index(row_box.team_id) if row_box.team_id in rows else -1
        for column, hour in enumerate(texts.columns):
            if hour.block == block and hour.start <= moment < hour.end and row >= 0:
                return row * texts.column_count + column
        return None

    # --- drawing ------------------------------------------------------------------------------

    def paint(self, painter: QPainter, style: ChartStyle) -> None:
        """The focus frame (chart coordinates), while the chart has the keyboard focus."""
        rect = self._focus_rect() if self.widget.hasFocus() else QRectF()
        self._shown = self._frame_area(rect)
        if rect.isEmpty():
            return
        painter.save()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        outer = QPen(style.color(style.palette.text), _FRAME * style.unit * 72 / 96)
        painter.setPen(outer)
        painter.drawRect(rect.adjusted(1, 1, -1, -1))
        inner = QPen(style.color(style.palette.background), 1.0)
        painter.setPen(inner)
        painter.drawRect(rect.adjusted(3, 3, -3, -3))
        painter.restore()

    def _frame_area(self, rect: QRectF) -> QRect:
        return self._on_widget(rect.adjusted(-2, -2, 2, 2)) if not rect.isEmpty() else QRect()

    def repaint_focus(self) -> None:
        """Repaint where the frame was and where it goes now (only there)."""
        widget = self.widget
        if widget.full_repaint:
            widget.update(widget.chart_region())
            return
        rect = self._focus_rect() if widget.hasFocus() else QRectF()
        region = QRegion(self._shown) | QRegion(self._frame_area(rect))
        if not region.isEmpty():
            widget.update(region)

    # --- moving -------------------------------------------------------------------------------

    def _moved(self) -> None:
        rect = self._focus_rect()
        if not rect.isEmpty():
            self.widget.ensure_visible(rect.top(), rect.bottom())
        self.repaint_focus()
        self.announce()

    def announce(self) -> None:
        """Tell screen readers which child has the focus now and what it says."""
        widget = self.widget
        index = self.focus_index()
        if index is None or not widget.hasFocus() or not isinstance(widget, QObject):
            return
        focus = QAccessibleEvent(widget, QAccessible.Event.Focus)
        focus.setChild(index)
        QAccessible.updateAccessibility(focus)
        value = QAccessibleValueChangeEvent(widget, self.focus_text())
        QAccessible.updateAccessibility(value)

    def announce_text(self, text: str) -> None:
        """Have screen readers say ``text`` now (what an edit changed, why nothing moved)."""
        widget = self.widget
        if isinstance(widget, QObject):
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))

    def follow_meeting(self, meeting: tuple[str, date] | None) -> None:
        """Keep the focus on a meeting (id, series date) while it is moved; None: stop."""
        self._follow = meeting

    def _refocus_meeting(self) -> None:
        follow = self._follow
        if follow is None:
            return
        meetings = self.texts().meetings
        same = [i for i, (_b, band) in enumerate(meetings) if band.meeting_id == follow[0]]
        exact = [i for i in same if meetings[i][1].series_day == follow[1]]
        if exact or same:
            self.meeting = (exact or same)[0]
            self.repaint_focus()

    def chart_changed(self, plan: object) -> None:
        """The chart shows something else: readers re-read the table and hear the focus."""
        widget = self.widget
        self._refocus_meeting()
        told = (id(plan), widget.state())
        if told == self._told:
            return
        self._told = told
        if not QAccessible.isActive() or not isinstance(widget, QObject):
            return
        reset = QAccessibleTableModelChangeEvent(
            widget, QAccessibleTableModelChangeEvent.ModelChangeType.ModelReset
        )
        QAccessible.updateAccessibility(reset)
        self.announce()

    def key(self, event: QKeyEvent) -> bool:
        """Handle a key; False to leave it to the widget."""
        if self._clamped() is None:
            return False
        key = event.key()
        mods = event.modifiers()
        control = bool(mods & Qt.KeyboardModifier.ControlModifier)
        found = self._clamped()
        assert found is not None
        self.row, self.column, _meeting = found
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and mods & Qt.KeyboardModifier.ShiftModifier:
            from ui.chart.key_edits import edit_by_key

            return edit_by_key(self, key == Qt.Key.Key_Right, control)
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not control:
            step = -1 if key == Qt.Key.Key_Up else 1
            self.meeting = None
            self.row = min(max(self.row + step, 0), self.texts().rows - 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and not control:
            self.meeting = None
            self._step_hour(-1 if key == Qt.Key.Key_Left else 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activate()
        elif key == Qt.Key.Key_Menu or (
            key == Qt.Key.Key_F10 and mods & Qt.KeyboardModifier.ShiftModifier
        ):
            self.open_menu()
            return True
        else:
            return False
        self._moved()
        return True

    def _step_hour(self, step: int) -> None:
        column = self.column + step
        columns = self.texts().column_count
        if 0 <= column < columns:
            self.column = column
            return
        widget = self.widget
        view, day = widget.state().view, widget.state().day
        if view == "year":
            day = date(day.year + 1, 1, 1) if step > 0 else date(day.year - 1, 12, 31)
        else:
            day += timedelta(days=(7 if view == "week" else 1) * step)
        self.repaint_focus()
        widget.set_date(day)
        widget.dateChanged.emit(day)
        self.column = 0 if step > 0 else self.texts().column_count - 1

    def focus_cell(self, row: int, column: int) -> None:
        """Focus a cell (scrolled into view, announced)."""
        self.repaint_focus()
        self.row, self.column, self.meeting = row, column, None
        self._moved()

    def focus_at(self, x: int, y: int) -> None:
        """A click: the keyboard focus moves to the cell or meeting under a widget point."""
        index = self.index_at(x, y)
        if index is None:
            return
        texts = self.texts()
        columns = texts.column_count
        if index >= texts.rows * columns:
            self.meeting = index - texts.rows * columns
        else:
            self.meeting = None
            self.row, self.column = divmod(index, columns)
        self.repaint_focus()
        self.announce()

    def tab(self, forward: bool) -> bool:
        """Move to the next/previous meeting band; False past the last/first (focus leaves)."""
        found = self._clamped()
        meetings = len(self.texts().meetings)
        if found is None or not meetings:
            return False
        current = found[2]
        if current is None:
            target: int | None = 0 if forward else meetings - 1
        else:
            target = current + (1 if forward else -1)
        if target is None or not 0 <= target < meetings:
            self.meeting = None
            self.repaint_focus()
            return False
        self.meeting = target
        self._moved()
        return True

    def activate(self) -> None:
        """Enter: edit the focused meeting or team's weekly hours; open a day of the year view."""
        found = self._clamped()
        if found is None:
            return
        row, column, meeting = found
        texts = self.texts()
        if texts.year:
            self.widget.open_day(texts.day_facts(row, column).day)
        elif meeting is not None:
            self.widget.meetingEditRequested.emit(texts.meetings[meeting][1].meeting_id)
        elif texts.data is not None:
            self.widget.teamEditRequested.emit(texts.data.blocks[0].rows[row].team_id)

    def open_menu(self) -> None:
        """The context menu a right click at the focused cell or meeting opens."""
        rect = self._focus_rect()
        if rect.isEmpty():
            return
        widget = self.widget
        widget.ensure_visible(rect.top(), rect.bottom())
        # The cell's start (a right click there offers "New Meeting at" the hour), a band's middle.
        x = rect.center().x() if self.meeting is not None else rect.left() + 1
        point = QPointF(x, rect.center().y() - widget.scroll_offset())
        menu = widget.context_menu_at(point)
        if menu is None:
            return
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(widget.mapToGlobal(point.toPoint()))
