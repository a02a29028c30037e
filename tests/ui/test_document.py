"""The open plan: undoable edits, modified state, saving, autosave files, settings."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot

from planner.plan.edits import remove_role
from planner.plan.reading import load_plan
from tests.ui.conftest import example_text
from ui.autosave import Autosave, find_recoverable
from ui.document import Document
from ui.settings import Settings


def test_edits_are_undo_steps_and_drive_the_modified_state(qtbot: QtBot, plan_file: Path) -> None:
    document = Document.open(plan_file)
    original = document.plan
    seen: list[object] = []
    modified: list[bool] = []
    document.planChanged.connect(seen.append)
    document.modifiedChanged.connect(modified.append)
    assert not document.edit(original, "nothing")
    assert document.undo_stack.count() == 0
    edited = remove_role(original, "seo")
    assert document.edit(edited, 'Remove role "seo"')
    assert document.plan == edited
    assert document.modified
    assert seen == [edited]
    assert modified == [True]
    document.undo_stack.undo()
    assert document.plan == original
    assert not document.modified
    assert modified == [True, False]
    document.undo_stack.redo()
    assert document.plan == edited
    assert document.undo_stack.undoText() == 'Remove role "seo"'


def test_save_keeps_comments_and_a_backup_and_can_move_the_file(
    qtbot: QtBot, plan_file: Path, tmp_path: Path
) -> None:
    document = Document.open(plan_file)
    paths: list[object] = []
    document.pathChanged.connect(paths.append)
    document.edit(replace(document.plan, title="Acme 2027"), "Edit plan properties")
    document.save()
    text = plan_file.read_text(encoding="utf-8")
    assert text == example_text().replace(
        'title = "Acme: Manila support desk and Kyiv SEO agency"', 'title = "Acme 2027"'
    )
    assert (plan_file.parent / "acme.toml.bak").read_text(encoding="utf-8") == example_text()
    assert not document.modified
    assert paths == []
    moved = tmp_path / "moved.toml"
    document.save(moved)
    assert paths == [moved]
    assert document.display_name == "moved.toml"
    assert load_plan(moved).plan == document.plan


def test_new_and_restored_documents(qtbot: QtBot) -> None:
    new = Document.new()
    assert (new.display_name, new.path, new.modified, new.plan.teams) == (
        "Untitled",
        None,
        False,
        (),
    )
    restored = Document.from_text(
        example_text(), "acme.toml", Path("/somewhere/acme.toml"), modified=True
    )
    assert restored.modified
    assert restored.display_name == "acme.toml"
    assert restored.path == Path("/somewhere/acme.toml")
    example = Document.from_text(example_text(), "newyork-manila-kyiv (example)")
    assert (example.display_name, example.path, example.modified) == (
        "newyork-manila-kyiv (example)",
        None,
        False,
    )


def test_autosave_writes_only_unsaved_changes_and_cleans_up(
    qtbot: QtBot, plan_file: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "autosave"
    document = Document.open(plan_file)
    autosave = Autosave(folder, interval_ms=60_000)
    autosave.attach(document)
    assert not autosave.save_now()
    assert not folder.exists()
    document.edit(remove_role(document.plan, "seo"), "Remove role")
    assert autosave.save_now()
    assert not autosave.save_now()  # nothing new since
    assert autosave.plan_file.read_text(encoding="utf-8") == document.text()
    note = json.loads((folder / f"{autosave.session}.json").read_text(encoding="utf-8"))
    assert (note["name"], note["path"]) == ("acme.toml", str(plan_file))
    assert (folder / f"{autosave.session}.lock").exists()
    document.save()
    assert sorted(folder.iterdir()) == []
    document.edit(remove_role(document.plan, "support"), "Remove role")
    assert autosave.save_now()
    autosave.abandon()
    [found] = find_recoverable(folder)
    assert found.read() == document.text()
    found.discard()
    assert find_recoverable(folder) == []


def test_settings_round_trip(tmp_path: Path) -> None:
    settings = Settings.at(tmp_path / "s.ini")
    assert (settings.clock24(), settings.view(), settings.recent_files(), settings.last_file()) == (
        True,
        "week",
        [],
        None,
    )
    for index in range(12):
        settings.add_recent_file(str(tmp_path / f"p{index}.toml"))
    recent = settings.recent_files()
    assert len(recent) == 10
    assert recent[0] == str(tmp_path / "p11.toml")
    assert settings.last_file() == str(tmp_path / "p11.toml")
    settings.add_recent_file(str(tmp_path / "p5.toml"))
    assert settings.recent_files()[:2] == [str(tmp_path / "p5.toml"), str(tmp_path / "p11.toml")]
    settings.set_reference_zone("/a.toml", "Asia/Manila")
    settings.set_reference_zone(None, "UTC")
    settings.set_clock24(False)
    settings.set_view("day")
    settings.sync()
    again = Settings.at(tmp_path / "s.ini")
    assert again.reference_zone("/a.toml") == "Asia/Manila"
    assert again.reference_zone(None) == "UTC"
    assert again.reference_zone("/b.toml") is None
    assert (again.clock24(), again.view()) == (False, "day")
    again.set_reference_zone("/a.toml", None)
    assert again.reference_zone("/a.toml") is None
    again.clear_recent_files()
    assert again.recent_files() == []
