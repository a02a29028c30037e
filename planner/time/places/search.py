"""Zone search by place: a query in, ranked hits out, each with what a person needs to pick.

>>> from datetime import UTC, datetime
>>> now = datetime(2027, 1, 15, tzinfo=UTC)
>>> search_places("Bangalore", now)[0].label
'Bengaluru (Bangalore), Karnataka, India — Asia/Kolkata (UTC+05:30, no daylight saving)'
>>> [hit.zone for hit in search_places("krakow", now)][:1]
['Europe/Warsaw']
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from planner.time.places.fold import fold
from planner.time.places.index import place_index
from planner.time.places.matching import Facts, Matcher
from planner.time.places.tiers import (
    CITY,
    CITY_OTHER,
    CITY_OTHER_PREFIX,
    CODE,
    LOOSE,
    TYPO,
    ZONE_ID,
    Candidate,
)
from planner.time.places.zonefacts import (
    country_zone_list,
    observes_dst,
    offset_now,
    primary_zones,
    zone_countries,
)

DEFAULT_LIMIT = 50


@dataclass(frozen=True, slots=True)
class PlaceHit:
    """One answer of the zone search.

    Attributes:
        city: the city ("" when the hit is a whole country, admin area or zone).
        admin: its state, province or region ("Karnataka"), or "".
        country: the country's English name, or "" (UTC).
        country_code: its ISO 3166 code, or "".
        zone: the IANA zone to use.
        zone_name: the zone's CLDR name ("India Standard Time"), or "".
        offset: the UTC offset at the moment searched, as ``+05:30``.
        abbreviation: the zone's abbreviation at that moment ("IST"), or "".
        observes_dst: whether the zone's offset changes during that year.
        kind: what matched: "city", "country", "admin" or "zone".
        alias: the other name the query matched ("Bangalore" for Bengaluru), or "".
    """

    city: str
    admin: str
    country: str
    country_code: str
    zone: str
    zone_name: str
    offset: str
    abbreviation: str
    observes_dst: bool
    kind: str
    alias: str = ""

    @property
    def place(self) -> str:
        """Where: ``"Bengaluru (Bangalore), Karnataka, India"``, ``"India"`` or ``""``."""
        city = f"{self.city} ({self.alias})" if self.alias else self.city
        return ", ".join(part for part in (city, self.admin, self.country) if part)

    @property
    def label(self) -> str:
        """The whole hit on one line, as the picker and ``zones`` show it."""
        zone = self.zone
        if self.kind != "city" and self.zone_name:
            zone = f"{zone}, {self.zone_name}"
        now = " now" if self.observes_dst else ""
        dst = "observes daylight saving" if self.observes_dst else "no daylight saving"
        abbreviation = f"{self.abbreviation}, " if self.kind != "city" and self.abbreviation else ""
        clock = f"({abbreviation}UTC{self.offset}{now}, {dst})"
        return f"{self.place} — {zone} {clock}" if self.place else f"{zone} {clock}"


class _Filter(NamedTuple):
    """The part after a comma ("Cebu, Philippines"): countries and admin areas."""

    countries: frozenset[str]
    admins: frozenset[str]

    def keeps(self, facts: Facts, candidate: Candidate) -> bool:
        if candidate.kind == "city":
            index = int(candidate.ref)
            country = facts.city_country(index)
            return country in self.countries or facts.city_admin(index) in self.admins
        if candidate.kind == "country":
            return candidate.ref in self.countries
        if candidate.kind == "admin":
            ref = str(candidate.ref)
            return ref in self.admins or ref.split(".")[0] in self.countries
        zone = str(candidate.ref)
        admin_zones = {z for a in self.admins for z in facts.admin_zones(a)}
        return bool(self.countries & set(zone_countries().get(zone, ()))) or zone in admin_zones


def _filter(facts: Facts, key: str) -> _Filter | None:
    countries, admins = facts.place_refs(key)
    if not countries and not admins:
        return None
    return _Filter(frozenset(countries), frozenset(admins))


def _candidates(
    matcher: Matcher, key: str, year: int, where: _Filter | None, limit: int | None
) -> set[Candidate]:
    facts = matcher.facts
    found = matcher.primary(key, year, None if where is not None else limit)
    if where is not None:
        found = {c for c in found if where.keeps(facts, c)}
    if not found:
        found = matcher.fallback(key)
        if where is not None:
            found = {c for c in found if where.keeps(facts, c)}
    return found


def find_candidates(
    query: str, year: int, matcher: Matcher | None = None, limit: int | None = None
) -> set[Candidate]:
    """The candidates of a query before ranking (the index unless ``matcher`` is given)."""
    matcher = matcher or place_index()
    text = query.strip()
    where = None
    key = fold(text)
    if "," in text:
        head, tail = text.rsplit(",", 1)
        where = _filter(matcher.facts, fold(tail)) if fold(head) else None
        if where is not None:
            key = fold(head)
    return _candidates(matcher, key, year, where, limit)


# (tier, -weight, text, kind, ref, zone, key): one row of the ranking, before any hit is built.
_Row = tuple[int, int, str, str, str | int, str, str]


def _rows(facts: Facts, found: set[Candidate], limit: int | None) -> list[_Row]:
    best: dict[tuple[str, str | int], Candidate] = {}
    for candidate in found:
        known = best.get((candidate.kind, candidate.ref))
        if known is None or (candidate.tier, candidate.key) < (known.tier, known.key):
            best[(candidate.kind, candidate.ref)] = candidate
    cities = sum(1 for c in best.values() if c.kind == "city" and c.tier < LOOSE)
    if limit is not None and cities >= limit:
        # Enough cities (rows nothing removes) come first: the loose matches would follow.
        best = {place: c for place, c in best.items() if c.tier < LOOSE}
    if limit is not None:
        # Rows sort by tier first and no city row is ever removed below: with ``limit``
        # cities in the tiers up to ``last``, no row of a later tier reaches the hits, and
        # leaving those rows out changes no other row's fate (a city only hides an admin
        # area of its own tier or a later one). Their names are then never read.
        tiers = sorted(c.tier for c in best.values() if c.kind == "city")
        if len(tiers) >= limit:
            last = tiers[limit - 1]
            best = {place: c for place, c in best.items() if c.tier <= last}
    rows: list[_Row] = []
    for (kind, ref), candidate in best.items():
        tier, key = candidate.tier, candidate.key
        if kind == "city":
            index = int(ref)
            weight = facts.city_weight(index)
            zone = facts.city_zone(index)
            rows.append((tier, -weight, facts.city_key(index), kind, index, zone, key))
        elif kind == "country":
            for zone in country_zone_list(facts.place_zone_weight, str(ref)):
                weight = facts.place_zone_weight(str(ref), zone)
                rows.append((tier, -weight, zone, kind, ref, zone, key))
        elif kind == "admin":
            for zone in facts.admin_zones(str(ref)):
                weight = facts.place_zone_weight(str(ref), zone)
                rows.append((tier, -weight, zone, kind, ref, zone, key))
        else:
            zone = str(ref)
            rows.append((tier, -facts.zone_weight(zone), zone, kind, ref, zone, key))
    rows.sort(key=lambda row: (*row[:3], str(row[4])))
    # An admin area named like a city in it ("São Paulo", "Lviv") adds nothing to the city.
    cities_in: dict[tuple[str, str], int] = {}
    for tier, _, _, kind, ref, zone, _ in rows:
        if kind == "city":
            place = (facts.city_admin(int(ref)), zone)
            cities_in[place] = min(tier, cities_in.get(place, tier))
    rows = [
        row
        for row in rows
        if row[3] != "admin" or cities_in.get((str(row[4]), row[5]), row[0] + 1) > row[0]
    ]
    seen: set[tuple[str, str]] = set()
    unique: list[_Row] = []
    for row in rows:
        spot = ("" if row[3] in ("country", "zone") else str(row[4]), row[5])
        if row[3] != "city" and spot in seen:
            continue  # "India" the country and Asia/Kolkata by its name are one hit
        seen.add(spot)
        unique.append(row)
    return unique


def _alias(facts: Facts, index: int, tier: int, key: str) -> str:
    if tier == CODE:
        return key.upper()
    if key != facts.city_key(index) and tier in (CITY, CITY_OTHER, CITY_OTHER_PREFIX, TYPO):
        for name, folded in facts.city_others(index):
            if folded == key:
                return name
    return ""


@functools.lru_cache(maxsize=1024)
def _hit(facts: Facts, row: _Row, now: datetime, year: int) -> PlaceHit:
    """The hit of a row at ``now`` in its ``year`` (equal moments may differ in their year).

    Kept: the next keystroke's hits are mostly this one's.
    """
    tier, _, _, kind, ref, zone, key = row
    offset, abbreviation = offset_now(zone, now)
    city = admin = alias = country = code = ""
    if kind == "city":
        index = int(ref)
        city, code = facts.city_name(index), facts.city_country(index)
        found = facts.admin(facts.city_admin(index))
        admin = found.name if found and fold(found.name) != facts.city_key(index) else ""
        alias = _alias(facts, index, tier, key)
    elif kind == "country":
        code = str(ref)
    elif kind == "admin":
        found = facts.admin(str(ref))
        assert found is not None
        admin, code = found.name, found.country
    else:
        code = next(iter(zone_countries().get(zone, ())), "")
    known = facts.country(code)
    if known is not None:
        country = known.name
    return PlaceHit(
        city=city,
        admin=admin,
        country=country,
        country_code=code,
        zone=zone,
        zone_name=facts.zone_name(zone),
        offset=offset,
        abbreviation=abbreviation,
        observes_dst=observes_dst(zone, year),
        kind=kind,
        alias=alias,
    )


def search_places(
    query: str, now: datetime, limit: int | None = DEFAULT_LIMIT, matcher: Matcher | None = None
) -> list[PlaceHit]:
    """Places and zones matching ``query``, best first.

    Matching ignores case, accents and punctuation ("krakow" finds Kraków); it knows
    cities by their other and old names ("Bangalore", "Kiev"), "city, country" or
    "city, state" ("Cebu, Philippines", "Portland, OR"), countries with their codes and
    short forms ("UK", "UAE", "USA"), admin areas ("Karnataka"), zone ids and their old
    names ("Asia/Calcutta"), CLDR zone names ("Pacific Time"), abbreviations ("IST":
    every zone it means) and city codes ("NYC"). With nothing else found, names of five
    letters or more one typo away count.

    Ranking: zone ids, zone names, countries, then a city's own name (or another name of
    a major city: a capital, a zone's own city or a city of a million people: "Calcutta"),
    admin areas, city codes, the start of a city's name, other names, the start of those,
    then the start of any other name; within each, larger places first (capitals and a zone's own
    city count ten times their population).

    Args:
        query: what the person typed; empty lists every zone.
        now: the moment whose offsets and abbreviations are shown (aware).
        limit: at most this many hits (None: all).
        matcher: how candidates are found (default: the index; the tests pass the scan).

    Returns:
        The hits, best first.

    >>> from datetime import UTC
    >>> [h.place for h in search_places("IST", datetime(2027, 1, 15, tzinfo=UTC))][:3]
    ['India', 'Ireland', 'Israel']
    """
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    matcher = matcher or place_index()
    facts = matcher.facts
    if not query.strip():
        rows: list[_Row] = [
            (ZONE_ID, 0, zone, "zone", zone, zone, "") for zone in sorted(primary_zones())
        ]
    else:
        rows = _rows(facts, find_candidates(query, now.year, matcher, limit), limit)
    chosen = rows if limit is None else rows[:limit]
    return [_hit(facts, row, now, now.year) for row in chosen]
