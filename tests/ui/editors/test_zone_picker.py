"""The zone picker: type a place, see the hits, pick one; the team gets the zone and the city."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner.plan.reading import load_plan
from planner.time.places.search import search_places
from tests.ui.conftest import FIXED_NOW
from ui.editors.team_editor import TeamEditor
from ui.editors.zone_picker import CITY_ROLE, ZONE_ROLE, ZonePicker

EXAMPLE = Path(__file__).parents[3] / "resources" / "examples" / "newyork-manila-kyiv.toml"


@pytest.fixture
def plan():
    return load_plan(EXAMPLE).plan


def shown(picker: ZonePicker) -> list[str]:
    return [picker.results.item(i).text() for i in range(picker.results.count())]


def test_the_picker_searches_as_you_type(qtbot: QtBot) -> None:
    picker = ZonePicker("UTC", now=lambda: FIXED_NOW)
    qtbot.addWidget(picker)
    picker.search.clear()
    qtbot.keyClicks(picker.search, "Bangalore")
    qtbot.waitUntil(lambda: picker.results.count() > 0 and "Bengaluru" in shown(picker)[0])
    assert shown(picker) == [h.label for h in search_places("Bangalore", FIXED_NOW, limit=100)]
    assert shown(picker)[0] == (
        "Bengaluru (Bangalore), Karnataka, India — Asia/Kolkata (UTC+05:30, no daylight saving)"
    )
    assert picker.zone() == "UTC"  # nothing is chosen before a pick


def test_picking_a_city_chooses_its_zone_and_city(qtbot: QtBot) -> None:
    picker = ZonePicker("UTC", now=lambda: FIXED_NOW)
    qtbot.addWidget(picker)
    changes: list[str] = []
    picker.zoneChanged.connect(changes.append)
    picker.search.clear()
    qtbot.keyClicks(picker.search, "Cebu, Philippines")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert (picker.zone(), picker.city()) == ("Asia/Manila", "Cebu City")
    assert changes == ["Asia/Manila"]
    assert picker.chosen.text() == "Chosen: <b>Asia/Manila</b> — Cebu City (now UTC+08:00)"


def test_arrows_move_through_the_hits_and_an_abbreviation_lists_every_zone(qtbot: QtBot) -> None:
    picker = ZonePicker("UTC", now=lambda: FIXED_NOW)
    qtbot.addWidget(picker)
    picker.search.clear()
    qtbot.keyClicks(picker.search, "IST")
    picker.search_now()
    zones = [picker.results.item(i).data(ZONE_ROLE) for i in range(3)]
    assert zones == ["Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"]
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert (picker.zone(), picker.city()) == ("Europe/Dublin", None)
    assert picker.results.item(1).data(CITY_ROLE) == ""


def test_a_zone_id_typed_in_full_is_chosen_old_names_too(qtbot: QtBot) -> None:
    picker = ZonePicker("UTC", now=lambda: FIXED_NOW)
    qtbot.addWidget(picker)
    picker.search.clear()
    qtbot.keyClicks(picker.search, "asia/calcutta")
    picker.search_now()
    assert (picker.zone(), picker.problem()) == ("Asia/Kolkata", None)


def test_the_team_editor_saves_the_picked_city_and_zone(qtbot: QtBot, plan) -> None:
    editor = TeamEditor(plan, plan.team("mnl"), now=lambda: FIXED_NOW)
    qtbot.addWidget(editor)
    editor.zone.search.clear()
    qtbot.keyClicks(editor.zone.search, "Gurgaon")
    qtbot.waitUntil(lambda: "Gurgaon" in editor.zone.results.item(0).text())
    assert editor.zone.results.item(0).text().startswith("Gurugram (Gurgaon), Haryana, India")
    qtbot.keyClick(editor.zone.search, Qt.Key.Key_Return)
    assert editor.validate().ok
    editor.accept()
    team = editor.result_plan.team("mnl")
    assert (team.zone, team.city) == ("Asia/Kolkata", "Gurugram")
    again = TeamEditor(editor.result_plan, team, now=lambda: FIXED_NOW)
    qtbot.addWidget(again)
    assert (again.zone.zone(), again.zone.city(), again.zone.search.text()) == (
        "Asia/Kolkata",
        "Gurugram",
        "Gurugram",
    )
    assert again.zone.results.currentItem().data(CITY_ROLE) == "Gurugram"


def test_an_unknown_zone_typed_is_marked_on_the_field_with_the_reason(qtbot: QtBot, plan) -> None:
    editor = TeamEditor(plan, plan.team("mnl"), now=lambda: FIXED_NOW)
    qtbot.addWidget(editor)
    assert editor.validate().ok
    editor.zone.search.clear()
    qtbot.keyClicks(editor.zone.search, "Europe/Kiev2")
    report = editor.validate()
    assert report.problems == {
        "zone": 'unknown time zone "Europe/Kiev2" (did you mean "Europe/Kiev"?)'
    }
    assert editor.marks.label("zone").text() == report.problems["zone"]
    assert editor.marks.widget("zone").property("invalid")
    editor.accept()
    assert editor.result_plan is None
    editor.zone.search.clear()
    qtbot.keyClicks(editor.zone.search, "Europe/Kyiv")
    assert editor.validate().ok
