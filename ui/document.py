"""The open plan: the immutable Plan, its file, undo history, modified state and autosave.

Every edit is a :class:`PlanEdit` on the document's QUndoStack that swaps in a whole new
``Plan`` (made with ``dataclasses.replace`` or ``planner.plan.edits``), so undo and redo are
exact and the chart, panels and verdicts simply follow :attr:`Document.planChanged`.

Autosave writes the plan every few seconds while it has unsaved changes to the user data
folder, next to a small JSON note and a lock held for the life of the session. A session
that ended without cleaning up (a crash, a power cut) leaves its files with a stale lock:
:func:`find_recoverable` lists them and the app offers to restore them.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

if TYPE_CHECKING:
    from planner.plan.document import PlanDocument
    from planner.plan.model import Plan

AUTOSAVE_INTERVAL_MS = 5000
APP_DIR_NAME = "overlap-planner"


def data_folder() -> Path:
    """The user data folder (``OVERLAP_PLANNER_DATA_DIR`` overrides it, for tests and benches)."""
    override = os.environ.get("OVERLAP_PLANNER_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


class PlanEdit(QUndoCommand):
    """One undoable edit: the plan before and after."""

    def __init__(self, document: Document, before: Plan, after: Plan, text: str) -> None:
        super().__init__(text)
        self._document = document
        self.before = before
        self.after = after

    def redo(self) -> None:
        """Put the edited plan in place."""
        self._document._set_plan(self.after)

    def undo(self) -> None:
        """Put the plan as it was back."""
        self._document._set_plan(self.before)


class Document(QObject):
    """An open plan and everything about it that is not on screen."""

    planChanged = Signal(object)
    modifiedChanged = Signal(bool)
    pathChanged = Signal(object)

    def __init__(
        self,
        base: PlanDocument,
        name: str | None = None,
        *,
        modified: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._base = base
        self._plan = base.plan
        self._name = name
        self._forced_modified = modified
        self.generation = 0
        self.undo_stack = QUndoStack(self)
        self._clean = True
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)

    @classmethod
    def new(cls, parent: QObject | None = None, title: str = "") -> Document:
        """An empty plan (with a title when given), never saved."""
        from planner.plan.model import Plan
        from planner.plan.writing import new_document

        return cls(new_document(Plan(title=title)), parent=parent)

    @classmethod
    def open(cls, path: str | Path, parent: QObject | None = None) -> Document:
        """Load a plan file; PlanFileError lists every problem, the file is not touched."""
        from planner.plan.reading import load_plan

        return cls(load_plan(path), parent=parent)

    @classmethod
    def from_text(
        cls,
        text: str,
        name: str,
        path: Path | None = None,
        *,
        modified: bool = False,
        parent: QObject | None = None,
    ) -> Document:
        """A plan read from text (an example or an autosave), saved later to ``path``."""
        from planner.plan.reading import parse_plan

        base = parse_plan(text, name, path)  # path: where a contacts_file is relative to
        return cls(
            replace(base, path=path), None if path else name, modified=modified, parent=parent
        )

    # state
    @property
    def plan(self) -> Plan:
        """The plan as edited."""
        return self._plan

    @property
    def base(self) -> PlanDocument:
        """The plan as last loaded or saved, with its TOML document (comments survive)."""
        return self._base

    @property
    def path(self) -> Path | None:
        """The file the plan saves to, or None for a plan never saved."""
        return self._base.path

    @property
    def warnings(self) -> tuple[str, ...]:
        """Non-fatal findings of the load (unknown keys kept as they are)."""
        return self._base.warnings

    @property
    def display_name(self) -> str:
        """The file's name, or what the plan is called before it has one."""
        if self._base.path is not None:
            return self._base.path.name
        return self._name or self._plan.title or "Untitled"

    @property
    def modified(self) -> bool:
        """True when the plan has changes that are not in its file."""
        return self._forced_modified or not self._clean

    def _on_clean_changed(self, clean: bool) -> None:
        # A bound slot: Qt drops the connection when this object goes, unlike a lambda.
        self._clean = clean
        self.modifiedChanged.emit(self.modified)

    # editing
    def edit(self, plan: Plan, text: str) -> bool:
        """Apply an edit as one undo step; False (nothing pushed) when it changes nothing."""
        if plan == self._plan:
            return False
        self.undo_stack.push(PlanEdit(self, self._plan, plan, text))
        return True

    def _set_plan(self, plan: Plan) -> None:
        self._plan = plan
        self.generation += 1
        self.planChanged.emit(plan)

    def text(self) -> str:
        """The plan as TOML, keeping the comments and key order of its file."""
        from planner.plan.writing import dump_plan

        return dump_plan(self._plan, self._base)

    def save(self, path: str | Path | None = None) -> None:
        """Write the plan atomically (the old file is kept as ``.bak``); OSError on failure."""
        from planner.plan.writing import save_plan

        target = Path(path) if path is not None else self._base.path
        if target is None:
            raise ValueError("an untitled plan needs a path to be saved")
        moved = target != self._base.path
        self._base = save_plan(self._plan, target, self._base)
        self._name = None
        forced_only = self._forced_modified and self._clean
        self._forced_modified = False
        self.undo_stack.setClean()
        if moved:
            self.pathChanged.emit(self._base.path)
        if forced_only:
            self.modifiedChanged.emit(False)


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


