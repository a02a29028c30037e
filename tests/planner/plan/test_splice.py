"""A save edits only the changed entries, and writes what editing the whole document writes.

The reference is :func:`dump_document`, which edits the file's whole tomlkit document:
for random plan files (comments, blank lines, indented headers, key orders, entries of
different kinds interleaved, CRLF, dotted keys and inline sub-tables) and random edits,
:func:`dump_plan` writes the same text, and that text reads back as the edited plan.
One difference on purpose: when entries of a kind the file has are added, removed or
reordered, tomlkit moves the whole kind to the end of the file and adds a blank line at
each such save; the splice keeps the kind in its place, one blank line between entries.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.errors import PlannerError
from planner.plan import splice, writing
from planner.plan.document import PlanDocument
from planner.plan.model import Plan
from planner.plan.reading import parse_plan
from planner.plan.writing import dump_document, dump_plan

ZONES = ("America/New_York", "Asia/Manila", "Europe/Kyiv", "UTC")
HOLIDAYS = ("US", "PH", "UA", "us-ny", "GB")
HOURS = (
    '{ "mon-fri" = ["09:00-17:00"] }',
    '{ "mon-fri" = ["21:00-06:00"] }',
    '{ daily = ["08:00-12:00", "13:00-17:00"] }',
    "{}",
)
TEAM_IDS = ("hq", "mnl", "kyiv", "lon", "syd")
INDENTS = st.sampled_from(("", "", "", "  ", "\t"))
EQUALS = st.sampled_from((" = ", " = ", "=", "  =  ", "\t= "))
COMMENTS = st.sampled_from(("", "", "  # note", " # [[team]] is not a header", "\t# ünïcode"))


@dataclass
class Spec:
    """A plan as parts: (kind, key/value lines, demand lines or None), in file order."""

    top: list[tuple[str, str]]
    entries: list[tuple[str, list[tuple[str, str]], list[tuple[str, str]] | None]]


def team_lines(draw: st.DrawFn, team_id: str, side: str) -> list[tuple[str, str]]:
    lines = [("id", f'"{team_id}"'), ("side", f'"{side}"')]
    lines.append(("zone", f'"{draw(st.sampled_from(ZONES))}"'))
    lines.append(("hours", draw(st.sampled_from(HOURS))))
    if draw(st.booleans()):
        lines.append(("name", f'"{draw(st.sampled_from(("Acme HQ", "Ops", "Nuit")))}"'))
    if draw(st.booleans()):
        lines.append(("holidays", f'"{draw(st.sampled_from(HOLIDAYS))}"'))
    if draw(st.booleans()):
        lines.append(("days_off", '["2027-07-05"]'))
    if draw(st.booleans()):
        lines.append(("city", '"Paris"'))
    if draw(st.booleans()):
        lines.append(("exceptions", '{ "2027-12-24" = ["09:00-13:00"] }'))
    return draw(st.permutations(lines))


def role_lines(
    draw: st.DrawFn, role_id: str, client: str, vendor: str
) -> tuple[list[tuple[str, str]], list[tuple[str, str]] | None]:
    kind = draw(st.sampled_from(("realtime", "async")))
    lines = [("id", f'"{role_id}"'), ("kind", f'"{kind}"')]
    lines += [("client", f'"{client}"'), ("vendor", f'"{vendor}"')]
    if kind == "realtime" and draw(st.booleans()):
        lines.append(("min_coverage_percent", str(draw(st.sampled_from((50, 90, 99.5))))))
    if kind == "async" and draw(st.booleans()):
        lines.append(("min_overlap_minutes", "30"))
    demand = None
    if kind == "realtime" and draw(st.booleans()):
        demand = [("handle_seconds", "180"), ("contacts", '{ "mon-fri" = { "09:00-17:00" = 10 } }')]
        form = draw(st.sampled_from(("table", "table", "inline", "dotted")))
        if form == "inline":
            lines.append(("demand", "{ " + ", ".join(f"{k} = {v}" for k, v in demand) + " }"))
            demand = None
        elif form == "dotted":
            lines += [(f"demand.{k}", v) for k, v in demand]
            demand = None
    return draw(st.permutations(lines)), demand


def meeting_lines(draw: st.DrawFn, meeting_id: str, teams: list[str]) -> list[tuple[str, str]]:
    lines = [("id", f'"{meeting_id}"'), ("teams", "[" + ", ".join(f'"{t}"' for t in teams) + "]")]
    lines += [
        ("duration_minutes", str(draw(st.sampled_from((30, 45))))),
        ("start", '"2027-01-05T10:00"'),
    ]
    if draw(st.booleans()):
        lines.append(("title", '"Weekly status"'))
    repeat = draw(st.sampled_from(("", "inline", "dotted")))
    if repeat == "inline":
        lines.append(("repeat", '{ freq = "weekly", byday = ["TU"] }'))
    elif repeat == "dotted":
        lines += [("repeat.freq", '"weekly"'), ("repeat.byday", '["TU"]')]
    if draw(st.booleans()):
        lines.append(("zone", '"Europe/Kyiv"'))
    return draw(st.permutations(lines))


@st.composite
def specs(draw: st.DrawFn) -> Spec:
    top = [("format", "1")]
    if draw(st.booleans()):
        top.append(("title", '"Acme"'))
    if draw(st.booleans()):
        top.append(("display_zone", '"UTC"'))
    top = draw(st.permutations(top))
    count = draw(st.integers(0, 4))
    teams = [(TEAM_IDS[i], "client" if i == 0 else "vendor") for i in range(count)]
    entries: list[Any] = [("team", team_lines(draw, t, side), None) for t, side in teams]
    for index in range(draw(st.integers(0, 3)) if count > 1 else 0):
        lines, demand = role_lines(
            draw, f"r{index}", "hq", draw(st.sampled_from(TEAM_IDS[1:count]))
        )
        entries.append(("role", lines, demand))
    for index in range(draw(st.integers(0, 3)) if count > 1 else 0):
        entries.append(("meeting", meeting_lines(draw, f"m{index}", ["hq", TEAM_IDS[1]]), None))
    if draw(st.booleans()):
        entries = draw(st.permutations(entries))  # kinds interleaved, as hand-written files are
    return Spec(top, entries)


def render(draw: st.DrawFn, spec: Spec) -> str:
    """The spec as a hand-written file: comments, blank lines and spacing drawn."""
    out = []
    if draw(st.booleans()):
        out.append("# A plan\n")
    for key, value in spec.top:
        out.append(f"{key} = {value}{draw(COMMENTS)}\n")
    for kind, lines, demand in spec.entries:
        out.append(draw(st.sampled_from(("", "\n", "\n# next\n", "\n\n"))))
        out.append(f"{draw(st.sampled_from(('', '', '  ')))}[[{kind}]]{draw(COMMENTS)}\n")
        for key, value in lines:
            out.append(f"{draw(INDENTS)}{key}{draw(EQUALS)}{value}{draw(COMMENTS)}\n")
            if draw(st.integers(0, 5)) == 0:
                out.append(draw(st.sampled_from(("\n", "# a comment line\n", "   \n"))))
        if demand is not None:
            out.append(draw(st.sampled_from(("", "\n"))) + f"[{kind}.demand]{draw(COMMENTS)}\n")
            out.extend(f"{key} = {value}\n" for key, value in demand)
    out.append(draw(st.sampled_from(("", "\n", "# the end\n"))))
    text = "".join(out)
    if draw(st.booleans()) and text.endswith("\n"):
        text = text[:-1]  # no newline at the end
    if draw(st.integers(0, 3)) == 0:
        text = text.replace("\n", "\r\n")
    return text


@st.composite
def edited(draw: st.DrawFn, plan: Plan) -> Plan:
    """The plan after a few random edits, entries left alone kept as the same objects."""
    plain = draw(specs())
    new = parse_plan("".join(_plain(plain))).plan
    teams = list(plan.teams)
    fields: dict[str, Any] = {}
    for _ in range(draw(st.integers(1, 4))):
        action = draw(st.sampled_from(("top", "team", "role", "meeting", "take", "order")))
        if action == "top":
            fields["title"] = draw(st.sampled_from(("", "Acme 2027", plan.title)))
            fields["display_zone"] = draw(st.sampled_from((None, "Asia/Manila", plan.display_zone)))
        elif action == "order":
            teams = list(draw(st.permutations(teams)))
        elif action == "take":
            kind = draw(st.sampled_from(("teams", "roles", "meetings")))
            fields[kind] = tuple(draw(st.permutations(getattr(new, kind))))
        else:
            fields.update(_change(draw, plan, action))
    fields.setdefault("teams", tuple(teams))
    for kind in ("roles", "meetings"):
        fields.setdefault(kind, getattr(plan, kind))
    candidate = {**_fields(plan), **fields}
    try:
        return Plan(**candidate)
    except PlannerError:  # references broken by the draw: keep the plan's own entries
        return Plan(
            **{**candidate, "teams": plan.teams, "roles": plan.roles, "meetings": plan.meetings}
        )


def _fields(plan: Plan) -> dict[str, Any]:
    return {k: getattr(plan, k) for k in ("title", "display_zone", "teams", "roles", "meetings")}


def _change(draw: st.DrawFn, plan: Plan, kind: str) -> dict[str, Any]:
    items = list(getattr(plan, kind + "s"))
    if not items:
        return {}
    index = draw(st.integers(0, len(items) - 1))
    item = items[index]
    if kind == "team":
        item = replace(
            item,
            name=draw(st.sampled_from((item.name, item.id, "Renamed", 'Quote "q"'))),
            zone=draw(st.sampled_from((item.zone, "Asia/Tokyo"))),
            city=draw(st.sampled_from((item.city, None, "Lyon"))),
            holidays=draw(st.sampled_from((item.holidays, None, "PH"))),
        )
    elif kind == "role":
        item = replace(item, name=draw(st.sampled_from((item.name, "Desk"))))
        if item.kind == "realtime":
            item = replace(item, min_coverage_percent=draw(st.sampled_from((100, 75, 99.5))))
        if item.demand is not None and draw(st.booleans()):
            item = replace(item, demand=replace(item.demand, handle_seconds=240))
        elif draw(st.booleans()):
            item = replace(item, demand=None)
    else:
        item = replace(
            item,
            duration_minutes=draw(st.sampled_from((item.duration_minutes, 60))),
            title=draw(st.sampled_from((item.title, "Sync"))),
        )
    if draw(st.integers(0, 4)) == 0:
        del items[index]
        if kind == "team":
            return {}
    else:
        items[index] = item
    return {kind + "s": tuple(items)}


def _plain(spec: Spec) -> list[str]:
    out = [f"{k} = {v}\n" for k, v in spec.top]
    for kind, lines, demand in spec.entries:
        out.append(f"[[{kind}]]\n")
        out.extend(f"{k} = {v}\n" for k, v in lines)
        if demand:
            out.append(f"[{kind}.demand]\n")
            out.extend(f"{k} = {v}\n" for k, v in demand)
    return out


def check_same(plan: Plan, base: PlanDocument, *, cut: bool = True) -> str:
    """Both writers agree and the text reads back as ``plan``.

    With ``cut``, the text was edited entry by entry, never as a whole document.
    """
    if cut:
        fell_back = AssertionError("the whole document was edited")
        with mock.patch.object(writing, "dump_document", side_effect=fell_back):
            text = dump_plan(plan, base)
    else:
        text = dump_plan(plan, base)
    assert parse_plan(text).plan == plan
    tomllib.loads(text)
    if rearranged(plan, base.plan):
        check_in_place(text, plan, base)
    else:
        assert text == dump_document(plan, base)
    return text


KINDS = ("team", "role", "meeting")


def _ids(plan: Plan, kind: str) -> list[str]:
    return [item.id for item in getattr(plan, kind + "s")]


def rearranged(plan: Plan, old: Plan) -> bool:
    """Whether entries of a kind the old plan has were added, removed or reordered."""
    return any(
        _ids(old, kind) and _ids(plan, kind) and _ids(old, kind) != _ids(plan, kind)
        for kind in KINDS
    )


def _kind_order(text: str) -> list[str]:
    found = re.findall(r"^[ \t]*\[\[(team|role|meeting)\]\]", text, re.M)
    return list(dict.fromkeys(found))


def _blank_lines_before(kind: str, text: str) -> list[int]:
    """The blank lines before each of the kind's headers."""
    runs = re.findall(rf"\n((?:[ \t]*\r?\n)*)[ \t]*\[\[{kind}\]\]", text)
    return [run.count("\n") for run in runs]


