"""The team editor: name, id, side, zone, weekly hours, public holidays and days off.

Every change is checked at once with planner's own validation; each problem is shown on
its field with the reason, and OK stays disabled until the team is valid.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.editors.base import EditorDialog
from ui.editors.holiday_picker import HolidayPicker
from ui.editors.hours_editor import HoursEditor, field_name
from ui.editors.repeat_editor import qdate_to_date
from ui.editors.zone_picker import ZonePicker
from ui.meetings.dates import weekday_text
from ui.plain import plain_label
from ui.validation import FORM, ValidationReport

if TYPE_CHECKING:
    from planner.plan.model import Plan, Side, Team

DATE_ROLE = Qt.ItemDataRole.UserRole


class DaysOffEditor(QWidget):
    """Extra local dates off: a sorted list with a date field to add and a button to remove."""

    def __init__(self, days: tuple[date, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Days off"))
        self.list.setMaximumHeight(110)
        row = QHBoxLayout()
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(QDate.currentDate())
        self.date.setAccessibleName(self.tr("Day off to add"))
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        row.addWidget(self.date, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.add_button.clicked.connect(lambda: self.add(qdate_to_date(self.date.date())))
        self.remove_button.clicked.connect(self.remove_selected)
        self.set_days(days)

    def set_days(self, days: tuple[date, ...]) -> None:
        """Show these dates."""
        self.list.clear()
        for day in sorted(set(days)):
            self._append(day)

    def _append(self, day: date) -> None:
        item = QListWidgetItem(f"{day.isoformat()} ({weekday_text(day)})")
        item.setData(DATE_ROLE, day.isoformat())
        self.list.addItem(item)

    def add(self, day: date) -> None:
        """Add a date (once)."""
        days = set(self.days())
        days.add(day)
        self.set_days(tuple(days))

    def remove_selected(self) -> None:
        """Remove the selected dates."""
        chosen = {str(i.data(DATE_ROLE)) for i in self.list.selectedItems()}
        self.set_days(tuple(d for d in self.days() if d.isoformat() not in chosen))

    def days(self) -> tuple[date, ...]:
        """The dates listed, sorted."""
        return tuple(
            date.fromisoformat(str(self.list.item(i).data(DATE_ROLE)))
            for i in range(self.list.count())
        )


class TeamEditor(EditorDialog):
    """Add a team (``team=None``) or edit one; :attr:`result_plan` holds the plan after OK."""

    def __init__(
        self,
        plan: Plan,
        team: Team | None = None,
        parent: QWidget | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        taken = [t.id for t in plan.teams]
        super().__init__(plan, "team", taken, team.id if team else None, parent, delay_ms=60)
        self.original = team
        self.result_team: Team | None = None
        self.setWindowTitle(
            self.tr("Edit Team {name}").format(name=team.name) if team else self.tr("Add Team")
        )
        self.resize(1100, 580)

        general = QGroupBox(self.tr("Team"))
        general_layout = QVBoxLayout(general)
        form = QFormLayout()
        general_layout.addLayout(form)
        general_layout.addStretch(1)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Team name"))
        self.id.setAccessibleName(self.tr("Team id"))
        self.id.setToolTip(
            self.tr("Used in the plan file and on the command line: lower case, e.g. mnl")
        )
        self.side = QComboBox()
        self.side.addItem(self.tr("Vendor (works for the client)"), "vendor")
        self.side.addItem(self.tr("Client"), "client")
        self.side.setAccessibleName(self.tr("Side"))
        self.zone = ZonePicker(now=now)
        self.holidays = HolidayPicker()
        self.days_off = DaysOffEditor()
        for label, name, widget in (
            (self.tr("&Name:"), "name", self.name),
            (self.tr("&Id:"), "id", self.id),
            (self.tr("&Side:"), "side", self.side),
            (self.tr("Time &zone:"), "zone", self.zone.search),
            (self.tr("Public &holidays:"), "holidays", self.holidays.country),
            (self.tr("Days &off:"), "days_off", self.days_off.list),
        ):
            holder = {"zone": self.zone, "holidays": self.holidays, "days_off": self.days_off}.get(
                name, widget
            )
            self.add_field_row(form, label, name, holder, widget)

        hours_box = QGroupBox(self.tr("Weekly hours (local time)"))
        hours_layout = QVBoxLayout(hours_box)
        self.hours = HoursEditor()
        hours_layout.addWidget(self.hours)
        hours_layout.addStretch(1)
        for weekday in range(7):
            self.marks.register(field_name(weekday), self.hours.fields[weekday])
        hours_message = plain_label()
        hours_layout.addWidget(hours_message)
        self.marks.register("hours", self.hours.presets, hours_message)

        columns = QHBoxLayout()
        columns.addWidget(general, 5)
        columns.addWidget(hours_box, 6)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        self.add_summary_and_buttons(layout)

        self._load(team)
        self.watch(
            self.name,
            self.side.currentIndexChanged,
            self.zone.zoneChanged,
            self.zone.search.textChanged,
            self.hours.changed,
            self.holidays.changed,
            self.days_off.list.model().rowsInserted,
            self.days_off.list.model().rowsRemoved,
        )
        self.validate()
        self.name.setFocus()
        self.name.selectAll()

    def _load(self, team: Team | None) -> None:
        from planner.plan.edits import preset_hours

        if team is None:
            side = "vendor" if self.plan.clients else "client"
            name = self.tr("New team")
            self.name.setText(name)
            self.id.setText(self.suggested_id(name))
            self.side.setCurrentIndex(self.side.findData(side))
            self.zone.set_zone(self.plan.reference_zone)
            self.hours.set_hours(preset_hours("Mon-Fri 09:00-17:00"))
            return
        self.name.setText(team.name)
        self.id.setText(team.id)
        self.side.setCurrentIndex(self.side.findData(team.side))
        self.zone.set_zone(team.zone, team.city)
        self.hours.set_hours(team.hours)
        self.holidays.set_code(team.holidays)
        self.days_off.set_days(team.days_off)

    def check_fields(self, report: ValidationReport, ident: str | None) -> None:
        """Check the fields and build the team and the plan with it."""
        from planner.plan.edits import add_team, replace_team
        from planner.plan.model import Team

        name = self.name.text().strip()
        if not name:
            report.add("name", self.tr("a team needs a name, e.g. Manila support desk"))
        zone = self.zone.zone()
        problem = self.zone.problem()
        if problem is not None:
            report.add("zone", problem)  # "Asia/Manilla" typed: the reason, on the field
        elif not zone:
            report.add(
                "zone", self.tr("search for the team's city or country and pick its time zone")
            )
        hours = self.hours.read(report)
        holidays = self.holidays.read(report)
        team: Team | None = None
        if report.ok and ident is not None and hours is not None:
            team = report.check(
                FORM,
                lambda: Team(
                    ident,
                    cast("Side", str(self.side.currentData())),
                    zone,
                    hours,
                    name,
                    holidays,
                    self.days_off.days(),
                    self.zone.city(),
                ),
            )
        plan = None
        if team is not None:
            if self.original is None:
                plan = report.check(FORM, lambda: add_team(self.plan, team))
            else:
                original = self.original.id
                plan = report.check(FORM, lambda: replace_team(self.plan, original, team))
        self.result_team = team if plan is not None else None
        self.result_plan = plan

    def undo_text(self) -> str:
        """What the undo step is called."""
        team = self.result_team
        name = team.name if team else self.tr("team")
        if self.original is None:
            return self.tr('Add team "{name}"').format(name=name)
        return self.tr('Edit team "{name}"').format(name=name)
