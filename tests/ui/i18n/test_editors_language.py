"""The editors, panels, meeting views and dialogs in Spanish and Arabic, from the catalogues.

The app's catalogues (``resources/translations``) applied as at start: the texts, the
plural forms (six in Arabic) and the dates of the editors and dialogs come out translated,
so their contexts are the ones the extraction found.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from planner.plan.hours import WeekHours
from planner.plan.model import Plan, Team
from ui.dialogs import ProblemsDialog
from ui.editors.holiday_picker import HolidayPicker
from ui.editors.repeat_editor import RepeatEditor
from ui.editors.role_editor import RoleEditor
from ui.editors.team_editor import TeamEditor
from ui.i18n.language import apply_language
from ui.meetings.dates import day_text
from ui.panels.roles_panel import RoleVerdicts
from ui.panels.teams_panel import hours_summary
from ui.publish_dialog import PublishDialog

HOURS = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
PLAN = Plan(
    teams=(
        Team("nyc", "client", "America/New_York", HOURS, "New York"),
        Team("mnl", "vendor", "Asia/Manila", HOURS, "Manila"),
    )
)


@pytest.fixture
def spanish(qapp: object) -> None:
    """Spanish and Spain's locale, as the app applies them (the next test gets English)."""
    apply_language("es", QLocale("es_ES"))


@pytest.mark.usefixtures("spanish")
def test_the_editors_speak_spanish(qtbot: QtBot) -> None:
    team = TeamEditor(PLAN)
    qtbot.addWidget(team)
    assert team.windowTitle() == "Añadir equipo"
    assert [team.side.itemText(i) for i in range(2)] == [
        "Proveedor (trabaja para el cliente)",
        "Cliente",
    ]
    assert team.hours.presets.text() == "Predefinidos"
    assert team.days_off.add_button.text() == "Añadir"
    assert team.name.text() == "Nuevo equipo"

    role = RoleEditor(PLAN)
    qtbot.addWidget(role)
    assert role.windowTitle() == "Añadir rol"
    assert role.kind.itemText(1) == (
        "Asíncrono: algo de solapamiento para novedades y una espera de respuesta acotada "
        "(SEO, desarrollo)"
    )
    assert role.reply_within.specialValueText() == "sin objetivo"
    labels = {w.text() for w in role.findChildren(QLabel)}
    assert {"&Nombre:", "&Proveedor:", "C&obertura mínima:"} <= labels

    repeat = RepeatEditor()
    qtbot.addWidget(repeat)
    assert repeat.title() == "Repetición"
    assert [repeat.freq.itemText(i) for i in range(4)] == [
        "No se repite",
        "Cada día",
        "Cada semana",
        "Cada mes",
    ]
    assert repeat.days[0].text() == "lun"


@pytest.mark.usefixtures("spanish")
def test_the_dialogs_and_plurals_speak_spanish(qtbot: QtBot) -> None:
    problems = ProblemsDialog(None, "Problemas", "Un problema:", ["plan.toml:1: ..."])
    qtbot.addWidget(problems)
    assert "Copiar" in {button.text() for button in problems.findChildren(QPushButton)}
    publish = PublishDialog(PLAN, None, keyring_lookup=lambda service, key: None)
    qtbot.addWidget(publish)
    assert publish.windowTitle() == "Publicar en un calendario CalDAV"
    assert publish.publish_button.text() == "&Publicar"
    assert publish.status.placeholderText() == (
        "Se enviarán 0 reuniones; al publicar de nuevo se actualizan."
    )
    verdicts = RoleVerdicts()
    assert [verdicts.gaps(n) for n in (1, 5)] == ["1 hueco", "5 huecos"]
    assert hours_summary(HOURS, True) == "lun-vie 09:00-17:00"
    assert day_text(date(2027, 1, 5)) == "mar 2027-01-05"


def test_arabic_plurals_take_all_six_forms(qapp: object) -> None:
    apply_language("ar", QLocale("ar_EG"))
    verdicts = RoleVerdicts()
    assert [verdicts.gaps(n) for n in (0, 1, 2, 3, 11, 100)] == [
        "0 فجوة",
        "فجوة واحدة",
        "فجوتان",
        "3 فجوات",
        "11 فجوة",
        "100 فجوة",
    ]


@pytest.mark.usefixtures("spanish")
def test_the_holiday_picker_names_countries_in_spanish_in_spanish_order(qtbot: QtBot) -> None:
    picker = HolidayPicker("DE")
    qtbot.addWidget(picker)
    assert picker.country.currentText() == "Alemania (DE)"
    names = [picker.country.itemText(i) for i in range(1, picker.country.count())]
    assert "Estados Unidos (US)" in names
    assert "United States (US)" not in names
    # Spanish order: "Irán" between "Irak" and "Irlanda" (code points put "á" after "l").
    assert names.index("Irak (IQ)") < names.index("Irán (IR)") < names.index("Irlanda (IE)")
    picker.set_code("ES-MD")
    assert picker.code() == "ES-MD"


def test_the_holiday_picker_names_countries_in_arabic(qtbot: QtBot, qapp: object) -> None:
    apply_language("ar", QLocale("ar_EG"))
    picker = HolidayPicker("PH")
    qtbot.addWidget(picker)
    assert picker.country.currentText() == "الفلبين (PH)"
    assert picker.code() == "PH"
