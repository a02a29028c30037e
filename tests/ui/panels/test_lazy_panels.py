"""Panels of a large plan fill only the rows in view, and each row as it comes into view."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from planner.plan.hours import WeekHours
from planner.plan.meeting import ByDay, Meeting, Repeat
from planner.plan.model import Plan, Team
from ui.meetings.rows import series_occurrences, series_summary
from ui.panels.id_tree import PENDING_ROLE, IdTree
from ui.panels.meetings_panel import MeetingsPanel
from ui.panels.teams_panel import TeamsPanel, hours_summary

HOURS = (
    {"mon-fri": ["09:00-17:00"]},
    {"mon-fri": ["21:00-06:00"]},
    {"sun-thu": ["08:00-16:00"]},
    {"mon-sat": ["07:00-15:00"], "sun": ["10:00-12:00"]},
)


@pytest.fixture(scope="module")
def large() -> Plan:
    """80 teams and 60 weekly meetings."""
    teams = tuple(
        Team(
            f"t{i:02d}",
            "client" if i % 4 == 0 else "vendor",
            ("Europe/London", "Asia/Manila", "America/Bogota")[i % 3],
            WeekHours.parse(HOURS[i % len(HOURS)]),  # type: ignore[arg-type]
            name=f"Team {i:02d}",
        )
        for i in range(80)
    )
    meetings = tuple(
        Meeting(
            f"m{i:02d}",
            f"Sync {i:02d}",
            (f"t{(i * 4) % 80:02d}", f"t{(i * 4 + 1) % 80:02d}"),
            30,
            date(2027, 1, 4 + i % 5),
            time(8 + i % 9),
            repeat=Repeat("weekly", byday=(ByDay(i % 5),), until=date(2027, 12, 31)),
        )
        for i in range(60)
    )
    return Plan(teams=teams, meetings=meetings)


def pending(tree: IdTree) -> list[int]:
    """The rows not filled yet."""
    return [
        i for i in range(tree.topLevelItemCount()) if _item(tree, i).data(0, PENDING_ROLE) is True
    ]


def _item(tree: IdTree, index: int) -> QTreeWidgetItem:
    item = tree.topLevelItem(index)
    assert item is not None
    return item


def test_the_teams_panel_puts_hours_in_words_only_for_the_rows_in_view(
    qtbot: QtBot, large: Plan
) -> None:
    panel = TeamsPanel()
    qtbot.addWidget(panel)
    panel.resize(500, 300)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_plan(large)
    tree = panel.tree
    waiting = pending(tree)
    assert 0 < len(waiting) < 70 and waiting == list(range(80 - len(waiting), 80))
    for index in range(80 - len(waiting)):
        team = large.teams[index]
        assert _item(tree, index).text(3) == hours_summary(team.hours, True)
    assert _item(tree, 79).text(3) == "\u2026"
    tree.scrollToBottom()
    assert pending(tree)[-1] < 70
    assert _item(tree, 79).text(3) == hours_summary(large.teams[79].hours, True)
    panel.select("t50")  # selecting a row scrolls it into view: it is filled
    assert _item(tree, 50).text(3) == hours_summary(large.teams[50].hours, True)


def test_the_meetings_panel_summarises_the_first_year_of_the_meetings_in_view(
    qtbot: QtBot, large: Plan
) -> None:
    panel = MeetingsPanel()
    qtbot.addWidget(panel)
    panel.resize(700, 500)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_plan(large)
    tree = panel.tree
    waiting = pending(tree)
    assert 0 < len(waiting) < 55
    shown = 60 - len(waiting)
    for index in range(shown):
        expected = series_summary(series_occurrences(large, large.meetings[index]))
        assert _item(tree, index).text(1) == expected
    assert _item(tree, shown).text(1) == "\u2026"
    hidden = MeetingsPanel()  # never shown: nothing is worked out
    qtbot.addWidget(hidden)
    hidden.set_plan(large)
    assert len(pending(hidden.tree)) == 60


def test_rows_filled_together_still_size_their_columns_to_the_words(
    qtbot: QtBot, large: Plan
) -> None:
    panel = TeamsPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 300)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_plan(large)
    tree = panel.tree
    filled = [i for i in range(tree.topLevelItemCount()) if i not in pending(tree)]
    assert filled and all(_item(tree, i).text(3) != "\u2026" for i in filled)
    header = tree.header()
    metrics = tree.fontMetrics()
    widest = max(metrics.horizontalAdvance(_item(tree, i).text(3)) for i in filled)
    assert header.sectionSize(3) >= widest  # the column grew to the hours put in words
