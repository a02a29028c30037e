"""IANA time zones: loading by name with suggestions, and search by city, country or abbreviation."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from planner.errors import PlannerError
from planner.time.tzdb import table_text, zone_names


@functools.cache
def all_zone_names() -> tuple[str, ...]:
    """Every IANA zone name that zoneinfo can load, sorted."""
    return tuple(sorted(n for n in zone_names() if "/" in n or n == "UTC"))


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
        raise PlannerError('a time zone is required (an IANA name such as "Europe/Kyiv")')
    try:
        if name not in all_zone_names():
            raise ZoneInfoNotFoundError(name)
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        hint = suggest_zone(name)
        advice = (
            f' (did you mean "{hint}"?)'
            if hint
            else ' (use an IANA name such as "America/New_York"; `overlap-planner zones` lists them)'
        )
        raise PlannerError(f'unknown time zone "{name}"{advice}') from exc


@dataclass(frozen=True, slots=True)
class ZoneMatch:
    """A zone found by :func:`search_zones`.

    Attributes:
        name: the IANA name.
        country: the country's name, or "" when the zone belongs to none.
        abbreviations: the abbreviations the zone uses around ``now`` (standard first).
        utc_offset: the offset at ``now``, as ``+05:45``.
        why: what matched ("city", "country", "abbreviation", "name").
    """

    name: str
    country: str
    abbreviations: tuple[str, ...]
    utc_offset: str
    why: str


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


@functools.cache
def _zone_countries() -> dict[str, list[str]]:
    """Zone name -> country names (from the tz database's zone.tab and zone1970.tab)."""
    names = country_names()
    zones: dict[str, list[str]] = {}
    for table in ("zone.tab", "zone1970.tab"):
        for line in table_text(table).splitlines():
            if line and not line.startswith("#"):
                fields = line.split("\t")
                for code in fields[0].split(","):
                    country = names.get(code, code)
                    known = zones.setdefault(fields[2], [])
                    if country not in known:
                        known.append(country)
    return zones


def format_offset(offset: timedelta) -> str:
    """An offset as ``+HH:MM`` / ``-HH:MM``.

    >>> format_offset(timedelta(hours=5, minutes=45))
    '+05:45'
    """
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{mins:02d}"


def _abbreviations(zone: ZoneInfo, now: datetime) -> tuple[str, ...]:
    seen: list[str] = []
    for months in (0, 3, 6, 9):
        moment = (now + timedelta(days=30 * months)).astimezone(zone)
        abbreviation = moment.tzname() or ""
        if abbreviation and abbreviation[0] not in "+-" and abbreviation not in seen:
            seen.append(abbreviation)
    return tuple(seen)


def search_zones(query: str, now: datetime) -> list[ZoneMatch]:
    """Zones whose city, country, abbreviation or name matches ``query`` (case-insensitive).

    Args:
        query: e.g. "manila", "IST", "Brazil"; empty lists every zone.
        now: the moment whose abbreviations and offsets are shown (aware).

    Returns:
        Matches, exact city and abbreviation matches first, then by name.

    >>> from datetime import timezone
    >>> [m.name for m in search_zones("manila", datetime(2027, 1, 1, tzinfo=timezone.utc))]
    ['Asia/Manila']
    """
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    wanted = query.strip().lower().replace("_", " ")
    countries = _zone_countries()
    ranked: list[tuple[int, ZoneMatch]] = []
    for name in all_zone_names():
        zone = load_zone(name)
        abbreviations = _abbreviations(zone, now)
        city = name.rsplit("/", 1)[-1].replace("_", " ").lower()
        country_names = countries.get(name, [])
        why = ""
        rank = 9
        if not wanted:
            why, rank = "name", 5
        elif city == wanted:
            why, rank = "city", 0
        elif wanted in (a.lower() for a in abbreviations):
            why, rank = "abbreviation", 1
        elif any(c.lower() == wanted for c in country_names):
            why, rank = "country", 2
        elif wanted in city:
            why, rank = "city", 3
        elif any(wanted in c.lower() for c in country_names):
            why, rank = "country", 4
        elif wanted in name.lower().replace("_", " "):
            why, rank = "name", 5
        if why:
            if not country_names and name != "UTC":
                rank += 10  # backward-compatible aliases (Asia/Calcutta) after the real zones
            offset = now.astimezone(zone).utcoffset() or timedelta(0)
            match = ZoneMatch(
                name=name,
                country=", ".join(country_names),
                abbreviations=abbreviations,
                utc_offset=format_offset(offset),
                why=why,
            )
            ranked.append((rank, match))
    ranked.sort(key=lambda item: (item[0], item[1].name))
    if any(rank % 10 <= 2 for rank, _ in ranked):
        # An exact city, abbreviation or country hides the loose substring matches.
        ranked = [(rank, match) for rank, match in ranked if rank % 10 <= 2]
    return [match for _, match in ranked]
