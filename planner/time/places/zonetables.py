"""The index's small tables joined with the tz database in use, each worked out on first need.

The same rules as :func:`planner.time.places.catalog.build_catalog`: zone ids resolved to
current zones, CLDR metazones to the zones that use them, and the largest city of each
(country or admin area, zone) from the build's table per GeoNames zone.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Callable, Iterable

from planner.time.places.data import Admin, Country, Tables, parse_tables
from planner.time.places.fold import fold
from planner.time.places.zonefacts import canonical, primary_zones, zone_aliases

Weights = Iterable[tuple[str, str, int]]  # (country or admin ref, GeoNames zone, people)


class ZoneTables:
    """Countries, admin areas, zone names, zone keys and weights, each built once."""

    def __init__(
        self,
        lines: Callable[[str], list[str]],
        weights: Callable[[], Weights],
        admin_lines: Callable[[str], list[str]],
    ) -> None:
        self._lines = lines
        self._read_weights = weights
        self._admin_lines_of = admin_lines
        self._admin_cache: dict[str, Admin | None] = {}
        self._country_cache: dict[str, Country | None] = {}

    @functools.cached_property
    def _tables(self) -> Tables:
        return parse_tables(self._lines("zones"))

    @functools.cached_property
    def _country_text(self) -> str:
        return "\n" + "\n".join(self._lines("countries")) + "\n"

    def country(self, code: str) -> Country | None:
        """The country of an ISO code (its one line is parsed)."""
        if code not in self._country_cache:
            text = self._country_text
            start = text.find(f"\nC\t{code}\t")
            line = text[start + 1 : text.index("\n", start + 1)] if code and start >= 0 else ""
            self._country_cache[code] = parse_tables([line]).countries[0] if line else None
        return self._country_cache[code]

    def admin(self, ref: str) -> Admin | None:
        """The admin area of a key (one block of the sorted table is read)."""
        if ref not in self._admin_cache:
            country, _, code = ref.partition(".")
            found = parse_tables(self._admin_lines_of(f"A\t{country}\t{code}\t")).admins
            self._admin_cache[ref] = found[0] if found else None
        return self._admin_cache[ref]

    @functools.cached_property
    def admin_refs(self) -> frozenset[str]:
        """Every admin area's key, ``"IN.19"`` (no area is parsed: one object to keep)."""
        refs = set()
        for line in self._lines("admins"):
            kind, country, code, _ = line.split("\t", 3)
            if kind == "A":
                refs.add(f"{country}.{code}")
        return frozenset(refs)

    def zone_city(self, zone: str) -> str:
        """The folded name of the zone's own city (CLDR's exemplar, or the id's last part)."""
        return fold(self._tables.exemplars.get(zone, zone.rsplit("/", 1)[-1]))

    @functools.cached_property
    def _metazone_of(self) -> dict[str, str]:
        metazone_of: dict[str, str] = {}
        for zone_id, metazone in sorted(self._tables.metazones.items()):
            current = canonical(zone_id)
            if current is not None and (current not in metazone_of or current == zone_id):
                metazone_of[current] = metazone
        return metazone_of

    @functools.cached_property
    def metazone_members(self) -> dict[str, tuple[str, ...]]:
        """CLDR metazone -> the primary zones that use it."""
        members: dict[str, list[str]] = {}
        for zone in sorted(primary_zones()):
            if zone in self._metazone_of:
                members.setdefault(self._metazone_of[zone], []).append(zone)
        return {metazone: tuple(zones) for metazone, zones in members.items()}

    @functools.cached_property
    def _zone_names(self) -> dict[str, str]:
        spoken = self._tables.metazone_names
        return {zone: spoken[m][0] for zone, m in self._metazone_of.items() if spoken.get(m)}

    def zone_name(self, zone: str) -> str:
        """The zone's CLDR display name, or ""."""
        metazone = self._tables.metazones.get(zone)
        if metazone is not None:  # CLDR names the zone itself: its own metazone wins
            spoken = self._tables.metazone_names.get(metazone)
            return spoken[0] if spoken else ""
        return self._zone_names.get(zone, "")

    @functools.cached_property
    def place_zone_weight(self) -> dict[tuple[str, str], int]:
        """(country or admin ref, zone) -> the population of its largest city there."""
        largest: dict[tuple[str, str], int] = {}
        for place, raw, people in self._read_weights():
            zone = canonical(raw)
            if zone and people > largest.get((place, zone), -1):
                largest[(place, zone)] = people
        return largest

    @functools.cached_property
    def zone_weight(self) -> dict[str, int]:
        """Zone -> the population of its largest city."""
        largest: dict[str, int] = {}
        for (place, zone), people in self.place_zone_weight.items():
            if "." not in place and people > largest.get(zone, -1):
                largest[zone] = people
        return largest

    @functools.cached_property
    def admin_zones(self) -> dict[str, tuple[str, ...]]:
        """Admin ref -> its zones, largest city first."""
        found: dict[str, list[tuple[int, str]]] = {}
        for (place, zone), people in self.place_zone_weight.items():
            if place in self.admin_refs:
                found.setdefault(place, []).append((-people, zone))
        return {ref: tuple(z for _, z in sorted(pairs)) for ref, pairs in found.items()}

    @functools.cached_property
    def _zone_keys(self) -> list[tuple[str, str]]:
        pairs: set[tuple[str, str]] = set()
        for zone in primary_zones():
            pairs.add((fold(zone), zone))
            for alias in zone_aliases().get(zone, ()):
                if "/" in alias:  # "CET", "EST" and "MST" are abbreviations to people
                    pairs.add((fold(alias), zone))
        return sorted(pairs)

    def zone_keys_between(self, low: str, high: str) -> list[tuple[str, str]]:
        """(folded zone id or link, zone) for the keys ``low <= key < high``."""
        keys = self._zone_keys
        return keys[bisect_left(keys, (low,)) : bisect_left(keys, (high,))]
