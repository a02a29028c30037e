"""Autosave: the open plan's unsaved changes written every few seconds, and recovering them.

Each session writes ``<session>.toml`` (the plan) and ``<session>.json`` (a note: name,
file, time) to the autosave folder, and holds ``<session>.lock`` while it runs. A session
that ended without cleaning up (a crash, a power cut) leaves its files with a stale lock:
:func:`find_recoverable` lists them and the app offers to restore them.

The lock is Qt's :class:`QLockFile` on every platform: a file created exclusively that
names the process, its host and the app, and counts as stale once that process is gone;
Windows also keeps it open without delete sharing while held. It needs no POSIX advisory
locks, which Windows lacks.

A disk that refuses the autosave (full, read-only, gone, no permission, a lock that cannot
be made) never raises: :class:`Autosave` reports the first failure once (``failed``),
retries with a doubling interval up to :data:`MAX_RETRY_MS`, reports a recovery
(``recovered``) and can move to another folder (:meth:`Autosave.move_to`).
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

from ui.i18n import translate

if TYPE_CHECKING:
    from ui.document import Document

AUTOSAVE_INTERVAL_MS = 5000
MAX_RETRY_MS = 5 * 60 * 1000

Writer = Callable[[Path, bytes], None]
"""Writes a file whole (``planner.atomic.write_atomic``; tests pass one that fails)."""


def _write_atomic(path: Path, data: bytes) -> None:
    from planner.atomic import write_atomic

    write_atomic(path, data)


class SessionLock:
    """The lock that tells other running copies of the app that a session is alive."""

    _REASONS: ClassVar[dict[QLockFile.LockError, tuple[int, str]]] = {
        QLockFile.LockError.LockFailedError: (
            errno.EEXIST,
            "the lock is held by another running Overlap Planner",
        ),
        QLockFile.LockError.PermissionError: (errno.EACCES, "permission denied"),
        QLockFile.LockError.UnknownError: (errno.EIO, "the lock file could not be written"),
    }

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = QLockFile(str(path))
        self._lock.setStaleLockTime(0)  # stale only once its process is gone, never by age
        self._held = False

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return self._held

    def acquire(self) -> None:
        """Take the lock (a stale one is taken over); OSError says why it cannot be taken."""
        if self._held:
            return
        if not self._lock.tryLock(0):
            code, reason = self._REASONS.get(self._lock.error(), (errno.EIO, "unknown error"))
            raise OSError(code, f"cannot create the lock file: {reason}", str(self.path))
        self._held = True

    def release(self) -> None:
        """Give the lock up (its file is removed)."""
        if self._held:
            self._lock.unlock()
            self._held = False

    @staticmethod
    def is_live(path: Path) -> bool:
        """True when a running process holds the lock at ``path`` (a stale one is removed)."""
        probe = QLockFile(str(path))
        probe.setStaleLockTime(0)
        if probe.tryLock(0):
            probe.unlock()
            return False
        return True


LockFactory = Callable[[Path], SessionLock]


@dataclass(frozen=True, slots=True)
class AutosaveProblem:
    """Why the autosave could not be written, and when it is tried again."""

    folder: Path
    reason: str
    retry_ms: int

    @property
    def message(self) -> str:
        """What the banner and the status bar's tooltip say."""
        return translate(
            "Autosave",
            "Autosave cannot write to {folder}: {reason}. Your unsaved changes are not being "
            "saved automatically; Overlap Planner keeps trying.",
        ).format(folder=self.folder, reason=self.reason)


def describe(error: OSError) -> str:
    """A short reason for an OSError, as the system words it (``No space left on device``)."""
    if error.errno == errno.ENOSPC:
        return translate("Autosave", "the disk is full")
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        text = error.strerror or translate("Autosave", "permission denied")
    elif error.errno == errno.ENOTDIR:
        text = translate("Autosave", "a file is in the way of the folder")
    else:
        text = error.strerror or str(error)
    return text[0].lower() + text[1:] if text else translate("Autosave", "unknown error")