class Autosave(QObject):
    """Writes a document's unsaved changes every few seconds while the session lasts."""

    saved = Signal(object)

    def __init__(
        self, folder: Path, interval_ms: int = AUTOSAVE_INTERVAL_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.session = uuid.uuid4().hex
        self._lock: QLockFile | None = None
        self._document: Document | None = None
        self._written_generation = -1
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.save_now)

    @property
    def plan_file(self) -> Path:
        """Where this session's autosave is written."""
        return self.folder / f"{self.session}.toml"

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
        """Write the document if it has changes not yet autosaved; True when written."""
        document = self._document
        if document is None or not document.modified:
            return False
        if document.generation == self._written_generation and self.plan_file.exists():
            return False
        from planner.atomic import write_atomic

        self.folder.mkdir(parents=True, exist_ok=True)
        if self._lock is None:
            self._lock = QLockFile(str(self.folder / f"{self.session}.lock"))
            self._lock.setStaleLockTime(0)
            if not self._lock.tryLock(0):
                self._lock = None
                return False
        write_atomic(self.plan_file, document.text().encode("utf-8"))
        note = {
            "name": document.display_name,
            "path": str(document.path) if document.path else None,
            "saved_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        }
        write_atomic(self.folder / f"{self.session}.json", json.dumps(note).encode("utf-8"))
        self._written_generation = document.generation
        self.saved.emit(self.plan_file)
        return True

    def discard(self) -> None:
        """Delete this session's autosave files and release its lock."""
        _remove_session(self.folder, self.session)
        self._written_generation = -1
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def abandon(self) -> None:
        """Stop without cleaning up, as a crash would (tests use it to simulate one)."""
        self._timer.stop()
        self._document = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


def _remove_session(folder: Path, session: str) -> None:
    for suffix in (".toml", ".json", ".lock"):
        with contextlib.suppress(OSError):
            (folder / f"{session}{suffix}").unlink()


def find_recoverable(folder: Path) -> list[Recoverable]:
    """Autosaves whose session is over (no live process holds the lock), newest first."""
    if not folder.is_dir():
        return []
    found: list[Recoverable] = []
    for note_file in folder.glob("*.json"):
        session = note_file.stem
        if not (folder / f"{session}.toml").exists():
            continue
        lock = QLockFile(str(folder / f"{session}.lock"))
        lock.setStaleLockTime(0)
        if not lock.tryLock(0):
            continue  # another running Overlap Planner owns it
        lock.unlock()
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
