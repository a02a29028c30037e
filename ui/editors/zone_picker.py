"""A time zone picker with the same search as ``overlap-planner zones``: city, country, abbreviation."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

ZONE_ROLE = Qt.ItemDataRole.UserRole
MAX_RESULTS = 200


def _utc_now() -> datetime:
    return datetime.now(UTC)


class ZonePicker(QWidget):
    """Search field, result list and the chosen zone; ``zoneChanged`` when a zone is chosen."""

    zoneChanged = Signal(str)

    def __init__(
        self,
        zone: str = "",
        parent: QWidget | None = None,
        now: Callable[[], datetime] = _utc_now,
        rows: int = 6,
    ) -> None:
        super().__init__(parent)
        self._now = now
        self._zone = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            "Search a city, country or abbreviation: Manila, India, CET…"
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Time zone search")
        self.results = QListWidget()
        self.results.setAccessibleName("Matching time zones")
        self.results.setUniformItemSizes(True)
        row = self.results.fontMetrics().height() + 6
        self.results.setFixedHeight(row * rows + 4)
        self.chosen = QLabel()
        self.chosen.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.chosen)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self.search_now)
        self.search.textEdited.connect(lambda _text: self._debounce.start())
        self.search.installEventFilter(self)
        self.results.itemActivated.connect(self._choose_item)
        self.results.itemClicked.connect(self._choose_item)
        self.set_zone(zone)

    def zone(self) -> str:
        """The chosen IANA zone name ("" when none)."""
        return self._zone

    def set_zone(self, zone: str) -> None:
        """Choose ``zone`` and list it as the only result."""
        self.search.setText(zone)
        self.search_now()
        self._set(zone)

    def search_now(self) -> None:
        """Fill the result list for the current search text."""
        from planner.time.zones import search_zones

        self._debounce.stop()
        query = self.search.text()
        self.results.clear()
        for match in search_zones(query, self._now())[:MAX_RESULTS]:
            parts = [match.name]
            if match.country:
                parts.append(match.country)
            extra = f"UTC{match.utc_offset}"
            if match.abbreviations:
                extra = f"{'/'.join(match.abbreviations)}, {extra}"
            item = QListWidgetItem(f"{' — '.join(parts)}  ({extra})")
            item.setData(ZONE_ROLE, match.name)
            self.results.addItem(item)
            if match.name == self._zone:
                self.results.setCurrentItem(item)
        if self.results.count() and self.results.currentRow() < 0:
            self.results.setCurrentRow(0)
        exact = [
            self.results.item(i)
            for i in range(self.results.count())
            if str(self.results.item(i).data(ZONE_ROLE)).lower() == query.strip().lower()
        ]
        if exact:
            self._set(str(exact[0].data(ZONE_ROLE)))

    def _choose_current(self) -> None:
        if self._debounce.isActive():
            self.search_now()
        item = self.results.currentItem()
        if item is not None:
            self._choose_item(item)

    def _choose_item(self, item: QListWidgetItem) -> None:
        self._set(str(item.data(ZONE_ROLE)))

    def _set(self, zone: str) -> None:
        from planner.errors import PlannerError
        from planner.time.zones import format_offset, load_zone

        try:
            info = load_zone(zone) if zone else None
        except PlannerError:
            info = None
        if info is None:
            self.chosen.setText("No time zone chosen: search and pick one from the list.")
            changed = self._zone != ""
            self._zone = ""
        else:
            offset = self._now().astimezone(info).utcoffset()
            now_text = f"UTC{format_offset(offset)}" if offset is not None else ""
            self.chosen.setText(f"Chosen: <b>{html.escape(zone)}</b> (now {html.escape(now_text)})")
            changed = self._zone != zone
            self._zone = zone
        if changed:
            self.zoneChanged.emit(self._zone)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down in the search field move through the results; Enter picks one.

        Enter is consumed so that it does not also press the dialog's default button.
        """
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._choose_current()
                return True
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                step = -1 if event.key() == Qt.Key.Key_Up else 1
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)


class ZoneDialog(QDialog):
    """Choose a zone in a small dialog (the toolbar's reference zone)."""

    def __init__(
        self, zone: str, parent: QWidget | None = None, title: str = "Reference time zone"
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        note = QLabel("The chart's 24-hour axis and the analysed dates are in this zone.")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.picker = ZonePicker(zone, rows=10)
        layout.addWidget(self.picker)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.picker.zoneChanged.connect(lambda z: self._ok.setEnabled(bool(z)))
        self._ok.setEnabled(bool(self.picker.zone()))
        self.picker.results.itemActivated.connect(lambda _item: self.accept())
        self.picker.search.setFocus()
        self.picker.search.selectAll()
