"""What the search says about a zone: its current name, countries, links, abbreviations, DST.

Everything here comes from the one tz database in use (:mod:`planner.time.tzdb`): the
zone tables, the links of ``tzdata.zi`` and the zones' own rules.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from planner.time.places.fold import fold
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


class _Source(NamedTuple):
    """What ``tzdata.zi`` (the database's source, compacted) says about names and formats.

    Attributes:
        links: link name -> its target.
        formats: zone -> the FORMAT fields of its lines ("P%sT", "GMT/BST", "+08").
        letters: every LETTER field of every rule ("S", "D"; "" for "-").
    """

    links: dict[str, str]
    formats: dict[str, set[str]]
    letters: frozenset[str]


# Lines of tzdata.zi, each found after its newline (faster than ``^`` in multi-line mode):
# a Zone line (its name, then STDOFF RULES FORMAT) or a continuation line of the one above;
# a Link (target, name); a Rule (its last field, LETTER).
_ZONE_LINE = re.compile(r"\n(?:Z (\S+) |[-\d])\S* \S+ (\S+)")
_LINK_LINE = re.compile(r"\nL (\S+) (\S+)")
_RULE_LETTER = re.compile(r"\nR [^\n]* (\S+)(?=\n)")


@functools.cache
def _source() -> _Source | None:
    try:
        text = "\n" + table_text("tzdata.zi") + "\n"
    except OSError:
        return None
    links = {name: target for target, name in _LINK_LINE.findall(text)}
    formats: dict[str, set[str]] = {}
    zone: set[str] = set()
    for name, format_ in _ZONE_LINE.findall(text):
        if name:
            zone = formats.setdefault(name, set())
        zone.add(format_)
    letters = frozenset("" if letter == "-" else letter for letter in _RULE_LETTER.findall(text))
    return _Source(links, formats, letters)


def _links() -> dict[str, str]:
    source = _source()
    return source.links if source is not None else {}


@functools.cache
def primary_zones() -> frozenset[str]:
    """The zones a person picks: those of the zone tables, and UTC.

    >>> "Asia/Kolkata" in primary_zones(), "Asia/Calcutta" in primary_zones()
    (True, False)
    """
    known = set(all_zone_names())
    return frozenset(z for z in zone_countries() if z in known) | {"UTC"}


@functools.cache
def _known() -> frozenset[str]:
    return frozenset(all_zone_names())


@functools.cache
def zone_words() -> frozenset[str]:
    """The first words of every folded zone id and link ("asia", "america", "us", "utc").

    A query whose first word starts none of them names no zone id (the zone keys need
    not be built).

    >>> {"asia", "america", "utc"} <= zone_words()
    True
    """
    names = {name.split("/")[0] for name in (*all_zone_names(), *_links()) if "/" in name}
    return frozenset(fold(name).split(" ")[0] for name in names) | {"utc"}


@functools.cache
def canonical(zone: str) -> str | None:
    """The zone to use for a zone id: itself, or the current zone an old name links to.

    None when the tz database in use does not know the name.

    >>> canonical("Asia/Calcutta"), canonical("Europe/Zagreb"), canonical("Etc/UTC")
    ('Asia/Kolkata', 'Europe/Zagreb', 'UTC')
    """
    if zone not in _known() and zone not in _links():
        return None
    seen = {zone}
    while zone in _links() and zone not in primary_zones():  # a name no link: no zone table
        zone = _links()[zone]
        if zone in seen:
            break
        seen.add(zone)
    if zone in ("Etc/UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu"):
        return "UTC"
    return zone if zone in _known() else None


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


@functools.cache
def _info(zone: str) -> ZoneInfo:
    """The zone loaded once (zoneinfo's own cache keeps only the last few alive)."""
    return load_zone(zone)


@functools.cache
def _year_moments(year: int) -> tuple[datetime, ...]:
    return tuple(datetime(year, month, 1, tzinfo=UTC) for month in range(1, 13))


@functools.cache
def observes_dst(zone: str, year: int) -> bool:
    """Whether the zone's UTC offset changes during the year (daylight saving time).

    >>> observes_dst("Europe/London", 2027), observes_dst("Asia/Kolkata", 2027)
    (True, False)
    """
    info = _info(zone)
    offsets = {m.astimezone(info).utcoffset() for m in _year_moments(year)}
    offsets.add(datetime(year, 12, 31, 23, tzinfo=UTC).astimezone(info).utcoffset())
    return len(offsets) > 1


@functools.cache
def abbreviations(year: int) -> dict[str, tuple[str, ...]]:
    """Abbreviation ("IST", "CST") -> the primary zones that use it during the year.

    >>> sorted(abbreviations(2027)["IST"])
    ['Asia/Jerusalem', 'Asia/Kolkata', 'Europe/Dublin']
    """
    return _abbreviations_of(sorted(primary_zones()), year)


def _letters(text: str) -> str:
    """Only the letters and digits, lower case: what a folded one-word key keeps of a name."""
    return "".join(c for c in text.lower() if c.isascii() and c.isalnum())


def _can_spell(format_: str, key: str, letters: frozenset[str]) -> bool:
    """Whether a FORMAT field may give an abbreviation that folds to the one-word ``key``."""
    if "%z" in format_:
        return format_ != "%z" or key.isdigit()  # a numeric offset; anything else: maybe
    if "%s" in format_:
        before, _, after = (_letters(part) for part in format_.partition("%s"))
        middle = key[len(before) : len(key) - len(after)]
        return (
            len(key) >= len(before) + len(after)
            and key.startswith(before)
            and key.endswith(after)
            and middle in letters
        )
    return any(_letters(part) == key for part in format_.split("/"))


@functools.cache
def _formats() -> dict[str, list[str]] | None:
    """FORMAT field -> the zones (as tzdata.zi's Zone lines name them) with a line of it."""
    source = _source()
    if source is None or not _known() <= source.formats.keys() | source.links.keys():
        return None  # a zone that tzdata.zi does not describe: look at every zone
    found: dict[str, list[str]] = {}
    for zone, formats in source.formats.items():
        for format_ in formats:
            found.setdefault(format_, []).append(zone)
    return found


def _target(zone: str, source: _Source) -> str:
    """The Zone line a name stands for, through its links."""
    seen: set[str] = set()
    while zone not in source.formats and zone in source.links and zone not in seen:
        seen.add(zone)
        zone = source.links[zone]
    return zone


def _abbreviations_of(zones: list[str], year: int) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for zone in zones:
        info = _info(zone)
        for moment in _year_moments(year):
            name = moment.astimezone(info).tzname() or ""
            if name and name[0] not in "+-" and zone not in found.setdefault(name, []):
                found[name].append(zone)
    return {name: tuple(zones) for name, zones in found.items()}


@functools.lru_cache(maxsize=4096)
def abbreviation_zones(key: str, year: int) -> tuple[str, ...]:
    """The zones whose abbreviation during the year folds to ``key``, as :func:`abbreviations`.

    Only the zones whose source lines can spell ``key`` are loaded (every zone without
    the database's ``tzdata.zi``).

    >>> abbreviation_zones("ist", 2027), abbreviation_zones("manila", 2027)
    (('Asia/Jerusalem', 'Asia/Kolkata', 'Europe/Dublin'), ())
    """
    by_format = _formats()
    source = _source()
    if by_format is None or source is None:
        zones = sorted(primary_zones())
    else:
        letters = frozenset(_letters(letter) for letter in source.letters) | {""}
        spelling = {
            z for f, found in by_format.items() if _can_spell(f, key, letters) for z in found
        }
        if not spelling:
            return ()  # no line of any zone spells it: no zone needs loading
        zones = [z for z in sorted(primary_zones()) if _target(z, source) in spelling]
    table = {fold(name): found for name, found in _abbreviations_of(zones, year).items()}
    return table.get(key, ())


def country_zone_list(weight: Callable[[str, str], int], code: str) -> tuple[str, ...]:
    """A country's zones, largest city first (then as the zone table lists them)."""
    zones = [z for z in (canonical(z) for z in country_zones().get(code, ())) if z is not None]
    unique = list(dict.fromkeys(zones))
    return tuple(sorted(unique, key=lambda z: -weight(code, z)))


@functools.lru_cache(maxsize=4096)
def offset_now(zone: str, now: datetime) -> tuple[str, str]:
    """The zone's UTC offset at ``now`` as ``+05:30`` and its abbreviation ("" when numeric).

    >>> offset_now("Asia/Kolkata", datetime(2027, 1, 1, tzinfo=UTC))
    ('+05:30', 'IST')
    """
    local = now.astimezone(_info(zone))
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
