"""Meeting start times: a repeat rule expanded in the meeting's local wall time."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from planner.errors import PlannerError
from planner.plan.checks import LAST_YEAR
from planner.plan.meeting import ICAL_WEEKDAYS, Meeting, Repeat
from planner.text import Text

if TYPE_CHECKING:
    from dateutil import rrule


def wall_start(meeting: Meeting) -> datetime:
    """The first start as a wall time (no zone attached): what DTSTART says in the zone."""
    return datetime.combine(meeting.start_date, meeting.start_time)


def _rule(repeat: Repeat, first: datetime) -> rrule.rrule:
    from dateutil import rrule  # loaded with the first meeting series, not with every plan

    frequencies = {"daily": rrule.DAILY, "weekly": rrule.WEEKLY, "monthly": rrule.MONTHLY}
    weekdays = (rrule.MO, rrule.TU, rrule.WE, rrule.TH, rrule.FR, rrule.SA, rrule.SU)
    byweekday = [
        weekdays[b.weekday] if b.ordinal is None else weekdays[b.weekday](b.ordinal)
        for b in repeat.byday
    ] or None
    until = datetime.combine(repeat.until, time(23, 59, 59)) if repeat.until else None
    return rrule.rrule(
        frequencies[repeat.freq],
        dtstart=first,
        interval=repeat.interval,
        wkst=rrule.MO,
        byweekday=byweekday,
        until=until,
        count=repeat.count,
    )


def starts_series(repeat: Repeat, first: datetime) -> bool | None:
    """Whether ``first`` is an occurrence of the rule that starts at it (RFC 5545 DTSTART).

    The rule's first period is the one holding ``first`` (its interval only spaces the
    later ones), so this is a question about ``first`` alone: its weekday is one of
    ``byday`` (any weekday without one), and for an ordinal (``1MO``, ``-1FR``) it is that
    weekday of its month. None for a monthly rule that mixes weekdays with and without an
    ordinal: the rule engine (dateutil) then decides, as it expands the series.

    >>> from planner.plan.meeting import ByDay
    >>> starts_series(Repeat("monthly", byday=(ByDay(0, 1),)), datetime(2027, 2, 1, 9))
    True
    >>> starts_series(Repeat("weekly", byday=(ByDay(1),)), datetime(2027, 2, 1, 9))
    False
    """
    if not repeat.byday:
        return True  # the weekday (weekly) or day of the month (monthly) of ``first``
    ordinals = {b.ordinal is None for b in repeat.byday}
    if len(ordinals) > 1:
        return None
    weekday = first.weekday()
    nth = (first.day - 1) // 7 + 1
    month = date(first.year, first.month, 1)
    month_days = (date(first.year + first.month // 12, first.month % 12 + 1, 1) - month).days
    nth_last = -((month_days - first.day) // 7 + 1)
    return any(b.weekday == weekday and b.ordinal in (None, nth, nth_last) for b in repeat.byday)


def check_rule(meeting: Meeting) -> None:
    """Raise PlannerError unless the start is the series' first occurrence and it ends in time.

    RFC 5545 leaves a DTSTART that does not match its RRULE undefined, and calendar apps
    disagree about it, so the plan must say the first occurrence. A series with a count
    must end by the last year the planner handles (``count = 10000`` every 1000 days would
    run to the year 29,000, past what any calendar stores).
    """
    if meeting.repeat is None:
        return
    first = wall_start(meeting)
    if meeting.repeat.until is not None and meeting.repeat.until < meeting.start_date:
        raise PlannerError(
            Text(
                "repeat until {until} is before the start {start_date}",
                until=meeting.repeat.until,
                start_date=meeting.start_date,
            )
        )
    if starts_series(meeting.repeat, first):
        return  # decided without the rule engine: checking a plan need not load it
    occurrence = _rule(meeting.repeat, first).after(first, inc=True)
    if occurrence != first:
        days = " ".join(str(b) for b in meeting.repeat.byday) or "its own weekday"
        advice = (
            Text("; the first occurrence is {occurrence:%Y-%m-%dT%H:%M}", occurrence=occurrence)
            if occurrence
            else ""
        )
        raise PlannerError(
            Text(
                "start {first:%Y-%m-%dT%H:%M} ({ICAL_WEEKDAYS}) is not an occurrence of repeat {freq} on {days}: set start to the first occurrence{advice}",
                first=first,
                ICAL_WEEKDAYS=ICAL_WEEKDAYS[first.weekday()],
                freq=meeting.repeat.freq,
                days=days,
                advice=advice,
            )
        )
    _check_end(meeting.repeat, first)


_PERIOD_DAYS = {"daily": 1, "weekly": 7, "monthly": 31}


def _check_end(repeat: Repeat, first: datetime) -> None:
    """PlannerError when a counted series runs past the last year the planner handles."""
    if repeat.count is None:
        return
    limit = datetime.combine(date(LAST_YEAR, 12, 31), time(23, 59))  # wall time, no zone
    most_days = _PERIOD_DAYS[repeat.freq] * repeat.interval * repeat.count
    if most_days <= (limit - first).days:
        return  # even at its longest it ends in time: no need to expand it
    for number, occurrence in enumerate(_rule(repeat, first), start=1):
        if occurrence > limit:
            raise PlannerError(
                Text(
                    "repeat count {count} runs past {LAST_YEAR}: occurrence {number} would be on {occurrence:%Y-%m-%d}, and the planner handles dates up to {LAST_YEAR}; use a smaller count or interval",
                    count=repeat.count,
                    LAST_YEAR=LAST_YEAR,
                    number=number,
                    occurrence=occurrence,
                )
            )


def check_moved(meeting: Meeting) -> None:
    """Raise PlannerError unless every moved occurrence names a date the series has.

    >>> from planner.plan.meeting import Repeat
    >>> from planner.plan.moved import MovedOccurrence
    >>> m = Meeting("w", "W", ("a", "b"), 30, date(2027, 1, 5), time(9), repeat=Repeat("weekly"),
    ...             moved=(MovedOccurrence(date(2027, 1, 6), datetime(2027, 1, 6, 10)),))
    >>> check_moved(m)
    Traceback (most recent call last):
    ...
    planner.errors.PlannerError: moved 2027-01-06 is not a date of the series (Tue 2027-01-05, Tue 2027-01-12, ...): name the date the occurrence had before it was moved
    """
    for move in meeting.moved:
        if next(wall_starts(meeting, move.original, move.original), None) is None:
            first_two = list(wall_starts_from(meeting, 2))
            shown = ", ".join(f"{d:%a %Y-%m-%d}" for d in first_two)
            raise PlannerError(
                Text(
                    "moved {original} is not a date of the series ({shown}, ...): name the date the occurrence had before it was moved",
                    original=move.original,
                    shown=shown,
                )
            )


def wall_starts_from(meeting: Meeting, count: int) -> Iterator[datetime]:
    """The first ``count`` wall-clock starts of the series (one for a one-off meeting)."""
    if meeting.repeat is None:
        yield wall_start(meeting)
        return
    for index, start in enumerate(_rule(meeting.repeat, wall_start(meeting))):
        if index >= count:
            return
        yield start


def wall_starts(meeting: Meeting, first_day: date, last_day: date) -> Iterator[datetime]:
    """Wall-clock starts of the series on local dates ``first_day`` .. ``last_day``.

    >>> from planner.plan.meeting import Repeat
    >>> m = Meeting("w", "W", ("a", "b"), 30, date(2027, 1, 4), time(9), repeat=Repeat("daily"))
    >>> [d.day for d in wall_starts(m, date(2027, 1, 5), date(2027, 1, 6))]
    [5, 6]
    """
    first = wall_start(meeting)
    low = datetime.combine(first_day, time(0))
    high = datetime.combine(last_day, time(23, 59, 59))
    if meeting.repeat is None:
        if low <= first <= high:
            yield first
        return
    from planner.plan.series import series_starts  # dateutil's starts, without loading it

    yield from series_starts(meeting.repeat, first, low, high)


def series_is_finite(meeting: Meeting) -> bool:
    """True when the series ends (one-off, count or until)."""
    repeat = meeting.repeat
    return repeat is None or repeat.count is not None or repeat.until is not None
