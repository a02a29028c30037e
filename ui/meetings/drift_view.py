"""The DST drift view: a meeting's local time changes and the occurrences outside working hours.

It shows a :class:`planner.meetings.drift.DriftReport`: each participant's local start on the first
occurrence, the dates from which someone's local time moves (and the clock change behind
it), and the occurrences that leave someone's working hours (how it sits for them and
the holiday when it is one).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.meetings.drift import DriftReport, drift_in_range
from planner.plan.meeting import Meeting
from planner.plan.model import Plan
from planner.time.intervals import Instant
from ui.i18n.domain import domain_text
from ui.meetings.dates import day_text, list_text, weekday_text
from ui.meetings.rows import clock_text
from ui.plain import plain_label


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAccessibleName(name)
    return table


class DriftView(QWidget):
    """A meeting's drift report: local time changes and occurrences outside working hours."""

    def __init__(self, parent: QWidget | None = None, clock24: bool = True) -> None:
        super().__init__(parent)
        self.clock24 = clock24
        self.report: DriftReport | None = None
        self.names: dict[str, str] = {}
        self.heading = plain_label(self.tr("No meeting selected."))
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changes = _table(
            [self.tr("Date"), self.tr("Team"), self.tr("From"), self.tr("To"), self.tr("Why")],
            self.tr("Local time changes"),
        )
        self.outside = _table(
            [
                self.tr("Date"),
                self.tr("Team"),
                self.tr("Local start"),
                self.tr("How it sits"),
                self.tr("Note"),
            ],
            self.tr("Outside working hours"),
        )
        self.changes_box = QGroupBox(self.tr("Local time changes"))
        self.changes_note = plain_label()
        changes_layout = QVBoxLayout(self.changes_box)
        changes_layout.addWidget(self.changes_note)
        changes_layout.addWidget(self.changes)
        self.outside_box = QGroupBox(self.tr("Occurrences outside someone's working hours"))
        self.outside_note = plain_label()
        outside_layout = QVBoxLayout(self.outside_box)
        outside_layout.addWidget(self.outside_note)
        outside_layout.addWidget(self.outside)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.changes_box, 1)
        layout.addWidget(self.outside_box, 1)
        self.clear()

    def clear(self, message: str | None = None) -> None:
        """Show nothing but ``message`` (default: no meeting selected)."""
        self.report = None
        self.heading.setText(self.tr("No meeting selected.") if message is None else message)
        for table in (self.changes, self.outside):
            table.setRowCount(0)
        self.changes_note.setText("")
        self.outside_note.setText("")

    def show_meeting(self, plan: Plan, meeting: Meeting, start: Instant, end: Instant) -> None:
        """Compute and show the report of ``meeting`` for occurrences starting in ``[start, end)``."""
        try:
            report = drift_in_range(plan, meeting, start, end)
        except PlannerError as exc:
            self.clear(domain_text(exc))
            return
        self.names = {t.id: t.name for t in plan.teams}
        self.set_report(report, meeting.title)

    def _clock(self, clock: str) -> str:
        return clock_text(clock, self.clock24)

    def _name(self, team_id: str) -> str:
        """A team's name as people read it (its id when the plan is not known)."""
        return self.names.get(team_id, team_id)

    def set_report(self, report: DriftReport, title: str = "") -> None:
        """Show a report (``title``: the meeting's title for the heading)."""
        self.report = report
        name = title or report.meeting_id
        if not report.baseline:
            self.clear(self.tr("{meeting}: no occurrence held in this range.").format(meeting=name))
            self.report = report
            return
        first = list_text([f"{self._name(s.team)} {self._clock(s.clock)}" for s in report.baseline])
        heading = self.tr("{meeting} ({zone}): on the first occurrence {times}.")
        self.heading.setText(heading.format(meeting=name, zone=report.zone, times=first))
        self.changes.setRowCount(len(report.changes))
        for row, change in enumerate(report.changes):
            cells = (
                day_text(change.day),
                self._name(change.team),
                self._clock(change.before),
                self._clock(change.after),
                domain_text(change.reason),
            )
            for column, text in enumerate(cells):
                self.changes.setItem(row, column, QTableWidgetItem(text))
        self.changes_note.setText(
            self.tr("Nobody's local time changes in this range.")
            if not report.changes
            else self.tr(
                "%n change(s): from these dates the team meets at the new local time.",
                "",
                len(report.changes),
            )
        )
        rows = [(o, t) for o in report.outside for t in o.teams]
        self.outside.setRowCount(len(rows))
        for row, (occurrence, entry) in enumerate(rows):
            cells = (
                day_text(occurrence.day),
                self._name(entry.team),
                f"{weekday_text(entry.local.date())} {self._clock(entry.local.strftime('%H:%M'))}",
                entry.comfort.label,
                domain_text(entry.note),
            )
            for column, text in enumerate(cells):
                self.outside.setItem(row, column, QTableWidgetItem(text))
        self.outside_note.setText(
            self.tr("Every held occurrence is inside everyone's working hours.")
            if not report.outside
            else self.tr("%n occurrence(s) leave someone's working hours.", "", len(report.outside))
        )
