"""The analysed range: instants and the local dates it was given as; the default week."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from planner.time.intervals import Instant
from planner.time.local import day_range


@dataclass(frozen=True, slots=True)
class Range:
    """The analysed range ``[start, end)`` and the local dates it was given as."""

    start: Instant
    end: Instant
    zone: str
    first: date
    last: date

    @classmethod
    def of_days(cls, zone: str, first: date, last: date) -> Range:
        """``[first 00:00, last + 1 00:00)`` in ``zone``."""
        start, end = day_range(zone, first, last)
        return cls(start, end, zone, first, last)


def default_range(zone: str, today: date) -> Range:
    """The current week, Monday to Sunday, in ``zone``."""
    monday = today - timedelta(days=today.weekday())
    return Range.of_days(zone, monday, monday + timedelta(days=6))
