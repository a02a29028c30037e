"""Atomic file writes: a temporary file in the same folder, fsync, then rename.

A new file gets the permissions the user's umask gives any new file (0644 under umask
022); a replaced file keeps its mode, and its owner and group where the system allows
(root keeps both; another user keeps the group when they belong to it). A symbolic link
is written through: its target is replaced, beside the target, and the link stays. A file
without write permission (``chmod a-w``, or one this user may not write) and anything that
is not a regular file (a device, a FIFO) are refused with :class:`NotWritableError`, an
OSError whose ``strerror`` says why. The temporary file is ``.<name>.<8 characters>.tmp``
beside the target; one left behind by a save that was killed is removed by the next save
of the same file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import stat
from collections.abc import Iterator

_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789_"
_NEW_FILE_MODE = 0o666  # less the umask, as open() and every editor create files


class NotWritableError(PermissionError):
    """The target may not be replaced: read-only, another user's, or not a regular file."""


def write_atomic(
    path: str | os.PathLike[str], data: bytes, *, backup: bool = False, durable: bool = True
) -> None:
    """Replace ``path`` with ``data`` so that readers see the old or the new file, never half.

    Args:
        path: the file to write.
        data: its new content.
        backup: keep the previous content as ``<path>.bak`` (when there was one).
        durable: return only once the file and its folder are on the disk (fsync). A
            cache passes False: the write is still atomic for readers, and after a crash
            of the system a file that did not reach the disk is only computed again.

    Raises:
        NotWritableError: the file is read-only, may not be written by this user, or is
            not a regular file; nothing is written.
        OSError: the folder cannot be written, the disk is full; the old file is unchanged.

    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     target = pathlib.Path(folder) / "x.txt"
    ...     write_atomic(target, b"hi")
    ...     target.read_bytes()
    b'hi'
    """
    target = resolve_target(_file_path(path))
    folder = _folder(target)
    existing = _existing(target)
    remove_stale_temporaries(target)
    descriptor, temporary = _create_temporary(target)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            if (
                existing is not None
            ):  # before the data goes in: a private file's content never shows
                _keep_owner_and_mode(existing, temporary)
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        if existing is not None and backup:
            _copy_atomic(target, target + ".bak")
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    if durable:
        _fsync_folder(folder)


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[str]:
    """A temporary file beside ``path`` that replaces it when the block ends without error.

    For writers that need a file name (Qt's image, PDF and SVG writers) or that should not
    hold the whole output in memory.

    Everything :func:`write_atomic` promises holds: the target is checked first (read-only
    or not a regular file: NotWritableError, before anything is written), its mode and
    owner are kept, a symbolic link is written through, and a failure leaves the old file
    and no temporary file behind. An empty file is a failure (OSError), never a result.

    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     target = pathlib.Path(folder) / "x.txt"
    ...     with atomic_output(target) as temporary:
    ...         _ = pathlib.Path(temporary).write_bytes(b"hi")
    ...     target.read_bytes()
    b'hi'
    """
    target = resolve_target(_file_path(path))
    folder = _folder(target)
    existing = _existing(target)
    remove_stale_temporaries(target)
    descriptor, temporary = _create_temporary(target)
    try:
        if existing is not None:
            _keep_owner_and_mode(existing, temporary)
        os.close(descriptor)
        yield temporary
        with open(temporary, "rb+") as handle:
            if not os.fstat(handle.fileno()).st_size:
                raise OSError(errno.EIO, "nothing was written", str(target))
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _fsync_folder(folder)


def _file_path(path: str | os.PathLike[str]) -> str:
    """``path`` as a string naming a file: trailing separators dropped, as pathlib does.

    (Paths are strings here: pathlib would cost a command about 4 ms of imports.)

    >>> _file_path("plans/plan.toml/"), _file_path("/")
    ('plans/plan.toml', '/')
    """
    text = os.fspath(path)
    separators = os.sep + (os.altsep or "")
    return text.rstrip(separators) or text


def _folder(target: str) -> str:
    """The folder of ``target``: ``"."`` for a bare file name."""
    return os.path.dirname(target) or "."


