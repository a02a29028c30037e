"""The main window: the chart in the centre, dockable panels, toolbar, menus, undo, autosave.

Teams, Roles and Meetings are dockable panels; the toolbar moves the date, picks the
reference zone and the day/week/year view; closing or opening asks about unsaved changes.

The window is built in two steps so that it paints at once: the constructor makes only the
frame (menus, toolbar, status bar; no plan code imported), and :meth:`MainWindow.start`,
called right after the first paint, adds the docks, loads the plan and creates the chart.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeySequence,
    QPaintEvent,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.settings import Settings

if TYPE_CHECKING:
    from planner.analysis import Analysis
    from planner.model import Plan, Shift
    from ui.chart.widget import ChartWidget
    from ui.dialogs import Dialogs
    from ui.document import Autosave, Document
    from ui.editors.meeting_editor import MeetingEditor
    from ui.panels.meetings_panel import MeetingsPanel
    from ui.panels.roles_panel import RolesPanel
    from ui.panels.teams_panel import TeamsPanel

APP_NAME = "Overlap Planner"
VIEWS = (("day", "&Day", "Ctrl+1"), ("week", "&Week", "Ctrl+2"), ("year", "&Year", "Ctrl+3"))
EXAMPLES_PACKAGE = "resources.examples"


def example_files() -> list[tuple[str, str]]:
    """The bundled example plans: (file name, title), sorted by file name."""
    from importlib import resources

    found = []
    for entry in resources.files(EXAMPLES_PACKAGE).iterdir():
        if entry.name.endswith(".toml"):
            text = entry.read_text(encoding="utf-8")
            match = re.search(r'^title\s*=\s*"(.*)"', text, re.MULTILINE)
            found.append((entry.name, match[1] if match else entry.name))
    return sorted(found)


def _utc_now() -> datetime:
    return datetime.now(UTC)


class MainWindow(QMainWindow):
    """Overlap Planner's main window."""

    documentChanged = Signal(object)
    analysisChanged = Signal(object)
    teams_panel: TeamsPanel
    roles_panel: RolesPanel
    meetings_panel: MeetingsPanel

    def __init__(
        self,
        settings: Settings,
        dialogs: Dialogs | None = None,
        data_dir: Path | None = None,
        now: Callable[[], datetime] = _utc_now,
        autosave_ms: int | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self._dialogs = dialogs
        self._data_dir = data_dir
        self._autosave_ms = autosave_ms
        self._now = now
        self.document: Document | None = None
        self.chart: ChartWidget | None = None
        self.analysis: Analysis | None = None
        self.active_editor: QDialog | None = None
        self.slot_finder: QDialog | None = None
        self.print_runner: Callable[[Any], object] | None = None
        """Replaces the print preview's modal ``exec`` (tests)."""
        self._zone_choice: str | None = None
        self._day = now().date()
        self._view = settings.view()
        self._clock24 = settings.clock24()
        self._started = False
        self._first_paint_hooks: list[Callable[[], None]] = []
        self.autosave: Autosave | None = None
        self.undo_group = QUndoGroup(self)
        self._recompute_timer = QTimer(self)
        self._recompute_timer.setSingleShot(True)
        self._recompute_timer.setInterval(0)
        self._recompute_timer.timeout.connect(self.recompute)
        self._preview_plan: Plan | None = None

        self.setWindowTitle(APP_NAME)
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks
            | QMainWindow.DockOption.AllowTabbedDocks
            | QMainWindow.DockOption.AllowNestedDocks
        )
        self.central = QStackedWidget()
        self.placeholder = QLabel("Opening…")
        # A style-sheet property, not Qt.AlignmentFlag: PySide builds the whole Qt namespace
        # (~35 ms) on its first use, and the first paint must not wait for it.
        self.placeholder.setStyleSheet("qproperty-alignment: AlignCenter;")
        self.central.addWidget(self.placeholder)
        self.setCentralWidget(self.central)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._set_editing_enabled(False)

        geometry = settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1500, 920)

    def after_first_paint(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the window has painted for the first time (right after it)."""
        self._first_paint_hooks.append(callback)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint, then start what waits for the first paint.

        A paintEvent hook, not an event filter: a Python filter sees every event, and PySide
        spends ~50 ms making wrapper types for them before the first paint.
        """
        super().paintEvent(event)
        hooks, self._first_paint_hooks = self._first_paint_hooks, []
        for hook in hooks:
            QTimer.singleShot(0, hook)

    @property
    def dialogs(self) -> Dialogs:
        """The message boxes and file dialogs (a scripted stand-in in tests)."""
        if self._dialogs is None:
            from ui.dialogs import Dialogs

            self._dialogs = Dialogs(self)
        return self._dialogs

    @property
    def data_dir(self) -> Path:
        """The user data folder: autosaves, recovery copies, the crash log."""
        if self._data_dir is None:
            from ui.document import data_folder

            self._data_dir = data_folder()
        return self._data_dir

    def _build_docks(self) -> None:
        """The Teams, Roles, Meetings and History docks (the second step of the start)."""
        from PySide6.QtWidgets import QUndoView

        from ui.document import Autosave
        from ui.panels.meetings_panel import MeetingsPanel
        from ui.panels.roles_panel import RolesPanel
        from ui.panels.teams_panel import TeamsPanel

        kwargs: dict[str, Any] = (
            {} if self._autosave_ms is None else {"interval_ms": self._autosave_ms}
        )
        self.autosave = Autosave(self.data_dir / "autosave", parent=self, **kwargs)
        self.autosave.saved.connect(self._on_autosaved)
        self.teams_panel = TeamsPanel()
        self.roles_panel = RolesPanel()
        self.meetings_panel = MeetingsPanel()
        self.history = QUndoView(self.undo_group)
        self.history.setEmptyLabel("Opened plan")
        left = QtCore.Qt.DockWidgetArea.LeftDockWidgetArea
        self.teams_dock = self._dock("Teams", "teams", self.teams_panel, left)
        self.roles_dock = self._dock("Roles", "roles", self.roles_panel, left)
        self.meetings_dock = self._dock(
            "Meetings",
            "meetings",
            self.meetings_panel,
            QtCore.Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self.history_dock = self._dock(
            "History", "history", self.history, QtCore.Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.history_dock.hide()
        self.splitDockWidget(self.teams_dock, self.roles_dock, QtCore.Qt.Orientation.Vertical)
        self._size_docks()
        # Again once the window has laid the new docks out (sizes asked earlier may not hold).
        QTimer.singleShot(0, self._size_docks)
        for dock in (self.teams_dock, self.roles_dock, self.meetings_dock, self.history_dock):
            self.panels_menu.addAction(dock.toggleViewAction())
        self._connect_panels()
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)

    # --- building -------------------------------------------------------------------------------

    def _size_docks(self) -> None:
        if self.settings.window_state() is not None:
            return
        vertical = QtCore.Qt.Orientation.Vertical
        self.resizeDocks([self.teams_dock], [470], QtCore.Qt.Orientation.Horizontal)
        self.resizeDocks([self.teams_dock, self.roles_dock], [150, 420], vertical)
        self.resizeDocks([self.meetings_dock], [250], vertical)

    def _dock(
        self, title: str, name: str, widget: QWidget, area: QtCore.Qt.DockWidgetArea
    ) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{name}-dock")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _action(
        self,
        text: str,
        slot: Callable[[], object] | None = None,
        shortcut: str | QKeySequence.StandardKey | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        # setShortcuts, not setShortcut: PySide resolves setShortcut's overloads through the
        # Qt namespace, whose first use costs ~35 ms before the first paint.
        if isinstance(shortcut, str):
            action.setShortcuts([QKeySequence(shortcut)])
        elif shortcut is not None:
            action.setShortcuts(shortcut)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action("&New", self.new_plan, keys.New, "Start an empty plan")
        self.open_action = self._action("&Open…", self.open_dialog, keys.Open, "Open a plan file")
        self.save_action = self._action("&Save", self.save, keys.Save, "Save the plan")
        self.save_as_action = self._action(
            "Save &As…", self.save_as, keys.SaveAs, "Save the plan to another file"
        )
        self.print_action = self._action(
            "Print Pre&view…", self.print_preview, keys.Print, "Print the chart"
        )
        self.export_chart_action = self._action(
            "&Export Chart…", self.export_chart, "Ctrl+E", "Save the chart as PDF, PNG or SVG"
        )
        self.export_ics_action = self._action(
            "Export i&Calendar…", self.export_ical, None, "Save the meetings as an .ics file"
        )
        self.publish_action = self._action(
            "&Publish to CalDAV…",
            self.publish_caldav,
            None,
            "Send the meetings to a CalDAV calendar",
        )
        self.quit_action = self._action("&Quit", self.close, keys.Quit)
        self.undo_action = self.undo_group.createUndoAction(self, "&Undo")
        self.undo_action.setShortcuts(keys.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts(
            [*QKeySequence.keyBindings(keys.Redo), QKeySequence("Ctrl+Y")]
        )
        self.add_team_action = self._action("Add &Team…", self.add_team, "Ctrl+Shift+T")
        self.add_role_action = self._action("Add &Role…", self.add_role, "Ctrl+Shift+R")
        self.add_meeting_action = self._action("Add &Meeting…", self.add_meeting, "Ctrl+Shift+M")
        self.properties_action = self._action(
            "Plan &Properties…", self.edit_properties, None, "Title and reference zone of the plan"
        )
        self.view_group = QActionGroup(self)
        self.view_actions: dict[str, QAction] = {}
        for view, text, shortcut in VIEWS:
            action = self._action(text, partial(self.set_view, view), shortcut)
            action.setCheckable(True)
            action.setChecked(view == self._view)
            self.view_group.addAction(action)
            self.view_actions[view] = action
        self.previous_action = self._action("&Previous", self.go_previous, "Alt+Left")
        self.next_action = self._action("&Next", self.go_next, "Alt+Right")
        self.today_action = self._action("&Today", self.go_today, "Ctrl+T")
        self.goto_action = self._action("&Go to Date…", self.focus_date, "Ctrl+G")
        self.zone_action = self._action(
            "Reference &Zone…", self.choose_zone_dialog, "Ctrl+Shift+Z", "The chart's time zone"
        )
        self.clock_action = self._action("&24-Hour Clock", None)
        self.clock_action.setCheckable(True)
        self.clock_action.setChecked(self._clock24)
        self.clock_action.toggled.connect(self.set_clock24)
        self.about_action = self._action("&About Overlap Planner", self.about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.examples_menu = file_menu.addMenu("E&xamples")
        self.examples_menu.aboutToShow.connect(self._fill_examples_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.save_action)
        file_menu.addAction(self.save_as_action)
        file_menu.addSeparator()
        file_menu.addAction(self.print_action)
        file_menu.addAction(self.export_chart_action)
        file_menu.addAction(self.export_ics_action)
        file_menu.addAction(self.publish_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.add_team_action)
        edit_menu.addAction(self.add_role_action)
        edit_menu.addAction(self.add_meeting_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.properties_action)
        view_menu = bar.addMenu("&View")
        for action in self.view_actions.values():
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.previous_action)
        view_menu.addAction(self.next_action)
        view_menu.addAction(self.today_action)
        view_menu.addAction(self.goto_action)
        view_menu.addSeparator()
        view_menu.addAction(self.zone_action)
        view_menu.addAction(self.clock_action)
        view_menu.addSeparator()
        self.panels_menu = view_menu.addMenu("&Panels")
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar("Navigation")
        toolbar.setObjectName("navigation-toolbar")
        self.previous_action.setIconText("◀")
        self.previous_action.setToolTip("Previous day, week or year (Alt+Left)")
        self.next_action.setIconText("▶")
        self.next_action.setToolTip("Next day, week or year (Alt+Right)")
        toolbar.addAction(self.previous_action)
        toolbar.addAction(self.today_action)
        toolbar.addAction(self.next_action)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.date_edit.setAccessibleName("Date shown")
        self.date_edit.setToolTip("The date shown (Ctrl+G)")
        self.date_edit.setDate(QDate(self._day.year, self._day.month, self._day.day))
        self.date_edit.dateChanged.connect(lambda value: self.set_date(value.toPython()))
        toolbar.addWidget(self.date_edit)
        toolbar.addSeparator()
        for view in ("day", "week", "year"):
            toolbar.addAction(self.view_actions[view])
        toolbar.addSeparator()
        self.zone_button = QToolButton()
        self.zone_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.zone_button.setToolTip("The chart's reference time zone (Ctrl+Shift+Z)")
        self.zone_button.setAccessibleName("Reference zone")
        self.zone_menu = QMenu(self.zone_button)
        self.zone_menu.aboutToShow.connect(self._fill_zone_menu)
        self.zone_button.setMenu(self.zone_menu)
        self.zone_button.setText("Zone: —")
        toolbar.addWidget(self.zone_button)
        toolbar.addSeparator()
        toolbar.addAction(self.clock_action)
        self.clock_action.setIconText("24 h")
        self.clock_action.setToolTip("24-hour clock (off: 12-hour with am/pm)")

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.hover_label = QLabel()
        self.hover_label.setAccessibleName("Local times under the pointer")
        self.summary_label = QLabel()
        self.autosave_label = QLabel()
        bar.addWidget(self.hover_label, 1)
        bar.addPermanentWidget(self.summary_label)
        bar.addPermanentWidget(self.autosave_label)

    def _connect_panels(self) -> None:
        teams = self.teams_panel
        teams.addRequested.connect(self.add_team)
        teams.editRequested.connect(self.edit_team)
        teams.removeRequested.connect(self.remove_team)
        teams.moveRequested.connect(self.move_team)
        teams.teamSelected.connect(self._on_team_selected)
        roles = self.roles_panel
        roles.addRequested.connect(self.add_role)
        roles.editRequested.connect(self.edit_role)
        roles.removeRequested.connect(self.remove_role)
        roles.roleSelected.connect(self._on_role_selected)
        roles.rangeChanged.connect(lambda _kind: self.recompute())
        roles.applySuggestion.connect(self.apply_suggestion)
        meetings = self.meetings_panel
        meetings.addRequested.connect(self.add_meeting)
        meetings.editRequested.connect(self.edit_meeting)
        meetings.removeRequested.connect(self.remove_meeting)
        meetings.duplicateRequested.connect(self.duplicate_meeting)
        meetings.occurrenceActivated.connect(self._show_day)

    def _set_editing_enabled(self, enabled: bool) -> None:
        for action in (
            self.save_action,
            self.save_as_action,
            self.print_action,
            self.export_chart_action,
            self.export_ics_action,
            self.publish_action,
            self.add_team_action,
            self.add_role_action,
            self.add_meeting_action,
            self.properties_action,
        ):
            action.setEnabled(enabled)

    # --- start ----------------------------------------------------------------------------------

    def announce(self, plan_path: str | None) -> None:
        """Say what is being opened while the window first paints."""
        if plan_path:
            name = os.path.basename(plan_path)
            self.placeholder.setText(f"Opening {name}…")
            self.setWindowTitle(f"{name} - {APP_NAME}")

    def start(self, plan_path: str | None) -> None:
        """Load the plan (or restore autosaved work), create the chart and fill the panels.

        Without ``plan_path`` the plan open when the app last closed is opened again.
        """
        if self._started:
            return
        self._started = True
        self._build_docks()
        self._ensure_chart()
        restored = self._offer_restore()
        last = self.settings.last_file()
        if restored is not None:
            self.set_document(restored)
        elif plan_path and self._open_file(plan_path):
            pass
        elif not plan_path and last and os.path.isfile(last) and self._open_file(last):
            pass  # no plan named: the one open when the app last closed
        else:
            from ui.document import Document

            self.set_document(Document.new(self))

    def _ensure_chart(self) -> ChartWidget:
        if self.chart is None:
            from ui.chart.widget import ChartWidget

            chart = ChartWidget(clock=self._now)
            chart.set_view(self._view)
            chart.set_date(self._day)
            chart.set_clock24(self._clock24)
            chart.shiftEdited.connect(self.on_shift_edited)
            chart.hoverChanged.connect(self.hover_label.setText)
            chart.dateChanged.connect(self._on_chart_date)
            chart.viewChanged.connect(self._on_chart_view)
            chart.previewChanged.connect(self._on_preview)
            self.central.addWidget(chart)
            self.central.setCurrentWidget(chart)
            self.chart = chart
        return self.chart

    def _offer_restore(self) -> Document | None:
        from ui.dialogs import RestoreChoice
        from ui.document import Document, find_recoverable

        chosen: Document | None = None
        for item in find_recoverable(self.data_dir / "autosave"):
            if chosen is not None:
                break
            stamp = item.saved_at.strftime("%Y-%m-%d %H:%M:%S")
            answer = self.dialogs.ask_restore(item.name, stamp)
            if answer is RestoreChoice.LATER:
                continue
            if answer is RestoreChoice.DISCARD:
                item.discard()
                continue
            try:
                chosen = Document.from_text(
                    item.read(), item.name, item.path, modified=True, parent=self
                )
            except (OSError, ValueError) as exc:
                self._show_open_error(item.name, exc)
                continue
            item.discard()
        return chosen

    # --- the document -----------------------------------------------------------------------

    def set_document(self, document: Document) -> None:
        """Show ``document`` (the previous one is closed without asking)."""
        old = self.document
        if old is not None:
            self.undo_group.removeStack(old.undo_stack)
            old.planChanged.disconnect(self._on_plan_changed)
            old.deleteLater()
        self.document = document
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        document.planChanged.connect(self._on_plan_changed)
        document.modifiedChanged.connect(lambda _modified: self._update_title())
        document.pathChanged.connect(lambda _path: self._on_path_changed())
        assert self.autosave is not None
        self.autosave.attach(document)
        path = str(document.path) if document.path else None
        self._zone_choice = self.settings.reference_zone(path)
        self._set_editing_enabled(True)
        self._update_title()
        self._apply_plan(document.plan)
        self.documentChanged.emit(document)
        if document.modified:
            self.autosave.save_now()

    def _on_path_changed(self) -> None:
        self._update_title()

    def _update_title(self) -> None:
        document = self.document
        if document is None:
            return
        self.setWindowTitle(f"{document.display_name}[*] - {APP_NAME}")
        self.setWindowFilePath(str(document.path) if document.path else "")
        self.setWindowModified(document.modified)

    def _on_plan_changed(self, plan: Plan) -> None:
        self._apply_plan(plan)

    def _apply_plan(self, plan: Plan) -> None:
        chart = self._ensure_chart()
        zone = self.reference_zone()
        chart.set_zone(zone)
        chart.set_plan(plan)
        self.teams_panel.clock24 = self._clock24
        self.teams_panel.set_plan(plan)
        self.meetings_panel.clock24 = self._clock24
        self.meetings_panel.set_plan(plan)
        self.zone_button.setText(f"Zone: {zone}")
        self._preview_plan = None
        self.recompute()

    def reference_zone(self) -> str:
        """The chart's zone: the one chosen for this plan, else the plan's reference zone."""
        from planner.errors import PlannerError
        from planner.zones import load_zone

        plan = self.document.plan if self.document else None
        if self._zone_choice:
            with contextlib.suppress(PlannerError):
                load_zone(self._zone_choice)
                return self._zone_choice
        return plan.reference_zone if plan is not None else "UTC"

    def analysed_range(self) -> tuple[date, date]:
        """The first and last date the role verdicts cover."""
        kind = self.roles_panel.range_kind()
        day = self._day
        if kind == "year":
            return date(day.year, 1, 1), date(day.year, 12, 31)
        if kind == "month":
            following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
            return date(day.year, day.month, 1), following - timedelta(days=1)
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)

    def recompute(self) -> None:
        """Analyse the plan (or the shift being dragged) for the range and show the verdicts."""
        from planner.analysis import Range, analyze

        self._recompute_timer.stop()
        if self.document is None:
            return
        plan = self._preview_plan or self.document.plan
        first, last = self.analysed_range()
        self.analysis = analyze(plan, Range.of_days(self.reference_zone(), first, last))
        self.roles_panel.clock24 = self._clock24
        self.roles_panel.set_analysis(plan, self.analysis)
        failing = sum(1 for v in self.analysis.roles if not v.meets)
        roles = f"{len(plan.roles)} roles" + (f" ({failing} failing)" if failing else "")
        self.summary_label.setText(
            f"{len(plan.teams)} teams · {roles} · {len(plan.meetings)} meetings"
        )
        self.analysisChanged.emit(self.analysis)

    def _on_preview(self, plan: Plan) -> None:
        document = self.document
        self._preview_plan = None if document is None or plan == document.plan else plan
        self._recompute_timer.start()

    def _on_autosaved(self, _path: object) -> None:
        self.autosave_label.setText(f"Autosaved {datetime.now().astimezone():%H:%M:%S}")

    # --- files ----------------------------------------------------------------------------------

    def maybe_save(self) -> bool:
        """Ask to save unsaved changes; False when the user cancels (or saving fails)."""
        from ui.dialogs import SaveChoice

        document = self.document
        if document is None or not document.modified:
            return True
        answer = self.dialogs.ask_save_changes(document.display_name)
        if answer is SaveChoice.CANCEL:
            return False
        if answer is SaveChoice.SAVE:
            return self.save()
        return True

    def new_plan(self) -> None:
        """Start an empty plan (after asking to save the current one)."""
        if self.maybe_save():
            from ui.document import Document

            self.set_document(Document.new(self))

    def open_dialog(self) -> None:
        """Ask for a plan file and open it."""
        if not self.maybe_save():
            return
        folder = self.settings.last_folder() or str(Path.home())
        path = self.dialogs.open_file("Open Plan", folder)
        if path:
            self._open_file(path)

    def open_path(self, path: str) -> bool:
        """Open a plan file (after asking to save the current one); False when it fails."""
        if not self.maybe_save():
            return False
        return self._open_file(path)

    def _open_file(self, path: str) -> bool:
        from planner.errors import PlanFileError
        from ui.document import Document

        try:
            document = Document.open(path, parent=self)
        except PlanFileError as exc:
            self.dialogs.problems(
                "Cannot open plan",
                f'"{Path(path).name}" has problems and was not opened (the file was not changed). '
                "Fix these lines and open it again:",
                [str(p) for p in exc.problems],
            )
            if any("no such file" in p.message for p in exc.problems):
                self.settings.remove_recent_file(str(Path(path).resolve()))
            return False
        self.settings.add_recent_file(path)
        self.settings.set_last_folder(str(Path(path).resolve().parent))
        self.set_document(document)
        if document.warnings:
            self.dialogs.problems(
                "Plan opened with warnings",
                "The plan opened. These keys are not used by this version; they are kept when the "
                "plan is saved:",
                list(document.warnings),
            )
        return True

    def _show_open_error(self, name: str, error: Exception) -> None:
        from planner.errors import PlanFileError

        if isinstance(error, PlanFileError):
            self.dialogs.problems(
                "Cannot restore",
                f'The autosaved copy of "{name}" has problems:',
                [str(p) for p in error.problems],
            )
        else:
            self.dialogs.error(
                "Cannot restore", f'The autosaved copy of "{name}" cannot be read: {error}'
            )

    def open_example(self, name: str) -> None:
        """Open a bundled example as a new, untitled plan."""
        if not self.maybe_save():
            return
        from importlib import resources

        from ui.document import Document

        text = resources.files(EXAMPLES_PACKAGE).joinpath(name).read_text(encoding="utf-8")
        self.set_document(Document.from_text(text, f"{Path(name).stem} (example)", parent=self))

    def save(self) -> bool:
        """Save to the plan's file (Save As for a plan that has none); True when saved."""
        document = self.document
        if document is None:
            return False
        if document.path is None:
            return self.save_as()
        return self._save_to(document.path)

    def save_as(self) -> bool:
        """Ask for a file and save the plan there; True when saved."""
        document = self.document
        if document is None:
            return False
        folder = self.settings.last_folder() or str(Path.home())
        stem = Path(document.display_name).stem.replace(" (example)", "").removesuffix(".overlap")
        suggested = (
            str(document.path) if document.path else str(Path(folder) / f"{stem}.overlap.toml")
        )
        path = self.dialogs.save_file("Save Plan As", suggested)
        if not path:
            return False
        if not path.lower().endswith(".toml") and not Path(path).suffix:
            path += ".overlap.toml"
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        document = self.document
        assert document is not None
        old_path = str(document.path) if document.path else None
        try:
            document.save(path)
        except OSError as exc:
            self.dialogs.error(
                "Cannot save", f'The plan could not be saved to "{path}": {exc.strerror or exc}'
            )
            return False
        self.settings.add_recent_file(str(path))
        self.settings.set_last_folder(str(path.resolve().parent))
        if self._zone_choice and old_path != str(document.path):
            self.settings.set_reference_zone(str(document.path), self._zone_choice)
        self.statusBar().showMessage(f"Saved {path}", 4000)
        return True

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        recent = self.settings.recent_files()
        for index, path in enumerate(recent, start=1):
            action = menu.addAction(f"&{index % 10} {Path(path).name}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not recent:
            empty = menu.addAction("No recent plans")
            empty.setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction("&Clear Menu")
        clear.setEnabled(bool(recent))
        clear.triggered.connect(self.settings.clear_recent_files)

    def _fill_examples_menu(self) -> None:
        menu = self.examples_menu
        menu.clear()
        for name, title in example_files():
            action = menu.addAction(title)
            action.setStatusTip(name)
            action.triggered.connect(lambda _checked=False, n=name: self.open_example(n))

    # --- chart, print and export ----------------------------------------------------------------

    def print_preview(self) -> None:
        """Open the print preview of the chart as shown (page setup and printing are in it)."""
        from ui.chart.printing import open_print_preview

        if self.document is not None and self.chart is not None:
            open_print_preview(self, self.document.plan, self.chart.state(), run=self.print_runner)

    def export_chart(self) -> str | None:
        """Save the chart as shown to PDF, PNG or SVG; the path written, or None."""
        from ui.chart.export import SYSTEM_DIALOGS, ExportDialogs, export_chart_dialog

        if self.document is None or self.chart is None:
            return None
        dialogs = self.dialogs

        def ask_path(_parent: QWidget | None, suggested: str) -> str | None:
            folder = self.settings.last_folder() or str(Path.home())
            return dialogs.save_file(
                "Export Chart",
                str(Path(folder) / suggested),
                "PDF document (*.pdf);;PNG image (*.png);;SVG image (*.svg)",
            )

        def show_error(_parent: QWidget | None, message: str) -> None:
            dialogs.error("Cannot export the chart", message)

        questions = ExportDialogs(ask_path, SYSTEM_DIALOGS.png_dpi, show_error)
        path = export_chart_dialog(self, self.document.plan, self.chart.state(), questions)
        if path:
            self.statusBar().showMessage(f"Exported the chart to {path}", 5000)
        return path

    def export_ical(self) -> bool:
        """Save the meetings as an iCalendar (.ics) file; True when written.

        The UIDs are those of ``overlap-planner export-ics`` for the same plan, so importing
        the file again updates the events instead of duplicating them.
        """
        from planner.atomic import write_atomic
        from planner.errors import PlannerError
        from planner.ical import export_calendar, plan_identity

        document = self.document
        if document is None:
            return False
        plan = document.plan
        try:
            identity = plan_identity(plan, document.path)
            text = export_calendar(plan, identity=identity, now=self._now())
        except PlannerError as exc:
            self.dialogs.error("Cannot export iCalendar", f"{str(exc)[:1].upper()}{str(exc)[1:]}.")
            return False
        folder = self.settings.last_folder() or str(Path.home())
        stem = document.path.stem if document.path else Path(document.display_name).stem
        path = self.dialogs.save_file(
            "Export iCalendar", str(Path(folder) / f"{stem}.ics"), "iCalendar files (*.ics)"
        )
        if not path:
            return False
        if not Path(path).suffix:
            path += ".ics"
        try:
            write_atomic(path, text.encode("utf-8"))
        except OSError as exc:
            self.dialogs.error(
                "Cannot export iCalendar", f'"{path}" could not be written: {exc.strerror or exc}'
            )
            return False
        count = len(plan.meetings)
        self.statusBar().showMessage(
            f"Exported {count} meeting{'s' if count != 1 else ''} to {path}", 5000
        )
        return True

    def publish_caldav(self) -> None:
        """Send the meetings to a CalDAV calendar (address and user remembered, never the password)."""
        from ui.publish_dialog import PublishDialog

        document = self.document
        if document is None:
            return
        if not document.plan.meetings:
            self.dialogs.error(
                "Nothing to publish", "The plan has no meetings: add a meeting first."
            )
            return
        dialog = PublishDialog(
            document.plan,
            str(document.path) if document.path else None,
            self,
            store=self.settings.store,
            clock=self._now,
        )
        self._open_editor(dialog, lambda: None)

    # --- navigation -----------------------------------------------------------------------------

    @property
    def view(self) -> str:
        """The chart view: "day", "week" or "year"."""
        return self._view

    @property
    def day(self) -> date:
        """The date shown."""
        return self._day

    @property
    def clock24(self) -> bool:
        """True on a 24-hour clock."""
        return self._clock24

    def set_view(self, view: str) -> None:
        """Show the day, week or year view."""
        if view == self._view:
            return
        self._view = view
        self.view_actions[view].setChecked(True)
        self.settings.set_view(view)
        if self.chart is not None:
            self.chart.set_view(view)

    def set_date(self, day: date) -> None:
        """Show ``day`` (and the week or year around it)."""
        if day == self._day:
            return
        old = self._day
        self._day = day
        if self.date_edit.date().toPython() != day:
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(QDate(day.year, day.month, day.day))
            self.date_edit.blockSignals(False)
        if self.chart is not None:
            self.chart.set_date(day)
        if self._started and self._range_key(old) != self._range_key(day):
            self.recompute()

    def _range_key(self, day: date) -> tuple[int, ...]:
        kind = self.roles_panel.range_kind()
        if kind == "year":
            return (day.year,)
        if kind == "month":
            return (day.year, day.month)
        return tuple((day - timedelta(days=day.weekday())).isocalendar()[:2])

    def _step(self, sign: int) -> None:
        day = self._day
        if self._view == "day":
            self.set_date(day + timedelta(days=sign))
        elif self._view == "week":
            self.set_date(day + timedelta(days=7 * sign))
        else:
            try:
                self.set_date(day.replace(year=day.year + sign))
            except ValueError:
                self.set_date(day.replace(year=day.year + sign, day=28))

    def go_previous(self) -> None:
        """The previous day, week or year."""
        self._step(-1)

    def go_next(self) -> None:
        """The next day, week or year."""
        self._step(1)

    def go_today(self) -> None:
        """Show today (in the reference zone)."""
        from planner.zones import load_zone

        self.set_date(self._now().astimezone(load_zone(self.reference_zone())).date())

    def focus_date(self) -> None:
        """Put the keyboard in the date field."""
        self.date_edit.setFocus()
        self.date_edit.selectAll()

    def _show_day(self, day: date) -> None:
        self.set_date(day)

    def _on_chart_date(self, day: date) -> None:
        self.set_date(day)

    def _on_chart_view(self, view: str) -> None:
        self._view = view
        self.view_actions[view].setChecked(True)
        self.settings.set_view(view)

    def set_clock24(self, on: bool) -> None:
        """Show times on a 24-hour (True) or 12-hour clock."""
        self._clock24 = on
        self.settings.set_clock24(on)
        if self.clock_action.isChecked() != on:
            self.clock_action.setChecked(on)
        if self.chart is not None:
            self.chart.set_clock24(on)
        if self.document is not None:
            self._apply_plan(self.document.plan)

    def set_reference_zone(self, zone: str | None) -> None:
        """Draw the chart in ``zone`` (None: the plan's own reference zone); remembered per file."""
        document = self.document
        self._zone_choice = zone
        path = str(document.path) if document and document.path else None
        self.settings.set_reference_zone(path, zone)
        if document is not None:
            self._apply_plan(document.plan)

    def _fill_zone_menu(self) -> None:
        menu = self.zone_menu
        menu.clear()
        document = self.document
        if document is None:
            return
        plan = document.plan
        current = self.reference_zone()
        own = menu.addAction(f"Plan's zone ({plan.reference_zone})")
        own.setCheckable(True)
        own.setChecked(self._zone_choice in (None, plan.reference_zone))
        own.triggered.connect(lambda _checked=False: self.set_reference_zone(None))
        menu.addSeparator()
        zones: list[str] = []
        for team in plan.teams:
            if team.zone not in zones:
                zones.append(team.zone)
        if "UTC" not in zones:
            zones.append("UTC")
        for zone in zones:
            names = ", ".join(t.name for t in plan.teams if t.zone == zone)
            action = menu.addAction(f"{zone}" + (f" ({names})" if names else ""))
            action.setCheckable(True)
            action.setChecked(
                zone == current and self._zone_choice not in (None, plan.reference_zone)
            )
            action.triggered.connect(lambda _checked=False, z=zone: self.set_reference_zone(z))
        menu.addSeparator()
        menu.addAction(self.zone_action)

    def choose_zone_dialog(self) -> None:
        """Search any zone for the chart."""
        zone = self.ask_zone(self.reference_zone())
        if zone:
            self.set_reference_zone(zone)

    def ask_zone(self, current: str) -> str | None:
        """Ask for a zone in a search dialog; None when cancelled."""
        from ui.editors.zone_picker import ZoneDialog

        dialog = ZoneDialog(current, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.picker.zone() or None
        return None

    def _on_team_selected(self, team_id: str | None) -> None:
        if self.chart is None or self.document is None:
            return
        if team_id is None:
            self.chart.set_selected_pair(None, None)
            return
        team = self.document.plan.team(team_id)
        if team.side == "client":
            self.chart.set_selected_pair(team.id, None)
        else:
            self.chart.set_selected_pair(None, team.id)

    def _on_role_selected(self, role_id: str | None) -> None:
        if self.chart is not None:
            self.chart.set_highlighted_role(role_id)

    # --- edits ----------------------------------------------------------------------------------

    def edit(self, plan: Plan, text: str) -> bool:
        """Apply an edit to the open plan as one undo step."""
        if self.document is None:
            return False
        return self.document.edit(plan, text)

    def _open_editor(self, editor: QDialog, on_accept: Callable[[], None]) -> None:
        if self.active_editor is not None:
            self.active_editor.close()
        self.active_editor = editor
        editor.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.accepted.connect(on_accept)
        editor.finished.connect(lambda _result: self._editor_closed(editor))
        editor.open()

    def _editor_closed(self, editor: QDialog) -> None:
        if self.active_editor is editor:
            self.active_editor = None

    def add_team(self) -> None:
        """Open the team editor for a new team."""
        self._team_editor(None)

    def edit_team(self, team_id: str) -> None:
        """Open the team editor on a team."""
        self._team_editor(team_id)

    def _team_editor(self, team_id: str | None) -> None:
        from ui.editors.team_editor import TeamEditor

        document = self.document
        if document is None:
            return
        team = document.plan.team(team_id) if team_id else None
        editor = TeamEditor(document.plan, team, self, now=self._now)

        def done() -> None:
            if editor.result_plan is not None and editor.result_team is not None:
                self.edit(editor.result_plan, editor.undo_text())
                self.teams_panel.select(editor.result_team.id)

        self._open_editor(editor, done)

    def remove_team(self, team_id: str) -> None:
        """Remove a team, with its roles and two-team meetings after confirming."""
        from planner.edits import remove_team, team_dependents

        document = self.document
        if document is None:
            return
        plan = document.plan
        team = plan.team(team_id)
        dependents = team_dependents(plan, team_id)
        if not dependents.empty:
            lines = []
            if dependents.roles:
                lines.append("roles removed: " + ", ".join(r.name for r in dependents.roles))
            if dependents.meetings_dropped:
                lines.append(
                    "meetings removed: " + ", ".join(m.title for m in dependents.meetings_dropped)
                )
            if dependents.meetings_shrunk:
                lines.append(
                    "meetings without this team: "
                    + ", ".join(m.title for m in dependents.meetings_shrunk)
                )
            text = f'Remove "{team.name}"? This also changes the plan:\n\n' + "\n".join(lines)
            if not self.dialogs.confirm("Remove team", text, "Remove"):
                return
        self.edit(remove_team(plan, team_id), f'Remove team "{team.name}"')

    def move_team(self, team_id: str, offset: int) -> None:
        """Move a team up or down in the chart."""
        from dataclasses import replace

        from planner.edits import move_item

        document = self.document
        if document is None:
            return
        plan = document.plan
        teams = move_item(plan.teams, team_id, offset)
        if self.edit(replace(plan, teams=teams), f'Move team "{plan.team(team_id).name}"'):
            self.teams_panel.select(team_id)

    def on_shift_edited(
        self, team_id: str, weekday: int, old: Shift | None, new: Shift | None
    ) -> None:
        """A shift edge dragged on the chart: an undoable edit of the team's week."""
        from planner.edits import edit_shift, set_team_hours
        from planner.errors import PlannerError

        document = self.document
        if document is None:
            return
        plan = document.plan
        try:
            team = plan.team(team_id)
            hours = edit_shift(team.hours, weekday, old, new)
            edited = set_team_hours(plan, team_id, hours)
        except PlannerError as exc:
            self.statusBar().showMessage(f"Shift not changed: {exc}", 6000)
            self._apply_plan(plan)
            return
        day = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[
            weekday
        ]
        if not self.edit(edited, f"Change {team.name}'s {day} shift to {new}"):
            self._apply_plan(plan)

    def add_role(self) -> None:
        """Open the role editor for a new role."""
        self._role_editor(None)

    def edit_role(self, role_id: str) -> None:
        """Open the role editor on a role."""
        self._role_editor(role_id)

    def _role_editor(self, role_id: str | None) -> None:
        from ui.editors.role_editor import RoleEditor

        document = self.document
        if document is None:
            return
        role = document.plan.role(role_id) if role_id else None
        editor = RoleEditor(document.plan, role, self)

        def done() -> None:
            if editor.result_plan is not None and editor.result_role is not None:
                self.edit(editor.result_plan, editor.undo_text())
                self.roles_panel.select(editor.result_role.id)

        self._open_editor(editor, done)

    def remove_role(self, role_id: str) -> None:
        """Remove a role."""
        from planner.edits import remove_role

        document = self.document
        if document is not None:
            role = document.plan.role(role_id)
            self.edit(remove_role(document.plan, role_id), f'Remove role "{role.name}"')

    def apply_suggestion(self, role_id: str) -> None:
        """Give a real-time role's vendor the suggested hours."""
        from planner.analysis import RealtimeVerdict
        from planner.edits import set_team_hours

        document = self.document
        if document is None or self.analysis is None:
            return
        for verdict in self.analysis.roles:
            if verdict.role.id == role_id and isinstance(verdict, RealtimeVerdict):
                vendor = document.plan.team(verdict.role.vendor)
                plan = set_team_hours(document.plan, vendor.id, verdict.suggested_hours)
                self.edit(plan, f"Apply suggested hours to {vendor.name}")
                return

    def add_meeting(self) -> None:
        """Open the meeting editor for a new meeting."""
        self._meeting_editor(None)

    def edit_meeting(self, meeting_id: str) -> None:
        """Open the meeting editor on a meeting."""
        self._meeting_editor(meeting_id)

    def _meeting_editor(self, meeting_id: str | None, template: Any = None) -> None:
        from ui.editors.meeting_editor import MeetingEditor

        document = self.document
        if document is None:
            return
        meeting = document.plan.meeting(meeting_id) if meeting_id else None
        editor = MeetingEditor(
            document.plan,
            meeting,
            self,
            clock24=self._clock24,
            today=self._day,
            choose_zone=self.ask_zone,
            now=self._now,
        )
        if template is not None:
            editor.load_template(template)
        editor.enable_slot_finder(self.open_slot_finder)

        def done() -> None:
            if editor.result_plan is not None and editor.result_meeting is not None:
                self.edit(editor.result_plan, editor.undo_text())
                self.meetings_panel.select(editor.result_meeting.id)

        self._open_editor(editor, done)

    def open_slot_finder(self, editor: MeetingEditor) -> None:
        """Rank start times for the meeting being edited; the choice goes back to the editor."""
        from ui.slot_finder_dialog import SlotFinderDialog

        if self.document is None:
            return
        teams = editor.checked_teams()
        dialog = SlotFinderDialog(
            self.document.plan,
            editor,
            teams=teams if len(teams) >= 2 else (),
            duration=editor.duration.value(),
            repeat=editor.current_repeat(),
            today=self._day,
            clock24=self._clock24,
        )
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        self.slot_finder = dialog

        def done() -> None:
            choice = dialog.chosen()
            if choice is not None:
                editor.apply_slot(
                    choice.zone,
                    choice.start_date,
                    choice.start_time,
                    choice.teams,
                    choice.duration_minutes,
                    choice.repeat,
                    choice.rotation,
                )

        dialog.accepted.connect(done)
        dialog.finished.connect(lambda _result: setattr(self, "slot_finder", None))
        dialog.open()

    def duplicate_meeting(self, meeting_id: str) -> None:
        """Open the meeting editor on a copy of a meeting."""
        document = self.document
        if document is not None:
            self._meeting_editor(None, template=document.plan.meeting(meeting_id))

    def remove_meeting(self, meeting_id: str) -> None:
        """Remove a meeting."""
        from planner.edits import remove_meeting

        document = self.document
        if document is not None:
            meeting = document.plan.meeting(meeting_id)
            self.edit(
                remove_meeting(document.plan, meeting_id), f'Remove meeting "{meeting.title}"'
            )

    def edit_properties(self) -> None:
        """Edit the plan's title and reference zone."""
        document = self.document
        if document is None:
            return
        dialog = PropertiesDialog(document.plan, self, self.ask_zone)

        def done() -> None:
            if dialog.result_plan is not None:
                self.edit(dialog.result_plan, "Edit plan properties")

        self._open_editor(dialog, done)

    def about(self) -> None:
        """Show the version."""
        from planner import __version__, tzdb

        self.dialogs.info(
            f"About {APP_NAME}",
            f"{APP_NAME} {__version__} (tzdata {tzdb.tz_version()})\n\nPlan working-hour overlap, coverage and meetings between a "
            "client and vendor teams in other time zones.",
        )

    # --- closing --------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask to save, remember the window, and remove the autosave."""
        if not self.maybe_save():
            event.ignore()
            return
        self.settings.set_window(self.saveGeometry(), self.saveState())
        document = self.document
        self.settings.set_last_file(str(document.path) if document and document.path else None)
        self.settings.sync()
        if self.autosave is not None:
            self.autosave.detach()
        event.accept()


class PropertiesDialog(QDialog):
    """The plan's title and display (reference) zone."""

    def __init__(
        self, plan: Plan, parent: QWidget | None, ask_zone: Callable[[str], str | None]
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.result_plan: Plan | None = None
        self._ask_zone = ask_zone
        self.setWindowTitle("Plan Properties")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title = QLineEdit(plan.title)
        self.title.setMinimumWidth(360)
        form.addRow("&Title:", self.title)
        self.zone = QLineEdit(plan.display_zone or "")
        self.zone.setPlaceholderText(f"(the first client's zone: {plan.reference_zone})")
        zone_row = QWidget()
        zone_layout = QVBoxLayout(zone_row)
        zone_layout.setContentsMargins(0, 0, 0, 0)
        zone_layout.addWidget(self.zone)
        search = QToolButton()
        search.setText("Search…")
        search.clicked.connect(self._search)
        zone_layout.addWidget(search)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b8431b;")
        self.message.setWordWrap(True)
        zone_layout.addWidget(self.message)
        form.addRow("&Display zone:", zone_row)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _search(self) -> None:
        zone = self._ask_zone(self.zone.text() or self.plan.reference_zone)
        if zone:
            self.zone.setText(zone)

    def accept(self) -> None:
        """Check the zone; close with the edited plan."""
        from dataclasses import replace

        from ui.validation import ValidationReport

        report = ValidationReport()
        zone = self.zone.text().strip() or None
        plan = report.check(
            "display_zone",
            lambda: replace(self.plan, title=self.title.text().strip(), display_zone=zone),
        )
        self.message.setText(report.summary())
        if plan is not None:
            self.result_plan = plan
            super().accept()


def quit_after_paint_mode() -> str | None:
    """``OVERLAP_PLANNER_QUIT_AFTER_PAINT``: "window" or "plan" (benchmarks), else None."""
    value = os.environ.get("OVERLAP_PLANNER_QUIT_AFTER_PAINT", "").strip().lower()
    return value if value in ("window", "plan") else None
