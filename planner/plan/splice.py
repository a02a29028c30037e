"""A save that edits only the entries whose values changed, the rest kept as text.

tomlkit reads and writes a whole 690 KB plan in seconds; a save after one edit must not.
The text is cut into its parts as tomlkit holds them: the top (keys, comments and blank
lines before the first table), then each ``[[team]]``, ``[[role]]`` (with its
``[role.demand]``) and ``[[meeting]]`` entry from its header to the next header, with the
comments and blank lines after it. tomlkit writes an array of tables as one run at the
place of its first entry, so the entries are grouped by kind in that order.

:func:`splice_plan` then does what editing the whole document does
(:func:`planner.plan.writing.dump_document`), part by part: an entry whose values did not
change keeps its text; a value changed on a ``key = value`` line gets the new value's
text in place; any other change edits that entry alone with tomlkit; a new entry is
written as tomlkit writes one; a kind whose entries were added, removed or reordered is
written again at the end, as tomlkit does. The result is the same text, byte for byte.
Where the text is not one this can cut with certainty (a multi-line string, a header or
table of another kind, an array of tables written inline, a part tomlkit cannot read), it
raises :class:`Unsplittable` and the caller edits the whole document.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import tomlkit
import tomlkit.exceptions
from tomlkit.container import ends_with_whitespace
from tomlkit.items import Null

from planner.plan.toml_edit import SUBTABLES, respell_holidays, update_table, value_text

#: The arrays of tables of a plan, in the order a save edits them.
KINDS = ("team", "role", "meeting")

_LINE_START = re.compile(r"^[ \t]*\[", re.M)
_HEADER = re.compile(r"[ \t]*\[(\[(team|role|meeting)\]|role\.demand)\][ \t]*(?:#[^\n]*)?\r?\n?\Z")
_KEY = re.compile(r"^[ \t]*([A-Za-z0-9_-]+)[ \t]*[=.]", re.M)
_QUOTED_KEY = re.compile(r"^[ \t]*[\"']", re.M)
_ID = re.compile(r"^[ \t]*id[ \t]*=[ \t]*\"([^\"\\\r\n]*)\"[ \t]*(?:#[^\n]*)?\r?$", re.M)
_SENTINEL = "splice-sentinel-7c1e"


class Unsplittable(Exception):
    """The text or an edit is not one the splice writes with certainty: edit it all."""


@dataclass(slots=True)
class Entry:
    """One ``[[kind]]`` entry: its text, and where its ``[role.demand]`` starts (or -1)."""

    text: str
    demand_at: int = -1
    newline_indent: bool = False

    def parts(self) -> tuple[str, str]:
        """The table's own lines and its ``[role.demand]`` sub-table's."""
        if self.demand_at < 0:
            return self.text, ""
        return self.text[: self.demand_at], self.text[self.demand_at :]


@dataclass(slots=True)
class Layout:
    """A plan's text cut into the top and the entries of each kind, as tomlkit holds them."""

    top: str
    entries: dict[str, list[Entry]] = field(default_factory=dict)


def split_text(text: str, ids: Mapping[str, Sequence[str]]) -> Layout:
    r"""The text's parts; ``ids`` the entries' ids of each kind as read, in file order.

    Raises:
        Unsplittable: a part could not be told apart with certainty.

    >>> layout = split_text('format = 1\n\n[[team]]\nid = "a"\n', {"team": ["a"]})
    >>> layout.top, [e.text for e in layout.entries["team"]]
    ('format = 1\n\n', ['[[team]]\nid = "a"\n'])
    """
    if '"""' in text or "'''" in text:
        raise Unsplittable("a multi-line string may hide a header")
    starts = [m.start() for m in _LINE_START.finditer(text)]
    top = text[: starts[0]] if starts else text
    layout = Layout(top)
    current: Entry | None = None
    last_kind = ""
    for index, start in enumerate(starts):
        end = text.find("\n", start)
        line = text[start : len(text) if end < 0 else end + 1]
        match = _HEADER.match(line)
        if match is None:
            raise Unsplittable(f"a line that may be a header: {line.strip()}")
        stop = starts[index + 1] if index + 1 < len(starts) else len(text)
        kind = match.group(2)
        if kind is None:  # [role.demand]
            if last_kind != "role" or current is None or current.demand_at >= 0:
                raise Unsplittable("[role.demand] outside a role")
            current.demand_at = len(current.text)
            current.text += text[start:stop]
            continue
        current = Entry(text[start:stop])
        layout.entries.setdefault(kind, []).append(current)
        last_kind = kind
    for kind in KINDS:
        found = [_entry_id(entry) for entry in layout.entries.get(kind, ())]
        if found != list(ids.get(kind, ())):
            raise Unsplittable(f"the {kind} entries are not those read")
    return layout


