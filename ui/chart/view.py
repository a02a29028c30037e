"""The chart on screen without the pointer: state, data, scrolling, painting, the legend strip.

:class:`ChartView` shows :func:`ui.chart.painter.paint_chart` for a plan and a
:class:`ui.chart.state.ChartState`, scrolls when the chart is taller than the widget and
keeps the legend in a strip at the bottom that never scrolls away. The interactive chart
(:class:`ui.chart.widget.ChartWidget`) adds the pointer, drags, menus and keys.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QGuiApplication,
    QPainter,
    QPaintEvent,
    QPixmap,
    QRegion,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QScrollBar, QWidget

from planner.chart.data import VIEWS, ChartData
from planner.errors import PlannerError
from planner.plan.model import Plan
from planner.time.zones import load_zone
from ui.chart.cache import StillPicture, same_key
from ui.chart.changes import ChangedRows, merged
from ui.chart.contrast import accessibility_hints, chart_palette
from ui.chart.geometry import (
    ChartLayout,
    block_lines,
)
from ui.chart.layers.legend import has_staffing, legend_height, paint_legend
from ui.chart.painter import paint_chart, place_chart
from ui.chart.prepared import IDLE_MS, ViewShelf
from ui.chart.prepared import MARGIN as _MARGIN
from ui.chart.state import ChartState
from ui.chart.style import ChartStyle, Palette
from ui.chart.year_keeper import YearKeeper
from ui.i18n import translate


class ChartView(ChangedRows, QWidget):
    """The overlap chart of a plan in the day, week or year view, scrolled, with its legend.

    The chart is drawn once into a still picture (``ui.chart.cache``) of the part on screen;
    a repaint copies from it and draws only what follows the pointer on top.
    """

    full_repaint = False
    """Draw every repaint the straightforward way: the whole chart, no picture kept, the
    whole area updated on a pointer move (the benchmarks' baseline, and the tests' reference
    for the pixels)."""

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
        self._layout_key: tuple[object, ...] = ()
        self._year = YearKeeper()
        self._still = StillPicture()
        self._damage: list[tuple[float, float]] | None = None
        """What changed of the chart (top, bottom) since the picture was drawn; None: all."""
        self._style_cache: tuple[tuple[object, ...], ChartStyle] | None = None
        self._legend: tuple[tuple[object, ...], float] | None = None
        self._palette_now: Palette | None = None
        """The colours of the repaint under way (asked for a dozen times a repaint)."""
        """The legend strip's height and what it was measured for (data, style, width)."""
        self._now = 0
        self._made_for: tuple[Plan, ChartState] | None = None
        """The plan and settings the data shown was worked out for."""
        self._shelf = ViewShelf()
        self._bar: tuple[bool, int] | None = None
        """While a view is made ahead: its scroll bar (shown, value) in place of the real one."""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(translate("Chart", "Overlap chart"))
        self._scroll = QScrollBar(Qt.Orientation.Vertical, self)
        self._scroll.valueChanged.connect(self._scrolled)
        self._scroll.hide()
        self._timer = QTimer(self)
        self._timer.setInterval(60_000)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self._warm = QTimer(self)
        self._warm.setSingleShot(True)
        self._warm.setInterval(IDLE_MS)  # a burst of pointer moves or keys comes first
        self._warm.timeout.connect(self._warm_year)
        self._prepare = QTimer(self)
        self._prepare.setSingleShot(True)
        self._prepare.setInterval(IDLE_MS)
        self._prepare.timeout.connect(self._prepare_view)
        self._high_contrast = False
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._theme_changed)
        accessibility_hints().contrastPreferenceChanged.connect(self._theme_changed)

    # --- the interface the main window uses -------------------------------------------------

    def set_plan(self, plan: Plan) -> None:
        """Show ``plan`` (ends any preview); unknown pair or role ids are dropped."""
        self._plan = plan
        self._preview = None
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

    def set_high_contrast(self, on: bool) -> None:
        """Force the high-contrast colours (False: as the system's setting says)."""
        if on != self._high_contrast:
            self._high_contrast = on
            self._theme_changed()

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
        """Where the chart's parts are, in widget coordinates without scrolling."""
        data = self._data
        if data is None:
            return None
        style = self._style()
        rect = self._chart_rect()
        key = (data, style, rect.left(), rect.top(), rect.width())
        if self._layout is None or not same_key(key, self._layout_key):
            self._layout = place_chart(rect, data, style, self._layout)
            self._layout_key = key
        return self._layout

    def _scrolled(self, _value: int) -> None:
        self._not_idle()
        self.update(self.chart_region())

    def chart_region(self) -> QRegion:
        """All of the widget but the scroll bar: what a change of the chart repaints.

        Repaints are limited to it (a scroll bar redrawn on every pointer move would cost
        more than the chart itself); it includes the legend strip under the scroll bar.
        """
        region = QRegion(self.rect())
        if self._scroll.isVisible():
            region -= QRegion(self._scroll.geometry())
        return region

    def ensure_visible(self, top: float, bottom: float) -> None:
        """Scroll so that chart rows from ``top`` to ``bottom`` (chart coordinates) show."""
        if not self._scroll.isVisible():
            return
        scroll = self._scroll.value()
        visible = self.height() - self.legend_strip()
        if top < scroll:
            self._scroll.setValue(int(top) - 4)
        elif bottom > scroll + visible:
            self._scroll.setValue(math.ceil(bottom - visible) + 4)

    def scroll_offset(self) -> int:
        """How far the chart is scrolled down, in pixels."""
        if self._bar is not None:
            return self._bar[1]
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
        old, layout = self._data, self._layout
        left = self._slot()
        self._prepare.stop()
        if left is not None and left.state.view != state.view:
            self._shelf.keep(left)  # a switch back finds it
            slot = self._shelf.take(plan, state, now)
            if slot is None:
                self._fresh_still()
            else:
                self._use(slot)
                self._update_scroll()
                self.update(self.chart_region())
                self._prepare_later()
                return
        zone = state.zone or plan.reference_zone
        year = self._year.for_chart(plan, zone, state)
        self._data = self._data_for(plan, state, now, year)
        self._now, self._made_for = now, (plan, state)
        self._update_scroll()
        self._note_damage(old, layout)
        if state.view != "year" and self._preview is None and year is None:
            self._warm.start()  # the year's first screen, once the plan is on screen
        self._prepare_later()

    def _tick(self) -> None:
        if not self._busy():
            self._shelf.clear()  # the views kept are a minute old
            self._refresh()

    def _busy(self) -> bool:
        """True while the pointer edits something (the minute's refresh waits)."""
        return False

    def _theme_changed(self) -> None:
        self._style_cache = None
        self._shelf.clear()
        self._prepare_later()
        self.update(self.chart_region())

    def changeEvent(self, event: QEvent) -> None:
        """Follow palette (light/dark) changes."""
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._style_cache = None
            self._shelf.clear()
            self._prepare_later()
            self.update(self.chart_region())
        super().changeEvent(event)

    def _style(self) -> ChartStyle:
        """The style for the widget's size: day rows stretch to fill the height."""
        data = self._data
        palette = self._palette_now or chart_palette(self._high_contrast)
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
        if self._style_cache is not None:
            style.adopt_caches(self._style_cache[1])
        self._style_cache = (key, style)
        return style

    def legend_strip(self) -> float:
        """The height of the legend strip at the bottom (it never scrolls away)."""
        if self._data is None:
            return 0.0
        style = self._style()
        # Asked for several times a repaint; the same for every step of a drag.
        staffing = has_staffing(self._data)
        key = (self._data.view, style, self.width(), staffing)
        if self._legend is not None and same_key(self._legend[0], key):
            return self._legend[1]
        width = self.width() - 2 * _MARGIN
        height = legend_height(self._data.view, style, width, staffing)
        strip = float(math.ceil(height + 2 * _MARGIN))  # the chart above ends on a whole pixel
        self._legend = (key, strip)
        return strip

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the scroll range right."""
        super().resizeEvent(event)
        self._update_scroll()
        self._shelf.clear()
        self._prepare_later()

    def sizeHint(self) -> QSize:
        """A comfortable size for a few teams."""
        return QSize(960, 420)

    def minimumSizeHint(self) -> QSize:
        """Small enough for a docked layout."""
        return QSize(420, 180)

    # --- painting ---------------------------------------------------------------------------------

    def _chart_rect(self) -> QRectF:
        right = self._bar_width()
        return QRectF(_MARGIN, _MARGIN, self.width() - 2 * _MARGIN - right, self.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the chart, the hover or drag marker, and the legend strip at the bottom."""
        self._palette_now = chart_palette(self._high_contrast)
        try:
            self._paint(event)
        finally:
            self._palette_now = None

    def _paint(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self.full_repaint:
            self._paint_whole(painter)
            painter.end()
            return
        part = event.rect()
        picture = self._picture()
        ratio = picture.devicePixelRatio()
        painter.drawPixmap(
            QRectF(part),
            picture,
            QRectF(part.x() * ratio, part.y() * ratio, part.width() * ratio, part.height() * ratio),
        )
        if self._data is not None:
            painter.setClipRect(
                QRectF(0, 0, self.width(), self.height() - self.legend_strip()),
                Qt.ClipOperation.IntersectClip,
            )
            painter.translate(0, -self.scroll_offset())
            self._paint_overlays(painter, self._style())
        painter.end()

    def _picture(self) -> QPixmap:
        """The still picture of the chart and legend as they are now (see ``ui.chart.cache``)."""
        style = self._style()
        rect = self._chart_rect()
        strip = self.legend_strip()
        key = (self._data, style, self.width(), self.height(), rect.width(), strip)
        scrolled = QRect(0, 0, self.width(), int(self.height() - strip))
        scroll = self.scroll_offset()
        damaged = None
        if self._damage is not None:
            damaged = [
                QRectF(0, top - scroll, self.width(), bottom - top).toAlignedRect()
                for top, bottom in merged(self._damage)
            ]
        picture = self._still.pixmap(
            key,
            self.size(),
            self.devicePixelRatioF(),
            scroll,
            scrolled,
            self._render_still,
            damaged,
        )
        self._damage = []
        return picture

    def _render_still(self, painter: QPainter, part: QRect) -> None:
        """Draw ``part`` of the still picture: background, the chart part shown, the legend."""
        style = self._style()
        background = style.color(style.palette.background)
        painter.fillRect(part, background)
        data = self._data
        layout = self.chart_layout()
        if data is None or layout is None:
            return
        strip = self.legend_strip()
        visible = self.height() - strip
        if part.top() < visible:
            scroll = self.scroll_offset()
            bottom = min(float(part.bottom() + 1), visible)
            painter.save()
            painter.setClipRect(QRectF(0, 0, self.width(), visible), Qt.ClipOperation.IntersectClip)
            painter.translate(0, -scroll)
            shown = QRectF(0, part.top() + scroll, self.width(), bottom - part.top())
            paint_chart(painter, self._chart_rect(), data, style, shown, layout)
            painter.restore()
        if part.bottom() >= visible:
            self._paint_legend(painter, style, visible, strip)

    def _paint_whole(self, painter: QPainter) -> None:
        """The straightforward repaint: the whole chart, unclipped, then the pointer on top."""
        style = self._style()
        painter.fillRect(self.rect(), style.color(style.palette.background))
        if self._data is None:
            return
        strip = self.legend_strip()
        visible = self.height() - strip
        painter.save()
        painter.setClipRect(QRectF(0, 0, self.width(), visible))
        painter.translate(0, -self.scroll_offset())
        rect = self._chart_rect()
        self._layout = paint_chart(painter, rect, self._data, style)
        self._layout_key = (self._data, style, rect.left(), rect.top(), rect.width())
        self._paint_overlays(painter, style)
        painter.restore()
        self._paint_legend(painter, style, visible, strip)

    def _paint_legend(
        self, painter: QPainter, style: ChartStyle, top: float, height: float
    ) -> None:
        """The legend strip under the chart, from ``top`` (a line above it)."""
        data = self._data
        assert data is not None
        painter.fillRect(
            QRectF(0, top, self.width(), height), style.color(style.palette.background)
        )
        painter.setPen(style.color(style.palette.grid))
        painter.drawLine(QPointF(0, top), QPointF(self.width(), top))
        rect = self._chart_rect()
        paint_legend(
            painter,
            QRectF(rect.left(), top + _MARGIN, rect.width(), 0),
            data.view,
            style,
            has_staffing(data),
        )

    def _paint_overlays(self, painter: QPainter, style: ChartStyle) -> None:
        """What the pointer adds on top of the chart (the interactive widget draws it)."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Scroll when the chart is taller than the widget."""
        if self._scroll.isVisible():
            self._scroll.setValue(self._scroll.value() - event.angleDelta().y() // 2)
            event.accept()
        else:
            super().wheelEvent(event)
