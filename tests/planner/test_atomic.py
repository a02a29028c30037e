"""Atomic writes: the umask's permissions, kept modes, and no temporary file left behind."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner import atomic
from planner.atomic import write_atomic
from planner.cli.verbs import run

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
POSIX_MODES = pytest.mark.skipif(
    os.name != "posix", reason="POSIX permission bits and umask: Windows files have ACLs"
)


@pytest.fixture(params=[0o022, 0o077], ids=["umask022", "umask077"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    previous = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@POSIX_MODES
def test_a_new_file_gets_the_umask_permissions(tmp_path: Path, umask: int):
    target = tmp_path / "plan.toml"
    write_atomic(target, b"format = 1\n", backup=True)
    assert mode(target) == {0o022: 0o644, 0o077: 0o600}[umask]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.toml"]


@POSIX_MODES
@pytest.mark.parametrize("kept", [0o640, 0o600, 0o664])
def test_a_replaced_file_and_its_backup_keep_its_mode(tmp_path: Path, umask: int, kept: int):
    target = tmp_path / "plan.toml"
    target.write_bytes(b"old\n")
    target.chmod(kept)
    write_atomic(target, b"new\n", backup=True)
    assert (target.read_bytes(), mode(target)) == (b"new\n", kept)
    backup = tmp_path / "plan.toml.bak"
    assert (backup.read_bytes(), mode(backup)) == (b"old\n", kept)


@POSIX_MODES
def test_a_private_file_content_is_never_readable_by_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Under umask 022 the temporary file takes a 0600 target's mode before the data goes in."""
    target = tmp_path / "secret.toml"
    target.write_bytes(b"old\n")
    target.chmod(0o600)
    seen: list[tuple[int, bytes]] = []
    real_fsync = os.fsync

    def spy(descriptor: int) -> None:
        for path in tmp_path.glob(".secret.toml.*.tmp"):
            seen.append((mode(path), path.read_bytes()))
        real_fsync(descriptor)

    previous = os.umask(0o022)
    try:
        monkeypatch.setattr(atomic.os, "fsync", spy)
        write_atomic(target, b"new\n")
    finally:
        os.umask(previous)
    assert seen == [(0o600, b"new\n")]


def test_the_temporary_files_of_a_killed_save_are_removed_by_the_next(tmp_path: Path):
    target = tmp_path / "plan.toml"
    target.write_bytes(b"old\n")
    stale = [".plan.toml.k3x_9qa0.tmp", ".plan.toml.bak.00000000.tmp"]
    kept = [".plan.toml.notes", ".plan.toml.k3x9qa0.tmp", ".other.toml.abcdefgh.tmp", "plan.toml"]
    for name in stale + kept[:-1]:
        (tmp_path / name).write_bytes(b"half a save")
    write_atomic(target, b"new\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(kept)
    assert target.read_bytes() == b"new\n"


def test_a_failed_save_keeps_the_old_file_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    target = tmp_path / "plan.toml"
    target.write_bytes(b"old\n")

    def refuse(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(OSError, match="No space left"):
        write_atomic(target, b"new\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.toml"]
    assert target.read_bytes() == b"old\n"


def test_export_ics_writes_with_the_umask(tmp_path: Path, umask: int):
    output = tmp_path / "meetings.ics"
    assert run(["export-ics", str(EXAMPLES / "newyork-manila-kyiv.toml"), "-o", str(output)]) == 0
    assert mode(output) == 0o666 & ~umask
