"""Public holidays by country and subdivision (the ``holidays`` package), cached per year."""

from __future__ import annotations

import difflib
import functools
from datetime import date

from planner.errors import PlannerError


def split_code(code: str) -> tuple[str, str | None]:
    """Split ``"US-NY"`` into ``("US", "NY")`` and ``"PH"`` into ``("PH", None)``.

    >>> split_code("IN-KA")
    ('IN', 'KA')
    """
    country, _, subdivision = code.strip().partition("-")
    return country.upper(), (subdivision.upper() or None)


@functools.cache
def _supported() -> dict[str, list[str]]:
    import holidays

    return {k: list(v) for k, v in holidays.list_supported_countries().items()}


def check_holiday_code(code: str) -> None:
    """Raise PlannerError unless ``code`` names a supported country (and subdivision).

    >>> check_holiday_code("US-NY")
    """
    country, subdivision = split_code(code)
    supported = _supported()
    if country not in supported:
        hint = _country_hint(code.strip())
        hint = f' (did you mean "{hint}"?)' if hint else ""
        raise PlannerError(
            f'unknown holiday country "{code}"{hint}: use an ISO 3166 country code such as '
            '"US", "PH" or "IN", optionally with a subdivision: "US-NY"'
        )
    if subdivision is not None and subdivision not in supported[country]:
        listed = ", ".join(supported[country][:12])
        more = ", ..." if len(supported[country]) > 12 else ""
        raise PlannerError(
            f'unknown subdivision "{subdivision}" of {country} in holidays "{code}": '
            f"use one of {listed}{more}"
            if supported[country]
            else f'{country} has no subdivisions: write holidays = "{country}"'
        )


def _country_hint(text: str) -> str | None:
    """The supported code a user probably meant, or None when nothing is close.

    A country's name ("Philippines") gives its code; a short text is compared with codes.
    """
    from planner.holiday_catalog import holiday_countries

    names = {region.name.lower(): region.code for region in holiday_countries()}
    lowered = text.lower()
    if lowered in names:
        return names[lowered]
    if len(text) > 3:
        close = difflib.get_close_matches(lowered, list(names), n=1, cutoff=0.8)
        return names[close[0]] if close else None
    codes = difflib.get_close_matches(text.upper(), list(_supported()), n=1, cutoff=0.6)
    return codes[0] if codes else None


@functools.cache
def holidays_in_year(code: str, year: int) -> dict[date, str]:
    """Public holidays of ``code`` (``"PH"``, ``"US-NY"``) in ``year``: date -> name.

    >>> holidays_in_year("US", 2027)[date(2027, 7, 5)]
    'Independence Day (observed)'
    """
    import holidays

    country, subdivision = split_code(code)
    table = holidays.country_holidays(country, subdiv=subdivision, years=year)
    return {day: str(name) for day, name in sorted(table.items())}


def holiday_name(code: str | None, day: date) -> str | None:
    """The holiday's name when ``day`` is a public holiday under ``code``, else None."""
    if not code:
        return None
    return holidays_in_year(code, day.year).get(day)