def _entry_id(entry: Entry) -> str | None:
    found = _ID.findall(entry.parts()[0])
    return found[0] if len(found) == 1 else None


@dataclass(frozen=True, slots=True)
class Values:
    """One kind's values as a save encodes them: before (by id) and after (in order)."""

    old: Mapping[str, Mapping[str, Any]]
    new: Sequence[tuple[str, Mapping[str, Any]]]


def splice_plan(
    text: str,
    top: tuple[Mapping[str, Any], Mapping[str, Any]],
    kinds: Mapping[str, Values],
    holidays: Mapping[str, str],
) -> str:
    r"""The saved text: ``text`` edited from the old values to the new, part by part.

    Args:
        text: the file's text as read or last saved.
        top: the top-level values before and after.
        kinds: each kind's values (:data:`KINDS`).
        holidays: each team's holidays as the plan read them, by id (a code written in
            another case is written as the plan holds it).

    Raises:
        Unsplittable: the whole document must be edited instead.

    >>> old = {"a": {"id": "a", "side": "client"}}
    >>> team = Values(old, [("a", {"id": "a", "side": "vendor"})])
    >>> print(splice_plan('format = 1\n[[team]]  # HQ\nid = "a"\nside = "client"  # x\n',
    ...     ({"format": 1}, {"format": 1}), {"team": team}, {}), end="")
    format = 1
    [[team]]  # HQ
    id = "a"
    side = "vendor"  # x
    """
    layout = split_text(text, {k: list(v.old) for k, v in kinds.items()})
    order = [kind for kind in layout.entries]
    top_text, top_ws, first_aot_newline = _edit_top(layout, *top)
    written: dict[str, list[Entry]] = {}
    rewritten: set[str] = set()
    aot_newline = {kind: first_aot_newline and i == 0 for i, kind in enumerate(order)}
    for kind in KINDS:
        values = kinds.get(kind, Values({}, []))
        existing = layout.entries.get(kind, [])
        if not values.new:
            if kind in order:
                order.remove(kind)
            continue
        by_id = dict(zip(values.old, existing, strict=True))
        entries = []
        for item_id, new in values.new:
            entry = by_id.get(item_id)
            if entry is None:
                entries.append(Entry(_new_entry(kind, new)))
            else:
                fix = holidays.get(item_id) if kind == "team" else None
                entries.append(_edit_entry(kind, entry, values.old[item_id], new, fix))
        if kind in order and [i for i, _ in values.new] == list(values.old):
            written[kind] = entries
            continue
        if kind in order:  # added, removed or reordered: in place, one blank line apart
            written[kind] = _parted(entries)
            rewritten.add(kind)
            continue
        for entry in entries[1:]:
            if not entry.newline_indent:
                entry.text, entry.newline_indent = "\n" + entry.text, True
        if kind in order:
            order.remove(kind)
        if order:
            last = order[-1]
            previous_ws = _ends_with_whitespace(
                last, (written.get(last) or layout.entries[last])[-1]
            )
        else:
            previous_ws = top_ws
        if not (entries[0].newline_indent or previous_ws):
            entries[0].text, entries[0].newline_indent = "\n" + entries[0].text, True
        aot_newline[kind] = False
        order.append(kind)
        written[kind] = entries
    for kind in order:
        if kind not in written:
            written[kind] = layout.entries[kind]
    out = top_text
    previous = ""
    for kind in order:
        so_far = out.strip(" ")
        run = "".join(entry.text for entry in written[kind])
        if kind in rewritten or previous in rewritten:
            # One blank line before the entries, and after them.
            out = (out.rstrip() + "\n\n" if so_far else out) + run.lstrip("\r\n")
        else:
            if so_far and not so_far.endswith("\n") and not aot_newline[kind]:
                out += "\n"
            out += run
        previous = kind
    return out


def _parted(entries: list[Entry]) -> list[Entry]:
    r"""The entries of a kind whose entries were added, removed or reordered, as written.

    Each keeps its text and its comments; they are parted by one blank line, as a new
    file's entries are, whatever blank lines parted them before (tomlkit would move the
    kind to the end of the file and add a blank line at each such save).

    >>> [e.text for e in _parted([Entry("[[team]]\nid = 'a'\n\n\n"), Entry("\n[[team]]\n")])]
    ["[[team]]\nid = 'a'\n\n", '[[team]]\n']
    """
    texts = [entry.text.lstrip("\r\n").rstrip() + "\n" for entry in entries]
    return [Entry(text + ("\n" if i < len(texts) - 1 else "")) for i, text in enumerate(texts)]


