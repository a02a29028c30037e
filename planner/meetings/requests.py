"""What a slot search is asked for: the ``--repeat`` forms, in words and back, and the teams.

Repeat forms (:func:`parse_repeat`): ``daily``, ``weekdays`` (Monday to Friday),
``weekly:TU``, ``weekly:MO,TH``, ``monthly:1TU``, ``monthly:-1FR``; any of them with
``/N`` for every N-th day, week or month (``weekly:TU/2``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from planner.errors import PlannerError
from planner.plan.meeting import ByDay, Frequency, Repeat
from planner.plan.model import Plan
from planner.text import Text

_FREQUENCIES: dict[str, Frequency] = {"daily": "daily", "weekly": "weekly", "monthly": "monthly"}
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def parse_repeat(text: str | None) -> Repeat | None:
    """A ``--repeat`` value as a repeat rule; None (a one-off) for an empty value.

    >>> str(parse_repeat("weekly:MO,TH").byday[1]), parse_repeat("monthly:1TU/2").interval
    ('TH', 2)
    """
    if text is None or not text.strip() or text.strip().lower() in ("none", "once", "one-off"):
        return None
    forms = "daily, weekdays, weekly:TU, weekly:MO,TH, monthly:1TU, monthly:-1FR (add /2 for every other)"
    match = re.fullmatch(r"\s*([a-zA-Z]+)\s*(?::\s*([^/]*?))?\s*(?:/\s*(\d+))?\s*", text)
    if not match:
        raise PlannerError(
            Text('--repeat "{text}" is not a repeat rule: use {forms}', text=text, forms=forms)
        )
    freq, days, every = match[1].lower(), match[2], match[3]
    interval = int(every) if every else 1
    if freq == "weekdays" and not days:
        return Repeat("weekly", interval, tuple(ByDay(i) for i in range(5)))
    if freq not in _FREQUENCIES:
        raise PlannerError(
            Text(
                '--repeat "{text}": "{match}" is not daily, weekly or monthly; use {forms}',
                text=text,
                match=match[1],
                forms=forms,
            )
        )
    byday = tuple(ByDay.parse(part) for part in days.split(",") if part.strip()) if days else ()
    if freq == "daily" and byday:
        raise PlannerError(
            Text(
                '--repeat "{text}": daily takes no days; for some days use weekly:MO,TH', text=text
            )
        )
    if freq == "weekly" and not byday:
        raise PlannerError(
            Text('--repeat "{text}": say which days, e.g. weekly:TU or weekly:MO,TH', text=text)
        )
    if freq == "monthly" and (not byday or any(b.ordinal is None for b in byday)):
        raise PlannerError(
            Text(
                '--repeat "{text}": say which weekday of the month, e.g. monthly:1TU (first Tuesday) or monthly:-1FR (last Friday)',
                text=text,
            )
        )
    if interval < 1:
        raise PlannerError(
            Text('--repeat "{text}": the number after / must be 1 or more', text=text)
        )
    return Repeat(_FREQUENCIES[freq], interval, byday)


def format_repeat(repeat: Repeat | None) -> str:
    """A repeat rule in words.

    >>> format_repeat(parse_repeat("weekly:TU")), format_repeat(parse_repeat("monthly:-1FR/2"))
    ('weekly on Tuesday', 'every 2 months on the last Friday')
    """
    if repeat is None:
        return "one-off"
    units = {
        "daily": ("day", "daily"),
        "weekly": ("week", "weekly"),
        "monthly": ("month", "monthly"),
    }
    unit, adverb = units[repeat.freq]
    head = adverb if repeat.interval == 1 else f"every {repeat.interval} {unit}s"
    if not repeat.byday:
        return head
    if repeat.freq == "weekly" and [b.weekday for b in repeat.byday] == [0, 1, 2, 3, 4]:
        return f"{head} on weekdays"
    ordinals = {
        1: "first",
        2: "second",
        3: "third",
        4: "fourth",
        5: "fifth",
        -1: "last",
        -2: "second last",
    }
    names = [
        _WEEKDAY_NAMES[b.weekday]
        if b.ordinal is None
        else f"the {ordinals.get(b.ordinal, str(b.ordinal))} {_WEEKDAY_NAMES[b.weekday]}"
        for b in repeat.byday
    ]
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f"{head} on {joined}"


def repeat_text(repeat: Repeat | None) -> str:
    """A repeat rule in the ``--repeat`` form (the inverse of :func:`parse_repeat`).

    >>> repeat_text(parse_repeat("weekly:MO,TH/2"))
    'weekly:MO,TH/2'
    """
    if repeat is None:
        return ""
    text: str = repeat.freq
    if repeat.byday:
        text += ":" + ",".join(str(b) for b in repeat.byday)
    if repeat.interval != 1:
        text += f"/{repeat.interval}"
    return text


def check_teams(plan: Plan, names: Iterable[str]) -> tuple[str, ...]:
    """The participating team ids, checked: two or more, known, each once.

    >>> from planner.plan.hours import WeekHours
    >>> from planner.plan.model import Team
    >>> h = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    >>> plan = Plan(teams=(Team("hq", "client", "UTC", h), Team("mnl", "vendor", "Asia/Manila", h)))
    >>> check_teams(plan, ["hq", "mnl"])
    ('hq', 'mnl')
    """
    teams = tuple(n.strip() for n in names if n.strip())
    known = [t.id for t in plan.teams]
    for name in teams:
        if name not in known:
            import difflib

            close = difflib.get_close_matches(name, known, n=1)
            hint = Text(' (did you mean "{close}"?)', close=close[0]) if close else ""
            raise PlannerError(
                Text(
                    'unknown team "{name}"{hint}: the plan has {value}',
                    name=name,
                    hint=hint,
                    value=", ".join(known) or "no teams",
                )
            )
    if len(teams) < 2:
        raise PlannerError(Text("a meeting needs two or more teams: give them as --teams A,B"))
    twice = sorted({n for n in teams if teams.count(n) > 1})
    if twice:
        raise PlannerError(
            Text('team "{twice}" is named twice: name each team once', twice=twice[0])
        )
    return teams
