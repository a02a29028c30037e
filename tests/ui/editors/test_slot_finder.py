"""The slot finder dialog (offscreen): ranked table, choice, rotation, kickoff, errors."""

from __future__ import annotations

from datetime import date, time
from importlib import resources

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from planner.plan.hours import WeekHours
from planner.plan.meeting import ByDay, Repeat
from planner.plan.model import Plan, Team
from planner.plan.reading import load_plan
from ui.editors.slot_finder import MODE_KICKOFF, SlotFinderDialog
from ui.editors.slot_results import SlotChoice
from ui.meetings.rows import clock_text

# Plural texts ("5 gaps", "1 gap") come from the English catalogue.
pytestmark = pytest.mark.usefixtures("english_plurals")


@pytest.fixture(scope="module")
def acme() -> Plan:
    path = resources.files("resources.examples").joinpath("newyork-manila-kyiv.toml")
    return load_plan(str(path)).plan


def no_overlap() -> Plan:
    hours = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    return Plan(
        teams=(Team("ldn", "client", "UTC", hours), Team("tyo", "vendor", "Asia/Tokyo", hours))
    )


TUESDAYS = Repeat("weekly", byday=(ByDay(1),))


def row(dialog: SlotFinderDialog, index: int) -> list[str]:
    table = dialog.table
    return [table.item(index, c).text() for c in range(table.columnCount())]


def headers(dialog: SlotFinderDialog) -> list[str]:
    table = dialog.table
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]


def test_ranked_table_for_a_weekly_meeting(qtbot, acme):
    dialog = SlotFinderDialog(
        acme,
        teams=("hq", "kyiv"),
        duration=30,
        repeat=TUESDAYS,
        first=date(2027, 1, 4),
        last=date(2027, 12, 31),
        today=date(2027, 1, 1),
    )
    qtbot.addWidget(dialog)
    assert dialog.status.text() == (
        "11 start times keep everyone inside working hours on every occurrence (weekly on Tuesday)."
    )
    assert headers(dialog) == [
        "#",
        "Start (America/New_York)",
        "Acme HQ (New York) (America/New_York)",
        "Kyiv SEO agency (Europe/Kyiv)",
        "Score",
        "Fits",
        "Breaks on",
        "Skipped",
    ]
    assert dialog.table.rowCount() == 11
    assert row(dialog, 0) == [
        "1",
        "10:00",
        "10:00  core 51",
        "17:00 / 16:00  core 51",
        "100.0",
        "51 / 51",
        "",
        "2027-11-02",
    ]
    assert "skipped (hq 2027-11-02: Election Day)" in dialog.table.item(0, 0).toolTip()
    assert dialog.rotation_box.isHidden()
    assert not dialog.use_button.isEnabled()
    assert not dialog.copy_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.copy_button.isEnabled()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == (
        "Tue 5 Jan 10:00 Acme HQ (New York) · 17:00 Kyiv SEO agency\n"
        "Acme HQ (New York): Tue 5 Jan 2027, 10:00-10:30 (America/New_York)\n"
        "Kyiv SEO agency: Tue 5 Jan 2027, 17:00-17:30 (Europe/Kyiv)"
    )


def test_choosing_a_row_returns_its_start_wall_time_and_zone(qtbot, acme):
    dialog = SlotFinderDialog(
        acme, teams=("hq", "kyiv"), repeat=TUESDAYS, first=date(2027, 1, 4), last=date(2027, 12, 31)
    )
    qtbot.addWidget(dialog)
    dialog.table.selectRow(1)
    assert dialog.use_button.isEnabled()
    dialog.use_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.chosen() == SlotChoice(
        "America/New_York", date(2027, 1, 5), time(10, 15), ("hq", "kyiv"), 30, TUESDAYS
    )


def test_cancel_chooses_nothing(qtbot, acme):
    dialog = SlotFinderDialog(acme, repeat=TUESDAYS, first=date(2027, 1, 4), last=date(2027, 3, 31))
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    dialog.reject()
    assert dialog.chosen() is None


def test_one_off_rows_carry_the_date(qtbot, acme):
    dialog = SlotFinderDialog(
        acme,
        teams=("hq", "mnl", "kyiv"),
        duration=60,
        first=date(2027, 3, 15),
        last=date(2027, 3, 19),
    )
    qtbot.addWidget(dialog)
    assert row(dialog, 0)[:6] == [
        "1",
        "Mon 2027-03-15 10:00",
        "10:00  core",
        "22:00  core",
        "16:00  core",
        "100.0",
    ]
    assert row(dialog, 0)[6] == "yes"
    dialog.table.selectRow(0)
    dialog.accept()
    assert dialog.chosen() == SlotChoice(
        "America/New_York", date(2027, 3, 15), time(10), ("hq", "mnl", "kyiv"), 60, None
    )


