"""The frozen app's build cache key (fast: no build)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.packaging import frozen_build


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the inputs the key hashes (planner/, a resource, the spec), as the project."""
    root = tmp_path / "project"
    shutil.copytree(frozen_build.ROOT / "planner", root / "planner")
    (root / "ui").mkdir()
    (root / "resources").mkdir()
    (root / "resources" / "a.toml").write_text("format = 1\n", encoding="utf-8")
    (root / "packaging").mkdir()
    inputs = tuple(root / "packaging" / path.name for path in frozen_build.INPUTS)
    for original, copy in zip(frozen_build.INPUTS, inputs, strict=True):
        shutil.copyfile(original, copy)
    monkeypatch.setattr(frozen_build, "ROOT", root)
    monkeypatch.setattr(frozen_build, "INPUTS", inputs)
    return root


def test_the_key_follows_sources_spec_and_nothing_else(tree: Path):
    key = frozen_build.cache_key()
    assert frozen_build.cache_key() == key
    (tree / "planner" / "__pycache__").mkdir(exist_ok=True)
    (tree / "planner" / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"\0")
    (tree / "notes.txt").write_text("not an input\n", encoding="utf-8")
    assert frozen_build.cache_key() == key

    changes = [
        tree / "planner" / "time" / "zones.py",
        tree / "resources" / "a.toml",
        tree / "packaging" / "overlap-planner.spec",
    ]
    keys = {key}
    for path in changes:
        path.write_bytes(path.read_bytes() + b"\n# changed\n")
        keys.add(frozen_build.cache_key())
    (tree / "ui" / "new.py").write_text("", encoding="utf-8")
    keys.add(frozen_build.cache_key())
    assert len(keys) == 5


def test_the_key_follows_what_goes_into_the_app_not_the_test_tools():
    versions = {line.split("==")[0] for line in frozen_build.dependency_versions()}
    assert {"overlap-planner", "pyside6-essentials", "shiboken6", "tzdata", "holidays"} <= versions
    assert {"pyinstaller", "pyinstaller-hooks-contrib", "python-dateutil", "six"} <= versions
    assert not {"pytest", "hypothesis", "radicale", "ruff", "mypy", "build"} & versions


def test_the_key_follows_a_dependency_upgrade(tree: Path, monkeypatch: pytest.MonkeyPatch):
    key = frozen_build.cache_key()
    real = frozen_build.metadata.distribution

    class Upgraded:
        def __init__(self, name: str) -> None:
            self._real = real(name)
            self.requires = self._real.requires
            self.version = "99.0" if name == "six" else self._real.version

    monkeypatch.setattr(frozen_build.metadata, "distribution", Upgraded)
    assert frozen_build.cache_key() != key
