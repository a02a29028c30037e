"""The backlog view of an async role, as ticket desks keep it: waits in vendor working time.

Messages arrive at an even pace through the client's working time; the vendor answers them
in order of arrival, through its own working time, at the same pace (one client working
minute's messages per vendor working minute). A message therefore waits behind the backlog
it finds: its wait, counted in vendor working minutes like a desk's business-hours clock,
is that backlog. Time when neither side works does not count; holidays and days off of
either side apply; the backlog carried into the range is built up from a week before it.

The view reports the share of messages answered within ``reply_within_hours`` of vendor
working time, the longest wait and the average wait.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from planner.time.intervals import Instant, Timeline

WARM_UP_SECONDS = 7 * 86400


@dataclass(frozen=True, slots=True)
class Backlog:
    """Waits of the client's messages in vendor working minutes over a range.

    Attributes:
        messages_minutes: client working minutes in the range (one message's worth each).
        within_minutes: those whose message is answered within the target (None: no target).
        max_wait_minutes: the longest wait in vendor working minutes.
        mean_wait_minutes: the average wait in vendor working minutes.
    """

    messages_minutes: float
    within_minutes: float | None
    max_wait_minutes: int
    mean_wait_minutes: float

    @property
    def within_percent(self) -> float | None:
        """Share of messages answered within the target (2 decimals), None without target or messages."""
        if self.within_minutes is None or not self.messages_minutes:
            return None
        return round(100 * self.within_minutes / self.messages_minutes, 2)


def backlog(
    client: Timeline,
    vendor: Timeline,
    start: Instant,
    end: Instant,
    reply_within_hours: float | None,
) -> Backlog:
    """Waits of messages arriving in ``[start, end)`` during ``client`` working time.

    ``client`` and ``vendor`` must be given from ``start - WARM_UP_SECONDS`` on.

    >>> from planner.time.intervals import Interval
    >>> day = 86400
    >>> c = tuple(Interval(d * day + 9 * 3600, d * day + 17 * 3600) for d in range(14))
    >>> v = tuple(Interval(d * day + 1 * 3600, d * day + 9 * 3600) for d in range(14))
    >>> b = backlog(c, v, 7 * day, 14 * day, 4)
    >>> b.within_percent, b.max_wait_minutes, b.mean_wait_minutes
    (50.0, 480, 240.0)
    """
    from planner.time.intervals import bounds_of

    return backlog_of_bounds(bounds_of(client), bounds_of(vendor), start, end, reply_within_hours)


def backlog_of_bounds(
    client: list[int],
    vendor: list[int],
    start: Instant,
    end: Instant,
    reply_within_hours: float | None,
) -> Backlog:
    """:func:`backlog` of working times given as flat bounds (``planner.time.intervals.Bounds``).

    >>> day = 86400
    >>> c = [x for d in range(14) for x in (d * day + 9 * 3600, d * day + 17 * 3600)]
    >>> v = [x for d in range(14) for x in (d * day + 1 * 3600, d * day + 9 * 3600)]
    >>> backlog_of_bounds(c, v, 7 * day, 14 * day, 4).max_wait_minutes
    480
    """
    from itertools import cycle, repeat

    target = None if reply_within_hours is None else reply_within_hours * 3600
    first = start - WARM_UP_SECONDS
    # Where either side starts or stops working (+1/-1 to its count), and the range's ends.
    events = [(first, 0, 0), (start, 0, 0), (end, 0, 0)]
    events += zip(_within(client, first, end), cycle((1, -1)), repeat(0))
    events += zip(_within(vendor, first, end), repeat(0), cycle((1, -1)))
    events.sort()
    queue = arrived = within = waited = longest = 0.0
    clients = vendors = 0
    previous = first
    for moment, client_step, vendor_step in events:
        if moment > end:
            break
        length = moment - previous
        if length > 0 and previous >= first:
            arriving, serving = clients > 0, vendors > 0
            if arriving and previous >= start:
                arrived += length
                if serving:  # the backlog stays as it is: every message waits the same
                    waited += queue * length
                    if queue > longest:
                        longest = queue
                    if target is not None and queue <= target:
                        within += length
                else:  # the backlog grows by each message that arrives
                    waited += queue * length + length * length / 2
                    if queue + length > longest:
                        longest = queue + length
                    if target is not None:
                        room = target - queue if target - queue > 0.0 else 0.0
                        within += room if room < length else length
            if arriving and not serving:
                queue += length
            elif serving and not arriving:
                queue = queue - length if queue - length > 0.0 else 0.0
        if moment > previous:
            previous = moment
        clients += client_step
        vendors += vendor_step
    return Backlog(
        messages_minutes=arrived / 60,
        within_minutes=None if target is None else within / 60,
        max_wait_minutes=math.ceil(longest / 60),
        mean_wait_minutes=round(waited / arrived / 60, 1) if arrived else 0.0,
    )


def _within(bounds: list[int], start: Instant, end: Instant) -> list[int]:
    """The pieces of flat bounds that touch ``[start, end]``, not clipped.

    >>> _within([0, 10, 20, 30, 40, 50], 10, 20)
    [0, 10, 20, 30]
    """
    low = bisect_left(bounds, start) // 2  # the first piece ending at or after ``start``
    high = (bisect_right(bounds, end) + 1) // 2  # after the last starting at or before ``end``
    return bounds[2 * low : 2 * high]
