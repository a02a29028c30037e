"""The views one key press away, kept and made ahead: their data and still picture.

A switch of view (day, week, year) would work out the new view's data and draw its whole
still picture (``ui.chart.cache``) before the first repaint. The chart keeps what it had
of the view it leaves, and, once the window has been idle for :data:`IDLE_MS` on a view,
makes the other views of the same plan, date, zone, selection and size. A switch then
shows what was kept, when it is still what a fresh switch would show: the same plan object
(an edit or a drag's preview drops it), the same settings, the same size and colours (the
still picture's own key checks them), worked out since the minute's refresh (the time line
is as recent as the view shown: both are refreshed every minute).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent, QPixmap
from PySide6.QtWidgets import QScrollBar

from planner.chart.data import VIEWS, ChartData, chart_data
from planner.chart.year import YearTeams
from planner.errors import PlannerError
from planner.plan.model import Plan
from ui.chart.cache import StillPicture
from ui.chart.geometry import LANE_PT, STRIP_GAP_PT, STRIP_PT, ChartLayout, measure_chart
from ui.chart.layers.year import strip_runs
from ui.chart.state import ChartState
from ui.chart.style import ChartStyle
from ui.chart.year_keeper import YearKeeper

MARGIN = 6.0
"""The chart's margin in the widget (pixels)."""

IDLE_MS = 80
"""How long the window waits without a change before it makes the other views."""

PREPARE_AHEAD_TEAMS = 50
"""The most teams of a plan whose other views are made ahead. A larger plan's view takes
longer to make than a repaint may (200 teams' week view: ~100 ms of data), and making it
while idle would hold up the key press or pointer move that comes during it; such a plan's
views are worked out when switched to (a view left is still kept)."""

#: How old (seconds) a view kept may be: the chart refreshes its time line every minute.
_FRESH_S = 60


@dataclass(slots=True)
class ViewSlot:
    """What the chart had of one view: its data, where its parts are, its still picture.

    Attributes:
        plan: the plan object shown.
        state: the view's settings.
        now: the instant its time line was worked out for.
        data: the view's data.
        layout: where its parts are (None: not placed yet).
        layout_key: what ``layout`` was placed for.
        style: the style cache entry (its key, the style) the view was drawn with.
        still: its still picture.
    """

    plan: Plan
    state: ChartState
    now: int
    data: ChartData
    layout: ChartLayout | None
    layout_key: tuple[object, ...]
    style: tuple[tuple[object, ...], ChartStyle] | None
    still: StillPicture


class ViewShelf:
    """At most one :class:`ViewSlot` per view, for the plan shown."""

    def __init__(self) -> None:
        self._slots: dict[str, ViewSlot] = {}

    def clear(self) -> None:
        """Forget every view kept (the minute's refresh, a resize, new colours)."""
        for slot in self._slots.values():
            slot.still.release()
        self._slots.clear()

    def keep(self, slot: ViewSlot) -> None:
        """Keep ``slot`` for its view; views of another plan object are dropped."""
        for view, kept in self._slots.items():
            dropped = kept.plan is not slot.plan or view == slot.state.view
            if dropped and kept.still is not slot.still:
                kept.still.release()  # its pixmap is a spare for the next picture
        self._slots = {v: s for v, s in self._slots.items() if s.plan is slot.plan}
        self._slots[slot.state.view] = slot

    def has(self, plan: Plan, state: ChartState, now: int) -> bool:
        """True when a view kept is what ``plan`` in ``state`` shows at ``now``."""
        slot = self._slots.get(state.view)
        return (
            slot is not None
            and slot.plan is plan
            and slot.state == state
            and 0 <= now - slot.now < _FRESH_S
        )

    def take(self, plan: Plan, state: ChartState, now: int) -> ViewSlot | None:
        """The view kept for ``plan`` in ``state`` at ``now``, taken off the shelf (or None)."""
        if not self.has(plan, state, now):
            return None
        return self._slots.pop(state.view)

    def views(self) -> list[str]:
        """The views kept (tests)."""
        return sorted(self._slots)


