"""The whole catalog: every place's folded names and the zone it stands for, in memory.

Built from the whole index file (:mod:`planner.time.places.placedata`) and the tz
database in use (:mod:`planner.time.places.zonefacts`): what the search means, as
:class:`planner.time.places.scan.PlaceScan` reads it name by name. The search itself
(:mod:`planner.time.places.index`) never builds it; the tests and the benchmark hold
the two to the same candidates and facts (:class:`CatalogFacts`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from planner.time.places.data import Admin, Country, names
from planner.time.places.fold import fold
from planner.time.places.placedata import Cities, PlaceData, place_data
from planner.time.places.tiers import CITY, CITY_OTHER, MAJOR
from planner.time.places.zonefacts import (
    abbreviations,
    canonical,
    primary_zones,
    zone_aliases,
)


def is_code(name: str) -> bool:
    """A short all-capitals name: an airport or other code ("BLR", "NYC", "UK").

    >>> is_code("NYC"), is_code("UK"), is_code("Ulm"), is_code("HCMC")
    (True, True, False, False)
    """
    return len(name) <= 3 and name.isascii() and name.isalpha() and name.isupper()


@dataclass(frozen=True, slots=True)
class Catalog:
    """Every searchable name, folded.

    Attributes:
        data: the index file.
        city_zone: each city's zone, old names resolved ("Asia/Calcutta" -> "Asia/Kolkata");
            "" when the tz database in use does not know it (the city is left out).
        city_others, city_codes: each city's folded other names and codes.
        city_weight: population, times ten for a capital or the zone's own city.
        city_major: a capital, a zone's own city or a city of a million people or more.
        countries: ISO code -> country;  country_keys: folded name -> codes;
            country_codes: folded codes and short forms ("uk", "usa") -> codes.
        admins: "CC.code" -> admin area;  admin_keys: folded name -> admin refs;
            admin_suffixes: folded ISO 3166-2 suffix ("tx", "ka") -> admin refs.
        zone_keys: folded zone ids and their old names -> zones.
        metazone_keys: folded CLDR zone names ("pacific time", "ist") -> zones.
        zone_name: zone -> its CLDR display name ("India Standard Time").
        zone_weight: zone -> the population of its largest city.
        place_zone_weight: (country or admin ref, zone) -> its largest city's population there.
        admin_zones: admin ref -> its zones, largest city first.
    """

    data: PlaceData
    city_zone: tuple[str, ...]
    city_others: tuple[tuple[str, ...], ...]
    city_codes: tuple[tuple[str, ...], ...]
    city_weight: tuple[int, ...]
    city_major: tuple[bool, ...]
    countries: dict[str, Country]
    country_keys: dict[str, tuple[str, ...]]
    country_codes: dict[str, tuple[str, ...]]
    admins: dict[str, Admin]
    admin_keys: dict[str, tuple[str, ...]]
    admin_suffixes: dict[str, tuple[str, ...]]
    zone_keys: dict[str, tuple[str, ...]]
    metazone_keys: dict[str, tuple[str, ...]]
    zone_name: dict[str, str]
    zone_weight: dict[str, int]
    place_zone_weight: dict[tuple[str, str], int]
    admin_zones: dict[str, tuple[str, ...]]

    @property
    def cities(self) -> Cities:
        """The cities' columns."""
        return self.data.cities

    def abbreviation_keys(self, year: int) -> dict[str, tuple[str, ...]]:
        """Folded tz abbreviations of the year -> primary zones ("ist" -> India, Ireland, Israel)."""
        return _abbreviation_keys(year)


@functools.cache
def _abbreviation_keys(year: int) -> dict[str, tuple[str, ...]]:
    return {fold(name): zones for name, zones in abbreviations(year).items()}


def admin_ref(country: str, code: str) -> str:
    """The key of an admin area: ``"IN.19"``."""
    return f"{country}.{code}"


def _add(table: dict[str, list[str]], key: str, value: str) -> None:
    if key:
        found = table.setdefault(key, [])
        if value not in found:
            found.append(value)


