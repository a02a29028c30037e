"""Autosave on a disk that refuses it: one banner, back-off, recovery, another folder, no crash.

Tests run as root here, so a chmod'ed folder would still be writable: failures come from a
path under a regular file (the system's own ENOTDIR), a writer that raises the system's
ENOSPC / EACCES, and a lock that cannot be taken.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from planner.plan.edits import remove_role
from tests.ui.conftest import FakeDialogs, WindowFactory
from ui.autosave import Autosave, AutosaveProblem, SessionLock, find_recoverable
from ui.crash import CrashHandler
from ui.document import Document
from ui.settings import Settings
from ui.window.autosave_status import AutosaveBanner


class FailingDisk:
    """A writer that fails with ``code`` while ``failing`` is set, then writes for real."""

    def __init__(self, code: int) -> None:
        self.code = code
        self.failing = True
        self.attempts = 0

    def __call__(self, path: Path, data: bytes) -> None:
        self.attempts += 1
        if self.failing:
            raise OSError(self.code, os.strerror(self.code), str(path))
        path.write_bytes(data)


def edited_document(plan_file: Path) -> Document:
    document = Document.open(plan_file)
    document.edit(remove_role(document.plan, "seo"), "Remove role")
    return document


@pytest.mark.parametrize(
    ("code", "reason"),
    [(errno.ENOSPC, "the disk is full"), (errno.EACCES, "permission denied")],
    ids=["full-disk", "no-permission"],
)
def test_a_failing_disk_is_reported_once_and_retried_ever_more_slowly(
    qtbot: QtBot, plan_file: Path, tmp_path: Path, code: int, reason: str
) -> None:
    disk = FailingDisk(code)
    folder = tmp_path / "autosave"
    autosave = Autosave(folder, interval_ms=100, max_retry_ms=1000, writer=disk)
    problems: list[AutosaveProblem] = []
    recovered: list[object] = []
    autosave.failed.connect(problems.append)
    autosave.recovered.connect(recovered.append)
    autosave.attach(edited_document(plan_file))

    intervals = []
    for _ in range(6):
        assert autosave.save_now() is False
        intervals.append(autosave.retry_ms)
    assert intervals == [200, 400, 800, 1000, 1000, 1000]
    assert disk.attempts == 6
    assert len(problems) == 1
    assert (problems[0].folder, problems[0].reason) == (folder, reason)
    assert problems[0].message == (
        f"Autosave cannot write to {folder}: {reason}. Your unsaved changes are not being "
        "saved automatically; Overlap Planner keeps trying."
    )
    assert autosave.problem is not None and autosave.problem.retry_ms == 1000

    disk.failing = False
    assert autosave.save_now() is True
    assert recovered == [autosave.plan_file]
    assert autosave.problem is None
    assert autosave.retry_ms == 100
    assert autosave.plan_file.read_text(encoding="utf-8") == autosave._document.text()  # type: ignore[union-attr]
    assert len(problems) == 1


def test_a_lock_that_cannot_be_created_is_a_failure_too(
    qtbot: QtBot, plan_file: Path, tmp_path: Path
) -> None:
    class RefusedLock(SessionLock):
        refuse = True

        def acquire(self) -> None:
            if RefusedLock.refuse:
                raise OSError(errno.EACCES, "cannot create the lock file: permission denied")
            super().acquire()

    folder = tmp_path / "autosave"
    autosave = Autosave(folder, interval_ms=100, lock_factory=RefusedLock)
    problems: list[AutosaveProblem] = []
    autosave.failed.connect(problems.append)
    autosave.attach(edited_document(plan_file))
    assert autosave.save_now() is False
    assert autosave.save_now() is False
    assert [p.reason for p in problems] == ["cannot create the lock file: permission denied"]
    assert not autosave.plan_file.exists()  # no autosave that another copy could take as stale
    RefusedLock.refuse = False
    assert autosave.save_now() is True
    assert (folder / f"{autosave.session}.lock").exists()


def test_the_lock_of_a_live_process_is_respected_and_taken_over_once_it_dies(
    tmp_path: Path,
) -> None:
    """QLockFile's own code for this platform: a real second process holds the lock."""
    path = tmp_path / "session.lock"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys
                from PySide6.QtCore import QLockFile
                lock = QLockFile({str(path)!r})
                assert lock.tryLock(0)
                print("locked", flush=True)
                sys.stdin.read()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
        assert SessionLock.is_live(path)
        with pytest.raises(OSError, match="held by another running Overlap Planner") as raised:
            SessionLock(path).acquire()
        assert raised.value.errno == errno.EEXIST
    finally:
        holder.kill()  # no unlock: what a crash leaves
        holder.wait(timeout=60)
        assert holder.stdin is not None and holder.stdout is not None
        holder.stdin.close()
        holder.stdout.close()
    assert path.exists()
    assert not SessionLock.is_live(path)
    lock = SessionLock(path)
    lock.acquire()
    assert lock.held
    lock.release()
    assert not path.exists()


