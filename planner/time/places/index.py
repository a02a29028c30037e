"""The fast way to the candidates: bisection in the index file's sorted tables.

Nothing is built for the whole catalog: a query reads the blocks of its keys, the per-city
columns rank the cities it reaches, and the zone facts (current names, links, metazones,
abbreviations) are worked out only for the zones it reaches. :class:`PlaceIndex` gives the
same candidates as :class:`planner.time.places.scan.PlaceScan` on the whole catalog, and
the same facts as :class:`planner.time.places.catalog.CatalogFacts`.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Iterable

from planner.time.places.data import Admin, Country, names
from planner.time.places.matching import edits, looks_like_abbreviation
from planner.time.places.store import (
    CAPITAL,
    END,
    LAST,
    LEADER_SEPARATOR,
    LEADERS,
    LEADERS_FROM,
    ROWS_PER_BLOCK,
    ZONE_CITY,
    SortedTable,
    Store,
    store,
)
from planner.time.places.tiers import (
    ADMIN,
    CITY,
    CITY_OTHER,
    CITY_OTHER_PREFIX,
    CITY_PREFIX,
    CODE,
    COUNTRY,
    LOOSE,
    MAJOR,
    TYPO,
    TYPO_MIN,
    ZONE_ID,
    ZONE_NAME,
    Candidate,
)
from planner.time.places.zonefacts import abbreviation_zones, canonical, zone_words
from planner.time.places.zonetables import ZoneTables

_NUMBER = re.compile(r"\t(\d+)")  # a city's number after its name in a sorted table


class PlaceIndex:
    """Looks names up instead of reading them all; the same answers as :class:`PlaceScan`."""

    def __init__(self, index: Store) -> None:
        self.store = index
        directory = index.directory
        self.columns = index.columns()
        self._zones: list[str] = directory["zones"]
        self._countries: list[str] = directory["countries"]
        self._admin_codes: list[str] = directory["admin_codes"]
        self._current: dict[int, str] = {}
        self._relinked: set[int] = set()
        # What is kept from one search to the next is held in tuples of strings, which
        # the garbage collector stops tracking: its full collections stay short.
        self._rows: dict[int, tuple[str, ...]] = {}
        self._split: dict[int, tuple[str, ...]] = {}
        self.main = SortedTable(index, "main")
        self.other = SortedTable(index, "other")
        self.names = SortedTable(index, "names")
        self.codes = SortedTable(index, "codes")
        self._others: dict[int, tuple[tuple[str, str], ...]] = {}
        self._named: dict[int, tuple[str, str]] = {}  # (name, key) from the leaders

    @property
    def facts(self) -> PlaceIndex:
        """The index answers the ranking's questions itself."""
        return self

    @functools.cached_property
    def tables(self) -> ZoneTables:
        """Countries, admin areas, zone names and weights (each read on first need)."""
        admins = SortedTable(self.store, "admins")
        return ZoneTables(
            self.store.lines, self._weights, lambda start: admins.between(start, start + LAST)
        )

    def _weights(self) -> Iterable[tuple[str, str, int]]:
        for line in self.store.lines("weights"):
            place, zone, people = line.split("\t")
            yield place, zone, int(people)

    # The cities, by number.

    def _zone(self, number: int) -> str:
        found = self._current.get(number)
        if found is None:
            found = self._current[number] = canonical(self._zones[number]) or ""
            if found and found != self._zones[number]:
                self._relinked.add(number)  # a GeoNames zone now a link: weigh its cities
        return found

    def city_zone(self, index: int) -> str:
        """The city's zone in the database in use ("" when unknown: the city is left out)."""
        return self._zone(self.columns.zone[index])

    def _row(self, index: int) -> tuple[str, ...]:
        found = self._split.get(index)
        if found is None:
            block, line = divmod(index, ROWS_PER_BLOCK)
            rows = self._rows.get(block)
            if rows is None:
                text = self.store.block("cities", block).decode()
                rows = self._rows[block] = tuple(text.split("\n"))
            found = self._split[index] = tuple(rows[line].split("\t"))
        return found

    def _boosted(self, index: int) -> bool:
        flags = self.columns.flags[index]
        if flags & CAPITAL:
            return True
        zone = self.city_zone(index)
        if not zone:
            return False
        if zone == self._zones[self.columns.zone[index]]:
            return bool(flags & ZONE_CITY)
        return self.city_key(index) == self.tables.zone_city(zone)

    def city_weight(self, index: int) -> int:
        """Population, times ten for a capital or the zone's own city."""
        people = self.columns.population[index]
        return people * 10 if self._boosted(index) else people

    def city_major(self, index: int) -> bool:
        """A capital, a zone's own city or a city of a million people or more."""
        return self._boosted(index) or self.columns.population[index] >= MAJOR

    def _rank(self, index: int) -> tuple[int, int]:
        return (-self.city_weight(index), self.columns.alpha[index])

    def city_name(self, index: int) -> str:
        """GeoNames' name."""
        named = self._named.get(index)
        return named[0] if named is not None else self._row(index)[0]

    def city_key(self, index: int) -> str:
        """The name folded (as the build folded it: the row stores "" for its lower case)."""
        named = self._named.get(index)
        if named is not None:
            return named[1]
        row = self._row(index)
        return row[3] or row[0].lower()

    def city_others(self, index: int) -> tuple[tuple[str, str], ...]:
        """(other name, its key) of the city (the keys as the build folded them)."""
        found = self._others.get(index)
        if found is None:
            row = self._row(index)
            others = names(row[1])
            keys = row[4].split("|") if others else []
            found = tuple(
                (name, key or name.lower()) for name, key in zip(others, keys, strict=True)
            )
            self._others[index] = found
        return found

    def city_country(self, index: int) -> str:
        """The ISO code of its country."""
        return self._countries[self.columns.country[index]]

    def city_admin(self, index: int) -> str:
        """The key of its admin area, ``"IN.19"`` (which may name no known area)."""
        return f"{self.city_country(index)}.{self._admin_codes[self.columns.admin[index]]}"

    # The other places, through the tables.

    def admin(self, ref: str) -> Admin | None:
        """The admin area of a key."""
        return self.tables.admin(ref)

    def country(self, code: str) -> Country | None:
        """The country of an ISO code."""
        return self.tables.country(code)

    def zone_name(self, zone: str) -> str:
        """The zone's CLDR name, or ""."""
        return self.tables.zone_name(zone)

    def zone_weight(self, zone: str) -> int:
        """The population of the zone's largest city."""
        return self.tables.zone_weight.get(zone, 0)

    def place_zone_weight(self, place: str, zone: str) -> int:
        """The population of the largest city of a country or admin area in the zone."""
        return self.tables.place_zone_weight.get((place, zone), 0)

    def admin_zones(self, ref: str) -> tuple[str, ...]:
        """An admin area's zones, largest city first."""
        return self.tables.admin_zones.get(ref, ())

    def place_refs(self, key: str) -> tuple[set[str], set[str]]:
        """The countries and admin areas a folded name (or code, or suffix) names."""
        countries: set[str] = set()
        admins: set[str] = set()
        for value in self.names.exact(key) + self.codes.exact(key):
            kind, _, ref = value.partition("\t")
            if kind in "CK":
                countries.add(ref)
            elif kind in "AS":
                admins.add(ref)
        return countries, admins

    # The candidates.

    def _known(self, values: Iterable[str]) -> set[int]:
        return {i for i in map(int, values) if self.city_zone(i)}

    def _first(self, ids: set[int], limit: int | None) -> list[int]:
        """The first ``limit`` known cities in ranking order (all without a limit).

        The build's ranking (``rank``) weighs each city with its GeoNames zone; it is the
        ranking unless the tz database in use made that zone a link (known by now: the
        caller has looked up every city's zone), whose own city may then be another.
        """
        if limit is None or len(ids) <= limit:
            return list(ids)
        import heapq  # only for a long prefix list: the first search seldom needs it

        zones = self.columns.zone
        if self._relinked and any(zones[i] in self._relinked for i in ids):
            return heapq.nsmallest(limit, ids, key=self._rank)
        return heapq.nsmallest(limit, ids, key=self.columns.rank.__getitem__)

    @staticmethod
    def _prefixed(table: SortedTable, key: str) -> set[int]:
        """The cities with a name longer than ``key`` that starts with it."""
        lines = table.between(key, key + END)
        longer = bisect_left(lines, key + "\n")  # the lines of ``key`` itself come first
        return set(map(int, _NUMBER.findall("\n".join(lines[longer:]))))

    def _known_ids(self, ids: Iterable[int], better: set[int]) -> set[int]:
        """The cities not in ``better`` whose zone the tz database knows."""
        zones = self.columns.zone
        current = self._current
        for number in {zones[i] for i in ids}.difference(current):
            self._zone(number)
        return {i for i in ids if i not in better and current[zones[i]]}

    @functools.cached_property
    def _leaders(self) -> dict[tuple[str, str], str]:
        found: dict[tuple[str, str], str] = {}
        for line in self.store.lines("leaders"):
            table, prefix, numbers = line.split("\t")
            found[(table, prefix)] = numbers
        return found

    @functools.cached_property
    def _any_relinked(self) -> bool:
        for number in range(len(self._zones)):
            self._zone(number)
        return bool(self._relinked)

    def _leading(
        self, table: str, key: str, limit: int | None, better: set[int]
    ) -> list[tuple[int, str]]:
        """The first ``limit`` cities from the build's list for a prefix of many names.

        They are the first of all (by the build's ranking) when enough of the list are
        neither found in a better tier nor in a zone the tz database does not know, and
        no GeoNames zone became a link; else the list is empty and the caller ranks all.
        Each comes with what the list says of it (for ``other``: its longer keys).
        """
        sorted_table = self.main if table == "main" else self.other
        if sorted_table.few_between(key, key + END, LEADERS_FROM):
            return []  # too few names for a list: nothing to read (its block is at hand)
        items = self._leaders.get((table, key))
        if items is None or limit is None or limit > LEADERS or self._any_relinked:
            return []
        chosen: list[tuple[int, str]] = []
        for item in items.split(LEADER_SEPARATOR):
            number, _, keys = item.partition(":")
            index = int(number)
            if index not in better and self.city_zone(index):
                chosen.append((index, keys))
                if len(chosen) == limit:
                    return chosen
        return []

    def _ranked(
        self, table: SortedTable, key: str, limit: int | None, better: set[int]
    ) -> list[int]:
        return self._first(self._known_ids(self._prefixed(table, key), better), limit)

    def _main_prefix(self, key: str, limit: int | None, better: set[int]) -> set[Candidate]:
        leading = self._leading("main", key, limit, better)
        for index, known in leading:  # "key:name": the row need not be read for them
            if index not in self._named:
                folded, _, name = known.partition(":")
                self._named[index] = (name, folded or name.lower())
        chosen = [i for i, _ in leading] or self._ranked(self.main, key, limit, better)
        return {Candidate(CITY_PREFIX, "city", i, self.city_key(i)) for i in chosen}

    def _other_prefix(self, key: str, limit: int | None, better: set[int]) -> set[Candidate]:
        leading = self._leading("other", key, limit, better)
        if leading:  # the list has each city's longer keys: no city's row is read
            return {
                Candidate(CITY_OTHER_PREFIX, "city", i, name)
                for i, keys in leading
                for name in keys.split("|")
            }
        return {
            Candidate(CITY_OTHER_PREFIX, "city", i, name)
            for i in self._ranked(self.other, key, limit, better)
            for _, name in self.city_others(i)
            if name != key and name.startswith(key)
        }

    def _metazone_zones(self, metazone: str) -> tuple[str, ...]:
        return self.tables.metazone_members.get(metazone, ())

    def _zone_keys(self, key: str, prefix: bool) -> list[tuple[str, str]]:
        """(zone key, zone) for zone ids and links equal to ``key`` or (prefix) longer."""
        first = key.split(" ")[0]
        words = zone_words()
        if " " in key and first not in words:
            return []
        if " " not in key and not any(word.startswith(first) for word in words):
            return []
        return self.tables.zone_keys_between(key, key + END if prefix else key + "\0")

    def primary(self, key: str, year: int, limit: int | None = None) -> set[Candidate]:
        """Exact and prefix matches (see :mod:`planner.time.places.catalog` for the tiers).

        With a ``limit``, a prefix tier keeps the first ``limit`` cities (in ranking order)
        not already found in a better tier: the first ``limit`` hits are the same as without.
        """
        found: set[Candidate] = set()
        for name, zone in self._zone_keys(key, prefix=True):
            found.add(Candidate(ZONE_ID if name == key else LOOSE, "zone", zone, name))
        if looks_like_abbreviation(key):
            found.update(
                Candidate(ZONE_NAME, "zone", z, key) for z in abbreviation_zones(key, year)
            )
        for name, value in self.names.prefixed(key):
            kind, _, ref = value.partition("\t")
            exact = name == key
            if kind == "M":
                tier = ZONE_NAME if exact else LOOSE
                found.update(Candidate(tier, "zone", z, name) for z in self._metazone_zones(ref))
            elif kind == "C":
                found.add(Candidate(COUNTRY if exact else LOOSE, "country", ref, name))
            elif kind == "A":
                found.add(Candidate(ADMIN if exact else LOOSE, "admin", ref, name))
        coded: set[int] = set()
        for value in self.codes.exact(key):
            kind, _, ref = value.partition("\t")
            if kind == "K":
                found.add(Candidate(COUNTRY, "country", ref, key))
            elif kind == "c" and self.city_zone(int(ref)):
                coded.add(int(ref))
        found.update(Candidate(CODE, "city", index, key) for index in coded)
        exact_ids = self._known(self.main.exact(key))
        found.update(Candidate(CITY, "city", index, key) for index in exact_ids)
        other = self._known(self.other.exact(key))
        found.update(Candidate(self._other_tier(i), "city", i, key) for i in other)
        major = {i for i in other if self.city_major(i)}
        prefixed = self._main_prefix(key, limit, exact_ids | major | coded)
        found |= prefixed
        better = exact_ids | other | coded | {int(candidate.ref) for candidate in prefixed}
        found |= self._other_prefix(key, limit, better)
        return found

    def _other_tier(self, index: int) -> int:
        return CITY if self.city_major(index) else CITY_OTHER

    def other_name_tier(self, index: int) -> int:
        """The tier of a city reached by the whole of another name: CITY for a major city."""
        return self._other_tier(index)

    def fallback(self, key: str) -> set[Candidate]:
        """Names of five letters or more one typo away from the query."""
        found: set[Candidate] = set()
        if len(key) < TYPO_MIN - 1:
            return found
        nears = {near for near in edits(key) if len(near) >= TYPO_MIN and near != key}
        for table in (self.main, self.other):
            for near, values in table.exact_many(nears).items():
                for index in self._known(values):
                    found.add(Candidate(TYPO, "city", index, near))
        for near, values in self.names.exact_many(nears).items():
            for value in values:
                kind, _, ref = value.partition("\t")
                if kind == "C":
                    found.add(Candidate(TYPO, "country", ref, near))
                elif kind == "A":
                    found.add(Candidate(TYPO, "admin", ref, near))
                elif kind == "M":
                    found.update(
                        Candidate(TYPO, "zone", z, near) for z in self._metazone_zones(ref)
                    )
        return found


@functools.cache
def place_index() -> PlaceIndex:
    """The index of the shipped file, opened on first use."""
    return PlaceIndex(store())
