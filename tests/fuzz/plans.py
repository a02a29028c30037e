"""Hostile plan files: structured plans with wrong types and values, and mangled plan text."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from importlib import resources
from typing import Any

import tomlkit
from hypothesis import strategies as st

from planner.errors import PlannerError
from planner.plan.hours import WeekHours
from planner.plan.meeting import Meeting, Repeat
from planner.plan.model import Plan, Role, Team

EXAMPLES = sorted(
    entry.read_text(encoding="utf-8")
    for entry in resources.files("resources.examples").iterdir()
    if entry.name.endswith(".toml")
)

# Values of every TOML type, the odd ones included.
scalar = st.one_of(
    st.booleans(),
    st.integers(-(2**63), 2**63 - 1),
    st.sampled_from([0, -1, 1, 59, 60, 1440, 1441, 10000, 10001, 99999999999999999]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.sampled_from(["", "<b>x</b>", "nan", "inf", "\x00", "a\nb", "  ", "é", "🙂"]),
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31)),
    st.times(),
)
anything = st.one_of(
    scalar,
    st.lists(scalar, max_size=3),
    st.dictionaries(st.text(max_size=6), scalar, max_size=3),
)


def either(good: st.SearchStrategy[Any], wild: bool = True) -> st.SearchStrategy[Any]:
    """Mostly a plausible value; sometimes (``wild``) any value at all."""
    return st.one_of(good, good, good, anything) if wild else good


def day_text(low: int = 1, high: int = 9999) -> st.SearchStrategy[str]:
    return st.dates(min_value=date(low, 1, 1), max_value=date(high, 12, 31)).map(date.isoformat)


team_id = st.sampled_from(["hq", "mnl", "kyiv", "ldn", "x", "HQ", "", "a b"])
zone = st.sampled_from(
    ["UTC", "Asia/Manila", "America/New_York", "Europe/Kyiv", "Asia/Kathmandu", "Mars/Base",
     "asia/manila", "EST", "Etc/GMT+14", "Australia/Lord_Howe"]
)  # fmt: skip
clock = st.sampled_from(["00:00", "09:00", "17:30", "24:00", "21:00", "06:00", "25:00", "9", "x"])
shift = st.one_of(st.builds(lambda a, b: f"{a}-{b}", clock, clock), st.text(max_size=8))
day_key = st.sampled_from(["mon-fri", "daily", "sat", "sun-thu", "mon", "fri-mon", "xyz", ""])
hours = st.dictionaries(day_key, either(st.lists(shift, max_size=3)), max_size=3)
holidays = st.sampled_from(
    ["PH", "US-NY", "us-ny", "IN-KA", "ES-Barcelona", "AU-NSW Western", "XX", "US-XX", "GB", ""]
)
years_day = st.one_of(day_text(1890, 2210), day_text())


def plan_data(wild: bool = True) -> st.SearchStrategy[dict[str, Any]]:
    """Plan-file data: with ``wild``, any key may hold a value of the wrong type."""

    def either_(good: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
        return either(good, wild)

    def table(fields: dict[str, st.SearchStrategy[Any]]) -> st.SearchStrategy[dict[str, Any]]:
        """A table holding each field or not, plus sometimes a key no version knows."""
        absent = st.just(None)
        parts = {
            key: st.one_of(absent, value) if wild else st.one_of(value, value, value, absent)
            for key, value in fields.items()
        }
        extra = st.dictionaries(st.sampled_from(["colour", "idd", "zones"]), anything, max_size=1)

        def build(values: dict[str, Any], unknown: dict[str, Any]) -> dict[str, Any]:
            found = {k: v for k, v in values.items() if v is not None}
            found.update(unknown)
            return found

        return st.builds(build, st.fixed_dictionaries(parts), extra)

    team = table(
        {
            "id": either_(team_id),
            "name": either_(st.text(max_size=12)),
            "side": either_(st.sampled_from(["client", "vendor", "both"])),
            "zone": either_(zone),
            "hours": either_(hours),
            "holidays": either_(holidays),
            "days_off": either_(st.lists(either_(years_day), max_size=3)),
        }
    )
    role = table(
        {
            "id": either_(st.sampled_from(["support", "seo", "x"])),
            "kind": either_(st.sampled_from(["realtime", "async", "other"])),
            "client": either_(team_id),
            "vendor": either_(team_id),
            "min_coverage_percent": either_(st.floats(-10, 200) | st.integers(-10, 200)),
            "min_overlap_minutes": either_(st.integers(-100, 2000)),
            "max_reply_hours": either_(st.floats(-10, 1000) | st.integers(-10, 1000)),
        }
    )
    repeat = table(
        {
            "freq": either_(st.sampled_from(["daily", "weekly", "monthly", "yearly"])),
            "interval": either_(st.integers(-2, 1002)),
            "byday": either_(
                st.lists(st.sampled_from(["MO", "TU", "1TU", "-1FR", "9XX"]), max_size=3)
            ),
            "until": either_(years_day),
            "count": either_(st.integers(-1, 10002)),
        }
    )
    start = st.builds(
        lambda d, t: f"{d}T{t:%H:%M}", day_text(1890, 2210), st.times()
    ) | st.sampled_from(["2027-01-05T10:00", "2027-01-05", "10:00", "2027-01-05T10:00+02:00"])
    meeting = table(
        {
            "id": either_(st.sampled_from(["weekly", "kick", "x"])),
            "title": either_(st.text(max_size=12)),
            "teams": either_(st.lists(team_id, max_size=3)),
            "duration_minutes": either_(st.integers(-5, 1500)),
            "zone": either_(zone),
            "start": either_(start),
            "repeat": either_(repeat),
            "skip_holidays": either_(st.booleans()),
            "description": either_(st.text(max_size=20)),
            "location": either_(st.text(max_size=12)),
            "url": either_(st.sampled_from(["https://meet.example.com/a", "javascript:alert(1)"])),
            "reminder_minutes": either_(st.integers(-5, 20000)),
        }
    )
    plan_data_ = st.builds(
        lambda top, teams, roles, meetings: {
            **top,
            **({"team": teams} if teams else {}),
            **({"role": roles} if roles else {}),
            **({"meeting": meetings} if meetings else {}),
        },
        table(
            {
                "format": either_(st.sampled_from([1, 2, 0])),
                "title": either_(st.text(max_size=12)),
                "display_zone": either_(zone),
            }
        ),
        st.lists(team, max_size=4),
        st.lists(role, max_size=2),
        st.lists(meeting, max_size=2),
    )

    return plan_data_


def toml_text(data: dict[str, Any]) -> str:
    """TOML for ``data`` (tomlkit writes every type, nan and inf included)."""
    return tomlkit.dumps(data)


structured_plan = plan_data().map(toml_text)
plausible_plan = plan_data(wild=False).map(toml_text)

NOISE = st.sampled_from(
    ['"', "'", "[", "]", "[[", "]]", "{", "}", "=", "\n", "#", "\\", "nan", "inf", "-", ".",
     "[team]", "[[team]]", "[role.x]", "\x00", "\x7f", "\t", ' = "', "2027-13-45", "\ufeff"]
)  # fmt: skip


@st.composite
def mangled_example(draw: st.DrawFn) -> str:
    """An example plan with a few characters cut, added, doubled or swapped."""
    text = draw(st.sampled_from(EXAMPLES))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["cut", "insert", "line", "truncate"]))
        if action == "cut":
            text = text[:at] + text[at + draw(st.integers(1, 12)) :]
        elif action == "insert":
            text = text[:at] + draw(NOISE | st.text(max_size=4)) + text[at:]
        elif action == "line":
            lines = text.splitlines(keepends=True)
            index = draw(st.integers(0, max(len(lines) - 1, 0)))
            lines.insert(index, lines[index] if lines else "")
            text = "".join(lines)
        else:
            text = text[:at]
    return text


any_plan_text = st.one_of(structured_plan, mangled_example(), st.text(max_size=200))
plan_bytes = st.one_of(
    any_plan_text.map(lambda t: t.encode("utf-8")),
    st.binary(max_size=300),
    st.sampled_from(EXAMPLES).map(lambda t: t.encode("utf-16")),
    st.sampled_from(EXAMPLES).map(lambda t: t.encode("utf-8") + b"\xff\xfe"),
)


@st.composite
def domain_plan(draw: st.DrawFn) -> Plan:
    """A valid plan built from the model, with any text a person might type in its names."""
    free_text = st.text(max_size=16)
    ids = draw(st.lists(st.sampled_from(["hq", "mnl", "kyiv", "ldn", "x-1"]), min_size=2,
                        max_size=4, unique=True))  # fmt: skip
    teams = []
    for index, ident in enumerate(ids):
        try:
            week = WeekHours.parse(draw(hours))
        except PlannerError:
            week = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
        teams.append(
            Team(
                ident,
                "client" if index == 0 else draw(st.sampled_from(["client", "vendor"])),
                draw(st.sampled_from(["UTC", "Asia/Manila", "America/New_York", "Asia/Kathmandu"])),
                week,
                draw(free_text),
                draw(st.sampled_from([None, "PH", "us-ny", "ES-Barcelona", "IN-KA"])),
                tuple(draw(st.lists(st.dates(date(1900, 1, 1), date(2199, 12, 31)), max_size=2))),
            )
        )
    clients = [t.id for t in teams if t.side == "client"]
    vendors = [t.id for t in teams if t.side == "vendor"]
    roles = []
    if vendors and draw(st.booleans()):
        kind = draw(st.sampled_from(["realtime", "async"]))
        needs: dict[str, Any] = {}  # each kind saves only its own requirements
        if kind == "realtime":
            needs["min_coverage_percent"] = draw(st.floats(0, 100))
        else:
            needs["min_overlap_minutes"] = draw(st.integers(0, 1440))
            needs["max_reply_hours"] = draw(st.floats(0.5, 336))
        roles.append(Role("r1", kind, clients[0], vendors[0], draw(free_text), **needs))
    meetings = []
    for number in range(draw(st.integers(0, 2))):
        first = draw(st.dates(date(1900, 1, 1), date(2190, 12, 31)))
        freq = draw(st.sampled_from([None, "daily", "weekly", "monthly"]))
        rule = None
        if freq is not None:
            end = draw(st.sampled_from(["none", "until", "count"]))
            rule = Repeat(
                freq,  # type: ignore[arg-type]
                interval=draw(st.integers(1, 3)),
                until=first + timedelta(days=draw(st.integers(0, 400))) if end == "until" else None,
                count=draw(st.integers(1, 50)) if end == "count" else None,
            )
        meetings.append(
            Meeting(
                f"m{number}",
                draw(free_text),
                tuple(ids[:2]),
                draw(st.integers(1, 1440)),
                first,
                draw(st.times()).replace(second=0, microsecond=0),
                draw(st.sampled_from([None, "Europe/Kyiv"])),
                rule,
                draw(st.booleans()),
                draw(free_text),
                draw(free_text),
                draw(st.sampled_from(["", "https://meet.example.com/x"])),
                draw(st.sampled_from([None, 0, 10, 10080])),
            )
        )
    return Plan(tuple(teams), tuple(roles), tuple(meetings), draw(free_text),
                draw(st.sampled_from([None, "UTC", "Asia/Tokyo"])))  # fmt: skip
