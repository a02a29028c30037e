"""The plain way to the candidates: read every name. The definition the index must match.

The benchmark (``benchmarks/bench_zone_search.py``) and the tests compare
:class:`PlaceScan` with :class:`planner.time.places.index.PlaceIndex`.
"""

from __future__ import annotations

from planner.time.places.catalog import Catalog, CatalogFacts, other_name_tier
from planner.time.places.matching import looks_like_abbreviation, one_edit_away
from planner.time.places.tiers import (
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
)


class PlaceScan:
    """Compares the query with every name of the catalog."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._facts = CatalogFacts(catalog)

    @property
    def facts(self) -> CatalogFacts:
        """The whole catalog's facts."""
        return self._facts

    def _places(self) -> list[tuple[str, str | int, str, int, bool, bool]]:
        """(kind, ref, key, exact tier, prefix counts, typo counts) for every place name."""
        c = self.catalog
        rows: list[tuple[str, str | int, str, int, bool, bool]] = []
        for key, refs in c.zone_keys.items():
            rows += [("zone", z, key, ZONE_ID, True, False) for z in refs]
        for key, refs in c.metazone_keys.items():
            rows += [("zone", z, key, ZONE_NAME, True, True) for z in refs]
        for key, refs in c.country_keys.items():
            rows += [("country", code, key, COUNTRY, True, True) for code in refs]
        for key, refs in c.country_codes.items():
            rows += [("country", code, key, COUNTRY, False, False) for code in refs]
        for key, refs in c.admin_keys.items():
            rows += [("admin", ref, key, ADMIN, True, True) for ref in refs]
        return rows

    def primary(self, key: str, year: int, limit: int | None = None) -> set[Candidate]:
        """Exact and prefix matches, by reading every name (``limit`` changes nothing here)."""
        c = self.catalog
        found: set[Candidate] = set()
        for kind, ref, name, exact, prefix, _ in self._places():
            if name == key:
                found.add(Candidate(exact, kind, ref, name))
            elif prefix and name.startswith(key):
                found.add(Candidate(LOOSE, kind, ref, name))
        if looks_like_abbreviation(key):
            for name, zones in c.abbreviation_keys(year).items():
                if name == key:
                    found.update(Candidate(ZONE_NAME, "zone", zone, name) for zone in zones)
        for index, zone in enumerate(c.city_zone):
            if not zone:
                continue
            main = c.cities.key[index]
            if key in c.city_codes[index]:
                found.add(Candidate(CODE, "city", index, key))
            if main == key:
                found.add(Candidate(CITY, "city", index, main))
            elif main.startswith(key):
                found.add(Candidate(CITY_PREFIX, "city", index, main))
            for other in c.city_others[index]:
                if other == key:
                    found.add(Candidate(other_name_tier(c, index), "city", index, other))
                elif other.startswith(key):
                    found.add(Candidate(CITY_OTHER_PREFIX, "city", index, other))
        return found

    def fallback(self, key: str) -> set[Candidate]:
        """Names of five letters or more one typo away, by reading every name."""
        c = self.catalog
        found: set[Candidate] = set()
        if len(key) < TYPO_MIN - 1:
            return found
        for index, zone in enumerate(c.city_zone):
            if zone:
                for name in (c.cities.key[index], *c.city_others[index]):
                    if len(name) >= TYPO_MIN and one_edit_away(name, key):
                        found.add(Candidate(TYPO, "city", index, name))
        for kind, ref, name, _, _, typo in self._places():
            if typo and len(name) >= TYPO_MIN and one_edit_away(name, key):
                found.add(Candidate(TYPO, kind, ref, name))
        return found
