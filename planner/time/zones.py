"""IANA time zones: loading by name with suggestions, country names, offsets as text.

The search by place lives in :mod:`planner.time.places`.
"""

from __future__ import annotations

import functools
from datetime import timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from planner.errors import PlannerError
from planner.text import Text
from planner.time.tzdb import table_text, zone_names


@functools.cache
def all_zone_names() -> tuple[str, ...]:
    """Every IANA zone name that zoneinfo can load, sorted."""
    return tuple(sorted(n for n in zone_names() if "/" in n or n == "UTC"))


@functools.cache
def _zone_set() -> frozenset[str]:
    return frozenset(n for n in zone_names() if "/" in n or n == "UTC")  # all_zone_names, unsorted


@functools.cache
def _lower_names() -> dict[str, str]:
    return {name.lower(): name for name in all_zone_names()}


def suggest_zone(name: str) -> str | None:
    """The known zone name closest to a misspelt one, or None.

    >>> suggest_zone("Asia/Manilla")
    'Asia/Manila'
    """
    lowered = name.strip().lower()
    if lowered in _lower_names():
        return _lower_names()[lowered]
    import difflib

    close = difflib.get_close_matches(lowered, list(_lower_names()), n=1, cutoff=0.75)
    if close:
        return _lower_names()[close[0]]
    city = lowered.rsplit("/", 1)[-1].replace(" ", "_")
    for low, real in _lower_names().items():
        if low.rsplit("/", 1)[-1] == city:
            return real
    return None


@functools.cache
def load_zone(name: str) -> ZoneInfo:
    """The ZoneInfo for an IANA name; a clear PlannerError when there is none.

    >>> load_zone("Asia/Kathmandu").key
    'Asia/Kathmandu'
    """
    if not isinstance(name, str) or not name.strip():
        raise PlannerError(Text('a time zone is required (an IANA name such as "Europe/Kyiv")'))
    try:
        if name not in _zone_set():
            raise ZoneInfoNotFoundError(name)
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        hint = suggest_zone(name)
        advice = (
            Text(' (did you mean "{hint}"?)', hint=hint)
            if hint
            else Text(
                ' (use an IANA name such as "America/New_York"; `overlap-planner zones` lists them)'
            )
        )
        raise PlannerError(
            Text('unknown time zone "{name}"{advice}', name=name, advice=advice)
        ) from exc


@functools.cache
def country_names() -> dict[str, str]:
    """ISO 3166 code -> short English country name, from the tz database's ``iso3166.tab``.

    >>> country_names()["PH"]
    'Philippines'
    """
    names: dict[str, str] = {}
    for line in table_text("iso3166.tab").splitlines():
        if line and not line.startswith("#"):
            code, country = line.split("\t", 1)
            names[code] = country.strip()
    return names


def format_offset(offset: timedelta) -> str:
    """An offset as ``+HH:MM`` / ``-HH:MM``.

    >>> format_offset(timedelta(hours=5, minutes=45))
    '+05:45'
    """
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{mins:02d}"
