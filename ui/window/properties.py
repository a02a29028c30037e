"""The Plan Properties dialog: the plan's title and its display (reference) zone."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import translate

if TYPE_CHECKING:
    from planner.plan.model import Plan


class PropertiesDialog(QDialog):
    """The plan's title and display (reference) zone."""

    def __init__(
        self, plan: Plan, parent: QWidget | None, ask_zone: Callable[[str], str | None]
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.result_plan: Plan | None = None
        self._ask_zone = ask_zone
        self.setWindowTitle(translate("MainWindow", "Plan Properties"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title = QLineEdit(plan.title)
        self.title.setMinimumWidth(360)
        form.addRow(translate("MainWindow", "&Title:"), self.title)
        self.zone = QLineEdit(plan.display_zone or "")
        self.zone.setPlaceholderText(
            translate("MainWindow", "(the first client's zone: {reference_zone})").format(
                reference_zone=plan.reference_zone
            )
        )
        self.zone.setAccessibleName(self.tr("Display zone"))
        zone_row = QWidget()
        zone_layout = QVBoxLayout(zone_row)
        zone_layout.setContentsMargins(0, 0, 0, 0)
        zone_layout.addWidget(self.zone)
        search = QToolButton()
        search.setText(translate("MainWindow", "Search…"))
        search.clicked.connect(self._search)
        zone_layout.addWidget(search)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("color: #b8431b;")
        self.message.setWordWrap(True)
        zone_layout.addWidget(self.message)
        form.addRow(translate("MainWindow", "&Display zone:"), zone_row)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _search(self) -> None:
        zone = self._ask_zone(self.zone.text() or self.plan.reference_zone)
        if zone:
            self.zone.setText(zone)

    def accept(self) -> None:
        """Check the zone; close with the edited plan."""
        from dataclasses import replace

        from ui.validation import ValidationReport

        report = ValidationReport()
        zone = self.zone.text().strip() or None
        plan = report.check(
            "display_zone",
            lambda: replace(self.plan, title=self.title.text().strip(), display_zone=zone),
        )
        self.message.setText(report.summary())
        if plan is not None:
            self.result_plan = plan
            super().accept()
