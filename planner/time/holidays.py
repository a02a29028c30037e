"""Public holidays by country and subdivision (the ``holidays`` package), cached per year.

Tables come from the disk cache (``planner.time.holiday_cache``) when they were computed
before; otherwise from the ``holidays`` package, importing only the modules of the
countries asked for (``planner.time.holiday_package``), never all of them.
"""

from __future__ import annotations

import _thread
import functools
import warnings
from datetime import date
from typing import TYPE_CHECKING, Any

from planner.errors import PlannerError
from planner.text import Text
from planner.time import holiday_cache
from planner.time.holiday_package import holidays_package, import_holidays

if TYPE_CHECKING:  # made only for a year the package lacks holidays of
    from planner.time.holiday_gap import HolidayGap


def split_code(code: str) -> tuple[str, str | None]:
    """Split ``"US-NY"`` into ``("US", "NY")`` and ``"PH"`` into ``("PH", None)``.

    The country is upper-cased; the subdivision is kept as written (the package spells
    some with lower-case letters and spaces: ``"ES-Barcelona"``, ``"AU-NSW Western"``).

    >>> split_code("IN-KA")
    ('IN', 'KA')
    >>> split_code("au-NSW Western")
    ('AU', 'NSW Western')
    """
    country, _, subdivision = code.strip().partition("-")
    return country.strip().upper(), (subdivision.strip() or None)


@functools.cache
def _country_codes() -> frozenset[str]:
    """Country codes (alpha-2 and alpha-3) the ``holidays`` package has, from its registry.

    The registry names the countries without importing their modules, which
    ``holidays.list_supported_countries()`` would do for all of them at once.
    """
    import_holidays()  # its version without importlib.metadata
    from holidays.registry import COUNTRIES

    return frozenset(code for entry in COUNTRIES.values() for code in entry[1:3])


@functools.cache
def _subdivisions(country: str) -> tuple[str, ...]:
    table = holidays_package().country_holidays(country, years=[])
    return tuple(str(code) for code in type(table).subdivisions)


@functools.cache
def _subdivision_lookup(country: str) -> dict[str, str]:
    """Each subdivision code and name, folded to lower case -> the package's code.

    Codes win over names; ``"Cataluña"`` and ``"Catalunya"`` both give ``"CT"``.
    """
    table = holidays_package().country_holidays(country, years=[])
    lookup = {code.casefold(): code for code in _subdivisions(country)}
    aliases: dict[str, list[str]] = table.get_subdivision_aliases()
    for code, names in aliases.items():
        for name in names:
            lookup.setdefault(str(name).casefold(), str(code))
    return lookup


@functools.lru_cache(maxsize=1024)
def check_holiday_code(code: str) -> str:
    """The code as the ``holidays`` package spells it; PlannerError for an unknown one.

    The country and the subdivision (its code or its name) are matched without regard to
    case.

    >>> check_holiday_code("us-ny")
    'US-NY'
    >>> check_holiday_code("ES-barcelona"), check_holiday_code("es-Cataluña")
    ('ES-Barcelona', 'ES-CT')

    A code accepted before (by this release of ``holidays``) is known from the disk cache
    without importing the package.
    """
    spelled = holiday_cache.canonical_code(code)
    if spelled is not None:
        return spelled
    spelled = _check_code(code)
    holiday_cache.store(spelled, None)
    return spelled


def _check_code(code: str) -> str:
    country, subdivision = split_code(code)
    if country not in _country_codes():
        hint = _country_hint(code.strip())
        hint = Text(' (did you mean "{hint}"?)', hint=hint) if hint else ""
        raise PlannerError(
            Text(
                'unknown holiday country "{code}"{hint}: use an ISO 3166 country code such as "US", "PH" or "IN", optionally with a subdivision: "US-NY"',
                code=code,
                hint=hint,
            )
        )
    if subdivision is None:
        return country
    known = _subdivisions(country)
    found = _subdivision_lookup(country).get(subdivision.casefold())
    if found is None:
        listed = ", ".join(known[:12])
        more = ", ..." if len(known) > 12 else ""
        raise PlannerError(
            f'unknown subdivision "{subdivision}" of {country} in holidays "{code}": '
            f"use one of {listed}{more}"
            if known
            else f'{country} has no subdivisions: write holidays = "{country}"'
        )
    return f"{country}-{found}"


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


