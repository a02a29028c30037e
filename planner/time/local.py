"""Local wall time as UTC instants and back, in any IANA zone (DST-exact, fold=0).

Local wall times become instants the way RFC 5545 does: zoneinfo with ``fold=0``. A time
skipped by a spring-forward jump takes the offset from before the jump (02:30 becomes
03:30 summer time); a time repeated when clocks go back means its first occurrence.
"""

from __future__ import annotations

import functools
from datetime import date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from planner.time.zones import load_zone

if TYPE_CHECKING:
    from collections.abc import Sequence

    from planner.time.intervals import Instant  # an int: checking a plan need not load them

MINUTES_PER_DAY = 24 * 60

EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


@functools.cache
def _midnight_offsets(zone_name: str, year: int) -> tuple[int, ...]:
    """UTC offset in seconds at local midnight (fold=0) of every day of ``year`` and 2 more."""
    first = date(year, 1, 1)
    return tuple(_offsets(zone_name, first, (date(year + 1, 1, 1) - first).days + 2))


@functools.cache
def _month_offsets(zone_name: str, year: int, month: int) -> tuple[int, ...]:
    """UTC offset in seconds at local midnight (fold=0) of every day of a month.

    >>> _month_offsets("Europe/Kyiv", 2027, 3)[-5:-2]
    (7200, 7200, 10800)
    """
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    return tuple(_offsets(zone_name, first, (following - first).days))


