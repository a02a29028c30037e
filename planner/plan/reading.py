"""Loading a plan file (TOML, format 1): every problem reported at once, at its file:line."""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from planner.errors import PlanFileError, PlannerError, Problem
from planner.plan.collector import Collector, LineIndex, checked, unknown_key
from planner.plan.document import FORMAT, SECTIONS, TOP_KEYS, PlanDocument
from planner.plan.model import Plan, reference_problems
from planner.plan.tables import read_meeting, read_role, read_team
from planner.plan.values import read_string, read_zone


def load_plan(path: str | Path) -> PlanDocument:
    """Read and validate a plan file; PlanFileError lists every problem.

    >>> from importlib import resources
    >>> example = resources.files("resources.examples").joinpath("newyork-manila-kyiv.toml")
    >>> [t.id for t in load_plan(str(example)).plan.teams]
    ['hq', 'mnl', 'kyiv']
    """
    source = Path(path)
    try:
        raw = source.read_bytes()
    except FileNotFoundError:
        raise PlanFileError([Problem(str(path), 0, "", "no such file: check the path")]) from None
    except IsADirectoryError:
        raise PlanFileError([Problem(str(path), 0, "", "is a folder, not a plan file")]) from None
    except OSError as exc:
        raise PlanFileError(
            [Problem(str(path), 0, "", f"cannot be read: {exc.strerror}")]
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise PlanFileError(
            [Problem(str(path), line, "", "is not UTF-8 text: save the file as UTF-8")]
        ) from None
    return parse_plan(text, str(path), source)


def parse_plan(text: str, filename: str = "<plan>", path: Path | None = None) -> PlanDocument:
    """Validate plan text; PlanFileError lists every problem with its line.

    The values are read with the standard library's ``tomllib``; the comment-keeping
    ``tomlkit`` document that saves need is parsed from the text only when a save asks for
    it (``PlanDocument.document``), and ``tomlkit`` words the message of a file that is
    not valid TOML, as it always has.
    """
    try:
        data: dict[str, Any] = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        data = _strict_parse(text, filename)
    lines = LineIndex(text)
    out = Collector(filename, lines, (path or Path(filename)).parent)
    plan = _read_plan(data, out)
    if out.problems or plan is None:
        raise PlanFileError(out.problems)
    return PlanDocument(plan, text, path, tuple(str(w) for w in out.warnings))


def _strict_parse(text: str, filename: str) -> dict[str, Any]:
    """Text that ``tomllib`` refused: ``tomlkit``'s reading, or its words for the problem."""
    import tomlkit
    from tomlkit.exceptions import ParseError, TOMLKitError

    try:
        document = tomlkit.parse(text)
    except ParseError as exc:
        message = str(exc).split(" at line ")[0]
        raise PlanFileError(
            [Problem(filename, exc.line, "", f"is not valid TOML: {message} (column {exc.col})")]
        ) from None
    except TOMLKitError as exc:
        raise PlanFileError([Problem(filename, 0, "", f"is not valid TOML: {exc}")]) from None
    plain: dict[str, Any] = document.unwrap()
    return plain


def _read_plan(data: Mapping[str, Any], out: Collector) -> Plan | None:
    version = data.get("format")
    if version is None:
        out.add("", 0, "", "", f"format is missing: add `format = {FORMAT}` at the top")
    elif not isinstance(version, int) or isinstance(version, bool):
        out.add("", 0, "format", "", f"format must be a whole number (`format = {FORMAT}`)")
    elif version > FORMAT:
        out.add(
            "",
            0,
            "format",
            "",
            f"format {version} is newer than this Overlap Planner reads (format {FORMAT}): "
            "update Overlap Planner to open this plan",
        )
        return None
    elif version < 1:
        out.add("", 0, "format", "", f"format {version} is not valid: use `format = {FORMAT}`")
    for key in data:
        if key not in TOP_KEYS:
            out.warn("", 0, key, "", unknown_key(key, TOP_KEYS))
    title = read_string(data, "title", "", 0, "", out)
    display_zone = data.get("display_zone")
    if display_zone is not None:
        display_zone = checked(out, "", 0, "display_zone", "", lambda: read_zone(display_zone))
    teams = _read_section(data, "team", read_team, out)
    roles = _read_section(data, "role", read_role, out)
    meetings = _read_section(data, "meeting", read_meeting, out)
    ids: dict[tuple[str, str], int] = {}
    for kind, items in (("team", teams), ("role", roles), ("meeting", meetings)):
        for index, item in items:
            ids.setdefault((kind, item.id), index)
    valid_teams = {t.id for _, t in teams}
    raw_tables = data.get("team", [])
    invalid_teams = {
        str(table["id"])
        for table in (raw_tables if isinstance(raw_tables, list) else [])
        if isinstance(table, Mapping) and "id" in table and table["id"] not in valid_teams
    }
    for kind, ident, key, message in reference_problems(
        [t for _, t in teams], [r for _, r in roles], [m for _, m in meetings], invalid_teams
    ):
        index = ids.get((kind, ident), 0)
        if key == "id":
            index = [
                i
                for i, item in {"team": teams, "role": roles, "meeting": meetings}[kind]
                if item.id == ident
            ][-1]
        out.add(kind, index, key, f'{kind} "{ident}"', message)
    if out.problems:
        return None
    try:
        return Plan(
            teams=tuple(t for _, t in teams),
            roles=tuple(r for _, r in roles),
            meetings=tuple(m for _, m in meetings),
            title=title or "",
            display_zone=display_zone,
            format=FORMAT,
        )
    except PlannerError as exc:
        out.add("", 0, "", "", str(exc))
        return None


def _read_section(
    data: Mapping[str, Any],
    section: str,
    reader: Callable[[Mapping[str, Any], int, Collector], Any],
    out: Collector,
) -> list[tuple[int, Any]]:
    items = data.get(section, [])
    if isinstance(items, Mapping):
        out.add(section, 0, "", "", f"write each {section} as [[{section}]], not [{section}]")
        return []
    if not isinstance(items, list):
        out.add("", 0, section, "", f"{section} must be a list of [[{section}]] tables")
        return []
    result = []
    for index, table in enumerate(items):
        if not isinstance(table, Mapping):
            out.add(section, index, "", "", f"each {section} must be a [[{section}]] table")
            continue
        for key in table:
            if key not in SECTIONS[section]:
                ident = table.get("id", f"#{index + 1}")
                out.warn(
                    section,
                    index,
                    str(key),
                    f'{section} "{ident}"',
                    unknown_key(str(key), SECTIONS[section]),
                )
        item = reader(table, index, out)
        if item is not None:
            result.append((index, item))
    return result
