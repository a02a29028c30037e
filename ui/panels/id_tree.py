"""The parts the Teams, Roles and Meetings panels share.

Each panel lists plan objects that it finds by id, with a row of flat buttons under them.
A list may fill the costly columns of an item only once it comes into view
(:meth:`IdTree.fill_lazily`): a plan of a thousand teams opens without working out what
nobody scrolled to.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
)

ID_ROLE = Qt.ItemDataRole.UserRole
"""Where an item's first column keeps the id of the team, role or meeting it shows."""
PENDING_ROLE = Qt.ItemDataRole.UserRole + 7
"""True on an item whose costly columns are not filled yet (:meth:`IdTree.fill_lazily`)."""


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
        self._fill: Callable[[QTreeWidgetItem], None] | None = None
        self.verticalScrollBar().valueChanged.connect(lambda _value: self.fill_visible())

    def fill_lazily(self, fill: Callable[[QTreeWidgetItem], None]) -> None:
        """Call ``fill`` on each item marked pending (:meth:`add_all_pending`) once it is in view."""
        self._fill = fill

    def add_all_pending(self, items: list[QTreeWidgetItem]) -> None:
        """Add items whose costly columns :meth:`fill_lazily`'s function fills later.

        They are inserted at once: one change of the list's model.
        """
        for item in items:
            item.setData(0, PENDING_ROLE, True)
        self.addTopLevelItems(items)

    def fill(self, item: QTreeWidgetItem) -> None:
        """Fill a pending item now (reading it, selecting it)."""
        if self._fill is not None and item.data(0, PENDING_ROLE):
            item.setData(0, PENDING_ROLE, None)
            self._fill(item)

    def fill_visible(self) -> None:
        """Fill the pending items in view (none while the list is hidden)."""
        if self._fill is None or not self.isVisible():
            return
        # The viewport's height without scroll bars (a row under a horizontal scroll bar
        # is filled a little early): asking for the viewport itself would make PySide6
        # wrap a widget Qt made, a first time that costs the window's start some 30 ms.
        bottom = self.maximumViewportSize().height()
        item = self.itemAt(0, 0)
        rows: list[QTreeWidgetItem] = []
        while item is not None and self.visualItemRect(item).top() <= bottom:
            rows.append(item)
            item = self.itemBelow(item)
        pending = [row for row in rows if row.data(0, PENDING_ROLE)]
        if not pending:
            return
        # The rows change as one: each change told apart would size every column to its
        # contents again, over every row of the list (a second for 200 teams).
        model = self.model()
        blocked = model.blockSignals(True)
        try:
            for row in pending:
                self.fill(row)
        finally:
            model.blockSignals(blocked)
        last = self.columnCount() - 1
        model.dataChanged.emit(
            self.indexFromItem(pending[0]), self.indexFromItem(pending[-1], last)
        )

    def showEvent(self, event: QShowEvent) -> None:
        """Fill the items that came into view."""
        super().showEvent(event)
        self.fill_visible()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fill the items that came into view."""
        super().resizeEvent(event)
        self.fill_visible()

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
