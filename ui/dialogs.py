"""Message boxes and file dialogs behind one small service.

Windows ask questions through a :class:`Dialogs` object instead of calling QMessageBox and
QFileDialog directly, so tests pass a scripted stand-in and never block on a modal dialog.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.i18n.domain import domain_text
from ui.plain import plain_box


def plan_filter() -> str:
    """The file dialogs' filter of plan files, in the GUI's language."""
    return QCoreApplication.translate(
        "Dialogs", "Overlap plans (*.overlap.toml *.toml);;All files (*)"
    )


class SaveChoice(enum.Enum):
    """The answer to "save your changes?"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class RestoreChoice(enum.Enum):
    """The answer to "restore the work autosaved before a crash?"."""

    RESTORE = "restore"
    DISCARD = "discard"
    LATER = "later"


class Dialogs:
    """The real dialogs (modal, on top of ``parent``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def info(self, title: str, text: str) -> None:
        """Tell the user something (a domain text in the GUI's language)."""
        text = domain_text(text)
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self.parent)
        plain_box(box).exec()

    def error(self, title: str, text: str) -> None:
        """Say that something the user asked for could not be done, and why.

        ``text`` may be a PlannerError's message: it is shown in the GUI's language.
        """
        text = domain_text(text)
        plain_box(QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self.parent)).exec()

    def problems(self, title: str, intro: str, problems: Sequence[str]) -> None:
        """List every problem (e.g. of a plan file, one per line with file:line) at once."""
        ProblemsDialog(self.parent, title, intro, problems).exec()

    def confirm(self, title: str, text: str, action: str) -> bool:
        """Ask before a destructive action; True when the user chose ``action``."""
        box = plain_box(QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.parent))
        go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is go

    def choose(self, title: str, text: str, options: Sequence[str]) -> int | None:
        """Ask which of ``options`` is meant; the index chosen, or None when cancelled."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.parent)
        buttons = [box.addButton(o, QMessageBox.ButtonRole.AcceptRole) for o in options]
        box.addButton(QMessageBox.StandardButton.Cancel)
        if buttons:
            box.setDefaultButton(buttons[0])
        box.exec()
        clicked = box.clickedButton()
        for index, button in enumerate(buttons):
            if clicked is button:
                return index
        return None

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        """Ask for a line of text; None when cancelled."""
        from PySide6.QtWidgets import QInputDialog

        value, ok = QInputDialog.getText(self.parent, title, label, text=text)
        return value if ok else None

    def ask_save_changes(self, name: str) -> SaveChoice:
        """Ask whether to save the changes to ``name`` before they are lost."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Dialogs", "Unsaved changes"),
            QCoreApplication.translate(
                "Dialogs", 'Save the changes to "{name}" before closing it?'
            ).format(name=name),
            parent=self.parent,
        )
        box.setInformativeText(
            QCoreApplication.translate("Dialogs", "Your changes are lost if you don't save them.")
        )
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.button(QMessageBox.StandardButton.Discard).setText(
            QCoreApplication.translate("Dialogs", "Don't Save")
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = plain_box(box).exec()
        if answer == QMessageBox.StandardButton.Save:
            return SaveChoice.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return SaveChoice.DISCARD
        return SaveChoice.CANCEL

    def ask_restore(self, name: str, saved_at: str) -> RestoreChoice:
        """Offer the work autosaved before the app last stopped unexpectedly."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("Dialogs", "Restore unsaved work"),
            QCoreApplication.translate(
                "Dialogs",
                'Overlap Planner did not close properly. Restore your unsaved changes to "{name}"?',
            ).format(name=name),
            parent=self.parent,
        )
        box.setInformativeText(
            QCoreApplication.translate("Dialogs", "They were autosaved at {time}.").format(
                time=saved_at
            )
        )
        restore = box.addButton(
            QCoreApplication.translate("Dialogs", "Restore"), QMessageBox.ButtonRole.AcceptRole
        )
        discard = box.addButton(
            QCoreApplication.translate("Dialogs", "Discard"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(
            QCoreApplication.translate("Dialogs", "Not Now"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(restore)
        plain_box(box).exec()
        if box.clickedButton() is restore:
            return RestoreChoice.RESTORE
        if box.clickedButton() is discard:
            return RestoreChoice.DISCARD
        return RestoreChoice.LATER

    def open_file(self, title: str, folder: str, name_filter: str | None = None) -> str | None:
        """Ask for an existing file (default: a plan); None when cancelled."""
        name_filter = plan_filter() if name_filter is None else name_filter
        path, _ = QFileDialog.getOpenFileName(self.parent, title, folder, name_filter)
        return path or None

    def save_file(self, title: str, suggested: str, name_filter: str | None = None) -> str | None:
        """Ask where to save (default: a plan); None when cancelled (the dialog confirms overwriting)."""
        name_filter = plan_filter() if name_filter is None else name_filter
        path, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, name_filter)
        return path or None

    def choose_folder(self, title: str, folder: str) -> str | None:
        """Ask for a folder; None when cancelled."""
        path = QFileDialog.getExistingDirectory(self.parent, title, folder)
        return path or None

    def crash(self, summary: str, details: str, recovery: str | None) -> bool:
        """Report an unexpected error; True when the user chose to quit."""
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("Dialogs", "Overlap Planner: unexpected error"),
            QCoreApplication.translate(
                "Dialogs", "Something went wrong inside Overlap Planner: {summary}"
            ).format(summary=summary),
            parent=self.parent,
        )
        if recovery:
            box.setInformativeText(
                QCoreApplication.translate(
                    "Dialogs",
                    "A copy of your plan was saved to:\n{path}\n\nPlease report this problem "
                    "with the details below.",
                ).format(path=recovery)
            )
        else:
            box.setInformativeText(
                QCoreApplication.translate(
                    "Dialogs", "Please report this problem with the details below."
                )
            )
        box.setDetailedText(details)
        keep = box.addButton(
            QCoreApplication.translate("Dialogs", "Continue"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(
            QCoreApplication.translate("Dialogs", "Quit"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(keep)
        plain_box(box).exec()
        return box.clickedButton() is not keep


class ProblemsDialog(QDialog):
    """Every problem of a plan file in one selectable, copyable list, in the GUI's language."""

    def __init__(
        self, parent: QWidget | None, title: str, intro: str, problems: Sequence[str]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(720, 320)
        layout = QVBoxLayout(self)
        label = QLabel(intro)
        label.setTextFormat(Qt.TextFormat.PlainText)  # quotes a file name
        label.setWordWrap(True)
        layout.addWidget(label)
        self.text = QPlainTextEdit("\n".join(domain_text(p) for p in problems))
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text.toPlainText()))
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        layout.addWidget(buttons)
        self.setWindowModality(Qt.WindowModality.WindowModal)
