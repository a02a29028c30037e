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


@pytest.mark.parametrize(("durable", "synced"), [(True, 2), (False, 0)])
def test_a_durable_write_waits_for_the_disk_and_a_cache_write_does_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, durable: bool, synced: int
):
    # Durable (the default: plans, exports): the file, then its folder. A cache's write
    # (durable=False) is atomic all the same: the old content or the new, never a half.
    target = tmp_path / "table.json"
    target.write_bytes(b"old")
    calls: list[int] = []
    real_fsync = os.fsync

    def spy(descriptor: int) -> None:
        assert target.read_bytes() == (b"old" if not calls else b"new")
        calls.append(descriptor)
        real_fsync(descriptor)

    monkeypatch.setattr(atomic.os, "fsync", spy)
    write_atomic(target, b"new", durable=durable)
    assert (len(calls), target.read_bytes()) == (synced, b"new")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["table.json"]


def test_the_caches_are_written_without_waiting_for_the_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from datetime import date

    from planner.time import holiday_cache

    monkeypatch.setenv("OVERLAP_PLANNER_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(atomic.os, "fsync", lambda descriptor: pytest.fail("fsync"))
    holiday_cache.store("PH", 2027, {date(2027, 6, 12): "Independence Day"})
    assert holiday_cache.cached_year("PH", 2027) == {date(2027, 6, 12): "Independence Day"}


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


def test_a_symbolic_link_is_written_through_to_its_target(tmp_path: Path):
    real = tmp_path / "shared" / "plan.toml"
    real.parent.mkdir()
    real.write_bytes(b"old\n")
    real.chmod(0o640)
    link = tmp_path / "plan.toml"
    link.symlink_to(Path("shared") / "plan.toml")
    chain = tmp_path / "latest.toml"
    chain.symlink_to(link)
    write_atomic(chain, b"new\n", backup=True)
    assert chain.is_symlink() and link.is_symlink()
    assert os.readlink(link) == str(Path("shared") / "plan.toml")
    assert (real.read_bytes(), mode(real)) == (b"new\n", 0o640)
    assert (real.parent / "plan.toml.bak").read_bytes() == b"old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["latest.toml", "plan.toml", "shared"]
    assert sorted(p.name for p in real.parent.iterdir()) == ["plan.toml", "plan.toml.bak"]


def test_a_dangling_link_creates_its_target_and_a_loop_is_refused(tmp_path: Path):
    link = tmp_path / "out.ics"
    link.symlink_to("made.ics")
    write_atomic(link, b"data")
    assert link.is_symlink() and (tmp_path / "made.ics").read_bytes() == b"data"
    (tmp_path / "a").symlink_to("b")
    (tmp_path / "b").symlink_to("a")
    with pytest.raises(OSError):
        write_atomic(tmp_path / "a", b"data")
    assert (tmp_path / "a").is_symlink() and (tmp_path / "b").is_symlink()


@pytest.mark.parametrize("kept", [0o444, 0o400, 0o555])
def test_a_read_only_file_is_refused_and_left_alone(tmp_path: Path, kept: int):
    target = tmp_path / "plan.toml"
    target.write_bytes(b"old\n")
    target.chmod(kept)
    with pytest.raises(atomic.NotWritableError) as refused:
        write_atomic(target, b"new\n", backup=True)
    assert refused.value.strerror.startswith("the file is read-only")
    assert (target.read_bytes(), mode(target)) == (b"old\n", kept)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.toml"]


def test_a_fifo_or_a_folder_is_never_replaced(tmp_path: Path):
    fifo = tmp_path / "pipe.ics"
    os.mkfifo(fifo)
    with pytest.raises(atomic.NotWritableError, match="not a regular file"):
        write_atomic(fifo, b"data")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    (tmp_path / "folder.ics").mkdir()
    with pytest.raises(IsADirectoryError):
        write_atomic(tmp_path / "folder.ics", b"data")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder.ics", "pipe.ics"]


def test_another_users_file_keeps_its_owner_and_group(tmp_path: Path):
    if os.geteuid() != 0:
        pytest.skip("giving a file to another user needs root")
    target = tmp_path / "plan.toml"
    target.write_bytes(b"old\n")
    os.chown(target, 4321, 4322)
    target.chmod(0o664)
    write_atomic(target, b"new\n", backup=True)
    status = target.stat()
    assert (status.st_uid, status.st_gid, mode(target)) == (4321, 4322, 0o664)
    backup = (tmp_path / "plan.toml.bak").stat()
    assert (backup.st_uid, backup.st_gid) == (4321, 4322)


def test_without_root_the_group_is_kept_when_the_owner_cannot_be(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    target = tmp_path / "plan.toml"
    target.write_bytes(b"old\n")
    target.chmod(0o660)
    owner = target.stat()
    calls: list[tuple[int, int]] = []

    def chown(path: object, uid: int, gid: int) -> None:
        calls.append((uid, gid))
        if uid != -1:
            raise PermissionError(1, "Operation not permitted")

    real_stat = os.stat

    def stat_as_other(path: object, *args: object, **kwargs: object) -> os.stat_result:
        found = real_stat(path, *args, **kwargs)  # type: ignore[arg-type]
        if Path(str(path)) == target:
            values = list(found)
            values[4], values[5] = owner.st_uid + 1, owner.st_gid + 1
            return os.stat_result(values)
        return found

    monkeypatch.setattr(atomic.os, "chown", chown)
    monkeypatch.setattr(atomic.os, "stat", stat_as_other)
    write_atomic(target, b"new\n")
    assert calls == [(owner.st_uid + 1, owner.st_gid + 1), (-1, owner.st_gid + 1)]
    assert (target.read_bytes(), mode(target)) == (b"new\n", 0o660)
