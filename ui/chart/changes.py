"""What a chart view repaints when its data changes: a drag step's rows, not the chart.

A drag step's data comes from the last step's (``planner.chart.edited``): the rows the
edit leaves alone are the same objects. The rows that look different are found among
those the still picture holds (``ui.chart.painter.changed_parts``) and only they are
repainted.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QRegion

from planner.chart.data import ChartData
from planner.chart.year import YearTeams
from planner.plan.model import Plan
from ui.chart.cache import StillPicture, same_key
from ui.chart.geometry import ChartLayout
from ui.chart.painter import changed_parts
from ui.chart.prepared import PreparedViews
from ui.chart.state import ChartState
from ui.chart.style import ChartStyle


def merged(parts: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Stretches (top, bottom) that overlap or touch made one: each is drawn in one pass.

    >>> merged([(120.0, 232.0), (8.0, 120.0), (456.0, 541.0), (419.0, 531.0), (600.0, 610.0)])
    [(8.0, 232.0), (419.0, 541.0), (600.0, 610.0)]
    """
    result: list[tuple[float, float]] = []
    for top, bottom in sorted(parts):
        if result and top <= result[-1][1]:
            result[-1] = (result[-1][0], max(result[-1][1], bottom))
        else:
            result.append((top, bottom))
    return result


class _Host(Protocol):
    """What :class:`ChangedRows` uses of the chart view it is part of."""

    full_repaint: bool
    _data: ChartData | None
    _made_for: tuple[Plan, ChartState] | None
    _layout_key: tuple[object, ...]
    _damage: list[tuple[float, float]] | None
    _still: StillPicture

    def height(self) -> int: ...
    def width(self) -> int: ...
    def update(self, region: QRegion) -> None: ...
    def chart_region(self) -> QRegion: ...
    def scroll_offset(self) -> int: ...
    def legend_strip(self) -> float: ...
    def _style(self) -> ChartStyle: ...
    def _chart_rect(self) -> QRectF: ...
    def _kept_stretch(self) -> tuple[float, float]: ...


class ChangedRows(PreparedViews):
    """The part of ``ui.chart.view.ChartView`` that repaints only what an edit changed."""

    full_repaint: bool

    def _data_for(
        self, plan: Plan, state: ChartState, now: int, year: YearTeams | None
    ) -> ChartData:
        """The chart's data; a drag step's (the same view of an edited plan) from the last.

        The straightforward repaint (``full_repaint``) works every step's data out anew.
        """
        old, made = self._data, self._made_for
        if (
            old is not None
            and made is not None
            and made[0] is not plan
            and made[1] == state
            and not self.full_repaint
        ):
            from planner.chart.edited import edited_chart

            found = edited_chart(old, made[0], plan, now)
            if found is not None:
                return found
        return super()._data_for(plan, state, now, year)

    def _note_damage(self: _Host, old: ChartData | None, layout: ChartLayout | None) -> None:
        """Repaint what the new data changed: its rows when nothing moved, else everything."""
        new = self._data
        style = self._style()
        rect = self._chart_rect()
        placed = (old, style, rect.left(), rect.top(), rect.width())
        parts = None
        if (
            old is not None
            and new is not None
            and layout is not None
            and self._damage is not None
            and same_key(self._layout_key, placed)
        ):
            parts = changed_parts(old, new, layout, style, rect.width(), self._kept_stretch())
        damage = self._damage
        if parts is None or damage is None or self.full_repaint:
            self._damage = None
            self.update(self.chart_region())
            return
        damage.extend(parts)
        scroll = self.scroll_offset()
        visible = QRect(0, 0, self.width(), int(self.height() - self.legend_strip()))
        region = QRegion()
        for top, bottom in parts:
            region |= QRegion(
                QRectF(0, top - scroll, self.width(), bottom - top).toAlignedRect() & visible
            )
        self.update(region)

    def _kept_stretch(self: _Host) -> tuple[float, float]:
        """The part of the chart (top, bottom) the still picture holds or a repaint shows.

        Rows outside it are drawn from the data when they scroll into view, so a change
        there needs no repaint (the picture may be at an older scroll than the bar).
        """
        scroll = self.scroll_offset()
        kept = self._still.scrolled_to()
        low, high = (scroll, scroll) if kept is None else sorted((scroll, kept))
        return float(low), float(high + self.height() - self.legend_strip())
