"""Validation that returns a report (field -> message) instead of raising.

Editors call planner's own parsers and constructors through :meth:`ValidationReport.check`;
each PlannerError becomes the message of the field it belongs to, and
:class:`FieldMarks` shows it on that field. No business rule lives here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from planner.errors import PlannerError
from ui.i18n.domain import domain_text
from ui.plain import plain_tip

T = TypeVar("T")

FORM = "form"
"""The field for problems of the object as a whole."""

INVALID_STYLE = (
    '*[invalid="true"] { border: 1px solid #d55e00; border-radius: 2px; }'
    '*[invalid="true"]:focus { border: 2px solid #d55e00; }'
)
"""A style sheet rule that outlines marked fields (vermilion: colour-blind safe).

The rule replaces the style's own frame, focus frame included, so a marked field that has
the keyboard focus gets a thicker outline instead: the focus stays visible."""


@dataclass
class ValidationReport:
    """The problems found in a form, by field name, in the order found."""

    problems: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when no field has a problem."""
        return not self.problems

    def add(self, name: str, message: str) -> None:
        """Record a problem (the first problem of a field is kept)."""
        self.problems.setdefault(name, message)

    def message(self, name: str) -> str | None:
        """The problem of a field, or None."""
        return self.problems.get(name)

    def check(self, name: str, build: Callable[[], T]) -> T | None:
        """``build()``; its PlannerError becomes the problem of field ``name`` (then None)."""
        try:
            return build()
        except PlannerError as exc:
            self.add(name, domain_text(exc))
            return None

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self.problems.items())

    def summary(self) -> str:
        """Every problem on its own line."""
        return "\n".join(self.problems.values())


class FieldMarks:
    """Marks a form's fields with their problems: an outline, a tooltip and a message label."""

    def __init__(self, summary: QLabel | None = None) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel | None, str]] = {}
        self._summary = summary

    def register(self, name: str, widget: QWidget, label: QLabel | None = None) -> None:
        """Say which widget (and optional message label under it) shows field ``name``."""
        self._fields[name] = (widget, label, widget.toolTip())
        if label is not None:
            label.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what was typed
            label.setWordWrap(True)
            label.setStyleSheet("color: #b8431b;")
            label.hide()

    def show(self, report: ValidationReport) -> None:
        """Mark every registered field with its problem and clear the others."""
        for name, (widget, label, tooltip) in self._fields.items():
            message = report.message(name)
            if bool(widget.property("invalid")) != bool(message):
                widget.setProperty("invalid", bool(message))
                widget.style().unpolish(widget)
                widget.style().polish(widget)
            widget.setToolTip(plain_tip(message) if message else tooltip)
            if label is not None:
                label.setText(message or "")
                label.setVisible(bool(message))
        if self._summary is not None:
            self._summary.setTextFormat(Qt.TextFormat.PlainText)
            unplaced = [m for n, m in report if n not in self._fields]
            self._summary.setText("\n".join(unplaced))
            self._summary.setVisible(bool(unplaced))

    def widget(self, name: str) -> QWidget | None:
        """The widget registered for a field."""
        entry = self._fields.get(name)
        return entry[0] if entry else None

    def label(self, name: str) -> QLabel | None:
        """The message label registered for a field."""
        entry = self._fields.get(name)
        return entry[1] if entry else None
