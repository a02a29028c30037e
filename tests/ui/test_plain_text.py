"""Names and titles are shown as typed: markup in them never takes effect in any label or tooltip.

A plan whose every name, title and text is markup is opened in the main window, its panels,
editors, the slot finder and the publish dialog; then every label, tooltip, item tooltip and
action of every widget is inspected.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget, QTreeWidget, QWidget
from pytestqt.qtbot import QtBot

from planner.plan.meeting import ByDay, Repeat
from planner.plan.reading import load_plan
from tests.ui.conftest import FIXED_NOW, WindowFactory
from ui.editors.meeting_editor import MeetingEditor
from ui.editors.role_editor import RoleEditor
from ui.editors.slot_finder import SlotFinderDialog
from ui.editors.team_editor import TeamEditor
from ui.plain import plain_tip
from ui.publish_dialog import PublishDialog

MARK = '<b>x</b><img src="file:///etc/hostname">'
ESCAPED = "&lt;b&gt;x&lt;/b&gt;&lt;img"

PLAN = f"""\
format = 1
title = "{MARK.replace('"', "'")} plan"

[[team]]
id = "hq"
name = "{MARK.replace('"', "'")} HQ"
side = "client"
zone = "America/New_York"
hours = {{ "mon-fri" = ["09:00-17:00"] }}
holidays = "US"

[[team]]
id = "mnl"
name = "{MARK.replace('"', "'")} Manila"
side = "vendor"
zone = "Asia/Manila"
hours = {{ "mon-fri" = ["21:00-06:00"] }}

[[role]]
id = "support"
name = "{MARK.replace('"', "'")} support"
kind = "realtime"
client = "hq"
vendor = "mnl"

[[meeting]]
id = "weekly"
title = "{MARK.replace('"', "'")} weekly"
teams = ["hq", "mnl"]
duration_minutes = 30
zone = "America/New_York"
start = "2027-03-16T10:00"
repeat = {{ freq = "weekly", byday = ["TU"] }}
description = "{MARK.replace('"', "'")}"
location = "{MARK.replace('"', "'")}"
"""
RAW = MARK.replace('"', "'")[:8]  # "<b>x</b>": the user's markup, unescaped


def shows_rich(text: str, fmt: Qt.TextFormat) -> bool:
    return fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and QtGui.mightBeRichText(text)
    )


class Findings:
    """What the walk saw: user text in labels and tooltips, and any that would render."""

    def __init__(self) -> None:
        self.plain_labels = 0
        self.escaped_labels = 0
        self.escaped_tips = 0
        self.where: list[str] = []
        self.rendered: list[str] = []

    def label(self, label: QLabel) -> None:
        text = label.text()
        if RAW in text and shows_rich(text, label.textFormat()):
            self.rendered.append(
                f"label {label.objectName() or type(label.parent()).__name__}: {text}"
            )
        elif RAW in text:
            self.plain_labels += 1
        elif ESCAPED in text and shows_rich(text, label.textFormat()):
            self.escaped_labels += 1

    def tip(self, where: str, tip: str) -> None:
        if RAW in tip and (QtGui.mightBeRichText(tip) or "<img" in tip):
            self.rendered.append(f"tooltip of {where}: {tip}")
        elif ESCAPED in tip:
            assert QtGui.mightBeRichText(tip), tip  # escaped text is shown literally
            self.escaped_tips += 1
            self.where.append(where)

    def walk(self, widgets: list[QWidget]) -> None:
        for widget in widgets:
            if isinstance(widget, QLabel):
                self.label(widget)
            self.tip(type(widget).__name__, widget.toolTip())
            for action in widget.actions():
                self.tip(f"action {action.text()}", action.toolTip())
            if isinstance(widget, QTreeWidget):
                for index in range(widget.topLevelItemCount()):
                    item = widget.topLevelItem(index)
                    for column in range(widget.columnCount()):
                        self.tip(f"tree {widget.objectName()}", item.toolTip(column))
            if isinstance(widget, QTableWidget):
                for row in range(widget.rowCount()):
                    for column in range(widget.columnCount()):
                        item = widget.item(row, column)
                        if item is not None:
                            self.tip(f"table {widget.accessibleName()}", item.toolTip())


@pytest.fixture
def markup_plan(tmp_path: Path) -> Path:
    path = tmp_path / (MARK.replace("/", "_").replace('"', "") + ".toml")
    path.write_text(PLAN, encoding="utf-8")
    return path


def test_no_user_markup_takes_effect_anywhere(
    qtbot: QtBot, make_window: WindowFactory, markup_plan: Path
):
    window = make_window(markup_plan)
    window.set_view("week")
    plan = window.document.plan
    assert plan.team("hq").name.startswith(RAW)  # the markup really is in the plan
    window.teams_panel.tree.select_id("mnl")
    window.roles_panel.tree.select_id("support")
    window.meetings_panel.select("weekly")
    window.meetings_panel.tabs.setCurrentIndex(1)  # the clock changes: a heading with the title
    editors: list[QWidget] = [
        TeamEditor(plan, plan.team("mnl"), now=lambda: FIXED_NOW),
        RoleEditor(plan, plan.role("support")),
        MeetingEditor(plan, plan.meeting("weekly"), now=lambda: FIXED_NOW),
        SlotFinderDialog(
            plan,
            teams=("hq", "mnl"),
            duration=30,
            repeat=Repeat("weekly", byday=(ByDay(1),)),
            first=date(2027, 3, 1),
            last=date(2027, 3, 31),
            today=date(2027, 3, 1),
        ),
        PublishDialog(plan, str(markup_plan), confirm_insecure=lambda parent, host: False),
    ]
    for editor in editors:
        qtbot.addWidget(editor)
        editor.show()
    team_editor = editors[0]
    assert isinstance(team_editor, TeamEditor)
    team_editor.id.setText(MARK)  # problem messages that quote the markup
    team_editor.zone.search.setText(MARK)
    team_editor.zone.search_now()
    team_editor.validate()
    publish = editors[-1]
    assert isinstance(publish, PublishDialog)
    publish.url.setText(f"http://{MARK}/")
    publish.user.setText(MARK)
    publish.password.setText("pw")
    publish.publish_button.click()
    qtbot.wait(50)

    findings = Findings()
    findings.walk(QApplication.allWidgets())
    for action in window.findChildren(QAction):
        findings.tip(f"action {action.text()}", action.toolTip())
    assert findings.rendered == []
    # The walk saw the markup as text: labels in plain-text mode (the occurrences caption,
    # the clock-changes heading, the id's problem), the meeting editor's preview escaped,
    # and escaped tooltips on the teams, roles and meetings and on the field with a problem.
    assert findings.plain_labels >= 3, vars(findings)
    assert findings.escaped_labels >= 1, vars(findings)
    assert findings.escaped_tips >= 4, vars(findings)


def test_a_recent_file_with_markup_and_ampersands_is_shown_as_named(
    make_window: WindowFactory, markup_plan: Path, tmp_path: Path
):
    other = tmp_path / "R&D <img src=x> plan.toml"
    other.write_text(PLAN, encoding="utf-8")
    window = make_window(markup_plan)
    window.settings.add_recent_file(str(other))
    window._fill_recent_menu()
    (action,) = [a for a in window.recent_menu.actions() if "plan" in a.text()]
    assert action.text() == "&1 R&&D <img src=x> plan.toml"
    assert action.toolTip() == plain_tip(str(other))


def test_the_markup_plan_reads_back_as_typed(markup_plan: Path):
    plan = load_plan(markup_plan).plan
    assert plan.meeting("weekly").description == MARK.replace('"', "'")
