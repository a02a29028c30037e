"""Loading a plan file (TOML, format 1): every problem reported at once, at its file:line."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Mapping
from typing import Any

from planner.errors import PlanFileError, PlannerError, where_of
from planner.plan.collector import Collector, LineIndex, checked, unknown_key
from planner.plan.document import FORMAT, SECTIONS, TOP_KEYS, PlanDocument
from planner.plan.holiday_years import holiday_gaps
from planner.plan.model import Plan, reference_problems
from planner.plan.source import read_plan_text
from planner.plan.tables import read_meeting, read_role, read_team
from planner.plan.values import read_string, read_zone
from planner.text import Text


def load_plan(path: str | os.PathLike[str]) -> PlanDocument:
    """Read and validate a plan file; PlanFileError lists every problem.

    Only a regular file of at most 1 MB is read (:mod:`planner.plan.source`).

    >>> from importlib import resources
    >>> example = resources.files("resources.examples").joinpath("newyork-manila-kyiv.toml")
    >>> [t.id for t in load_plan(str(example)).plan.teams]
    ['hq', 'mnl', 'kyiv']
    """
    name = os.fspath(path)
    return parse_plan(read_plan_text(name), name, name)


def parse_plan(text: str, filename: str = "<plan>", path: str | None = None) -> PlanDocument:
    r"""Validate plan text; PlanFileError lists every problem with its line.

    The values are read with the standard library's ``tomllib`` (fast); the comment-keeping
    document a save edits is made from the text only when needed (``PlanDocument.document``).

    >>> parse_plan('format = 1\ntitle = "Empty"\n').plan.title
    'Empty'
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        from planner.plan.toml_errors import toml_problem

        raise PlanFileError([toml_problem(exc, text, filename)]) from None
    # Paths written in the plan are relative to its folder ("." for a bare file name).
    out = Collector(filename, LineIndex(text), os.path.dirname(path or filename) or ".")
    plan = _read_plan(data, out)
    if out.problems or plan is None:
        raise PlanFileError(out.problems)
    for index, message in holiday_gaps(plan):
        out.warn("team", index, "holidays", where_of("team", plan.teams[index].id), message)
    return PlanDocument(plan, text, path, tuple(str(w) for w in out.warnings))


def _read_plan(data: Mapping[str, Any], out: Collector) -> Plan | None:
    version = data.get("format")
    if version is None and not any(key in data for key in TOP_KEYS):
        found = ", ".join(
            f"[{key}]" if isinstance(data[key], Mapping) else key for key in list(data)[:3]
        )
        has = Text("it has {found}", found=found) if found else Text("it is empty")
        out.add(
            "",
            0,
            "",
            "",
            Text(
                "no [[team]] table and no `format = {FORMAT}`: is this a plan? ({has}; a plan starts with `format = {FORMAT}` and lists its teams as [[team]] tables)",
                FORMAT=FORMAT,
                has=has,
            ),
        )
        return None
    if version is None:
        out.add(
            "",
            0,
            "",
            "",
            Text("format is missing: add `format = {FORMAT}` at the top", FORMAT=FORMAT),
        )
    elif not isinstance(version, int) or isinstance(version, bool):
        out.add(
            "",
            0,
            "format",
            "",
            Text("format must be a whole number (`format = {FORMAT}`)", FORMAT=FORMAT),
        )
    elif version > FORMAT:
        out.add(
            "",
            0,
            "format",
            "",
            Text(
                "format {version} is newer than this Overlap Planner reads (format {FORMAT}): update Overlap Planner to open this plan",
                version=version,
                FORMAT=FORMAT,
            ),
        )
        return None
    elif version < 1:
        out.add(
            "",
            0,
            "format",
            "",
            Text(
                "format {version} is not valid: use `format = {FORMAT}`",
                version=version,
                FORMAT=FORMAT,
            ),
        )
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
        table["id"]
        for table in (raw_tables if isinstance(raw_tables, list) else [])
        if isinstance(table, Mapping)
        and isinstance(table.get("id"), str)
        and table["id"] not in valid_teams
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
        out.add(kind, index, key, where_of(kind, ident), message)
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
        out.add(
            section,
            0,
            "",
            "",
            Text("write each {section} as [[{section}]], not [{section}]", section=section),
        )
        return []
    if not isinstance(items, list):
        out.add(
            "",
            0,
            section,
            "",
            Text("{section} must be a list of [[{section}]] tables", section=section),
        )
        return []
    result = []
    for index, table in enumerate(items):
        if not isinstance(table, Mapping):
            out.add(
                section,
                index,
                "",
                "",
                Text("each {section} must be a [[{section}]] table", section=section),
            )
            continue
        for key in table:
            if key not in SECTIONS[section]:
                ident = table.get("id")
                ident = ident if isinstance(ident, str) else f"#{index + 1}"
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
