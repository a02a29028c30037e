r"""Saving a plan file atomically, editing the loaded document only where values changed.

Comments, key order and keys this version does not know survive a save, and so do the
file's line endings and byte-order mark: a plan written on Windows (CRLF, perhaps a BOM)
and edited on Linux or macOS keeps them, so that only what the user changed differs. New
files get ``\n`` and no BOM.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.items import AoT, Table

from planner.atomic import write_atomic
from planner.plan.document import FORMAT, PlanDocument
from planner.plan.hours import WeekHours
from planner.plan.meeting import Meeting, Repeat
from planner.plan.model import Plan, Role, Team
from planner.plan.splice import Unsplittable, Values, splice_plan
from planner.plan.toml_edit import update_table


def _plain_number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def encode_team(team: Team) -> dict[str, Any]:
    """A team as plan-file values, in file order; optional keys at their default left out."""
    values: dict[str, Any] = {"id": team.id}
    if team.name != team.id:
        values["name"] = team.name
    values["side"] = team.side
    values["zone"] = team.zone
    values["hours"] = _hours_mapping(team.hours)
    if team.holidays:
        values["holidays"] = team.holidays
    if team.days_off:
        values["days_off"] = [d.isoformat() for d in team.days_off]
    if team.city:
        values["city"] = team.city
    if team.exceptions:
        values["exceptions"] = team.exceptions.to_mapping()
    # One person on every shift (most teams) is written as nothing: no need to ask.
    plain = team.agents.default == 1 and not team.agents.counts
    agents = None if plain else team.agents.encode(team.hours)
    if agents is not None:
        values["agents"] = agents
    return values


def _hours_mapping(hours: WeekHours) -> dict[str, list[str]]:
    """``hours.to_mapping()``, each distinct week worked out once (teams share a few)."""
    return {key: list(shifts) for key, shifts in _mapping_of(hours).items()}


@functools.lru_cache(maxsize=4096)
def _mapping_of(hours: WeekHours) -> dict[str, list[str]]:
    return hours.to_mapping()


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
        if role.reply_within_hours is not None:
            values["reply_within_hours"] = _plain_number(role.reply_within_hours)
    if role.demand is not None:
        values["demand"] = role.demand.encode()
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
    if meeting.moved:
        values["moved"] = {m.key: f"{m.start:%Y-%m-%dT%H:%M}" for m in meeting.moved}
    return values


_ENCODERS: dict[str, Callable[[Any], dict[str, Any]]] = {
    "team": encode_team,
    "role": encode_role,
    "meeting": encode_meeting,
}


def _encode_top(plan: Plan) -> dict[str, Any]:
    values: dict[str, Any] = {"format": FORMAT}
    if plan.title:
        values["title"] = plan.title
    if plan.display_zone:
        values["display_zone"] = plan.display_zone
    return values


def dump_plan(plan: Plan, base: PlanDocument | None = None) -> str:
    """The plan as TOML text; with ``base``, its text edited only where values changed.

    Only the entries whose values changed are edited (:mod:`planner.plan.splice`); a text
    that cannot be cut into its entries with certainty is edited as a whole document
    (:func:`dump_document`), with the same result.

    >>> print(dump_plan(Plan(title="Empty")), end="")
    format = 1
    title = "Empty"
    """
    old = base.plan if base else Plan()
    kinds = {}
    for kind, items, old_items in _sections(plan, old):
        encode = _ENCODERS[kind]
        before = {o.id: (o, encode(o)) for o in old_items}
        # An entry the edit left alone is the same object: its values are those before.
        after = [
            (i.id, found[1] if (found := before.get(i.id)) and found[0] is i else encode(i))
            for i in items
        ]
        kinds[kind] = Values({k: v for k, (_, v) in before.items()}, after)
    holidays = {team.id: team.holidays for team in old.teams if team.holidays is not None}
    top = (_encode_top(old) if base else {}, _encode_top(plan))
    try:
        return splice_plan(base.text if base else "", top, kinds, holidays)
    except Unsplittable:
        return dump_document(plan, base)


def _sections(plan: Plan, old: Plan) -> tuple[tuple[str, tuple[Any, ...], tuple[Any, ...]], ...]:
    return (
        ("team", plan.teams, old.teams),
        ("role", plan.roles, old.roles),
        ("meeting", plan.meetings, old.meetings),
    )


def dump_document(plan: Plan, base: PlanDocument | None = None) -> str:
    """The plan as TOML text by editing ``base``'s whole tomlkit document (slow on large plans).

    What :func:`dump_plan` does part by part, for a text it cannot cut into its entries.

    >>> print(dump_document(Plan(title="Empty")), end="")
    format = 1
    title = "Empty"
    """
    document = base.document if base else tomlkit.document()  # a new copy to edit
    old = base.plan if base else Plan()
    update_table(document, _encode_top(old) if base else {}, _encode_top(plan))
    for section, items, old_items in _sections(plan, old):
        _update_section(document, section, items, {o.id: o for o in old_items})
    return tomlkit.dumps(document)


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
            update_table(table, {}, encode(item))
        else:
            update_table(table, encode(old[item.id]), encode(item))
        ordered.append(table)
    if isinstance(existing, AoT) and [t.get("id") for t in existing] == [i.id for i in items]:
        return
    array = tomlkit.aot()
    for table in ordered:
        array.append(table)
    if section in document:
        del document[section]
    document[section] = array


_BOM = b"\xef\xbb\xbf"


def file_style(path: Path) -> tuple[bytes, bytes]:
    r"""The byte-order mark (or ``b""``) and line ending of an existing file; a new file's.

    A file without a line break, or one that cannot be read, counts as new.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     plan = Path(folder) / "plan.toml"
    ...     new = file_style(plan)
    ...     _ = plan.write_bytes(b'format = 1\r\ntitle = "Acme"\r\n')
    ...     new, file_style(plan)
    ((b'', b'\n'), (b'', b'\r\n'))
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(1 << 16)
    except OSError:
        return b"", b"\n"
    bom = _BOM if head.startswith(_BOM) else b""
    end = head.find(b"\n")
    newline = b"\r\n" if end > 0 and head[end - 1 : end] == b"\r" else b"\n"
    return bom, newline


def encode_in_style(text: str, style: tuple[bytes, bytes]) -> bytes:
    r"""``text`` as UTF-8 with the given byte-order mark and line ending.

    >>> encode_in_style("a = 1\nb = 2\n", (b"", b"\r\n"))
    b'a = 1\r\nb = 2\r\n'
    """
    bom, newline = style
    data = text.replace("\r\n", "\n").encode("utf-8")
    return bom + (data.replace(b"\n", newline) if newline != b"\n" else data)


def save_plan(plan: Plan, path: str | Path, base: PlanDocument | None = None) -> PlanDocument:
    """Write the plan atomically, keeping the previous file as ``<name>.bak``.

    An existing file keeps its line endings and byte-order mark (see the module's text).

    Returns:
        The document as saved, to pass as ``base`` to the next save.
    """
    text = dump_plan(plan, base)
    target = Path(path)
    write_atomic(target, encode_in_style(text, file_style(target)), backup=True)
    return PlanDocument(plan, text, str(target), ())


def new_document(plan: Plan) -> PlanDocument:
    """A document for a plan that has no file yet."""
    return PlanDocument(plan, dump_plan(plan), None, ())
