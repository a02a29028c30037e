"""The open plan: the immutable Plan, its file, undo history and modified state.

Every edit is a :class:`PlanEdit` on the document's QUndoStack that swaps in a whole new
``Plan`` (made with ``dataclasses.replace`` or ``planner.plan.edits``), so undo and redo are
exact and the chart, panels and verdicts simply follow :attr:`Document.planChanged`.
Autosave and crash recovery live in ``ui.autosave``.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ui.i18n import translate

if TYPE_CHECKING:
    from planner.plan.document import PlanDocument
    from planner.plan.model import Plan


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

        file = None if path is None else str(path)
        base = parse_plan(text, name, file)  # path: where a contacts_file is relative to
        return cls(
            replace(base, path=file), None if path else name, modified=modified, parent=parent
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
        return None if self._base.path is None else Path(self._base.path)

    @property
    def warnings(self) -> tuple[str, ...]:
        """Non-fatal findings of the load (unknown keys kept as they are)."""
        return self._base.warnings

    @property
    def display_name(self) -> str:
        """The file's name, or what the plan is called before it has one."""
        if self._base.path is not None:
            return Path(self._base.path).name
        return self._name or self._plan.title or translate("Document", "Untitled")

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

        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("an untitled plan needs a path to be saved")
        moved = target != self.path
        self._base = save_plan(self._plan, target, self._base)
        self._name = None
        forced_only = self._forced_modified and self._clean
        self._forced_modified = False
        self.undo_stack.setClean()
        if moved:
            self.pathChanged.emit(self.path)
        if forced_only:
            self.modifiedChanged.emit(False)
