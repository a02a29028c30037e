"""A time zone picker with the search of ``overlap-planner zones``: any city, country, zone name.

Each hit shows the place, the zone, its offset now and whether it observes daylight
saving ("Bengaluru, Karnataka, India — Asia/Kolkata (UTC+05:30, no daylight saving)"), in
the GUI's language (:mod:`ui.editors.zone_hits`).
The picker searches as the person types; picking a hit chooses its zone and, for a
city, the city (the team's optional ``city``). Text that looks like a zone id ("Asia/…")
and names no zone is a problem the editor shows on the field.
"""

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

from ui.i18n.domain import domain_text

ZONE_ROLE = Qt.ItemDataRole.UserRole
CITY_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_RESULTS = 100
DEBOUNCE_MS = 60


def _utc_now() -> datetime:
    return datetime.now(UTC)


class ZonePicker(QWidget):
    """Search field, hit list and the chosen zone; ``zoneChanged`` when zone or city changes."""

    zoneChanged = Signal(str)

    def __init__(
        self,
        zone: str = "",
        parent: QWidget | None = None,
        now: Callable[[], datetime] = _utc_now,
        rows: int = 6,
        city: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._now = now
        self._zone = ""
        self._city: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr(
                "Search any city, country, zone name or abbreviation: Cebu, UK, Pacific Time, IST…"
            )
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Time zone search"))
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Matching places and time zones"))
        self.results.setUniformItemSizes(True)
        row = self.results.fontMetrics().height() + 6
        self.results.setFixedHeight(row * rows + 4)
        self.chosen = QLabel()
        self.chosen.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chosen.setWordWrap(True)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.chosen)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search_now)
        self.search.textEdited.connect(lambda _text: self._debounce.start())
        self.search.installEventFilter(self)
        self.results.itemActivated.connect(self._choose_item)
        self.results.itemClicked.connect(self._choose_item)
        self.set_zone(zone, city)

    def zone(self) -> str:
        """The chosen IANA zone name ("" when none)."""
        return self._zone

    def city(self) -> str | None:
        """The city picked with the zone, or None (a country, zone or abbreviation was picked)."""
        return self._city

    def set_zone(self, zone: str, city: str | None = None) -> None:
        """Choose ``zone`` (and ``city``) and list what the search for it finds."""
        self.search.setText(city or zone)
        self.search_now()
        for row in range(self.results.count()):
            item = self.results.item(row)
            if item.data(ZONE_ROLE) == zone and (item.data(CITY_ROLE) or None) == city:
                self.results.setCurrentItem(item)
                break
        self._set(zone, city)

    def problem(self) -> str | None:
        """Why the typed text cannot be a zone, when it looks like a zone id and names none."""
        from planner.errors import PlannerError
        from planner.time.places.zonefacts import zone_named
        from planner.time.zones import load_zone

        text = self.search.text().strip()
        if "/" not in text or zone_named(text) is not None:
            return None
        try:
            load_zone(text)
        except PlannerError as exc:
            return domain_text(exc)
        return None

    def search_now(self) -> None:
        """Fill the hit list for the current search text."""
        from planner.time.places.search import search_places
        from planner.time.places.zonefacts import zone_named
        from ui.editors.zone_hits import hit_text

        self._debounce.stop()
        query = self.search.text()
        self.results.clear()
        hits = search_places(query, self._now(), limit=MAX_RESULTS)
        for hit in hits:
            text = hit_text(hit)
            item = QListWidgetItem(text)
            item.setData(ZONE_ROLE, hit.zone)
            item.setData(CITY_ROLE, hit.city)
            item.setToolTip(text)
            self.results.addItem(item)
            if hit.zone == self._zone and (hit.city or None) == self._city:
                self.results.setCurrentItem(item)
        if self.results.count() and self.results.currentRow() < 0:
            self.results.setCurrentRow(0)
        typed = query.strip()
        zone = zone_named(typed) if "/" in typed or typed.upper() == "UTC" else None
        if zone is not None:
            self._set(zone, None)  # a zone id typed in full ("asia/calcutta") is chosen
        elif "/" in typed:
            self._changed()  # the editor marks the unknown zone id

    def _choose_current(self) -> None:
        if self._debounce.isActive():
            self.search_now()
        item = self.results.currentItem()
        if item is not None:
            self._choose_item(item)

    def _choose_item(self, item: QListWidgetItem) -> None:
        self._set(str(item.data(ZONE_ROLE)), str(item.data(CITY_ROLE) or "") or None)

    def _set(self, zone: str, city: str | None) -> None:
        from planner.errors import PlannerError
        from planner.time.zones import format_offset, load_zone
        from ui.editors.zone_hits import offset_text

        try:
            info = load_zone(zone) if zone else None
        except PlannerError:
            info = None
        before = (self._zone, self._city)
        if info is None:
            self.chosen.setText(self.tr("No time zone chosen: search and pick one from the list."))
            self._zone, self._city = "", None
        else:
            offset = self._now().astimezone(info).utcoffset()
            now_text = offset_text(format_offset(offset)) if offset is not None else ""
            place = f" — {city}" if city else ""
            self.chosen.setText(
                self.tr("Chosen: <b>{zone}</b>{place} (now {offset})").format(
                    zone=html.escape(zone), place=html.escape(place), offset=html.escape(now_text)
                )
            )
            self._zone, self._city = zone, city
        if (self._zone, self._city) != before:
            self._changed()

    def _changed(self) -> None:
        self.zoneChanged.emit(self._zone)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down in the search field move through the hits; Enter picks one.

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

    def __init__(self, zone: str, parent: QWidget | None = None, title: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reference time zone") if title is None else title)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("The chart's 24-hour axis and the analysed dates are in this zone."))
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
