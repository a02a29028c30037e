"""The committed catalogues: current, complete, and true to their English."""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.ui.i18n.sources import translations_tool

PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%[0-9]")
PLURAL_FORMS = {"en": 2, "es": 2, "ar": 6}  # Arabic: zero, one, two, few, many, other


def test_committed_ts_and_qm_are_what_make_translations_gives() -> None:
    """A message added to ui/ and not extracted, or a .qm not compiled, fails here."""
    assert translations_tool().stale() == []


@pytest.mark.parametrize("code", ["en", "es", "ar"])
def test_every_message_is_translated(code: str) -> None:
    tool = translations_tool()
    assert [(m["context"], m["source"]) for m in tool.untranslated(code)] == []
    total = len(tool.messages(code))
    assert total >= (5 if code == "en" else 200)  # English holds only the plural forms


@pytest.mark.parametrize("code", ["en", "es", "ar"])
def test_plurals_have_every_form_of_the_language(code: str) -> None:
    plurals = [m for m in translations_tool().messages(code) if m["plural"]]
    assert plurals, "the status bar's counts are plurals"
    for message in plurals:
        forms = message["translation"]
        assert isinstance(forms, list) and len(forms) == PLURAL_FORMS[code], message
        assert all(forms), message
        assert "%n" in forms[-1] or "%Ln" in forms[-1], message  # the count is shown


@pytest.mark.parametrize("code", ["es", "ar"])
def test_translations_keep_placeholders_and_one_accelerator(code: str) -> None:
    problems = []
    for message in translations_tool().messages(code):
        source = str(message["source"])
        texts = message["translation"]
        for text in texts if isinstance(texts, list) else [texts]:
            assert isinstance(text, str)
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"placeholders: {source!r} -> {text!r}")
            if source.count("&") == 1 and "&&" not in source and text.count("&") != 1:
                problems.append(f"accelerator: {source!r} -> {text!r}")
            if source.endswith("…") != text.endswith("…"):
                problems.append(f"ellipsis: {source!r} -> {text!r}")
    assert problems == []


def test_accelerators_of_each_menu_differ() -> None:
    """Within a top-level menu bar, Spanish and Arabic letters do not clash."""
    top = ["&File", "&Edit", "&View", "&Help"]
    for code in ("es", "ar"):
        found = {m["source"]: m["translation"] for m in translations_tool().messages(code)}
        keys = [str(found[name]).split("&")[1][0].casefold() for name in top]
        assert len(set(keys)) == len(keys), (code, keys)


def test_untranslated_json_round_trips_through_fill(tmp_path: Path) -> None:
    """The JSON of ``untranslated --json`` is what ``fill`` takes (the translators' format)."""
    tool = translations_tool()
    for code in tool.LANGUAGES:
        shutil.copy(tool.ts_path(code), tool.ts_path(code, tmp_path))
    path = tool.ts_path("es", tmp_path)
    tree = ET.parse(path)
    for translation in tree.getroot().iter("translation"):
        translation.set("type", "unfinished")
    tree.write(path, encoding="utf-8")
    left = json.loads(json.dumps(tool.untranslated("es", tmp_path), ensure_ascii=False))
    assert {tuple(sorted(entry)) for entry in left} == {
        ("comment", "context", "done", "plural", "source", "translation")
    }
    answers = [dict(entry, translation=entry["translation"]) for entry in left]
    answers.append(
        {"context": "Gone", "source": "no such message", "comment": "", "translation": "x"}
    )
    assert tool.fill("es", answers, tmp_path) == (len(left), 1)
    assert tool.untranslated("es", tmp_path) == []
    assert tool.messages("es", tmp_path) == tool.messages("es")


def test_plurals_are_found_whatever_the_count_is() -> None:
    """lupdate misses a plural whose count is a name or a call; the tool's AST reader does not."""
    import ast

    tool = translations_tool()
    source = (
        "from ui.i18n import translate\n"
        "class Panel:\n"
        "    def f(self, items):\n"
        "        translate('Ctx', '%n item(s)', '', len(items))\n"
        "        translate('Ctx', 'Plain {x}').format(x=1)\n"
        "        self.tr('Own %n', 'a comment', n)\n"
        "        translate('Ctx', 'Not a plural', None, -1)\n"
    )
    found = [message for _, message in tool.calls_in(ast.parse(source))]
    assert found == [
        ("Ctx", "%n item(s)", "", True),
        ("Ctx", "Plain {x}", "", False),
        ("Panel", "Own %n", "a comment", True),
        ("Ctx", "Not a plural", "", False),
    ]


def test_the_check_fails_on_a_message_not_extracted(monkeypatch: pytest.MonkeyPatch) -> None:
    tool = translations_tool()
    found = tool.source_messages()
    monkeypatch.setattr(
        tool, "source_messages", lambda: sorted([*found, ("MainWindow", "A new text", "", False)])
    )
    assert tool.stale() == [
        "resources/translations/overlap_planner_es.ts",
        "resources/translations/overlap_planner_ar.ts",
    ]
