"""Names for the holiday pickers: every country and subdivision the ``holidays`` package knows.

Country names come from tzdata's ``iso3166.tab`` (short, familiar English names); codes the
table lacks fall back to the ``holidays`` class name split into words.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from planner.time.zones import country_names


@dataclass(frozen=True, slots=True)
class HolidayRegion:
    """A country or subdivision that has public holidays.

    Attributes:
        code: the code used in a plan's ``holidays``: ``"PH"``, ``"US-NY"``.
        name: its English name: ``"Philippines"``, ``"New York"``.
    """

    code: str
    name: str


@functools.cache
def holiday_countries() -> tuple[HolidayRegion, ...]:
    """Every country with public holidays, sorted by name.

    >>> next(c for c in holiday_countries() if c.code == "PH").name
    'Philippines'
    """
    from planner.time.holiday_package import import_holidays

    import_holidays()  # its version without importlib.metadata
    from holidays.registry import COUNTRIES

    iso = country_names()
    found: dict[str, str] = {}
    for class_name, code, *_ in COUNTRIES.values():
        words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", class_name)
        found.setdefault(code, iso.get(code, words))
    return tuple(sorted((HolidayRegion(c, n) for c, n in found.items()), key=lambda r: r.name))


@functools.cache
def holiday_subdivisions(country: str) -> tuple[HolidayRegion, ...]:
    """The subdivisions of a country, as full codes with names, sorted by code.

    >>> [s.name for s in holiday_subdivisions("GB")]
    ['England', 'Northern Ireland', 'Scotland', 'Wales']
    """
    from planner.time.holiday_package import holidays_package

    try:
        table = holidays_package().country_holidays(country.upper())
    except NotImplementedError:
        return ()
    aliases: dict[str, list[str]] = table.get_subdivision_aliases()
    return tuple(
        HolidayRegion(f"{country.upper()}-{code}", (aliases.get(code) or [code])[0])
        for code in table.subdivisions
    )
