"""The occurrences a meeting's VEVENT is written from: wall start, instants, skip reason."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, tzinfo
from typing import TYPE_CHECKING, NamedTuple

from planner.calendar.moved import moved_dates
from planner.calendar.offsets import DAY, zone_offsets
from planner.meetings.skips import skip_reasons
from planner.plan.meeting import Meeting
from planner.plan.model import Plan
from planner.plan.recurrence import wall_starts
from planner.time.zones import load_zone

if TYPE_CHECKING:
    from planner.time.intervals import Instant

_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


class ExportedOccurrence(NamedTuple):
    """One occurrence as the export sees it (a tuple: a series makes thousands).

    Attributes:
        wall: start as wall time in the meeting's zone (naive).
        start: first instant (UTC seconds).
        end: instant after the meeting.
        reason: why it is skipped, "" when it is not.
    """

    wall: datetime
    start: Instant
    end: Instant
    reason: str


def wall_instant(wall: datetime, zone: tzinfo) -> Instant:
    """The instant of a naive wall time in a zone (fold=0, as RFC 5545 reads it).

    >>> from zoneinfo import ZoneInfo
    >>> wall_instant(datetime(2027, 3, 14, 2, 30), ZoneInfo("America/New_York"))  # skipped: 03:30 EDT
    1805009400
    """
    return int(wall.replace(tzinfo=zone).timestamp())


def wall_instants(zone_name: str, walls: Sequence[datetime]) -> list[Instant]:
    """The instants of naive wall times in a zone: :func:`wall_instant` of each.

    From a table of the zone's offsets (:mod:`planner.calendar.offsets`); a wall time the
    clocks skip or repeat, or one with microseconds, is asked of :mod:`zoneinfo`.

    >>> wall_instants("America/New_York", [datetime(2027, 3, 13, 2, 30), datetime(2027, 3, 14, 2, 30)])
    [1804923000, 1805009400]
    """
    if not walls:
        return []
    seconds = [
        (wall.toordinal() - _EPOCH_ORDINAL) * DAY
        + wall.hour * 3600
        + wall.minute * 60
        + wall.second
        for wall in walls
    ]
    table = zone_offsets(zone_name, min(seconds) - DAY, max(seconds) + DAY)
    return [
        at if at is not None and not wall.microsecond else wall_instant(wall, load_zone(zone_name))
        for wall, at in zip(walls, table.instants(seconds), strict=True)
    ]


def exported_occurrences(
    plan: Plan, meeting: Meeting, zone: str, horizon: date | None
) -> list[ExportedOccurrence]:
    """Every occurrence of a finite series, or those through ``horizon`` of an open one.

    A moved occurrence is held at its new time (an override), never skipped; the others
    are skipped as :func:`planner.meetings.occurrences.skip_reason` says.

    >>> from datetime import time
    >>> from planner.plan.hours import WeekHours
    >>> from planner.plan.meeting import Repeat
    >>> from planner.plan.model import Team
    >>> hours = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    >>> plan = Plan(teams=(Team("a", "client", "UTC", hours, holidays="US"),
    ...                    Team("b", "vendor", "UTC", hours)))
    >>> m = Meeting("m", "M", ("a", "b"), 30, date(2027, 7, 1), time(9), repeat=Repeat("daily", count=5))
    >>> [(o.wall.day, o.reason) for o in exported_occurrences(plan, m, "UTC", None)][3:]
    [(4, 'a 2027-07-04: Independence Day'), (5, 'a 2027-07-05: Independence Day (observed)')]
    """
    # A finite series ends by itself: date.max only means "no other bound".
    walls = list(wall_starts(meeting, meeting.start_date, horizon or date.max))
    duration = meeting.duration_minutes * 60
    begins = wall_instants(zone, walls)
    reasons = skip_reasons(plan, meeting, begins)
    moved = moved_dates(meeting)
    return [
        ExportedOccurrence(
            wall, begin, begin + duration, "" if moved and wall.date() in moved else reason
        )
        for wall, begin, reason in zip(walls, begins, reasons, strict=True)
    ]
