"""A zone's UTC offsets over real time: its changes (DST) to the second, its whole local hours."""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass
from datetime import timedelta

from planner.time.intervals import Instant
from planner.time.local import local_datetime
from planner.time.zones import format_offset

DAY_SECONDS = 86400


@dataclass(frozen=True, slots=True)
class OffsetChange:
    """A change of a zone's UTC offset (a DST transition) at ``instant``."""

    zone: str
    instant: Instant
    before: str
    after: str

    @property
    def text(self) -> str:
        """E.g. ``America/New_York UTC-05:00 -> UTC-04:00``."""
        return f"{self.zone} UTC{self.before} \u2192 UTC{self.after}"


@dataclass(frozen=True, slots=True)
class HourTick:
    """A whole local hour of some zone: where it is and which hour (0-23) it is."""

    instant: Instant
    hour: int


def offset_at(zone: str, moment: Instant) -> int:
    """The zone's UTC offset at an instant, in seconds."""
    found = local_datetime(zone, moment).utcoffset()
    return int(found.total_seconds()) if found is not None else 0


def _find_change(zone: str, low: Instant, high: Instant) -> Instant:
    """The first instant in ``(low, high]`` whose offset differs from ``low``'s (bisection)."""
    before = offset_at(zone, low)
    while high - low > 1:
        middle = (low + high) // 2
        if offset_at(zone, middle) == before:
            low = middle
        else:
            high = middle
    return high


@functools.lru_cache(maxsize=4096)
def offset_changes(zone: str, start: Instant, end: Instant) -> tuple[OffsetChange, ...]:
    """The zone's UTC offset changes inside ``[start, end)``, to the second.

    The zone is sampled every 12 hours and each change found is bisected, so transitions
    closer than 12 hours to each other (none exist in tzdata's current rules) would merge.

    >>> from datetime import date
    >>> from planner.time.local import day_range
    >>> a, b = day_range("America/New_York", date(2027, 3, 14), date(2027, 3, 14))
    >>> [c.text for c in offset_changes("America/New_York", a, b)]
    ['America/New_York UTC-05:00 \u2192 UTC-04:00']
    """
    result: list[OffsetChange] = []
    step = DAY_SECONDS // 2
    low = start
    previous = offset_at(zone, low)
    while low < end - 1:
        high = min(low + step, end - 1)
        current = offset_at(zone, high)
        if current != previous:
            moment = _find_change(zone, low, high)
            result.append(
                OffsetChange(
                    zone,
                    moment,
                    format_offset(timedelta(seconds=previous)),
                    format_offset(timedelta(seconds=current)),
                )
            )
        previous = current
        low = high
    return tuple(result)


def constant_offset_pieces(
    zone: str, start: Instant, end: Instant
) -> list[tuple[Instant, Instant, int]]:
    """``[start, end)`` cut where the zone's offset changes: (from, to, offset seconds)."""
    cuts = [start, *(c.instant for c in offset_changes(zone, start, end)), end]
    return [(a, b, offset_at(zone, a)) for a, b in itertools.pairwise(cuts) if a < b]


@functools.lru_cache(maxsize=4096)
def hour_ticks(zone: str, start: Instant, end: Instant) -> tuple[HourTick, ...]:
    """Every whole local hour of a zone inside ``[start, end)``.

    A repeated hour (clocks going back) appears twice, a skipped one not at all.

    >>> from datetime import date
    >>> from planner.time.local import day_range
    >>> a, b = day_range("UTC", date(2027, 1, 4), date(2027, 1, 4))
    >>> [t.hour for t in hour_ticks("Asia/Kathmandu", a, b)][:3]
    [6, 7, 8]
    """
    ticks: list[HourTick] = []
    for a, b, offset in constant_offset_pieces(zone, start, end):
        local = -(-(a + offset) // 3600) * 3600
        while local - offset < b:
            ticks.append(HourTick(local - offset, (local // 3600) % 24))
            local += 3600
    return tuple(ticks)


def offset_text(zone: str, start: Instant, end: Instant) -> str:
    """``UTC+08:00``, or ``UTC-05:00 -> UTC-04:00`` when the offset changes in the range."""
    first = format_offset(timedelta(seconds=offset_at(zone, start)))
    return f"UTC{first}" + "".join(
        f" \u2192 UTC{c.after}" for c in offset_changes(zone, start, end)
    )
