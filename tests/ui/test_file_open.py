"""Plans handed over by the system (macOS Finder's FileOpen event) open in the window; the icon."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import example_text
from ui.app import FileOpenFilter, FileOpenInbox, app_icon
from ui.settings import Settings


def test_plans_received_before_the_window_wait_the_last_one_starts_it():
    inbox = FileOpenInbox()
    inbox.receive("/plans/a.overlap.toml")
    inbox.receive("/plans/b.overlap.toml")
    assert inbox.take_last() == "/plans/b.overlap.toml"
    assert inbox.take_last() is None
    opened: list[str] = []
    inbox.receive("/plans/c.overlap.toml")
    inbox.deliver_to(opened.append)  # one that arrived after the window took its plan
    assert opened == ["/plans/c.overlap.toml"]
    inbox.receive("/plans/d.overlap.toml")
    assert opened == ["/plans/c.overlap.toml", "/plans/d.overlap.toml"]


def test_file_open_event_opens_the_plan(qapp, tmp_path):
    inbox = FileOpenInbox()
    opened: list[str] = []
    inbox.deliver_to(opened.append)
    file_open = FileOpenFilter(inbox)
    qapp.installEventFilter(file_open)
    try:
        plan = tmp_path / "acme.overlap.toml"
        QApplication.sendEvent(qapp, QFileOpenEvent(QUrl.fromLocalFile(str(plan))))
        QApplication.sendEvent(qapp, QFileOpenEvent(QUrl("https://example.com/plan.toml")))
    finally:
        qapp.removeEventFilter(file_open)
    assert opened == [str(plan)]


def test_a_file_open_event_at_launch_opens_that_plan(tmp_path: Path) -> None:
    """Finder launches the app and sends the plan before the window has loaded anything."""
    plan = tmp_path / "acme.overlap.toml"
    plan.write_text(example_text(), encoding="utf-8")
    settings_file = tmp_path / "settings.ini"
    script = textwrap.dedent(
        f"""
        import sys
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QFileOpenEvent
        from ui.app import PlannerApplication, run_gui
        app = PlannerApplication(sys.argv[:1])
        app.postEvent(app, QFileOpenEvent(QUrl.fromLocalFile({str(plan)!r})))
        sys.exit(run_gui(None))
        """
    )
    environment = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        OVERLAP_PLANNER_QUIT_AFTER_PAINT="plan",
        OVERLAP_PLANNER_DATA_DIR=str(tmp_path / "data"),
        OVERLAP_PLANNER_SETTINGS=str(settings_file),
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("first-paint ")
    assert Settings.at(settings_file).recent_files() == [os.path.realpath(plan)]


def test_the_icon_has_every_size(qapp):
    sizes = sorted(size.width() for size in app_icon().availableSizes())
    assert sizes == [16, 24, 32, 48, 64, 128, 256, 512]
