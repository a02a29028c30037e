"""Suggested vendor hours: shifts in the vendor's local week that cover a client's working time."""

from __future__ import annotations

import math
from datetime import datetime

from planner.plan.hours import Shift, WeekHours
from planner.time.intervals import Timeline, union
from planner.time.local import MINUTES_PER_DAY
from planner.time.zones import load_zone

PERSON_DAY_MINUTES = 9 * 60
_WEEK_MINUTES = 7 * MINUTES_PER_DAY


def suggest_hours(client_time: Timeline, vendor_zone: str) -> WeekHours:
    """Vendor shifts, in the vendor's local wall time, that cover every instant of ``client_time``.

    The client's working time is laid on the vendor's local week; every week of the range
    adds its own placement (so DST weeks widen the shift). Each continuous stretch becomes
    one shift, or several equal ones when it is longer than a person-day
    (``PERSON_DAY_MINUTES``), starting on the local date where it starts.

    >>> from datetime import date
    >>> from planner.time.local import day_range
    >>> a, b = day_range("America/New_York", date(2027, 3, 15), date(2027, 3, 15))  # Mon, EDT
    >>> ny_day = ((a + 9 * 3600, a + 17 * 3600),)
    >>> suggest_hours(ny_day, "Asia/Manila").to_mapping()
    {'mon': ['21:00-05:00']}
    """
    zone = load_zone(vendor_zone)
    spans: list[tuple[int, int]] = []
    for start, end in client_time:
        local = datetime.fromtimestamp(start, tz=zone)
        week_minute = local.weekday() * MINUTES_PER_DAY + local.hour * 60 + local.minute
        length = math.ceil((end - start) / 60)
        if length >= _WEEK_MINUTES:
            spans.append((0, _WEEK_MINUTES))
            continue
        first = week_minute
        last = week_minute + length
        if last > _WEEK_MINUTES:
            spans.append((first, _WEEK_MINUTES))
            spans.append((0, last - _WEEK_MINUTES))
        else:
            spans.append((first, last))
    merged = list(union(spans))
    # A stretch running over the end of Sunday continues at Monday 00:00: join the two.
    if len(merged) > 1 and merged[0].start == 0 and merged[-1].end == _WEEK_MINUTES:
        head = merged.pop(0)
        tail = merged.pop()
        merged.append(type(head)(tail.start, _WEEK_MINUTES + head.end))
    days: list[list[Shift]] = [[] for _ in range(7)]
    for start, end in merged:
        for piece_start, piece_end in _person_days(start, end):
            weekday, minute = divmod(piece_start % _WEEK_MINUTES, MINUTES_PER_DAY)
            finish = minute + (piece_end - piece_start)
            days[weekday].append(
                Shift(minute, finish if finish <= MINUTES_PER_DAY else finish - MINUTES_PER_DAY)
            )
    return WeekHours.from_days(days)


def _person_days(start: int, end: int) -> list[tuple[int, int]]:
    """Split a stretch of week minutes into shifts no longer than a person-day.

    Stretches over a whole day are first cut at local midnights, then each piece into
    equal parts on 15-minute boundaries.
    """
    pieces: list[tuple[int, int]] = []
    if end - start > MINUTES_PER_DAY:
        cut = start
        while cut < end:
            following = min(end, (cut // MINUTES_PER_DAY + 1) * MINUTES_PER_DAY)
            pieces.append((cut, following))
            cut = following
    else:
        pieces.append((start, end))
    result: list[tuple[int, int]] = []
    for a, b in pieces:
        count = math.ceil((b - a) / PERSON_DAY_MINUTES)
        part = math.ceil((b - a) / count / 15) * 15
        cuts = [a + i * part for i in range(count)] + [b]
        result.extend((cuts[i], min(cuts[i + 1], b)) for i in range(count) if cuts[i] < b)
    return result
