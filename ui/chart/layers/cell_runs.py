"""A year strip's day cells: a background colour and runs of other colours, filled in order.

On a screen's picture (a 32-bit pixmap or image at one device pixel per pixel, moved by
whole pixels, no antialiasing, opaque colours) the pixels the fills would give are worked
out in Python and drawn as one image: a hundred fills a strip cost more than the pixels
they set. Any other device (PDF, SVG, printers, high-density screens) gets the fills.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap, QTransform

Run = tuple[int, int, QColor]
"""(first day, days, colour)."""

_RASTER = (
    QImage.Format.Format_RGB32,
    QImage.Format.Format_ARGB32,
    QImage.Format.Format_ARGB32_Premultiplied,
)


def fill_runs(
    painter: QPainter,
    x0: float,
    y: float,
    cell: float,
    height: float,
    days: int,
    ground: QColor,
    runs: list[Run],
) -> None:
    """Fill ``days`` cells ``cell`` wide from ``x0`` with ``ground``, then each run on top.

    Every cell is widened by half a pixel (no hairline between neighbours), so a run's
    last pixel may be the next one's first: the later fill wins, as it does here.
    """
    if not _as_image(painter, x0, y, cell, height, days, ground, runs):
        fill, rect = painter.fillRect, QRectF  # a hundred calls a strip: looked up once
        fill(rect(x0, y, days * cell + 0.5, height), ground)
        for start, count, color in runs:
            fill(rect(x0 + start * cell, y, count * cell + 0.5, height), color)


def _as_image(
    painter: QPainter,
    x0: float,
    y: float,
    cell: float,
    height: float,
    days: int,
    ground: QColor,
    runs: list[Run],
) -> bool:
    """Draw the fills' pixels as one image; False when the fills must be made instead."""
    device = painter.device()
    if not isinstance(device, QPixmap | QImage) or device.devicePixelRatio() != 1.0:
        return False
    if isinstance(device, QImage) and device.format() not in _RASTER:
        return False
    if isinstance(device, QPixmap) and device.depth() != 32:
        return False
    move = painter.combinedTransform()
    dx, dy = move.dx(), move.dy()
    if (
        move.type().value > QTransform.TransformationType.TxTranslate.value
        or dx != int(dx)
        or dy != int(dy)
        or x0 + dx < 0.0  # Qt rounds a fill's edges half away from zero: here half up
        or painter.testRenderHint(QPainter.RenderHint.Antialiasing)
        or painter.opacity() != 1.0
        or painter.compositionMode() != QPainter.CompositionMode.CompositionMode_SourceOver
        or ground.alpha() != 255
    ):
        return False
    # Where a fill of QRectF(x, y, w, h) lands: its edges translated, then rounded, with
    # Qt's arithmetic in its order.
    top = _round(y + dy)
    rows = _round(y + dy + height) - top
    left = int(x0 + dx + 0.5)
    width = int(x0 + dx + (days * cell + 0.5) + 0.5) - left
    if rows <= 0 or width <= 0:
        return True
    key = (id(runs), ground.rgb(), x0, dx, cell, days)
    kept = _LINES.get(key)
    if kept is not None and kept[0] is runs:
        line = kept[1]
    else:
        found = _line(x0, dx, cell, left, width, ground, runs)
        if found is None:
            return False
        line = found
        if len(_LINES) >= _LINES_KEPT:
            _LINES.clear()
        _LINES[key] = (runs, line)
    image = QImage(line * rows, width, rows, width * 4, QImage.Format.Format_RGB32)
    painter.drawImage(QPoint(left - int(dx), top - int(dy)), image)
    return True


_LINES: dict[tuple[int, int, float, float, float, int], tuple[list[Run], bytes]] = {}
"""A strip's row of pixels by its runs (held on to) and place: a strip drawn again, on a
repaint, a scroll or a switch back to the year view, is not worked out again."""
_LINES_KEPT = 512


def _line(
    x0: float, dx: float, cell: float, left: int, width: int, ground: QColor, runs: list[Run]
) -> bytes | None:
    """One row of the fills' pixels from device pixel ``left`` (None: a colour not opaque)."""
    line = bytearray(ground.rgb().to_bytes(4, "little") * width)
    codes: dict[int, bytes] = {}
    for start, count, color in runs:
        code = codes.get(id(color))
        if code is None:
            if color.alpha() != 255:
                return None
            code = codes[id(color)] = color.rgb().to_bytes(4, "little")
        a = x0 + start * cell + dx
        first, last = int(a + 0.5) - left, int(a + (count * cell + 0.5) + 0.5) - left
        if last > first:
            line[first * 4 : last * 4] = code * (last - first)
    return bytes(line)


def _round(value: float) -> int:
    """Qt's ``qRound``: halves away from zero."""
    return int(value + 0.5) if value >= 0.0 else int(value - 0.5)
