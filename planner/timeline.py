"""Working time of a team as UTC instants for any range (DST, holidays, days off).

Local wall times become instants the way RFC 5545 does: zoneinfo with ``fold=0``. A time
skipped by a spring-forward jump takes the offset from before the jump (02:30 becomes
03:30 summer time); a time repeated when clocks go back means its first occurrence.
"""

from __future__ import annotations

import functools
from datetime import date, datetime, timedelta
from typing import NamedTuple

from planner.daysoff import holiday_name
from planner.intervals import Instant, Timeline, clip, union
from planner.model import MINUTES_PER_DAY, Shift, Team
from planner.zones import load_zone


class WorkShift(NamedTuple):
    """One shift on one local date, resolved to instants.

    Attributes:
        day: the local date on which the shift starts.
        start: first instant (UTC seconds).
        end: instant after the last (UTC seconds); ``end > start``.
        shift: the weekly-hours shift it comes from.
    """

    day: date
    start: Instant
    end: Instant
    shift: Shift


_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


@functools.cache
def _midnight_offsets(zone_name: str, year: int) -> tuple[int, ...]:
    """UTC offset in seconds at local midnight (fold=0) of every day of ``year`` and 2 more."""
    zone = load_zone(zone_name)
    first = date(year, 1, 1)
    days = (date(year + 1, 1, 1) - first).days + 2
    offsets = []
    for n in range(days):
        day = first + timedelta(days=n)
        offset = datetime(day.year, day.month, day.day, tzinfo=zone).utcoffset()
        offsets.append(int(offset.total_seconds()) if offset is not None else 0)
    return tuple(offsets)


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
                local = (day.toordinal() - _EPOCH_ORDINAL) * 86400 + minute * 60
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


def day_range(zone_name: str, first: date, last: date) -> tuple[Instant, Instant]:
    """``[first 00:00, last + 1 day 00:00)`` in a zone, as instants.

    >>> day_range("UTC", date(2027, 1, 1), date(2027, 1, 1))
    (1798761600, 1798848000)
    """
    if last < first:
        raise ValueError(f"range ends ({last}) before it starts ({first})")
    return local_instant(zone_name, first, 0), local_instant(zone_name, last, MINUTES_PER_DAY)


def day_off_reason(team: Team, day: date) -> str | None:
    """Why ``team`` does not work on local date ``day``: a holiday's name, "day off", or None."""
    if day in team.days_off:
        return "day off"
    return holiday_name(team.holidays, day)


def team_shifts(team: Team, start: Instant, end: Instant) -> list[WorkShift]:
    """Every shift of ``team`` that has time inside ``[start, end)``, unclipped, in order.

    Shifts on the team's holidays and days off are dropped (by their local start date);
    shifts that resolve to no time (inside a spring-forward gap) are dropped.
    """
    if end <= start:
        return []
    first = local_date(team.zone, start) - timedelta(days=2)
    last = local_date(team.zone, end - 1)
    count = (last - first).days + 1
    offsets = _offsets_from(team.zone, first, count + 2)
    hours = team.hours.days
    result: list[WorkShift] = []
    make = WorkShift._make
    ordinal = first.toordinal()
    weekday = first.weekday()
    for index in range(count):
        shifts = hours[(weekday + index) % 7]
        if not shifts:
            continue
        day = first + timedelta(days=index)
        if day_off_reason(team, day) is not None:
            continue
        base = (ordinal + index - _EPOCH_ORDINAL) * 86400
        today, tomorrow, after = offsets[index], offsets[index + 1], offsets[index + 2]
        for shift in shifts:
            crosses = shift.end <= shift.start
            end_minute = shift.end + MINUTES_PER_DAY if crosses else shift.end
            if today == tomorrow and (not crosses or tomorrow == after):
                a = base + shift.start * 60 - today
                b = base + end_minute * 60 - today
            else:  # a clock change in between: let zoneinfo resolve both ends
                a = local_instant(team.zone, day, shift.start)
                b = local_instant(team.zone, day, end_minute)
            if a < b and b > start and a < end:
                result.append(make((day, a, b, shift)))
    result.sort(key=lambda s: (s.start, s.end))
    return result


def _offsets_from(zone_name: str, first: date, count: int) -> list[int]:
    """UTC offsets at local midnight of ``count`` days from ``first``."""
    result: list[int] = []
    year = first.year
    index = first.timetuple().tm_yday - 1
    while len(result) < count:
        table = _midnight_offsets(zone_name, year)
        days_in_year = len(table) - 2
        result.extend(table[index:days_in_year])
        year += 1
        index = 0
    return result[:count]


def working_time(team: Team, start: Instant, end: Instant) -> Timeline:
    """The team's working time inside ``[start, end)``: merged, sorted, clipped.

    >>> from planner.model import WeekHours
    >>> t = Team("hq", "client", "UTC", WeekHours.parse({"mon": ["09:00-10:00"]}))
    >>> a, b = day_range("UTC", date(2027, 1, 4), date(2027, 1, 4))
    >>> [(i.start - a) // 3600 for i in working_time(t, a, b)]
    [9]
    """
    return clip(union((s.start, s.end) for s in team_shifts(team, start, end)), start, end)
