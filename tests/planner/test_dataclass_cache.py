"""The compiled-methods cache: the same code as dataclasses compiles, kept safely on disk."""

from __future__ import annotations

import collections
import dataclasses
import marshal
import os
import subprocess
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner import dataclass_cache

ROOT = Path(__file__).resolve().parents[2]
METHODS = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__", "__lt__")

# A frozen class's init, repr, eq, hash, setattr and delattr: each compiled from a text of
# its own, or (Python 3.13 on) all from one text.
METHOD_TEXTS = 6 if sys.version_info < (3, 13) else 1


@pytest.fixture
def cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """A cache of this test's own, installed; the suite's own is put back afterwards."""
    dataclass_cache.uninstall()
    monkeypatch.setenv("OVERLAP_PLANNER_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    dataclass_cache.install()
    yield tmp_path
    dataclass_cache.uninstall()
    monkeypatch.undo()
    dataclass_cache.install()


def _make(fields: list[tuple[str, str, Any]], module: str, **options: bool) -> type:
    """A dataclass made in a module namespace of its own, as a class statement makes it."""
    lines = [f"class Value{len(fields)}:"]
    for name, annotation, default in fields or [("only", "int", dataclasses.MISSING)]:
        text = "" if default is dataclasses.MISSING else f" = {default!r}"
        lines.append(f"    {name}: {annotation}{text}")
    home = sys.modules.setdefault(module, types.ModuleType(module))
    exec("\n".join(lines), vars(home))
    return dataclasses.dataclass(**options)(vars(home)[f"Value{len(fields)}"])


def _codes(cls: type) -> dict[str, Any]:
    return {
        name: vars(cls)[name].__code__
        for name in METHODS
        if name in vars(cls) and hasattr(vars(cls)[name], "__code__")
    }


def _without_cache(fields: list[tuple[str, str, Any]], module: str, **options: bool) -> type:
    saved = vars(dataclasses).pop("exec", None)
    try:
        return _make(fields, module, **options)
    finally:
        if saved is not None:
            vars(dataclasses)["exec"] = saved


_NAMES = st.lists(
    st.from_regex(r"[a-z][a-z0-9_]{0,6}", fullmatch=True).filter(
        lambda n: n not in {"if", "in", "is", "or", "as", "def", "for", "and", "not", "del"}
    ),
    min_size=1,
    max_size=5,
    unique=True,
)


@settings(max_examples=40)
@given(
    names=_NAMES,
    defaults=st.lists(st.integers(-5, 5) | st.none() | st.text(max_size=3), max_size=5),
    frozen=st.booleans(),
    slots=st.booleans(),
    order=st.booleans(),
)
def test_a_class_gets_the_same_code_as_dataclasses_compiles(
    names: list[str], defaults: list[object], frozen: bool, slots: bool, order: bool
) -> None:
    # Fields without a default first, then the defaulted ones (as dataclasses requires).
    plain = len(names) - min(len(defaults), len(names))
    fields = [
        (name, "int", dataclasses.MISSING if i < plain else defaults[i - plain])
        for i, name in enumerate(names)
    ]
    options = {"frozen": frozen, "slots": slots, "order": order}
    expected = _codes(_without_cache(fields, "cache_check", **options))
    assert "exec" in vars(dataclasses)  # the suite runs with the cache installed
    cached = _codes(_make(fields, "cache_check", **options))
    again = _codes(_make(fields, "cache_check", **options))  # now found in the table
    assert expected.keys() == cached.keys() == again.keys()
    for name, code in expected.items():
        assert cached[name] == code, name
        assert again[name] == code, name


def _cache_file() -> Path | None:
    found = dataclass_cache.cache_file()
    return None if found is None else Path(found)


def test_what_one_process_compiles_the_next_one_reads(cache: Path) -> None:
    fields = [("start", "int", dataclasses.MISSING), ("label", "str", "x")]
    first = _make(fields, "shifts", frozen=True, slots=True)
    dataclass_cache.uninstall()  # writes the file, as at exit
    path = _cache_file()
    assert path is not None and path.parent == cache and path.is_file()
    tables = marshal.loads(path.read_bytes())
    assert set(tables) == {"shifts"}
    assert len(marshal.loads(tables["shifts"])) == METHOD_TEXTS

    dataclass_cache.install()  # a fresh process: reads the file
    store = dataclass_cache._store
    assert store is not None
    second = _make(fields, "shifts", frozen=True, slots=True)
    assert store.compiled == 0
    assert _codes(second) == _codes(first)
    value = second(3)
    assert (value, repr(value), hash(value) == hash(second(3))) == (
        second(3, "x"),
        "Value2(start=3, label='x')",
        True,
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        value.start = 4


def test_a_named_tuples_new_is_collections_own_and_read_back_by_the_next_process(
    cache: Path,
) -> None:
    made = collections.namedtuple("Pair", "start end")
    saved = vars(collections).pop("eval")
    try:
        plain = collections.namedtuple("Pair", "start end")
    finally:
        vars(collections)["eval"] = saved
    assert made.__new__.__code__ == plain.__new__.__code__
    assert made.__new__.__code__.co_flags == plain.__new__.__code__.co_flags
    dataclass_cache.uninstall()  # writes the file, as at exit
    path = _cache_file()
    assert path is not None
    tables = marshal.loads(path.read_bytes())
    assert set(tables) == {"namedtuple_Pair"}
    dataclass_cache.install()  # a fresh process: reads the file
    store = dataclass_cache._store
    assert store is not None
    again = collections.namedtuple("Pair", "start end")
    assert store.compiled == 0
    assert again.__new__.__code__ == plain.__new__.__code__
    value = again(1, end=2)
    assert (value, repr(value), value.end) == ((1, 2), "Pair(start=1, end=2)", 2)


def test_a_run_keeps_what_its_modules_used_and_leaves_the_others(cache: Path) -> None:
    path = _cache_file()
    assert path is not None
    stale = compile("def old(): pass", "<string>", "exec", dont_inherit=True)
    path.write_bytes(
        marshal.dumps(
            {
                "shifts": marshal.dumps({"def old(): pass": stale}),
                "meetings": marshal.dumps({"def other(): pass": stale}),
            }
        )
    )
    dataclass_cache.uninstall()
    dataclass_cache.install()
    _make([("start", "int", dataclasses.MISSING)], "shifts", frozen=True)
    dataclass_cache.uninstall()
    tables = marshal.loads(path.read_bytes())
    assert set(tables) == {"shifts", "meetings"}
    assert "def old(): pass" not in marshal.loads(tables["shifts"])  # a changed class's
    assert marshal.loads(tables["meetings"]) == {"def other(): pass": stale}


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not marshal at all \x00\xff",
        marshal.dumps([1, 2, 3]),
        marshal.dumps({"shifts": b"\x00garbage"}),
        marshal.dumps({"shifts": marshal.dumps({"def x(): pass": "not code"})}),
        marshal.dumps({1: b"", "shifts": 5}),
    ],
)
def test_a_damaged_file_is_ignored_and_replaced(cache: Path, content: bytes) -> None:
    path = _cache_file()
    assert path is not None
    path.write_bytes(content)
    dataclass_cache.uninstall()
    dataclass_cache.install()
    made = _make([("start", "int", 5)], "shifts", frozen=True, slots=True)
    assert made() == made(5) and repr(made()) == "Value1(start=5)"
    dataclass_cache.uninstall()
    tables = marshal.loads(path.read_bytes())
    assert len(marshal.loads(tables["shifts"])) == METHOD_TEXTS