def holidays_in_year(code: str, year: int) -> dict[date, str]:
    """Public holidays of ``code`` (``"PH"``, ``"US-NY"``) in ``year``: date -> name.

    A year the package has no (or only some) data for gives what it has, without a
    warning: :func:`holiday_data_gap` says what is missing.

    >>> holidays_in_year("US", 2027)[date(2027, 7, 5)]
    'Independence Day (observed)'
    """
    return _holiday_year(code, year)[0]


def holiday_data_gap(code: str, year: int) -> HolidayGap | None:
    """What the package's holidays of ``code`` lack in ``year``; None when they are complete.

    >>> holiday_data_gap("US", 2027) is None
    True
    >>> holiday_data_gap("IN-KA", 1970)
    HolidayGap(partial=True, detail='Requested Holidays are available only from 2001 to 2035')
    >>> holiday_data_gap("PH", 1900)
    HolidayGap(partial=False, detail='it has them for 1988 to 2100')
    """
    return _holiday_year(code, year)[1]


def clear_holiday_cache() -> None:
    """Forget the holidays read so far in this process (the disk cache stays)."""
    _holiday_year.cache_clear()
    holiday_names.cache_clear()
    check_holiday_code.cache_clear()


# warnings.catch_warnings changes process-wide state. The lock of ``threading.Lock``, made
# without importing ``threading`` (which only a cache miss would need).
_PACKAGE_LOCK = _thread.allocate_lock()


@functools.cache
def _holiday_year(code: str, year: int) -> tuple[dict[date, str], HolidayGap | None]:
    spelled = check_holiday_code(code)
    cached = holiday_cache.cached_year_and_gap(spelled, year)
    if cached is not None:
        table, known_gap = cached
        if known_gap is None:
            return table, None
        from planner.time.holiday_gap import HolidayGap

        return table, HolidayGap(*known_gap)
    from planner.time.holiday_language import holiday_language

    country, subdivision = split_code(spelled)
    language = holiday_language(country)  # never the process locale
    with _PACKAGE_LOCK, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        table = holidays_package().country_holidays(
            country, subdiv=subdivision, years=year, language=language
        )
        days = {day: str(name) for day, name in sorted(table.items())}
    kind = type(table)
    lack: tuple[bool, str] | None = None  # a HolidayGap's fields
    if not kind.start_year <= year <= kind.end_year:
        lack = (False, f"it has them for {kind.start_year} to {kind.end_year}")
    elif caught:
        lack = (True, str(caught[0].message).strip().rstrip("."))
    holiday_cache.store(spelled, year, days, lack)
    if lack is None:
        return days, None
    from planner.time.holiday_gap import HolidayGap

    return days, HolidayGap(*lack)


class HolidayName(str):
    """A holiday's English name that knows its table, so a front end can name it otherwise.

    >>> name = holiday_name("ES", date(2027, 12, 25))
    >>> name, name.code, name.day, holiday_names("ES", 2027, "es")[name.day]
    ('Christmas Day', 'ES', datetime.date(2027, 12, 25), 'Natividad del Señor')
    """

    code: str
    day: date

    def __new__(cls, name: str, code: str, day: date) -> HolidayName:
        """``name`` (English) of the holiday on ``day`` under ``code``."""
        made = super().__new__(cls, name)
        made.code = code
        made.day = day
        return made

    def __str__(self) -> str:
        """The HolidayName itself, so that a message that quotes it keeps it."""
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (HolidayName, (str.__str__(self), self.code, self.day))


def holiday_name(code: str | None, day: date) -> HolidayName | None:
    """The holiday's name when ``day`` is a public holiday under ``code``, else None."""
    if not code:
        return None
    name = holidays_in_year(code, day.year).get(day)
    return None if name is None else HolidayName(name, code, day)


@functools.lru_cache(maxsize=256)
def holiday_names(code: str, year: int, language: str) -> dict[date, str]:
    """The holidays of ``code`` in ``year`` named in ``language`` (a GUI's, e.g. "es").

    The English names (:func:`holidays_in_year`) where the country has no such
    language. Only the GUI asks: the command line and every export stay English.
    """
    from planner.time.holiday_language import holiday_language_for

    spelled = check_holiday_code(code)
    country, subdivision = split_code(spelled)
    chosen = holiday_language_for(country, language)
    if chosen is None:
        return holidays_in_year(code, year)
    cached = holiday_cache.cached_year(spelled, year, chosen)
    if cached is not None:
        return cached
    with _PACKAGE_LOCK, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        table = holidays_package().country_holidays(
            country, subdiv=subdivision, years=year, language=chosen
        )
        days = {day: str(name) for day, name in sorted(table.items())}
    holiday_cache.store(spelled, year, days, language=chosen)
    return days
