"""The window shell: the state every controller shares, the open document, the chart, the verdicts.

The shell holds what the window shows (the document, the chart, the analysis of the range)
and the services the controllers share: switching documents, recomputing the verdicts,
applying an edit as one undo step, the one open editor dialog, asking for a zone. The
controllers (``files``, ``navigation``, ``editing``, ``exports``) and the actions that
call them build on it; ``main_window`` puts them together. Two steps of the shell are
filled in by them: ``_build_frame`` (the actions, menus, toolbar and status bar) and
``_connect_chart`` (the chart's signals to the controllers' slots).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QPaintEvent, QUndoGroup
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolButton,
)

from ui.i18n import translate
from ui.settings import Settings

if TYPE_CHECKING:
    from planner.analysis.overlap import Analysis
    from planner.plan.model import Plan
    from ui.autosave import Autosave
    from ui.chart.widget import ChartWidget
    from ui.dialogs import Dialogs
    from ui.document import Document
    from ui.panels.meetings_panel import MeetingsPanel
    from ui.panels.roles_panel import RolesPanel
    from ui.panels.teams_panel import TeamsPanel

APP_NAME = "Overlap Planner"
PREVIEW_ANALYSIS_MS = 100
"""While a shift edge is dragged, the verdicts follow the preview at most this often (ms):
the chart follows every step, the analysis of the range would double each step's cost."""


def plan_summary(teams: int, roles: int, failing: int, meetings: int) -> str:
    """The status bar's summary: ``3 teams · 2 roles (1 failing) · 1 meeting``."""
    role_text = translate("MainWindow", "%n role(s)", "", roles)
    if failing:
        role_text = translate("MainWindow", "{roles} (%n failing)", "", failing).format(
            roles=role_text
        )
    return "{teams} · {roles} · {meetings}".format(
        teams=translate("MainWindow", "%n team(s)", "", teams),
        roles=role_text,
        meetings=translate("MainWindow", "%n meeting(s)", "", meetings),
    )


def _milliseconds() -> int:
    return time.monotonic_ns() // 1_000_000


def utc_now() -> datetime:
    """The current time (the window's default clock; tests pass a fixed one)."""
    return datetime.now(UTC)