def _offsets(zone_name: str, first: date, count: int) -> list[int]:
    """UTC offsets at local midnight (fold=0) of ``count`` days from ``first``.

    zoneinfo answers only for the days near a change of offset (read from the zone's
    TZif file, :func:`planner.time.tzif.offset_changes`); every other day has the offset
    of the day before. Far from any change the offset is the same at both midnights.
    """
    start = (first.toordinal() - EPOCH_ORDINAL) * 86400
    if not FAST_YEARS[0] <= first.year <= first.year + count // 365 < FAST_YEARS[1]:
        return _offsets_by_day(zone_name, first, count)
    from planner.time.tzif import offset_changes

    changes = offset_changes(zone_name, start - _NEAR, start + count * 86400 + _NEAR)
    near = bytearray(count)
    near[0] = 1
    for moment, _ in changes:
        low = max(0, -((start + _NEAR - moment) // 86400))  # first day whose midnight is near
        high = min(count - 1, (moment + _NEAR - start) // 86400)
        near[low : high + 1] = b"\1" * max(0, high + 1 - low)
    zone = load_zone(zone_name)
    offsets: list[int] = []
    index = 0
    while index < count:  # each day near a change, then the days after it up to the next
        offset = _offset_at(zone, first + timedelta(days=index))
        following = near.find(1, index + 1)
        if following < 0:
            following = count
        offsets += [offset] * (following - index)
        index = following
    return offsets


# A change of offset farther than this (in seconds) from a local midnight cannot decide the
# offsets of that midnight or of the one before: offsets stay within a day of UTC.
_NEAR = 3 * 86400
FAST_YEARS = (2, 9990)
"""Years whose offsets come from the zone's changes; the rest (near the ends of ``date``'s
range) go day by day, asking zoneinfo."""


def _offset_at(zone: tzinfo, day: date) -> int:
    offset = datetime(day.year, day.month, day.day, tzinfo=zone).utcoffset()
    return int(offset.total_seconds()) if offset is not None else 0


def _offsets_by_day(zone_name: str, first: date, count: int) -> list[int]:
    """:func:`_offsets` the slow way: zoneinfo at every local midnight.

    >>> _offsets_by_day("Europe/Kyiv", date(2027, 3, 27), 3)
    [7200, 7200, 10800]
    """
    zone = load_zone(zone_name)
    return [_offset_at(zone, first + timedelta(days=index)) for index in range(count)]


# A padded range takes a few days of the years on either side: those are computed alone
# (a whole year's table is made only for a year that is needed for a month or more).
_PARTIAL_DAYS = 31


def local_instant(zone_name: str, day: date, minute: int) -> Instant:
    """The instant of wall time ``minute`` after midnight of ``day`` in a zone (fold=0).

    ``minute`` may be 1440 (the next midnight) or more. When the offset is the same at
    every local midnight from ``day`` to the one after the time, no transition lies in
    between and plain arithmetic is exact; otherwise zoneinfo resolves the time.

    >>> local_instant("America/New_York", date(2027, 3, 14), 150)  # 02:30 does not exist: 03:30 EDT
    1805009400
    """
    days, clock = divmod(minute, MINUTES_PER_DAY)
    if 1 <= day.year < 9999:
        offsets = _midnight_offsets(zone_name, day.year)
        index = day.timetuple().tm_yday - 1
        if index + days + 1 < len(offsets):
            window = offsets[index : index + days + 2]
            if window.count(window[0]) == len(window):
                local = (day.toordinal() - EPOCH_ORDINAL) * 86400 + minute * 60
                return local - window[0]
    day = day + timedelta(days=days)
    zone = load_zone(zone_name)
    return int(
        datetime(day.year, day.month, day.day, clock // 60, clock % 60, tzinfo=zone).timestamp()
    )


def local_datetime(zone_name: str, moment: Instant) -> datetime:
    """An instant as aware local time in a zone (for showing it, never for arithmetic).

    >>> local_datetime("Asia/Kathmandu", 1798761600).isoformat()
    '2027-01-01T05:45:00+05:45'
    """
    return datetime.fromtimestamp(moment, tz=load_zone(zone_name))


def local_date(zone_name: str, moment: Instant) -> date:
    """The local date of an instant in a zone.

    >>> local_date("Asia/Manila", 1798761600 - 1)  # 2026-12-31T23:59:59Z
    datetime.date(2027, 1, 1)
    """
    return local_datetime(zone_name, moment).date()


def local_dates(zone_name: str, moments: Sequence[Instant]) -> list[date]:
    """:func:`local_date` of each instant (ascending or not), from the zone's midnight offsets.

    Where the offset is the same at the midnights around an instant, its local date is
    plain arithmetic; zoneinfo answers for the others (near a change of offset).

    >>> local_dates("Asia/Manila", [1798761600 - 1, 1798761600 + 16 * 3600])
    [datetime.date(2027, 1, 1), datetime.date(2027, 1, 2)]
    """
    if not moments:
        return []
    low, high = min(moments) // 86400 - 2, max(moments) // 86400 + 2
    first = date.fromordinal(low + EPOCH_ORDINAL)
    if not 1 < first.year < 9999 or high + EPOCH_ORDINAL > date(9998, 12, 31).toordinal():
        return [local_date(zone_name, moment) for moment in moments]
    offsets = midnight_offsets_from(zone_name, first, high - low + 1)
    result = []
    fromordinal = date.fromordinal
    for moment in moments:
        index = moment // 86400 - low  # the UTC date's: the local one is a day from it
        offset = offsets[index]
        if offset == offsets[index - 1] == offsets[index + 1] == offsets[index + 2]:
            result.append(fromordinal((moment + offset) // 86400 + EPOCH_ORDINAL))
        else:
            result.append(local_date(zone_name, moment))
    return result


def day_range(zone_name: str, first: date, last: date) -> tuple[Instant, Instant]:
    """``[first 00:00, last + 1 day 00:00)`` in a zone, as instants.

    >>> day_range("UTC", date(2027, 1, 1), date(2027, 1, 1))
    (1798761600, 1798848000)
    """
    if last < first:
        raise ValueError(f"range ends ({last}) before it starts ({first})")
    return local_instant(zone_name, first, 0), local_instant(zone_name, last, MINUTES_PER_DAY)


def midnight_offsets_from(zone_name: str, first: date, count: int) -> list[int]:
    """UTC offsets in seconds at local midnight (fold=0) of ``count`` days from ``first``.

    >>> midnight_offsets_from("Europe/Kyiv", date(2027, 3, 27), 3)
    [7200, 7200, 10800]
    """
    result: list[int] = []
    year = first.year
    index = first.timetuple().tm_yday - 1
    while len(result) < count:
        days_in_year = (date(year + 1, 1, 1) - date(year, 1, 1)).days
        wanted = min(days_in_year - index, count - len(result))
        if wanted <= _PARTIAL_DAYS:  # the months they fall in, each kept once made
            day = date(year, 1, 1) + timedelta(days=index)
            stop = day + timedelta(days=wanted)
            month = date(day.year, day.month, 1)
            while month < stop:
                table = _month_offsets(zone_name, month.year, month.month)
                result.extend(table[max(0, (day - month).days) : (stop - month).days])
                month = (month + timedelta(days=31)).replace(day=1)
        else:
            table = _midnight_offsets(zone_name, year)
            result.extend(table[index:days_in_year])
        year += 1
        index = 0
    return result[:count]


def local_clock(moment: Instant, zone: str, wall_day: date) -> str:
    """``HH:MM`` of an instant in ``zone``, with ``+1``/``-1`` when its date is not ``wall_day``.

    >>> local_clock(1798761600, "Asia/Manila", date(2026, 12, 31))  # 2027-01-01T00:00Z
    '08:00+1'
    """
    local = local_datetime(zone, moment)
    shift = (local.date() - wall_day).days
    return f"{local:%H:%M}" + (f"{shift:+d}" if shift else "")
