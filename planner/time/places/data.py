"""The index's small records and tables: countries, admin areas, CLDR zones and names.

Named tuples rather than dataclasses: the command line's first search defines them, and a
frozen dataclass costs several times as much to define (see
:mod:`planner.time.places.placedata` for the whole index as columns).
"""

from __future__ import annotations

from typing import NamedTuple


class Country(NamedTuple):
    """A country: ISO codes, its English name (CLDR), capital and other names."""

    code: str
    iso3: str
    name: str
    capital: str
    others: tuple[str, ...]


class Admin(NamedTuple):
    """A first-level admin area: state, province, region ("Karnataka", ISO suffix "KA")."""

    country: str
    code: str
    name: str
    iso_suffix: str
    others: tuple[str, ...]


def names(field: str) -> tuple[str, ...]:
    """A ``|``-joined list.

    >>> names("Bangalore|Bengalore"), names("")
    (('Bangalore', 'Bengalore'), ())
    """
    return tuple(field.split("|")) if field else ()


class Tables(NamedTuple):
    """The small tables of the index: countries, admin areas, CLDR zones and their names."""

    countries: tuple[Country, ...]
    admins: tuple[Admin, ...]
    metazones: dict[str, str]
    exemplars: dict[str, str]
    metazone_names: dict[str, tuple[str, ...]]


def parse_tables(lines: list[str]) -> Tables:
    r"""The ``C``, ``A``, ``Z`` and ``M`` lines (others are left alone).

    >>> parse_tables(["Z\tAsia/Kolkata\tIndia\t", "M\tIndia\tIndia Standard Time|IST"]).metazones
    {'Asia/Kolkata': 'India'}
    """
    countries: list[Country] = []
    admins: list[Admin] = []
    metazones: dict[str, str] = {}
    exemplars: dict[str, str] = {}
    metazone_names: dict[str, tuple[str, ...]] = {}
    for line in lines:
        fields = line.split("\t")
        kind = fields[0]
        if kind == "C":
            code, iso3, name, capital, others = fields[1:6]
            countries.append(Country(code, iso3, name, capital, names(others)))
        elif kind == "A":
            country, code, name, suffix, others = fields[1:6]
            admins.append(Admin(country, code, name, suffix, names(others)))
        elif kind == "Z":
            zone, metazone, exemplar = fields[1:4]
            if metazone:
                metazones[zone] = metazone
            if exemplar:
                exemplars[zone] = exemplar
        elif kind == "M":
            metazone_names[fields[1]] = names(fields[2])
    return Tables(tuple(countries), tuple(admins), metazones, exemplars, metazone_names)
