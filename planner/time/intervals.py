"""Half-open intervals of UTC instants and their algebra, by linear merges.

An instant is a whole number of seconds since 1970-01-01T00:00Z (UTC, no leap seconds),
which keeps the algebra exact and fast. A *timeline* is a tuple of intervals that is
sorted, non-empty per interval, and merged: no two intervals touch or overlap.

*Bounds* are the compact form of a timeline that the analysis runs on at organisation
scale: one flat list of ints, ``[start0, end0, start1, end1, ...]``, with no object per
interval. ``bounds_of`` and ``timeline_of`` convert; the ``bounds_*`` functions are the
same algebra as their timeline namesakes (tests pin them to each other).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from itertools import repeat, starmap
from operator import sub
from typing import NamedTuple, overload

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

Bounds = list[int]
"""A timeline as ``[start0, end0, start1, end1, ...]``: sorted, merged, non-empty pieces."""


class CompactTimeline(Sequence[Interval]):
    """A timeline kept as flat bounds: reads like a tuple of intervals, equal to one.

    Intervals are made only when read one by one; output loops use ``bounds`` or
    :meth:`pieces` and make none.

    >>> t = CompactTimeline([0, 4, 5, 12])
    >>> t[1], len(t), t == ((0, 4), (5, 12))
    (Interval(start=5, end=12), 2, True)
    """

    __slots__ = ("bounds",)

    def __init__(self, bounds: Bounds) -> None:
        self.bounds = bounds

    def __len__(self) -> int:
        return len(self.bounds) // 2

    @overload
    def __getitem__(self, index: int) -> Interval: ...

    @overload
    def __getitem__(self, index: slice) -> Timeline: ...

    def __getitem__(self, index: int | slice) -> Interval | Timeline:
        if isinstance(index, slice):
            return timeline_of(self.bounds)[index]
        count = len(self.bounds) // 2
        if index < 0:
            index += count
        if not 0 <= index < count:
            raise IndexError("timeline index out of range")
        return Interval(self.bounds[2 * index], self.bounds[2 * index + 1])

    def __iter__(self) -> Iterator[Interval]:
        return iter(timeline_of(self.bounds))

    def pieces(self) -> Iterator[tuple[int, int]]:
        """``(start, end)`` of each interval, as plain tuples (the fast way to loop)."""
        pieces = iter(self.bounds)
        return zip(pieces, pieces, strict=True)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, CompactTimeline):
            return self.bounds == other.bounds
        if isinstance(other, tuple):
            return timeline_of(self.bounds) == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(timeline_of(self.bounds))

    def __repr__(self) -> str:
        return f"CompactTimeline({self.bounds!r})"


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


class _MinuteTexts(dict[int, str]):
    """Formatted minutes, each formatted once (output repeats the same instants many times)."""

    def __missing__(self, minute: int) -> str:
        if len(self) >= 1 << 18:
            self.clear()
        text = self[minute] = to_datetime(minute * 60).strftime("%Y-%m-%dT%H:%MZ")
        return text


MINUTE_TEXTS = _MinuteTexts()
"""``MINUTE_TEXTS[instant // 60]`` is ``format_instant(instant)`` (for loops over millions)."""


def format_instant(value: Instant) -> str:
    """ISO 8601 UTC with a ``Z`` at minute precision, as the JSON output uses.

    >>> format_instant(1798761600), format_instant(1798761600 + 59)
    ('2027-01-01T00:00Z', '2027-01-01T00:00Z')
    """
    return MINUTE_TEXTS[value // 60]


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
    if isinstance(timeline, CompactTimeline):
        return bounds_seconds(timeline.bounds)
    negative: int = sum(starmap(sub, timeline))
    return -negative


def contains(timeline: Timeline, start: Instant, end: Instant) -> bool:
    """True when ``[start, end)`` lies wholly inside one interval of the timeline.

    >>> contains(((0, 10),), 2, 10), contains(((0, 5), (6, 9)), 4, 7)
    (True, False)
    """
    index = bisect_right(timeline, (start, 2**63)) - 1
    return index >= 0 and timeline[index][0] <= start and end <= timeline[index][1]


def bounds_of(timeline: Iterable[tuple[int, int]]) -> Bounds:
    """The flat bounds of a timeline.

    >>> bounds_of(((0, 4), (5, 12)))
    [0, 4, 5, 12]
    """
    return [instant for piece in timeline for instant in piece]


def timeline_of(bounds: Sequence[int]) -> Timeline:
    """The timeline of flat bounds.

    >>> timeline_of([0, 4, 5, 12])
    (Interval(start=0, end=4), Interval(start=5, end=12))
    """
    pieces = iter(bounds)
    return tuple(map(tuple.__new__, repeat(Interval), zip(pieces, pieces, strict=True)))


def bounds_union_sorted(pieces: Iterable[tuple[int, int]]) -> Bounds:
    """Merge intervals already sorted by start (empty ones are dropped) into bounds.

    >>> bounds_union_sorted([(0, 3), (3, 4), (5, 9), (8, 12), (20, 20)])
    [0, 4, 5, 12]
    """
    from itertools import chain
    from operator import lt

    flat = list(chain.from_iterable(pieces))
    if all(map(lt, flat, flat[1:])):  # already apart, none empty: nothing to merge
        return flat
    merged: Bounds = []
    append = merged.append
    last = None
    ends = iter(flat)
    for start, end in zip(ends, ends, strict=True):
        if end <= start:
            continue
        if last is not None and start <= last:
            if end > last:
                merged[-1] = last = end
        else:
            append(start)
            append(end)
            last = end
    return merged


def bounds_intersection(a: Sequence[int], b: Sequence[int]) -> Bounds:
    """Instants in both: the linear merge of :func:`intersection` on flat bounds.

    Each step reads only the piece that moves on; a piece that ends before the other
    begins is passed over without a comparison of its own.

    >>> bounds_intersection([0, 10, 20, 30], [5, 25])
    [5, 10, 20, 25]
    """
    result: Bounds = []
    append = result.append
    count_a, count_b = len(a), len(b)
    if not count_a or not count_b:
        return result
    i = j = 0
    a_start, a_end, b_start, b_end = a[0], a[1], b[0], b[1]
    while True:
        if a_end <= b_start:
            i += 2
            if i == count_a:
                break
            a_start, a_end = a[i], a[i + 1]
        elif b_end <= a_start:
            j += 2
            if j == count_b:
                break
            b_start, b_end = b[j], b[j + 1]
        else:
            append(a_start if a_start > b_start else b_start)
            if a_end < b_end:
                append(a_end)
                i += 2
                if i == count_a:
                    break
                a_start, a_end = a[i], a[i + 1]
            else:
                append(b_end)
                j += 2
                if j == count_b:
                    break
                b_start, b_end = b[j], b[j + 1]
    return result


def bounds_difference(a: Sequence[int], b: Sequence[int]) -> Bounds:
    """Instants in ``a`` but not in ``b``, on flat bounds (:func:`difference`).

    >>> bounds_difference([0, 10], [2, 3, 5, 7])
    [0, 2, 3, 5, 7, 10]
    """
    result: Bounds = []
    append = result.append
    j = 0
    count_b = len(b)
    for index in range(0, len(a), 2):
        cursor = a[index]
        end = a[index + 1]
        while j < count_b and b[j + 1] <= cursor:
            j += 2
        k = j
        while k < count_b and b[k] < end:
            if b[k] > cursor:
                append(cursor)
                append(b[k])
            if b[k + 1] > cursor:
                cursor = b[k + 1]
            if cursor >= end:
                break
            k += 2
        if cursor < end:
            append(cursor)
            append(end)
    return result


def bounds_clip(bounds: Sequence[int], start: Instant, end: Instant) -> Bounds:
    """The part of flat bounds inside ``[start, end)``, found by bisection (:func:`clip`).

    >>> bounds_clip([0, 10, 20, 30], 5, 25)
    [5, 10, 20, 25]
    """
    if end <= start:
        return []
    first = bisect_right(bounds, start)
    last = bisect_left(bounds, end)
    result = list(bounds[first & ~1 : last + (last & 1)])
    if first & 1:
        result[0] = start
    if last & 1:
        result[-1] = end
    return result


def bounds_seconds(bounds: Sequence[int]) -> int:
    """Total length of flat bounds in seconds.

    >>> bounds_seconds([0, 10, 20, 25])
    15
    """
    return sum(bounds[1::2]) - sum(bounds[0::2])
