"""A daily or weekly series' dates by arithmetic on day numbers, without the rule engine.

The same starts as the rule engine gives (:func:`planner.plan.recurrence.wall_starts`,
RFC 5545 as dateutil reads it: weeks begin on Monday, ``interval`` spaces the days or the
weeks counted from the start's, ``byday`` limits a daily series and lists a weekly one's
days, ``count`` counts from the start, ``until`` includes its whole date); a property
test pins the two to each other. A monthly series, and a start with microseconds (which
the engine drops), are left to the engine.
"""

from __future__ import annotations

from datetime import date, time

from planner.plan.meeting import Meeting

_LAST_SECOND = time(23, 59, 59)


def series_days(meeting: Meeting, first_day: date, last_day: date) -> list[date] | None:
    """The local dates from ``first_day`` to ``last_day`` on which the series starts, in order.

    Each start is the date at the meeting's ``start_time``. None when the engine must
    answer (a monthly series, a start with microseconds).

    >>> from planner.plan.meeting import ByDay, Repeat
    >>> m = Meeting("w", "W", ("a", "b"), 30, date(2027, 1, 4), time(9),
    ...             repeat=Repeat("weekly", interval=2, byday=(ByDay(0), ByDay(3))))
    >>> [f"{d:%a %d}" for d in series_days(m, date(2027, 1, 1), date(2027, 1, 31))]
    ['Mon 04', 'Thu 07', 'Mon 18', 'Thu 21']
    """
    repeat = meeting.repeat
    start_day, clock = meeting.start_date, meeting.start_time
    if clock.microsecond:
        return None
    if repeat is None:
        return [start_day] if first_day <= start_day <= last_day else []
    if repeat.freq not in ("weekly", "daily"):
        return None
    start = start_day.toordinal()
    low = max(first_day.toordinal(), start)
    high = last_day.toordinal()
    if repeat.until is not None:
        # The rule ends at ``until`` 23:59:59 (a start with seconds after it: the day before).
        high = min(high, repeat.until.toordinal() - (clock > _LAST_SECOND))
    # Each weekday of the series as the first day number it has and the step to its next.
    if repeat.freq == "weekly":
        step = 7 * repeat.interval
        weekdays = sorted({b.weekday for b in repeat.byday}) or [start_day.weekday()]
        monday = start - start_day.weekday()
        firsts = [monday + w + (step if w < start_day.weekday() else 0) for w in weekdays]
    else:
        wanted = {b.weekday for b in repeat.byday}
        step = repeat.interval
        # The weekdays of start + k * step come round every 7 steps (every step for weeks).
        cycle = 1 if step % 7 == 0 else 7
        firsts = [
            start + k * step
            for k in range(cycle)
            if not wanted or date.fromordinal(start + k * step).weekday() in wanted
        ]
        step *= cycle
    if not firsts:
        return []
    if repeat.count is not None:
        # The count-th start: the series goes round ``firsts`` in order of day number.
        firsts.sort()
        whole, part = divmod(repeat.count - 1, len(firsts))
        high = min(high, firsts[part] + whole * step)
    days: list[int] = []
    for first in firsts:
        if first < low:
            first += -(-(low - first) // step) * step
        days += range(first, high + 1, step)
    days.sort()
    return list(map(date.fromordinal, days))
