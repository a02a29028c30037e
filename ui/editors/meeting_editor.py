"""The meeting editor: teams, duration, zone, start, repeat rule, holidays and invitation details.

A preview shows the first occurrence in every team's local time, with its conflicts.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ui.editors.base import EditorDialog
from ui.editors.repeat_editor import RepeatEditor, qdate_to_date
from ui.meetings.dates import day_text
from ui.plain import plain_label
from ui.validation import FORM, ValidationReport

if TYPE_CHECKING:
    from planner.plan.meeting import Meeting, Repeat
    from planner.plan.model import Plan

TEAM_ROLE = Qt.ItemDataRole.UserRole


OTHER_ZONE = "__other__"


def kept_moves(meeting: Meeting, original: Meeting) -> Meeting:
    """``meeting`` with the original's moved occurrences that its series still has."""
    from dataclasses import replace

    from planner.plan.recurrence import wall_starts

    if meeting.repeat is None:
        return meeting
    kept = tuple(
        m
        for m in original.moved
        if next(wall_starts(meeting, m.original, m.original), None) is not None
    )
    return replace(meeting, moved=kept)


class MeetingEditor(EditorDialog):
    """Add a meeting (``meeting=None``) or edit one; :attr:`result_plan` holds the plan after OK."""

    def __init__(
        self,
        plan: Plan,
        meeting: Meeting | None = None,
        parent: QWidget | None = None,
        clock24: bool = True,
        today: date | None = None,
        choose_zone: Callable[[str], str | None] | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        """Build the editor.

        Args:
            plan: the plan the meeting belongs to.
            meeting: the meeting to edit, or None to add one.
            parent: the dialog's parent window.
            clock24: show times on a 24-hour clock.
            today: the default date of a new meeting.
            choose_zone: asks for another zone (the "Other zone…" entry); None hides it.
            now: the clock.
        """
        taken = [m.id for m in plan.meetings]
        original_id = meeting.id if meeting else None
        super().__init__(plan, "meeting", taken, original_id, parent, delay_ms=80)
        self.original = meeting
        self.clock24 = clock24
        self.result_meeting: Meeting | None = None
        self._choose_zone = choose_zone
        self._now = now
        self.rotation: tuple[Meeting, Meeting] | None = None
        self.setWindowTitle(
            self.tr("Edit Meeting {title}").format(title=meeting.title)
            if meeting
            else self.tr("Add Meeting")
        )
        self.resize(900, 560)

        self.title = QLineEdit()
        self.teams = QListWidget()
        self.teams.setAccessibleName(self.tr("Participating teams"))
        self.teams.setMaximumHeight(130)
        for team in plan.teams:
            side = self.tr("vendor") if team.side == "vendor" else self.tr("client")
            item = QListWidgetItem(
                self.tr("{name} ({id}, {side})").format(name=team.name, id=team.id, side=side)
            )
            item.setData(TEAM_ROLE, team.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.teams.addItem(item)
        self.duration = QSpinBox()
        self.duration.setRange(1, 1440)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.zone = QComboBox()
        self.zone.setAccessibleName(self.tr("Meeting time zone"))
        self.start_date = QDateEdit()
        self.start_date.setCalendarPopup(True)
        self.start_date.setDisplayFormat("ddd yyyy-MM-dd")
        self.start_time = QTimeEdit()
        self.start_time.setDisplayFormat("HH:mm" if clock24 else "h:mm AP")
        start_row = QHBoxLayout()
        start_row.setContentsMargins(0, 0, 0, 0)
        start_row.addWidget(self.start_date, 2)
        start_row.addWidget(self.start_time, 1)
        self.find_slot = QPushButton(self.tr("Find a Slot…"))
        self.find_slot.setToolTip(
            self.tr("Rank start times by how comfortable they are for every team")
        )
        self.find_slot.setVisible(False)
        start_row.addWidget(self.find_slot)
        self.start_date.setAccessibleName(self.tr("Start date"))
        self.start_time.setAccessibleName(self.tr("Start time"))
        start_holder = QWidget()
        start_holder.setLayout(start_row)
        self.repeat = RepeatEditor()
        self.skip_holidays = QCheckBox(
            self.tr("Skip occurrences on a participant's holiday or day off")
        )
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(70)
        self.location = QLineEdit()
        self.url = QLineEdit()
        self.reminder = QSpinBox()
        self.reminder.setRange(-1, 7 * 24 * 60)
        self.reminder.setSpecialValueText(self.tr("No reminder"))
        self.reminder.setSuffix(self.tr(" min before"))
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)

        left = QFormLayout()
        right = QFormLayout()
        rows: tuple[tuple[QFormLayout, str, str, QWidget, QWidget], ...] = (
            (left, self.tr("&Title:"), "title", self.title, self.title),
            (left, self.tr("&Id:"), "id", self.id, self.id),
            (left, self.tr("T&eams:"), "teams", self.teams, self.teams),
            (left, self.tr("&Duration:"), "duration", self.duration, self.duration),
            (left, self.tr("&Zone:"), "zone", self.zone, self.zone),
            (left, self.tr("&Start:"), "start", start_holder, self.start_date),
            (right, "", "repeat", self.repeat, self.repeat.freq),
            (right, "", "skip_holidays", self.skip_holidays, self.skip_holidays),
            (right, self.tr("Descri&ption:"), "description", self.description, self.description),
            (right, self.tr("&Location:"), "location", self.location, self.location),
            (right, self.tr("&Web link:"), "url", self.url, self.url),
            (right, self.tr("&Reminder:"), "reminder", self.reminder, self.reminder),
        )
        for form, label, name, holder, focus in rows:
            self.add_field_row(form, label, name, holder, focus)
        columns = QHBoxLayout()
        for form in (left, right):
            column = QVBoxLayout()
            column.addLayout(form)
            column.addStretch(1)
            columns.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        rotation_row = QHBoxLayout()
        self.rotation_note = plain_label()
        self.rotation_note.setWordWrap(True)
        self.drop_rotation = QPushButton(self.tr("Use One Slot"))
        self.drop_rotation.setToolTip(
            self.tr("Keep only the start time shown above, not the rotation")
        )
        self.drop_rotation.clicked.connect(self.clear_rotation)
        rotation_row.addWidget(self.rotation_note, 1)
        rotation_row.addWidget(self.drop_rotation)
        self.rotation_holder = QWidget()
        self.rotation_holder.setLayout(rotation_row)
        rotation_row.setContentsMargins(0, 0, 0, 0)
        self.rotation_holder.hide()
        layout.addWidget(self.rotation_holder)
        preview_box = QGroupBox(self.tr("First occurrence"))
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.preview)
        layout.addWidget(preview_box)
        self.add_summary_and_buttons(layout)

        self._fill_zones(meeting.zone if meeting else None)
        self._load(meeting, today or now().date())
        self.zone.activated.connect(self._on_zone_activated)
        self.watch(
            self.title,
            self.teams.itemChanged,
            self.duration.valueChanged,
            self.zone.currentIndexChanged,
            self.start_date.dateChanged,
            self.start_time.timeChanged,
            self.repeat.changed,
            self.skip_holidays.toggled,
            self.description.textChanged,
            self.location.textChanged,
            self.url.textChanged,
            self.reminder.valueChanged,
        )
        self.validate()
        self.title.setFocus()
        self.title.selectAll()

    # loading
    def _fill_zones(self, current: str | None) -> None:
        self.zone.blockSignals(True)
        self.zone.clear()
        self.zone.addItem(
            self.tr("Plan's reference zone ({zone})").format(zone=self.plan.reference_zone), None
        )
        zones: list[str] = []
        for team in self.plan.teams:
            if team.zone not in zones:
                zones.append(team.zone)
        if current and current not in zones:
            zones.append(current)
        for zone in zones:
            self.zone.addItem(zone, zone)
        if self._choose_zone is not None:
            self.zone.addItem(self.tr("Other zone…"), OTHER_ZONE)
        index = self.zone.findData(current) if current else 0
        self.zone.setCurrentIndex(max(0, index))
        self.zone.blockSignals(False)

    def _on_zone_activated(self, index: int) -> None:
        if self.zone.itemData(index) != OTHER_ZONE or self._choose_zone is None:
            return
        chosen = self._choose_zone(self.plan.reference_zone)
        previous = self.original.zone if self.original else None
        self._fill_zones(chosen or previous)
        self.schedule()

    def _load(self, meeting: Meeting | None, today: date) -> None:
        if meeting is None:
            title = self.tr("New meeting")
            self.title.setText(title)
            self.id.setText(self.suggested_id(title))
            self.duration.setValue(30)
            self.start_date.setDate(QDate(today.year, today.month, today.day))
            self.start_time.setTime(QTime(10, 0))
            self.repeat.set_repeat(None, today)
            self.skip_holidays.setChecked(True)
            self.reminder.setValue(-1)
            for index in range(min(2, self.teams.count())):
                self.teams.item(index).setCheckState(Qt.CheckState.Checked)
            return
        self.title.setText(meeting.title)
        self.id.setText(meeting.id)
        for index in range(self.teams.count()):
            item = self.teams.item(index)
            checked = item.data(TEAM_ROLE) in meeting.teams
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.duration.setValue(meeting.duration_minutes)
        day = meeting.start_date
        self.start_date.setDate(QDate(day.year, day.month, day.day))
        self.start_time.setTime(QTime(meeting.start_time.hour, meeting.start_time.minute))
        self.repeat.set_repeat(meeting.repeat, day)
        self.skip_holidays.setChecked(meeting.skip_holidays)
        self.description.setPlainText(meeting.description)
        self.location.setText(meeting.location)
        self.url.setText(meeting.url)
        self.reminder.setValue(-1 if meeting.reminder_minutes is None else meeting.reminder_minutes)

    def load_template(self, meeting: Meeting) -> None:
        """Fill the fields from another meeting, as a new one (Duplicate)."""
        from dataclasses import replace

        title = self.tr("{title} (copy)").format(title=meeting.title)
        copy = replace(meeting, title=title)
        self._load(copy, meeting.start_date)
        self.id.setText(self.suggested_id(title))
        self.follow_name()
        self._fill_zones(meeting.zone)
        self.validate()

    def enable_slot_finder(self, open_finder: Callable[[MeetingEditor], None]) -> None:
        """Show "Find a Slot…"; ``open_finder(editor)`` runs when it is clicked."""
        self.find_slot.setVisible(True)
        self.find_slot.clicked.connect(lambda: open_finder(self))

    def current_repeat(self) -> Repeat | None:
        """The repeat rule as the form shows it (None when one-off or invalid)."""
        return self.repeat.read(ValidationReport())[1]

    def apply_slot(
        self,
        zone: str,
        start_date: date,
        start_time: time,
        teams: tuple[str, ...],
        duration: int,
        repeat: Repeat | None,
        rotation: tuple[Meeting, Meeting] | None = None,
    ) -> None:
        """Take a slot chosen in the slot finder (and its fair rotation, when chosen)."""
        for index in range(self.teams.count()):
            item = self.teams.item(index)
            wanted = item.data(TEAM_ROLE) in teams
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        self.duration.setValue(duration)
        self._fill_zones(zone)
        self.repeat.set_repeat(repeat, start_date)
        self.start_date.setDate(QDate(start_date.year, start_date.month, start_date.day))
        self.start_time.setTime(QTime(start_time.hour, start_time.minute))
        self.rotation = rotation
        if rotation is not None:
            first, second = rotation
            self.rotation_note.setText(
                self.tr(
                    "Fair rotation: OK saves two meetings that take turns, starting "
                    "{first_day} at {first_time} and {second_day} at {second_time} ({zone})."
                ).format(
                    first_day=day_text(first.start_date),
                    first_time=f"{first.start_time:%H:%M}",
                    second_day=day_text(second.start_date),
                    second_time=f"{second.start_time:%H:%M}",
                    zone=zone,
                )
            )
        self.rotation_holder.setVisible(rotation is not None)
        self.validate()

    def clear_rotation(self) -> None:
        """Save one meeting (the slot shown) instead of the rotation."""
        self.rotation = None
        self.rotation_holder.hide()
        self.validate()

    def _rotation_meetings(self, meeting: Meeting) -> tuple[Meeting, ...]:
        from dataclasses import replace

        if self.rotation is None:
            return (meeting,)
        halves = []
        for suffix, half in zip("ab", self.rotation, strict=True):
            halves.append(
                replace(
                    half,
                    id=f"{meeting.id}-{suffix}",
                    title=f"{meeting.title} ({suffix.upper()}: {half.start_time:%H:%M})",
                    skip_holidays=meeting.skip_holidays,
                    description=meeting.description,
                    location=meeting.location,
                    url=meeting.url,
                    reminder_minutes=meeting.reminder_minutes,
                )
            )
        return tuple(halves)

    # values
    def checked_teams(self) -> tuple[str, ...]:
        """The participating team ids, in plan order."""
        return tuple(
            str(self.teams.item(i).data(TEAM_ROLE))
            for i in range(self.teams.count())
            if self.teams.item(i).checkState() == Qt.CheckState.Checked
        )

    def check_fields(self, report: ValidationReport, ident: str | None) -> None:
        """Check the fields, build the meeting and the plan with it, and preview it."""
        from planner.plan.meeting import Meeting
        from planner.plan.recurrence import check_rule

        teams = self.checked_teams()
        if len(teams) < 2:
            report.add("teams", self.tr("tick two or more teams that take part"))
        repeat_ok, repeat = self.repeat.read(report)
        zone_data = self.zone.currentData()
        zone = str(zone_data) if zone_data and zone_data != OTHER_ZONE else None
        reminder = self.reminder.value()
        meeting = None
        if report.ok and ident is not None and repeat_ok:
            meeting = report.check(
                FORM,
                lambda: Meeting(
                    ident,
                    self.title.text().strip(),
                    teams,
                    self.duration.value(),
                    qdate_to_date(self.start_date.date()),
                    time(self.start_time.time().hour(), self.start_time.time().minute()),
                    zone,
                    repeat,
                    self.skip_holidays.isChecked(),
                    self.description.toPlainText(),
                    self.location.text().strip(),
                    self.url.text().strip(),
                    None if reminder < 0 else reminder,
                ),
            )
        if meeting is not None:
            checked = meeting
            report.check("start", lambda: check_rule(checked))
            if report.message("start"):
                meeting = None
        if meeting is not None and self.original is not None and self.original.moved:
            meeting = kept_moves(meeting, self.original)
        plan = None
        if meeting is not None:
            built = meeting
            plan = report.check(FORM, lambda: self._put(built))
            if plan is not None and self.rotation is not None:
                meeting = plan.meeting(f"{meeting.id}-a")
        self.result_meeting = meeting if plan is not None else None
        self.result_plan = plan
        self._show_preview(plan, meeting)

    def _put(self, meeting: Meeting) -> Plan:
        from planner.plan.edits import put_meeting, remove_meeting

        plan = self.plan
        meetings = self._rotation_meetings(meeting)
        if self.rotation is None:
            return put_meeting(plan, self.original.id if self.original else None, meeting)
        if self.original is not None:
            plan = remove_meeting(plan, self.original.id)
        for half in meetings:
            plan = put_meeting(plan, None, half)
        return plan

    def _show_preview(self, plan: Plan | None, meeting: Meeting | None) -> None:
        if plan is None or meeting is None:
            self.preview.setText(
                "<i>" + self.tr("Fix the marked fields to see the first occurrence.") + "</i>"
            )
            return
        from ui.meetings.rows import first_occurrences, occurrence_cells

        occurrences = first_occurrences(plan, meeting, 1)
        if not occurrences:
            self.preview.setText("<i>" + self.tr("The series has no occurrence.") + "</i>")
            return
        cells = occurrence_cells(plan, meeting, occurrences[0], self.clock24)

        def esc(text: str) -> str:  # team names and titles are the user's: shown as typed
            return html.escape(text, quote=False)

        lines = [f"<b>{esc(cells.when)}</b>: {esc(cells.status)}"]
        lines.extend(f"{esc(name)}: {esc(text)}" for name, text in cells.local_times)
        self.preview.setText("<br>".join(lines))

    def undo_text(self) -> str:
        """What the undo step is called."""
        if self.rotation is not None:
            return self.tr('Add rotation "{title}"').format(title=self.title.text().strip())
        title = self.result_meeting.title if self.result_meeting else self.tr("meeting")
        if self.original is None:
            return self.tr('Add meeting "{title}"').format(title=title)
        return self.tr('Edit meeting "{title}"').format(title=title)
