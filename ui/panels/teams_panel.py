"""The Teams panel: every team with its side, zone and hours; add, edit, remove, reorder."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHeaderView,
    QToolButton,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ui.panels.deferred import DeferredPanel
from ui.panels.id_tree import ID_ROLE, IdTree, button_row, tool_button
from ui.plain import plain_tip

if TYPE_CHECKING:
    from planner.plan.hours import WeekHours
    from planner.plan.model import Plan, Team


DAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _short_day(key: str) -> str:
    """``mon`` as the GUI's language writes the weekday short (``Mon`` in the C locale)."""
    return QLocale().dayName(DAY_KEYS.index(key) + 1, QLocale.FormatType.ShortFormat)


def _left_to_right(text: str) -> str:
    """A shift read left to right in a right-to-left window too.

    After Arabic words the digits of ``09:00-17:00`` count as Arabic numbers and the dash
    turns the range around (``17:00-09:00``); a left-to-right mark before it keeps it.
    """
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return "\u200e" + text
    return text


def hours_summary(hours: WeekHours, clock24: bool) -> str:
    """A week in a few words: ``Mon-Fri 21:00-06:00; Sat 09:00-13:00``."""
    from planner.chart.labels import format_shift
    from planner.plan.hours import parse_day_key

    parts = []
    for key in hours.to_mapping():
        shifts = hours.on(parse_day_key(key)[0])
        days = (
            QCoreApplication.translate("TeamsPanel", "Daily")
            if key == "daily"
            else "-".join(_short_day(k) for k in key.split("-"))
        )
        times = ", ".join(_left_to_right(format_shift(s, clock24)) for s in shifts)
        parts.append(f"{days} {times}")
    return "; ".join(parts) or QCoreApplication.translate("TeamsPanel", "no working hours")


class TeamsPanel(DeferredPanel):
    """Lists the plan's teams; asks the main window to add, edit, remove or move them."""

    addRequested = Signal()
    editRequested = Signal(str)
    removeRequested = Signal(str)
    moveRequested = Signal(str, int)
    teamSelected = Signal(object)

    tree: IdTree
    add_button: QToolButton
    edit_button: QToolButton
    remove_button: QToolButton
    up_button: QToolButton
    down_button: QToolButton

    def _make(self) -> None:
        """Make the list and its buttons."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.tree = IdTree(
            self.tr("Teams"), [self.tr("Team"), self.tr("Side"), self.tr("Zone"), self.tr("Hours")]
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.fill_lazily(self._fill_hours)
        layout.addWidget(self.tree)
        self.add_button = tool_button(self.tr("Add…"), self.tr("Add a team (Ctrl+Shift+T)"))
        self.edit_button = tool_button(self.tr("Edit…"), self.tr("Edit the selected team (Enter)"))
        self.remove_button = tool_button(
            self.tr("Remove"), self.tr("Remove the selected team (Delete)")
        )
        self.up_button = tool_button("↑", self.tr("Move the team up in the chart"))
        self.down_button = tool_button("↓", self.tr("Move the team down in the chart"))
        layout.addLayout(
            button_row(
                (self.add_button, self.edit_button, self.remove_button),
                (self.up_button, self.down_button),
            )
        )
        self.add_button.clicked.connect(self.addRequested)
        self.edit_button.clicked.connect(self._edit)
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.tree.itemActivated.connect(lambda _item, _column: self._edit())
        self.tree.itemSelectionChanged.connect(self._on_selection)
        self.tree.on_delete_key(self._remove)
        self._update_buttons()

    def set_plan(self, plan: Plan) -> None:
        """Show the plan's teams, keeping the selection."""
        self._plan = plan
        if not self._built:
            return
        selected = self.selected_id()
        self.tree.blockSignals(True)
        self.tree.clear()
        self.tree.add_all_pending([self._item(team) for team in plan.teams])
        self.tree.fill_visible()
        self.tree.blockSignals(False)
        self.select(selected)
        self._update_buttons()

    def _item(self, team: Team) -> QTreeWidgetItem:
        tip = self.tr("{name} ({id})").format(name=team.name, id=team.id)
        if team.holidays:
            tip += self.tr(", holidays {code}").format(code=team.holidays)
        if team.days_off:
            tip += self.tr(", %n day(s) off", "", len(team.days_off))
        side = self.tr("vendor") if team.side == "vendor" else self.tr("client")
        # The hours are put in words when the row comes into view.
        item = QTreeWidgetItem([team.name, side, team.zone, "\u2026"])
        item.setData(0, ID_ROLE, team.id)
        item.setToolTip(0, plain_tip(tip))
        return item

    def _fill_hours(self, item: QTreeWidgetItem) -> None:
        assert self._plan is not None
        team = self._plan.team(str(item.data(0, ID_ROLE)))
        item.setText(3, hours_summary(team.hours, self.clock24))
        item.setToolTip(3, plain_tip(item.text(3)))

    def selected_id(self) -> str | None:
        """The selected team's id."""
        return self.tree.selected_id() if self._built else None

    def select(self, team_id: str | None) -> None:
        """Select a team by id (None clears the selection)."""
        self.build()
        self.tree.select_id(team_id)

    def _on_selection(self) -> None:
        self._update_buttons()
        self.teamSelected.emit(self.selected_id())

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        for button in (self.edit_button, self.remove_button, self.up_button, self.down_button):
            button.setEnabled(chosen)

    def _edit(self) -> None:
        self.tree.emit_selected(self.editRequested)

    def _remove(self) -> None:
        self.tree.emit_selected(self.removeRequested)

    def _move(self, offset: int) -> None:
        team_id = self.selected_id()
        if team_id is not None:
            self.moveRequested.emit(team_id, offset)
