"""Starting the desktop app: QApplication, settings, crash handler, the main window.

The window paints first and loads the plan right after (see ``ui.window.main_window``), so it
appears as fast as an empty window. ``OVERLAP_PLANNER_QUIT_AFTER_PAINT=window`` (or
``plan``) makes the app print ``first-paint <unix time>`` and quit as soon as the window
(or the chart with the plan) has painted: ``benchmarks/bench_startup.py`` uses it.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Mapping
from importlib import resources
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication

from planner.errors import PlannerError
from ui.c_locale import restore_c_locale
from ui.display import lacks_display
from ui.settings import APPLICATION, ORGANIZATION, Settings

if TYPE_CHECKING:
    from ui.crash import CrashHandler


def _report_and_quit(app: QApplication) -> None:
    print(f"first-paint {time.time():.6f}", flush=True)
    app.quit()


def settings_from_environment() -> Settings:
    """The user's settings, or an INI file named by ``OVERLAP_PLANNER_SETTINGS`` (tests, benches)."""
    path = os.environ.get("OVERLAP_PLANNER_SETTINGS")
    return Settings.at(path) if path else Settings()


class FileOpenFilter(QObject):
    """Opens the plans the system hands over (a double-click in macOS Finder sends FileOpen)."""

    def __init__(self, open_path: Callable[[str], object]) -> None:
        super().__init__()
        self._open_path = open_path

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Open the file of a FileOpen event; let every other event through."""
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            if event.file():
                self._open_path(event.file())
            return True
        return False


def app_icon() -> QIcon:
    """The application icon in every size shipped in ``resources/icons``."""
    icon = QIcon()
    folder = resources.files("resources.icons")
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        icon.addFile(str(folder.joinpath(f"overlap-planner-{size}.png")))
    return icon


def require_display(environ: Mapping[str, str]) -> None:
    """Raise PlannerError on Linux/BSD without a screen, where Qt would abort the process."""
    if lacks_display(environ):
        raise PlannerError(
            "the desktop app needs a screen, and neither DISPLAY nor WAYLAND_DISPLAY is set; "
            "the other verbs work without one (see `overlap-planner --help`)"
        )


def run_gui(plan_path: str | None) -> int:
    """Open the main window (on ``plan_path`` when given) and run the event loop."""
    if QApplication.instance() is None:
        require_display(os.environ)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    restore_c_locale()  # Qt took the machine's locale: dates and messages stay as everywhere
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName("overlap-planner")

    from ui.window.main_window import MainWindow, quit_after_paint_mode

    settings = settings_from_environment()
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
        # After the first paint: an application-wide filter slows every event before it.
        app.setWindowIcon(app_icon())
        file_open = FileOpenFilter(window.open_path)
        app.installEventFilter(file_open)
        filters.append(file_open)
        window.start(plan_path)
        if mode == "plan":
            window.repaint()  # synchronous: the docks and the chart with the plan, painted
            _report_and_quit(app)

    window.after_first_paint(lambda: _report_and_quit(app) if mode == "window" else start())
    window.show()
    try:
        return int(app.exec())
    finally:
        for handler in handlers:
            handler.uninstall()
        for file_open in filters:
            app.removeEventFilter(file_open)