def check_in_place(text: str, plan: Plan, base: PlanDocument) -> None:
    """The entries the whole-document edit writes, each kind where it was, no piled blank lines.

    tomlkit moves a kind whose entries were added, removed or reordered to the end of the
    file and adds a blank line at each such save; the splice writes the same entries (and
    the same top), in the kind's place, one blank line apart.
    """
    before = [k for k in _kind_order(base.text) if _ids(plan, k)]
    assert _kind_order(text)[: len(before)] == before
    for kind in KINDS:
        if _ids(base.plan, kind) and _ids(plan, kind) and _ids(base.plan, kind) != _ids(plan, kind):
            assert set(_blank_lines_before(kind, text)) <= {1}
    ids = {k: _ids(plan, k) for k in KINDS}
    written = splice.split_text(text, ids)
    reference = splice.split_text(dump_document(plan, base), ids)
    assert written.top.strip() == reference.top.strip()
    for kind in KINDS:
        mine = [e.text.strip() for e in written.entries.get(kind, ())]
        assert mine == [e.text.strip() for e in reference.entries.get(kind, ())]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_save_writes_what_editing_the_whole_document_writes(data: st.DataObject) -> None:
    spec = data.draw(specs())
    base = parse_plan(render(data.draw, spec))
    new = data.draw(edited(base.plan))
    check_same(new, base)
    check_same(base.plan, base)
    again = PlanDocument(new, dump_plan(new, base))
    check_same(data.draw(edited(new)), again)  # the next save, from the text just written


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_a_new_plan_is_written_as_tomlkit_writes_it(data: st.DataObject) -> None:
    plan = parse_plan("".join(_plain(data.draw(specs())))).plan
    with mock.patch.object(writing, "dump_document", side_effect=AssertionError):
        text = dump_plan(plan)
    assert text == dump_document(plan)


