"""A meeting's repeat rule expanded by date arithmetic, as dateutil's ``rrule`` expands it.

Every analysis, export and chart asks for a series' starts in a range of dates; loading
dateutil's rule engine (with ``six``, ``calendar`` and ``locale``) costs a command more
than the expansion itself. The rules a plan can hold (``plan-format.md``: daily, weekly or
monthly, an interval, weekdays with ordinals for monthly rules, an end by date or count,
weeks from Monday) are expanded here period by period, each period's dates worked out
from the calendar: the same starts as ``rrule(freq, dtstart=first, interval=...,
wkst=MO, byweekday=..., until=..., count=...)`` yields, in the same order
(``tests/planner/plan/test_series.py`` holds the two to each other). A start before
``first`` is never one, and ``first`` itself only when the rule has it (as dateutil does).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

from planner.plan.meeting import Repeat


def _month_days(year: int, month: int) -> int:
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - date(year, month, 1)).days


def _monthly_dates(repeat: Repeat, first: date, year: int, month: int) -> list[date]:
    """The rule's dates in one month: its weekdays (the nth one for an ordinal), else the day."""
    length = _month_days(year, month)
    if not repeat.byday:
        return [date(year, month, first.day)] if first.day <= length else []
    opening = date(year, month, 1).weekday()
    every: set[int] = set()  # days of the weekdays without an ordinal
    nth: set[int] = set()  # the days the ordinals name
    for byday in repeat.byday:
        first_of = 1 + (byday.weekday - opening) % 7  # the first such weekday of the month
        matching = range(first_of, length + 1, 7)
        if byday.ordinal is None:
            every.update(matching)
        elif -len(matching) <= byday.ordinal <= len(matching):
            nth.add(matching[byday.ordinal - 1 if byday.ordinal > 0 else byday.ordinal])
    plain = any(b.ordinal is None for b in repeat.byday)
    ordinals = any(b.ordinal is not None for b in repeat.byday)
    # A rule that mixes both keeps the days in both lists, as dateutil's engine does.
    days = every & nth if plain and ordinals else every if plain else nth
    return [date(year, month, day) for day in sorted(days)]


def _period(repeat: Repeat, first: date, index: int) -> tuple[date, list[date]]:
    """The first day of period ``index`` (0: the one holding ``first``) and its dates."""
    if repeat.freq == "daily":
        day = first + timedelta(days=index * repeat.interval)
        chosen = {b.weekday for b in repeat.byday}
        return day, [day] if not chosen or day.weekday() in chosen else []
    if repeat.freq == "weekly":
        monday = first - timedelta(days=first.weekday() - 7 * index * repeat.interval)
        weekdays = sorted({b.weekday for b in repeat.byday}) or [first.weekday()]
        return monday, [monday + timedelta(days=day) for day in weekdays]
    months = first.month - 1 + index * repeat.interval
    year, month = first.year + months // 12, months % 12 + 1
    return date(year, month, 1), _monthly_dates(repeat, first, year, month)


def _periods_before(repeat: Repeat, first: date, day: date) -> int:
    """How many whole periods from ``first``'s end before ``day`` (none may be skipped more)."""
    if repeat.freq == "daily":
        return max(0, (day - first).days // repeat.interval)
    if repeat.freq == "weekly":
        weeks = (day.toordinal() - day.weekday() - first.toordinal() + first.weekday()) // 7
        return max(0, weeks // repeat.interval)
    months = (day.year - first.year) * 12 + day.month - first.month
    return max(0, months // repeat.interval)


def series_starts(
    repeat: Repeat, first: datetime, low: datetime | None = None, high: datetime | None = None
) -> Iterator[datetime]:
    """The starts of the series whose DTSTART is ``first``, in order; those in [low, high].

    >>> from planner.plan.meeting import ByDay
    >>> rule = Repeat("monthly", byday=(ByDay(4, -1),), count=3)  # the last Friday, 3 times
    >>> [f"{d:%Y-%m-%d %H:%M}" for d in series_starts(rule, datetime(2027, 1, 29, 9))]
    ['2027-01-29 09:00', '2027-02-26 09:00', '2027-03-26 09:00']
    """
    first = first.replace(microsecond=0)  # as dateutil does with its DTSTART
    clock = first.time()
    until = datetime.combine(repeat.until, time(23, 59, 59)) if repeat.until else None
    left = repeat.count
    index = 0
    if left is None and low is not None:
        index = _periods_before(repeat, first.date(), low.date())
    while True:
        try:
            start, days = _period(repeat, first.date(), index)
        except (OverflowError, ValueError):  # past the year 9999, where dateutil stops too
            return
        if high is not None and start > high.date():
            return
        for day in days:
            moment = datetime.combine(day, clock)
            if moment < first:
                continue
            if (until is not None and moment > until) or left == 0:
                return
            if left is not None:
                left -= 1
            if high is not None and moment > high:
                return
            if low is None or moment >= low:
                yield moment
        index += 1
