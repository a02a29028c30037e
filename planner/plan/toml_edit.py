"""Editing one TOML table with tomlkit: a value changed where it is, comments kept.

Shared by the two ways a save writes a plan: the whole document edited at once
(:func:`planner.plan.writing.dump_document`), and the entries that changed edited one by
one (:mod:`planner.plan.splice`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import tomlkit
from tomlkit.items import Table

#: Keys written as a sub-table (``[role.demand]``) rather than an inline table.
SUBTABLES = frozenset({"demand"})

_BARE_KEY = re.compile(r"[A-Za-z0-9_]+\Z")


def toml_value(value: Any) -> Any:
    """A value for tomlkit, tables inline in the style of the docs.

    That style is ``{ "mon-fri" = ["09:00-17:00"] }``.

    >>> toml_value({"mon-fri": ["09:00-17:00"]}).as_string()
    '{ "mon-fri" = ["09:00-17:00"] }'
    """
    if isinstance(value, dict):
        return tomlkit.parse(f"x = {inline_text(value)}\n")["x"]
    if isinstance(value, list):
        array = tomlkit.array()
        array.extend(toml_value(v) for v in value)
        return array
    return value


def value_text(value: Any) -> str:
    """The text tomlkit writes for ``value`` (:func:`toml_value`) in a ``key = value`` line.

    >>> value_text(["2027-07-05"]), value_text(90), value_text({"freq": "weekly"})
    ('["2027-07-05"]', '90', '{ freq = "weekly" }')
    """
    if isinstance(value, dict):
        return inline_text(value)
    if isinstance(value, list) and not any(isinstance(v, list | dict) for v in value):
        return "[" + ", ".join(map(scalar_text, value)) + "]"
    if isinstance(value, list):
        return str(toml_value(value).as_string())
    return scalar_text(value)


#: Characters tomlkit writes as they are in a basic string (no escape needed).
_PLAIN_STRING = re.compile(r'[^"\\\x00-\x1f\x7f]*\Z')


def scalar_text(value: Any) -> str:
    r"""A string, number or boolean as tomlkit writes it (strings as basic strings).

    >>> scalar_text("New York"), scalar_text('say "hi"'), scalar_text(True), scalar_text(30)
    ('"New York"', '"say \\"hi\\""', 'true', '30')
    """
    if isinstance(value, str) and _PLAIN_STRING.match(value):
        return f'"{value}"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return str(tomlkit.item(value).as_string())


def inline_text(value: Any) -> str:
    """``value`` as the text of an inline TOML value (tables as ``{ k = v }``).

    >>> inline_text({"a b": [1, 2]})
    '{ "a b" = [1, 2] }'
    """
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = ", ".join(
            f"{k if _BARE_KEY.match(k) else scalar_text(k)} = {inline_text(v)}"
            for k, v in value.items()
        )
        return f"{{ {items} }}"
    if isinstance(value, list):
        return "[" + ", ".join(inline_text(v) for v in value) + "]"
    return scalar_text(value)


def respell_holidays(table: Any, holidays: str | None) -> None:
    r"""Write a team's holiday code as the plan holds it when the file spells it otherwise.

    The reader accepts ``"us-ny"`` for ``"US-NY"`` (as the ``holidays`` package spells it).

    >>> document = tomlkit.parse('holidays = "us-ny"  # New York\n')
    >>> respell_holidays(document, "US-NY")
    >>> print(document.as_string(), end="")
    holidays = "US-NY"  # New York
    """
    written = table.get("holidays")
    if holidays is not None and isinstance(written, str) and written != holidays:
        table["holidays"] = holidays


def update_table(table: Any, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
    r"""Edit ``table`` from the values ``old`` to ``new``: only keys that differ are touched.

    >>> document = tomlkit.parse('a = 1  # kept\nb = 2\n')
    >>> update_table(document, {"a": 1, "b": 2}, {"a": 3})
    >>> print(document.as_string(), end="")
    a = 3  # kept
    """
    for key, value in new.items():
        if key in SUBTABLES and isinstance(value, dict):
            existing = table.get(key)
            if isinstance(existing, Table):
                update_table(existing, old.get(key) or {}, value)
            else:
                sub = tomlkit.table()
                update_table(sub, {}, value)
                table[key] = sub
        elif key not in table or old.get(key) != value:
            table[key] = toml_value(value)
    for key in old:
        if key not in new and key in table:
            del table[key]
