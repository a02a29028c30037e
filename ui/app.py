"""Starting the desktop app: QApplication, settings, crash handler, the main window.

The window paints first and loads the plan right after (see ``ui.window.main_window``), so it
appears as fast as an empty window. ``OVERLAP_PLANNER_QUIT_AFTER_PAINT=window`` (or
``plan``) makes the app print ``first-paint <unix time>`` and quit as soon as the window
(or the window with the plan: its chart and verdicts) has painted:
``benchmarks/bench_startup.py`` uses it.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication

from ui.c_locale import restore_c_locale
from ui.display import lacks_display
from ui.feature_scan import spare_source_scans
from ui.settings import APPLICATION, ORGANIZATION, Settings

if TYPE_CHECKING:
    from ui.crash import CrashHandler

# The window's start imports some 150 of the app's modules after PySide6: spare PySide6
# reading each one's source (ui.feature_scan).
spare_source_scans()


def _report_and_quit(app: QApplication) -> None:
    print(f"first-paint {time.time():.6f}", flush=True)
    app.quit()


def settings_from_environment() -> Settings:
    """The user's settings, or an INI file named by ``OVERLAP_PLANNER_SETTINGS`` (tests, benches)."""
    path = os.environ.get("OVERLAP_PLANNER_SETTINGS")
    return Settings.at(path) if path else Settings()


class FileOpenInbox:
    """The plans the system hands over, kept until the window can open them.

    macOS Finder sends a double-clicked plan as a FileOpen event: at launch it may arrive
    before the window has loaded anything, later while the app runs. Paths received before
    :meth:`deliver_to` wait; the last one is the plan the window starts on.
    """

    def __init__(self) -> None:
        self._pending: list[str] = []
        self._open_path: Callable[[str], object] | None = None

    def receive(self, path: str) -> None:
        """A plan to open: now when the window is ready, else when it is."""
        if self._open_path is None:
            self._pending.append(path)
        else:
            self._open_path(path)

    def take_last(self) -> str | None:
        """The last plan received before the window was ready (the others are dropped)."""
        last = self._pending[-1] if self._pending else None
        self._pending.clear()
        return last

    def deliver_to(self, open_path: Callable[[str], object]) -> None:
        """Open every later plan with ``open_path`` (and any still waiting, in order)."""
        self._open_path = open_path
        waiting, self._pending = self._pending, []
        for path in waiting:
            open_path(path)


def _file_of(event: QEvent) -> str | None:
    if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
        return event.file() or None
    return None


class PlannerApplication(QApplication):
    """The app object: FileOpen events go to its inbox from the very first one.

    Overriding ``event`` sees only the events sent to the application object itself, so
    it costs nothing before the first paint (an application-wide event filter would).
    """

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.inbox = FileOpenInbox()

    def event(self, event: QEvent) -> bool:
        """Take FileOpen events; everything else as QApplication does."""
        if event.type() == QEvent.Type.FileOpen:
            path = _file_of(event)
            if path:
                self.inbox.receive(path)
            return True
        return super().event(event)


class FileOpenFilter(QObject):
    """Feeds FileOpen events to an inbox where the QApplication was made by someone else (tests)."""

    def __init__(self, inbox: FileOpenInbox) -> None:
        super().__init__()
        self._inbox = inbox

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Take the file of a FileOpen event; let every other event through."""
        if event.type() == QEvent.Type.FileOpen:
            path = _file_of(event)
            if path:
                self._inbox.receive(path)
            return True
        return False


def app_icon() -> QIcon:
    """The application icon in every size shipped in ``resources/icons``."""
    from ui.i18n.language import package_file

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        icon.addFile(str(package_file("resources.icons", f"overlap-planner-{size}.png")))
    return icon


def require_display(environ: Mapping[str, str]) -> None:
    """Raise PlannerError on Linux/BSD without a screen, where Qt would abort the process."""
    if lacks_display(environ):
        from planner.errors import PlannerError  # the window's start needs none of planner

        raise PlannerError(
            "the desktop app needs a screen, and neither DISPLAY nor WAYLAND_DISPLAY is set; "
            "the other verbs work without one (see `overlap-planner --help`)"
        )


def start_language(settings: Settings) -> str:
    """Apply the language saved in the settings (or the system's) to the app; returns its code.

    The choice takes effect at start only: View > Language saves it and says so.
    """
    from PySide6.QtCore import QLocale

    from ui.i18n.language import apply_language, resolve

    code, locale = resolve(settings.language(), QLocale.system())
    apply_language(code, locale)
    return code


def run_gui(plan_path: str | None) -> int:
    """Open the main window (on ``plan_path`` when given) and run the event loop."""
    if QApplication.instance() is None:
        require_display(os.environ)
    app = QApplication.instance() or PlannerApplication(sys.argv[:1])
    restore_c_locale()  # Qt took the machine's locale: dates and messages stay as everywhere
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName("overlap-planner")

    from ui.window.main_window import MainWindow, quit_after_paint_mode

    settings = settings_from_environment()
    start_language(settings)
    window = MainWindow(settings)

    def last_autosave() -> None:
        if window.autosave is not None:
            window.autosave.save_now()

    handlers: list[CrashHandler] = []
    filters: list[FileOpenFilter] = []
    mode = quit_after_paint_mode()
    window.announce(plan_path)

    def start() -> None:
        # Installed right after the first paint (its imports would delay it), before the plan
        # loads; until then the launcher reports an unexpected error.
        from ui.crash import CrashHandler

        crash = CrashHandler(
            lambda: window.data_dir,
            lambda: window.dialogs,
            lambda: (
                (window.document.display_name, window.document.text()) if window.document else None
            ),
            lambda: app.exit(1),
            before=last_autosave,
        )
        crash.install()
        handlers.append(crash)
        app.setWindowIcon(app_icon())
        if isinstance(app, PlannerApplication):
            inbox = app.inbox
        else:  # after the first paint: an application-wide filter slows every event before it
            inbox = FileOpenInbox()
            file_open = FileOpenFilter(inbox)
            app.installEventFilter(file_open)
            filters.append(file_open)
        window.start(plan_path or inbox.take_last())
        inbox.deliver_to(window.open_path)
        if mode == "plan":
            # The plan's paint as the event loop makes it next: the new docks shown and laid
            # out, then the whole window painted once (update() makes sure the window itself
            # is part of that paint, not only the widgets that changed).
            window.update()
            window.after_next_paint(lambda: _report_and_quit(app))

    window.after_next_paint(lambda: _report_and_quit(app) if mode == "window" else start())
    window.show()
    try:
        return int(app.exec())
    finally:
        for handler in handlers:
            handler.uninstall()
        for file_open in filters:
            app.removeEventFilter(file_open)
