"""A drift report's entries beyond its baseline: a local start that moves, hours left.

What ``planner.meetings.drift`` lists when a participant's local start changes or an
occurrence leaves someone's working hours. A module of their own: most reports (a range without a clock change or a conflict) make
neither.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.meetings.comfort import Comfort
    from planner.time.intervals import Instant


@dataclass(frozen=True, slots=True)
class TimeChange:
    """A participant's local start moves from this occurrence on.

    Attributes:
        day: the occurrence's date in the meeting zone.
        start: the occurrence's start instant.
        team: the team id.
        zone: the team's zone.
        before: the previous held occurrence's local start (``HH:MM``).
        after: this occurrence's local start (``HH:MM``).
        local: this occurrence's aware local start for the team.
        reason: the clock change behind it, e.g. ``America/New_York went forward to EDT
            (UTC-04:00)``; "" when no zone changed its offset.
    """

    day: date
    start: Instant
    team: str
    zone: str
    before: str
    after: str
    local: datetime
    reason: str


@dataclass(frozen=True, slots=True)
class OutsideTeam:
    """A participant outside working hours on one occurrence.

    Attributes:
        team: the team id.
        clock: its local start (``HH:MM``, ``+1``/``-1`` for another local date).
        local: the aware local start.
        comfort: how the time sits (early/late, night, day off).
        note: the holiday or "day off" when the local date is one, else "".
    """

    team: str
    clock: str
    local: datetime
    comfort: Comfort
    note: str


@dataclass(frozen=True, slots=True)
class OutsideOccurrence:
    """A held occurrence that leaves someone's working hours."""

    day: date
    start: Instant
    end: Instant
    teams: tuple[OutsideTeam, ...]