def resolve_target(path: str) -> str:
    """The file a write to ``path`` replaces: the end of its chain of symbolic links.

    A dangling link names the file to create; a loop of links is an OSError (ELOOP).

    >>> resolve_target("plan.toml")
    'plan.toml'
    """
    if not os.path.islink(path):
        return path
    try:
        return os.path.realpath(path, strict=True)
    except FileNotFoundError:
        return os.path.realpath(path)


def _existing(target: str) -> os.stat_result | None:
    """The status of the file about to be replaced, None when there is none.

    Raises NotWritableError for a file that must not be replaced.
    """
    try:
        status = os.stat(target)
    except FileNotFoundError:
        return None
    if stat.S_ISDIR(status.st_mode):
        raise IsADirectoryError(errno.EISDIR, "it is a folder: choose a file name", str(target))
    if not stat.S_ISREG(status.st_mode):
        raise NotWritableError(
            errno.EACCES,
            "it is not a regular file (a device, FIFO or socket): write to a file",
            str(target),
        )
    if not status.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise NotWritableError(
            errno.EACCES,
            "the file is read-only: make it writable first, or save under another name",
            str(target),
        )
    if hasattr(os, "geteuid") and os.geteuid() != 0 and not os.access(target, os.W_OK):
        raise NotWritableError(
            errno.EACCES,
            "you may not write this file (it belongs to another user or group): "
            "save under another name",
            str(target),
        )
    return status


def _keep_owner_and_mode(existing: os.stat_result, temporary: str) -> None:
    """Give the temporary file the replaced file's mode, and its owner and group if allowed."""
    with contextlib.suppress(OSError):
        os.chmod(temporary, stat.S_IMODE(existing.st_mode))
    if not hasattr(os, "chown"):
        return
    mine = os.stat(temporary)
    if (mine.st_uid, mine.st_gid) == (existing.st_uid, existing.st_gid):
        return
    try:
        os.chown(temporary, existing.st_uid, existing.st_gid)
    except PermissionError:  # only root gives a file away; a member keeps the group
        with contextlib.suppress(OSError):
            os.chown(temporary, -1, existing.st_gid)
    # chown may clear set-id bits: the mode once more, now that the owner is right
    with contextlib.suppress(OSError):
        os.chmod(temporary, stat.S_IMODE(existing.st_mode))


def temporary_pattern(target: str) -> re.Pattern[str]:
    """The names of ``target``'s temporary files (exactly those :func:`write_atomic` makes).

    >>> bool(temporary_pattern("plan.toml").fullmatch(".plan.toml.k3x_9qa0.tmp"))
    True
    >>> bool(temporary_pattern("plan.toml").fullmatch(".plan.toml.bak"))
    False
    """
    name = os.path.basename(target)
    return re.compile(rf"\.{re.escape(name)}\.[{_ALPHABET}]{{8}}\.tmp")


def remove_stale_temporaries(target: str) -> None:
    """Delete temporary files of ``target`` (and of its backup) left by a killed save."""
    folder = _folder(target)
    patterns = [temporary_pattern(target), temporary_pattern(target + ".bak")]
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if any(p.fullmatch(entry.name) for p in patterns) and entry.is_file(
                follow_symlinks=False
            ):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def _create_temporary(target: str) -> tuple[int, str]:
    """A new, empty temporary file beside ``target``, created with the umask's mode."""
    folder = _folder(target)
    name = os.path.basename(target)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        # Eight random characters from the system's random source (os.urandom: importing
        # ``secrets`` would load hmac and OpenSSL's hashes for every first write); O_EXCL
        # makes the name ours whatever it is.
        suffix = "".join(_ALPHABET[byte % len(_ALPHABET)] for byte in os.urandom(8))
        temporary = os.path.join(folder, f".{name}.{suffix}.tmp")
        try:
            return os.open(temporary, flags, _NEW_FILE_MODE), temporary
        except FileExistsError:
            continue


def _copy_atomic(source: str, destination: str) -> None:
    descriptor, temporary = _create_temporary(destination)
    os.close(descriptor)
    try:
        shutil.copy2(source, temporary)
        _keep_owner_and_mode(os.stat(source), temporary)
        os.replace(temporary, destination)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _fsync_folder(folder: str) -> None:
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
