"""What the window shows when autosave cannot write: a banner and a warning in the status bar.

The autosave (``ui.autosave``) reports a failing disk once and keeps retrying with a longer
interval; the window shows the reason in a banner above the chart, with "Choose Another
Folder…" (asked through the dialogs service, remembered in the settings), "Try Again" and
"Hide", and a lasting warning in the status bar. Both go when a write succeeds again.
Never the crash dialog: a full or read-only disk is the machine's state, not a bug.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.i18n import translate
from ui.window.shell import WindowShell

if TYPE_CHECKING:
    from ui.autosave import AutosaveProblem

WARNING_STYLE = "color: #8a4b00; font-weight: bold;"


class AutosaveBanner(QFrame):
    """A bar above the chart: why autosave fails, and what the user can do."""

    chooseFolder = Signal()
    retry = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("autosave-banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#autosave-banner { background: #fff4ce; border: 1px solid #e0b400; }"
            "#autosave-banner QLabel { color: #3d2e00; }"
        )
        layout = QHBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout.addWidget(self.text, 1)
        self.choose_button = QPushButton(translate("MainWindow", "Choose Another Folder…"))
        self.retry_button = QPushButton(translate("MainWindow", "Try Again"))
        self.hide_button = QPushButton(translate("MainWindow", "Hide"))
        for button in (self.choose_button, self.retry_button, self.hide_button):
            layout.addWidget(button)
        self.choose_button.clicked.connect(self.chooseFolder)
        self.retry_button.clicked.connect(self.retry)
        self.hide_button.clicked.connect(self.hide)
        self.hide()

    def show_problem(self, problem: AutosaveProblem) -> None:
        """Say what fails and show the banner."""
        self.text.setText(problem.message)
        self.show()


class AutosaveStatus(WindowShell):
    """Shows autosave failures in the window and lets the user pick another folder."""

    autosave_banner: AutosaveBanner

    def default_autosave_folder(self) -> Path:
        """The data folder's ``autosave``."""
        return self.data_dir / "autosave"

    def autosave_folder(self) -> Path:
        """Where autosaves go: the folder the user chose, else the default."""
        chosen = self.settings.autosave_folder()
        return Path(chosen) if chosen else self.default_autosave_folder()

    def recovery_folders(self) -> list[Path]:
        """Every folder that may hold work a crashed session left: the chosen one, the default."""
        folders = [self.autosave_folder(), self.default_autosave_folder()]
        return list(dict.fromkeys(folders))

    def _install_autosave_status(self) -> None:
        """Put the banner above the chart and follow the autosave (after it is made)."""
        autosave = self.autosave
        assert autosave is not None
        self.autosave_banner = AutosaveBanner()
        central = self.takeCentralWidget()
        assert central is not None
        container = QWidget()
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.autosave_banner)
        layout.addWidget(central, 1)
        self.setCentralWidget(container)
        if self.isVisible():
            container.show()  # a widget given to a shown window stays hidden until then
        self.autosave_banner.chooseFolder.connect(self.choose_autosave_folder)
        self.autosave_banner.retry.connect(autosave.save_now)
        autosave.failed.connect(self._on_autosave_failed)
        autosave.recovered.connect(self._on_autosave_recovered)

    def _on_autosave_failed(self, problem: AutosaveProblem) -> None:
        self.autosave_banner.show_problem(problem)
        self.autosave_label.setText(translate("MainWindow", "Autosave failing"))
        self.autosave_label.setStyleSheet(WARNING_STYLE)
        self.autosave_label.setToolTip(problem.message)

    def _on_autosave_recovered(self, _path: object) -> None:
        self.autosave_banner.hide()
        self.autosave_label.setStyleSheet("")
        self.autosave_label.setToolTip("")

    def choose_autosave_folder(self) -> bool:
        """Ask for another autosave folder and use it; True when autosave works there."""
        autosave = self.autosave
        assert autosave is not None
        answer = self.dialogs.choose_folder(
            translate("MainWindow", "Choose a Folder for Autosaves"), str(Path.home())
        )
        if not answer:
            return False
        if not autosave.move_to(Path(answer)):
            return False
        self.settings.set_autosave_folder(answer)
        self.statusBar().showMessage(
            translate("MainWindow", "Autosaves now go to {answer}").format(answer=answer), 5000
        )
        return True
