"""A field marked with a problem still shows which one has the keyboard focus."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui.validation import INVALID_STYLE

VERMILLION = QColor("#d55e00")


def outline_width(field: QLineEdit) -> int:
    """How many pixels of the outline in from the field's left edge, at its middle."""
    image = field.grab().toImage()
    y = image.height() // 2
    width = 0
    while width < 4 and image.pixelColor(width, y) == VERMILLION:
        width += 1
    return width


def test_a_marked_field_with_the_focus_has_a_thicker_outline(qtbot: QtBot) -> None:
    form = QWidget()
    qtbot.addWidget(form)
    form.setStyleSheet(INVALID_STYLE)
    layout = QVBoxLayout(form)
    marked, other = QLineEdit(), QLineEdit()
    layout.addWidget(marked)
    layout.addWidget(other)
    marked.setProperty("invalid", True)
    marked.style().unpolish(marked)
    marked.style().polish(marked)
    form.show()
    qtbot.waitExposed(form)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    assert outline_width(marked) == 1
    marked.setFocus()
    qtbot.waitUntil(marked.hasFocus)
    assert outline_width(marked) == 2
