"""A zone's UTC offsets over a span as a sorted table, for instants looked up by the thousand.

``datetime.fromtimestamp(at, zone)`` costs about a microsecond and builds an object; the
export asks it for every occurrence and every team. Between two changes of offset the
offset is constant, so the table holds the instants of the changes within the span
(:func:`planner.time.tzif.offset_changes`, read from the same TZif file as
:mod:`zoneinfo`) and the offset :mod:`zoneinfo` gives from each of them on: a lookup is one
bisection and agrees with :mod:`zoneinfo` at every instant of the span.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from planner.time.tzif import offset_changes
from planner.time.zones import load_zone

if TYPE_CHECKING:
    from planner.time.intervals import Instant

DAY = 86400
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


@dataclass(frozen=True, slots=True)
class ZoneOffsets:
    """The UTC offsets of a zone over ``[low, high]``.

    Attributes:
        low: first instant covered.
        high: last instant covered.
        changes: instants at which the offset changes, sorted, all in ``(low, high]``.
        offsets: the offset (seconds) before the first change, then from each change on.
        skipped_or_repeated: for each change, the wall times (seconds since 1970-01-01
            00:00 as if UTC) that the clocks skip or repeat there, ``[first, end)``; None
            when two of them touch (then :meth:`instants` answers nothing).
    """

    low: Instant
    high: Instant
    changes: tuple[Instant, ...]
    offsets: tuple[int, ...]
    skipped_or_repeated: tuple[tuple[int, ...], tuple[int, ...]] | None

    @classmethod
    def of(cls, zone_name: str, low: Instant, high: Instant) -> ZoneOffsets:
        """The table of ``zone_name`` over ``[low, high]``.

        >>> table = ZoneOffsets.of("Europe/Kyiv", 1798761600, 1830297600)
        >>> table.offsets, [table.offset(at) for at in (1798761600, 1810000000, 1830297600)]
        ((7200, 10800, 7200), [7200, 10800, 7200])
        """
        zone = load_zone(zone_name)
        changes = tuple(at for at, _ in offset_changes(zone_name, low + 1, high))
        offsets = tuple(
            _seconds(datetime.fromtimestamp(at, zone).utcoffset()) for at in (low, *changes)
        )
        firsts = tuple(at + min(offsets[i], offsets[i + 1]) for i, at in enumerate(changes))
        ends = tuple(at + max(offsets[i], offsets[i + 1]) for i, at in enumerate(changes))
        apart = all(ends[i] < firsts[i + 1] for i in range(len(changes) - 1))
        return cls(low, high, changes, offsets, (firsts, ends) if apart else None)

    def offset(self, at: Instant) -> int:
        """The UTC offset (seconds) at ``at``, an instant of ``[low, high]``."""
        assert self.low <= at <= self.high, (at, self.low, self.high)
        return self.offsets[bisect.bisect_right(self.changes, at)]

    def instants(self, walls: Iterable[int]) -> list[Instant | None]:
        """The instant of each wall time that the clocks neither skip nor repeat, else None.

        ``walls``: seconds since 1970-01-01 00:00 as if the wall times were UTC. Such a
        wall time has one instant, the one :mod:`zoneinfo` gives with either ``fold``; a
        wall time the clocks skip or repeat (or one outside the table) is left to the
        caller (RFC 5545's rule, fold=0).

        >>> table = ZoneOffsets.of("America/New_York", 1798761600, 1830297600)
        >>> spring = 1805007600 - 5 * 3600  # 2027-03-14 02:00, as if UTC
        >>> table.instants([spring - 60, spring, spring + 3600])
        [1805007540, None, 1805007600]
        """
        windows = self.skipped_or_repeated
        if windows is None:
            return [None for _ in walls]
        firsts, ends = windows
        offsets, low, high = self.offsets, self.low, self.high
        result: list[Instant | None] = []
        for wall in walls:
            index = bisect.bisect_right(firsts, wall)
            at = wall - offsets[index]
            if (index and wall < ends[index - 1]) or not low <= at <= high:
                result.append(None)
            else:
                result.append(at)
        return result


def zone_offsets(zone_name: str, low: Instant, high: Instant) -> ZoneOffsets:
    """A table of ``zone_name`` covering ``[low, high]``: whole UTC years, kept for reuse.

    >>> zone_offsets("Asia/Kathmandu", 1798761600, 1798761600).offset(1798761600)
    20700
    """
    return _years(zone_name, _year(low), _year(high))


def _year(at: Instant) -> int:
    return date.fromordinal(at // DAY + _EPOCH_ORDINAL).year


@functools.lru_cache(maxsize=256)
def _years(zone_name: str, first: int, last: int) -> ZoneOffsets:
    low = (date(first, 1, 1).toordinal() - _EPOCH_ORDINAL) * DAY
    high = (date(last + 1, 1, 1).toordinal() - _EPOCH_ORDINAL) * DAY - 1
    return ZoneOffsets.of(zone_name, low, high)


def _seconds(delta: timedelta | None) -> int:
    assert delta is not None, "an aware datetime has an offset"
    return delta.days * DAY + delta.seconds
