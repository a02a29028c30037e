"""The parts the Teams, Roles and Meetings panels share.

Each panel lists plan objects that it finds by id, with a row of flat buttons under them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
)

ID_ROLE = Qt.ItemDataRole.UserRole
"""Where an item's first column keeps the id of the team, role or meeting it shows."""


def tool_button(text: str, tip: str) -> QToolButton:
    """A flat text button for a panel's button row."""
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAutoRaise(True)
    return button


def button_row(left: tuple[QToolButton, ...], right: tuple[QToolButton, ...] = ()) -> QHBoxLayout:
    """A panel's buttons: ``left`` (Add, Edit, Remove…) at the start, ``right`` at the end."""
    row = QHBoxLayout()
    for button in left:
        row.addWidget(button)
    row.addStretch(1)
    for button in right:
        row.addWidget(button)
    return row


class IdTree(QTreeWidget):
    """A flat, single-selection list of plan objects, each item holding its id (ID_ROLE)."""

    def __init__(self, name: str, headers: list[str]) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.setHeaderLabels(headers)
        self.setRootIsDecorated(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def find_id(self, item_id: str) -> QTreeWidgetItem | None:
        """The item of an object, or None."""
        for index in range(self.topLevelItemCount()):
            item = self.topLevelItem(index)
            if item is not None and item.data(0, ID_ROLE) == item_id:
                return item
        return None

    def selected_id(self) -> str | None:
        """The selected object's id."""
        items = self.selectedItems()
        return str(items[0].data(0, ID_ROLE)) if items else None

    def select_id(self, item_id: str | None) -> bool:
        """Select an object by id; clear the selection (and say False) when it is not listed."""
        item = None if item_id is None else self.find_id(item_id)
        if item is None:
            self.clearSelection()
            return False
        self.setCurrentItem(item)
        return True

    def emit_selected(self, signal: SignalInstance) -> None:
        """Emit ``signal`` with the selected id; nothing when none is selected."""
        item_id = self.selected_id()
        if item_id is not None:
            signal.emit(item_id)

    def on_delete_key(self, slot: Callable[[], object]) -> None:
        """Call ``slot`` when Delete is pressed in this list (only here, not in the window)."""
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(slot)
