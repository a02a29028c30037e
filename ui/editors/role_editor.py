"""The role editor: what a vendor does for a client, real-time or async, and its requirement."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.editors.base import EditorDialog
from ui.validation import FORM, ValidationReport

if TYPE_CHECKING:
    from planner.plan.model import Plan, Role, RoleKind

KINDS = (
    (
        "realtime",
        QT_TRANSLATE_NOOP(
            "RoleEditor",
            "Real-time: the vendor works whenever the client works (support, live chat)",
        ),
    ),
    (
        "async",
        QT_TRANSLATE_NOOP(
            "RoleEditor",
            "Async: some overlap for updates and a bounded reply wait (SEO, development)",
        ),
    ),
)


class RoleEditor(EditorDialog):
    """Add a role (``role=None``) or edit one; :attr:`result_plan` holds the plan after OK."""

    def __init__(self, plan: Plan, role: Role | None = None, parent: QWidget | None = None) -> None:
        taken = [r.id for r in plan.roles]
        # No delay: a role is checked quickly enough to do it at every change.
        super().__init__(plan, "role", taken, role.id if role else None, parent, delay_ms=None)
        self.original = role
        self.result_role: Role | None = None
        self.setWindowTitle(
            self.tr("Edit Role {name}").format(name=role.name) if role else self.tr("Add Role")
        )

        self.name = QLineEdit()
        self.kind = QComboBox()
        for value, text in KINDS:
            self.kind.addItem(QCoreApplication.translate("RoleEditor", str(text)), value)
        self.client = QComboBox()
        for team in plan.clients:
            self.client.addItem(f"{team.name} ({team.id})", team.id)
        self.vendor = QComboBox()
        for team in plan.vendors:
            self.vendor.addItem(f"{team.name} ({team.id})", team.id)
        self.coverage = QDoubleSpinBox()
        self.coverage.setRange(0, 100)
        self.coverage.setDecimals(1)
        self.coverage.setSuffix(self.tr(" %", "percent suffix"))
        self.overlap = QSpinBox()
        self.overlap.setRange(0, 1440)
        self.overlap.setSingleStep(15)
        self.overlap.setSuffix(self.tr(" min per day"))
        self.reply = QDoubleSpinBox()
        self.reply.setRange(0.25, 14 * 24)
        self.reply.setDecimals(2)
        self.reply.setSingleStep(1)
        self.reply.setSuffix(self.tr(" h", "hours suffix"))
        self.reply_within = QDoubleSpinBox()
        self.reply_within.setRange(0, 1000)
        self.reply_within.setDecimals(2)
        self.reply_within.setSingleStep(1)
        self.reply_within.setSuffix(self.tr(" working h"))
        self.reply_within.setSpecialValueText(self.tr("no target"))
        self.reply_within.setToolTip(
            self.tr(
                "Answer each message within this much of the vendor's working time (holidays "
                "applied); the backlog view reports the share answered in time"
            )
        )

        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        for label, name, widget in (
            (self.tr("&Name:"), "name", self.name),
            (self.tr("&Id:"), "id", self.id),
            (self.tr("&Kind:"), "kind", self.kind),
            (self.tr("&Client:"), "client", self.client),
            (self.tr("&Vendor:"), "vendor", self.vendor),
            (self.tr("Minimum &coverage:"), "min_coverage_percent", self.coverage),
            (self.tr("Minimum daily &overlap:"), "min_overlap_minutes", self.overlap),
            (self.tr("Longest &reply wait:"), "max_reply_hours", self.reply),
            (self.tr("Reply &within:"), "reply_within_hours", self.reply_within),
        ):
            self.add_field_row(form, label, name, widget)
        if not plan.clients or not plan.vendors:
            note = QLabel(self.tr("A role needs a client team and a vendor team: add them first."))
            note.setWordWrap(True)
            layout.addWidget(note)
        self.add_summary_and_buttons(layout)
        self._load(role)
        self.kind.currentIndexChanged.connect(self._on_kind)
        self.watch(
            self.name,
            self.client.currentIndexChanged,
            self.vendor.currentIndexChanged,
            self.coverage.valueChanged,
            self.overlap.valueChanged,
            self.reply.valueChanged,
            self.reply_within.valueChanged,
        )
        self._on_kind()

    def _load(self, role: Role | None) -> None:
        from planner.plan.model import Role as RoleType

        if role is None:
            defaults = RoleType("x", "realtime", "a", "b")
            name = self.tr("New role")
            self.name.setText(name)
            self.id.setText(self.suggested_id(name))
            self.coverage.setValue(defaults.min_coverage_percent)
            self.overlap.setValue(defaults.min_overlap_minutes)
            self.reply.setValue(defaults.max_reply_hours)
            return
        self.name.setText(role.name)
        self.id.setText(role.id)
        self.kind.setCurrentIndex(self.kind.findData(role.kind))
        self.client.setCurrentIndex(self.client.findData(role.client))
        self.vendor.setCurrentIndex(self.vendor.findData(role.vendor))
        self.coverage.setValue(role.min_coverage_percent)
        self.overlap.setValue(role.min_overlap_minutes)
        self.reply.setValue(role.max_reply_hours)
        self.reply_within.setValue(role.reply_within_hours or 0)

    def _on_kind(self, *_args: object) -> None:
        realtime = self.kind.currentData() == "realtime"
        self.coverage.setEnabled(realtime)
        self.overlap.setEnabled(not realtime)
        self.reply.setEnabled(not realtime)
        self.reply_within.setEnabled(not realtime)
        self.validate()

    def check_fields(self, report: ValidationReport, ident: str | None) -> None:
        """Check the fields and build the role and the plan with it."""
        from planner.plan.edits import put_role
        from planner.plan.model import Role

        if self.client.currentIndex() < 0:
            report.add("client", self.tr("the plan has no client team: add one first"))
        if self.vendor.currentIndex() < 0:
            report.add("vendor", self.tr("the plan has no vendor team: add one first"))
        role = None
        kind = cast("RoleKind", str(self.kind.currentData()))
        # The demand is edited in its own dialog: a real-time role keeps it here.
        demand = self.original.demand if self.original and kind == "realtime" else None
        within = self.reply_within.value() if kind == "async" else 0
        if report.ok and ident is not None:
            role = report.check(
                FORM,
                lambda: Role(
                    ident,
                    kind,
                    str(self.client.currentData()),
                    str(self.vendor.currentData()),
                    self.name.text().strip(),
                    min_coverage_percent=self.coverage.value(),
                    min_overlap_minutes=self.overlap.value(),
                    max_reply_hours=self.reply.value(),
                    demand=demand,
                    reply_within_hours=within or None,
                ),
            )
        plan = None
        if role is not None:
            old = self.original.id if self.original else None
            plan = report.check(FORM, lambda: put_role(self.plan, old, role))
        self.result_role = role if plan is not None else None
        self.result_plan = plan

    def undo_text(self) -> str:
        """What the undo step is called."""
        name = self.result_role.name if self.result_role else self.tr("role")
        if self.original is None:
            return self.tr('Add role "{name}"').format(name=name)
        return self.tr('Edit role "{name}"').format(name=name)
