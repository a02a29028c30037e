"""The slot finder dialog: rank start times for a meeting, offer a fair rotation or a kickoff slot.

The user picks the teams, the duration, the repeat rule and the date range (or a kickoff
within the next N working days); the table lists start times best first
(``planner.meetings.slots``) with each team's local time and comfort, the score, how many
occurrences fit and the dates that break (``ui.editors.slot_results``). When no start time
fits everyone, a fair rotation (``planner.meetings.rotation``) is shown with each team's
tally. :meth:`SlotFinderDialog.chosen` is the choice after OK.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.meetings.candidates import Candidate
from planner.meetings.kickoff import Kickoff, kickoff
from planner.meetings.rotation import Rotation, fair_rotation
from planner.meetings.slots import SlotSearch, find_slots
from planner.plan.meeting import Repeat
from planner.plan.model import Plan
from planner.schedule.range import Range
from planner.time.zones import load_zone
from ui.editors.repeat_editor import RepeatEditor, qdate_to_date
from ui.editors.slot_results import SlotChoice, candidate_cells, candidate_details, rotation_summary
from ui.i18n.domain import domain_text
from ui.meetings.dates import day_text
from ui.meetings.repeat_words import repeat_words
from ui.plain import plain_label, plain_tip
from ui.validation import ValidationReport

TEAM_ROLE = Qt.ItemDataRole.UserRole
MAX_ROWS = 60
MODE_RANK = "rank"
MODE_KICKOFF = "kickoff"


class SlotFinderDialog(QDialog):
    """Rank meeting slots for some teams; OK returns the chosen start (or rotation)."""

    searched = Signal()

    def __init__(
        self,
        plan: Plan,
        parent: QWidget | None = None,
        *,
        teams: tuple[str, ...] = (),
        duration: int = 30,
        repeat: Repeat | None = None,
        first: date | None = None,
        last: date | None = None,
        today: date | None = None,
        clock24: bool = True,
    ) -> None:
        """Build the dialog and run a first search.

        Args:
            plan: the plan holding the teams.
            parent: the parent window.
            teams: the teams ticked at first (default: the first two).
            duration: meeting length in minutes.
            repeat: the repeat rule shown at first (None: a one-off).
            first: the range's first date (default: ``today``).
            last: the range's last date (default: 52 weeks for a series, a week for a one-off).
            today: the date the defaults count from (default: today in the plan's reference
                zone).
            clock24: show times on a 24-hour clock.
        """
        super().__init__(parent)
        self.plan = plan
        self.clock24 = clock24
        self.today = today or datetime.now(UTC).astimezone(load_zone(plan.reference_zone)).date()
        self.search: SlotSearch | None = None
        self.rotation: Rotation | None = None
        self._shown: list[Candidate] = []
        self._chosen: SlotChoice | None = None
        self.setWindowTitle(self.tr("Find a Meeting Slot"))
        self.resize(980, 640)

        self.teams = QListWidget()
        self.teams.setAccessibleName(self.tr("Participating teams"))
        self.teams.setMaximumHeight(120)
        ticked = set(teams) if teams else {t.id for t in plan.teams[:2]}
        for team in plan.teams:
            item = QListWidgetItem(f"{team.name} ({team.id}, {team.zone})")
            item.setData(TEAM_ROLE, team.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if team.id in ticked else Qt.CheckState.Unchecked
            )
            self.teams.addItem(item)
        self.duration = QSpinBox()
        self.duration.setRange(1, 1440)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(duration)
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Rank start times over a date range"), MODE_RANK)
        self.mode.addItem(
            self.tr("Kickoff: first good slot in the next working days"), MODE_KICKOFF
        )
        self.mode.setAccessibleName(self.tr("Search mode"))
        self.repeat = RepeatEditor()
        form_layout = self.repeat.layout()
        if isinstance(form_layout, QFormLayout):
            form_layout.setRowVisible(self.repeat.ends_holder, False)
        self.repeat.set_repeat(repeat, first or self.today)
        self.first = QDateEdit()
        self.last = QDateEdit()
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("ddd yyyy-MM-dd")
        start = first or self.today
        end = last or (
            start + (timedelta(weeks=52, days=-1) if repeat is not None else timedelta(days=6))
        )
        self.first.setDate(QDate(start.year, start.month, start.day))
        self.last.setDate(QDate(end.year, end.month, end.day))
        self.days = QSpinBox()
        self.days.setRange(1, 60)
        self.days.setValue(10)
        self.days.setSuffix(self.tr(" working days"))
        self.rotate = QCheckBox(self.tr("Propose a fair rotation even when a slot fits everyone"))
        self.search_button = QPushButton(self.tr("&Search"))
        self.search_button.clicked.connect(self.run_search)

        form = QFormLayout()
        form.addRow(self.tr("T&eams:"), self.teams)
        form.addRow(self.tr("&Duration:"), self.duration)
        form.addRow(self.tr("&Mode:"), self.mode)
        range_row = QHBoxLayout()
        range_row.setContentsMargins(0, 0, 0, 0)
        range_row.addWidget(self.first)
        range_row.addWidget(QLabel(self.tr("to")))
        range_row.addWidget(self.last)
        range_row.addStretch(1)
        self.first.setAccessibleName(self.tr("First day"))
        self.last.setAccessibleName(self.tr("Last day"))
        self.range_holder = QWidget()
        self.range_holder.setLayout(range_row)
        form.addRow(self.tr("&From:"), self.range_holder)
        form.addRow(self.tr("&Within:"), self.days)
        form.addRow("", self.rotate)
        top = QHBoxLayout()
        top.addLayout(form, 3)
        top.addWidget(self.repeat, 2)

        self.status = plain_label()
        self.status.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Ranked slots"))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.accept())

        self.rotation_box = QGroupBox(self.tr("Fair rotation"))
        rotation_layout = QVBoxLayout(self.rotation_box)
        self.rotation_text = plain_label()
        self.rotation_text.setWordWrap(True)
        self.tally = QTableWidget()
        self.tally.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.tally.verticalHeader().setVisible(False)
        self.tally.setMaximumHeight(110)
        self.use_rotation = QCheckBox(self.tr("Use the rotation: two meetings, taken in turn"))
        self.use_rotation.toggled.connect(self._update_buttons)
        rotation_layout.addWidget(self.rotation_text)
        rotation_layout.addWidget(self.tally)
        rotation_layout.addWidget(self.use_rotation)
        self.rotation_box.hide()

        self.legend = QLabel(
            self.tr(
                "Comfort in each team's local time: core, then edge (first or last hour of the "
                "working day), early/late (within 2 h of working hours, or 07:00-21:00), night or "
                "day off. Score: the least comfortable team's points (core 100, edge 75, early/late "
                "35, night 0), averaged over the occurrences."
            )
        )
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: palette(mid);")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.copy_button = self.buttons.addButton(
            self.tr("&Copy Times"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setToolTip(
            self.tr("Every team's local time of the selected slot's first occurrence, for an email")
        )
        self.copy_button.clicked.connect(self.copy_times)
        self.use_button = self.buttons.addButton(
            self.tr("&Use Slot"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.status, 1)
        buttons_row.addWidget(self.search_button)
        layout.addLayout(buttons_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.rotation_box)
        layout.addWidget(self.legend)
        layout.addWidget(self.buttons)
        self.mode.currentIndexChanged.connect(self._update_mode)
        self._update_mode()
        self.run_search()

    # reading the form
    def checked_teams(self) -> tuple[str, ...]:
        """The ticked team ids, in plan order."""
        return tuple(
            str(self.teams.item(i).data(TEAM_ROLE))
            for i in range(self.teams.count())
            if self.teams.item(i).checkState() == Qt.CheckState.Checked
        )

    def _update_mode(self) -> None:
        kickoff_mode = self.mode.currentData() == MODE_KICKOFF
        self.range_holder.setEnabled(not kickoff_mode)
        self.days.setEnabled(kickoff_mode)
        self.repeat.setEnabled(not kickoff_mode)
        self.rotate.setEnabled(not kickoff_mode)

    def _repeat(self) -> Repeat | None:
        report = ValidationReport()
        ok, repeat = self.repeat.read(report)
        if not ok:
            raise PlannerError(report.summary())
        return repeat

    # searching
    def run_search(self) -> None:
        """Search with the form's values and fill the table (problems go to the status line)."""
        self.search = None
        self.rotation = None
        self._shown = []
        try:
            teams = self.checked_teams()
            if self.mode.currentData() == MODE_KICKOFF:
                first = qdate_to_date(self.first.date())
                result = kickoff(self.plan, teams, self.duration.value(), first, self.days.value())
                self.search = result.search
                self._show_kickoff(result)
            else:
                repeat = self._repeat()
                first, last = qdate_to_date(self.first.date()), qdate_to_date(self.last.date())
                if last < first:
                    raise PlannerError(
                        self.tr("the range ends before it starts: pick an earlier From date")
                    )
                span = Range.of_days(self.plan.reference_zone, first, last)
                self.search = find_slots(self.plan, teams, self.duration.value(), repeat, span)
                if repeat is not None and (
                    self.rotate.isChecked() or not self.search.fits_everyone
                ):
                    self.rotation = fair_rotation(self.search)
                self._show_search(self.search)
        except PlannerError as exc:
            self._fill([])
            self.status.setText(domain_text(exc))
            self.status.setStyleSheet("color: #b8431b;")
        self._show_rotation()
        self._update_buttons()
        self.searched.emit()

    def _show_search(self, search: SlotSearch) -> None:
        fitting = search.fitting
        what = repeat_words(search.repeat)
        if not search.series_days:
            message = self.tr(
                "The meeting ({repeat}) has no occurrence in this range: widen the range."
            ).format(repeat=what)
        elif not search.candidates:
            message = self.tr("Every occurrence falls on someone's holiday: widen the range.")
        elif fitting:
            message = self.tr(
                "%n start time(s) keep everyone inside working hours on every occurrence ({repeat}).",
                "",
                len(fitting),
            ).format(repeat=what)
        else:
            message = self.tr(
                "No start time keeps everyone inside working hours on every occurrence ({repeat}). "
                "The least bad are listed; the teams outside their hours pay the cost."
            ).format(repeat=what)
        self.status.setText(message)
        self.status.setStyleSheet("")
        self._fill(list(fitting or search.candidates))

    def _show_kickoff(self, result: Kickoff) -> None:
        days = result.days
        span = self.tr("{start} to {end}").format(start=day_text(days[0]), end=day_text(days[-1]))
        if result.first is not None:
            first = result.first
            assert first.day is not None
            message = self.tr("First good slot: {day} {time} ({span}).").format(
                day=day_text(first.day), time=f"{first.start:%H:%M}", span=span
            )
            rows = [first, *(c for c in result.per_day if c is not first)]
        else:
            message = self.tr(
                "No slot from {span} keeps everyone inside working hours. The least bad are listed."
            ).format(span=span)
            rows = list(result.least_bad)
        self.status.setText(message)
        self.status.setStyleSheet("")
        self._fill(rows)

    def _fill(self, candidates: list[Candidate]) -> None:
        search = self.search
        shown = candidates[:MAX_ROWS]
        self._shown = shown
        self.table.clearContents()
        if search is None:
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            return
        headers = ["#", self.tr("Start ({zone})").format(zone=search.zone)]
        headers += [f"{search.plan.team(t).name} ({search.team_zone(t)})" for t in search.teams]
        headers += [self.tr("Score"), self.tr("Fits"), self.tr("Breaks on"), self.tr("Skipped")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(shown))
        for row, candidate in enumerate(shown):
            for column, text in enumerate(self.row_texts(candidate, row + 1)):
                item = QTableWidgetItem(text)
                if column in (0, len(headers) - 4, len(headers) - 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
            details = plain_tip(candidate_details(search, candidate))
            for column in range(len(headers)):
                cell = self.table.item(row, column)
                if cell is not None:
                    cell.setToolTip(details)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def row_texts(self, candidate: Candidate, rank: int) -> list[str]:
        """The table cells of one candidate."""
        search = self.search
        assert search is not None
        return candidate_cells(search, candidate, rank, self.clock24)

    def _show_rotation(self) -> None:
        rotation = self.rotation
        self.use_rotation.setChecked(False)
        if rotation is None:
            self.rotation_box.hide()
            return
        self.rotation_text.setText(rotation_summary(rotation, self.clock24))
        self.tally.clear()
        self.tally.setColumnCount(3)
        self.tally.setHorizontalHeaderLabels(
            [
                self.tr("Team"),
                self.tr("Awkward meetings (rotation)"),
                self.tr("With the best single slot"),
            ]
        )
        self.tally.setRowCount(len(rotation.tally))
        for row, (mine, single) in enumerate(
            zip(rotation.tally, rotation.single_tally, strict=True)
        ):
            self.tally.setItem(row, 0, QTableWidgetItem(self.plan.team(mine.team).name))
            of = self.tr("{count} of {total}")
            mine_text = of.format(count=mine.awkward, total=mine.held)
            single_text = of.format(count=single.awkward, total=single.held)
            self.tally.setItem(row, 1, QTableWidgetItem(mine_text))
            self.tally.setItem(row, 2, QTableWidgetItem(single_text))
        self.tally.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.use_rotation.setEnabled(rotation.helps)
        self.rotation_box.show()

    # choosing
    def selected_candidate(self) -> Candidate | None:
        """The candidate of the selected row, or None."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self._shown):
            return None
        return self._shown[rows[0].row()]

    def copy_times(self) -> str:
        """Put the selected slot's first occurrence, in every team's local time, on the clipboard."""
        from PySide6.QtGui import QGuiApplication

        from planner.meetings.times_text import times_text

        candidate = self.selected_candidate()
        search = self.search
        if candidate is None or search is None or not candidate.occurrences:
            return ""
        start = candidate.occurrences[0].start
        end = start + search.duration_minutes * 60
        text = times_text(self.plan, search.teams, start, end, "", self.clock24)
        QGuiApplication.clipboard().setText(text)
        return text

    def _update_buttons(self) -> None:
        usable = self.selected_candidate() is not None or (
            self.use_rotation.isChecked() and self.rotation is not None
        )
        self.use_button.setEnabled(usable)
        self.copy_button.setEnabled(self.selected_candidate() is not None)

    def choice(self) -> SlotChoice | None:
        """The choice the form shows now: the rotation when ticked, else the selected row."""
        search = self.search
        if search is None:
            return None
        if self.use_rotation.isChecked() and self.rotation is not None:
            first = self.rotation.slots[0]
            meetings = self.rotation.meetings()
            return SlotChoice(
                search.zone,
                meetings[0].start_date,
                first.start,
                search.teams,
                search.duration_minutes,
                search.repeat,
                meetings,
            )
        candidate = self.selected_candidate()
        if candidate is None:
            return None
        meeting = search.meeting_for(candidate)
        return SlotChoice(
            search.zone,
            meeting.start_date,
            candidate.start,
            search.teams,
            search.duration_minutes,
            search.repeat,
        )

    def accept(self) -> None:
        """Keep the choice and close (nothing happens without one)."""
        choice = self.choice()
        if choice is None:
            return
        self._chosen = choice
        super().accept()

    def chosen(self) -> SlotChoice | None:
        """The choice after OK, else None."""
        return self._chosen
