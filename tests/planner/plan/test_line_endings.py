"""A plan saved on Windows, edited elsewhere and back keeps its bytes but for the edit."""

from __future__ import annotations

from dataclasses import replace
from importlib import resources
from pathlib import Path

import pytest

from planner.plan.edits import remove_role
from planner.plan.model import Plan
from planner.plan.reading import load_plan
from planner.plan.writing import save_plan

BOM = b"\xef\xbb\xbf"
TITLE = b'title = "Acme: Manila support desk and Kyiv SEO agency"'


def example_bytes() -> bytes:
    source = resources.files("resources.examples").joinpath("newyork-manila-kyiv.toml")
    data = source.read_bytes()
    assert b"\r" not in data and TITLE in data
    return data


@pytest.mark.parametrize(
    ("bom", "newline"),
    [(b"", b"\r\n"), (BOM, b"\r\n"), (BOM, b"\n"), (b"", b"\n")],
    ids=["crlf", "bom-crlf", "bom-lf", "lf"],
)
def test_a_save_keeps_the_files_line_endings_and_bom(
    tmp_path: Path, bom: bytes, newline: bytes
) -> None:
    original = bom + example_bytes().replace(b"\n", newline)
    plan_file = tmp_path / "acme.overlap.toml"
    plan_file.write_bytes(original)

    document = load_plan(plan_file)
    saved = save_plan(document.plan, plan_file, document)
    assert plan_file.read_bytes() == original  # nothing changed: not one byte

    save_plan(replace(saved.plan, title="Acme 2027"), plan_file, saved)
    assert plan_file.read_bytes() == original.replace(TITLE, b'title = "Acme 2027"')
    assert (tmp_path / "acme.overlap.toml.bak").read_bytes() == original

    # A structural edit (a whole table goes) still writes one kind of line ending.
    again = load_plan(plan_file)
    save_plan(remove_role(again.plan, "seo"), plan_file, again)
    data = plan_file.read_bytes()
    assert data.startswith(bom + b"# ") and data.count(BOM) == len(bom) // 3
    lines = data.split(b"\n")
    if newline == b"\r\n":
        assert all(line.endswith(b"\r") for line in lines[:-1])
    else:
        assert b"\r" not in data
    assert b'id = "seo"' not in data
    assert [r.id for r in load_plan(plan_file).plan.roles] == ["support"]


def test_a_new_file_gets_unix_line_endings_and_no_bom(tmp_path: Path) -> None:
    windows = tmp_path / "windows.toml"
    windows.write_bytes(example_bytes().replace(b"\n", b"\r\n"))
    document = load_plan(windows)
    copy = tmp_path / "copy.toml"
    save_plan(document.plan, copy, document)  # Save As: a new file
    assert copy.read_bytes() == example_bytes()
    fresh = tmp_path / "fresh.toml"
    save_plan(Plan(title="Fresh"), fresh)
    assert fresh.read_bytes() == b'format = 1\ntitle = "Fresh"\n'
