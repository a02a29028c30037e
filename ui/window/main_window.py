"""The main window: the chart in the centre, dockable panels, toolbar, menus, undo, autosave.

Teams, Roles and Meetings are dockable panels; the toolbar moves the date, picks the
reference zone and the day/week/year view; closing or opening asks about unsaved changes.

The window is built in two steps so that it paints at once: the constructor makes only the
frame (menus, toolbar, status bar; no plan code imported), and :meth:`MainWindow.start`,
called right after the first paint, reads the plan (in a worker thread, while the window
has nothing new to paint), then adds the docks, creates the chart and shows the plan with
its verdicts. The Teams and Meetings panels are made right after that paint (their docks
are empty in it; a panel asked for anything before is made at once).

The window is put together from ``ui/window/``: the shell (state and shared services), the
controllers (``files``, ``navigation``, ``editing``, ``exports``) and the actions, menus
and toolbar that call them (``actions``).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDockWidget, QWidget

from ui.i18n import translate
from ui.window.actions import WindowActions
from ui.window.autosave_status import AutosaveStatus
from ui.window.shell import APP_NAME

if TYPE_CHECKING:
    from ui.chart.widget import ChartWidget


class MainWindow(WindowActions, AutosaveStatus):
    """Overlap Planner's main window."""

    def _connect_chart(self, chart: ChartWidget) -> None:
        """Connect the chart to the controllers: shift drags, hover text, date and view, preview."""
        from ui.plain import make_plain

        chart.shiftEdited.connect(self.on_shift_edited)
        chart.meetingRequested.connect(self.on_meeting_requested)
        chart.meetingMoved.connect(self.on_meeting_moved)
        chart.meetingEditRequested.connect(self.edit_meeting)
        chart.teamEditRequested.connect(self.edit_team)
        chart.occurrenceReset.connect(self.on_occurrence_reset)
        chart.exceptionRequested.connect(self.on_exception_requested)
        chart.exceptionEditRequested.connect(self.on_exception_edit_requested)
        chart.set_edge_scope(self.settings.drag_scope())
        make_plain(self.hover_label)  # the local times under the pointer name the teams
        chart.hoverChanged.connect(self.hover_label.setText)
        chart.dateChanged.connect(self._on_chart_date)
        chart.viewChanged.connect(self._on_chart_view)
        chart.previewChanged.connect(self._on_preview)
        self._connect_accessibility(chart)

    def _build_docks(self) -> None:
        """The Teams, Roles, Meetings and History docks (the second step of the start)."""
        from PySide6.QtWidgets import QUndoView

        from ui.autosave import Autosave
        from ui.panels.meetings_panel import MeetingsPanel
        from ui.panels.roles_panel import RolesPanel
        from ui.panels.teams_panel import TeamsPanel

        kwargs: dict[str, Any] = (
            {} if self._autosave_ms is None else {"interval_ms": self._autosave_ms}
        )
        self.autosave = Autosave(self.autosave_folder(), parent=self, **kwargs)
        self.autosave.saved.connect(self._on_autosaved)
        self._install_autosave_status()
        # Shown at start (the window on screen): Teams and Meetings are made right after the
        # plan's chart and verdicts have painted (:meth:`start`).
        deferred = self.isVisible()
        self.teams_panel = TeamsPanel(deferred=deferred)
        self.roles_panel = RolesPanel()
        self.meetings_panel = MeetingsPanel(deferred=deferred)
        self.history = QUndoView(self.undo_group)
        self.history.setEmptyLabel(translate("MainWindow", "Opened plan"))
        self.history.setAccessibleName(translate("MainWindow", "History"))
        # Right to left (Arabic), the window's sides swap: the panels lead on the right.
        areas = QtCore.Qt.DockWidgetArea
        left, right = areas.LeftDockWidgetArea, areas.RightDockWidgetArea
        if self._mirrored():
            left, right = right, left
        self.teams_dock = self._dock(
            translate("MainWindow", "Teams"), "teams", self.teams_panel, left
        )
        self.roles_dock = self._dock(
            translate("MainWindow", "Roles"), "roles", self.roles_panel, left
        )
        self.meetings_dock = self._dock(
            translate("MainWindow", "Meetings"),
            "meetings",
            self.meetings_panel,
            QtCore.Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self.history_dock = self._dock(
            translate("MainWindow", "History"),
            "history",
            self.history,
            right,
        )
        self.history_dock.hide()
        self._build_chart_table()
        self.splitDockWidget(self.teams_dock, self.roles_dock, QtCore.Qt.Orientation.Vertical)
        self._size_docks()
        # Again once the window has laid the new docks out (sizes asked earlier may not hold).
        QTimer.singleShot(0, self._size_docks)
        for dock in (self.teams_dock, self.roles_dock, self.meetings_dock, self.history_dock):
            self.panels_menu.addAction(dock.toggleViewAction())
        self._connect_panels()
        state = self.settings.window_state(self._mirrored())
        if state is not None:
            self.restoreState(state)

    def _mirrored(self) -> bool:
        """Whether the window is laid out right to left (its saved dock layout is its own)."""
        return self.layoutDirection() == QtCore.Qt.LayoutDirection.RightToLeft

    def _size_docks(self) -> None:
        if self.settings.window_state(self._mirrored()) is not None:
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
        roles.demandRequested.connect(self.edit_demand)
        meetings = self.meetings_panel
        meetings.addRequested.connect(self.add_meeting)
        meetings.editRequested.connect(self.edit_meeting)
        meetings.removeRequested.connect(self.remove_meeting)
        meetings.duplicateRequested.connect(self.duplicate_meeting)
        meetings.occurrenceActivated.connect(self._show_day)

    def announce(self, plan_path: str | None) -> None:
        """Say what is being opened while the window first paints."""
        if plan_path:
            name = os.path.basename(plan_path)
            # Escaped: a file name is shown as named (the label's text format stays untouched
            # before the first paint, see ui.plain; the html module's import would delay it).
            escaped = name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            self.placeholder.setText(
                translate("MainWindow", "Opening {name}…").format(name=escaped)
            )
            self.setWindowTitle(f"{name} - {APP_NAME}")

    def start(self, plan_path: str | None) -> None:
        """Load the plan (or restore autosaved work), create the chart and fill the panels.

        Without ``plan_path`` the plan open when the app last closed is opened again.
        """
        if self._started:
            return
        self._started = True
        from ui.document import Document

        restored = self._offer_restore(self.recovery_folders())
        opened: Document | None = None
        path: str | None = None
        if restored is None:
            last = self.settings.last_file()
            # No plan named: the one open when the app last closed.
            path = plan_path or (last if last and os.path.isfile(last) else None)
            if path:
                # Read before the docks and the chart are made: while the worker reads, the
                # window has nothing new to lay out or paint, and the thread has the
                # interpreter to itself.
                opened = self._read_document(path)
        self._build_docks()
        self._ensure_chart()
        if restored is not None:
            self.set_document(restored)
        elif opened is not None and path:
            self._show_opened(opened, path)
        else:
            self.set_document(Document.new(self))
        if not self.panels_built():
            # The whole window paints next (the docks are new); then the other panels are made.
            self.update()
            self.after_next_paint(lambda: QTimer.singleShot(0, self.build_panels))

    def panels_built(self) -> bool:
        """Whether the Teams and Meetings panels are made (at start: after the plan's paint).

        Until then their docks are empty; a panel asked for anything is made at once.
        """
        return self.teams_panel.built and self.meetings_panel.built

    def _layout_settled(self) -> bool:
        """Whether the window has its docks and panels: only then is its layout worth keeping.

        A window closed before (the start-up benchmark quits right after the first paint or
        the plan's) keeps the layout remembered earlier instead of one without docks or
        with empty ones.
        """
        if not self._started or getattr(self, "teams_panel", None) is None:
            return False
        return self.panels_built()

    def build_panels(self) -> None:
        """Make the Teams and Meetings panels now, showing the plan (see :meth:`panels_built`)."""
        self.teams_panel.build()
        self.meetings_panel.build()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask to save, remember the window, and remove the autosave."""
        if not self.maybe_save():
            event.ignore()
            return
        if self._layout_settled():
            self.settings.set_window(self.saveGeometry(), self.saveState(), self._mirrored())
        document = self.document
        self.settings.set_last_file(str(document.path) if document and document.path else None)
        self.settings.sync()
        if self.autosave is not None:
            self.autosave.detach()
        event.accept()


def quit_after_paint_mode() -> str | None:
    """``OVERLAP_PLANNER_QUIT_AFTER_PAINT``: "window" or "plan" (benchmarks), else None."""
    value = os.environ.get("OVERLAP_PLANNER_QUIT_AFTER_PAINT", "").strip().lower()
    return value if value in ("window", "plan") else None