class _Host(Protocol):
    """What :class:`PreparedViews` uses of the chart view it is part of."""

    _state: ChartState
    _plan: Plan
    _preview: Plan | None
    _data: ChartData | None
    _layout: ChartLayout | None
    _layout_key: tuple[object, ...]
    _style_cache: tuple[tuple[object, ...], ChartStyle] | None
    _still: StillPicture
    _damage: list[tuple[float, float]] | None
    _now: int
    _made_for: tuple[Plan, ChartState] | None
    _shelf: ViewShelf
    _bar: tuple[bool, int] | None
    _year: YearKeeper
    _prepare: QTimer
    _warm: QTimer
    _scroll: QScrollBar
    prepare_ahead: bool

    def height(self) -> int: ...
    def width(self) -> int: ...
    def isVisible(self) -> bool: ...
    def legend_strip(self) -> float: ...
    def _busy(self) -> bool: ...
    def prepares_ahead(self) -> bool: ...
    def _style(self) -> ChartStyle: ...
    def _picture(self) -> QPixmap: ...
    def _slot(self) -> ViewSlot | None: ...
    def _use(self, slot: ViewSlot) -> None: ...
    def _fresh_still(self) -> None: ...
    def _missing_view(self) -> ChartState | None: ...
    def _content_height(self, style: ChartStyle) -> float: ...
    def _data_for(
        self, plan: Plan, state: ChartState, now: int, year: YearTeams | None
    ) -> ChartData: ...


