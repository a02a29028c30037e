"""The chart's still picture: drawn once into a pixmap, shifted when it scrolls.

A repaint of the chart on screen copies the part it needs from this pixmap and draws only
what moves with the pointer on top (``ui.chart.widget``). The picture is drawn again when
what it shows changes (the style, the size, the data: only the rows that changed when the
caller knows them, as on each step of a drag); scrolling moves the pixels already drawn
and draws only the strip that scrolled into view.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QPainter, QPixmap

#: Draws the part ``QRect`` (widget coordinates) of the picture with the painter given.
Render = Callable[[QPainter, QRect], None]

_SPARE: list[QPixmap] = []
"""Pixmaps of pictures given up (:meth:`StillPicture.release`), for the next picture of
their size: a new one is memory the system hands out a page at a time on its first fill
(about a millisecond for a 1280x800 window), a spare one is drawn over at once."""

_SPARES_KEPT = 2


def _blank(width: int, height: int, ratio: float) -> QPixmap:
    """A pixmap of ``width`` x ``height`` device pixels at ``ratio`` (a spare one if any)."""
    for index, spare in enumerate(_SPARE):
        if (spare.width(), spare.height(), spare.devicePixelRatio()) == (width, height, ratio):
            return _SPARE.pop(index)
    pixmap = QPixmap(width, height)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def same_key(a: tuple[object, ...], b: tuple[object, ...]) -> bool:
    """Keys are equal: objects by identity (data, style), numbers and text by value."""
    return len(a) == len(b) and all(
        x is y or (isinstance(x, int | float | str) and x == y) for x, y in zip(a, b, strict=True)
    )


class StillPicture:
    """A widget's static drawing in a pixmap, kept for a key and a scroll offset."""

    def __init__(self) -> None:
        self._pixmap: QPixmap | None = None
        self._key: tuple[object, ...] = ()
        self._scroll = 0
        self.redrawn = 0
        """How many times the whole picture was drawn (tests)."""

    def scrolled_to(self) -> int | None:
        """The scroll offset the picture was last drawn or shifted at (None: no picture)."""
        return None if self._pixmap is None else self._scroll

    def clear(self) -> None:
        """Forget the picture: the next :meth:`pixmap` draws it all."""
        self._pixmap = None

    def release(self) -> None:
        """Give the picture up for good (its view was dropped): its pixmap becomes a spare.

        Call it only when nothing will show this picture again; if something does, it is
        drawn whole.
        """
        if self._pixmap is not None and len(_SPARE) < _SPARES_KEPT:
            _SPARE.append(self._pixmap)
        self._pixmap = None

    def pixmap(
        self,
        key: tuple[object, ...],
        size: QSize,
        ratio: float,
        scroll: int,
        scrolled: QRect,
        render: Render,
        damaged: Sequence[QRect] | None = None,
    ) -> QPixmap:
        """The picture for ``key`` at ``scroll``, drawn or shifted as needed.

        Args:
            key: what the picture shows, all but the scroll offset (objects compared by
                identity, numbers and text by value); its first item is the content.
            size: the widget's size.
            ratio: its device pixel ratio.
            scroll: how far the scrolling part is scrolled down.
            scrolled: the part of the widget that scrolls (the rest stays put).
            render: draws a part of the picture, every pixel of it (a picture drawn whole
                may be drawn over an old one).
            damaged: when only the content changed since the picture was drawn, the parts
                (widget coordinates, at ``scroll``) where it looks different; None: unknown.
        """
        pixmap = self._pixmap
        if (
            pixmap is None
            or not same_key(key[1:], self._key[1:])
            or (damaged is None and not same_key(key[:1], self._key[:1]))
        ):
            width, height = round(size.width() * ratio), round(size.height() * ratio)
            if pixmap is None or (
                (pixmap.width(), pixmap.height(), pixmap.devicePixelRatio())
                != (width, height, ratio)
            ):
                pixmap = _blank(width, height, ratio)  # else drawn over: render fills it all
            self._draw(pixmap, QRect(0, 0, size.width(), size.height()), render)
            self._pixmap, self._key, self._scroll = pixmap, key, scroll
            self.redrawn += 1
            return pixmap
        moved = scroll - self._scroll
        if moved:
            self._scroll = scroll
            device = moved * ratio
            if abs(moved) >= scrolled.height() or device != round(device):
                self._draw(pixmap, scrolled, render)
            else:
                area = QRect(
                    round(scrolled.x() * ratio),
                    round(scrolled.y() * ratio),
                    round(scrolled.width() * ratio),
                    round(scrolled.height() * ratio),
                )
                pixmap.scroll(0, -round(device), area)
                if moved > 0:
                    exposed = QRect(
                        scrolled.x(), scrolled.bottom() + 1 - moved, scrolled.width(), moved
                    )
                else:
                    exposed = QRect(scrolled.x(), scrolled.y(), scrolled.width(), -moved)
                self._draw(pixmap, exposed, render)
        self._key = key
        for part in damaged or ():
            part = part & scrolled
            if not part.isEmpty():
                self._draw(pixmap, part, render)
        return pixmap

    @staticmethod
    def _draw(pixmap: QPixmap, part: QRect, render: Render) -> None:
        painter = QPainter(pixmap)
        painter.setClipRect(part)
        render(painter, part)
        painter.end()