def _frozen(table: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    return {key: tuple(values) for key, values in table.items()}


def _zone_city(zone: str, exemplars: dict[str, str]) -> str:
    return fold(exemplars.get(zone, zone.rsplit("/", 1)[-1]))


def build_catalog(data: PlaceData) -> Catalog:
    """Resolve every city's zone in the tz database in use and index every name."""
    cities = data.cities
    resolved: dict[str, str] = {}
    zone_cities: dict[str, str] = {}
    for raw in set(cities.zone):
        zone = canonical(raw) or ""
        resolved[raw] = zone
        if zone:
            zone_cities[zone] = _zone_city(zone, data.exemplars)
    city_zone = tuple(resolved[raw] for raw in cities.zone)
    weights: list[int] = []
    major: list[bool] = []
    zone_weight: dict[str, int] = {}
    place_zone_weight: dict[tuple[str, str], int] = {}
    for key, zone, population, capital, country, admin in zip(
        cities.key,
        city_zone,
        cities.population,
        cities.capital,
        cities.country,
        cities.admin,
        strict=True,
    ):
        boosted = capital or (zone != "" and key == zone_cities[zone])
        weights.append(population * 10 if boosted else population)
        major.append(boosted or population >= MAJOR)
        if not zone:
            continue
        if population > zone_weight.get(zone, -1):
            zone_weight[zone] = population
        for pair in ((country, zone), (admin_ref(country, admin), zone)):
            if population > place_zone_weight.get(pair, -1):
                place_zone_weight[pair] = population

    country_keys: dict[str, list[str]] = {}
    country_codes: dict[str, list[str]] = {}
    for country in data.countries:
        _add(country_keys, fold(country.name), country.code)
        for name in country.others:
            _add(country_codes if is_code(name) else country_keys, fold(name), country.code)

    admins = {admin_ref(a.country, a.code): a for a in data.admins}
    admin_keys: dict[str, list[str]] = {}
    admin_suffixes: dict[str, list[str]] = {}
    for ref, admin in admins.items():
        for name in (admin.name, *admin.others):
            _add(admin_keys, fold(name), ref)
        _add(admin_suffixes, fold(admin.iso_suffix), ref)
    admin_zones: dict[str, list[tuple[int, str]]] = {}
    for (place, zone), weight in place_zone_weight.items():
        if place in admins:
            admin_zones.setdefault(place, []).append((-weight, zone))

    zone_keys: dict[str, list[str]] = {}
    for zone in sorted(primary_zones()):
        _add(zone_keys, fold(zone), zone)
        for alias in zone_aliases().get(zone, ()):
            if "/" in alias:  # "CET", "EST" and "MST" are abbreviations to people
                _add(zone_keys, fold(alias), zone)

    metazone_of: dict[str, str] = {}
    for zone_id, metazone in sorted(data.metazones.items()):
        current = canonical(zone_id)
        if current is not None and (current not in metazone_of or current == zone_id):
            metazone_of[current] = metazone
    members: dict[str, list[str]] = {}
    for zone in sorted(primary_zones()):
        if zone in metazone_of:
            members.setdefault(metazone_of[zone], []).append(zone)
    metazone_keys: dict[str, list[str]] = {}
    for metazone, spoken in data.metazone_names.items():
        for name in spoken:
            for zone in members.get(metazone, ()):
                _add(metazone_keys, fold(name), zone)
    zone_name = {
        zone: data.metazone_names[m][0]
        for zone, m in metazone_of.items()
        if data.metazone_names.get(m)
    }
    return Catalog(
        data=data,
        city_zone=city_zone,
        city_others=tuple(map(names, cities.other_keys)),
        city_codes=tuple(names(codes.lower()) for codes in cities.codes),
        city_weight=tuple(weights),
        city_major=tuple(major),
        countries={c.code: c for c in data.countries},
        country_keys=_frozen(country_keys),
        country_codes=_frozen(country_codes),
        admins=admins,
        admin_keys=_frozen(admin_keys),
        admin_suffixes=_frozen(admin_suffixes),
        zone_keys=_frozen(zone_keys),
        metazone_keys=_frozen(metazone_keys),
        zone_name=zone_name,
        zone_weight=zone_weight,
        place_zone_weight=place_zone_weight,
        admin_zones={ref: tuple(z for _, z in sorted(pairs)) for ref, pairs in admin_zones.items()},
    )


@functools.cache
def catalog() -> Catalog:
    """The catalog of the shipped index, built on first use."""
    return build_catalog(place_data())


def other_name_tier(catalog: Catalog, index: int) -> int:
    """The tier of a city reached by the whole of another name: CITY for a major city."""
    return CITY if catalog.city_major[index] else CITY_OTHER


class CatalogFacts:
    """The facts of a whole catalog (:class:`planner.time.places.matching.Facts`)."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog

    def city_zone(self, index: int) -> str:
        """The city's current zone, or ""."""
        return self.catalog.city_zone[index]

    def city_weight(self, index: int) -> int:
        """Population, times ten for a capital or the zone's own city."""
        return self.catalog.city_weight[index]

    def city_name(self, index: int) -> str:
        """GeoNames' name."""
        return self.catalog.cities.name[index]

    def city_key(self, index: int) -> str:
        """The name folded."""
        return self.catalog.cities.key[index]

    def city_others(self, index: int) -> list[tuple[str, str]]:
        """(other name, its key)."""
        cities = self.catalog.cities
        return list(zip(names(cities.others[index]), names(cities.other_keys[index]), strict=True))

    def city_country(self, index: int) -> str:
        """The country's ISO code."""
        return self.catalog.cities.country[index]

    def city_admin(self, index: int) -> str:
        """The admin area's key."""
        cities = self.catalog.cities
        return admin_ref(cities.country[index], cities.admin[index])

    def admin(self, ref: str) -> Admin | None:
        """The admin area of a key."""
        return self.catalog.admins.get(ref)

    def country(self, code: str) -> Country | None:
        """The country of an ISO code."""
        return self.catalog.countries.get(code)

    def zone_name(self, zone: str) -> str:
        """The zone's CLDR name, or ""."""
        return self.catalog.zone_name.get(zone, "")

    def zone_weight(self, zone: str) -> int:
        """The population of the zone's largest city."""
        return self.catalog.zone_weight.get(zone, 0)

    def place_zone_weight(self, place: str, zone: str) -> int:
        """The population of the place's largest city in the zone."""
        return self.catalog.place_zone_weight.get((place, zone), 0)

    def admin_zones(self, ref: str) -> tuple[str, ...]:
        """An admin area's zones, largest city first."""
        return self.catalog.admin_zones.get(ref, ())

    def place_refs(self, key: str) -> tuple[set[str], set[str]]:
        """The countries and admin areas a folded name, code or suffix names."""
        c = self.catalog
        countries = {*c.country_keys.get(key, ()), *c.country_codes.get(key, ())}
        return countries, {*c.admin_keys.get(key, ()), *c.admin_suffixes.get(key, ())}
