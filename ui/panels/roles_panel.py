"""The Roles panel: each role's verdict as a pass/fail badge, its figures, gaps and suggestion.

Selecting a role highlights its pair and gaps on the chart; "Apply suggested hours" turns
a real-time role's suggested vendor shift into an undoable edit of the vendor's hours. A
real-time role with contact demand also shows its service level and understaffed windows,
and "Demand and Roster" opens the demand dialog.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.meetings.dates import day_text
from ui.panels.id_tree import ID_ROLE, IdTree, button_row, tool_button
from ui.panels.role_details import (
    cause_summary,
    format_span,
    gaps_html,
    more_item,
    suggestion_html,
)
from ui.plain import literal_ampersands, plain_label, plain_tip

if TYPE_CHECKING:
    from planner.analysis.overlap import Analysis, AsyncVerdict, RealtimeVerdict
    from planner.analysis.suggest import Suggestion
    from planner.plan.model import Plan

PASS_COLOUR = "#009e73"  # Okabe-Ito bluish green
FAIL_COLOUR = "#d55e00"  # Okabe-Ito vermilion
NEUTRAL_COLOUR = "#7f7f7f"
RANGES = (
    ("week", QT_TRANSLATE_NOOP("RolesPanel", "Week shown")),
    ("month", QT_TRANSLATE_NOOP("RolesPanel", "Month shown")),
    ("year", QT_TRANSLATE_NOOP("RolesPanel", "Year shown")),
)
MAX_LISTED = 40


class RoleVerdicts(QObject):
    """The plural texts of the verdicts (``self.tr`` gives them the context RoleVerdicts)."""

    def gaps(self, count: int) -> str:
        """``1 gap``, ``5 gaps``."""
        return self.tr("%n gap(s)", "", count)


@cache
def _plurals() -> RoleVerdicts:
    return RoleVerdicts()


def verdict_badge(verdict: RealtimeVerdict | AsyncVerdict) -> tuple[str, str]:
    """(text, colour) of a verdict's badge: PASS, FAIL, or N/A without client hours."""
    from planner.analysis.overlap import RealtimeVerdict

    if isinstance(verdict, RealtimeVerdict) and verdict.coverage_percent is None:
        return QCoreApplication.translate("RolesPanel", "N/A"), NEUTRAL_COLOUR
    if not isinstance(verdict, RealtimeVerdict) and not verdict.daily_overlap and verdict.reachable:
        return QCoreApplication.translate("RolesPanel", "N/A"), NEUTRAL_COLOUR
    if verdict.meets:
        return QCoreApplication.translate("RolesPanel", "✔ PASS"), PASS_COLOUR
    return QCoreApplication.translate("RolesPanel", "✖ FAIL"), FAIL_COLOUR


def _hours(minutes: int) -> str:
    """A duration in the GUI's language and digits (``4 h``, ``٤ س``)."""
    from ui.i18n.formats import duration

    return duration(minutes)


def verdict_figures(verdict: RealtimeVerdict | AsyncVerdict) -> str:
    """The verdict's key figures in one line."""
    from planner.analysis.overlap import RealtimeVerdict

    role = verdict.role
    if isinstance(verdict, RealtimeVerdict):
        if verdict.coverage_percent is None:
            return QCoreApplication.translate("RolesPanel", "no client working time in this range")
        gaps = len(verdict.gaps)
        gap_text = (
            _plurals().gaps(gaps) if gaps else QCoreApplication.translate("RolesPanel", "no gaps")
        )
        causes = cause_summary(verdict.causes)
        working = verdict.working_days_percent
        text = QCoreApplication.translate(
            "RolesPanel", "coverage {coverage}% (needs {needed}%)"
        ).format(coverage=f"{verdict.coverage_percent:g}", needed=f"{role.min_coverage_percent:g}")
        if verdict.causes.minutes("vendor_off") and working is not None:
            text += QCoreApplication.translate(
                "RolesPanel", ", {percent}% on the vendor's working days"
            ).format(percent=f"{working:g}")
        text += ", " + gap_text
        if causes:
            text += f" ({causes})"
        return text + staffing_figures(verdict)
    if not verdict.reachable or verdict.max_wait_minutes is None:
        wait = QCoreApplication.translate("RolesPanel", "vendor not reachable within 14 days")
    else:
        wait = QCoreApplication.translate(
            "RolesPanel", "longest wait {wait} (max {hours} h)"
        ).format(wait=_hours(verdict.max_wait_minutes), hours=f"{role.max_reply_hours:g}")
    low = verdict.min_daily_overlap_minutes
    within = ""
    if verdict.backlog is not None and verdict.backlog.within_percent is not None:
        within = QCoreApplication.translate(
            "RolesPanel", ", {percent}% answered within {hours} working h"
        ).format(
            percent=f"{verdict.backlog.within_percent:g}", hours=f"{role.reply_within_hours:g}"
        )
    if low is None:
        return QCoreApplication.translate(
            "RolesPanel", "no client working days in this range, {wait}{within}"
        ).format(wait=wait, within=within)
    return QCoreApplication.translate(
        "RolesPanel", "daily overlap at least {low} (needs {needed}), {wait}{within}"
    ).format(low=_hours(low), needed=_hours(role.min_overlap_minutes), wait=wait, within=within)


