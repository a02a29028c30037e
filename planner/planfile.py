"""The plan file (TOML, format 1): load with every problem at file:line, save atomically.

Saving edits the document that was loaded, key by key, so comments, key order and keys
this version does not know survive; only values that changed are rewritten.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import tomlkit
from tomlkit.exceptions import ParseError, TOMLKitError
from tomlkit.items import AoT, Table

from planner.atomic import write_atomic
from planner.errors import PlanFileError, PlannerError, Problem
from planner.model import (
    ByDay,
    Meeting,
    Plan,
    Repeat,
    Role,
    Team,
    WeekHours,
    check_meeting_url,
    check_year,
    reference_problems,
)
from planner.recurrence import check_rule

FORMAT = 1
TOP_KEYS = ("format", "title", "display_zone", "team", "role", "meeting")
TEAM_KEYS = ("id", "name", "side", "zone", "hours", "holidays", "days_off")
ROLE_KEYS = (
    "id",
    "name",
    "kind",
    "client",
    "vendor",
    "min_coverage_percent",
    "min_overlap_minutes",
    "max_reply_hours",
)
MEETING_KEYS = (
    "id",
    "title",
    "teams",
    "duration_minutes",
    "zone",
    "start",
    "repeat",
    "skip_holidays",
    "description",
    "location",
    "url",
    "reminder_minutes",
)
REPEAT_KEYS = ("freq", "interval", "byday", "until", "count")
T = TypeVar("T")
SECTIONS = {"team": TEAM_KEYS, "role": ROLE_KEYS, "meeting": MEETING_KEYS}


@dataclass(frozen=True, slots=True)
class PlanDocument:
    """A loaded plan with the document it came from, for saves that keep comments.

    Attributes:
        plan: the validated plan.
        document: the TOML document as read (or as last saved).
        path: the file, or None for a new plan never saved.
        warnings: non-fatal findings (unknown keys), as ``file:line: ...`` lines.
    """

    plan: Plan
    document: tomlkit.TOMLDocument = field(compare=False)
    path: Path | None = None
    warnings: tuple[str, ...] = ()


class _LineIndex:
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


class _Collector:
    """Gathers problems while reading, so that every one is reported at once."""

    def __init__(self, filename: str, lines: _LineIndex) -> None:
        self.filename = filename
        self.lines = lines
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []

    def add(self, section: str, index: int, key: str, where: str, message: str) -> None:
        self.problems.append(
            Problem(self.filename, self.lines.line(section, index, key), where, message)
        )

    def warn(self, section: str, index: int, key: str, where: str, message: str) -> None:
        self.warnings.append(
            Problem(self.filename, self.lines.line(section, index, key), where, message)
        )


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
    """Validate plan text; PlanFileError lists every problem with its line."""
    try:
        document = tomlkit.parse(text)
    except ParseError as exc:
        message = str(exc).split(" at line ")[0]
        raise PlanFileError(
            [Problem(filename, exc.line, "", f"is not valid TOML: {message} (column {exc.col})")]
        ) from None
    except TOMLKitError as exc:
        raise PlanFileError([Problem(filename, 0, "", f"is not valid TOML: {exc}")]) from None
    lines = _LineIndex(text)
    out = _Collector(filename, lines)
    data: dict[str, Any] = document.unwrap()
    plan = _read_plan(data, out)
    if out.problems or plan is None:
        raise PlanFileError(out.problems)
    return PlanDocument(plan, document, path, tuple(str(w) for w in out.warnings))


def _read_plan(data: Mapping[str, Any], out: _Collector) -> Plan | None:
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
            out.warn("", 0, key, "", _unknown_key(key, TOP_KEYS))
    title = _string(data, "title", "", 0, "", out)
    display_zone = data.get("display_zone")
    if display_zone is not None:
        display_zone = _checked(out, "", 0, "display_zone", "", lambda: _zone(display_zone))
    teams = _read_section(data, "team", _read_team, out)
    roles = _read_section(data, "role", _read_role, out)
    meetings = _read_section(data, "meeting", _read_meeting, out)
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


def _unknown_key(key: str, known: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(key, known, n=1)
    hint = f' (did you mean "{close[0]}"?)' if close else ""
    return f'unknown key "{key}"{hint}: it is kept when the plan is saved, but not used'


def _checked(
    out: _Collector, section: str, index: int, key: str, where: str, read: Callable[[], T]
) -> T | None:
    try:
        return read()
    except PlannerError as exc:
        out.add(section, index, key, where, str(exc))
        return None


def _read_section(
    data: Mapping[str, Any],
    section: str,
    reader: Callable[[Mapping[str, Any], int, _Collector], Any],
    out: _Collector,
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
                    _unknown_key(str(key), SECTIONS[section]),
                )
        item = reader(table, index, out)
        if item is not None:
            result.append((index, item))
    return result


def _zone(value: Any) -> str:
    from planner.zones import load_zone

    if not isinstance(value, str):
        raise PlannerError('a time zone must be a string such as "Asia/Manila"')
    load_zone(value)
    return value


def _string(
    table: Mapping[str, Any], key: str, section: str, index: int, where: str, out: _Collector
) -> str | None:
    value = table.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        out.add(section, index, key, where, f"{key} must be a string in quotes")
        return None
    return value


def _whole(value: Any, key: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise PlannerError(f"{key} must be a whole number, not {value!r}")
    return value


def _number(value: Any, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PlannerError(f"{key} must be a number, not {value!r}")
    return float(value)


def _date(value: Any, key: str) -> date:
    if isinstance(value, datetime):
        raise PlannerError(f"{key} must be a date (YYYY-MM-DD), not a date and time")
    if isinstance(value, date):
        return check_year(value, key)
    if isinstance(value, str):
        try:
            parsed = date.fromisoformat(value.strip())
        except ValueError:
            pass
        else:
            return check_year(parsed, key)
    raise PlannerError(f'{key} {value!r} is not a date: write "YYYY-MM-DD", e.g. "2027-07-05"')


def _required_id(table: Mapping[str, Any], section: str, index: int, out: _Collector) -> str | None:
    value = table.get("id")
    if value is None:
        out.add(
            section,
            index,
            "",
            f"{section} #{index + 1}",
            'id is missing: add id = "..." (lower case)',
        )
        return None
    from planner.model import check_id

    return _checked(
        out, section, index, "id", f"{section} #{index + 1}", lambda: check_id(value, section)
    )


def _read_team(table: Mapping[str, Any], index: int, out: _Collector) -> Team | None:
    ident = _required_id(table, "team", index, out)
    where = f'team "{ident or "#" + str(index + 1)}"'
    before = len(out.problems)

    def need(key: str, hint: str) -> Any:
        if key not in table:
            out.add("team", index, "", where, f"{key} is missing: {hint}")
        return table.get(key)

    side = need("side", 'add side = "client" or side = "vendor"')
    if side is not None and side not in ("client", "vendor"):
        out.add("team", index, "side", where, f'side must be "client" or "vendor", not {side!r}')
    zone = need("zone", 'add zone = "Area/City", e.g. "Asia/Manila"')
    if zone is not None:
        _checked(out, "team", index, "zone", where, lambda: _zone(zone))
    hours_value = need("hours", 'add hours = { "mon-fri" = ["09:00-17:00"] }')
    hours = None
    if hours_value is not None:
        hours = _checked(out, "team", index, "hours", where, lambda: WeekHours.parse(hours_value))
    name = _string(table, "name", "team", index, where, out)
    holidays = table.get("holidays")
    if holidays is not None:
        from planner.daysoff import check_holiday_code

        if not isinstance(holidays, str):
            out.add(
                "team", index, "holidays", where, 'holidays must be a country code such as "US-NY"'
            )
        else:
            _checked(out, "team", index, "holidays", where, lambda: check_holiday_code(holidays))
    days_off_value = table.get("days_off", [])
    days_off: list[date] = []
    if not isinstance(days_off_value, list):
        out.add(
            "team", index, "days_off", where, 'days_off must be a list of dates: ["2027-07-05"]'
        )
    else:
        for value in days_off_value:
            day = _checked(out, "team", index, "days_off", where, partial(_date, value, "days_off"))
            if day is not None:
                days_off.append(day)
    if len(out.problems) > before or ident is None or hours is None:
        return None
    return _checked(
        out,
        "team",
        index,
        "",
        where,
        lambda: Team(ident, side, zone, hours, name or "", holidays, tuple(days_off)),
    )


def _read_role(table: Mapping[str, Any], index: int, out: _Collector) -> Role | None:
    ident = _required_id(table, "role", index, out)
    where = f'role "{ident or "#" + str(index + 1)}"'
    before = len(out.problems)
    kind: Any = table.get("kind")
    if kind is None:
        out.add(
            "role", index, "", where, 'kind is missing: add kind = "realtime" or kind = "async"'
        )
    elif kind not in ("realtime", "async"):
        out.add("role", index, "kind", where, f'kind must be "realtime" or "async", not {kind!r}')
    names: dict[str, Any] = {}
    for key in ("client", "vendor"):
        value = table.get(key)
        if value is None:
            out.add("role", index, "", where, f'{key} is missing: add {key} = "<team id>"')
        elif not isinstance(value, str):
            out.add("role", index, key, where, f"{key} must be a team id in quotes")
        names[key] = value
    numbers: dict[str, Any] = {}
    for key, reader in (
        ("min_coverage_percent", _number),
        ("min_overlap_minutes", _whole),
        ("max_reply_hours", _number),
    ):
        if key in table:
            numbers[key] = _checked(
                out, "role", index, key, where, partial(reader, table[key], key)
            )
    name = _string(table, "name", "role", index, where, out)
    if len(out.problems) > before or ident is None:
        return None
    return _checked(
        out,
        "role",
        index,
        "",
        where,
        lambda: Role(ident, kind, names["client"], names["vendor"], name or "", **numbers),
    )


def _start(value: Any) -> datetime:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            raise PlannerError(
                "start is wall time in the meeting's zone: write it without an offset"
            )
        return value
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.strip())
        except ValueError:
            parsed = None
        if parsed is not None and parsed.tzinfo is None and "T" in value:
            return parsed
    raise PlannerError(f'start {value!r} is not a local date and time: write "YYYY-MM-DDTHH:MM"')


def _repeat(value: Any) -> Repeat:
    if not isinstance(value, Mapping):
        raise PlannerError('repeat must be a table such as { freq = "weekly", byday = ["TU"] }')
    unknown = [k for k in value if k not in REPEAT_KEYS]
    if unknown:
        raise PlannerError(_unknown_key(str(unknown[0]), REPEAT_KEYS).split(":")[0] + " in repeat")
    if "freq" not in value:
        raise PlannerError('repeat needs freq = "daily", "weekly" or "monthly"')
    byday = value.get("byday", [])
    if isinstance(byday, str):
        byday = [byday]
    if not isinstance(byday, list):
        raise PlannerError('repeat byday must be a list such as ["TU"]')
    return Repeat(
        freq=value["freq"],
        interval=_whole(value.get("interval", 1), "repeat interval"),
        byday=tuple(ByDay.parse(b) for b in byday),
        until=_date(value["until"], "repeat until") if "until" in value else None,
        count=_whole(value["count"], "repeat count") if "count" in value else None,
    )


def _rule_ok(meeting: Meeting) -> bool:
    check_rule(meeting)
    return True


def _read_meeting(table: Mapping[str, Any], index: int, out: _Collector) -> Meeting | None:
    ident = _required_id(table, "meeting", index, out)
    where = f'meeting "{ident or "#" + str(index + 1)}"'
    before = len(out.problems)
    teams: Any = table.get("teams")
    if teams is None:
        out.add("meeting", index, "", where, 'teams is missing: add teams = ["hq", "mnl"]')
    elif not isinstance(teams, list) or not all(isinstance(t, str) for t in teams):
        out.add("meeting", index, "teams", where, 'teams must be a list of team ids: ["hq", "mnl"]')
    duration: Any = table.get("duration_minutes")
    if duration is None:
        out.add(
            "meeting", index, "", where, "duration_minutes is missing: add duration_minutes = 30"
        )
    else:
        duration = _checked(
            out,
            "meeting",
            index,
            "duration_minutes",
            where,
            partial(_whole, duration, "duration_minutes"),
        )
    start = None
    if "start" not in table:
        out.add("meeting", index, "", where, 'start is missing: add start = "2027-01-05T10:00"')
    else:
        start = _checked(out, "meeting", index, "start", where, lambda: _start(table["start"]))
    zone = table.get("zone")
    if zone is not None:
        _checked(out, "meeting", index, "zone", where, lambda: _zone(zone))
    repeat = None
    if "repeat" in table:
        repeat = _checked(out, "meeting", index, "repeat", where, lambda: _repeat(table["repeat"]))
    skip = table.get("skip_holidays", True)
    if not isinstance(skip, bool):
        out.add("meeting", index, "skip_holidays", where, "skip_holidays must be true or false")
    reminder = table.get("reminder_minutes")
    if reminder is not None:
        reminder = _checked(
            out,
            "meeting",
            index,
            "reminder_minutes",
            where,
            lambda: _whole(reminder, "reminder_minutes"),
        )
    texts = {
        k: _string(table, k, "meeting", index, where, out) or ""
        for k in ("title", "description", "location", "url")
    }
    _checked(out, "meeting", index, "url", where, lambda: check_meeting_url(texts["url"]))
    if len(out.problems) > before or ident is None or start is None:
        return None
    meeting = _checked(
        out,
        "meeting",
        index,
        "",
        where,
        lambda: Meeting(
            id=ident,
            teams=tuple(teams),
            duration_minutes=duration,
            start_date=start.date(),
            start_time=start.time(),
            zone=zone,
            repeat=repeat,
            skip_holidays=skip,
            reminder_minutes=reminder,
            **texts,
        ),
    )
    if meeting is not None and _checked(
        out, "meeting", index, "start", where, partial(_rule_ok, meeting)
    ):
        return meeting
    return None


# Writing --------------------------------------------------------------------------------


def _plain_number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def encode_team(team: Team) -> dict[str, Any]:
    """A team as plan-file values, in file order; optional keys at their default left out."""
    values: dict[str, Any] = {"id": team.id}
    if team.name != team.id:
        values["name"] = team.name
    values["side"] = team.side
    values["zone"] = team.zone
    values["hours"] = team.hours.to_mapping()
    if team.holidays:
        values["holidays"] = team.holidays
    if team.days_off:
        values["days_off"] = [d.isoformat() for d in team.days_off]
    return values


def encode_role(role: Role) -> dict[str, Any]:
    """A role as plan-file values, in file order; defaults left out."""
    values: dict[str, Any] = {"id": role.id}
    if role.name != role.id:
        values["name"] = role.name
    values.update(kind=role.kind, client=role.client, vendor=role.vendor)
    if role.kind == "realtime" and role.min_coverage_percent != 100:
        values["min_coverage_percent"] = _plain_number(role.min_coverage_percent)
    if role.kind == "async":
        if role.min_overlap_minutes != 60:
            values["min_overlap_minutes"] = role.min_overlap_minutes
        if role.max_reply_hours != 24:
            values["max_reply_hours"] = _plain_number(role.max_reply_hours)
    return values


def encode_repeat(repeat: Repeat) -> dict[str, Any]:
    """A repeat rule as plan-file values."""
    values: dict[str, Any] = {"freq": repeat.freq}
    if repeat.interval != 1:
        values["interval"] = repeat.interval
    if repeat.byday:
        values["byday"] = [str(b) for b in repeat.byday]
    if repeat.until is not None:
        values["until"] = repeat.until.isoformat()
    if repeat.count is not None:
        values["count"] = repeat.count
    return values


def encode_meeting(meeting: Meeting) -> dict[str, Any]:
    """A meeting as plan-file values, in file order; defaults left out."""
    values: dict[str, Any] = {"id": meeting.id}
    if meeting.title != meeting.id:
        values["title"] = meeting.title
    values["teams"] = list(meeting.teams)
    values["duration_minutes"] = meeting.duration_minutes
    if meeting.zone:
        values["zone"] = meeting.zone
    values["start"] = f"{meeting.start_date.isoformat()}T{meeting.start_time:%H:%M}"
    if meeting.repeat is not None:
        values["repeat"] = encode_repeat(meeting.repeat)
    if not meeting.skip_holidays:
        values["skip_holidays"] = False
    for key in ("description", "location", "url"):
        if getattr(meeting, key):
            values[key] = getattr(meeting, key)
    if meeting.reminder_minutes is not None:
        values["reminder_minutes"] = meeting.reminder_minutes
    return values


_ENCODERS: dict[str, Callable[[Any], dict[str, Any]]] = {
    "team": encode_team,
    "role": encode_role,
    "meeting": encode_meeting,
}


def _toml_value(value: Any) -> Any:
    """A value for tomlkit, tables inline in the style of the docs.

    That style is ``{ "mon-fri" = ["09:00-17:00"] }``.
    """
    if isinstance(value, dict):
        return tomlkit.parse(f"x = {_inline_text(value)}\n")["x"]
    if isinstance(value, list):
        array = tomlkit.array()
        array.extend(_toml_value(v) for v in value)
        return array
    return value


_BARE_KEY = re.compile(r"[A-Za-z0-9_]+\Z")


def _inline_text(value: Any) -> str:
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = ", ".join(
            f"{k if _BARE_KEY.match(k) else tomlkit.string(k).as_string()} = {_inline_text(v)}"
            for k, v in value.items()
        )
        return f"{{ {items} }}"
    if isinstance(value, list):
        return "[" + ", ".join(_inline_text(v) for v in value) + "]"
    return str(tomlkit.item(value).as_string())


def _encode_top(plan: Plan) -> dict[str, Any]:
    values: dict[str, Any] = {"format": FORMAT}
    if plan.title:
        values["title"] = plan.title
    if plan.display_zone:
        values["display_zone"] = plan.display_zone
    return values


def dump_plan(plan: Plan, base: PlanDocument | None = None) -> str:
    """The plan as TOML text; with ``base``, its document edited only where values changed.

    >>> print(dump_plan(Plan(title="Empty")), end="")
    format = 1
    title = "Empty"
    """
    document = tomlkit.parse(tomlkit.dumps(base.document)) if base else tomlkit.document()
    old = base.plan if base else Plan()
    _update_table(document, _encode_top(old) if base else {}, _encode_top(plan))
    for section, items, old_items in (
        ("team", plan.teams, old.teams),
        ("role", plan.roles, old.roles),
        ("meeting", plan.meetings, old.meetings),
    ):
        _update_section(document, section, items, {o.id: o for o in old_items})
    return tomlkit.dumps(document)


def _update_table(table: Any, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
    for key, value in new.items():
        if key not in table or old.get(key) != value:
            table[key] = _toml_value(value)
    for key in old:
        if key not in new and key in table:
            del table[key]


def _update_section(
    document: tomlkit.TOMLDocument, section: str, items: tuple[Any, ...], old: dict[str, Any]
) -> None:
    encode = _ENCODERS[section]
    existing = document.get(section)
    tables: dict[str, Table] = {}
    if isinstance(existing, AoT):
        for table in existing:
            if isinstance(table.get("id"), str):
                tables.setdefault(str(table["id"]), table)
    if not items:
        if section in document:
            del document[section]
        return
    ordered = []
    for item in items:
        table = tables.get(item.id) if item.id in old else None
        if table is None:
            table = tomlkit.table()
            _update_table(table, {}, encode(item))
        else:
            _update_table(table, encode(old[item.id]), encode(item))
        ordered.append(table)
    if isinstance(existing, AoT) and [t.get("id") for t in existing] == [i.id for i in items]:
        return
    array = tomlkit.aot()
    for table in ordered:
        array.append(table)
    if section in document:
        del document[section]
    document[section] = array


def save_plan(plan: Plan, path: str | Path, base: PlanDocument | None = None) -> PlanDocument:
    """Write the plan atomically, keeping the previous file as ``<name>.bak``.

    Returns:
        The document as saved, to pass as ``base`` to the next save.
    """
    text = dump_plan(plan, base)
    target = Path(path)
    write_atomic(target, text.encode("utf-8"), backup=True)
    return PlanDocument(plan, tomlkit.parse(text), target, ())


def new_document(plan: Plan) -> PlanDocument:
    """A document for a plan that has no file yet."""
    return PlanDocument(plan, tomlkit.parse(dump_plan(plan)), None, ())
