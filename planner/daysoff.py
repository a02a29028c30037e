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
        close = difflib.get_close_matches(country, list(supported), n=1)
        hint = f' (did you mean "{close[0]}"?)' if close else ""
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
