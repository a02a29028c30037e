"""Holiday tables kept on disk, per ``holidays`` release, so a command reads only what it needs.

Computing a country's holidays means importing the ``holidays`` package (tens of
milliseconds, more than the rest of a ``check``); its tables never change for a release of
the package. Each table computed once is kept in the user's cache folder, one small JSON
file per holiday code (``US-NY.json``: ``{"years": {"2027": {"2027-01-01": "New Year's
Day"}}}``), under a folder named after the installed package (its path, size and time of
``holidays/registry.py``): another release of ``holidays`` starts a fresh folder. A file
exists only for a code the package accepted, so it also answers "is this code valid" and
how the package spells it (``"code": "US-NY"``); ``"gaps"`` keeps, per year, what the
package said it lacks (``planner.time.holidays.holiday_data_gap``).

The folder: ``holidays/<release>/`` in :func:`planner.cache_folder.cache_root` (set by
``OVERLAP_PLANNER_CACHE_DIR``; an empty value turns the cache off).
Anything unreadable is a miss; a cache that cannot be written is skipped silently.
"""

from __future__ import annotations

import functools
import json
import os
import re
import zlib
from datetime import date
from typing import Any

from planner.cache_folder import cache_root, package_folder, store_file

_LAYOUT = 2  # bump when the file layout changes


@functools.cache
def package_fingerprint() -> str | None:
    """Names the installed ``holidays`` release without importing it; None when unknown."""
    package = package_folder("holidays")
    if package is None:
        return None
    registry = os.path.join(package, "registry.py")
    try:
        stat = os.stat(registry)
    except OSError:
        return None  # a frozen app's archive: no file to name it by
    key = f"{_LAYOUT}|{registry}|{stat.st_size}|{stat.st_mtime_ns}"
    return f"{zlib.crc32(key.encode('utf-8')):08x}{stat.st_size:x}"


# A code is one or two parts of 1 to 8 upper-case ASCII letters or digits joined by "-"
# (``[A-Z0-9]{1,8}(-[A-Z0-9]{1,8})?``), checked without a pattern to compile per command.
_CODE_CHARACTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_LANGUAGE = r"[a-z]{2,3}(?:_[A-Z]{2})?"  # compiled (and cached by re) when a language is asked


def _plain_code(code: str) -> bool:
    """Whether ``code`` is one or two parts of 1 to 8 of ``A-Z0-9`` joined by "-".

    >>> _plain_code("AU-NSW"), _plain_code("US"), _plain_code("ES-BARCELONA"), _plain_code("../X")
    (True, True, False, False)
    """
    parts = code.split("-")
    return len(parts) <= 2 and all(
        1 <= len(part) <= 8 and _CODE_CHARACTERS.issuperset(part) for part in parts
    )


def _file(code: str, language: str = "") -> str | None:
    code = code.strip().upper()
    if language and not re.fullmatch(_LANGUAGE, language):
        return None
    if not _plain_code(code):
        return None  # never a path made of what a plan file says, beyond a plain code
    root = cache_root()
    fingerprint = package_fingerprint()
    if root is None or fingerprint is None:
        return None
    # The names' language is part of the key: English (the command line's, no suffix) and
    # each language the GUI asked for are separate tables.
    name = f"{code}.{language}.json" if language else f"{code}.json"
    return os.path.join(root, "holidays", fingerprint, name)


# Each file as last read in this process, with the size and time of change it had then:
# a plan's check asks for the same country's file several times (its code, each year).
_read: dict[str, tuple[tuple[int, int], dict[str, Any] | None]] = {}


def _read_file(code: str, language: str = "", fresh: bool = False) -> dict[str, Any] | None:
    """The cached file of ``code`` (names in ``language``), or None on a miss or damage.

    The file is parsed again only when it has changed since this process last read it
    (another process, or :func:`store`, wrote it), or when ``fresh``. Do not modify the
    result.
    """
    path = _file(code, language)
    if path is None:
        return None
    if _pending and path in _pending:
        return _pending[path]  # stored in this process, written at its end
    try:
        status = os.stat(path)
    except OSError:
        return None
    stamp = (status.st_size, status.st_mtime_ns)
    known = _read.get(path)
    if known is not None and known[0] == stamp and not fresh:
        return known[1]
    data = _read_path(path)
    if data is not None:  # a file that could not be read or parsed is tried again
        _read[path] = (stamp, data)
    return data


