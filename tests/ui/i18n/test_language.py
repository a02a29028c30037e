# ruff: noqa: RUF001  (Arabic-Indic digits are the point of these texts)
"""The GUI's language: chosen at start (saved choice or the system's), its words, Qt's own
buttons, plurals, dates and numbers per locale, and View > Language."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox

from tests.ui.conftest import FakeDialogs, WindowFactory
from ui.app import start_language
from ui.i18n import formats, translate
from ui.i18n.language import (
    LANGUAGES,
    RIGHT_TO_LEFT,
    active_language,
    apply_language,
    language_of,
    resolve,
)
from ui.settings import Settings


@pytest.mark.parametrize(
    ("choice", "system", "expected"),
    [
        ("system", "es_MX", ("es", "es_MX")),  # the system's own Spanish: Mexican formats
        ("system", "ar_SA", ("ar", "ar_SA")),
        ("system", "de_DE", ("en", "en_DE")),  # not shipped: English, in Germany's formats
        ("system", "C", ("en", "C")),
        ("system", "en_GB", ("en", "en_GB")),
        ("ar", "en_GB", ("ar", "ar_EG")),  # the choice wins over the system
        ("es", "es_AR", ("es", "es_AR")),
        ("en", "es_ES", ("en", "en_ES")),
        ("klingon", "es_ES", ("es", "es_ES")),  # a broken setting: the system's
    ],
)
def test_resolve(choice: str, system: str, expected: tuple[str, str]) -> None:
    code, locale = resolve(choice, QLocale(system))
    assert (code, locale.name()) == expected


def test_language_of_takes_the_first_shipped_ui_language() -> None:
    assert [language_of(QLocale(n)) for n in ("es_CO", "ar_MA", "fr_FR")] == ["es", "ar", "en"]


def test_the_setting_defaults_to_the_system(settings: Settings) -> None:
    assert settings.language() == "system"
    settings.set_language("ar")
    assert settings.language() == "ar"


def test_start_applies_the_saved_language(settings: Settings, qapp: QApplication) -> None:
    settings.set_language("es")
    assert start_language(settings) == "es" == active_language()
    assert translate("MainWindow", "&File") == "&Archivo"
    assert QLocale().language() == QLocale.Language.Spanish
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    settings.set_language("ar")
    assert start_language(settings) == "ar"
    assert translate("MainWindow", "&File") == "&ملف"
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft


@pytest.mark.parametrize(
    ("code", "locale", "ok", "cancel"),
    [("es", "es_ES", "Aceptar", "Cancelar"), ("ar", "ar_EG", "حسنًا", "ألغِ")],
)
def test_qt_standard_buttons_speak_the_language(
    qapp: QApplication, code: str, locale: str, ok: str, cancel: str
) -> None:
    apply_language(code, QLocale(locale))
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    assert buttons.button(QDialogButtonBox.StandardButton.Ok).text().replace("&", "") == ok
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == cancel


def test_plurals_in_english_spanish_and_arabic(qapp: QApplication) -> None:
    counts = (0, 1, 2, 3, 11, 100)

    def teams() -> list[str]:
        return [translate("MainWindow", "%n team(s)", "", n) for n in counts]

    assert teams() == ["0 teams", "1 team", "2 teams", "3 teams", "11 teams", "100 teams"]
    apply_language("es", QLocale("es_ES"))
    assert teams() == [
        "0 equipos",
        "1 equipo",
        "2 equipos",
        "3 equipos",
        "11 equipos",
        "100 equipos",
    ]
    apply_language("ar", QLocale("ar_EG"))  # six forms: zero, one, two, few, many, other
    assert teams() == ["لا فرق", "فريق واحد", "فريقان", "٣ فرق", "١١ فريقًا", "١٠٠ فريق"]


def test_dates_times_and_numbers_follow_the_locale(qapp: QApplication) -> None:
    day = date(2027, 3, 15)

    def shown() -> tuple[str, ...]:
        return (
            formats.duration(495),
            formats.day_text(day),
            formats.wall_time(1290, True),
            formats.wall_time(1290, False),
            formats.percent(85.5),
        )

    assert shown() == ("8 h 15 min", "Mon 15 Mar 2027", "21:30", "9:30 PM", "85.5%")
    apply_language("es", QLocale("es_ES"))
    assert shown() == ("8 h 15 min", "lun 15 mar 2027", "21:30", "9:30 P.\u00a0M.", "85,5 %")
    apply_language("ar", QLocale("ar_EG"))
    assert shown() == ("٨ س ١٥ د", "الاثنين ١٥ مارس ٢٠٢٧", "٢١:٣٠", "٩:٣٠ م", "٨٥٫٥٪")


def test_the_window_in_spanish(make_window: WindowFactory, plan_file: Path) -> None:
    apply_language("es", QLocale("es_ES"))
    window = make_window(plan_file)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Archivo", "&Editar", "&Ver", "A&yuda"]
    assert window.summary_label.text() == "3 equipos · 2 funciones · 2 reuniones"
    assert window.teams_dock.windowTitle() == "Equipos"
    assert window.new_action.statusTip() == "Empezar un plan vacío"
    assert window.high_contrast_action.text() == "&Alto contraste"  # a mixin's texts
    assert window.chart_table_dock.windowTitle() == "Gráfico como tabla"
    assert window.roles_panel.findChild(QComboBox).itemText(0) == "Semana mostrada"


def test_view_language_saves_the_choice_for_the_next_start(
    make_window: WindowFactory, plan_file: Path, settings: Settings, dialogs: FakeDialogs
) -> None:
    window = make_window(plan_file)
    actions: dict[str, Any] = window.language_actions
    assert list(actions) == ["system", "en", "es", "ar"]
    assert [a.text() for a in actions.values()][1:] == ["English", "Español", "العربية"]
    assert actions["system"].isChecked()
    actions["ar"].trigger()
    assert settings.language() == "ar" and actions["ar"].isChecked()
    title, text = dialogs.last("info")
    assert title == "Language"
    assert text == (
        "Overlap Planner will be in العربية the next time it starts. Save your work, quit and "
        "start it again to switch now."
    )
    assert window.menuBar().actions()[0].text() == "&File"  # unchanged until the restart
    assert active_language() == "en"
    actions["system"].trigger()
    assert settings.language() == "system"
    assert "follow the system's language" in dialogs.last("info")[1]


def test_applying_a_language_sets_its_layout_direction(qapp: QApplication) -> None:
    try:
        apply_language("ar", QLocale("ar_EG"))
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        apply_language("es", QLocale("es_ES"))
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        apply_language("en", QLocale.c())


def test_the_right_to_left_table_agrees_with_the_locale_data() -> None:
    for code in LANGUAGES:
        direction = QLocale(code).textDirection()
        assert (code in RIGHT_TO_LEFT) == (direction == Qt.LayoutDirection.RightToLeft), code


def test_a_left_to_right_start_builds_none_of_qts_own_enums() -> None:
    """PySide6 builds all of Qt's own enums (Qt.Key, ...) the first time one is touched:
    40-60 ms that a left-to-right start must not pay before its first paint."""
    import subprocess
    import sys

    script = """
import enum
made = []
new = enum.EnumType.__new__
def record(metacls, cls, bases, classdict, **kw):
    made.append(cls)
    return new(metacls, cls, bases, classdict, **kw)
enum.EnumType.__new__ = record
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui.i18n.language import apply_language
apply_language("en", QLocale.system())
print("Key" in made, "LayoutDirection" in made)
"""
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=Path(__file__).resolve().parents[3],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.stdout.split() == ["False", "False"], done.stderr


def test_package_files_are_the_files_importlib_resources_names() -> None:
    from importlib import resources

    from ui.i18n.language import catalogue_path, package_file

    for code in LANGUAGES:
        expected = resources.files("resources.translations").joinpath(f"overlap_planner_{code}.qm")
        assert catalogue_path(code) == Path(str(expected)) and catalogue_path(code).is_file()
    icon = package_file("resources.icons", "overlap-planner-16.png")
    assert icon.read_bytes() == resources.files("resources.icons").joinpath(icon.name).read_bytes()
    # A name the folder lacks is left to importlib.resources (an archive's files).
    missing = package_file("resources.icons", "no-such-icon.png")
    assert missing == Path(str(resources.files("resources.icons").joinpath("no-such-icon.png")))