def _parse(text: str) -> tomlkit.TOMLDocument:
    try:
        return tomlkit.parse(text)
    except tomlkit.exceptions.TOMLKitError as exc:
        raise Unsplittable("tomlkit cannot read a part") from exc


def _edit_top(
    layout: Layout, old: Mapping[str, Any], new: Mapping[str, Any]
) -> tuple[str, bool, bool]:
    """The top's text, whether it ends in a blank line, whether the first run got one."""
    keys = _keys(layout.top)
    same = keys is not None and dict(old) == dict(new) and all(k in keys for k in new)
    if same:
        document = None
    else:
        sentinel = f"[[{_SENTINEL}]]\n" if layout.entries else ""
        document = _parse(layout.top + sentinel)
        update_table(document, old, new)
    if document is None:
        return layout.top, _last_is_whitespace(_parse(layout.top)) if layout.top else False, False
    first_newline = False
    if layout.entries:
        first_newline = "\n" in document[_SENTINEL].trivia.indent
        del document[_SENTINEL]
    return document.as_string(), _last_is_whitespace(document), first_newline


def _last_is_whitespace(document: tomlkit.TOMLDocument) -> bool:
    for _, item in reversed(document.body):
        if not isinstance(item, Null):
            return ends_with_whitespace(item)
    return False


def _ends_with_whitespace(kind: str, entry: Entry) -> bool:
    table = _parse(entry.text)[kind][-1]
    return bool(ends_with_whitespace(table))


def _keys(text: str) -> set[str] | None:
    """The keys written at the start of lines (None when one is quoted)."""
    if _QUOTED_KEY.search(text):
        return None
    return set(_KEY.findall(text))


def _new_entry(kind: str, values: Mapping[str, Any]) -> str:
    """A new entry's text, as tomlkit writes a new table into an array of tables.

    >>> print(_new_entry("role", {"id": "desk", "demand": {"handle_seconds": 180}}), end="")
    [[role]]
    id = "desk"
    <BLANKLINE>
    [role.demand]
    handle_seconds = 180
    """
    lines = [f"[[{kind}]]\n"]
    items = list(values.items())
    for index, (key, value) in enumerate(items):
        if key in SUBTABLES and isinstance(value, dict):
            if index != len(items) - 1 or not value or not all(map(_bare, value)):
                raise Unsplittable("a sub-table only tomlkit knows how to place")
            lines.append(f"\n[{kind}.{key}]\n")
            lines.extend(f"{k} = {value_text(v)}\n" for k, v in value.items())
        elif _bare(key):
            lines.append(f"{key} = {value_text(value)}\n")
        else:
            raise Unsplittable("a key to quote")
    return "".join(lines)


def _bare(key: str) -> bool:
    return re.fullmatch(r"[A-Za-z0-9_-]+", key) is not None


def _edit_entry(
    kind: str, entry: Entry, old: Mapping[str, Any], new: Mapping[str, Any], fix: str | None
) -> Entry:
    """The entry edited from ``old`` to ``new``: in its lines when it can, else by tomlkit."""
    edited = _edit_lines(entry, old, new, fix)
    if edited is not None:
        return Entry(edited, -1, entry.newline_indent)
    document = _parse(entry.text)
    table = document[kind][0]
    respell_holidays(table, fix)
    update_table(table, old, new)
    return Entry(document.as_string(), -1, entry.newline_indent)


