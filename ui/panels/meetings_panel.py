"""The Meetings panel: the meeting list and the selected meeting's occurrence table.

Each occurrence shows every team's local time, its conflicts and why it is skipped.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.panels.deferred import DeferredPanel
from ui.panels.id_tree import ID_ROLE, IdTree, button_row, tool_button
from ui.panels.roles_panel import FAIL_COLOUR, NEUTRAL_COLOUR, PASS_COLOUR
from ui.plain import plain_label, plain_tip

if TYPE_CHECKING:
    from planner.plan.model import Plan
    from ui.meetings.drift_view import DriftView

DATE_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_COLOURS = {"ok": PASS_COLOUR, "conflict": FAIL_COLOUR, "skipped": NEUTRAL_COLOUR}


class MeetingsPanel(DeferredPanel):
    """Lists meetings; shows the selected one's occurrences; asks the window to edit them."""

    addRequested = Signal()
    editRequested = Signal(str)
    removeRequested = Signal(str)
    duplicateRequested = Signal(str)
    meetingSelected = Signal(object)
    occurrenceActivated = Signal(object)

    tree: IdTree
    splitter: QSplitter
    tabs: QTabWidget
    caption: QLabel
    table: QTableWidget
    drift_holder: QWidget
    drift: DriftView | None
    add_button: QToolButton
    edit_button: QToolButton
    duplicate_button: QToolButton
    remove_button: QToolButton

    def _make(self) -> None:
        """Make the meeting list, the occurrence table and the buttons."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        self.tree = IdTree(
            self.tr("Meetings"), [self.tr("Meeting"), self.tr("First year"), self.tr("Schedule")]
        )
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.fill_lazily(self._fill_summary)
        splitter.addWidget(self.tree)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Occurrences and clock changes"))
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.caption = plain_label(self.tr("Select a meeting to see its occurrences."))
        self.caption.setWordWrap(True)
        lower_layout.addWidget(self.caption)
        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("Occurrences"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setToolTip(self.tr("Double-click an occurrence to show its day on the chart"))
        lower_layout.addWidget(self.table)
        self.tabs.addTab(lower, self.tr("Occurrences"))
        self.drift_holder = QWidget()
        QVBoxLayout(self.drift_holder).setContentsMargins(0, 0, 0, 0)
        self.drift = None
        self.tabs.addTab(self.drift_holder, self.tr("Clock Changes"))
        self.tabs.setTabToolTip(
            1, self.tr("How daylight-saving changes move the meeting for each team")
        )
        self.tabs.currentChanged.connect(lambda _index: self._show_drift())
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.add_button = tool_button(self.tr("Add…"), self.tr("Add a meeting"))
        self.edit_button = tool_button(
            self.tr("Edit…"), self.tr("Edit the selected meeting (Enter)")
        )
        self.duplicate_button = tool_button(
            self.tr("Duplicate"), self.tr("Copy the selected meeting")
        )
        self.remove_button = tool_button(
            self.tr("Remove"), self.tr("Remove the selected meeting (Delete)")
        )
        layout.addLayout(
            button_row(
                (self.add_button, self.edit_button, self.duplicate_button, self.remove_button)
            )
        )
        emit = self.tree.emit_selected
        self.add_button.clicked.connect(self.addRequested)
        self.edit_button.clicked.connect(lambda: emit(self.editRequested))
        self.duplicate_button.clicked.connect(lambda: emit(self.duplicateRequested))
        self.remove_button.clicked.connect(lambda: emit(self.removeRequested))
        self.tree.itemActivated.connect(lambda _item, _column: emit(self.editRequested))
        self.tree.itemSelectionChanged.connect(self._on_selection)
        self.table.cellDoubleClicked.connect(self._on_cell)
        self.tree.on_delete_key(lambda: emit(self.removeRequested))
        self._update_buttons()
        self._fit_splitter(self.size())  # the dock may have sized the panel before

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Side by side in a wide, short dock (at the bottom); stacked in a tall one."""
        super().resizeEvent(event)
        if self._built:
            self._fit_splitter(event.size())

    def _fit_splitter(self, size: QSize) -> None:
        wide = size.width() > 1.8 * size.height()
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
            total = self.width() if wide else self.height()
            self.splitter.setSizes([int(total * 0.42), int(total * 0.58)])

    def set_plan(self, plan: Plan) -> None:
        """Show the plan's meetings, keeping the selection."""
        self._plan = plan
        if not self._built:
            return
        from ui.meetings.dates import english, iso_text, number_text, wall_text
        from ui.meetings.repeat_words import repeat_words

        selected = self.selected_id()
        self.tree.blockSignals(True)
        self.tree.clear()
        items = []
        for meeting in plan.meetings:
            zone = plan.meeting_zone(meeting)
            minute = meeting.start_time.hour * 60 + meeting.start_time.minute
            start = wall_text(minute, self.clock24)
            if english() and not self.clock24:
                start = f"{meeting.start_time:%I:%M %p}"
            schedule = self.tr("{repeat} from {date}, {start} {zone}, {minutes} min").format(
                repeat=repeat_words(meeting.repeat),
                date=iso_text(meeting.start_date),
                start=start,
                zone=zone,
                minutes=number_text(meeting.duration_minutes),
            )
            # The first year's summary is worked out when the row comes into view.
            item = QTreeWidgetItem([meeting.title, "\u2026", schedule])
            item.setData(0, ID_ROLE, meeting.id)
            item.setToolTip(2, plain_tip(schedule))
            items.append(item)
        self.tree.add_all_pending(items)
        self.tree.fill_visible()
        self.tree.blockSignals(False)
        self.select(selected)
        if self.selected_id() is None:
            self._show_occurrences(None)
        self._update_buttons()

    def _fill_summary(self, item: QTreeWidgetItem) -> None:
        """The first year's occurrences of an item's meeting, in a few words and a colour."""
        from ui.meetings.rows import series_occurrences, series_summary

        plan = self._plan
        assert plan is not None
        occurrences = series_occurrences(plan, plan.meeting(str(item.data(0, ID_ROLE))))
        troubled = any(o.conflicts and not o.skipped for o in occurrences)
        item.setText(1, series_summary(occurrences))
        item.setForeground(1, QBrush(QColor(FAIL_COLOUR if troubled else PASS_COLOUR)))

    def selected_id(self) -> str | None:
        """The selected meeting's id."""
        return self.tree.selected_id() if self._built else None

    def select(self, meeting_id: str | None) -> None:
        """Select a meeting by id (None clears the selection)."""
        self.build()
        if self.tree.select_id(meeting_id):
            self._show_occurrences(meeting_id)

    def _on_selection(self) -> None:
        self._update_buttons()
        self._show_occurrences(self.selected_id())
        self.meetingSelected.emit(self.selected_id())

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        for button in (self.edit_button, self.duplicate_button, self.remove_button):
            button.setEnabled(chosen)

    def _show_occurrences(self, meeting_id: str | None) -> None:
        self._show_drift()
        plan = self._plan
        self.table.clear()
        if plan is None or meeting_id is None:
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            self.caption.setText(self.tr("Select a meeting to see its occurrences."))
            return
        from ui.meetings.rows import occurrence_cells, series_occurrences, series_summary

        meeting = plan.meeting(meeting_id)
        zone = plan.meeting_zone(meeting)
        occurrences = series_occurrences(plan, meeting)
        caption = self.tr(
            "{meeting}: occurrences in the first year of the series ({summary}); "
            "start times in {zone}."
        )
        self.caption.setText(
            caption.format(meeting=meeting.title, summary=series_summary(occurrences), zone=zone)
        )
        names = [plan.team(t).name for t in meeting.teams]
        self.table.setColumnCount(len(names) + 2)
        start_header = self.tr("Start ({zone})").format(zone=zone)
        self.table.setHorizontalHeaderLabels([start_header, *names, self.tr("Status")])
        self.table.setRowCount(len(occurrences))
        for row, occurrence in enumerate(occurrences):
            cells = occurrence_cells(plan, meeting, occurrence, self.clock24)
            first = QTableWidgetItem(cells.when)
            first.setData(DATE_ROLE, occurrence.wall.date().isoformat())
            self.table.setItem(row, 0, first)
            for column, (_name, text) in enumerate(cells.local_times, start=1):
                local = QTableWidgetItem(text)
                if _name in {plan.team(t).name for t in occurrence.conflicts}:
                    local.setForeground(QBrush(QColor(FAIL_COLOUR)))
                self.table.setItem(row, column, local)
            status = QTableWidgetItem(cells.status)
            status.setForeground(QBrush(QColor(STATE_COLOURS[cells.state])))
            status.setToolTip(plain_tip(cells.status))
            self.table.setItem(row, len(names) + 1, status)
        self.table.resizeColumnsToContents()

    def _show_drift(self) -> None:
        """Fill the clock-changes tab for the selected meeting (built on first use)."""
        if self.tabs.currentWidget() is not self.drift_holder or self._plan is None:
            return
        if self.drift is None:
            from ui.meetings.drift_view import DriftView

            self.drift = DriftView(clock24=self.clock24)
            layout = self.drift_holder.layout()
            assert layout is not None
            layout.addWidget(self.drift)
        self.drift.clock24 = self.clock24
        meeting_id = self.selected_id()
        if meeting_id is None:
            self.drift.clear()
            return
        from planner.time.local import day_range
        from ui.meetings.rows import SERIES_DAYS

        meeting = self._plan.meeting(meeting_id)
        zone = self._plan.meeting_zone(meeting)
        last = meeting.start_date + timedelta(days=SERIES_DAYS - 1)
        start, end = day_range(zone, meeting.start_date, last)
        self.drift.show_meeting(self._plan, meeting, start, end)

    def _on_cell(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.occurrenceActivated.emit(date.fromisoformat(str(item.data(DATE_ROLE))))
