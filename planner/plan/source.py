"""The text of a plan file: only a regular file, at most 1 MB, UTF-8 text, never a hang.

A device (``/dev/zero``), a FIFO or a folder is refused before a byte is read, so a wrong
path can never make the reader wait or read without end; a binary file is named as such
instead of being fed to the TOML parser.
"""

from __future__ import annotations

import os
import stat

from planner.errors import PlanFileError
from planner.text import Text

MAX_PLAN_BYTES = 1_000_000
_SAMPLE = 8192


def read_plan_text(path: str | os.PathLike[str]) -> str:
    r"""The text of the plan file at ``path``; PlanFileError says why it cannot be read.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     plan = os.path.join(folder, "plan.toml")
    ...     with open(plan, "wb") as handle:
    ...         _ = handle.write(b"format = 1\n")
    ...     read_plan_text(plan)
    'format = 1\n'
    """
    name = os.fspath(path)
    raw = _read_bytes(name)
    if _looks_binary(raw):
        raise _problem(
            name,
            Text(
                "is not a text file (it holds binary data, such as an image or an archive): open the plan's .toml file"
            ),
        )
    try:
        # UTF-8 with its byte order mark dropped, as "utf-8-sig" reads it (without loading
        # that codec); an error's position then counts from the file's first byte.
        return raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise _problem(name, Text("is not UTF-8 text: save the file as UTF-8"), line) from None


def _problem(name: str, message: str, line: int = 0) -> PlanFileError:
    from planner.problem import Problem

    return PlanFileError([Problem(name, line, "", message)])


def _read_bytes(name: str) -> bytes:
    """At most MAX_PLAN_BYTES of a regular file, checked on the open file itself."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(name, flags)
    except FileNotFoundError:
        raise _problem(name, Text("no such file: check the path")) from None
    except IsADirectoryError:
        raise _problem(name, Text("is a folder, not a plan file")) from None
    except OSError as exc:
        raise _problem(name, Text("cannot be read: {value}", value=exc.strerror or exc)) from None
    status = os.fstat(descriptor)
    if not stat.S_ISREG(status.st_mode):
        os.close(descriptor)
        if stat.S_ISDIR(status.st_mode):
            raise _problem(name, Text("is a folder, not a plan file"))
        raise _problem(
            name, Text("is not a regular file (a device, FIFO or socket): give a plan's .toml file")
        )
    with os.fdopen(descriptor, "rb") as handle:
        if status.st_size > MAX_PLAN_BYTES:
            raise _too_large(name, status.st_size)
        try:
            raw = handle.read(MAX_PLAN_BYTES + 1)
        except OSError as exc:
            raise _problem(
                name, Text("cannot be read: {value}", value=exc.strerror or exc)
            ) from None
    if len(raw) > MAX_PLAN_BYTES:  # it grew while we looked
        raise _too_large(name, len(raw))
    return raw


def _too_large(name: str, size: int) -> PlanFileError:
    return _problem(
        name,
        Text(
            "is {size:.1f} MB: a plan file may be at most {MAX_PLAN_BYTES} MB; is this the right file?",
            size=size / 1_000_000,
            MAX_PLAN_BYTES=MAX_PLAN_BYTES // 1_000_000,
        ),
    )


def _looks_binary(raw: bytes) -> bool:
    r"""True for data that is no text in any encoding: a NUL byte, or many control bytes.

    >>> _looks_binary(b"\x89PNG\r\n\x1a\n\x00\x00"), _looks_binary("año = 1".encode("latin-1"))
    (True, False)
    """
    if b"\x00" in raw:
        return True
    sample = raw[:_SAMPLE]
    controls = sum(1 for byte in sample if byte < 0x20 and byte not in b"\t\n\r\x0c")
    return controls > max(8, len(sample) // 20)
