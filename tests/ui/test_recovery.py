"""Autosave, a crash (simulated and real), restoring the work, and the crash handler."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from planner.plan.reading import load_plan
from tests.ui.conftest import FakeDialogs, WindowFactory, example_text
from ui.autosave import find_recoverable
from ui.crash import CrashHandler
from ui.dialogs import RestoreChoice


def autosaves(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "autosave").glob("*.toml"))


def test_autosave_writes_unsaved_changes_and_a_simulated_crash_offers_them_back(
    qtbot: QtBot, make_window: WindowFactory, plan_file: Path, data_dir: Path
) -> None:
    first = make_window(plan_file, autosave_ms=50)
    assert autosaves(data_dir) == []
    first.remove_role("seo")
    qtbot.waitUntil(lambda: len(autosaves(data_dir)) == 1, timeout=3000)
    [saved] = autosaves(data_dir)
    assert saved.read_text(encoding="utf-8") == first.document.text()
    assert first.autosave_label.text().startswith("Autosaved ")
    edited = first.document.plan
    first.autosave.abandon()  # what a crash leaves: the files, and a lock nobody holds

    answers = FakeDialogs(restore_choice=RestoreChoice.RESTORE)
    second = make_window(None, window_dialogs=answers)
    assert answers.calls == [("ask_restore", ("acme.toml", answers.last("ask_restore")[1]))]
    assert second.document.plan == edited
    assert second.document.path == plan_file
    assert second.windowTitle() == "acme.toml[*] - Overlap Planner"
    assert second.isWindowModified()
    # The restored work is this session's autosave now; the crashed session's files are gone.
    assert autosaves(data_dir) == [second.autosave.plan_file]
    assert plan_file.read_text(encoding="utf-8") == example_text()
    assert second.save()
    assert [r.id for r in load_plan(plan_file).plan.roles] == ["support"]
    assert autosaves(data_dir) == []


def test_a_real_crash_leaves_an_autosave_that_the_next_start_restores(
    make_window: WindowFactory, plan_file: Path, data_dir: Path, tmp_path: Path
) -> None:
    script = textwrap.dedent(
        f"""
        import os, sys
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        from ui.window.main_window import MainWindow
        from ui.settings import Settings
        app = QApplication(sys.argv[:1])
        window = MainWindow(Settings.at({str(tmp_path / "child.ini")!r}), data_dir=Path({str(data_dir)!r}))
        window.start({str(plan_file)!r})
        window.remove_role("seo")
        assert window.autosave.save_now()
        os._exit(3)
        """
    )
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", script], env=environment, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 3, result.stderr
    [found] = find_recoverable(data_dir / "autosave")
    assert (found.name, found.path) == ("acme.toml", plan_file)

    window = make_window(None)
    assert [r.id for r in window.document.plan.roles] == ["support"]
    assert window.document.modified
    assert plan_file.read_text(encoding="utf-8") == example_text()


def test_discarding_or_postponing_the_restore(
    qtbot: QtBot, make_window: WindowFactory, plan_file: Path, data_dir: Path
) -> None:
    first = make_window(plan_file)
    first.remove_role("seo")
    assert first.autosave.save_now()
    first.autosave.abandon()

    later = FakeDialogs(restore_choice=RestoreChoice.LATER)
    window = make_window(plan_file, window_dialogs=later)
    assert later.names() == ["ask_restore"]
    assert [r.id for r in window.document.plan.roles] == ["support", "seo"]
    assert len(find_recoverable(data_dir / "autosave")) == 1

    discard = FakeDialogs(restore_choice=RestoreChoice.DISCARD)
    window = make_window(plan_file, window_dialogs=discard)
    assert discard.names() == ["ask_restore"]
    assert find_recoverable(data_dir / "autosave") == []
    assert [r.id for r in window.document.plan.roles] == ["support", "seo"]


def test_a_running_session_is_not_offered_for_restore(
    make_window: WindowFactory, plan_file: Path, data_dir: Path
) -> None:
    first = make_window(plan_file)
    first.remove_role("seo")
    assert first.autosave.save_now()
    assert find_recoverable(data_dir / "autosave") == []


def test_the_crash_handler_writes_a_recovery_copy_logs_and_asks(
    window, dialogs: FakeDialogs, data_dir: Path
) -> None:
    window.remove_role("seo")
    quits: list[bool] = []
    handler = CrashHandler(
        data_dir,
        lambda: dialogs,
        lambda: (window.document.display_name, window.document.text()),
        lambda: quits.append(True),
        before=window.autosave.save_now,
    )
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        handler.handle(type(exc), exc, exc.__traceback__)
    summary, details, recovery = dialogs.last("crash")
    assert summary == "RuntimeError: boom"
    assert "Traceback (most recent call last)" in details
    assert recovery is not None
    assert Path(recovery).parent == data_dir / "recovery"
    assert Path(recovery).name.startswith("acme-recovered-")
    assert Path(recovery).read_text(encoding="utf-8") == window.document.text()
    assert "RuntimeError: boom" in (data_dir / "crash.log").read_text(encoding="utf-8")
    assert len(autosaves(data_dir)) == 1
    assert quits == []
    dialogs.crash_quits = True
    handler.handle(ValueError, ValueError("again"), None)
    assert quits == [True]


class _Emitter(QObject):
    fire = Signal()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_reaches_the_crash_dialog(
    window, dialogs: FakeDialogs, data_dir: Path
) -> None:
    handler = CrashHandler(
        data_dir,
        lambda: dialogs,
        lambda: (window.document.display_name, window.document.text()),
        lambda: None,
    )
    emitter = _Emitter()

    def broken() -> None:
        raise KeyError("missing")

    emitter.fire.connect(broken)
    handler.install()
    try:
        emitter.fire.emit()
    finally:
        handler.uninstall()
    assert dialogs.last("crash")[0] == "KeyError: 'missing'"
    assert handler.last_recovery is not None and handler.last_recovery.exists()