def test_the_window_shows_one_banner_backs_off_and_recovers_without_the_crash_dialog(
    qtbot: QtBot,
    make_window: WindowFactory,
    plan_file: Path,
    tmp_path: Path,
    dialogs: FakeDialogs,
) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the autosave folder should be\n", encoding="utf-8")
    settings_folder = blocker / "autosave"
    window = make_window(plan_file, autosave_ms=10)
    window.settings.set_autosave_folder(str(settings_folder))
    assert window.autosave.move_to(settings_folder) is False
    crash = CrashHandler(tmp_path / "data", lambda: dialogs, lambda: None, lambda: None)
    crash.install()
    try:
        window.remove_role("seo")
        qtbot.waitUntil(lambda: window.autosave._failures >= 4, timeout=5000)
    finally:
        crash.uninstall()
    banners = window.findChildren(AutosaveBanner)
    assert banners == [window.autosave_banner]
    assert window.autosave_banner.isVisible()
    assert window.autosave_banner.text.text() == (
        f"Autosave cannot write to {settings_folder}: a file is in the way of the folder. Your "
        "unsaved changes are not being saved automatically; Overlap Planner keeps trying."
    )
    assert window.autosave_label.text() == "Autosave failing"
    assert window.autosave_label.toolTip() == window.autosave_banner.text.text()
    failures = window.autosave._failures
    assert window.autosave.retry_ms == min(10 * 2**failures, 5 * 60 * 1000)
    assert "crash" not in dialogs.names()

    blocker.unlink()  # the folder can be made again
    window.autosave_banner.retry_button.click()
    assert not window.autosave_banner.isVisible()
    assert window.autosave_label.text().startswith("Autosaved ")
    assert window.autosave_label.toolTip() == ""
    assert window.autosave.retry_ms == 10
    assert window.autosave.plan_file.read_text(encoding="utf-8") == window.document.text()


def test_choosing_another_folder_through_the_dialogs(
    qtbot: QtBot,
    make_window: WindowFactory,
    plan_file: Path,
    tmp_path: Path,
    dialogs: FakeDialogs,
    settings: Settings,
    data_dir: Path,
) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("", encoding="utf-8")
    settings.set_autosave_folder(str(blocker / "autosave"))
    window = make_window(plan_file, autosave_ms=60_000)
    window.remove_role("seo")
    assert window.autosave.save_now() is False
    assert window.autosave_banner.isVisible()

    dialogs.folder_answer = str(blocker / "still-not-a-folder")
    window.autosave_banner.choose_button.click()
    assert window.autosave_banner.isVisible()
    assert f"Autosave cannot write to {blocker / 'still-not-a-folder'}:" in (
        window.autosave_banner.text.text()
    )
    assert settings.autosave_folder() == str(blocker / "autosave")

    other = tmp_path / "elsewhere"
    dialogs.folder_answer = str(other)
    window.autosave_banner.choose_button.click()
    assert [name for name in dialogs.names() if name == "choose_folder"] == ["choose_folder"] * 2
    assert not window.autosave_banner.isVisible()
    assert settings.autosave_folder() == str(other)
    assert window.autosave.plan_file == other / f"{window.autosave.session}.toml"
    assert window.autosave.plan_file.read_text(encoding="utf-8") == window.document.text()

    # A crash now leaves the work in the chosen folder, and the next start finds it there.
    edited = window.document.plan
    window.autosave.abandon()
    assert [r.folder for r in find_recoverable(other)] == [other]
    answers = FakeDialogs()
    again = make_window(None, window_dialogs=answers)
    assert answers.names() == ["ask_restore"]
    assert again.document.plan == edited
    assert again.autosave.folder == other
    assert not (data_dir / "autosave").exists() or find_recoverable(data_dir / "autosave") == []