def test_no_fit_shows_the_least_bad_and_a_rotation(qtbot):
    dialog = SlotFinderDialog(
        no_overlap(),
        duration=60,
        repeat=Repeat("weekly", byday=(ByDay(2),)),
        first=date(2027, 1, 4),
        last=date(2027, 3, 14),
    )
    qtbot.addWidget(dialog)
    assert dialog.status.text().startswith(
        "No start time keeps everyone inside working hours on every occurrence"
    )
    assert row(dialog, 0)[:6] == [
        "1",
        "07:00",
        "07:00  early/late 10",
        "16:00  edge 10",
        "35.0",
        "0 / 10",
    ]
    assert not dialog.rotation_box.isHidden()
    assert dialog.rotation_text.text() == (
        "Alternate week by week: A: 07:00 UTC from Wed 2027-01-06; B: 09:00 UTC from Wed 2027-01-13."
    )
    tally = [
        [dialog.tally.item(r, c).text() for c in range(3)] for r in range(dialog.tally.rowCount())
    ]
    assert tally == [["ldn", "5 of 10", "10 of 10"], ["tyo", "5 of 10", "0 of 10"]]
    dialog.use_rotation.setChecked(True)
    assert dialog.use_button.isEnabled()
    dialog.accept()
    choice = dialog.chosen()
    assert choice is not None and choice.rotation is not None
    a, b = choice.rotation
    assert [(m.id, m.start_date, m.start_time, m.repeat.interval) for m in (a, b)] == [
        ("rotation-a", date(2027, 1, 6), time(7), 2),
        ("rotation-b", date(2027, 1, 13), time(9), 2),
    ]


def test_kickoff_mode_puts_the_first_good_slot_first(qtbot, acme):
    dialog = SlotFinderDialog(
        acme, teams=("hq", "mnl", "kyiv"), duration=60, first=date(2027, 7, 2)
    )
    qtbot.addWidget(dialog)
    dialog.mode.setCurrentIndex(dialog.mode.findData(MODE_KICKOFF))
    dialog.days.setValue(3)
    with qtbot.waitSignal(dialog.searched, timeout=5000):
        dialog.search_button.click()
    assert (
        dialog.status.text()
        == "First good slot: Fri 2027-07-02 10:00 (Fri 2027-07-02 to Wed 2027-07-07)."
    )
    assert [row(dialog, r)[1] for r in range(dialog.table.rowCount())] == [
        "Fri 2027-07-02 10:00",
        "Tue 2027-07-06 10:00",
        "Wed 2027-07-07 10:00",
    ]
    assert not dialog.repeat.isEnabled() and dialog.days.isEnabled()
    dialog.table.selectRow(0)
    dialog.accept()
    assert dialog.chosen().start_date == date(2027, 7, 2) and dialog.chosen().repeat is None


def test_problems_show_in_the_status_line(qtbot, acme):
    dialog = SlotFinderDialog(
        acme, teams=("hq", "kyiv"), first=date(2027, 3, 1), last=date(2027, 3, 5)
    )
    qtbot.addWidget(dialog)
    dialog.teams.item(2).setCheckState(Qt.CheckState.Unchecked)  # kyiv
    dialog.run_search()
    assert dialog.status.text() == "a meeting needs two or more teams: give them as --teams A,B"
    assert dialog.table.rowCount() == 0
    assert not dialog.use_button.isEnabled()
    dialog.teams.item(2).setCheckState(Qt.CheckState.Checked)
    dialog.last.setDate(dialog.first.date().addDays(-1))
    dialog.run_search()
    assert dialog.status.text() == "the range ends before it starts: pick an earlier From date"


def test_twelve_hour_clock(qtbot, acme):
    assert clock_text("00:15", False) == "12:15 AM"
    assert clock_text("12:00", False) == "12:00 PM"
    assert clock_text("23:45-1", False) == "11:45 PM -1"
    assert clock_text("09:30+1", True) == "09:30 +1"
    dialog = SlotFinderDialog(
        acme,
        teams=("hq", "mnl"),
        repeat=TUESDAYS,
        first=date(2027, 3, 1),
        last=date(2027, 3, 31),
        clock24=False,
    )
    qtbot.addWidget(dialog)
    # Tuesday 9 March is a holiday in the Philippines (Eid al-Fitr, estimated): skipped.
    assert row(dialog, 0)[1:] == [
        "10:00 AM",
        "10:00 AM  core 4",
        "11:00 PM / 10:00 PM  core 4",
        "100.0",
        "4 / 4",
        "",
        "2027-03-09",
    ]


def test_a_series_that_ended_before_the_range(qtbot, acme):
    ended = Repeat("weekly", byday=(ByDay(1),), until=date(2027, 2, 1))
    dialog = SlotFinderDialog(
        acme, teams=("hq", "kyiv"), repeat=ended, first=date(2027, 3, 1), last=date(2027, 3, 31)
    )
    qtbot.addWidget(dialog)
    assert (
        dialog.status.text()
        == "The meeting (weekly on Tuesday) has no occurrence in this range: widen the range."
    )
    assert dialog.table.rowCount() == 0 and not dialog.use_button.isEnabled()
