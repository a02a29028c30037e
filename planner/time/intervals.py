"""Half-open intervals of UTC instants and their algebra, by linear merges.

An instant is a whole number of seconds since 1970-01-01T00:00Z (UTC, no leap seconds),
which keeps the algebra exact and fast. A *timeline* is a tuple of intervals that is
sorted, non-empty per interval, and merged: no two intervals touch or overlap.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import NamedTuple

Instant = int


class Interval(NamedTuple):
    """``[start, end)`` in UTC seconds since the epoch."""

    start: Instant
    end: Instant

    @property
    def seconds(self) -> int:
        """Length in seconds."""
        return self.end - self.start


Timeline = tuple[Interval, ...]


def instant(moment: datetime) -> Instant:
    """The instant of an aware datetime.

    >>> instant(datetime(2027, 1, 1, tzinfo=UTC))
    1798761600
    """
    if moment.tzinfo is None:
        raise ValueError("instant() needs an aware datetime")
    return int(moment.timestamp())


def to_datetime(value: Instant) -> datetime:
    """The aware UTC datetime of an instant.

    >>> to_datetime(1798761600).isoformat()
    '2027-01-01T00:00:00+00:00'
    """
    return datetime.fromtimestamp(value, tz=UTC)


def format_instant(value: Instant) -> str:
    """ISO 8601 UTC with a ``Z`` at minute precision, as the JSON output uses.

    >>> format_instant(1798761600)
    '2027-01-01T00:00Z'
    """
    return to_datetime(value).strftime("%Y-%m-%dT%H:%MZ")


def union(intervals: Iterable[tuple[int, int]]) -> Timeline:
    """Merge any intervals (unsorted, overlapping, empty) into a timeline.

    >>> union([(5, 9), (0, 3), (3, 4), (8, 12), (20, 20)])
    (Interval(start=0, end=4), Interval(start=5, end=12))
    """
    merged: list[Interval] = []
    for start, end in sorted(intervals):
        if end <= start:
            continue
        if merged and start <= merged[-1].end:
            if end > merged[-1].end:
                merged[-1] = Interval(merged[-1].start, end)
        else:
            merged.append(Interval(start, end))
    return tuple(merged)


def intersection(a: Timeline, b: Timeline) -> Timeline:
    """Instants in both timelines.

    >>> intersection(((0, 10), (20, 30)), ((5, 25),))
    (Interval(start=5, end=10), Interval(start=20, end=25))
    """
    result: list[Interval] = []
    append = result.append
    make = Interval._make
    i = j = 0
    count_a, count_b = len(a), len(b)
    while i < count_a and j < count_b:
        a_start, a_end = a[i]
        b_start, b_end = b[j]
        start = a_start if a_start > b_start else b_start
        if a_end < b_end:
            end = a_end
            i += 1
        else:
            end = b_end
            j += 1
        if start < end:
            append(make((start, end)))
    return tuple(result)


def difference(a: Timeline, b: Timeline) -> Timeline:
    """Instants in ``a`` but not in ``b``.

    >>> difference(((0, 10),), ((2, 3), (5, 7)))
    (Interval(start=0, end=2), Interval(start=3, end=5), Interval(start=7, end=10))
    """
    result: list[Interval] = []
    j = 0
    for start, end in a:
        cursor = start
        while j < len(b) and b[j][1] <= cursor:
            j += 1
        k = j
        while k < len(b) and b[k][0] < end:
            if b[k][0] > cursor:
                result.append(Interval(cursor, b[k][0]))
            cursor = max(cursor, b[k][1])
            if cursor >= end:
                break
            k += 1
        if cursor < end:
            result.append(Interval(cursor, end))
    return tuple(result)


def clip(timeline: Timeline, start: Instant, end: Instant) -> Timeline:
    """The part of a timeline inside ``[start, end)``, found by bisection.

    >>> clip(((0, 10), (20, 30)), 5, 25)
    (Interval(start=5, end=10), Interval(start=20, end=25))
    """
    result: list[Interval] = []
    index = max(bisect_right(timeline, (start, 2**63)) - 1, 0)
    for position in range(index, len(timeline)):
        a, b = timeline[position]
        if a >= end:
            break
        if b > start:
            result.append(Interval(a if a > start else start, b if b < end else end))
    return tuple(result)


def total_seconds(timeline: Iterable[tuple[int, int]]) -> int:
    """Sum of the lengths.

    >>> total_seconds(((0, 10), (20, 25)))
    15
    """
    return sum(end - start for start, end in timeline)


def contains(timeline: Timeline, start: Instant, end: Instant) -> bool:
    """True when ``[start, end)`` lies wholly inside one interval of the timeline.

    >>> contains(((0, 10),), 2, 10), contains(((0, 5), (6, 9)), 4, 7)
    (True, False)
    """
    index = bisect_right(timeline, (start, 2**63)) - 1
    return index >= 0 and timeline[index][0] <= start and end <= timeline[index][1]


def next_start_at_or_after(timeline: Timeline, moment: Instant) -> Instant | None:
    """The first instant at or after ``moment`` that lies in the timeline, or None.

    >>> next_start_at_or_after(((0, 10), (20, 30)), 12), next_start_at_or_after(((0, 10),), 5)
    (20, 5)
    """
    index = bisect_right(timeline, (moment, 2**63)) - 1
    if index >= 0 and timeline[index][1] > moment:
        return moment
    if index + 1 < len(timeline):
        return timeline[index + 1][0]
    return None
