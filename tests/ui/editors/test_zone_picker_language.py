# ruff: noqa: RUF001  (Arabic-Indic digits are the point of these texts)
"""The zone picker's hits in the GUI's language: words, country and zone names, digits.

The command line's hits stay English (tests/planner/cli/test_zones_cli.py); the picker
shows the same hit in Spanish or Arabic from the app's catalogues and the CLDR names
that packaging/build_places.py ships in resources/places/names.tsv.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from planner.time.places.search import search_places
from tests.ui.conftest import FIXED_NOW
from ui.editors.zone_hits import hit_text
from ui.editors.zone_picker import ZonePicker
from ui.i18n.language import apply_language

QUERIES = ["Bangalore", "IST", "Germany", "Karnataka", "Pacific Time", "UTC", "Kiev", "NYC"]


def shown(picker: ZonePicker, query: str) -> list[str]:
    picker.search.setText(query)
    picker.search_now()
    return [picker.results.item(i).text() for i in range(picker.results.count())]


def test_in_english_the_picker_shows_the_command_lines_text(qtbot: QtBot) -> None:
    picker = ZonePicker("UTC", now=lambda: FIXED_NOW)
    qtbot.addWidget(picker)
    for query in QUERIES:
        hits = search_places(query, FIXED_NOW, limit=100)
        assert shown(picker, query) == [hit.label for hit in hits], query


def test_in_spanish_the_hits_speak_spanish(qtbot: QtBot, qapp: object) -> None:
    apply_language("es", QLocale("es_ES"))
    picker = ZonePicker("UTC", now=lambda: FIXED_NOW)
    qtbot.addWidget(picker)
    assert shown(picker, "Bengaluru")[0] == (
        "Bengaluru, Karnataka, India — Asia/Kolkata (UTC+05:30, sin horario de verano)"
    )
    assert shown(picker, "Germany")[0] == (
        "Alemania — Europe/Berlin, hora de Europa central "
        "(CET, ahora UTC+01:00, con horario de verano)"
    )
    assert shown(picker, "Kiev")[0] == (
        "Kyiv (Kiev), Ucrania — Europe/Kyiv (ahora UTC+02:00, con horario de verano)"
    )
    assert shown(picker, "IST")[0] == (
        "India — Asia/Kolkata, hora estándar de la India (IST, UTC+05:30, sin horario de verano)"
    )
    picker.set_zone("Asia/Manila")
    assert picker.chosen.text() == "Elegida: <b>Asia/Manila</b> (ahora UTC+08:00)"


def test_in_arabic_the_hits_speak_arabic_with_its_digits(qtbot: QtBot, qapp: object) -> None:
    apply_language("ar", QLocale("ar_EG"))
    picker = ZonePicker("UTC", now=lambda: FIXED_NOW)
    qtbot.addWidget(picker)
    assert shown(picker, "Bengaluru")[0] == (
        "Bengaluru، Karnataka، الهند — Asia/Kolkata (UTC+٠٥:٣٠، بلا توقيت صيفي)"
    )
    assert shown(picker, "IST")[0] == (
        "الهند — Asia/Kolkata، توقيت الهند (IST، UTC+٠٥:٣٠، بلا توقيت صيفي)"
    )
    assert shown(picker, "Kiev")[0] == (
        "Kyiv (Kiev)، أوكرانيا — Europe/Kyiv (UTC+٠٢:٠٠ حاليًا، يطبّق التوقيت الصيفي)"
    )
    assert picker.results.item(0).toolTip() == picker.results.item(0).text()
    picker.set_zone("Asia/Manila")
    assert picker.chosen.text() == "المختارة: <b>Asia/Manila</b> (الآن UTC+٠٨:٠٠)"


@pytest.mark.parametrize("language", ["es", "ar"])
def test_every_country_of_a_hit_has_its_name_in_the_language(language: str, qapp: object) -> None:
    from planner.time.places.local_names import local_names

    apply_language(language, QLocale(language))
    names = local_names(language)
    hits = search_places("", FIXED_NOW, limit=None)
    for hit in hits:
        if hit.country_code:
            assert hit.country_code in names.countries, hit
            assert names.countries[hit.country_code] in hit_text(hit)


def test_the_place_names_are_built_for_every_language_the_gui_ships() -> None:
    import importlib.util
    from pathlib import Path

    from ui.i18n.language import LANGUAGES, SOURCE_LANGUAGE

    path = Path(__file__).parents[3] / "packaging" / "build_places.py"
    spec = importlib.util.spec_from_file_location("build_places", path)
    assert spec and spec.loader
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert set(script.GUI_LANGUAGES) == set(LANGUAGES) - {SOURCE_LANGUAGE}
