"""Reading one plan-file value: zones, strings, numbers, dates, meeting starts and repeat rules."""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from planner.errors import PlannerError
from planner.plan.checks import check_year
from planner.plan.collector import Collector, did_you_mean
from planner.plan.document import REPEAT_KEYS
from planner.plan.hours import WeekHours
from planner.plan.meeting import MAX_COUNT, MAX_INTERVAL, ByDay, Repeat
from planner.text import Text

if TYPE_CHECKING:
    from planner.plan.moved import MovedOccurrence

MAX_REPLY_HOURS = 14 * 24  # the analysis looks 14 days ahead for the vendor


def read_zone(value: Any) -> str:
    """An IANA zone name, checked; PlannerError otherwise."""
    from planner.time.zones import load_zone

    if not isinstance(value, str):
        raise PlannerError(Text('a time zone must be a string such as "Asia/Manila"'))
    load_zone(value)
    return value


def read_hours(value: Any) -> WeekHours:
    """A team's ``hours`` table; PlannerError for a bad one.

    Plans repeat the same hours for many teams: each distinct table is parsed once.

    >>> read_hours({"mon-fri": ["09:00-17:00"]}) is read_hours({"mon-fri": ["09:00-17:00"]})
    True
    """
    try:
        key = _frozen(value)
    except TypeError:  # a value that cannot be a key: parsed (and refused) as it is
        return WeekHours.parse(value)
    return _parsed_hours(key)


@functools.lru_cache(maxsize=256)
def _parsed_hours(key: Any) -> WeekHours:
    return WeekHours.parse(_thawed(key))


def _frozen(value: Any) -> Any:
    """A hashable twin of a TOML value: tables become tagged item tuples, lists tuples."""
    if isinstance(value, Mapping):
        return ("table", tuple((k, _frozen(v)) for k, v in value.items()))
    if isinstance(value, list):
        return ("list", tuple(_frozen(v) for v in value))
    hash(value)
    return ("value", value)


def _thawed(key: Any) -> Any:
    kind, content = key
    if kind == "table":
        return {k: _thawed(v) for k, v in content}
    if kind == "list":
        return [_thawed(v) for v in content]
    return content


def check_series_start(repeat: Repeat, start: datetime) -> None:
    """PlannerError unless ``start`` is the first occurrence of ``repeat`` (each pair once)."""
    problem = _series_start_problem(repeat, start)
    if problem:
        raise PlannerError(problem)


@functools.lru_cache(maxsize=1024)
def _series_start_problem(repeat: Repeat, start: datetime) -> str:
    from planner.plan.meeting import Meeting
    from planner.plan.recurrence import check_rule

    probe = Meeting("x", "x", ("a", "b"), 1, start.date(), start.time(), repeat=repeat)
    try:
        check_rule(probe)
    except PlannerError as exc:
        return str(exc)
    return ""


def read_string(
    table: Mapping[str, Any], key: str, section: str, index: int, where: str, out: Collector
) -> str | None:
    """A string value, or None when absent (a problem recorded when it is not a string)."""
    value = table.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        out.add(section, index, key, where, Text("{key} must be a string in quotes", key=key))
        return None
    return value


def read_whole(value: Any, key: str, low: int | None = None, high: int | None = None) -> int:
    """A whole number, from ``low`` to ``high`` when given; PlannerError otherwise.

    >>> read_whole(30, "duration_minutes", 1, 1440)
    30
    >>> read_whole(-5, "reminder_minutes", 0, 10080)
    Traceback (most recent call last):
    ...
    planner.errors.PlannerError: reminder_minutes must be a whole number from 0 to 10080, not -5
    """
    if isinstance(value, bool) or not isinstance(value, int):
        raise PlannerError(
            Text("{key} must be a whole number, not {value}", key=key, value=_shown(value))
        )
    _check_bounds(value, key, low, high, Text("a whole number"))
    return value