def test_the_file_is_written_without_waiting_for_the_disk(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A cache: atomic for readers, but a file lost in a system crash is only compiled again.
    from planner import atomic

    monkeypatch.setattr(atomic.os, "fsync", lambda descriptor: pytest.fail("fsync"))
    _make([("start", "int", 5)], "shifts", frozen=True)
    dataclass_cache.uninstall()
    path = _cache_file()
    assert path is not None and "shifts" in marshal.loads(path.read_bytes())


def test_an_unwritable_folder_is_skipped(cache: Path) -> None:
    blocker = cache / "file-not-folder"
    blocker.write_text("x")
    dataclass_cache.uninstall()
    os.environ["OVERLAP_PLANNER_CACHE_DIR"] = str(blocker / "cache")  # cannot be made
    dataclass_cache.install()
    made = _make([("start", "int", 5)], "shifts", frozen=True)
    dataclass_cache.uninstall()  # writes nothing, raises nothing
    assert made(1).start == 1
    assert sorted(p.name for p in cache.iterdir()) == ["file-not-folder"]


def test_an_empty_setting_turns_it_off(monkeypatch: pytest.MonkeyPatch) -> None:
    dataclass_cache.uninstall()
    monkeypatch.setenv("OVERLAP_PLANNER_CACHE_DIR", "")
    try:
        dataclass_cache.install()
        assert dataclass_cache.cache_file() is None
        assert "exec" not in vars(dataclasses)
    finally:
        monkeypatch.undo()
        dataclass_cache.install()
    assert "exec" in vars(dataclasses)


def _cli(cache: Path, *arguments: str, flags: tuple[str, ...] = ()) -> str:
    env = dict(os.environ, OVERLAP_PLANNER_CACHE_DIR=str(cache))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run(
        [sys.executable, *flags, "-m", "ui.launcher", *arguments],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    )
    assert done.stderr == ""
    return done.stdout


def test_a_fresh_command_writes_the_file_and_the_next_reads_it(tmp_path: Path) -> None:
    example = str(ROOT / "resources" / "examples" / "newyork-manila-kyiv.toml")
    uncached = _cli(tmp_path / "none", "analyze", example, flags=("-B",))
    assert not (
        tmp_path / "none" / f"dataclass-code.{sys.implementation.cache_tag}.marshal"
    ).exists()
    path = tmp_path / "on" / f"dataclass-code.{sys.implementation.cache_tag}.marshal"
    assert _cli(tmp_path / "on", "analyze", example) == uncached
    tables = marshal.loads(path.read_bytes())
    assert {"planner.plan.model", "planner.analysis.overlap"} <= set(tables)
    # Team's __init__ (its parameters' annotations are named _type_id on Python 3.11,
    # __dataclass_type_id__ on 3.12).
    assert any(
        "def __init__(self,id:" in source and ",side:" in source
        for source in marshal.loads(tables["planner.plan.model"])
    )
    written = path.stat().st_mtime_ns
    assert _cli(tmp_path / "on", "analyze", example) == uncached  # read, nothing new
    assert path.stat().st_mtime_ns == written
