"""The Roles panel: each role's verdict as a pass/fail badge, its figures, gaps and suggestion.

Selecting a role highlights its pair and gaps on the chart; "Apply suggested hours" turns
a real-time role's suggested vendor shift into an undoable edit of the vendor's hours.
"""

from __future__ import annotations

import html
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
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

from ui.panels.id_tree import ID_ROLE, IdTree, button_row, tool_button
from ui.panels.teams_panel import hours_summary
from ui.plain import literal_ampersands, plain_label, plain_tip

if TYPE_CHECKING:
    from planner.analysis.overlap import Analysis, AsyncVerdict, RealtimeVerdict
    from planner.plan.model import Plan

PASS_COLOUR = "#009e73"  # Okabe-Ito bluish green
FAIL_COLOUR = "#d55e00"  # Okabe-Ito vermilion
NEUTRAL_COLOUR = "#7f7f7f"
RANGES = (("week", "Week shown"), ("month", "Month shown"), ("year", "Year shown"))
MAX_LISTED = 40


def verdict_badge(verdict: RealtimeVerdict | AsyncVerdict) -> tuple[str, str]:
    """(text, colour) of a verdict's badge: PASS, FAIL, or N/A without client hours."""
    from planner.analysis.overlap import RealtimeVerdict

    if isinstance(verdict, RealtimeVerdict) and verdict.coverage_percent is None:
        return "N/A", NEUTRAL_COLOUR
    if not isinstance(verdict, RealtimeVerdict) and not verdict.daily_overlap and verdict.reachable:
        return "N/A", NEUTRAL_COLOUR
    return ("✔ PASS", PASS_COLOUR) if verdict.meets else ("✖ FAIL", FAIL_COLOUR)


def _hours(minutes: int) -> str:
    from planner.chart.labels import format_duration

    return format_duration(minutes)


def verdict_figures(verdict: RealtimeVerdict | AsyncVerdict) -> str:
    """The verdict's key figures in one line."""
    from planner.analysis.overlap import RealtimeVerdict

    role = verdict.role
    if isinstance(verdict, RealtimeVerdict):
        if verdict.coverage_percent is None:
            return "no client working time in this range"
        gaps = len(verdict.gaps)
        gap_text = "no gaps" if not gaps else f"{gaps} gap{'s' if gaps != 1 else ''}"
        return (
            f"coverage {verdict.coverage_percent:g}% (needs {role.min_coverage_percent:g}%), "
            f"{gap_text}"
        )
    if not verdict.reachable or verdict.max_wait_minutes is None:
        wait = "vendor not reachable within 14 days"
    else:
        wait = f"longest wait {_hours(verdict.max_wait_minutes)} (max {role.max_reply_hours:g} h)"
    low = verdict.min_daily_overlap_minutes
    if low is None:
        return f"no client working days in this range, {wait}"
    return (
        f"daily overlap at least {_hours(low)} (needs {_hours(role.min_overlap_minutes)}), {wait}"
    )


def format_span(start: int, end: int, zone: str, clock24: bool) -> str:
    """An interval of instants as local wall time: ``Mon 2027-03-15 09:00 to 10:00``."""
    from datetime import timedelta

    from planner.chart.labels import format_minute
    from planner.time.zones import load_zone

    info = load_zone(zone)
    first = datetime.fromtimestamp(start, tz=info)
    last = datetime.fromtimestamp(end, tz=info)
    head = f"{first:%a %Y-%m-%d} {format_minute(first.hour * 60 + first.minute, clock24)}"
    if last.date() == first.date():
        tail = format_minute(last.hour * 60 + last.minute, clock24)
    elif last.date() == first.date() + timedelta(days=1) and last.hour == last.minute == 0:
        tail = format_minute(24 * 60, clock24)
    else:
        tail = f"{last:%a %Y-%m-%d} {format_minute(last.hour * 60 + last.minute, clock24)}"
    return f"{head} to {tail}"