def canonical_code(code: str) -> str | None:
    """How the package spells ``code``, when it was accepted before; else None.

    >>> canonical_code("no such code") is None
    True
    """
    data = _read_file(code)
    spelled = None if data is None else data.get("code")
    return spelled if isinstance(spelled, str) else None


def _gap_of(data: dict[str, Any] | None, year: int) -> tuple[bool, str] | None:
    """What the package said it lacks in ``year``: ``(partial, detail)``, or None."""
    gaps = data.get("gaps") if data is not None else None
    gap = gaps.get(str(year)) if isinstance(gaps, dict) else None
    if isinstance(gap, list) and len(gap) == 2:
        return bool(gap[0]), str(gap[1])
    return None


def cached_year(code: str, year: int, language: str = "") -> dict[date, str] | None:
    """The cached holidays of ``code`` in ``year``, or None on a miss.

    ``language``: the names' language when not the English of the command line
    (:func:`planner.time.holidays.holiday_names`).
    """
    return _year_of(_read_file(code, language), year)


def cached_year_and_gap(
    code: str, year: int
) -> tuple[dict[date, str], tuple[bool, str] | None] | None:
    """:func:`cached_year` and the year's gap, from one reading of the file.

    The gap: what the package said it lacks that year, ``(partial, detail)``, or None.

    >>> cached_year_and_gap("no such code", 2027) is None
    True
    """
    data = _read_file(code)
    table = _year_of(data, year)
    return None if table is None else (table, _gap_of(data, year))


def _year_of(data: dict[str, Any] | None, year: int) -> dict[date, str] | None:
    table = data["years"].get(str(year)) if data is not None else None
    if not isinstance(table, dict):
        return None
    try:
        return {date.fromisoformat(day): str(name) for day, name in table.items()}
    except (TypeError, ValueError):
        return None


def store(
    code: str,
    year: int | None,
    table: dict[date, str] | None = None,
    gap: tuple[bool, str] | None = None,
    language: str = "",
) -> None:
    """Remember that ``code`` (as the package spells it) is valid.

    With ``year``: its holidays in that year, and what the package lacks for it (``gap``);
    with ``language``, the names in that language (a table of its own).
    """
    path = _file(code, language)
    if path is None:
        return
    data = _read_file(code, language, fresh=True) or {}  # what other processes added too
    years = dict(data.get("years", {}))
    gaps = dict(data["gaps"]) if isinstance(data.get("gaps"), dict) else {}
    if year is not None and table is not None:
        years[str(year)] = {day.isoformat(): name for day, name in sorted(table.items())}
        if gap is not None:
            gaps[str(year)] = list(gap)
    document = {"code": code, "years": years, "gaps": gaps}
    if _pending is not None:
        _pending[path] = document
    else:
        _write(path, document)


# Files stored but not yet written (see DeferredWrites); None: each store writes at once.
_pending: dict[str, dict[str, Any]] | None = None


class DeferredWrites:
    """While entered, each stored file is written once, when the block ends.

    A plan's first command stores a code's validity and then each year of its holidays:
    several writes of the same file, one each when a command runs inside this block
    (``planner.cli.verbs``). What is stored is read back from memory meanwhile; at the end
    each file gets what other processes added to it too. Blocks inside one write at the
    outer one's end.

    >>> with DeferredWrites():
    ...     store("no such code", None)
    """

    def __init__(self) -> None:
        self.outer = False

    def __enter__(self) -> DeferredWrites:
        global _pending
        if _pending is None:
            _pending = {}
            self.outer = True
        return self

    def __exit__(self, *exc_info: object) -> None:
        global _pending
        if not self.outer:
            return
        waiting, _pending = _pending or {}, None
        for path, document in waiting.items():
            on_disk = _read_path(path) or {}
            years = dict(on_disk.get("years", {}))
            years.update(document["years"])
            gaps = dict(on_disk["gaps"]) if isinstance(on_disk.get("gaps"), dict) else {}
            gaps.update(document["gaps"])
            _write(path, {"code": document["code"], "years": years, "gaps": gaps})


def _read_path(path: str) -> dict[str, Any] | None:
    """The cached file at ``path`` as read (a dict with ``years``), or None."""
    try:
        with open(path, encoding="utf-8") as handle:
            loaded = json.load(handle)
    except (OSError, ValueError):
        return None
    if isinstance(loaded, dict) and isinstance(loaded.get("years"), dict):
        return loaded
    return None


def _write(path: str, document: dict[str, Any]) -> None:
    text = json.dumps(document, ensure_ascii=False, sort_keys=True)
    store_file(path, text.encode("utf-8"))
