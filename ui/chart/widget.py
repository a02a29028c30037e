"""The interactive chart: the painter on screen plus hover, edge dragging, keys and clicks.

The widget adds only interaction to :func:`ui.chart.painter.paint_chart`. While a shift's
edge is dragged it previews the edited plan itself (overlap recomputed on every snap step)
and emits :attr:`ChartWidget.previewChanged` so the window can refresh its verdicts live;
on release it emits :attr:`ChartWidget.shiftEdited` once, for the window's undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QScrollBar, QWidget

from planner.chart.data import VIEWS, ChartData, chart_data
from planner.chart.drag import dragged_shift, with_shift
from planner.chart.labels import local_minute
from planner.errors import PlannerError
from planner.plan.model import Plan
from planner.time.zones import load_zone
from ui.chart.geometry import BlockBox, ChartLayout, EdgeBox, block_lines, measure_chart
from ui.chart.layers.legend import has_staffing, legend_height, paint_legend
from ui.chart.painter import paint_chart
from ui.chart.pointer import hover_text, paint_pointer, shift_year
from ui.chart.state import ChartState
from ui.chart.style import ChartStyle, system_palette

#: How close (in pixels) the pointer must be to a shift's edge to grab it.
GRAB_PIXELS = 5.0
_MARGIN = 6.0


class _Drag:
    """An edge being dragged: the plan before, the shift as it was, and as it is now."""

    def __init__(self, edge: EdgeBox, box: BlockBox, plan: Plan) -> None:
        self.edge = edge
        self.box = box
        self.plan = plan
        self.original = edge.span.shift
        self.current = edge.span.shift


class ChartWidget(QWidget):
    """The overlap chart for the main window (day, week and year views).

    Signals:
        shiftEdited(team id, weekday Monday=0, old Shift, new Shift): once per finished drag.
        dayActivated(date): a day clicked in the year view (the widget opens it in the day view).
        hoverChanged(str): every team's local time under the pointer, for a status bar
            ("" when the pointer leaves the chart).
        dateChanged(date): the date moved by the keyboard or a year-view click.
        viewChanged(str): the view changed by a year-view click.
        previewChanged(Plan): the plan as previewed during a drag (and after it ends).
    """

    shiftEdited = Signal(str, int, object, object)
    dayActivated = Signal(object)
    hoverChanged = Signal(str)
    dateChanged = Signal(object)
    viewChanged = Signal(str)
    previewChanged = Signal(object)

    def __init__(
        self, parent: QWidget | None = None, clock: Callable[[], datetime] | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock or (lambda: datetime.now(UTC))
        self._plan = Plan()
        self._preview: Plan | None = None
        self._state = ChartState(view="day", day=self._today())
        self._data: ChartData | None = None
        self._layout: ChartLayout | None = None
        self._drag: _Drag | None = None
        self._hover: QPointF | None = None
        self._style_cache: tuple[tuple[object, ...], ChartStyle] | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName("Overlap chart")
        self._scroll = QScrollBar(Qt.Orientation.Vertical, self)
        self._scroll.valueChanged.connect(lambda _value: self.update(self.chart_area()))
        self._scroll.hide()
        self._timer = QTimer(self)
        self._timer.setInterval(60_000)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._theme_changed)

    # --- the interface the main window uses -------------------------------------------------

    def set_plan(self, plan: Plan) -> None:
        """Show ``plan`` (ends any preview); unknown pair or role ids are dropped."""
        self._plan = plan
        self._preview = None
        self._drag = None
        state = self._state
        pair = state.pair
        if pair is not None:
            ids = {t.id for t in plan.teams}
            pair = (pair[0] if pair[0] in ids else None, pair[1] if pair[1] in ids else None)
        role = state.role if state.role in {r.id for r in plan.roles} else None
        self._state = replace(state, pair=pair, role=role)
        self._refresh()

    def set_view(self, view: str) -> None:
        """Show the "day", "week" or "year" view."""
        if view not in VIEWS:
            raise PlannerError(f'unknown chart view "{view}": use day, week or year')
        self._set_state(replace(self._state, view=view))

    def set_date(self, day: date) -> None:
        """The date shown (any date of the week or year in those views)."""
        self._set_state(replace(self._state, day=day))

    def set_zone(self, zone: str | None) -> None:
        """The reference zone of the axis ("" or None: the plan's own)."""
        if zone:
            load_zone(zone)
        self._set_state(replace(self._state, zone=zone or None))

    def set_selected_pair(self, client_id: str | None, vendor_id: str | None) -> None:
        """The client/vendor pair whose overlap is highlighted (None: all)."""
        pair = None if client_id is None and vendor_id is None else (client_id, vendor_id)
        self._set_state(replace(self._state, pair=pair))

    def set_highlighted_role(self, role_id: str | None) -> None:
        """A role whose pair and (for a real-time role) uncovered time are highlighted."""
        self._set_state(replace(self._state, role=role_id))

    def set_clock24(self, on: bool) -> None:
        """24-hour (True) or 12-hour labels."""
        self._set_state(replace(self._state, clock24=on))

    def state(self) -> ChartState:
        """What the chart shows (for printing and export)."""
        return self._state

    def plan(self) -> Plan:
        """The plan shown (the preview during a drag)."""
        return self._preview or self._plan

    def chart(self) -> ChartData | None:
        """The data currently drawn."""
        return self._data

    def chart_layout(self) -> ChartLayout | None:
        """The geometry of the last paint, in widget coordinates without scrolling."""
        return self._layout

    def chart_area(self) -> QRect:
        """The part of the widget the chart paints (all but the scroll bar).

        Repaints are limited to it: a scroll bar redrawn on every pointer move would cost
        more than the chart itself.
        """
        right = self._scroll.width() if self._scroll.isVisible() else 0
        return QRect(0, 0, self.width() - right, self.height())

    def scroll_offset(self) -> int:
        """How far the chart is scrolled down, in pixels."""
        return self._scroll.value() if self._scroll.isVisible() else 0

    # --- state and data ---------------------------------------------------------------------------

    def _today(self) -> date:
        return self._clock().date()

    def _set_state(self, state: ChartState) -> None:
        if state != self._state:
            self._state = state
            self._refresh()

    def _refresh(self) -> None:
        plan = self.plan()
        state = self._state
        now = int(self._clock().timestamp())
        self._data = chart_data(
            plan,
            state.view,
            state.day,
            zone=state.zone if state.zone else None,
            pair=state.pair,
            role_id=state.role,
            now=now,
        )
        self._update_scroll()
        self.update(self.chart_area())

    def _tick(self) -> None:
        if self._drag is None:
            self._refresh()

    def _theme_changed(self) -> None:
        self._style_cache = None
        self.update(self.chart_area())

    def changeEvent(self, event: QEvent) -> None:
        """Follow palette (light/dark) changes."""
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._style_cache = None
            self.update(self.chart_area())
        super().changeEvent(event)

    def _style(self) -> ChartStyle:
        """The style for the widget's size: day rows stretch to fill the height."""
        data = self._data
        palette = system_palette()
        key = (
            palette.name,
            self._state.clock24,
            self.width(),
            self.height(),
            self.logicalDpiY(),
            data.view if data else "",
            len(data.blocks[0].rows) if data and data.blocks else 0,
            block_lines(data.blocks[0]) if data and data.blocks else 0,
        )
        if self._style_cache is not None and self._style_cache[0] == key:
            return self._style_cache[1]
        style = ChartStyle.for_device(self, palette=palette, clock24=self._state.clock24)
        if data is not None and data.view == "day" and data.blocks:
            block = data.blocks[0]
            lines = block_lines(block)
            free = (self.height() - 2 * _MARGIN) / style.unit - style.header - 2 * 14 - 16
            style.row = min(60.0, max(30.0, free / max(lines, 1)))
        elif data is not None and data.view == "week":
            style.row = 28.0
        self._style_cache = (key, style)
        return style

    def _content_height(self, style: ChartStyle) -> float:
        if self._data is None:
            return 0.0
        width = self.width() - 2 * _MARGIN
        return (
            measure_chart(self._data, style)
            + style.px(8)
            + legend_height(self._data.view, style, width, has_staffing(self._data))
            + 2 * _MARGIN
        )

    def _update_scroll(self) -> None:
        style = self._style()
        overflow = int(self._content_height(style) - self.height())
        bar = self._scroll
        if overflow > 0:
            width = bar.sizeHint().width()
            bar.setGeometry(self.width() - width, 0, width, self.height())
            bar.setRange(0, overflow)
            bar.setPageStep(self.height())
            bar.setSingleStep(max(20, self.height() // 10))
            bar.show()
        else:
            bar.hide()
            bar.setValue(0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the scroll range right."""
        super().resizeEvent(event)
        self._update_scroll()

    def sizeHint(self) -> QSize:
        """A comfortable size for a few teams."""
        return QSize(960, 420)

    def minimumSizeHint(self) -> QSize:
        """Small enough for a docked layout."""
        return QSize(420, 180)

    # --- painting ---------------------------------------------------------------------------------

    def _chart_rect(self) -> QRectF:
        right = self._scroll.width() if self._scroll.isVisible() else 0
        return QRectF(_MARGIN, _MARGIN, self.width() - 2 * _MARGIN - right, self.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the chart, the legend under it, and the hover or drag marker."""
        painter = QPainter(self)
        style = self._style()
        painter.fillRect(self.rect(), style.color(style.palette.background))
        if self._data is None:
            painter.end()
            return
        offset = self.scroll_offset()
        painter.translate(0, -offset)
        rect = self._chart_rect()
        self._layout = paint_chart(painter, rect, self._data, style)
        paint_legend(
            painter,
            QRectF(rect.left(), rect.top() + self._layout.height + style.px(8), rect.width(), 0),
            self._data.view,
            style,
            has_staffing(self._data),
        )
        self._paint_pointer(painter, style)
        painter.end()

    def _paint_pointer(self, painter: QPainter, style: ChartStyle) -> None:
        """The hover line with each row's local time, or the dragged edge's new time."""
        if self._hover is None or self._layout is None or self._data is None:
            return
        point = QPointF(self._hover.x(), self._hover.y() + self.scroll_offset())
        paint_pointer(painter, style, self._layout, self._data, point, self._state.clock24)

    # --- pointer ------------------------------------------------------------------------------------

    def _content_point(self, event: QMouseEvent) -> QPointF:
        point = event.position()
        return QPointF(point.x(), point.y() + self.scroll_offset())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Grab a shift's edge, or open a day of the year view."""
        if event.button() != Qt.MouseButton.LeftButton or self._layout is None:
            super().mousePressEvent(event)
            return
        point = self._content_point(event)
        if self._state.view == "year":
            hit = self._layout.day_at(point.x(), point.y())
            if hit is not None:
                strip, index = hit
                day = strip.strip.days[index].day
                self.set_view("day")
                self.set_date(day)
                self.viewChanged.emit("day")
                self.dateChanged.emit(day)
                self.dayActivated.emit(day)
            return
        edge = self._layout.edge_at(point.x(), point.y(), GRAB_PIXELS)
        box = self._layout.block_at(point.y())
        if edge is not None and box is not None:
            self._drag = _Drag(edge, box, self._plan)
            self.setCursor(Qt.CursorShape.SizeHorCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Drag an edge (previewing the edit), or show the local times under the pointer."""
        point = self._content_point(event)
        drag = self._drag
        if drag is not None:
            self._drag_to(drag, point.x())
            return
        self._hover = event.position()
        self._update_cursor(point)
        self.hoverChanged.emit(self._hover_text(point))
        self.update(self.chart_area())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Finish a drag: keep the edit and emit shiftEdited once."""
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
            self.shiftEdited.emit(span.team_id, span.weekday, drag.original, drag.current)
        else:
            self._preview = None
            self._refresh()

    def leaveEvent(self, event: QEvent) -> None:
        """Forget the hover position."""
        self._hover = None
        self.hoverChanged.emit("")
        self.update(self.chart_area())
        super().leaveEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Scroll when the chart is taller than the widget."""
        if self._scroll.isVisible():
            self._scroll.setValue(self._scroll.value() - event.angleDelta().y() // 2)
            event.accept()
        else:
            super().wheelEvent(event)

    def _drag_to(self, drag: _Drag, x: float) -> None:
        span = drag.edge.span
        team = drag.plan.team(span.team_id)
        moment = drag.box.instant(x)
        minute = local_minute(team.zone, span.day, moment)
        new = dragged_shift(drag.original, drag.edge.edge, minute)
        if new == drag.current:
            return
        try:
            preview = with_shift(drag.plan, span.team_id, span.weekday, drag.original, new)
        except PlannerError:
            return
        drag.current = new
        self._preview = preview
        self._refresh()
        self.previewChanged.emit(preview)

    def _update_cursor(self, point: QPointF) -> None:
        if self._layout is None:
            return
        if self._state.view == "year":
            over = self._layout.day_at(point.x(), point.y()) is not None
            shape = Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor
        else:
            edge = self._layout.edge_at(point.x(), point.y(), GRAB_PIXELS)
            shape = Qt.CursorShape.SizeHorCursor if edge else Qt.CursorShape.ArrowCursor
        if self.cursor().shape() != shape:
            self.setCursor(shape)

    def _hover_text(self, point: QPointF) -> str:
        """What the status bar says about the point under the pointer."""
        if self._layout is None or self._data is None:
            return ""
        return hover_text(self._layout, self._data, point, self._state.clock24)

    # --- keyboard -----------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Left/Right: previous/next day (week, year); Home: today; Esc cancels a drag."""
        key = event.key()
        if key == Qt.Key.Key_Escape and self._drag is not None:
            self._drag = None
            self._preview = None
            self.unsetCursor()
            self._refresh()
            self.previewChanged.emit(self._plan)
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
