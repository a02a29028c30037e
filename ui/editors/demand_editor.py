"""The demand dialog of a real-time role: contacts, service targets, the roster that meets them.

Contacts are CSV text (``weekday,time,contacts`` or dated history), pasted or imported from a
file; an imported file can stay linked (``contacts_file``) so that a fresh export is read
with the plan. The week's contacts and the agents they require show as a chart. "Suggest
Roster" solves the roster over the dialog's range (by default the year on the chart, so it
holds through every clock change); "Apply Roster" gives it to the vendor as one undoable
edit together with the demand.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.plan.paths import plan_relative_text
from ui.editors.demand_profile import ProfileView
from ui.i18n.domain import domain_text

if TYPE_CHECKING:
    from planner.analysis.staffing.roster import Roster
    from planner.plan.demand import Demand
    from planner.plan.model import Plan
    from planner.schedule.range import Range
    from ui.dialogs import Dialogs

PASTED = "pasted contacts"
"""The name problems give the pasted text (planner's messages are English)."""


def _spin(low: float, high: float, decimals: int, suffix: str, step: float = 1.0) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(decimals)
    spin.setSingleStep(step)
    spin.setSuffix(suffix)
    return spin


class DemandDialog(QDialog):
    """Edit a real-time role's demand; :attr:`result_plan` holds the plan after OK or Apply.

    Args:
        plan: the plan.
        role_id: a real-time role of the plan.
        span: the range the roster must hold over.
        folder: the plan's folder (where a linked CSV is relative to), or None when unsaved.
        dialogs: the file dialogs service.
        parent: the parent window.
    """

    def __init__(
        self,
        plan: Plan,
        role_id: str,
        span: Range,
        folder: Path | None,
        dialogs: Dialogs,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.role = plan.role(role_id)
        self.vendor = plan.team(self.role.vendor)
        self.span = span
        self.folder = folder
        self.dialogs = dialogs
        self.demand: Demand | None = None
        self.roster: Roster | None = None
        self.result_plan: Plan | None = None
        self._applied = False
        self.linked: str | None = None
        self.setWindowTitle(
            self.tr("Contact Demand and Roster: {role}").format(role=self.role.name)
        )
        self._build()
        self._load()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.validate)
        for signal in (
            self.interval.currentIndexChanged,
            self.handle.valueChanged,
            self.level_percent.valueChanged,
            self.level_seconds.valueChanged,
            self.shrinkage.valueChanged,
            self.occupancy.valueChanged,
            self.concurrency.valueChanged,
            self.contacts.textChanged,
        ):
            signal.connect(self._changed)
        self.validate()

    # building
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        targets = QGroupBox(self.tr("Service target"))
        form = QFormLayout(targets)
        self.interval = QComboBox()
        for minutes in (15, 30, 60):
            self.interval.addItem(self.tr("%n minute(s)", "", minutes), minutes)
        seconds = self.tr(" s", "seconds suffix")
        percent = self.tr(" %", "percent suffix")
        self.handle = _spin(1, 86400, 0, seconds, 10)
        self.level_percent = _spin(1, 99.9, 1, percent)
        self.level_seconds = QSpinBox()
        self.level_seconds.setRange(0, 3600)
        self.level_seconds.setSuffix(seconds)
        level = QHBoxLayout()
        level.addWidget(self.level_percent)
        level.addWidget(QLabel(self.tr("answered within")))
        level.addWidget(self.level_seconds)
        self.shrinkage = _spin(0, 99, 1, percent)
        self.occupancy = _spin(1, 100, 1, percent)
        self.concurrency = _spin(1, 50, 1, self.tr(" at once"), 0.5)
        form.addRow(self.tr("&Interval:"), self.interval)
        form.addRow(self.tr("Average &handle time:"), self.handle)
        form.addRow(self.tr("Service &level:"), level)
        form.addRow(self.tr("&Shrinkage (breaks, training):"), self.shrinkage)
        form.addRow(self.tr("Maximum &occupancy:"), self.occupancy)
        form.addRow(self.tr("&Concurrency (chat):"), self.concurrency)
        layout.addWidget(targets)

        volume = QGroupBox(
            self.tr("Contacts per interval ({zone} time)").format(
                zone=self.plan.team(self.role.client).zone
            )
        )
        box = QVBoxLayout(volume)
        self.contacts = QPlainTextEdit()
        self.contacts.setAccessibleName(self.tr("Contacts as CSV: weekday,time,contacts"))
        self.contacts.setPlaceholderText(
            self.tr("Paste CSV rows: weekday,time,contacts (Mon,09:00,40) or date,time,contacts")
        )
        self.contacts.setMaximumHeight(110)
        box.addWidget(self.contacts)
        row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("&Import CSV…"))
        self.link = QCheckBox(self.tr("Keep reading the file (link it instead of copying)"))
        self.link.setEnabled(False)
        row.addWidget(self.import_button)
        row.addWidget(self.link, 1)
        box.addLayout(row)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b8431b;")
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.problems)
        self.profile = ProfileView()
        box.addWidget(self.profile, 1)
        layout.addWidget(volume, 1)

        roster = QGroupBox(
            self.tr("Roster of {vendor} ({zone} time), {start} to {end}").format(
                vendor=self.vendor.name,
                zone=self.vendor.zone,
                start=self.span.first,
                end=self.span.last,
            )
        )
        roster_box = QVBoxLayout(roster)
        self.suggest_button = QPushButton(self.tr("&Suggest Roster"))
        self.suggest_button.setToolTip(
            self.tr(
                "The people to start at each shift start, on each weekday, that meet every "
                "interval's requirement over the range at the fewest agent-hours"
            )
        )
        self.roster_text = QPlainTextEdit()
        self.roster_text.setReadOnly(True)
        self.roster_text.setAccessibleName(self.tr("Suggested roster"))
        self.roster_text.setMaximumHeight(120)
        self.roster_text.hide()
        roster_box.addWidget(self.suggest_button)
        roster_box.addWidget(self.roster_text)
        layout.addWidget(roster)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = self.buttons.addButton(
            self.tr("&Apply Roster"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.apply_button.setEnabled(False)
        self.apply_button.setToolTip(
            self.tr("Set {vendor}'s hours and agents to the suggested roster (undoable)").format(
                vendor=self.vendor.name
            )
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self._apply_roster)
        layout.addWidget(self.buttons)
        self.import_button.clicked.connect(self._import)
        self.link.toggled.connect(self._on_link)
        self.suggest_button.clicked.connect(self.suggest)

    def _load(self) -> None:
        from planner.plan.contacts_csv import profile_csv
        from planner.plan.demand import Demand, WeekProfile

        demand = self.role.demand or Demand(180, WeekProfile.empty(30))
        self.interval.setCurrentIndex(self.interval.findData(demand.interval_minutes))
        self.handle.setValue(demand.handle_seconds)
        self.level_percent.setValue(demand.service_level.percent)
        self.level_seconds.setValue(demand.service_level.seconds)
        self.shrinkage.setValue(demand.shrinkage_percent)
        self.occupancy.setValue(demand.max_occupancy_percent)
        self.concurrency.setValue(demand.concurrency)
        if self.role.demand is None:
            return
        self.contacts.setPlainText(profile_csv(demand.contacts))
        if demand.contacts_file is not None:
            self.linked = demand.contacts_file
            self.link.setEnabled(True)
            self.link.setChecked(True)

    # checking
    def _changed(self, *_args: object) -> None:
        self.roster = None
        self.roster_text.hide()
        self.apply_button.setEnabled(False)
        self._timer.start()

    def validate(self) -> bool:
        """Build the demand from the fields; show its problems and the week profile."""
        from planner.analysis.staffing.erlang import required_week
        from planner.errors import PlanFileError, PlannerError
        from planner.plan.contacts_csv import parse_contacts_csv
        from planner.plan.demand import Demand, ServiceLevel

        self._timer.stop()
        interval = int(self.interval.currentData())
        self.demand = None
        try:
            week = parse_contacts_csv(self.contacts.toPlainText(), PASTED, interval)
            self.demand = Demand(
                handle_seconds=self.handle.value(),
                contacts=week,
                service_level=ServiceLevel(self.level_percent.value(), self.level_seconds.value()),
                shrinkage_percent=self.shrinkage.value(),
                max_occupancy_percent=self.occupancy.value(),
                concurrency=self.concurrency.value(),
                contacts_file=self.linked if self.link.isChecked() else None,
            )
        except PlanFileError as exc:
            self.problems.setText("\n".join(domain_text(p) for p in exc.problems))
        except PlannerError as exc:
            self.problems.setText(domain_text(exc))
        ok = self.demand is not None
        self.problems.setVisible(not ok)
        if self.demand is not None:
            self.profile.set_profile(self.demand.contacts.days, required_week(self.demand))
        else:
            self.profile.set_profile((), ())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.suggest_button.setEnabled(ok)
        return ok

    # contacts file
    def _import(self) -> None:
        start = str(self.folder) if self.folder else ""
        path = self.dialogs.open_file(
            self.tr("Import Contact Volume"),
            start,
            self.tr("Contact volume (*.csv *.txt);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Read a CSV file into the contacts; it may then be linked instead of copied."""
        try:
            raw = path.read_bytes()
        except OSError as exc:
            self.problems.setText(
                self.tr("{path}: cannot be read: {reason}").format(path=path, reason=exc.strerror)
            )
            self.problems.show()
            return
        text = raw.decode("utf-8-sig", errors="replace")
        self.linked = self._plan_relative(path)
        self.link.setEnabled(True)
        self.link.blockSignals(True)
        self.link.setChecked(False)
        self.link.blockSignals(False)
        self.contacts.setReadOnly(False)
        self.contacts.setPlainText(text)
        self.validate()

    def _plan_relative(self, path: Path) -> str:
        """The path as the plan will write it: relative to the plan's folder when inside it."""
        folder = self.folder.resolve() if self.folder is not None else None
        return plan_relative_text(path.resolve(), folder)

    def _on_link(self, linked: bool) -> None:
        self.contacts.setReadOnly(linked)
        self._changed()

    # roster
    def suggest(self) -> None:
        """Solve the roster for the demand as edited, over the dialog's range."""
        from dataclasses import replace

        from planner.analysis.staffing.result import role_staffing, with_roster
        from planner.errors import PlannerError
        from planner.plan.edits import put_role

        if not self.validate() or self.demand is None:
            return
        plan = put_role(self.plan, self.role.id, replace(self.role, demand=self.demand))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            staffing = role_staffing(plan, plan.role(self.role.id), self.span.start, self.span.end)
            roster = with_roster(staffing, self.vendor).roster
        except PlannerError as exc:
            self.problems.setText(domain_text(exc))
            self.problems.show()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        assert roster is not None
        self.roster = roster
        proof = self.tr("optimal") if roster.optimal else self.tr("best found in the time limit")
        lines = [
            self.tr(
                "{hours} agent-hours a week ({proof}); the current roster has {current}."
            ).format(
                hours=f"{roster.agent_hours_per_week:g}",
                proof=proof,
                current=f"{roster.current_agent_hours_per_week:g}",
            ),
            *(str(entry) for entry in roster.entries),
        ]
        if roster.uncovered:
            lines.append(
                self.tr(
                    "%n interval(s) cannot be covered by any allowed shift.", "", roster.uncovered
                )
            )
        if not roster.entries:
            lines.append(self.tr("No contacts in the range: nothing to roster."))
        self.roster_text.setPlainText("\n".join(lines))
        self.roster_text.show()
        self.apply_button.setEnabled(bool(roster.entries))

    def _apply_roster(self) -> None:
        if self.roster is None or not self.roster.entries:
            return
        self._applied = True
        self.accept()

    def accept(self) -> None:
        """Build :attr:`result_plan` (with the roster when applied) and close."""
        from dataclasses import replace

        from planner.plan.edits import put_role, set_team_roster

        if not self.validate() or self.demand is None:
            return
        plan = put_role(self.plan, self.role.id, replace(self.role, demand=self.demand))
        if self._applied and self.roster is not None:
            plan = set_team_roster(plan, self.vendor.id, self.roster.hours(), self.roster.agents())
        self.result_plan = plan
        super().accept()

    def undo_text(self) -> str:
        """What the undo step is called."""
        if self._applied:
            return self.tr("Apply suggested roster to {vendor}").format(vendor=self.vendor.name)
        return self.tr('Edit contact demand of "{role}"').format(role=self.role.name)