def test_an_unchanged_plan_keeps_every_byte_and_one_edit_touches_one_line() -> None:
    text = (
        '# Acme\nformat = 1\n\n# the desk\n[[team]]  # HQ\nid = "hq"\nside = "client"\n'
        'zone = "America/New_York"   # New York\nhours = { "mon-fri" = ["09:00-17:00"] }\n\n'
        '[[team]]\nid = "mnl"\nside = "vendor"\nzone = "Asia/Manila"\nhours = {}\n'
    )
    base = parse_plan(text)
    assert check_same(base.plan, base) == text
    moved = replace(base.plan.teams[0], zone="America/Chicago")
    plan = replace(base.plan, teams=(moved, base.plan.teams[1]))
    assert check_same(plan, base) == text.replace('"America/New_York"', '"America/Chicago"')


def test_added_and_removed_entries_keep_their_kind_in_place_without_piling_up_blank_lines() -> None:
    text = (
        'format = 1\n\n[[team]]\nid = "hq"\nside = "client"\nzone = "UTC"\nhours = {}\n\n'
        '[[team]]  # the desk\nid = "mnl"\nside = "vendor"\nzone = "Asia/Manila"\nhours = {}\n\n'
        '[[role]]\nid = "desk"\nkind = "async"\nclient = "hq"\nvendor = "mnl"\n'
    )
    document = parse_plan(text)
    for number in range(3):
        added = replace(document.plan.teams[1], id=f"x{number}", name=f"X{number}")
        plan = replace(document.plan, teams=(*document.plan.teams, added))
        document = PlanDocument(plan, check_same(plan, document))
    assert document.text == text.replace(
        "\n\n[[role]]",
        "".join(
            f'\n\n[[team]]\nid = "x{n}"\nname = "X{n}"\nside = "vendor"\n'
            'zone = "Asia/Manila"\nhours = {}'
            for n in range(3)
        )
        + "\n\n[[role]]",
    )
    plan = replace(document.plan, teams=document.plan.teams[:2] + document.plan.teams[3:])
    assert check_same(plan, document) == document.text.replace(
        '[[team]]\nid = "x0"\nname = "X0"\nside = "vendor"\nzone = "Asia/Manila"\nhours = {}\n\n',
        "",
    )


