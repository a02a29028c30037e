"""The window's actions, menus, toolbar and status bar, wired to the controllers' slots."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QDate
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QToolButton

from ui.i18n import translate
from ui.window.accessibility import Accessibility
from ui.window.chart_editing import SCOPES, ChartEditing, scope_text
from ui.window.exports import Exporting
from ui.window.files import FileHandling
from ui.window.navigation import Navigation
from ui.window.shell import APP_NAME

VIEWS = (("day", "Ctrl+1"), ("week", "Ctrl+2"), ("year", "Ctrl+3"))
ZONE_SHORTCUT = "Ctrl+Alt+Z"


def language_choices() -> list[tuple[str, str]]:
    """View > Language: the system's language, then each shipped one named in itself."""
    from ui.i18n.language import LANGUAGES, SYSTEM

    return [(SYSTEM, translate("MainWindow", "&System Language")), *LANGUAGES.items()]


class WindowActions(FileHandling, Navigation, ChartEditing, Exporting, Accessibility):
    """Every controller of the window, with the actions, menus and toolbar that call them."""

    def _build_frame(self) -> None:
        """The actions, the menus, the toolbar and the status bar: the frame that paints first."""
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()

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
        self.new_action = self._action(
            translate("MainWindow", "&New"),
            self.new_plan,
            keys.New,
            translate("MainWindow", "Start an empty plan"),
        )
        self.open_action = self._action(
            translate("MainWindow", "&Open…"),
            self.open_dialog,
            keys.Open,
            translate("MainWindow", "Open a plan file"),
        )
        self.save_action = self._action(
            translate("MainWindow", "&Save"),
            self.save,
            keys.Save,
            translate("MainWindow", "Save the plan"),
        )
        self.save_as_action = self._action(
            translate("MainWindow", "Save &As…"),
            self.save_as,
            keys.SaveAs,
            translate("MainWindow", "Save the plan to another file"),
        )
        self.print_action = self._action(
            translate("MainWindow", "Print Pre&view…"),
            self.print_preview,
            keys.Print,
            translate("MainWindow", "Print the chart"),
        )
        self.export_chart_action = self._action(
            translate("MainWindow", "&Export Chart…"),
            self.export_chart,
            "Ctrl+E",
            translate("MainWindow", "Save the chart as PDF, PNG or SVG"),
        )
        self.export_ics_action = self._action(
            translate("MainWindow", "Export i&Calendar…"),
            self.export_ical,
            None,
            translate("MainWindow", "Save the meetings as an .ics file"),
        )
        self.publish_action = self._action(
            translate("MainWindow", "&Publish to CalDAV…"),
            self.publish_caldav,
            None,
            translate("MainWindow", "Send the meetings to a CalDAV calendar"),
        )
        self.quit_action = self._action(translate("MainWindow", "&Quit"), self.close, keys.Quit)
        self.undo_action = self.undo_group.createUndoAction(self, translate("MainWindow", "&Undo"))
        self.undo_action.setShortcuts(keys.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, translate("MainWindow", "&Redo"))
        redo = QKeySequence.keyBindings(keys.Redo)
        if QKeySequence("Ctrl+Y") not in redo:  # Windows' Redo, also where it is not standard
            redo.append(QKeySequence("Ctrl+Y"))
        self.redo_action.setShortcuts(redo)
        self.add_team_action = self._action(
            translate("MainWindow", "Add &Team…"), self.add_team, "Ctrl+Shift+T"
        )
        self.add_role_action = self._action(
            translate("MainWindow", "Add &Role…"), self.add_role, "Ctrl+Shift+R"
        )
        self.add_meeting_action = self._action(
            translate("MainWindow", "Add &Meeting…"), self.add_meeting, "Ctrl+Shift+M"
        )
        self.properties_action = self._action(
            translate("MainWindow", "Plan &Properties…"),
            self.edit_properties,
            None,
            translate("MainWindow", "Title and reference zone of the plan"),
        )
        self.scope_group = QActionGroup(self)
        self.scope_actions: dict[str, QAction] = {}
        remembered = self.settings.drag_scope() or "ask"
        for scope in SCOPES:
            action = self._action(
                scope_text(scope), partial(self.set_drag_scope, None if scope == "ask" else scope)
            )
            action.setCheckable(True)
            action.setChecked(scope == remembered)
            self.scope_group.addAction(action)
            self.scope_actions[scope] = action
        self.view_group = QActionGroup(self)
        self.view_actions: dict[str, QAction] = {}
        names = {
            "day": translate("MainWindow", "&Day"),
            "week": translate("MainWindow", "&Week"),
            "year": translate("MainWindow", "&Year"),
        }
        for view, shortcut in VIEWS:
            action = self._action(names[view], partial(self.set_view, view), shortcut)
            action.setCheckable(True)
            action.setChecked(view == self._view)
            self.view_group.addAction(action)
            self.view_actions[view] = action
        self.previous_action = self._action(
            translate("MainWindow", "&Previous"), self.go_previous, "Alt+Left"
        )
        self.next_action = self._action(translate("MainWindow", "&Next"), self.go_next, "Alt+Right")
        self.today_action = self._action(translate("MainWindow", "&Today"), self.go_today, "Ctrl+T")
        self.goto_action = self._action(
            translate("MainWindow", "&Go to Date…"), self.focus_date, "Ctrl+G"
        )
        # Not Ctrl+Shift+Z: that is Redo (QKeySequence.StandardKey.Redo) on Linux and macOS.
        self.zone_action = self._action(
            translate("MainWindow", "Reference &Zone…"),
            self.choose_zone_dialog,
            ZONE_SHORTCUT,
            translate("MainWindow", "The chart's time zone"),
        )
        self.clock_action = self._action(translate("MainWindow", "&24-Hour Clock"), None)
        self.clock_action.setCheckable(True)
        self.clock_action.setChecked(self._clock24)
        self.clock_action.toggled.connect(self.set_clock24)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        chosen = self.settings.language()
        for code, name in language_choices():
            action = self._action(name, partial(self.choose_language, code))
            action.setCheckable(True)
            action.setChecked(code == chosen)
            self.language_group.addAction(action)
            self.language_actions[code] = action
        if self.language_group.checkedAction() is None:
            self.language_actions["system"].setChecked(True)
        self.about_action = self._action(
            translate("MainWindow", "&About Overlap Planner"), self.about
        )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(translate("MainWindow", "Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.examples_menu = file_menu.addMenu(translate("MainWindow", "E&xamples"))
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
        edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.add_team_action)
        edit_menu.addAction(self.add_role_action)
        edit_menu.addAction(self.add_meeting_action)
        edit_menu.addSeparator()
        scope_menu = edit_menu.addMenu(translate("MainWindow", "Dragging a Shift &Edge Changes"))
        for action in self.scope_actions.values():
            scope_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.properties_action)
        view_menu = bar.addMenu(translate("MainWindow", "&View"))
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
        self._build_accessibility_menu(view_menu)
        view_menu.addSeparator()
        self.panels_menu = view_menu.addMenu(translate("MainWindow", "&Panels"))
        language_menu = view_menu.addMenu(translate("MainWindow", "&Language"))
        for code, action in self.language_actions.items():
            language_menu.addAction(action)
            if code == "system":
                language_menu.addSeparator()
        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(translate("MainWindow", "Navigation"))
        toolbar.setObjectName("navigation-toolbar")
        self.previous_action.setIconText("◀")
        self.previous_action.setToolTip(
            translate("MainWindow", "Previous day, week or year (Alt+Left)")
        )
        self.next_action.setIconText("▶")
        self.next_action.setToolTip(translate("MainWindow", "Next day, week or year (Alt+Right)"))
        toolbar.addAction(self.previous_action)
        toolbar.addAction(self.today_action)
        toolbar.addAction(self.next_action)
        for action in (self.previous_action, self.next_action):  # a reader says words, not ◀ ▶
            button = toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(action.text().replace("&", ""))
        from ui.window.date_field import DateField

        self.date_edit = DateField()
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.date_edit.setAccessibleName(translate("MainWindow", "Date shown"))
        self.date_edit.setToolTip(
            translate(
                "MainWindow",
                "The date shown (Ctrl+G): pick it, or type it as 2027-03-09 or as you write dates",
            )
        )
        self.date_edit.setDate(QDate(self._day.year, self._day.month, self._day.day))
        self.date_edit.dateChanged.connect(lambda value: self.set_date(value.toPython()))
        toolbar.addWidget(self.date_edit)
        toolbar.addSeparator()
        for view in ("day", "week", "year"):
            toolbar.addAction(self.view_actions[view])
        toolbar.addSeparator()
        self.zone_button = QToolButton()
        self.zone_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.zone_button.setToolTip(
            translate("MainWindow", "The chart's reference time zone ({shortcut})").format(
                shortcut=ZONE_SHORTCUT
            )
        )
        self.zone_button.setAccessibleName(translate("MainWindow", "Reference zone"))
        self.zone_menu = QMenu(self.zone_button)
        self.zone_menu.aboutToShow.connect(self._fill_zone_menu)
        self.zone_button.setMenu(self.zone_menu)
        self.zone_button.setText(translate("MainWindow", "Zone: —"))
        toolbar.addWidget(self.zone_button)
        toolbar.addSeparator()
        toolbar.addAction(self.clock_action)
        self.clock_action.setIconText(translate("MainWindow", "24 h"))
        self.clock_action.setToolTip(
            translate("MainWindow", "24-hour clock (off: 12-hour with am/pm)")
        )

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.hover_label = QLabel()  # plain text once a chart can name teams in it
        self.hover_label.setAccessibleName(translate("MainWindow", "Local times under the pointer"))
        self.summary_label = QLabel()
        self.autosave_label = QLabel()
        bar.addWidget(self.hover_label, 1)
        bar.addPermanentWidget(self.summary_label)
        bar.addPermanentWidget(self.autosave_label)

    def choose_language(self, code: str) -> None:
        """Remember the GUI's language; it takes effect the next time the app starts."""
        if code == self.settings.language():
            return
        self.settings.set_language(code)
        self.settings.sync()
        if code == "system":
            text = translate(
                "MainWindow",
                "{app} will follow the system's language the next time it starts. Save your "
                "work, quit and start it again to switch now.",
            )
        else:
            text = translate(
                "MainWindow",
                "{app} will be in {language} the next time it starts. Save your work, quit "
                "and start it again to switch now.",
            )
        name = self.language_actions[code].text().replace("&", "")
        self.dialogs.info(
            translate("MainWindow", "Language"), text.format(app=APP_NAME, language=name)
        )

    def about(self) -> None:
        """Show the version."""
        from planner import __version__
        from planner.time.tzdb import tz_version

        self.dialogs.info(
            translate("MainWindow", "About {app}").format(app=APP_NAME),
            translate(
                "MainWindow",
                "{app} {version} (tzdata {tzdata})\n\nPlan working-hour overlap, coverage and "
                "meetings between a client and vendor teams in other time zones.",
            ).format(app=APP_NAME, version=__version__, tzdata=tz_version()),
        )
