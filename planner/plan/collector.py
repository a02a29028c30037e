"""Where a plan file's problems are: the line of every key, and the collector of them all."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from planner.errors import PlannerError, Problem

T = TypeVar("T")


class LineIndex:
    """Where sections and keys stand in the source text (tomlkit keeps no line numbers)."""

    _HEADER = re.compile(r"\s*\[\[\s*([A-Za-z0-9_-]+)\s*\]\]")
    _SUBTABLE = re.compile(r"\s*\[\s*([A-Za-z0-9_-]+)\s*\.\s*([A-Za-z0-9_-]+)\s*\]")
    _KEY = re.compile(r"""\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_-]+))\s*=""")

    def __init__(self, text: str) -> None:
        self.lines: dict[tuple[str, int, str], int] = {}
        counters: dict[str, int] = {}
        section = ("", 0)
        depth = 0
        for number, line in enumerate(text.splitlines(), start=1):
            if depth == 0:
                header = self._HEADER.match(line)
                sub = self._SUBTABLE.match(line)
                if header:
                    name = header[1]
                    counters[name] = counters.get(name, -1) + 1
                    section = (name, counters[name])
                    self.lines.setdefault((name, counters[name], ""), number)
                elif sub and sub[1] == section[0]:
                    self.lines.setdefault((section[0], section[1], sub[2]), number)
                else:
                    key = self._KEY.match(line)
                    if key:
                        name = key[1] or key[2] or key[3]
                        self.lines.setdefault((section[0], section[1], name), number)
            depth += _bracket_depth(line)
            depth = max(depth, 0)

    def line(self, section: str, index: int, key: str = "") -> int:
        """The line of a key in the index-th ``[[section]]`` (its header without a key)."""
        return self.lines.get((section, index, key)) or self.lines.get((section, index, ""), 0)


def _bracket_depth(line: str) -> int:
    """Net opening brackets on a line outside strings and comments (multi-line arrays)."""
    depth = 0
    quote = ""
    for char in line:
        if quote:
            if char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == "#":
            break
        elif char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
    header = line.strip()
    if header.startswith("[") and header.endswith("]") and "=" not in header:
        return 0
    return depth


class Collector:
    """Gathers problems while reading, so that every one is reported at once."""

    def __init__(self, filename: str, lines: LineIndex, folder: Path | None = None) -> None:
        self.filename = filename
        self.lines = lines
        self.folder = folder  # where paths written in the plan are relative to
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []

    def add(self, section: str, index: int, key: str, where: str, message: str) -> None:
        """Record a problem at the line of a key (or of its table)."""
        self.problems.append(
            Problem(self.filename, self.lines.line(section, index, key), where, message)
        )

    def warn(self, section: str, index: int, key: str, where: str, message: str) -> None:
        """Record a warning (an unused key) at the line of a key."""
        self.warnings.append(
            Problem(self.filename, self.lines.line(section, index, key), where, message)
        )


def unknown_key(key: str, known: tuple[str, ...]) -> str:
    """The message for a key this version does not know, with the closest known one."""
    import difflib

    close = difflib.get_close_matches(key, known, n=1)
    hint = f' (did you mean "{close[0]}"?)' if close else ""
    return f'unknown key "{key}"{hint}: it is kept when the plan is saved, but not used'


def checked(
    out: Collector, section: str, index: int, key: str, where: str, read: Callable[[], T]
) -> T | None:
    """The value read returns, or None with its PlannerError recorded as a problem."""
    try:
        return read()
    except PlannerError as exc:
        out.add(section, index, key, where, str(exc))
        return None
