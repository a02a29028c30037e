"""User text shown as written: labels in plain-text mode, tooltips and message boxes escaped.

Qt renders a label's or tooltip's text as HTML when it merely looks like HTML, so a team
called ``<b>x</b><img src=...>`` would turn bold and load an image. Every widget that shows
text a user typed (names, titles, file names, messages quoting them) goes through here.

The window's first paint imports this module: it touches Qt's namespace (whose enums
PySide6 builds on first use, some 25 ms) only when a function runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows ``text`` (and any text set later) exactly as written."""
    from PySide6.QtCore import Qt

    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def make_plain(*labels: QLabel) -> None:
    """Switch existing labels to plain text."""
    from PySide6.QtCore import Qt

    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)


def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` literally, line breaks kept ("" stays no tooltip).

    Tooltips have no plain-text mode: the text is escaped inside a paragraph, which Qt
    always takes for rich text.

    >>> plain_tip("<b>Acme</b> & co")
    '<p>&lt;b&gt;Acme&lt;/b&gt; &amp; co</p>'
    """
    if not text:
        return ""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import Qt as QtGui

    return QtGui.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def literal_ampersands(text: str) -> str:
    """Text for a button or menu item, its ``&`` shown instead of taken for a shortcut key.

    >>> literal_ampersands("Apply to R&D")
    'Apply to R&&D'
    """
    return text.replace("&", "&&")


def plain_box(box: QMessageBox) -> QMessageBox:
    """A message box whose text and informative text show exactly as written."""
    from PySide6.QtCore import Qt

    box.setTextFormat(Qt.TextFormat.PlainText)
    informative = box.findChild(QLabel, "qt_msgbox_informativelabel")
    if informative is not None:
        informative.setTextFormat(Qt.TextFormat.PlainText)
    return box
