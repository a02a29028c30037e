"""Plain command lines of the verbs that need no Qt, read without argparse.

argparse, with the gettext and locale modules it imports and the parser it builds, costs
a command a few milliseconds before its work starts. :func:`quick_parse` reads the common
command lines (the verb first, then its positionals, then flags written out in full, each
at most once, values that do not start with ``-`` and convert) into the namespace
argparse gives for them, and answers None for anything else, which argparse then reads
(or refuses) as before. ``tests/planner/cli/test_parser.py`` holds the two to each other.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import argparse

# A flag: (dest, kind, value converter); kind "value" takes the next argument, "append"
# too (a list), "true"/"false" store that value.
_Flag = tuple[str, str, Callable[[str], Any] | None]


def planner_date(text: str) -> date | None:
    """The ISO date ``text`` when it is one in the years the planner handles, else None.

    >>> planner_date("2027-03-15"), planner_date("2027-02-30"), planner_date("1800-01-01")
    (datetime.date(2027, 3, 15), None, None)
    """
    from planner.plan.checks import FIRST_YEAR, LAST_YEAR

    try:
        day = date.fromisoformat(text)
    except ValueError:
        return None
    return day if FIRST_YEAR <= day.year <= LAST_YEAR else None


def _date(text: str) -> date:
    day = planner_date(text)
    if day is None:
        raise ValueError(text)  # argparse words the error
    return day


_RANGE: dict[str, _Flag] = {
    "--from": ("date_from", "value", _date),
    "--to": ("date_to", "value", _date),
}
# Each verb: (positional, whether it may be left out), its flags, the defaults argparse
# sets, the flags it requires (as ``parser.py`` declares them).
_VERBS: dict[str, tuple[str, bool, dict[str, _Flag], dict[str, Any], frozenset[str]]] = {
    "check": ("plan", False, {}, {}, frozenset()),
    "analyze": (
        "plan",
        False,
        {**_RANGE, "--json": ("json", "true", None), "--no-roster": ("roster", "false", None)},
        {"date_from": None, "date_to": None, "json": False, "roster": True},
        frozenset(),
    ),
    "suggest": (
        "plan",
        False,
        {
            "--teams": ("teams", "value", str),
            "--duration": ("duration", "value", int),
            "--repeat": ("repeat", "value", str),
            **_RANGE,
            "--json": ("json", "true", None),
            "--top": ("top", "value", int),
            "--rotate": ("rotate", "true", None),
            "--kickoff": ("kickoff", "value", int),
        },
        {
            "repeat": None,
            "date_from": None,
            "date_to": None,
            "json": False,
            "top": 5,
            "rotate": False,
            "kickoff": None,
        },
        frozenset({"teams", "duration"}),
    ),
    "export-ics": (
        "plan",
        False,
        {
            "-o": ("output", "value", str),
            "--output": ("output", "value", str),
            "--meeting": ("meeting", "append", str),
        },
        {"output": "-", "meeting": []},
        frozenset(),
    ),
    "zones": (
        "query",
        True,
        {"--json": ("json", "true", None), "--limit": ("limit", "value", int)},
        {"query": "", "json": False, "limit": 25},
        frozenset(),
    ),
}


def quick_parse(arguments: list[str]) -> argparse.Namespace | None:
    """The namespace argparse makes of a plain command line; None when argparse must read it.

    >>> args = quick_parse(["analyze", "plan.toml", "--json"])
    >>> args.verb, args.plan, args.json, args.roster, args.date_from
    ('analyze', 'plan.toml', True, True, None)
    >>> quick_parse(["analyze", "plan.toml", "--js"]) is None  # an abbreviation: argparse
    True
    """
    if not arguments or arguments[0] not in _VERBS:
        return None
    positional, optional, flags, defaults, required = _VERBS[arguments[0]]
    values: dict[str, Any] = {"verb": arguments[0]}
    rest = arguments[1:]
    if rest and not rest[0].startswith("-"):
        values[positional] = rest.pop(0)
    elif not optional:
        return None
    values = {**defaults, **values}
    seen: set[str] = set()
    while rest:
        flag = rest.pop(0)
        if flag not in flags:
            return None  # help, an abbreviation, --flag=value, a second positional, ...
        dest, kind, convert = flags[flag]
        if dest in seen and kind != "append":
            return None
        seen.add(dest)
        if kind in ("true", "false"):
            values[dest] = kind == "true"
            continue
        if not rest or rest[0].startswith("-"):
            return None
        text = rest.pop(0)
        try:
            value = convert(text) if convert is not None else text
        except (TypeError, ValueError):
            return None
        if kind == "append":
            values[dest] = [*values[dest], value]
        else:
            values[dest] = value
    if not required <= seen:
        return None
    # The same attributes (and ``vars``) as argparse's Namespace, without importing argparse.
    return cast("argparse.Namespace", SimpleNamespace(**values))
