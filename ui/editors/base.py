"""What the team, role and meeting editors share.

Each editor has a name (or title) field and an id field, checks every change with planner's
own validation, shows each problem on its field (the rest in a summary line) and keeps OK
disabled until the object is valid. :class:`EditorDialog` holds that scaffolding; a subclass
builds its fields and says how to check them in :meth:`EditorDialog.check_fields`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, SignalInstance
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.plain import plain_label
from ui.validation import INVALID_STYLE, FieldMarks, ValidationReport

if TYPE_CHECKING:
    from planner.plan.model import Plan

OK = QDialogButtonBox.StandardButton.Ok


class EditorDialog(QDialog):
    """A dialog that adds (``original_id=None``) or edits one object of ``plan``.

    Args:
        plan: the plan the object belongs to.
        kind: what the object is ("team", "role", "meeting"), for id checks and suggestions.
        taken_ids: the ids of the plan's objects of that kind.
        original_id: the id of the object being edited, or None when adding one.
        parent: the dialog's parent window.
        delay_ms: how long to wait after a change before checking; None checks at once
            (for editors whose check is cheap).
    """

    def __init__(
        self,
        plan: Plan,
        kind: str,
        taken_ids: list[str],
        original_id: str | None,
        parent: QWidget | None,
        delay_ms: int | None,
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.result_plan: Plan | None = None
        self._kind = kind
        self._taken_ids = taken_ids
        self._original_id = original_id
        # An edited object keeps its id; a new one follows its name until the id is typed.
        self._id_touched = original_id is not None
        self.setStyleSheet(INVALID_STYLE)
        self.id = QLineEdit()
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #b8431b;")
        self.summary.hide()
        self.marks = FieldMarks(self.summary)
        self.buttons = QDialogButtonBox(OK | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._timer: QTimer | None = None
        if delay_ms is not None:
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.setInterval(delay_ms)
            self._timer.timeout.connect(self.validate)

    # building
    def add_field_row(
        self,
        form: QFormLayout,
        label: str,
        name: str,
        holder: QWidget,
        focus: QWidget | None = None,
    ) -> None:
        """Add field ``name`` to ``form`` with a message label under it for its problems.

        ``holder`` is what the row shows; ``focus`` (default ``holder``) is the widget that the
        label's mnemonic focuses and that a problem outlines. An empty label spans the row.
        """
        focus = holder if focus is None else focus
        message = plain_label()
        column = QVBoxLayout()
        column.setSpacing(1)
        column.addWidget(holder)
        column.addWidget(message)
        if label:
            form.addRow(label, column)
            label_widget = form.labelForField(column)
            if isinstance(label_widget, QLabel):
                label_widget.setBuddy(focus)
        else:
            form.addRow(column)
        self.marks.register(name, focus, message)

    def add_summary_and_buttons(self, layout: QVBoxLayout) -> None:
        """End the dialog with the problems no field shows, then OK and Cancel."""
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

    def watch(self, name_field: QLineEdit, *signals: SignalInstance) -> None:
        """Check again when the name, the id or any of ``signals`` changes."""
        name_field.textEdited.connect(self._on_name)
        self.id.textEdited.connect(self._on_id)
        for signal in signals:
            signal.connect(self.schedule)

    # the id
    def suggested_id(self, name: str) -> str:
        """A free id made from a name."""
        from planner.plan.edits import suggest_id

        return suggest_id(name, self._taken_ids, self._kind)

    def follow_name(self) -> None:
        """Let the id follow the name again (a new object made from a template)."""
        self._id_touched = False

    def _on_name(self, text: str) -> None:
        if not self._id_touched:
            self.id.setText(self.suggested_id(text))
        self.schedule()

    def _on_id(self, _text: str) -> None:
        self._id_touched = True
        self.schedule()

    # checking
    def schedule(self, *_args: object) -> None:
        """Check soon (after the delay, so that typing stays quick), or at once without one."""
        if self._timer is None:
            self.validate()
        else:
            self._timer.start()

    def validate(self) -> ValidationReport:
        """Check the fields and the object in its plan; mark problems; enable OK when valid."""
        if self._timer is not None:
            self._timer.stop()  # this check covers any change still waiting
        report = ValidationReport()
        self.check_fields(report, self._check_id(report))
        self.marks.show(report)
        self.buttons.button(OK).setEnabled(report.ok)
        return report

    def _check_id(self, report: ValidationReport) -> str | None:
        """The id field when it is a well-formed id no other object has; else None."""
        from planner.plan.checks import check_id
        from planner.plan.edits import check_free_id

        ident = report.check("id", lambda: check_id(self.id.text().strip(), self._kind))
        if ident is not None and ident != self._original_id:
            report.check("id", lambda: check_free_id(ident, self._taken_ids, self._kind))
        return ident

    def check_fields(self, report: ValidationReport, ident: str | None) -> None:
        """Check the other fields and build the object and :attr:`result_plan` from them.

        ``ident`` is the checked id (None when it has a problem, already in ``report``).
        """
        raise NotImplementedError

    def accept(self) -> None:
        """Close with the edited plan, unless something is invalid."""
        if self.validate().ok:
            super().accept()
