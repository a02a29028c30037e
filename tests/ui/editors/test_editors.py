"""The editors: every problem is marked on its field with planner's reason; never a crash."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from planner.plan.hours import Shift, WeekHours
from planner.plan.meeting import ByDay, Repeat
from planner.plan.reading import load_plan
from tests.ui.conftest import FIXED_NOW
from ui.editors.holiday_picker import HolidayPicker
from ui.editors.hours_editor import HoursEditor
from ui.editors.meeting_editor import MeetingEditor
from ui.editors.role_editor import RoleEditor
from ui.editors.team_editor import TeamEditor
from ui.plain import plain_tip
from ui.window.properties import PropertiesDialog

OK = QDialogButtonBox.StandardButton.Ok
EXAMPLE = Path(__file__).parents[3] / "resources" / "examples" / "newyork-manila-kyiv.toml"


@pytest.fixture
def plan():
    return load_plan(EXAMPLE).plan


def team_editor(qtbot: QtBot, plan, team_id: str | None = None) -> TeamEditor:
    editor = TeamEditor(plan, plan.team(team_id) if team_id else None, now=lambda: FIXED_NOW)
    qtbot.addWidget(editor)
    return editor


def invalid(widget) -> bool:
    return bool(widget.property("invalid"))


def test_a_bad_shift_is_marked_on_its_day_with_the_reason(qtbot: QtBot, plan) -> None:
    editor = team_editor(qtbot, plan, "mnl")
    assert editor.validate().ok
    tuesday = editor.hours.fields[1]
    tuesday.clear()
    qtbot.keyClicks(tuesday, "21:00-25:00")
    report = editor.validate()
    message = '"25:00" is not a time of day (00:00 to 23:59, or 24:00 as an end)'
    assert report.problems == {"hours.tue": message}
    assert invalid(tuesday)
    assert not invalid(editor.hours.fields[0])
    assert editor.hours.messages[1].text() == message
    assert editor.hours.messages[1].isVisibleTo(editor)
    assert tuesday.toolTip() == plain_tip(message)  # escaped: shown as written
    assert not editor.buttons.button(OK).isEnabled()
    editor.accept()
    assert editor.result_plan is None
    tuesday.clear()
    qtbot.keyClicks(tuesday, "09:00-09:00")
    assert editor.validate().message("hours.tue") == (
        'shift "09:00-09:00" starts and ends at the same time: for a whole day write "00:00-24:00"'
    )
    tuesday.clear()
    qtbot.keyClicks(tuesday, "21:00-06:00")
    assert editor.validate().ok
    assert not invalid(tuesday)
    assert not editor.hours.messages[1].isVisibleTo(editor)
    assert editor.buttons.button(OK).isEnabled()


def test_id_zone_and_holidays_problems_are_marked_on_their_fields(qtbot: QtBot, plan) -> None:
    editor = team_editor(qtbot, plan)
    assert editor.id.text() == "new-team"
    assert editor.zone.zone() == "America/New_York"
    assert editor.validate().ok
    editor.id.clear()
    qtbot.keyClicks(editor.id, "hq")
    editor.zone.search.clear()
    qtbot.keyClicks(editor.zone.search, "Asia/Manilla")
    editor.zone.search_now()
    editor.holidays.country.setEditText("Narnia")
    report = editor.validate()
    assert sorted(report.problems) == ["holidays", "id", "zone"]
    assert report.problems["id"] == 'team id "hq" is already used: choose another id'
    assert (
        report.problems["zone"] == 'unknown time zone "Asia/Manilla" (did you mean "Asia/Manila"?)'
    )
    assert report.problems["holidays"].startswith('unknown holiday country "Narnia"')
    for name in ("id", "zone", "holidays"):
        assert invalid(editor.marks.widget(name))
        assert editor.marks.label(name).text() == report.problems[name]
    editor.id.clear()
    qtbot.keyClicks(editor.id, "Bad Id")
    assert editor.validate().message("id").startswith("team id 'Bad Id' is not valid")


def test_a_side_change_that_breaks_a_role_is_shown_for_the_whole_form(qtbot: QtBot, plan) -> None:
    editor = team_editor(qtbot, plan, "mnl")
    editor.side.setCurrentIndex(editor.side.findData("client"))
    report = editor.validate()
    assert report.problems == {
        "form": 'role "support": team "mnl" is a client, but vendor needs a vendor team'
    }
    assert editor.summary.text() == report.problems["form"]
    assert editor.summary.isVisibleTo(editor)
    assert not editor.buttons.button(OK).isEnabled()


def test_renaming_a_team_id_follows_its_references(qtbot: QtBot, plan) -> None:
    editor = team_editor(qtbot, plan, "mnl")
    editor.id.clear()
    qtbot.keyClicks(editor.id, "manila")
    editor.days_off.add(date(2027, 12, 24))
    editor.days_off.add(date(2027, 12, 24))
    editor.days_off.add(date(2027, 12, 31))
    editor.accept()
    result = editor.result_plan
    assert result is not None
    assert [t.id for t in result.teams] == ["hq", "manila", "kyiv"]
    assert result.role("support").vendor == "manila"
    assert result.meeting("support-review").teams == ("hq", "manila")
    assert result.team("manila").days_off == (date(2027, 12, 24), date(2027, 12, 31))
    assert editor.undo_text() == 'Edit team "Manila support desk"'


def test_hours_presets_copy_and_summaries(qtbot: QtBot) -> None:
    editor = HoursEditor()
    qtbot.addWidget(editor)
    editor.apply_preset("Sun-Thu 09:00-17:00")
    assert [f.text() for f in editor.fields] == ["09:00-17:00"] * 4 + ["", "", "09:00-17:00"]
    assert editor.hours() == WeekHours.parse({"sun-thu": ["09:00-17:00"]})
    editor.apply_preset("24/7")
    assert editor.hours() == WeekHours.parse({"daily": ["00:00-24:00"]})
    assert editor.summaries[0].text() == "24 h"
    editor.clear()
    qtbot.keyClicks(editor.fields[5], "22:30-07:00; 12:00-13:00")
    assert editor.summaries[5].text() == "9 h 30 min, ends Sun 07:00"
    editor.copy_day(5, (6, 0))
    assert editor.hours().days[6] == editor.hours().days[0] == (Shift(720, 780), Shift(1350, 420))
    assert editor.fields[6].text() == "12:00-13:00, 22:30-07:00"
    qtbot.keyClicks(editor.fields[1], "oops")
    editor.copy_day(1, (2,))
    assert editor.fields[2].text() == "oops"
    assert editor.hours() is None
    assert editor.preview._week[6] == (Shift(720, 780), Shift(1350, 420))


def test_the_holiday_picker_reads_back_country_and_subdivision(qtbot: QtBot) -> None:
    picker = HolidayPicker("US-NY")
    qtbot.addWidget(picker)
    assert picker.country.currentText() == "United States (US)"
    assert picker.subdivision.currentText() == "New York (NY)"
    assert picker.code() == "US-NY"
    picker.set_code("PH")
    assert picker.code() == "PH"
    assert not picker.subdivision.isEnabled()
    picker.set_code("GB-SCT")
    assert picker.subdivision.currentText() == "Scotland (SCT)"
    picker.subdivision.setCurrentIndex(0)
    assert picker.code() == "GB"
    picker.set_code(None)
    assert picker.code() is None


def meeting_editor(qtbot: QtBot, plan, meeting_id: str | None = None) -> MeetingEditor:
    editor = MeetingEditor(
        plan, plan.meeting(meeting_id) if meeting_id else None, today=date(2027, 3, 16)
    )
    qtbot.addWidget(editor)
    return editor


def test_a_new_weekly_meeting_with_every_field(qtbot: QtBot, plan) -> None:
    editor = meeting_editor(qtbot, plan)
    assert editor.checked_teams() == ("hq", "mnl")
    editor.title.clear()
    qtbot.keyClicks(editor.title, "Kyiv; planning, Q2")
    editor.title.insert(" ✅")  # QTest types ASCII only
    assert editor.title.text() == "Kyiv; planning, Q2 ✅"
    assert editor.id.text() == "kyiv-planning-q2"
    editor.teams.item(1).setCheckState(Qt.CheckState.Unchecked)
    editor.teams.item(2).setCheckState(Qt.CheckState.Checked)
    editor.duration.setValue(45)
    editor.start_date.setDate(QDate(2027, 3, 16))
    editor.start_time.setTime(QTime(10, 30))
    editor.repeat.freq.setCurrentIndex(editor.repeat.freq.findData("weekly"))
    editor.repeat.days[1].setChecked(True)
    editor.repeat.days[3].setChecked(True)
    editor.repeat.interval.setValue(2)
    editor.repeat.end_kind.setCurrentIndex(editor.repeat.end_kind.findData("count"))
    editor.repeat.count.setValue(6)
    editor.location.setText("Zoom")
    editor.reminder.setValue(15)
    editor.accept()
    meeting = editor.result_meeting
    assert meeting is not None
    assert (meeting.id, meeting.title, meeting.teams, meeting.duration_minutes) == (
        "kyiv-planning-q2",
        "Kyiv; planning, Q2 ✅",
        ("hq", "kyiv"),
        45,
    )
    assert (meeting.start_date, meeting.start_time, meeting.zone) == (
        date(2027, 3, 16),
        time(10, 30),
        None,
    )
    assert meeting.repeat == Repeat("weekly", 2, (ByDay(1), ByDay(3)), None, 6)
    assert (meeting.location, meeting.reminder_minutes, meeting.skip_holidays) == ("Zoom", 15, True)
    assert editor.result_plan.meetings[-1] == meeting
    assert editor.preview.text() == (
        "<b>Tue 2027-03-16 10:30</b>: OK: inside everyone's hours<br>"
        "Acme HQ (New York): Tue 10:30<br>Kyiv SEO agency: Tue 16:30"
    )


def test_meeting_problems_are_marked_start_teams_and_repeat(qtbot: QtBot, plan) -> None:
    editor = meeting_editor(qtbot, plan, "kyiv-weekly")
    assert editor.validate().ok
    assert editor.repeat.until.date().toPython() == date(2027, 12, 28)
    editor.start_date.setDate(QDate(2027, 1, 6))
    report = editor.validate()
    assert report.problems == {
        "start": "start 2027-01-06T10:00 (WE) is not an occurrence of repeat weekly on TU: set start "
        "to the first occurrence; the first occurrence is 2027-01-12T10:00"
    }
    assert invalid(editor.start_date)
    assert editor.preview.text() == "<i>Fix the marked fields to see the first occurrence.</i>"
    editor.start_date.setDate(QDate(2027, 1, 5))
    editor.teams.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert editor.validate().problems == {"teams": "tick two or more teams that take part"}
    editor.teams.item(0).setCheckState(Qt.CheckState.Checked)
    editor.repeat.freq.setCurrentIndex(editor.repeat.freq.findData("monthly"))
    editor.repeat.ordinal.setCurrentIndex(editor.repeat.ordinal.findData(1))
    editor.repeat.month_day.setCurrentIndex(1)
    editor.repeat.end_kind.setCurrentIndex(editor.repeat.end_kind.findData("until"))
    editor.repeat.until.setDate(QDate(2026, 12, 1))
    assert editor.validate().problems == {
        "start": "repeat until 2026-12-01 is before the start 2027-01-05"
    }
    editor.repeat.until.setDate(QDate(2027, 6, 30))
    editor.accept()
    assert editor.result_meeting.repeat == Repeat("monthly", 1, (ByDay(1, 1),), date(2027, 6, 30))
    assert editor.undo_text() == 'Edit meeting "SEO weekly status"'


def test_the_role_editor_switches_thresholds_with_the_kind(qtbot: QtBot, plan) -> None:
    editor = RoleEditor(plan)
    qtbot.addWidget(editor)
    assert editor.coverage.isEnabled() and not editor.overlap.isEnabled()
    editor.kind.setCurrentIndex(editor.kind.findData("async"))
    assert not editor.coverage.isEnabled() and editor.overlap.isEnabled()
    editor.vendor.setCurrentIndex(editor.vendor.findData("kyiv"))
    editor.overlap.setValue(120)
    editor.reply.setValue(48)
    editor.id.clear()
    qtbot.keyClicks(editor.id, "seo")
    assert editor.validate().problems == {"id": 'role id "seo" is already used: choose another id'}
    editor.id.clear()
    qtbot.keyClicks(editor.id, "content")
    editor.accept()
    role = editor.result_role
    assert (role.id, role.kind, role.client, role.vendor) == ("content", "async", "hq", "kyiv")
    assert (role.min_overlap_minutes, role.max_reply_hours) == (120, 48.0)


def test_plan_properties_refuse_an_unknown_zone(qtbot: QtBot, plan) -> None:
    dialog = PropertiesDialog(plan, None, lambda current: None)
    qtbot.addWidget(dialog)
    dialog.zone.setText("Europe/Kiev2")
    dialog.accept()
    assert dialog.result_plan is None
    assert dialog.message.text().startswith('unknown time zone "Europe/Kiev2"')
    dialog.zone.setText("Europe/London")
    dialog.title.setText("Renamed")
    dialog.accept()
    assert (dialog.result_plan.display_zone, dialog.result_plan.title) == (
        "Europe/London",
        "Renamed",
    )