@pytest.mark.parametrize(
    "text",
    [
        # an array of tables written inline
        'format = 1\nteam = [{ id = "hq", side = "client", zone = "UTC", hours = {} }]\n',
        # a multi-line string, which could hide a header
        'format = 1\nnote = """Paris\n[[team]]\n"""\n[[team]]\nid = "hq"\nside = "client"\n'
        'zone = "UTC"\nhours = {}\n',
        # a line starting with "[" that is no header of a plan's: an unknown table
        'format = 1\n[[team]]\nid = "hq"\nside = "client"\nzone = "UTC"\nhours = {}\n[extra]\na = 1\n',
        # a multi-line array whose lines start with "[" (an unknown key's)
        'format = 1\nextra = [\n  [1, 2],\n]\n[[team]]\nid = "hq"\nside = "client"\n'
        'zone = "UTC"\nhours = {}\n',
    ],
    ids=["inline-array-of-tables", "multi-line-string", "unknown-table", "multi-line-array"],
)
def test_a_text_that_cannot_be_cut_is_edited_as_a_whole_document(text: str) -> None:
    base = parse_plan(text)
    with pytest.raises(splice.Unsplittable):
        splice.split_text(text, {"team": [t.id for t in base.plan.teams]})
    plan = replace(base.plan, title="Renamed", teams=(replace(base.plan.teams[0], name="HQ"),))
    text_written = check_same(plan, base, cut=False)
    assert 'name = "HQ"' in text_written and 'title = "Renamed"' in text_written