class RolesPanel(QWidget):
    """Role verdicts for the analysed range, with details of the selected role."""

    roleSelected = Signal(object)
    rangeChanged = Signal(str)
    addRequested = Signal()
    editRequested = Signal(str)
    removeRequested = Signal(str)
    applySuggestion = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock24 = True
        self._plan: Plan | None = None
        self._analysis: Analysis | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        top.addWidget(QLabel("Verdicts for the"))
        self.range = QComboBox()
        self.range.setAccessibleName("Analysed range")
        for value, text in RANGES:
            self.range.addItem(text, value)
        top.addWidget(self.range)
        top.addStretch(1)
        layout.addLayout(top)
        self.range_label = plain_label()
        self.range_label.setWordWrap(True)
        layout.addWidget(self.range_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.tree = IdTree("Roles", ["Role", "Verdict"])
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
        self.details.setAccessibleName("Role details")
        self.details.setOpenLinks(False)
        details_layout.addWidget(self.details)
        self.apply_button = QPushButton("Apply Suggested Hours")
        self.apply_button.setToolTip(
            "Set the vendor's weekly hours to the suggested shift (undoable)"
        )
        self.apply_button.hide()
        details_layout.addWidget(self.apply_button)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.add_button = tool_button("Add…", "Add a role")
        self.edit_button = tool_button("Edit…", "Edit the selected role (Enter)")
        self.remove_button = tool_button("Remove", "Remove the selected role (Delete)")
        layout.addLayout(button_row((self.add_button, self.edit_button, self.remove_button)))
        self.add_button.clicked.connect(self.addRequested)
        self.edit_button.clicked.connect(self._edit)
        self.remove_button.clicked.connect(self._remove)
        self.apply_button.clicked.connect(self._apply)
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
        """Show the verdicts of ``analysis``, keeping the selection."""
        self._plan = plan
        self._analysis = analysis
        span = analysis.range
        self.range_label.setText(
            f"{span.first:%a %Y-%m-%d} to {span.last:%a %Y-%m-%d} ({span.zone})"
        )
        selected = self.selected_id()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        self.tree.blockSignals(True)
        self.tree.clear()
        for verdict in analysis.roles:
            role = verdict.role
            text, colour = verdict_badge(verdict)
            figures = verdict_figures(verdict)
            kind = "real-time" if role.kind == "realtime" else "async"
            item = QTreeWidgetItem([f"{role.name}\n{kind}: {figures}", f" {text} "])
            item.setData(0, ID_ROLE, role.id)
            item.setToolTip(0, plain_tip(f"{role.name} ({role.client} → {role.vendor}): {figures}"))
            item.setBackground(1, QBrush(QColor(colour)))
            item.setForeground(1, QBrush(QColor("white")))
            item.setFont(1, bold)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignCenter)
            self.tree.addTopLevelItem(item)
        self.tree.blockSignals(False)
        if not analysis.roles:
            self.details.setHtml(
                "<p>No roles yet. A <b>real-time</b> role checks that a vendor covers every hour the "
                "client works; an <b>async</b> role checks daily overlap and reply wait.</p>"
            )
        self.select(selected)
        if self.selected_id() is None:
            self._show_details()
        self._update_buttons()

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
        if verdict is None or self._plan is None:
            if self._analysis is not None and self._analysis.roles:
                self.details.setHtml("<p>Select a role to see its gaps on the chart.</p>")
            return
        self.details.setHtml(self._details_html(self._plan, verdict))

    def _details_html(self, plan: Plan, verdict: RealtimeVerdict | AsyncVerdict) -> str:
        from planner.analysis.overlap import RealtimeVerdict

        role = verdict.role
        client = plan.team(role.client)
        vendor = plan.team(role.vendor)
        text, colour = verdict_badge(verdict)
        esc = html.escape
        parts = [
            f"<p><b>{esc(role.name)}</b>: {esc(vendor.name)} for {esc(client.name)} "
            f"<span style='background:{colour};color:white;font-weight:bold'>&nbsp;{text}&nbsp;</span></p>",
            f"<p>{esc(verdict_figures(verdict))}</p>",
        ]
        if isinstance(verdict, RealtimeVerdict):
            if verdict.gaps:
                parts.append(f"<p><b>Uncovered client time</b> ({esc(client.zone)}):</p><ul>")
                for gap in verdict.gaps[:MAX_LISTED]:
                    minutes = (gap.end - gap.start) // 60
                    span = format_span(gap.start, gap.end, client.zone, self.clock24)
                    parts.append(f"<li>{esc(span)} ({esc(_hours(minutes))})</li>")
                if len(verdict.gaps) > MAX_LISTED:
                    parts.append(f"<li>… and {len(verdict.gaps) - MAX_LISTED} more</li>")
                parts.append("</ul>")
            suggestion = hours_summary(verdict.suggested_hours, self.clock24)
            parts.append(
                f"<p><b>Suggested vendor hours</b> ({esc(vendor.zone)} local time): "
                f"{esc(suggestion)}</p>"
            )
            if (
                not verdict.meets
                and not verdict.suggested_hours.is_empty
                and verdict.suggested_hours != vendor.hours
            ):
                self.apply_button.setText(
                    f"Apply Suggested Hours to {literal_ampersands(vendor.name)}"
                )
                self.apply_button.show()
        else:
            below = verdict.days_below_minimum
            if below:
                parts.append(
                    f"<p><b>Days below {esc(_hours(role.min_overlap_minutes))}</b>:</p><ul>"
                )
                for day in below[:MAX_LISTED]:
                    parts.append(f"<li>{day.day:%a %Y-%m-%d}: {esc(_hours(day.minutes))}</li>")
                if len(below) > MAX_LISTED:
                    parts.append(f"<li>… and {len(below) - MAX_LISTED} more</li>")
                parts.append("</ul>")
        return "".join(parts)

    def _edit(self) -> None:
        self.tree.emit_selected(self.editRequested)

    def _remove(self) -> None:
        self.tree.emit_selected(self.removeRequested)

    def _apply(self) -> None:
        self.tree.emit_selected(self.applySuggestion)
