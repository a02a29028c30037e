"""Starting the desktop app: QApplication, settings, crash handler, the main window.

The window paints first and loads the plan right after (see ``ui.main_window``), so it
appears as fast as an empty window. ``OVERLAP_PLANNER_QUIT_AFTER_PAINT=window`` (or
``plan``) makes the app print ``first-paint <unix time>`` and quit as soon as the window
(or the chart with the plan) has painted: ``benchmarks/bench_startup.py`` uses it.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ui.settings import APPLICATION, ORGANIZATION, Settings


class FirstPaint(QObject):
    """Calls ``then`` once, right after the first paint of a widget or any of its children."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then = then
        self._done = False
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Watch paint events of the window's widgets."""
        if (
            not self._done
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and (watched is self._window or self._window.isAncestorOf(watched))
        ):
            self._done = True
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            # After the whole paint pass (every child paints in the same pass).
            QTimer.singleShot(0, self._then)
        return False


def _report_and_quit(app: QApplication) -> None:
    print(f"first-paint {time.time():.6f}", flush=True)
    app.quit()


def settings_from_environment() -> Settings:
    """The user's settings, or an INI file named by ``OVERLAP_PLANNER_SETTINGS`` (tests, benches)."""
    path = os.environ.get("OVERLAP_PLANNER_SETTINGS")
    return Settings.at(Path(path)) if path else Settings()


def run_gui(plan_path: str | None) -> int:
    """Open the main window (on ``plan_path`` when given) and run the event loop."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName("overlap-planner")

    from ui.crash import CrashHandler
    from ui.main_window import MainWindow, quit_after_paint_mode

    settings = settings_from_environment()
    window = MainWindow(settings)

    def last_autosave() -> None:
        if window.autosave is not None:
            window.autosave.save_now()

    crash = CrashHandler(
        lambda: window.data_dir,
        lambda: window.dialogs,
        lambda: (window.document.display_name, window.document.text()) if window.document else None,
        lambda: app.exit(1),
        before=last_autosave,
    )
    crash.install()
    mode = quit_after_paint_mode()
    window.announce(plan_path)

    def start() -> None:
        window.start(plan_path)
        if mode == "plan" and window.chart is not None:
            FirstPaint(window.chart, lambda: _report_and_quit(app))
            window.chart.update()

    if mode == "window":
        FirstPaint(window, lambda: _report_and_quit(app))
    else:
        FirstPaint(window, start)
    window.show()
    try:
        return int(app.exec())
    finally:
        crash.uninstall()
