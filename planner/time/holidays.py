"""Public holidays by country and subdivision (the ``holidays`` package), cached per year.

Tables come from the disk cache (``planner.time.holiday_cache``) when they were computed
before; otherwise from the ``holidays`` package, importing only the modules of the
countries asked for (``planner.time.holiday_package``), never all of them.
"""

from __future__ import annotations

import functools
from datetime import date

from planner.errors import PlannerError
from planner.time import holiday_cache
from planner.time.holiday_package import holidays_package


def split_code(code: str) -> tuple[str, str | None]:
    """Split ``"US-NY"`` into ``("US", "NY")`` and ``"PH"`` into ``("PH", None)``.

    >>> split_code("IN-KA")
    ('IN', 'KA')
    """
    country, _, subdivision = code.strip().partition("-")
    return country.upper(), (subdivision.upper() or None)


@functools.cache
def _country_codes() -> frozenset[str]:
    """Country codes (alpha-2 and alpha-3) the ``holidays`` package has, from its registry.

    The registry names the countries without importing their modules, which
    ``holidays.list_supported_countries()`` would do for all of them at once.
    """
    from holidays.registry import COUNTRIES

    return frozenset(code for entry in COUNTRIES.values() for code in entry[1:3])


@functools.cache
def _subdivisions(country: str) -> tuple[str, ...]:
    table = holidays_package().country_holidays(country, years=[])
    return tuple(str(code) for code in type(table).subdivisions)


def check_holiday_code(code: str) -> None:
    """Raise PlannerError unless ``code`` names a supported country (and subdivision).

    A code accepted before (by this release of ``holidays``) is known from the disk cache
    without importing the package.

    >>> check_holiday_code("US-NY")
    """
    if holiday_cache.known_code(code):
        return
    _check_code(code)
    holiday_cache.store(code, None)


def _check_code(code: str) -> None:
    country, subdivision = split_code(code)
    if country not in _country_codes():
        hint = _country_hint(code.strip())
        hint = f' (did you mean "{hint}"?)' if hint else ""
        raise PlannerError(
            f'unknown holiday country "{code}"{hint}: use an ISO 3166 country code such as '
            '"US", "PH" or "IN", optionally with a subdivision: "US-NY"'
        )
    if subdivision is None:
        return
    known = _subdivisions(country)
    if subdivision not in known:
        listed = ", ".join(known[:12])
        more = ", ..." if len(known) > 12 else ""
        raise PlannerError(
            f'unknown subdivision "{subdivision}" of {country} in holidays "{code}": '
            f"use one of {listed}{more}"
            if known
            else f'{country} has no subdivisions: write holidays = "{country}"'
        )


def _country_hint(text: str) -> str | None:
    """The supported code a user probably meant, or None when nothing is close.

    A country's name ("Philippines") gives its code; a short text is compared with codes.
    """
    import difflib

    from planner.time.holiday_catalog import holiday_countries

    names = {region.name.lower(): region.code for region in holiday_countries()}
    lowered = text.lower()
    if lowered in names:
        return names[lowered]
    if len(text) > 3:
        close = difflib.get_close_matches(lowered, list(names), n=1, cutoff=0.8)
        return names[close[0]] if close else None
    codes = difflib.get_close_matches(text.upper(), sorted(_country_codes()), n=1, cutoff=0.6)
    return codes[0] if codes else None


@functools.cache
def holidays_in_year(code: str, year: int) -> dict[date, str]:
    """Public holidays of ``code`` (``"PH"``, ``"US-NY"``) in ``year``: date -> name.

    >>> holidays_in_year("US", 2027)[date(2027, 7, 5)]
    'Independence Day (observed)'
    """
    cached = holiday_cache.cached_year(code, year)
    if cached is not None:
        return cached
    from planner.time.holiday_language import holiday_language

    country, subdivision = split_code(code)
    language = holiday_language(country)  # never the process locale
    table = holidays_package().country_holidays(
        country, subdiv=subdivision, years=year, language=language
    )
    found = {day: str(name) for day, name in sorted(table.items())}
    holiday_cache.store(code, year, found)
    return found


def holiday_name(code: str | None, day: date) -> str | None:
    """The holiday's name when ``day`` is a public holiday under ``code``, else None."""
    if not code:
        return None
    return holidays_in_year(code, day.year).get(day)
