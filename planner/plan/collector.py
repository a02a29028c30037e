"""Where a plan file's problems are: the line of every key, and the collector of them all."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from planner.errors import PlannerError
from planner.text import Text

if TYPE_CHECKING:  # made only for a plan with a problem or a warning
    from planner.problem import Problem

T = TypeVar("T")


class LineIndex:
    r"""Where sections and keys stand in the source text (the TOML parser keeps no lines).

    Knows ``[[section]]`` tables (counted), ``[section]`` tables (a plan error, but it
    gets its line), ``[section.sub]`` tables, and the first line of every key; keys inside
    a value that spans lines (a list, a multi-line string) are not taken for keys.

    >>> index = LineIndex('format = 1\n[[team]]\nid = "hq"\n[[team]]\nzone = "UTC"\n')
    >>> index.line("team", 1, "zone"), index.line("team", 1, "hours"), index.line("", 0, "format")
    (5, 4, 1)
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._lines: dict[tuple[str, int, str], int] | None = None

    @property
    def lines(self) -> dict[tuple[str, int, str], int]:
        """(section, index, key) -> line; scanned on first use (a clean plan needs none)."""
        if self._lines is None:
            self._lines = self._scan(self._text)
        return self._lines

    def _scan(self, text: str) -> dict[tuple[str, int, str], int]:
        header_pattern, table_pattern, key_pattern, strings_pattern = _patterns()
        lines: dict[tuple[str, int, str], int] = {}
        counters: dict[str, int] = {}
        section = ("", 0)
        depth = 0
        fence = ""  # the quotes of a multi-line string we are in
        for number, line in enumerate(text.split("\n"), start=1):  # TOML ends lines at \n only
            if fence:
                if line.count(fence) % 2:
                    fence = ""
                continue
            stripped = line.lstrip()
            if depth == 0 and stripped:
                first = stripped[0]
                if first == "[":
                    header = header_pattern.match(stripped)
                    if header:
                        name = header[1]
                        counters[name] = counters.get(name, -1) + 1
                        section = (name, counters[name])
                        lines.setdefault((name, counters[name], ""), number)
                        continue
                    table = table_pattern.match(stripped)
                    if table:
                        if table[2] is None:
                            section = (table[1], 0)
                            lines.setdefault((table[1], 0, ""), number)
                        elif table[1] == section[0]:
                            lines.setdefault((section[0], section[1], table[2]), number)
                        else:  # [role.x] outside a [[role]]: the line of that table
                            lines.setdefault((table[1], 0, ""), number)
                        continue
                elif first != "#":
                    key = key_pattern.match(stripped)
                    if key:
                        name = key[1] if key[1] is not None else key[2] or key[3]
                        lines.setdefault((section[0], section[1], name), number)
            if '"""' in line or "'''" in line:
                fence = _open_fence(line)
            if "[" in line or "{" in line or "]" in line or "}" in line:
                depth = max(depth + _bracket_depth(strings_pattern.sub("", line)), 0)
        return lines

    def line(self, section: str, index: int, key: str = "") -> int:
        """The line of a key in the index-th ``[[section]]`` (its header without a key).

        A section written as one value (``team = [...]``) gives the line of that key.
        """
        lines = self.lines
        found = lines.get((section, index, key)) or lines.get((section, index, ""))
        if found:
            return found
        if section:  # written as one value: team = [...]
            return lines.get(("", 0, section), 0)
        return lines.get((key, 0, ""), 0) if key else 0  # a top key written as a [table]


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """``[[section]]``, ``[section.sub]``, a key, a string: compiled for the first problem.

    A clean plan is never scanned for lines, so its check does not compile them.
    """
    return (
        re.compile(r"\[\[\s*([A-Za-z0-9_-]+)\s*\]\]"),
        re.compile(r"\[\s*([A-Za-z0-9_-]+)\s*(?:\.\s*([A-Za-z0-9_-]+)\s*)?\]"),
        re.compile(r"""(?:"([^"]*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*[.=]"""),
        re.compile(r""""(?:[^"\\]|\\.)*"|'[^']*'"""),
    )


def _open_fence(line: str) -> str:
    """The quotes of a multi-line string left open at the end of ``line``, or ""."""
    at = 0
    while at < len(line):
        char = line[at]
        if char == "#":
            return ""
        if line.startswith(('"""', "'''"), at):
            quotes = line[at : at + 3]
            close = line.find(quotes, at + 3)
            if close < 0:
                return quotes
            at = close + 3
        elif char in "\"'":
            at += 1
            while at < len(line) and line[at] != char:
                at += 2 if char == '"' and line[at] == "\\" else 1
            at += 1
        else:
            at += 1
    return ""


def _bracket_depth(line: str) -> int:
    """Net opening brackets on a line without its strings, up to a comment."""
    code = line.split("#", 1)[0]
    header = code.strip()
    if header.startswith("[") and header.endswith("]") and "=" not in header:
        return 0
    return code.count("[") + code.count("{") - code.count("]") - code.count("}")


class Collector:
    """Gathers problems while reading, so that every one is reported at once."""

    def __init__(self, filename: str, lines: LineIndex, folder: str | None = None) -> None:
        self.filename = filename
        self.lines = lines
        self.folder = folder  # where paths written in the plan are relative to
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []

    def add(self, section: str, index: int, key: str, where: str, message: str) -> None:
        """Record a problem at the line of a key (or of its table)."""
        from planner.problem import Problem

        self.problems.append(
            Problem(self.filename, self.lines.line(section, index, key), where, message)
        )

    def warn(self, section: str, index: int, key: str, where: str, message: str) -> None:
        """Record a warning (an unused key) at the line of a key."""
        from planner.problem import Problem

        self.warnings.append(
            Problem(self.filename, self.lines.line(section, index, key), where, message)
        )


def did_you_mean(key: str, known: tuple[str, ...]) -> str:
    """`` (did you mean "x"?)`` with the known key closest to ``key``, or ""."""
    import difflib

    close = difflib.get_close_matches(key, known, n=1)
    return Text(' (did you mean "{close}"?)', close=close[0]) if close else ""


def unknown_key(key: str, known: tuple[str, ...]) -> str:
    """The message for a key this version does not know, with the closest known one."""
    return Text(
        'unknown key "{key}"{hint}: it is kept when the plan is saved, but not used',
        key=key,
        hint=did_you_mean(key, known),
    )


def checked(
    out: Collector, section: str, index: int, key: str, where: str, read: Callable[[], T]
) -> T | None:
    """The value read returns, or None with its PlannerError recorded as a problem."""
    try:
        return read()
    except PlannerError as exc:
        out.add(section, index, key, where, str(exc))
        return None
