r"""TOML syntax errors of a plan file as problems a person can act on, at their line.

The standard library's parser (``tomllib``) says ``Illegal character '\n' (at line 2,
column 22)``; the plan's reader says that a string is not closed on line 2.
"""

from __future__ import annotations

import functools
import re
import tomllib

from planner.problem import Problem
from planner.text import Text


@functools.cache
def _position() -> re.Pattern[str]:
    """Where tomllib says the error is (compiled on the first error: a clean plan needs none)."""
    return re.compile(r"\s*\((?:at line (\d+), column (\d+)|at end of document)\)\s*$")


_SECTIONS = ("team", "role", "meeting")


def toml_problem(exc: tomllib.TOMLDecodeError, text: str, filename: str) -> Problem:
    r"""The problem a TOML syntax error stands for, with its line and what to do.

    >>> import tomllib
    >>> try:
    ...     tomllib.loads('title = "open\n')
    ... except tomllib.TOMLDecodeError as exc:
    ...     print(toml_problem(exc, 'title = "open\n', "plan.toml"))
    plan.toml:1: a string is not closed: end it with a quote on the same line (column 14)
    """
    raw = str(exc)
    found = _position().search(raw)
    message = raw[: found.start()] if found else raw
    if found and found[1]:
        line, column = int(found[1]), int(found[2])
    else:  # at the end of the document
        line, column = max(1, text.count("\n") + (0 if text.endswith("\n") else 1)), 0
    where = Text(" (column {column})", column=column) if column else ""
    explained = _explain(message, text, line)
    return Problem(filename, line, "", Text("{message}{column}", message=explained, column=where))


def _explain(message: str, text: str, line: int) -> str:
    """What a tomllib message means for someone editing a plan."""
    lines = text.split("\n")  # TOML ends lines at \n only (not at \x85 or \u2028)
    source = lines[line - 1] if 0 < line <= len(lines) else ""
    if message == "Illegal character '\\n'" or message.startswith("Unterminated string"):
        return Text("a string is not closed: end it with a quote on the same line")
    illegal = re.fullmatch(r"Illegal character '(.*)'", message)
    if illegal:
        return Text(
            "holds a control character ({illegal}) that TOML does not allow here: remove it, or write it as an escape such as \\t",
            illegal=illegal[1],
        )
    declared = re.fullmatch(r"Cannot declare \('([^']*)',?.*\) twice", message)
    if declared:
        name = declared[1]
        if name in _SECTIONS:
            return Text(
                "[{name}] is declared twice: write each {name} as [[{name}]] (two brackets), one per table",
                name=name,
            )
        return Text("the table [{name}] is declared twice: merge them into one", name=name)
    duplicate = re.fullmatch(r"Duplicate inline table key '(.*)'", message)
    if duplicate:
        return Text(
            'the key "{duplicate}" is set twice in the same table: keep one of them',
            duplicate=duplicate[1],
        )
    if message.startswith(("Cannot overwrite a value", "Cannot mutate", "Cannot redefine")):
        key = re.match(r"""\s*("[^"]*"|'[^']*'|[A-Za-z0-9_-]+)""", source)
        named = f'"{key[1].strip(chr(34) + chr(39))}" ' if key and "=" in source else ""
        return Text("the key {named}is set twice in the same table: keep one of them", named=named)
    simple = _SIMPLE.get(message)
    if simple is not None:
        return simple
    return Text("is not valid TOML: {message}", message=message[:1].lower() + message[1:])


_SIMPLE = {
    "Unclosed array": Text("a list is not closed: end it with ]"),
    "Unclosed inline table": Text("an inline table is not closed: end it with }} on the same line"),
    "Invalid initial character for a key part": (
        Text('a key is missing or not valid: write key = value, e.g. id = "hq"')
    ),
    "Expected '=' after a key in a key/value pair": (
        Text('a key has no value: write key = value, e.g. zone = "Asia/Manila"')
    ),
    "Expected newline or end of document after a statement": (
        Text(
            'this line holds more than one value, or a value TOML does not know: write one key = value per line, with text in quotes (e.g. start = "2027-01-05T10:00")'
        )
    ),
    "Invalid value": Text(
        'a value is missing or not valid: put text in quotes, e.g. zone = "Asia/Manila"'
    ),
    "Invalid statement": Text(
        "this line is not TOML: write key = value, or a table header such as [[team]]"
    ),
    "Invalid date or datetime": Text(
        "a date or time does not exist: check the month, day and hour"
    ),
    "Expected ']' at the end of a table declaration": Text(
        "a table header is not closed: end it with ]"
    ),
    "Expected ']]' at the end of an array declaration": (
        Text("a table header is not closed: end it with ]], as in [[team]]")
    ),
    "Unescaped '\\' in a string": (
        Text("a backslash in a string must be doubled (\\\\), or use 'single quotes'")
    ),
    "Invalid hex value": Text("an escape such as \\u00e9 needs hexadecimal digits"),
    "Escaped character is not a Unicode scalar value": Text("an escape names no character"),
}
