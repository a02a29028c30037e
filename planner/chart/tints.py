"""Working time tinted by the team's local hours: night, early, day or late."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from planner.chart.offsets import DAY_SECONDS, constant_offset_pieces
from planner.time.intervals import Instant, Timeline
from planner.time.local import MINUTES_PER_DAY

Tint = Literal["day", "early", "late", "night"]


#: Local wall-time bands (minutes after local midnight) that tint working time.
#: Night is 22:00-06:00, early 06:00-08:00, late 19:00-22:00; the rest is an ordinary day.
NIGHT_END = 6 * 60
EARLY_END = 8 * 60
LATE_START = 19 * 60
NIGHT_START = 22 * 60
BANDS: tuple[tuple[int, int, Tint], ...] = (
    (0, NIGHT_END, "night"),
    (NIGHT_END, EARLY_END, "early"),
    (EARLY_END, LATE_START, "day"),
    (LATE_START, NIGHT_START, "late"),
    (NIGHT_START, MINUTES_PER_DAY, "night"),
)


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of working time with one tint (its local hours' class)."""

    start: Instant
    end: Instant
    tint: Tint


def band_cuts(zone: str, start: Instant, end: Instant) -> list[tuple[Instant, Instant, Tint]]:
    """``[start, end)`` cut at the zone's local band boundaries, each piece with its tint."""
    result: list[tuple[Instant, Instant, Tint]] = []
    for a, b, offset in constant_offset_pieces(zone, start, end):
        cursor = a
        while cursor < b:
            local_day, second = divmod(cursor + offset, DAY_SECONDS)
            minute = second // 60
            for band_start, band_end, tint in BANDS:
                if band_start <= minute < band_end:
                    stop = min(b, local_day * DAY_SECONDS + band_end * 60 - offset)
                    if result and result[-1][2] == tint and result[-1][1] == cursor:
                        result[-1] = (result[-1][0], stop, tint)
                    else:
                        result.append((cursor, stop, tint))
                    cursor = stop
                    break
    return result


def tint_segments(zone: str, working: Timeline) -> tuple[Segment, ...]:
    """Working time split by the local band (night, early, day, late) it falls in.

    >>> from datetime import date
    >>> from planner.time.local import day_range
    >>> a, b = day_range("UTC", date(2027, 1, 4), date(2027, 1, 4))
    >>> [(s.tint, (s.end - s.start) // 3600) for s in tint_segments("UTC", ((a + 5 * 3600, a + 9 * 3600),))]
    [('night', 1), ('early', 2), ('day', 1)]
    """
    return tuple(
        Segment(a, b, tint) for start, end in working for a, b, tint in band_cuts(zone, start, end)
    )
