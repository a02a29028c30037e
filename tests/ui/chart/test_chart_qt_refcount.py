"""Guard against the Qt binding's None refcount bug (PySide6 6.12.0 under Python 3.11).

Every repaint of the chart makes about a thousand calls of void Qt methods; a binding
that forgets to add a reference to the None it returns kills the app within seconds.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter


def test_void_qt_calls_keep_none_alive() -> None:
    image = QImage(16, 16, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    color = QColor("#009E73")
    before = sys.getrefcount(None)
    for _ in range(500):
        painter.fillRect(QRectF(0, 0, 4, 4), color)
        painter.setPen(color)
    after = sys.getrefcount(None)
    painter.end()
    assert after - before > -100
