"""The interactive chart: the painter on screen plus hover, drags, menus, keys and clicks.

The widget adds only interaction to :func:`ui.chart.painter.paint_chart`. While a shift's
edge is dragged it previews the edited plan itself (overlap recomputed on every snap step)
and emits :attr:`ChartWidget.previewChanged` so the window can refresh its verdicts live;
on release it emits :attr:`ChartWidget.shiftEdited` once, for the window's undo stack.
Dragging a meeting band emits :attr:`ChartWidget.meetingMoved`, dragging across empty
time :attr:`ChartWidget.meetingRequested`; the context menu (``context_menu``) asks for
one-day exceptions and copies times. The legend stays in a strip under the scrolled chart.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QRegion,
)
from PySide6.QtWidgets import QMenu, QToolTip, QWidget

from planner.chart.blocks import ShiftSpan
from planner.chart.data import VIEWS
from planner.chart.labels import local_minute
from planner.errors import PlannerError
from planner.plan.model import Plan
from planner.time.zones import load_zone
from ui.chart.accessible import install as install_accessible
from ui.chart.heap import HeapHeldInDrags
from ui.chart.keyboard import ChartKeys
from ui.chart.language import day_heading, meeting_tooltip
from ui.chart.layers.meetings import paint_moving_band, paint_selection
from ui.chart.pointer import (
    MarksMemo,
    PointerMarks,
    hover_text,
    paint_pointer,
    pointer_marks,
    shift_year,
)
from ui.chart.prepared import IdleAfterPaint
from ui.chart.style import ChartStyle
from ui.chart.view import ChartView
from ui.i18n.domain import domain_text

if TYPE_CHECKING:
    from ui.chart.interaction import CreateDrag, EdgeDrag, MeetingDrag

#: How close (in pixels) the pointer must be to a shift's edge to grab it.
GRAB_PIXELS = 5.0


class ChartWidget(IdleAfterPaint, HeapHeldInDrags, ChartView):
    """The overlap chart for the main window (day, week and year views).

    Signals:
        shiftEdited(team id, weekday Monday=0, old Shift, new Shift, local date): once per
            finished edge drag (the date the dragged shift starts on).
        meetingRequested(team ids, start, end): time dragged out (or "New Meeting") for a
            new meeting.
        meetingMoved(meeting id, series date, seconds): a meeting band dragged.
        meetingEditRequested(meeting id), teamEditRequested(team id): from the menu.
        occurrenceReset(meeting id, series date): a moved occurrence put back.
        exceptionRequested(team id, date, shifts or None): change only that date (None:
            back to the weekly hours); exceptionEditRequested(team id, date): ask for hours.
        dayActivated(date): a day clicked in the year view (the widget opens it in the day view).
        hoverChanged(str): every team's local time under the pointer, for a status bar
            ("" when the pointer leaves the chart).
        dateChanged(date): the date moved by the keyboard or a year-view click.
        viewChanged(str): the view changed by a year-view click.
        previewChanged(Plan): the plan as previewed during a drag (and after it ends).
        chartChanged(): the data shown changed (date, view, zone, plan, clock).
    """

    shiftEdited = Signal(str, int, object, object, object)
    meetingRequested = Signal(object, object, object)
    meetingMoved = Signal(str, object, int)
    meetingEditRequested = Signal(str)
    teamEditRequested = Signal(str)
    occurrenceReset = Signal(str, object)
    exceptionRequested = Signal(str, object, object)
    exceptionEditRequested = Signal(str, object)
    dayActivated = Signal(object)
    hoverChanged = Signal(str)
    dateChanged = Signal(object)
    viewChanged = Signal(str)
    previewChanged = Signal(object)
    chartChanged = Signal()

    def __init__(
        self, parent: QWidget | None = None, clock: Callable[[], datetime] | None = None
    ) -> None:
        self._edge_drag: EdgeDrag | None = None
        self._meeting_drag: MeetingDrag | None = None
        self._create_drag: CreateDrag | None = None
        self._edge_scope: str | None = None
        self._hover: QPointF | None = None
        self._pointer_shown = QRect()
        self._marks = MarksMemo()
        self._painted: object = None
        self._after_paint: set[QTimer] = set()
        self.keys = ChartKeys(self)
        """The keyboard focus: a cell or meeting (``ui.chart.keyboard``)."""
        install_accessible()
        super().__init__(parent, clock)
        self.setMouseTracking(True)

    def set_plan(self, plan: Plan) -> None:
        """Show ``plan`` (ends any drag); unknown pair or role ids are dropped."""
        self._drag = self._meeting_drag = self._create_drag = None
        super().set_plan(plan)

    def preset(self, view: str, day: date, clock24: bool) -> None:
        """Set view, date and clock before any plan, working out no chart (the setters do)."""
        if view not in VIEWS:
            raise PlannerError(f'unknown chart view "{view}": use day, week or year')
        self._state = replace(self._state, view=view, day=day, clock24=clock24)

    def show_plan(self, plan: Plan, zone: str | None) -> None:
        """Show ``plan`` in ``zone`` ("" or None: its own) with one refresh, not two."""
        if zone:
            load_zone(zone)
        self._state = replace(self._state, zone=zone or None)
        self.set_plan(plan)

    def _busy(self) -> bool:
        return self._drag is not None or self._meeting_drag is not None

    def _refresh(self) -> None:
        super()._refresh()
        self.keys.chart_changed(self.plan())
        self.chartChanged.emit()

    def set_edge_scope(self, scope: str | None) -> None:
        """What a dragged shift edge previews: "week" (every such weekday), "date", or None (ask)."""
        self._edge_scope = scope

    def shift_at(self, team_id: str, moment: int) -> ShiftSpan | None:
        """The team's shift at an instant of the chart shown, or None."""
        for block in self._data.blocks if self._data else ():
            if block.start <= moment < block.end:
                for span in block.row(team_id).shifts:
                    if span.start <= moment < span.end:
                        return span
        return None

    def _paint_overlays(self, painter: QPainter, style: ChartStyle) -> None:
        """A meeting being moved, the time dragged out for a new one, the hover line."""
        moving = self._meeting_drag
        if moving is not None and moving.delta:
            paint_moving_band(painter, moving.box, moving.band, moving.delta, style)
        create = self._create_drag
        if create is not None and create.active:
            start, end = create.span
            paint_selection(painter, create.box, create.teams, start, end, style)
        self._paint_pointer(painter, style)
        self.keys.paint(painter, style)

    def _paint_pointer(self, painter: QPainter, style: ChartStyle) -> None:
        """The hover line with each row's local time; remembers where it went."""
        marks = self._pointer_marks()
        self._pointer_shown = self._pointer_area(marks)
        if marks is not None:
            paint_pointer(painter, style, marks)

    def _pointer_marks(self) -> PointerMarks | None:
        """The hover line and labels for the pointer now, in chart coordinates (scrolled)."""
        layout = self.chart_layout()
        if self._hover is None or layout is None or self._data is None:
            return None
        scroll = self.scroll_offset()
        point = QPointF(self._hover.x(), self._hover.y() + scroll)
        visible = (float(scroll), scroll + self.height() - self.legend_strip())
        return pointer_marks(
            self._style(), layout, self._data, point, self._state.clock24, visible, self._marks
        )

    def _pointer_area(self, marks: PointerMarks | None) -> QRect:
        """The widget pixels the hover marks cover (empty without marks)."""
        if marks is None:
            return QRect()
        area = marks.bounds().translated(0, -self.scroll_offset()).toAlignedRect()
        return area & QRect(0, 0, self.width(), int(self.height() - self.legend_strip()))

    def _update_pointer(self) -> None:
        """Repaint where the hover marks were and where they go (the whole chart: full_repaint)."""
        if self.full_repaint:
            self.update(self.chart_region())
            return
        region = QRegion(self._pointer_shown) | QRegion(self._pointer_area(self._pointer_marks()))
        if not region.isEmpty():
            self.update(region)

    # --- pointer ------------------------------------------------------------------------------------

    def _content_point(self, event: QMouseEvent) -> QPointF:
        point = event.position()
        return QPointF(point.x(), point.y() + self.scroll_offset())

    def open_day(self, day: date) -> None:
        """Show ``day`` in the day view (a day of the year view clicked or entered)."""
        self.set_view("day")
        self.set_date(day)
        self.viewChanged.emit("day")
        self.dateChanged.emit(day)
        self.dayActivated.emit(day)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Grab a shift's edge, or open a day of the year view."""
        layout = self.chart_layout()
        if event.button() != Qt.MouseButton.LeftButton or layout is None:
            super().mousePressEvent(event)
            return
        point = self._content_point(event)
        if self._state.view == "year":
            hit = layout.day_at(point.x(), point.y())
            if hit is not None:
                strip, index = hit
                self.open_day(strip.strip.days[index].day)
            return
        self.keys.focus_at(round(event.position().x()), round(event.position().y()))
        edge = layout.edge_at(point.x(), point.y(), GRAB_PIXELS)
        box = layout.block_at(point.y())
        if edge is not None and box is not None:
            from ui.chart.interaction import EdgeDrag

            self._drag = EdgeDrag(edge, box, self._plan)
            self.setCursor(Qt.CursorShape.SizeHorCursor)
            event.accept()
            return
        meeting = layout.meeting_at(point.x(), point.y())
        # What only a press, a drag or a right click uses is imported then (not at start).
        from ui.chart.interaction import MeetingDrag, start_create

        if meeting is not None:
            self._meeting_drag = MeetingDrag(meeting.band, meeting.block, point.x())
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        self._create_drag = start_create(layout, point.x(), point.y())
        if self._create_drag is None:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Drag an edge (previewing the edit), or show the local times under the pointer."""
        self._not_idle()  # the views made ahead wait until the pointer rests
        point = self._content_point(event)
        drag = self._drag
        if drag is not None:
            self._drag_to(drag, point.x())
            return
        if self._meeting_drag is not None:
            if self._meeting_drag.move_to(point.x()):
                self.update(self.chart_region())
            return
        create = self._create_drag
        layout = self.chart_layout()
        if create is not None and layout is not None:
            if create.move_to(layout, point.x(), point.y()):
                self.update(self.chart_region())
            return
        self._hover = event.position()
        self._update_cursor(point)
        self.hoverChanged.emit(self._hover_text(point))
        self._update_pointer()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Finish a drag: keep the edit and emit shiftEdited, meetingMoved or meetingRequested."""
        if event.button() == Qt.MouseButton.LeftButton and self._finish_meeting_drags(event):
            return
        drag = self._drag
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        self._drag_to(drag, self._content_point(event).x())
        self._drag = None
        self.unsetCursor()
        if drag.current != drag.original:
            self._plan = self._preview or self._plan
            self._preview = None
            span = drag.edge.span
            self.shiftEdited.emit(span.team_id, span.weekday, drag.original, drag.current, span.day)
        else:
            self._preview = None
            self._refresh()

    def leaveEvent(self, event: QEvent) -> None:
        """Forget the hover position."""
        self._hover = None
        self.hoverChanged.emit("")
        self._update_pointer()
        super().leaveEvent(event)

    def _drag_to(self, drag: EdgeDrag, x: float) -> None:
        span = drag.edge.span
        team = drag.plan.team(span.team_id)
        moment = drag.box.instant(x)
        from planner.chart.drag import dragged_shift, with_shift, with_shift_on

        minute = local_minute(team.zone, span.day, moment)
        new = dragged_shift(drag.original, drag.edge.edge, minute)
        if new == drag.current:
            return
        try:
            if span.exception or self._edge_scope == "date":
                preview = with_shift_on(drag.plan, span.team_id, span.day, drag.original, new)
            else:
                preview = with_shift(drag.plan, span.team_id, span.weekday, drag.original, new)
        except PlannerError:
            return
        drag.current = new
        self._preview = preview
        self._refresh()
        self.previewChanged.emit(preview)

    def _update_cursor(self, point: QPointF) -> None:
        layout = self.chart_layout()
        if layout is None:
            return
        if self._state.view == "year":
            over = layout.day_at(point.x(), point.y()) is not None
            shape = Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor
        elif layout.edge_at(point.x(), point.y(), GRAB_PIXELS) is not None:
            shape = Qt.CursorShape.SizeHorCursor
        elif layout.meeting_at(point.x(), point.y()) is not None:
            shape = Qt.CursorShape.OpenHandCursor
        else:
            shape = Qt.CursorShape.ArrowCursor
        if self.cursor().shape() != shape:
            self.setCursor(shape)

    def _hover_text(self, point: QPointF) -> str:
        """What the status bar says about the point under the pointer."""
        layout = self.chart_layout()
        if layout is None or self._data is None:
            return ""
        return hover_text(layout, self._data, point, self._state.clock24)

    # --- keyboard -----------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys: arrows, Enter and Menu (``ui.chart.keyboard``); Esc cancels a drag.

        Ctrl+Left/Right (Left/Right in the year view): previous/next day, week or year;
        Page Up/Down: a week (a year); Home: today.
        """
        key = event.key()
        if key == Qt.Key.Key_Escape and (self._meeting_drag or self._create_drag):
            self._meeting_drag = self._create_drag = None
            self.unsetCursor()
            self.update(self.chart_region())
            return
        if key == Qt.Key.Key_Escape and self._drag is not None:
            self._drag = None
            self._preview = None
            self.unsetCursor()
            self._refresh()
            self.previewChanged.emit(self._plan)
            return
        if self.keys.key(event):
            return
        step = {"day": 1, "week": 7, "year": 0}[self._state.view]
        day = self._state.day
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            sign = -1 if key == Qt.Key.Key_Left else 1
            day = day + timedelta(days=sign * step) if step else shift_year(day, sign)
        elif key == Qt.Key.Key_PageUp:
            day = day - timedelta(days=7) if step else shift_year(day, -1)
        elif key == Qt.Key.Key_PageDown:
            day = day + timedelta(days=7) if step else shift_year(day, 1)
        elif key == Qt.Key.Key_Home:
            day = self._today()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self._scroll.isVisible():
            sign = -1 if key == Qt.Key.Key_Up else 1
            self._scroll.setValue(self._scroll.value() + sign * self._scroll.singleStep())
            return
        else:
            super().keyPressEvent(event)
            return
        if day != self._state.day:
            self.set_date(day)
            self.dateChanged.emit(day)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab/Shift+Tab: through the meeting bands first, then out of the chart."""
        if self.hasFocus() and self.keys.tab(next):
            return True
        return super().focusNextPrevChild(next)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Show the focus frame."""
        super().focusInEvent(event)
        self.keys.repaint_focus()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Hide the focus frame."""
        super().focusOutEvent(event)
        self.keys.repaint_focus()

    # --- meetings, menus, tooltips --------------------------------------------------------------

    def _finish_meeting_drags(self, event: QMouseEvent) -> bool:
        """End a meeting move or a new-meeting drag; True when one was under way."""
        moving, create = self._meeting_drag, self._create_drag
        self._meeting_drag = self._create_drag = None
        if moving is not None:
            moving.move_to(self._content_point(event).x())
            self.unsetCursor()
            self.update(self.chart_region())
            if moving.delta:
                band = moving.band
                self.meetingMoved.emit(band.meeting_id, band.series_day, moving.delta)
            return True
        if create is not None:
            point = self._content_point(event)
            layout = self.chart_layout()
            if layout is not None:
                create.move_to(layout, point.x(), point.y())
            self.update(self.chart_region())
            start, end = create.span
            if create.active and end > start:
                self.meetingRequested.emit(create.teams, start, end)
            return True
        return False

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Double-click a meeting band to edit the meeting."""
        point = self._content_point(event)
        layout = self.chart_layout()
        found = layout.meeting_at(point.x(), point.y()) if layout else None
        if found is not None:
            self.meetingEditRequested.emit(found.band.meeting_id)
            return
        super().mouseDoubleClickEvent(event)

    def menu_parent(self) -> QWidget:
        """The widget menus open over (this one)."""
        return self

    def context_menu_at(self, point: QPointF) -> QMenu | None:
        """The context menu for a point in widget coordinates (what a right click opens)."""
        from ui.chart.context_menu import chart_menu

        return chart_menu(self, QPointF(point.x(), point.y() + self.scroll_offset()))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Open the context menu of the meeting, shift or slot under the pointer."""
        menu = self.context_menu_at(QPointF(event.pos()))
        if menu is None:
            super().contextMenuEvent(event)
            return
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())

    def tooltip_at(self, point: QPointF) -> str:
        """The tooltip for a point in widget coordinates: a meeting's local times, a holiday."""
        layout = self.chart_layout()
        if layout is None:
            return ""
        x, y = point.x(), point.y() + self.scroll_offset()
        meeting = layout.meeting_at(x, y)
        if meeting is not None:
            return meeting_tooltip(self.plan(), meeting.band, self._state.clock24)
        mark = layout.mark_at(x, y)
        if mark is not None:
            team = self.plan().team(mark.team_id)
            return f"{team.name}: {domain_text(mark.mark.reason)} ({day_heading(mark.mark.day)})"
        return ""

    def event(self, event: QEvent) -> bool:
        """Show tooltips for meetings and holidays."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
