"""Qt catalogues built from ``i18n-pending/<language>.json`` for the tests.

The editors, panels, meeting views and dialogs are extracted with ``pyside6-lupdate`` (as
the translation build does), every message is filled from the JSON list of its language,
and ``pyside6-lrelease`` compiles the catalogue. The English list holds the plural forms
only ("%n gap(s)" as "1 gap" and "5 gaps"), as the English catalogue of the app does.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
PENDING = ROOT / "i18n-pending"
SOURCES = (
    *sorted((ROOT / "ui" / "editors").glob("*.py")),
    *sorted((ROOT / "ui" / "panels").glob("*.py")),
    *sorted((ROOT / "ui" / "meetings").glob("*.py")),
    ROOT / "ui" / "publish_dialog.py",
    ROOT / "ui" / "dialogs.py",
    ROOT / "ui" / "validation.py",
)
Key = tuple[str, str, str]


def tool(name: str) -> str:
    """A PySide6 tool next to the running interpreter (the virtualenv's)."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    raise FileNotFoundError(f"{name} is not installed next to {sys.executable}")


def extract(language: str, folder: Path) -> Path:
    """The messages of the sources as ``pyside6-lupdate`` writes them for ``language``."""
    ts = folder / f"extracted_{language}.ts"
    subprocess.run(
        [tool("pyside6-lupdate"), *map(str, SOURCES), "-target-language", language, "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    return ts


def entries(language: str) -> dict[Key, dict[str, object]]:
    """The JSON entries of a language by (context, source, comment); duplicates fail."""
    listed = json.loads((PENDING / f"{language}.json").read_text(encoding="utf-8"))
    found: dict[Key, dict[str, object]] = {}
    for entry in listed:
        key = (str(entry["context"]), str(entry["source"]), str(entry["comment"]))
        assert key not in found, f"{language}.json lists {key} twice"
        found[key] = entry
    return found


def message_key(context: ET.Element, message: ET.Element) -> Key:
    """(context, source, comment) of a message of a .ts file."""
    return (
        context.findtext("name") or "",
        message.findtext("source") or "",
        message.findtext("comment") or "",
    )


def fill(ts: Path, language: str) -> Path:
    """The extracted .ts with every message the language's JSON translates, as finished."""
    listed = entries(language)
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            entry = listed.get(message_key(context, message))
            if entry is None:
                continue
            translation = message.find("translation")
            assert translation is not None
            translation.attrib.pop("type", None)
            text = entry["translation"]
            if isinstance(text, list):
                for form, value in zip(translation.iter("numerusform"), text, strict=True):
                    form.text = value
            else:
                translation.text = str(text)
    filled = ts.with_name(f"filled_{language}.ts")
    tree.write(filled, encoding="utf-8", xml_declaration=True)
    return filled


def compile_catalogue(language: str, folder: Path) -> Path:
    """The .qm of a language's pending translations."""
    filled = fill(extract(language, folder), language)
    qm = folder / f"pending_{language}.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), str(filled), "-qm", str(qm)], check=True, capture_output=True
    )
    return qm


@pytest.fixture(scope="session")
def pending_catalogues(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The compiled catalogues of English (plurals), Spanish and Arabic."""
    folder = tmp_path_factory.mktemp("pending_catalogues")
    return {language: compile_catalogue(language, folder) for language in ("en", "es", "ar")}


@contextmanager
def installed(qm: Path) -> Iterator[QTranslator]:
    """Install a catalogue on the application while the caller runs."""
    translator = QTranslator()
    assert translator.load(str(qm)), qm
    QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def english_plurals(qapp: object, pending_catalogues: dict[str, Path]) -> Iterator[QTranslator]:
    """English plural forms ("1 gap", "5 gaps") while a test runs."""
    with installed(pending_catalogues["en"]) as translator:
        yield translator
