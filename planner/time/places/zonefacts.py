"""What the search says about a zone: its current name, countries, links, abbreviations, DST.

Everything here comes from the one tz database in use (:mod:`planner.time.tzdb`): the
zone tables, the links of ``tzdata.zi`` and the zones' own rules.
"""

from __future__ import annotations

import functools
from datetime import UTC, datetime, timedelta

from planner.time.tzdb import table_text
from planner.time.zones import all_zone_names, format_offset, load_zone


@functools.cache
def zone_countries() -> dict[str, tuple[str, ...]]:
    """Zone -> the ISO codes of the countries using it (``zone.tab``, then ``zone1970.tab``).

    >>> zone_countries()["Asia/Kolkata"]
    ('IN',)
    """
    found: dict[str, list[str]] = {}
    for table in ("zone.tab", "zone1970.tab"):
        for line in table_text(table).splitlines():
            if line and not line.startswith("#"):
                fields = line.split("\t")
                known = found.setdefault(fields[2], [])
                known.extend(c for c in fields[0].split(",") if c not in known)
    return {zone: tuple(codes) for zone, codes in found.items()}


@functools.cache
def country_zones() -> dict[str, tuple[str, ...]]:
    """ISO code -> its zones as ``zone.tab`` lists them (``Europe/Zagreb`` for Croatia).

    >>> country_zones()["GB"]
    ('Europe/London',)
    """
    found: dict[str, list[str]] = {}
    for table in ("zone.tab", "zone1970.tab"):
        seen = set(found)
        for line in table_text(table).splitlines():
            if line and not line.startswith("#"):
                fields = line.split("\t")
                for code in fields[0].split(","):
                    if code not in seen and fields[2] not in found.setdefault(code, []):
                        found[code].append(fields[2])
    return {code: tuple(zones) for code, zones in found.items()}


@functools.cache
def _links() -> dict[str, str]:
    links: dict[str, str] = {}
    try:
        text = table_text("tzdata.zi")
    except OSError:
        return links
    for line in text.splitlines():
        if line.startswith("L "):
            _, target, name = line.split()[:3]
            links[name] = target
    return links


@functools.cache
def primary_zones() -> frozenset[str]:
    """The zones a person picks: those of the zone tables, and UTC.

    >>> "Asia/Kolkata" in primary_zones(), "Asia/Calcutta" in primary_zones()
    (True, False)
    """
    known = set(all_zone_names())
    return frozenset(z for z in zone_countries() if z in known) | {"UTC"}


@functools.cache
def canonical(zone: str) -> str | None:
    """The zone to use for a zone id: itself, or the current zone an old name links to.

    None when the tz database in use does not know the name.

    >>> canonical("Asia/Calcutta"), canonical("Europe/Zagreb"), canonical("Etc/UTC")
    ('Asia/Kolkata', 'Europe/Zagreb', 'UTC')
    """
    if zone not in all_zone_names() and zone not in _links():
        return None
    seen = {zone}
    while zone not in primary_zones() and zone in _links():
        zone = _links()[zone]
        if zone in seen:
            break
        seen.add(zone)
    if zone in ("Etc/UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu"):
        return "UTC"
    return zone if zone in all_zone_names() else None


@functools.cache
def zone_aliases() -> dict[str, tuple[str, ...]]:
    """Zone -> the other ids that name it (``Asia/Kolkata`` -> ``Asia/Calcutta``).

    >>> "Asia/Calcutta" in zone_aliases()["Asia/Kolkata"]
    True
    """
    found: dict[str, list[str]] = {}
    for name in sorted(set(all_zone_names()) | set(_links())):
        target = canonical(name)
        if target is not None and target != name:
            found.setdefault(target, []).append(name)
    return {zone: tuple(names) for zone, names in found.items()}


def _year_moments(year: int) -> list[datetime]:
    return [datetime(year, month, 1, tzinfo=UTC) for month in range(1, 13)]


@functools.cache
def observes_dst(zone: str, year: int) -> bool:
    """Whether the zone's UTC offset changes during the year (daylight saving time).

    >>> observes_dst("Europe/London", 2027), observes_dst("Asia/Kolkata", 2027)
    (True, False)
    """
    info = load_zone(zone)
    offsets = {m.astimezone(info).utcoffset() for m in _year_moments(year)}
    offsets.add(datetime(year, 12, 31, 23, tzinfo=UTC).astimezone(info).utcoffset())
    return len(offsets) > 1


@functools.cache
def abbreviations(year: int) -> dict[str, tuple[str, ...]]:
    """Abbreviation ("IST", "CST") -> the primary zones that use it during the year.

    >>> sorted(abbreviations(2027)["IST"])
    ['Asia/Jerusalem', 'Asia/Kolkata', 'Europe/Dublin']
    """
    found: dict[str, list[str]] = {}
    for zone in sorted(primary_zones()):
        info = load_zone(zone)
        for moment in _year_moments(year):
            name = moment.astimezone(info).tzname() or ""
            if name and name[0] not in "+-" and zone not in found.setdefault(name, []):
                found[name].append(zone)
    return {name: tuple(zones) for name, zones in found.items()}


def offset_now(zone: str, now: datetime) -> tuple[str, str]:
    """The zone's UTC offset at ``now`` as ``+05:30`` and its abbreviation ("" when numeric).

    >>> offset_now("Asia/Kolkata", datetime(2027, 1, 1, tzinfo=UTC))
    ('+05:30', 'IST')
    """
    local = now.astimezone(load_zone(zone))
    name = local.tzname() or ""
    return format_offset(local.utcoffset() or timedelta(0)), "" if name[:1] in "+-" else name


@functools.cache
def _lower_names() -> dict[str, str]:
    return {name.lower(): name for name in sorted(set(all_zone_names()) | set(_links()))}


def zone_named(text: str) -> str | None:
    """The zone a zone id names, in any case, old names resolved; None for anything else.

    >>> zone_named("asia/calcutta"), zone_named("utc"), zone_named("Asia/Manilla")
    ('Asia/Kolkata', 'UTC', None)
    """
    name = _lower_names().get(text.strip().lower())
    return canonical(name) if name is not None else None
