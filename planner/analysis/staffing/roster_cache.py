"""Solved rosters kept on disk, so analysing an unchanged demand again skips the solver.

Solving a roster means importing HiGHS and numpy (about 70 ms, more than the rest of an
``analyze``), building the constraints (about 10 ms for a year) and solving them. The
optimum found depends only on what the solver is given, the solver's release and the
zone's clock changes, so each roster proved optimal is kept in the user's cache folder,
one small JSON file per problem. The problem is everything the roster depends on:

- the vendor's zone and the tz database's release and folder (the clock changes);
- the needs (each interval and its required agents), the grid and the shift lengths;
- the solver's time limit;
- the installed ``highspy`` (the path, size and time of change of its compiled core,
  found without importing it) and this Python's version;
- :data:`_LAYOUT`, bumped when the file's contents change.

Its key is those values as bytes (marshal format 0); the file holds the key whole and is
named by its CRC-32 and length, so a file is used only for the very problem it was
solved for (two problems with one name take turns in the file). No digest is needed,
and no hash module is loaded: a CRC costs nothing, where importing hashlib loads
OpenSSL (about 3 ms of an ``analyze`` that reads a kept roster).

A roster found in the time limit but not proved optimal is never kept: a later run, on a
faster machine or with a longer limit, may find a better one. The vendor's current
agent-hours are not part of the file: they are worked out again on every call.

The folder: ``rosters/`` in :func:`planner.cache_folder.cache_root` (set by
``OVERLAP_PLANNER_CACHE_DIR``; an empty value turns every cache off). It keeps the
:data:`KEEP` most recently written files; older ones are removed when a new one is
written. Anything unreadable is a miss; a cache that cannot be written is skipped.
"""

from __future__ import annotations

import contextlib
import json
import marshal
import os
import sys
import zlib
from collections.abc import Sequence
from typing import Any

from planner.cache_folder import cache_root, package_folder, store_file

_LAYOUT = 2  # bump when the file layout changes
KEEP = 200
"""How many solved rosters the folder keeps."""

Need = tuple[int, int, int]
Solved = tuple[tuple[tuple[tuple[int, ...], int, int, int], ...], float, int, int]
"""A roster as kept: ((days, shift start, shift end, agents) per entry), agent-hours a
week, intervals no shift covers, distinct constraints."""


def solver_fingerprint() -> str | None:
    """Names the installed ``highspy`` without importing it; None when it cannot be named.

    >>> fingerprint = solver_fingerprint()
    >>> fingerprint is None or fingerprint.startswith("highspy|")
    True
    """
    folder = package_folder("highspy")
    if folder is None:
        return None
    try:
        names = sorted(n for n in os.listdir(folder) if n.startswith("_core."))
    except OSError:
        return None
    for name in names:
        try:
            status = os.stat(os.path.join(folder, name))
        except OSError:
            continue
        return f"highspy|{folder}|{name}|{status.st_size}|{status.st_mtime_ns}"
    return None  # no compiled core to name it by


def roster_key(
    zone: str,
    tz: tuple[str, str],
    needs: Sequence[Need],
    interval_minutes: int,
    lengths: tuple[int, ...],
    time_limit: float,
) -> bytes | None:
    """The problem as the bytes a file is kept under, or None when it cannot be named safely.

    Args:
        zone: the vendor's zone.
        tz: the tz database's release and folder; an ``"unknown"`` release is not cached.
        needs: the intervals and their required agents, as given to the solver.
        interval_minutes: the grid of shift starts.
        lengths: the shift lengths in minutes.
        time_limit: the solver's time limit in seconds.

    >>> a = roster_key("Asia/Manila", ("2026f", ""), [(0, 1800, 2)], 30, (480,), 60.0)
    >>> b = roster_key("Asia/Manila", ("2026f", ""), [(0, 1800, 3)], 30, (480,), 60.0)
    >>> a is None or (a != b and file_name(a) != file_name(b))
    True
    """
    solver = solver_fingerprint()
    if solver is None or tz[0] == "unknown":
        return None
    problem = (
        _LAYOUT,
        sys.implementation.cache_tag,
        solver,
        tz,
        zone,
        interval_minutes,
        lengths,
        float(time_limit),
        list(needs),
    )
    # Format 0: the bytes depend on the values alone (later formats write a reference to
    # an object met before, and mark interned strings).
    return marshal.dumps(problem, 0)


def file_name(key: bytes) -> str:
    """The name of the file ``key`` is kept in: its CRC-32 and length, in hexadecimal.

    >>> file_name(b"roster")
    '60b9adf96.json'
    """
    return f"{zlib.crc32(key):08x}{len(key):x}.json"


def _folder() -> str | None:
    root = cache_root()
    return None if root is None else os.path.join(root, "rosters")


def cached(key: bytes) -> Solved | None:
    """The roster kept under ``key``, or None on a miss or a damaged file."""
    folder = _folder()
    if folder is None:
        return None
    try:
        with open(os.path.join(folder, file_name(key)), encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError):
        return None
    try:
        return _solved(data, key)
    except (KeyError, TypeError, ValueError):
        return None


def _solved(data: Any, key: bytes) -> Solved | None:
    if not isinstance(data, dict) or data.get("problem") != key.hex():
        return None  # another problem of the same name, or a damaged file
    entries = []
    for days, start, end, agents in data["entries"]:
        day_tuple = tuple(_whole(d) for d in days)
        if not day_tuple or any(not 0 <= d < 7 for d in day_tuple):
            return None
        entries.append((day_tuple, _whole(start), _whole(end), _whole(agents)))
    hours = data["agent_hours_per_week"]
    if not isinstance(hours, (int, float)) or isinstance(hours, bool):
        return None
    return tuple(entries), float(hours), _whole(data["uncovered"]), _whole(data["patterns"])


def _whole(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(value)
    return value


def store(key: bytes, solved: Solved) -> None:
    """Keep ``solved`` under ``key`` (atomically), and remove the oldest beyond :data:`KEEP`."""
    folder = _folder()
    if folder is None:
        return
    entries, hours, uncovered, patterns = solved
    text = json.dumps(
        {
            "problem": key.hex(),
            "entries": [[list(days), start, end, agents] for days, start, end, agents in entries],
            "agent_hours_per_week": hours,
            "uncovered": uncovered,
            "patterns": patterns,
        },
        sort_keys=True,
    )
    if store_file(os.path.join(folder, file_name(key)), text.encode("utf-8")):
        _prune(folder)


def _prune(folder: str) -> None:
    """Remove all but the :data:`KEEP` most recently written files."""
    kept: list[tuple[int, str]] = []
    with os.scandir(folder) as found:
        for entry in found:
            if entry.name.endswith(".json") and entry.is_file():
                try:
                    kept.append((entry.stat().st_mtime_ns, entry.name))
                except OSError:
                    continue
    kept.sort(reverse=True)
    for _, name in kept[KEEP:]:
        with contextlib.suppress(OSError):
            os.unlink(os.path.join(folder, name))