def staffing_figures(verdict: RealtimeVerdict) -> str:
    """The staffing part of a real-time verdict's line ("" without demand)."""
    staffing = verdict.staffing
    if staffing is None:
        return ""
    level = staffing.service_level_percent
    if level is None:
        return QCoreApplication.translate("RolesPanel", "; no contacts in this range")
    short = sum(1 for i in staffing.intervals if i.understaffed)
    return QCoreApplication.translate(
        "RolesPanel",
        "; service level {level}% (target {target}), {short} of {total} intervals understaffed",
    ).format(
        level=f"{level:g}",
        target=staffing.demand.service_level,
        short=short,
        total=len(staffing.intervals),
    )


class RolesPanel(QWidget):
    """Role verdicts for the analysed range, with details of the selected role."""

    roleSelected = Signal(object)
    rangeChanged = Signal(str)
    addRequested = Signal()
    editRequested = Signal(str)
    removeRequested = Signal(str)
    applySuggestion = Signal(str)
    demandRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock24 = True
        self.live = False
        """True while the plan shown is a drag's preview: suggestions wait for its end."""
        self._filled: dict[str, tuple[str, str, str, str]] = {}  # item texts, tip, colour
        self._plan: Plan | None = None
        self._analysis: Analysis | None = None
        self._suggestions: dict[str, Suggestion] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Verdicts for the")))
        self.range = QComboBox()
        self.range.setAccessibleName(self.tr("Analysed range"))
        for value, text in RANGES:
            self.range.addItem(QCoreApplication.translate("RolesPanel", str(text)), value)
        top.addWidget(self.range)
        top.addStretch(1)
        layout.addLayout(top)
        self.range_label = plain_label()
        self.range_label.setWordWrap(True)
        layout.addWidget(self.range_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.tree = IdTree(self.tr("Roles"), [self.tr("Role"), self.tr("Verdict")])
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        splitter.addWidget(self.tree)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Role details"))
        self.details.setOpenLinks(False)
        details_layout.addWidget(self.details)
        self.apply_button = QPushButton(self.tr("Apply Suggested Hours"))
        self.apply_button.setToolTip(
            self.tr("Set the vendor's weekly hours to the suggested shift (undoable)")
        )
        self.apply_button.hide()
        details_layout.addWidget(self.apply_button)
        self.demand_button = QPushButton(self.tr("Contact Demand and Roster…"))
        self.demand_button.setToolTip(
            self.tr(
                "Contacts per interval and the service level target of this real-time role; "
                "the agents it needs and a roster that has them"
            )
        )
        self.demand_button.hide()
        details_layout.addWidget(self.demand_button)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.add_button = tool_button(self.tr("Add…"), self.tr("Add a role"))
        self.edit_button = tool_button(self.tr("Edit…"), self.tr("Edit the selected role (Enter)"))
        self.remove_button = tool_button(
            self.tr("Remove"), self.tr("Remove the selected role (Delete)")
        )
        layout.addLayout(button_row((self.add_button, self.edit_button, self.remove_button)))
        self.add_button.clicked.connect(self.addRequested)
        self.edit_button.clicked.connect(self._edit)
        self.remove_button.clicked.connect(self._remove)
        self.apply_button.clicked.connect(self._apply)
        self.demand_button.clicked.connect(lambda: self.tree.emit_selected(self.demandRequested))
        self.tree.itemActivated.connect(lambda _item, _column: self._edit())
        self.tree.itemSelectionChanged.connect(self._on_selection)
        self.range.currentIndexChanged.connect(
            lambda _index: self.rangeChanged.emit(str(self.range.currentData()))
        )
        self.tree.on_delete_key(self._remove)
        self._update_buttons()

    def range_kind(self) -> str:
        """Which range the verdicts are for: "week", "month" or "year"."""
        return str(self.range.currentData())

    def set_analysis(self, plan: Plan, analysis: Analysis) -> None:
        """Show the verdicts of ``analysis``, keeping the selection.

        While ``live`` (a drag's steps), only the verdicts that are not those shown are
        written again: an edit of one team leaves the others' verdicts as they were.
        """
        shown = self._analysis
        self._plan = plan
        self._analysis = analysis
        self._suggestions = {}
        span = analysis.range
        if not self.live or shown is None or shown.range != span:
            self.range_label.setText(
                self.tr("{start} to {end} ({zone})").format(
                    start=day_text(span.first), end=day_text(span.last), zone=span.zone
                )
            )
        if self.live and shown is not None and self._refill_changed(plan, shown, analysis):
            return
        selected = self.selected_id()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        self.tree.blockSignals(True)
        self.tree.clear()
        self._filled = {}
        for verdict in analysis.roles:
            item = QTreeWidgetItem()
            self._fill(item, plan, verdict)
            item.setData(0, ID_ROLE, verdict.role.id)
            item.setForeground(1, QColor("white"))
            item.setFont(1, bold)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignCenter)
            self.tree.addTopLevelItem(item)
        self.tree.blockSignals(False)
        if not analysis.roles:
            self.details.setHtml(
                "<p>"
                + self.tr(
                    "No roles yet. A <b>real-time</b> role checks that a vendor covers every hour "
                    "the client works; an <b>async</b> role checks daily overlap and reply wait."
                )
                + "</p>"
            )
        self.select(selected)
        if self.selected_id() is None:
            self._show_details()
        self._update_buttons()

    def _fill(
        self, item: QTreeWidgetItem, plan: Plan, verdict: RealtimeVerdict | AsyncVerdict
    ) -> None:
        """Write a verdict's texts and badge colour into its item."""
        role = verdict.role
        text, colour = verdict_badge(verdict)
        figures = verdict_figures(verdict)
        kind = self.tr("real-time") if role.kind == "realtime" else self.tr("async")
        client, vendor = plan.team(role.client).name, plan.team(role.vendor).name
        tip = self.tr("{role} ({vendor} for {client}): {figures}").format(
            role=role.name, vendor=vendor, client=client, figures=figures
        )
        # Only what differs is written: a tooltip or colour set again repaints the item (a
        # drag step's verdict often reads as the last step's).
        filled = (f"{role.name}\n{kind}: {figures}", f" {text} ", tip, colour)
        shown = self._filled.get(role.id)
        if shown == filled:
            return
        self._filled[role.id] = filled
        item.setText(0, filled[0])
        item.setText(1, filled[1])
        if shown is None or shown[2] != tip:
            item.setToolTip(0, plain_tip(tip))
        # Colours, not brushes made of them: PySide6's QBrush constructor builds the enums of
        # QImage and QGradient (~3 ms) before the verdicts' first paint.
        if shown is None or shown[3] != colour:
            item.setBackground(1, QColor(colour))

    def _refill_changed(self, plan: Plan, shown: Analysis, analysis: Analysis) -> bool:
        """Write again the items whose verdict changed; False when the roles are others."""
        roles = analysis.roles
        if self.tree.topLevelItemCount() != len(roles) or [v.role.id for v in roles] != [
            v.role.id for v in shown.roles
        ]:
            return False
        selected = self.selected_id()
        for index, (before, verdict) in enumerate(zip(shown.roles, roles, strict=True)):
            item = self.tree.topLevelItem(index)
            if verdict is not before and item is not None:
                self._fill(item, plan, verdict)
                if verdict.role.id == selected:
                    self._show_details()
        return True

    def badge(self, role_id: str) -> str:
        """The badge text shown for a role (tests and accessibility)."""
        item = self.tree.find_id(role_id)
        if item is None:
            raise KeyError(role_id)
        return item.text(1).strip()

    def selected_id(self) -> str | None:
        """The selected role's id."""
        return self.tree.selected_id()

    def select(self, role_id: str | None) -> None:
        """Select a role by id (None clears the selection)."""
        self.tree.select_id(role_id)

    def _verdict(self, role_id: str | None) -> RealtimeVerdict | AsyncVerdict | None:
        if self._analysis is None or role_id is None:
            return None
        for verdict in self._analysis.roles:
            if verdict.role.id == role_id:
                return verdict
        return None

    def _on_selection(self) -> None:
        self._update_buttons()
        self._show_details()
        self.roleSelected.emit(self.selected_id())

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _show_details(self) -> None:
        verdict = self._verdict(self.selected_id())
        self.apply_button.hide()
        self.demand_button.hide()
        if verdict is None or self._plan is None:
            if self._analysis is not None and self._analysis.roles:
                self.details.setHtml(
                    "<p>" + self.tr("Select a role to see its gaps on the chart.") + "</p>"
                )
            return
        self.details.setHtml(self._details_html(self._plan, verdict))

    def _details_html(self, plan: Plan, verdict: RealtimeVerdict | AsyncVerdict) -> str:
        from planner.analysis.overlap import RealtimeVerdict

        role = verdict.role
        client = plan.team(role.client)
        vendor = plan.team(role.vendor)
        text, colour = verdict_badge(verdict)
        from html import escape as esc  # a role's details only: not on the way to the start

        parts = [
            "<p>"
            + self.tr("<b>{role}</b>: {vendor} for {client}").format(
                role=esc(role.name), vendor=esc(vendor.name), client=esc(client.name)
            )
            + f" <span style='background:{colour};color:white;font-weight:bold'>&nbsp;{text}&nbsp;</span></p>",
            f"<p>{esc(verdict_figures(verdict))}</p>",
        ]
        if isinstance(verdict, RealtimeVerdict):
            suggestion = self.suggestion(role.id)
            parts.append(gaps_html(plan, verdict, self.clock24))
            self.demand_button.setText(
                self.tr("Contact Demand and Roster…")
                if role.demand
                else self.tr("Add Contact Demand…")
            )
            self.demand_button.show()
            if verdict.staffing is not None:
                parts.append(self._staffing_html(plan, verdict))
            parts.append(suggestion_html(plan, suggestion, self.clock24))
            if suggestion is not None and suggestion.hours is not None:
                self.apply_button.setText(
                    self.tr("Apply Suggested Hours to {vendor}").format(
                        vendor=literal_ampersands(vendor.name)
                    )
                )
                self.apply_button.show()
        else:
            below = verdict.days_below_minimum
            if below:
                heading = self.tr("<b>Days below {minimum}</b>:").format(
                    minimum=esc(_hours(role.min_overlap_minutes))
                )
                parts.append(f"<p>{heading}</p><ul>")
                for day in below[:MAX_LISTED]:
                    parts.append(f"<li>{day_text(day.day)}: {esc(_hours(day.minutes))}</li>")
                if len(below) > MAX_LISTED:
                    parts.append(more_item(len(below) - MAX_LISTED))
                parts.append("</ul>")
        return "".join(parts)

    def suggestion(self, role_id: str) -> Suggestion | None:
        """A real-time role's suggestion, checked over a year (None during a drag's preview)."""
        from planner.analysis.suggest import role_suggestion

        if self.live or self._plan is None or self._analysis is None:
            return None
        if role_id not in self._suggestions:
            analysis = self._analysis
            role = self._plan.role(role_id)
            self._suggestions[role_id] = role_suggestion(
                self._plan, role, analysis.range, analysis.times
            )
        return self._suggestions[role_id]

    def _staffing_html(self, plan: Plan, verdict: RealtimeVerdict) -> str:
        """Service level, agent-hours and the understaffed windows of a role with demand."""
        staffing = verdict.staffing
        assert staffing is not None
        from html import escape as esc  # a role's details only: not on the way to the start

        client = plan.team(verdict.role.client)
        demand = staffing.demand
        level = staffing.service_level_percent
        text = self.tr(
            "<b>Staffing</b> ({minutes}-minute intervals, target {target}, {handle} s handle "
            "time, {shrinkage}% shrinkage): service level <b>{level}</b>; agent-hours required "
            "{required}, scheduled {scheduled}"
        ).format(
            minutes=staffing.interval_minutes,
            target=esc(str(demand.service_level)),
            handle=f"{demand.handle_seconds:g}",
            shrinkage=f"{demand.shrinkage_percent:g}",
            level="-" if level is None else f"{level:g}%",
            required=f"{staffing.agent_hours_required:g}",
            scheduled=f"{staffing.agent_hours_scheduled:g}",
        )
        parts = [f"<p>{text}</p>"]
        if staffing.understaffed:
            heading = self.tr("<b>Understaffed</b> ({zone}):").format(zone=esc(client.zone))
            parts.append(f"<p>{heading}</p><ul>")
            for a, b in staffing.understaffed[:MAX_LISTED]:
                inside = [i for i in staffing.intervals if a <= i.start < b and i.understaffed]
                worst = max(inside, key=lambda i: i.required - i.scheduled)
                span = format_span(a, b, client.zone, self.clock24)
                line = self.tr("{span}: needs {required}, has {scheduled}").format(
                    span=esc(span), required=worst.required, scheduled=worst.scheduled
                )
                parts.append(f"<li>{line}</li>")
            if len(staffing.understaffed) > MAX_LISTED:
                parts.append(more_item(len(staffing.understaffed) - MAX_LISTED))
            parts.append("</ul>")
        return "".join(parts)

    def _edit(self) -> None:
        self.tree.emit_selected(self.editRequested)

    def _remove(self) -> None:
        self.tree.emit_selected(self.removeRequested)

    def _apply(self) -> None:
        self.tree.emit_selected(self.applySuggestion)