def read_number(
    value: Any,
    key: str,
    low: float | None = None,
    high: float | None = None,
    *,
    above: float | None = None,
) -> float:
    """A finite number (whole or decimal) as a float, within the bounds given.

    ``low`` and ``high`` are inclusive; ``above`` is a bound the number must exceed.

    >>> read_number(float("nan"), "max_reply_hours", 0)
    Traceback (most recent call last):
    ...
    planner.errors.PlannerError: max_reply_hours must be a number such as 24, not nan
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PlannerError(
            Text("{key} must be a number, not {value}", key=key, value=_shown(value))
        )
    if isinstance(value, float) and not math.isfinite(value):
        raise PlannerError(
            Text("{key} must be a number such as 24, not {value}", key=key, value=value)
        )
    if above is not None and value <= above:
        raise PlannerError(
            Text(
                "{key} must be more than {above}, not {value}",
                key=key,
                above=_plain(above),
                value=_shown(value),
            )
        )
    _check_bounds(value, key, low, high, Text("a number"))
    return float(value)


def _check_bounds(value: float, key: str, low: float | None, high: float | None, kind: str) -> None:
    if (low is None or value >= low) and (high is None or value <= high):
        return
    shown = _shown(value)
    if low is not None and high is not None:
        raise PlannerError(
            Text(
                "{key} must be {kind} from {low} to {high}, not {shown}",
                key=key,
                kind=kind,
                low=_plain(low),
                high=_plain(high),
                shown=shown,
            )
        )
    if low is not None:
        raise PlannerError(
            Text("{key} must be {low} or more, not {shown}", key=key, low=_plain(low), shown=shown)
        )
    assert high is not None
    raise PlannerError(
        Text("{key} must be {high} or less, not {shown}", key=key, high=_plain(high), shown=shown)
    )


def _plain(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


def _shown(value: Any) -> str:
    """A value as it might look in the file, shortened: ``[]``, ``"x"``, ``1e+30``."""
    if isinstance(value, str):
        text = '"' + value + '"'
    elif isinstance(value, bool):
        text = str(value).lower()
    elif isinstance(value, Mapping):
        text = "a table"
    elif isinstance(value, list):
        text = "a list"
    else:
        text = str(value)
    return text if len(text) <= 40 else text[:37] + "..."


def read_date(value: Any, key: str) -> date:
    """A date (TOML date or ISO text) in the years the planner handles."""
    if isinstance(value, datetime):
        raise PlannerError(Text("{key} must be a date (YYYY-MM-DD), not a date and time", key=key))
    if isinstance(value, date):
        return check_year(value, key)
    if isinstance(value, str):
        try:
            parsed = date.fromisoformat(value.strip())
        except ValueError:
            pass
        else:
            return check_year(parsed, key)
    raise PlannerError(
        Text(
            '{key} {value!r} is not a date: write "YYYY-MM-DD", e.g. "2027-07-05"',
            key=key,
            value=value,
        )
    )


def read_start(value: Any) -> datetime:
    """A meeting start: local date and time without an offset."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            raise PlannerError(
                Text("start is wall time in the meeting's zone: write it without an offset")
            )
        return value
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.strip())
        except ValueError:
            parsed = None
        if parsed is not None and parsed.tzinfo is None and "T" in value:
            return parsed
    raise PlannerError(
        Text('start {value!r} is not a local date and time: write "YYYY-MM-DDTHH:MM"', value=value)
    )


def read_repeat(value: Any) -> Repeat:
    """A repeat table as a Repeat rule; PlannerError for unknown keys or values."""
    if not isinstance(value, Mapping):
        raise PlannerError(
            Text('repeat must be a table such as {{ freq = "weekly", byday = ["TU"] }}')
        )
    unknown = [k for k in value if k not in REPEAT_KEYS]
    if unknown:
        name = str(unknown[0])
        hint = did_you_mean(name, REPEAT_KEYS)
        raise PlannerError(Text('unknown key "{key}"{hint} in repeat', key=name, hint=hint))
    if "freq" not in value:
        raise PlannerError(Text('repeat needs freq = "daily", "weekly" or "monthly"'))
    byday = value.get("byday", [])
    if isinstance(byday, str):
        byday = [byday]
    if not isinstance(byday, list):
        raise PlannerError(Text('repeat byday must be a list such as ["TU"]'))
    freq = value["freq"]
    if not isinstance(freq, str):
        raise PlannerError(Text('repeat freq must be "daily", "weekly" or "monthly" in quotes'))
    return Repeat(
        freq=freq,  # type: ignore[arg-type]  # Repeat checks the word
        interval=read_whole(value.get("interval", 1), "repeat interval", 1, MAX_INTERVAL),
        byday=tuple(ByDay.parse(b) for b in byday),
        until=read_date(value["until"], "repeat until") if "until" in value else None,
        count=read_whole(value["count"], "repeat count", 1, MAX_COUNT)
        if "count" in value
        else None,
    )


def read_moved(value: Any) -> tuple[MovedOccurrence, ...]:
    """A ``moved`` table: original date -> new local start; PlannerError otherwise.

    >>> read_moved({"2027-03-09": "2027-03-10T11:00"})[0].start.isoformat()
    '2027-03-10T11:00:00'
    """
    if not isinstance(value, Mapping):
        raise PlannerError(
            Text('moved must be a table such as {{ "2027-03-09" = "2027-03-10T11:00" }}')
        )
    from planner.plan.moved import MovedOccurrence

    result = []
    for key, start in value.items():
        original = read_date(str(key), "moved")
        try:
            moved_start = read_start(start)
        except PlannerError:
            raise PlannerError(
                Text(
                    'moved "{key}" = {start!r} is not a local date and time: write "YYYY-MM-DDTHH:MM"',
                    key=key,
                    start=start,
                )
            ) from None
        result.append(MovedOccurrence(original, moved_start))
    return tuple(result)
