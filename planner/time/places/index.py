"""The fast way to the candidates: dictionaries of folded names and sorted keys for prefixes."""

from __future__ import annotations

import functools
import heapq
from bisect import bisect_left
from collections.abc import Iterator

from planner.time.places.catalog import (
    ADMIN,
    CITY,
    CITY_OTHER_PREFIX,
    CITY_PREFIX,
    CODE,
    COUNTRY,
    LOOSE,
    TYPO,
    TYPO_MIN,
    ZONE_ID,
    ZONE_NAME,
    Candidate,
    Catalog,
    catalog,
    other_name_tier,
)
from planner.time.places.matching import edits, looks_like_abbreviation

_END = "\x7f"  # sorts after every character of a folded key


def _group(pairs: Iterator[tuple[str, int]]) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for key, index in pairs:
        if key in found:
            found[key].append(index)
        else:
            found[key] = [index]
    return found


class PlaceIndex:
    """Looks names up instead of reading them all; the same answers as :class:`PlaceScan`."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        known = [i for i, zone in enumerate(catalog.city_zone) if zone]
        keys = catalog.cities.key
        self.main = _group((keys[i], i) for i in known)
        self.other = _group((key, i) for i in known for key in catalog.city_others[i])
        self.codes = _group((code, i) for i in known for code in catalog.city_codes[i])
        self.main_sorted = sorted(self.main)
        self.other_sorted = sorted(self.other)
        self.loose: dict[str, list[tuple[str, str | int]]] = {}
        for table, kind in (
            (catalog.country_keys, "country"),
            (catalog.admin_keys, "admin"),
            (catalog.metazone_keys, "zone"),
            (catalog.zone_keys, "zone"),
        ):
            for key, refs in table.items():
                self.loose.setdefault(key, []).extend((kind, ref) for ref in refs)
        self.loose_sorted = sorted(self.loose)
        weight = catalog.city_weight
        # Each city's place in the ranking order: largest first, then by key and number.
        self.order = sorted(known, key=lambda i: (-weight[i], keys[i], str(i)))
        self.rank = [0] * len(keys)
        for place, index in enumerate(self.order):
            self.rank[index] = place
        # For one-letter queries: the cities whose name, or one of whose other names,
        # starts with each letter (and is longer), in ranking order.
        self.main_initials: dict[str, list[int]] = {}
        self.other_initials: dict[str, list[int]] = {}
        others = catalog.city_others
        for index in self.order:
            key = keys[index]
            if len(key) > 1:
                self.main_initials.setdefault(key[0], []).append(index)
            for letter in {name[0] for name in others[index] if len(name) > 1}:
                self.other_initials.setdefault(letter, []).append(index)

    @staticmethod
    def _range(keys: list[str], prefix: str) -> range:
        return range(bisect_left(keys, prefix), bisect_left(keys, prefix + _END))

    def _ids(self, table: dict[str, list[int]], keys: list[str], prefix: str) -> set[int]:
        """The cities with a key that starts with ``prefix`` and is longer."""
        found: set[int] = set()
        for name in keys[bisect_left(keys, prefix) : bisect_left(keys, prefix + _END)]:
            if name != prefix:
                found.update(table[name])
        return found

    def _leading(self, letter: str, other: bool, limit: int, better: set[int]) -> list[int]:
        chosen: list[int] = []
        for index in (self.other_initials if other else self.main_initials).get(letter, ()):
            if index not in better:
                chosen.append(index)
                if len(chosen) == limit:
                    break
        return chosen

    def _first(self, ids: set[int], limit: int | None) -> list[int]:
        """The first ``limit`` cities in ranking order (all without a limit)."""
        if limit is None or len(ids) <= limit:
            return list(ids)
        return heapq.nsmallest(limit, ids, key=self.rank.__getitem__)

    def _main_prefix(self, key: str, limit: int | None, better: set[int]) -> set[Candidate]:
        if limit is not None and len(key) == 1:
            chosen = self._leading(key, False, limit, better)
        else:
            chosen = self._first(self._ids(self.main, self.main_sorted, key) - better, limit)
        names = self.catalog.cities.key
        return {Candidate(CITY_PREFIX, "city", i, names[i]) for i in chosen}

    def _other_prefix(self, key: str, limit: int | None, better: set[int]) -> set[Candidate]:
        if limit is not None and len(key) == 1:
            chosen = self._leading(key, True, limit, better)
        else:
            chosen = self._first(self._ids(self.other, self.other_sorted, key) - better, limit)
        others = self.catalog.city_others
        return {
            Candidate(CITY_OTHER_PREFIX, "city", i, name)
            for i in chosen
            for name in others[i]
            if name != key and name.startswith(key)
        }

    def primary(self, key: str, year: int, limit: int | None = None) -> set[Candidate]:
        """Exact and prefix matches (see :mod:`planner.time.places.catalog` for the tiers).

        With a ``limit``, a prefix tier keeps the first ``limit`` cities (in ranking order)
        not already found in a better tier: the first ``limit`` hits are the same as without.
        """
        c = self.catalog
        found: set[Candidate] = set()
        for zone in c.zone_keys.get(key, ()):
            found.add(Candidate(ZONE_ID, "zone", zone, key))
        tables = [c.metazone_keys]
        if looks_like_abbreviation(key):
            tables.append(c.abbreviation_keys(year))
        for table in tables:
            for zone in table.get(key, ()):
                found.add(Candidate(ZONE_NAME, "zone", zone, key))
        for table in (c.country_keys, c.country_codes):
            for code in table.get(key, ()):
                found.add(Candidate(COUNTRY, "country", code, key))
        for ref in c.admin_keys.get(key, ()):
            found.add(Candidate(ADMIN, "admin", ref, key))
        exact = set(self.main.get(key, ()))
        found.update(Candidate(CITY, "city", index, key) for index in exact)
        other = set(self.other.get(key, ()))
        found.update(Candidate(other_name_tier(c, i), "city", i, key) for i in other)
        major = {i for i in other if other_name_tier(c, i) == CITY}
        coded = set(self.codes.get(key, ()))
        found.update(Candidate(CODE, "city", index, key) for index in coded)
        prefixed = self._main_prefix(key, limit, exact | major | coded)
        found |= prefixed
        better = exact | other | coded | {int(candidate.ref) for candidate in prefixed}
        found |= self._other_prefix(key, limit, better)
        for name in (self.loose_sorted[p] for p in self._range(self.loose_sorted, key)):
            if name != key:
                found.update(Candidate(LOOSE, kind, ref, name) for kind, ref in self.loose[name])
        return found

    def fallback(self, key: str) -> set[Candidate]:
        """Names of five letters or more one typo away from the query."""
        found: set[Candidate] = set()
        if len(key) < TYPO_MIN - 1:
            return found
        c = self.catalog
        for near in set(edits(key)):
            if len(near) < TYPO_MIN or near == key:
                continue
            for index in self.main.get(near, ()):
                found.add(Candidate(TYPO, "city", index, near))
            for index in self.other.get(near, ()):
                found.add(Candidate(TYPO, "city", index, near))
            for code in c.country_keys.get(near, ()):
                found.add(Candidate(TYPO, "country", code, near))
            for ref in c.admin_keys.get(near, ()):
                found.add(Candidate(TYPO, "admin", ref, near))
            for zone in c.metazone_keys.get(near, ()):
                found.add(Candidate(TYPO, "zone", zone, near))
        return found


@functools.cache
def place_index() -> PlaceIndex:
    """The index of the shipped catalog, built on first use."""
    return PlaceIndex(catalog())
