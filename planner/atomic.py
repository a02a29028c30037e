"""Atomic file writes: a temporary file in the same folder, fsync, then rename.

A new file gets the permissions the user's umask gives any new file (0644 under umask
022); a replaced file keeps its mode. The temporary file is ``.<name>.<8 characters>.tmp``
beside the target; one left behind by a save that was killed is removed by the next save
of the same file.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
from pathlib import Path

_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789_"
_NEW_FILE_MODE = 0o666  # less the umask, as open() and every editor create files


def write_atomic(path: str | os.PathLike[str], data: bytes, *, backup: bool = False) -> None:
    """Replace ``path`` with ``data`` so that readers see the old or the new file, never half.

    Args:
        path: the file to write.
        data: its new content.
        backup: keep the previous content as ``<path>.bak`` (when there was one).

    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     target = pathlib.Path(folder) / "x.txt"
    ...     write_atomic(target, b"hi")
    ...     target.read_bytes()
    b'hi'
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    remove_stale_temporaries(target)
    descriptor, temporary = _create_temporary(target)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            existed = target.exists()
            if existed:  # before the data goes in: a private file's content never shows
                with contextlib.suppress(OSError):
                    shutil.copymode(target, temporary)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if existed and backup:
            _copy_atomic(target, target.with_name(target.name + ".bak"))
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _fsync_folder(folder)


def temporary_pattern(target: Path) -> re.Pattern[str]:
    """The names of ``target``'s temporary files (exactly those :func:`write_atomic` makes).

    >>> bool(temporary_pattern(Path("plan.toml")).fullmatch(".plan.toml.k3x_9qa0.tmp"))
    True
    >>> bool(temporary_pattern(Path("plan.toml")).fullmatch(".plan.toml.bak"))
    False
    """
    return re.compile(rf"\.{re.escape(target.name)}\.[{_ALPHABET}]{{8}}\.tmp")


def remove_stale_temporaries(target: Path) -> None:
    """Delete temporary files of ``target`` (and of its backup) left by a killed save."""
    folder = target.parent if str(target.parent) else Path(".")
    patterns = [
        temporary_pattern(target),
        temporary_pattern(target.with_name(target.name + ".bak")),
    ]
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if any(p.fullmatch(entry.name) for p in patterns) and entry.is_file(
                follow_symlinks=False
            ):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def _create_temporary(target: Path) -> tuple[int, Path]:
    """A new, empty temporary file beside ``target``, created with the umask's mode."""
    folder = target.parent if str(target.parent) else Path(".")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        suffix = "".join(secrets.choice(_ALPHABET) for _ in range(8))
        temporary = folder / f".{target.name}.{suffix}.tmp"
        try:
            return os.open(temporary, flags, _NEW_FILE_MODE), temporary
        except FileExistsError:
            continue


def _copy_atomic(source: Path, destination: Path) -> None:
    descriptor, temporary = _create_temporary(destination)
    os.close(descriptor)
    try:
        shutil.copy2(source, temporary)
        os.replace(temporary, destination)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
