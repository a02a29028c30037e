"""The pending Spanish and Arabic translations of the editors, panels, meeting views and dialogs.

Every message ``pyside6-lupdate`` extracts has exactly one translation (the plural forms
its language has), no translation is stale, placeholders and accelerators survive, and a
catalogue built from them turns the dialogs Spanish at run time (the contexts are right).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from planner.plan.hours import WeekHours
from planner.plan.model import Plan, Team
from tests.ui.pending_catalogue import entries, extract, installed, message_key
from ui.dialogs import ProblemsDialog
from ui.editors.repeat_editor import RepeatEditor
from ui.editors.role_editor import RoleEditor
from ui.editors.team_editor import TeamEditor
from ui.meetings.dates import day_text
from ui.panels.roles_panel import RoleVerdicts
from ui.panels.teams_panel import hours_summary
from ui.publish_dialog import PublishDialog

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
HOURS = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
PLAN = Plan(
    teams=(
        Team("nyc", "client", "America/New_York", HOURS, "New York"),
        Team("mnl", "vendor", "Asia/Manila", HOURS, "Manila"),
    )
)


def extracted(language: str, folder: Path) -> dict[tuple[str, str, str], ET.Element]:
    """Each message lupdate extracts, by (context, source, comment)."""
    root = ET.parse(extract(language, folder)).getroot()
    found = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            key = message_key(context, message)
            assert key not in found, f"{key} extracted twice"
            found[key] = message
    return found


@pytest.mark.parametrize(("language", "forms"), [("es", 2), ("ar", 6)])
def test_every_message_has_one_translation(tmp_path: Path, language: str, forms: int) -> None:
    messages = extracted(language, tmp_path)
    listed = entries(language)
    assert sorted(set(messages) - set(listed)) == []  # untranslated
    assert sorted(set(listed) - set(messages)) == []  # stale
    plurals = 0
    for key, message in messages.items():
        entry = listed[key]
        source = key[1]
        numerus = message.get("numerus") == "yes"
        assert entry["plural"] is numerus, key
        texts = entry["translation"]
        if numerus:
            plurals += 1
            assert isinstance(texts, list) and len(texts) == forms, key
            assert len(message.findall("translation/numerusform")) == forms
        else:
            assert isinstance(texts, str) and texts, key
            texts = [texts]
        for text in texts:
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), key
            assert text.count("&") == source.count("&"), key
            assert text.count("\n") == source.count("\n"), key
    assert (len(messages), plurals) == (419, 12)


def test_english_lists_the_plural_forms_only(tmp_path: Path) -> None:
    plurals = {k for k, m in extracted("en", tmp_path).items() if m.get("numerus") == "yes"}
    listed = entries("en")
    assert set(listed) == plurals
    assert all(len(e["translation"]) == 2 for e in listed.values())  # type: ignore[arg-type]


@pytest.fixture
def spanish(qapp: object, pending_catalogues: dict[str, Path]) -> Iterator[None]:
    """The Spanish catalogue and locale (as the app applies them) while a test runs."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    try:
        with installed(pending_catalogues["es"]):
            yield
    finally:
        QLocale.setDefault(before)


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


def test_arabic_plurals_take_all_six_forms(
    qapp: object, pending_catalogues: dict[str, Path]
) -> None:
    with installed(pending_catalogues["ar"]):
        verdicts = RoleVerdicts()
        assert [verdicts.gaps(n) for n in (0, 1, 2, 3, 11, 100)] == [
            "0 فجوة",
            "فجوة واحدة",
            "فجوتان",
            "3 فجوات",
            "11 فجوة",
            "100 فجوة",
        ]