class WindowShell(QMainWindow):
    """The main window's state and shared services (the controllers and actions build on it)."""

    documentChanged = Signal(object)
    analysisChanged = Signal(object)
    teams_panel: TeamsPanel
    roles_panel: RolesPanel
    meetings_panel: MeetingsPanel
    # Made by the actions, the menus, the toolbar and the status bar (``ui.window.actions``).
    save_action: QAction
    save_as_action: QAction
    print_action: QAction
    export_chart_action: QAction
    export_ics_action: QAction
    publish_action: QAction
    add_team_action: QAction
    add_role_action: QAction
    add_meeting_action: QAction
    properties_action: QAction
    view_actions: dict[str, QAction]
    scope_actions: dict[str, QAction]
    zone_action: QAction
    clock_action: QAction
    recent_menu: QMenu
    examples_menu: QMenu
    panels_menu: QMenu
    date_edit: QDateEdit
    zone_button: QToolButton
    zone_menu: QMenu
    hover_label: QLabel
    summary_label: QLabel
    autosave_label: QLabel

    def __init__(
        self,
        settings: Settings,
        dialogs: Dialogs | None = None,
        data_dir: Path | None = None,
        now: Callable[[], datetime] = utc_now,
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
        self._analysed: Plan | None = None
        """The plan ``analysis`` is of (the next analysis redoes only what an edit changed)."""
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
        self._previewed_at = -PREVIEW_ANALYSIS_MS

        self.setWindowTitle(APP_NAME)
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks
            | QMainWindow.DockOption.AllowTabbedDocks
            | QMainWindow.DockOption.AllowNestedDocks
        )
        self.central = QStackedWidget()
        self.placeholder = QLabel(translate("MainWindow", "Opening…"))
        # A style-sheet property, not Qt.AlignmentFlag: PySide builds the whole Qt namespace
        # (~35 ms) on its first use, and the first paint must not wait for it.
        self.placeholder.setStyleSheet("qproperty-alignment: AlignCenter;")
        self.central.addWidget(self.placeholder)
        self.setCentralWidget(self.central)
        self._build_frame()
        self._set_editing_enabled(False)

        geometry = settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1500, 920)

    def _build_frame(self) -> None:
        """Make the actions, menus, toolbar and status bar (``ui.window.actions`` does it)."""
        raise NotImplementedError

    def after_next_paint(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once, right after the window's next paint (at start: its first)."""
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
            from ui.folders import data_folder

            self._data_dir = data_folder()
        return self._data_dir

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

    def _ensure_chart(self) -> ChartWidget:
        if self.chart is None:
            from ui.chart.widget import ChartWidget

            chart = ChartWidget(clock=self._now)
            chart.preset(self._view, self._day, self._clock24)  # worked out with the plan
            self._connect_chart(chart)
            # Shown once it has a plan (_apply_plan): while the plan is read, the window
            # paints its "Opening …" line, not an empty chart.
            self.central.addWidget(chart)
            self.chart = chart
        return self.chart

    def _connect_chart(self, chart: ChartWidget) -> None:
        """Connect a new chart's signals to the window's slots (``MainWindow`` does it)."""
        raise NotImplementedError

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
        self._update_title()

    def _apply_plan(self, plan: Plan) -> None:
        chart = self._ensure_chart()
        zone = self.reference_zone()
        chart.show_plan(plan, zone)
        self.central.setCurrentWidget(chart)
        self.teams_panel.clock24 = self._clock24
        self.teams_panel.set_plan(plan)
        self.meetings_panel.clock24 = self._clock24
        self.meetings_panel.set_plan(plan)
        self.zone_button.setText(translate("MainWindow", "Zone: {zone}").format(zone=zone))
        self._preview_plan = None
        self.recompute()

    def file_stem(self) -> str:
        """A default file name (no extension): the plan's title, else its file's, else Untitled."""
        from pathlib import Path

        from planner.plan.edits import file_stem

        document = self.document
        if document is None:
            return "Untitled"
        if document.plan.title.strip():
            return file_stem(document.plan.title)
        if document.path is not None:
            return document.path.name.removesuffix(".toml").removesuffix(".overlap")
        name = Path(document.display_name).stem.replace(" (example)", "")
        return file_stem(name.removesuffix(".overlap"))

    def reference_zone(self) -> str:
        """The chart's zone: the one chosen for this plan, else the plan's reference zone."""
        from planner.errors import PlannerError
        from planner.time.zones import load_zone

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
        from planner.analysis.incremental import reanalyze
        from planner.analysis.overlap import analyze
        from planner.schedule.range import Range

        self._recompute_timer.stop()
        if self.document is None:
            return
        plan = self._preview_plan or self.document.plan
        first, last = self.analysed_range()
        # The verdicts are what the window shows: pairs are worked out only if read.
        span = Range.of_days(self.reference_zone(), first, last)
        previous, before = self.analysis, self._analysed
        if previous is None or before is None:
            self.analysis = analyze(plan, span, lazy_pairs=True)
        else:  # a drag step changes one team: its roles and meetings are analysed again
            self.analysis = reanalyze(previous, before, plan, span)
        self._analysed = plan
        if self._preview_plan is not None:
            self._previewed_at = _milliseconds()
        self.roles_panel.clock24 = self._clock24
        self.roles_panel.live = self._preview_plan is not None
        self.roles_panel.set_analysis(plan, self.analysis)
        failing = sum(1 for v in self.analysis.roles if not v.meets)
        self.summary_label.setText(
            plan_summary(len(plan.teams), len(plan.roles), failing, len(plan.meetings))
        )
        self.analysisChanged.emit(self.analysis)

    def _on_preview(self, plan: Plan) -> None:
        """A drag's preview: analysed at once, then at most every PREVIEW_ANALYSIS_MS.

        The last preview of a burst is always analysed; the plan back as it was (a drag
        cancelled) at once.
        """
        document = self.document
        self._preview_plan = None if document is None or plan == document.plan else plan
        if self._preview_plan is None:
            self._recompute_timer.start(0)
        elif not self._recompute_timer.isActive():
            since = _milliseconds() - self._previewed_at
            self._recompute_timer.start(max(0, PREVIEW_ANALYSIS_MS - since))

    def _on_autosaved(self, _path: object) -> None:
        from ui.i18n.formats import stamp_time

        moment = datetime.now().astimezone()
        self.autosave_label.setText(
            translate("MainWindow", "Autosaved {time}").format(time=stamp_time(moment))
        )

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

    def ask_zone(self, current: str) -> str | None:
        """Ask for a zone in a search dialog; None when cancelled."""
        from ui.editors.zone_picker import ZoneDialog

        dialog = ZoneDialog(current, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.picker.zone() or None
        return None