def _edit_lines(
    entry: Entry, old: Mapping[str, Any], new: Mapping[str, Any], fix: str | None
) -> str | None:
    """The entry edited on its lines as tomlkit edits its table; None if more is needed.

    A changed value is replaced where it is written; a new key is written after the
    table's last line that is not blank (its last key or comment), indented like the
    header; a removed key's line goes. ``update_table`` does them in that order.
    """
    own, demand = entry.parts()
    own_keys, demand_keys = _keys(own), _keys(demand)
    if own_keys is None or demand_keys is None:
        return None
    changes: dict[str, Any] = {}
    added: dict[str, Any] = {}
    demand_changes: dict[str, Any] = {}
    for key, value in new.items():
        if key in SUBTABLES and isinstance(value, dict):
            if entry.demand_at < 0 or key in own_keys:
                return None
            before = old.get(key) or {}
            if not _changes(before, value, demand_keys, demand_changes):
                return None
        elif key not in own_keys:
            added[key] = value
        elif old.get(key) != value:
            changes[key] = value
    removed = [key for key in old if key not in new and key in own_keys]
    if any(key in SUBTABLES for key in removed) or (
        "demand" in old and "demand" not in new and entry.demand_at >= 0
    ):
        return None
    if fix is not None and "holidays" in own_keys:
        written = _line_value(own, "holidays")
        if written is None:
            return None
        if isinstance(written[2], str) and written[2] != fix:
            if "holidays" in new:
                changes["holidays"] = new["holidays"]
            elif "holidays" not in old:
                return None
    own_text = _replace(own, changes)
    demand_text = _replace(demand, demand_changes)
    if own_text is None or demand_text is None:
        return None
    if added:
        placed = _add(own_text, added, bool(demand_text)) if all(map(_bare, added)) else None
        if placed is None:
            return None
        own_text, newline_before_demand = placed
        demand_text = "\n" * newline_before_demand + demand_text
    for key in removed:
        found = _line_value(own_text, key)
        if found is None:
            return None
        start = _key_line(key).search(own_text)
        assert start is not None
        stop = own_text.find("\n", found[1])
        own_text = own_text[: start.start()] + own_text[len(own_text) if stop < 0 else stop + 1 :]
    return own_text + demand_text


def _add(text: str, added: Mapping[str, Any], demand: bool) -> tuple[str, bool] | None:
    """``text`` (a table's own lines) with new keys after its last line that is not blank.

    Also whether a blank line goes before the ``[role.demand]`` that follows (tomlkit puts
    one there when no blank line parts the new key from it).
    """
    content = len(text.rstrip(" \t\r\n"))
    begin = text.rfind("\n", 0, content) + 1
    if begin == 0 or _DOTTED.match(text, begin):
        return None  # only the header, or a dotted key (tomlkit moves their trails)
    header = text[: len(text) - len(text.lstrip(" \t"))]
    spaces = re.match(r"(?s)^[^ ]*([ ]+).*$", header)
    indent = spaces.group(1) if spaces else ""
    lines = "".join(f"{indent}{key} = {value_text(value)}\n" for key, value in added.items())
    newline = text.find("\n", content)
    if newline < 0:  # the last line has no line break: tomlkit gives it one
        return text + "\n" + lines, False
    end = newline + 1
    return text[:end] + lines + text[end:], demand and end == len(text)


_DOTTED = re.compile(r"[ \t]*[A-Za-z0-9_-]+[ \t]*\.")


def _changes(
    old: Mapping[str, Any], new: Mapping[str, Any], keys: set[str], out: dict[str, Any]
) -> bool:
    """Put the values to replace in ``out``; False when a key is added or removed."""
    for key, value in new.items():
        if key not in keys or (isinstance(value, dict) and key in SUBTABLES):
            return False
        if old.get(key) != value:
            out[key] = value
    return all(key in new or key not in keys for key in old)


def _replace(text: str, changes: Mapping[str, Any]) -> str | None:
    """``text`` with each key's value replaced on its line, comment and spacing kept."""
    spans = []
    for key, value in changes.items():
        found = _line_value(text, key)
        if found is None:
            return None
        spans.append((found[0], found[1], value_text(value)))
    for start, end, replacement in sorted(spans, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


def _line_value(text: str, key: str) -> tuple[int, int, Any] | None:
    """Where ``key``'s value is written on its one line, and the value (None if not so)."""
    lines = _key_line(key).findall(text)
    if len(lines) != 1:
        return None
    start = _key_line(key).search(text)
    assert start is not None
    begin = start.end()
    end = text.find("\n", begin)
    rest = text[begin : len(text) if end < 0 else end].removesuffix("\r")
    plain = _PLAIN_VALUE.match(rest)
    if plain is not None:
        written = plain.group(1)
        found = written[1:-1] if written.startswith('"') else int(written)
        return begin, begin + len(written), found
    for cut in [i for i, c in enumerate(rest) if c == "#"] + [len(rest)]:
        candidate = rest[:cut].rstrip(" \t")
        try:
            value = tomllib.loads(f"v = {candidate}")["v"]
        except tomllib.TOMLDecodeError:
            continue
        return begin, begin + len(candidate), value
    return None


#: A basic string without escapes or a plain integer, then at most spaces and a comment.
_PLAIN_VALUE = re.compile(r'("[^"\\\x00-\x1f\x7f]*"|[1-9][0-9]{0,8}|0)[ \t]*(?:#.*)?\Z')


@functools.lru_cache(maxsize=64)
def _key_line(key: str) -> re.Pattern[str]:
    return re.compile(rf"^[ \t]*{re.escape(key)}[ \t]*=[ \t]*", re.M)