class PreparedViews:
    """The part of ``ui.chart.view.ChartView`` that keeps views and makes them ahead."""

    prepare_ahead = True
    """Make the other views while idle (False: each switch works its view out then)."""

    _data: ChartData | None
    _layout: ChartLayout | None
    _layout_key: tuple[object, ...]
    _damage: list[tuple[float, float]] | None
    _made_for: tuple[Plan, ChartState] | None
    _bar: tuple[bool, int] | None

    def _data_for(
        self, plan: Plan, state: ChartState, now: int, year: YearTeams | None
    ) -> ChartData:
        return chart_data(
            plan,
            state.view,
            state.day,
            zone=state.zone or plan.reference_zone,
            pair=state.pair,
            role_id=state.role,
            now=now,
            year_teams=year,
        )

    def _slot(self: _Host) -> ViewSlot | None:
        """What the chart has of the view shown."""
        if self._data is None or self._made_for is None:
            return None
        return ViewSlot(
            *self._made_for,
            self._now,
            self._data,
            self._layout,
            self._layout_key,
            self._style_cache,
            self._still,
        )

    def _fresh_still(self: _Host) -> None:
        """Start a new still picture (the one shown stays with its view on the shelf)."""
        self._layout, self._layout_key = None, ()
        self._still, self._damage = StillPicture(), None

    def _use(self: _Host, slot: ViewSlot) -> None:
        """Show what ``slot`` has (its still picture is used only if its key still fits)."""
        self._now, self._data, self._made_for = slot.now, slot.data, (slot.plan, slot.state)
        self._layout, self._layout_key = slot.layout, slot.layout_key
        self._style_cache, self._still = slot.style, slot.still
        self._damage = None

    def prepares_ahead(self: _Host) -> bool:
        """Whether the other views of the plan shown are made while idle."""
        return self.prepare_ahead and len(self._plan.teams) <= PREPARE_AHEAD_TEAMS

    def _prepare_later(self: _Host) -> None:
        if self.prepares_ahead() and self._preview is None:
            self._prepare.start()

    def _not_idle(self: _Host) -> None:
        """The user is doing something: wait another :data:`IDLE_MS` before idle work.

        Making views ahead or the year's first strips (after an edit: 15 to 40 ms for a
        dozen teams) waits until the pointer and keys rest.
        """
        for timer in (self._prepare, self._warm):
            if timer.isActive():
                timer.start()

    def _missing_view(self: _Host) -> ChartState | None:
        """The first other view not made ahead for what is shown (None: all are)."""
        for view in VIEWS:
            state = replace(self._state, view=view)
            if view != self._state.view and not self._shelf.has(self._plan, state, self._now):
                return state
        return None

    def _prepare_view(self: _Host) -> None:
        """Make one other view ahead (data and still picture), then wait for the next idle."""
        if (
            self._preview is not None
            or self._busy()
            or not self.isVisible()
            or not self.prepares_ahead()
        ):
            return
        state = self._missing_view()
        shown = self._slot()
        if state is None or shown is None:
            return
        current, damage, style = self._state, self._damage, self._style_cache
        plan, now = self._plan, self._now
        try:
            self._state = state
            zone = state.zone or plan.reference_zone
            try:
                data = self._data_for(plan, state, now, self._year.for_chart(plan, zone, state))
            except PlannerError:
                return  # the view says what is wrong when it is shown
            self._fresh_still()
            self._data, self._made_for = data, (plan, state)
            visible = self.height() - self.legend_strip()
            overflow = int(self._content_height(self._style()) - visible)
            self._bar = (overflow > 0, min(self._scroll.value(), overflow) if overflow > 0 else 0)
            self._picture()
            made = self._slot()
            assert made is not None
            self._shelf.keep(made)
        finally:
            self._bar = None
            self._state = current
            self._use(shown)
            self._damage, self._style_cache = damage, style
        if self._missing_view() is not None:
            self._prepare.start()

    def _warm_year(self: _Host) -> None:
        """Work out the strips a switch to the year view shows first (idle, once per plan)."""
        if self._preview is None and not self._busy() and self._state.view != "year":
            style = self._style()  # its colours are the year view's too (adopt_caches)
            step = style.px(STRIP_PT + LANE_PT + STRIP_GAP_PT)
            for strip in self._year.warm(
                self._plan, self._state, math.ceil(self.height() / step) + 1
            ):
                strip_runs(strip, style)

    def _content_height(self: _Host, style: ChartStyle) -> float:
        if self._data is None:
            return 0.0
        return measure_chart(self._data, style) + 2 * MARGIN

    def _bar_width(self: _Host) -> int:
        """The scroll bar's width when it is shown, else 0."""
        if self._bar is not None:
            return self._scroll.sizeHint().width() if self._bar[0] else 0
        return self._scroll.width() if self._scroll.isVisible() else 0

    def _update_scroll(self: _Host) -> None:
        style = self._style()
        visible = self.height() - self.legend_strip()
        overflow = int(self._content_height(style) - visible)
        bar = self._scroll
        if overflow > 0:
            width = bar.sizeHint().width()
            bar.setGeometry(self.width() - width, 0, width, max(1, int(visible)))
            bar.setRange(0, overflow)
            bar.setPageStep(int(visible))
            bar.setSingleStep(max(20, int(visible) // 10))
            bar.show()
        else:
            bar.hide()
            bar.setValue(0)


class IdleAfterPaint:
    """Idle work of a chart on screen (the year's warm-up, views made ahead) after its paint.

    The work is due when the event loop is free, which can come before a new plan's paint
    (the window's start: the docks are laid out first). Work due meanwhile starts again
    once the paint is through, so the plan is on screen first, and what the paint let
    through (the window's own paint hooks) comes before it. The chart sets ``_painted``
    (None) and ``_after_paint`` (an empty set) when it is made.
    """

    _painted: object
    """The data the last paint showed (idle work waits until it is the data shown)."""
    _after_paint: set[QTimer]
    _data: ChartData | None
    _warm: QTimer
    _prepare: QTimer

    if TYPE_CHECKING:  # QWidget's, in the chart

        def isVisible(self) -> bool: ...  # noqa: D102

    def _warm_year(self) -> None:
        """Warm the year view up, once the chart shown has painted (see :meth:`paintEvent`)."""
        if self._on_screen(self._warm):
            super()._warm_year()  # type: ignore[misc]  # PreparedViews, next in the chart's MRO

    def _prepare_view(self) -> None:
        """Make another view ahead, once the chart shown has painted (see :meth:`paintEvent`)."""
        if self._on_screen(self._prepare):
            super()._prepare_view()  # type: ignore[misc]

    def _on_screen(self, timer: QTimer) -> bool:
        """Whether the data shown has painted; if not, ``timer`` fires again after its paint."""
        if self.isVisible() and self._painted is not self._data:
            self._after_paint.add(timer)
            return False
        return True

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint; the first paint of new data starts the idle work due meanwhile again."""
        super().paintEvent(event)  # type: ignore[misc]  # ChartView's
        if self._painted is self._data:
            return
        self._painted = self._data
        waiting = self._after_paint | {t for t in (self._warm, self._prepare) if t.isActive()}
        self._after_paint = set()
        for timer in waiting:
            if timer.interval():
                timer.start()  # its wait for an idle moment begins again now
            else:  # due at once: after the events the paint posted
                timer.stop()
                QTimer.singleShot(0, timer, timer.start)
