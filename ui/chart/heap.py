"""A drag's steps without the garbage collector's full passes over the whole heap.

Python's cyclic garbage collector now and then passes over every object the process
holds: the app's modules, Qt's wrappers, the plan, the caches (some 100,000 objects,
40 ms and more for a plan of a dozen teams; much more with the garbage of a plan closed).
A pass that falls on a step of a drag holds that step up. While an edge is dragged the
objects alive when it was grabbed are frozen (``gc.freeze``): the collector's passes see
only what the drag's steps make, and every object is its own again once the drag ends
(``gc.unfreeze``; garbage among them is collected by the next full pass, after the drag).
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QHideEvent

    from ui.chart.interaction import EdgeDrag

_held = False


def hold(on: bool) -> None:
    """Freeze the heap (``on``) for a drag, or give it back to the collector after it.

    >>> before = gc.get_freeze_count()
    >>> hold(True); gc.get_freeze_count() > before
    True
    >>> hold(False); gc.get_freeze_count() == 0
    True
    """
    global _held
    if on and not _held:
        gc.freeze()
        _held = True
    elif not on and _held:
        gc.unfreeze()
        _held = False


def held() -> bool:
    """Whether a drag holds the heap."""
    return _held


class HeapHeldInDrags:
    """The part of the chart widget that holds the heap while an edge is dragged.

    The widget sets ``_edge_drag`` (None) when it is made.
    """

    _edge_drag: EdgeDrag | None

    @property
    def _drag(self) -> EdgeDrag | None:
        """The edge being dragged (None: none); setting it holds or gives back the heap."""
        return self._edge_drag

    @_drag.setter
    def _drag(self, drag: EdgeDrag | None) -> None:
        hold(drag is not None)
        self._edge_drag = drag

    def hideEvent(self, event: QHideEvent) -> None:
        """A chart hidden during a drag gives the heap back to the collector."""
        hold(False)
        super().hideEvent(event)  # type: ignore[misc]  # QWidget's, in the chart
