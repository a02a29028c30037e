"""The fast way to the candidates: dictionaries of folded names and sorted keys for prefixes."""

from __future__ import annotations

import functools
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

# A prefix reaching more keys than this is answered by walking the cities largest first
# until ``limit`` are found, instead of reading every key in its range.
WALK = 400
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
        # The cities in ranking order: largest first, then by key and number.
        self.order = sorted(known, key=lambda i: (-weight[i], keys[i], str(i)))

    @staticmethod
    def _range(keys: list[str], prefix: str) -> range:
        return range(bisect_left(keys, prefix), bisect_left(keys, prefix + _END))

    def _main_prefix(self, key: str, limit: int | None, better: set[int]) -> set[Candidate]:
        span = self._range(self.main_sorted, key)
        found: set[Candidate] = set()
        if limit is None or len(span) <= WALK:
            for name in (self.main_sorted[p] for p in span):
                if name != key:
                    found.update(Candidate(CITY_PREFIX, "city", i, name) for i in self.main[name])
            return found
        keys = self.catalog.cities.key
        for index in self.order:
            name = keys[index]
            if index not in better and name != key and name.startswith(key):
                found.add(Candidate(CITY_PREFIX, "city", index, name))
                if len(found) == limit:
                    break
        return found

    def _other_prefix(self, key: str, limit: int | None, better: set[int]) -> set[Candidate]:
        span = self._range(self.other_sorted, key)
        found: set[Candidate] = set()
        if limit is None or len(span) <= WALK:
            for name in (self.other_sorted[p] for p in span):
                if name != key:
                    found.update(
                        Candidate(CITY_OTHER_PREFIX, "city", i, name) for i in self.other[name]
                    )
            return found
        others = self.catalog.city_others
        count = 0
        for index in self.order:
            if index in better:
                continue
            names = [n for n in others[index] if n != key and n.startswith(key)]
            if names:
                found.update(Candidate(CITY_OTHER_PREFIX, "city", index, n) for n in names)
                count += 1
                if count == limit:
                    break
        return found

    def primary(self, key: str, year: int, limit: int | None = None) -> set[Candidate]:
        """Exact and prefix matches (see :mod:`planner.time.places.catalog` for the tiers).

        With a ``limit``, a prefix tier may stop at ``limit`` cities not already found in a
        better tier: the first ``limit`` hits are the same as without one.
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