class Autosave(QObject):
    """Writes a document's unsaved changes every few seconds while the session lasts."""

    saved = Signal(object)
    failed = Signal(object)
    """An :class:`AutosaveProblem`: sent when autosaving starts to fail or its reason changes."""
    recovered = Signal(object)
    """The autosave file: sent when a write succeeds after a failure."""

    def __init__(
        self,
        folder: Path,
        interval_ms: int = AUTOSAVE_INTERVAL_MS,
        parent: QObject | None = None,
        *,
        max_retry_ms: int = MAX_RETRY_MS,
        writer: Writer = _write_atomic,
        lock_factory: LockFactory = SessionLock,
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        # 128 random bits as 32 hex digits, a uuid4's strength (the uuid module's import
        # costs the window's start ~7 ms: it reads the platform).
        self.session = os.urandom(16).hex()
        self.interval_ms = interval_ms
        self.max_retry_ms = max(max_retry_ms, interval_ms)
        self.problem: AutosaveProblem | None = None
        self._failures = 0
        self._writer = writer
        self._lock_factory = lock_factory
        self._lock: SessionLock | None = None
        self._document: Document | None = None
        self._written_generation = -1
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.save_now)

    @property
    def plan_file(self) -> Path:
        """Where this session's autosave is written."""
        return self.folder / f"{self.session}.toml"

    @property
    def retry_ms(self) -> int:
        """The interval until the next attempt (longer while the disk keeps failing)."""
        return self._timer.interval()

    def attach(self, document: Document) -> None:
        """Watch ``document`` (the previous one's autosave is discarded)."""
        self.discard()
        self._document = document
        self._written_generation = -1
        document.modifiedChanged.connect(self._on_modified)
        self._timer.start()

    def detach(self) -> None:
        """Stop watching the document and delete its autosave (it was saved or discarded)."""
        if self._document is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self._document.modifiedChanged.disconnect(self._on_modified)
        self._document = None
        self._timer.stop()
        self.discard()

    def _on_modified(self, modified: bool) -> None:
        if not modified:
            self.discard()

    def save_now(self) -> bool:
        """Write the document if it has changes not yet autosaved; True when written.

        A disk error is not raised: it is reported once through ``failed`` and tried
        again later (see the module's docstring).
        """
        document = self._document
        if document is None or not document.modified:
            return False
        if (
            self.problem is None
            and document.generation == self._written_generation
            and self.plan_file.exists()
        ):
            return False
        text = document.text()  # a bug here is a bug, for the crash dialog
        note = {
            "name": document.display_name,
            "path": str(document.path) if document.path else None,
            "saved_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        }
        import json  # only once there is work to save: not on the way to the first paint

        try:
            self._take_lock()
            self._writer(self.plan_file, text.encode("utf-8"))
            self._writer(self.folder / f"{self.session}.json", json.dumps(note).encode("utf-8"))
        except OSError as exc:
            self._fail(exc)
            return False
        self._written_generation = document.generation
        self._succeed()
        self.saved.emit(self.plan_file)
        return True

    def _fail(self, error: OSError) -> None:
        self._failures += 1
        retry = min(self.interval_ms * 2**self._failures, self.max_retry_ms)
        self._timer.setInterval(retry)
        previous = self.problem
        self.problem = AutosaveProblem(self.folder, describe(error), retry)
        if previous is None or (previous.folder, previous.reason) != (
            self.problem.folder,
            self.problem.reason,
        ):
            self.failed.emit(self.problem)

    def _succeed(self) -> None:
        if self.problem is not None:
            self.problem = None
            self._failures = 0
            self._timer.setInterval(self.interval_ms)
            self.recovered.emit(self.plan_file)

    def move_to(self, folder: Path) -> bool:
        """Autosave to ``folder`` from now on; True when the folder and its lock work.

        This session's files in the old folder are deleted; unsaved changes are written
        to the new one at once.
        """
        self.discard()
        self.folder = folder
        self._failures = 0
        self._timer.setInterval(self.interval_ms)
        try:
            self._take_lock()
        except OSError as exc:
            self._fail(exc)
            return False
        self._succeed()
        self.save_now()
        return self.problem is None

    def _take_lock(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError) as exc:  # Windows says the former
            raise NotADirectoryError(
                errno.ENOTDIR, "a file is in the way of the folder", str(self.folder)
            ) from exc
        if self._lock is None:
            self._lock = self._lock_factory(self.folder / f"{self.session}.lock")
        self._lock.acquire()

    def discard(self) -> None:
        """Delete this session's autosave files and release its lock."""
        _remove_session(self.folder, self.session)
        self._written_generation = -1
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def abandon(self) -> None:
        """Stop without cleaning up, as a crash would (tests use it to simulate one)."""
        self._timer.stop()
        self._document = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None


@dataclass(frozen=True, slots=True)
class Recoverable:
    """Unsaved work left by a session that did not close properly."""

    session: str
    folder: Path
    name: str
    path: Path | None
    saved_at: datetime

    @property
    def plan_file(self) -> Path:
        """The autosaved plan text."""
        return self.folder / f"{self.session}.toml"

    def read(self) -> str:
        """The autosaved plan text."""
        return self.plan_file.read_text(encoding="utf-8")

    def discard(self) -> None:
        """Delete the autosaved files."""
        _remove_session(self.folder, self.session)


def _remove_session(folder: Path, session: str) -> None:
    for suffix in (".toml", ".json", ".lock"):
        with contextlib.suppress(OSError):
            os.unlink(folder / f"{session}{suffix}")


def find_recoverable(folder: Path) -> list[Recoverable]:
    """Autosaves whose session is over (no live process holds the lock), newest first."""
    try:
        notes = sorted(folder.glob("*.json"))
    except OSError:
        return []
    found: list[Recoverable] = []
    for note_file in notes:
        session = note_file.stem
        if not (folder / f"{session}.toml").exists():
            continue
        if SessionLock.is_live(folder / f"{session}.lock"):
            continue  # another running Overlap Planner owns it
        import json  # only when a note is there: the usual start finds none

        try:
            note = json.loads(note_file.read_text(encoding="utf-8"))
            saved_at = datetime.fromisoformat(str(note["saved_at"]))
            name = str(note.get("name") or "Untitled")
            path = Path(note["path"]) if note.get("path") else None
        except (OSError, ValueError, KeyError, TypeError):
            continue
        found.append(Recoverable(session, folder, name, path, saved_at))
    found.sort(key=lambda r: r.saved_at, reverse=True)
    return found
