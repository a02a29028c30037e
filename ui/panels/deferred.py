"""A dock's panel whose widgets may be made after the window's first paint."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from planner.plan.model import Plan


class DeferredPanel(QWidget):
    """A panel made at once, or ``deferred``: empty until :meth:`build` is called.

    The window's start builds a deferred panel right after the plan's chart and verdicts
    have painted, or earlier when it is needed. A plan given meanwhile is kept and shown
    when the panel is built. Subclasses make their widgets in :meth:`_make` and show a
    plan in ``set_plan``.
    """

    def __init__(self, parent: QWidget | None = None, *, deferred: bool = False) -> None:
        super().__init__(parent)
        self.clock24 = True
        self._plan: Plan | None = None
        self._built = False
        if not deferred:
            self.build()

    @property
    def built(self) -> bool:
        """Whether the panel's widgets are made (a deferred panel: once needed)."""
        return self._built

    def build(self) -> None:
        """Make the panel's widgets (once), showing the plan given meanwhile."""
        if self._built:
            return
        self._built = True
        self._make()
        if self._plan is not None:
            self.set_plan(self._plan)

    def _make(self) -> None:
        raise NotImplementedError

    def set_plan(self, plan: Plan) -> None:
        """Show ``plan`` (kept until the panel is built)."""
        raise NotImplementedError
