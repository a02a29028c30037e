"""Reading one plan-file value: zones, strings, numbers, dates, meeting starts and repeat rules."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from planner.errors import PlannerError
from planner.plan.checks import check_year
from planner.plan.collector import Collector, unknown_key
from planner.plan.document import REPEAT_KEYS
from planner.plan.meeting import ByDay, MovedOccurrence, Repeat


def read_zone(value: Any) -> str:
    """An IANA zone name, checked; PlannerError otherwise."""
    from planner.time.zones import load_zone

    if not isinstance(value, str):
        raise PlannerError('a time zone must be a string such as "Asia/Manila"')
    load_zone(value)
    return value


def read_string(
    table: Mapping[str, Any], key: str, section: str, index: int, where: str, out: Collector
) -> str | None:
    """A string value, or None when absent (a problem recorded when it is not a string)."""
    value = table.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        out.add(section, index, key, where, f"{key} must be a string in quotes")
        return None
    return value


def read_whole(value: Any, key: str) -> int:
    """A whole number; PlannerError otherwise."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise PlannerError(f"{key} must be a whole number, not {value!r}")
    return value


def read_number(value: Any, key: str) -> float:
    """A number (whole or decimal) as a float; PlannerError otherwise."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PlannerError(f"{key} must be a number, not {value!r}")
    return float(value)


def read_date(value: Any, key: str) -> date:
    """A date (TOML date or ISO text) in the years the planner handles."""
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


def read_start(value: Any) -> datetime:
    """A meeting start: local date and time without an offset."""
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


def read_repeat(value: Any) -> Repeat:
    """A repeat table as a Repeat rule; PlannerError for unknown keys or values."""
    if not isinstance(value, Mapping):
        raise PlannerError('repeat must be a table such as { freq = "weekly", byday = ["TU"] }')
    unknown = [k for k in value if k not in REPEAT_KEYS]
    if unknown:
        raise PlannerError(unknown_key(str(unknown[0]), REPEAT_KEYS).split(":")[0] + " in repeat")
    if "freq" not in value:
        raise PlannerError('repeat needs freq = "daily", "weekly" or "monthly"')
    byday = value.get("byday", [])
    if isinstance(byday, str):
        byday = [byday]
    if not isinstance(byday, list):
        raise PlannerError('repeat byday must be a list such as ["TU"]')
    return Repeat(
        freq=value["freq"],
        interval=read_whole(value.get("interval", 1), "repeat interval"),
        byday=tuple(ByDay.parse(b) for b in byday),
        until=read_date(value["until"], "repeat until") if "until" in value else None,
        count=read_whole(value["count"], "repeat count") if "count" in value else None,
    )


def read_moved(value: Any) -> tuple[MovedOccurrence, ...]:
    """A ``moved`` table: original date -> new local start; PlannerError otherwise.

    >>> read_moved({"2027-03-09": "2027-03-10T11:00"})[0].start.isoformat()
    '2027-03-10T11:00:00'
    """
    if not isinstance(value, Mapping):
        raise PlannerError('moved must be a table such as { "2027-03-09" = "2027-03-10T11:00" }')
    result = []
    for key, start in value.items():
        original = read_date(str(key), "moved")
        try:
            moved_start = read_start(start)
        except PlannerError:
            raise PlannerError(
                f'moved "{key}" = {start!r} is not a local date and time: write "YYYY-MM-DDTHH:MM"'
            ) from None
        result.append(MovedOccurrence(original, moved_start))
    return tuple(result)
