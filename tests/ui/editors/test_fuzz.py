"""No input, however wrong, crashes an editor: every problem becomes a marked field."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from planner.plan.reading import load_plan
from tests.ui.conftest import FIXED_NOW
from ui.editors.meeting_editor import MeetingEditor
from ui.editors.team_editor import TeamEditor

OK = QDialogButtonBox.StandardButton.Ok
EXAMPLE = Path(__file__).parents[3] / "resources" / "examples" / "newyork-manila-kyiv.toml"
PLAN = load_plan(EXAMPLE).plan
QUICK = settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])

clock = st.integers(0, 25).map(lambda h: f"{h:02d}") | st.sampled_from(["9", "24", "x", ""])
shift_text = st.builds(lambda a, b, c, d: f"{a}:{b}-{c}:{d}", clock, clock, clock, clock)
day_text = st.lists(shift_text | st.text(max_size=12), max_size=3).map(", ".join)


@QUICK
@given(
    days=st.lists(day_text, min_size=7, max_size=7),
    ident=st.text(max_size=12),
    name=st.text(max_size=20),
    zone=st.sampled_from(["", "Asia/Manila", "asia/manila", "Mars/Base", "UTC", "IST"])
    | st.text(max_size=10),
    holidays=st.sampled_from(["", "Philippines (PH)", "PH", "Narnia"]) | st.text(max_size=6),
    side=st.sampled_from(["client", "vendor"]),
)
def test_any_typing_in_the_team_editor_gives_a_report(
    qtbot: QtBot, days: list[str], ident: str, name: str, zone: str, holidays: str, side: str
) -> None:
    editor = TeamEditor(PLAN, PLAN.team("mnl"), now=lambda: FIXED_NOW)
    qtbot.addWidget(editor)
    for field, text in zip(editor.hours.fields, days, strict=True):
        field.setText(text)
    editor.id.setText(ident)
    editor.name.setText(name)
    editor.side.setCurrentIndex(editor.side.findData(side))
    editor.zone.search.setText(zone)
    editor.zone.search_now()
    editor.holidays.country.setEditText(holidays)
    report = editor.validate()
    assert report.ok == (editor.result_plan is not None)
    assert editor.buttons.button(OK).isEnabled() == report.ok
    assert all(message for _, message in report)
    editor.accept()
    if report.ok:
        assert editor.result_team is not None
        assert editor.result_plan.team(editor.result_team.id) == editor.result_team


@QUICK
@given(
    freq=st.sampled_from(["", "daily", "weekly", "monthly"]),
    interval=st.integers(1, 99),
    days=st.sets(st.integers(0, 6)),
    ordinal=st.integers(0, 4),
    weekday=st.integers(0, 6),
    end=st.sampled_from(["never", "until", "count"]),
    until=st.dates(date(2020, 1, 1), date(2035, 12, 31)),
    count=st.integers(1, 9999),
    start=st.dates(date(2020, 1, 1), date(2035, 12, 31)),
    at=st.times(),
    duration=st.integers(1, 1440),
    teams=st.sets(st.integers(0, 2)),
)
def test_any_repeat_rule_in_the_meeting_editor_gives_a_report(
    qtbot: QtBot,
    freq: str,
    interval: int,
    days: set[int],
    ordinal: int,
    weekday: int,
    end: str,
    until: date,
    count: int,
    start: date,
    at: time,
    duration: int,
    teams: set[int],
) -> None:
    editor = MeetingEditor(PLAN, PLAN.meeting("kyiv-weekly"))
    qtbot.addWidget(editor)
    repeat = editor.repeat
    repeat.freq.setCurrentIndex(repeat.freq.findData(freq))
    repeat.interval.setValue(interval)
    for index, box in enumerate(repeat.days):
        box.setChecked(index in days)
    repeat.ordinal.setCurrentIndex(ordinal)
    repeat.month_day.setCurrentIndex(weekday)
    repeat.end_kind.setCurrentIndex(repeat.end_kind.findData(end))
    repeat.until.setDate(QDate(until.year, until.month, until.day))
    repeat.count.setValue(count)
    editor.start_date.setDate(QDate(start.year, start.month, start.day))
    editor.start_time.setTime(QTime(at.hour, at.minute))
    editor.duration.setValue(duration)
    for index in range(editor.teams.count()):
        state = Qt.CheckState.Checked if index in teams else Qt.CheckState.Unchecked
        editor.teams.item(index).setCheckState(state)
    report = editor.validate()
    assert report.ok == (editor.result_plan is not None)
    assert editor.buttons.button(OK).isEnabled() == report.ok
    if report.ok:
        meeting = editor.result_meeting
        assert meeting is not None
        assert meeting.start_date == start
        assert len(meeting.teams) == len(teams) >= 2
