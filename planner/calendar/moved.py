"""Moved occurrences in the iCalendar export: a RECURRENCE-ID override at the new time.

A meeting's ``moved`` entries (``plan-format.md``) hold single occurrences of a series at
another time. Each becomes a VEVENT with the series' UID whose RECURRENCE-ID names the wall
time the occurrence has in the series and whose DTSTART/DTEND give the new time, as every
calendar client expects of an occurrence moved in its own user interface (RFC 5545 3.8.4.4).
The new time is written in the meeting's TZID, or in UTC when the clocks skip or repeat it
or change during it (the readers disagree about such wall times, see ``ical.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from planner.plan.meeting import Meeting
from planner.plan.recurrence import wall_starts
from planner.time.zones import load_zone

if TYPE_CHECKING:
    from planner.time.intervals import Instant


def moved_dates(meeting: Meeting) -> frozenset[date]:
    """The series dates whose occurrence is held elsewhere (neither EXDATE nor a plain one).

    >>> from datetime import time
    >>> from planner.plan.meeting import Repeat
    >>> from planner.plan.moved import MovedOccurrence
    >>> m = Meeting("w", "W", ("a", "b"), 30, date(2027, 1, 5), time(9), repeat=Repeat("weekly"),
    ...             moved=(MovedOccurrence(date(2027, 1, 12), datetime(2027, 1, 13, 10)),))
    >>> sorted(moved_dates(m))
    [datetime.date(2027, 1, 12)]
    """
    return frozenset(m.original for m in meeting.moved)


def _wall(moment: datetime) -> str:
    return f"{moment:%Y%m%dT%H%M%S}"


def _utc(moment: Instant) -> str:
    return f"{datetime.fromtimestamp(moment, UTC):%Y%m%dT%H%M%SZ}"


def moved_times(meeting: Meeting, zone: str) -> list[tuple[datetime, datetime, Instant, Instant]]:
    """(series wall start, new wall start, new start, new end) of each moved occurrence."""
    info = load_zone(zone)
    duration = meeting.duration_minutes * 60
    result = []
    for move in meeting.moved:
        original = next(wall_starts(meeting, move.original, move.original), None)
        if original is None:
            continue
        begin = int(move.start.replace(tzinfo=info).timestamp())
        result.append((original, move.start, begin, begin + duration))
    return result


def _plain_wall_time(wall: datetime, zone: str, end: Instant) -> bool:
    """True when the clocks neither skip nor repeat ``wall`` and keep one offset until ``end``."""
    info = load_zone(zone)
    first = wall.replace(tzinfo=info, fold=0)
    if first.utcoffset() != wall.replace(tzinfo=info, fold=1).utcoffset():
        return False
    end_local = datetime.fromtimestamp(end, info)
    if end_local.utcoffset() != first.utcoffset():
        return False
    later = end_local.replace(tzinfo=None)
    return (
        later.replace(tzinfo=info, fold=0).utcoffset()
        == later.replace(tzinfo=info, fold=1).utcoffset()
    )


def moved_override_lines(
    meeting: Meeting, zone: str, uid: str, stamp: str, body: Sequence[str]
) -> list[str]:
    """The override VEVENTs of a meeting's moved occurrences, unfolded content lines.

    >>> from datetime import time
    >>> from planner.plan.meeting import Repeat
    >>> from planner.plan.moved import MovedOccurrence
    >>> m = Meeting("w", "W", ("a", "b"), 30, date(2027, 3, 9), time(10, 30),
    ...             repeat=Repeat("weekly", count=3),
    ...             moved=(MovedOccurrence(date(2027, 3, 16), datetime(2027, 3, 17, 11)),))
    >>> moved_override_lines(m, "America/New_York", "w@x", "DTSTAMP:20270101T000000Z", [])[3:6]
    ['RECURRENCE-ID;TZID=America/New_York:20270316T103000', 'DTSTART;TZID=America/New_York:20270317T110000', 'DTEND;TZID=America/New_York:20270317T113000']
    """
    lines: list[str] = []
    duration = timedelta(minutes=meeting.duration_minutes)
    for original, wall, begin, end in moved_times(meeting, zone):
        if _plain_wall_time(wall, zone, end):
            times = [
                f"DTSTART;TZID={zone}:{_wall(wall)}",
                f"DTEND;TZID={zone}:{_wall(wall + duration)}",
            ]
        else:
            times = [f"DTSTART:{_utc(begin)}", f"DTEND:{_utc(end)}"]
        lines.extend(
            [
                "BEGIN:VEVENT",
                f"UID:{uid}",
                stamp,
                f"RECURRENCE-ID;TZID={zone}:{_wall(original)}",
                *times,
                *body,
                "END:VEVENT",
            ]
        )
    return lines


def moved_note(meeting: Meeting, zone: str) -> str:
    """The description's paragraph about moved occurrences ("" when none is moved).

    >>> from datetime import time
    >>> from planner.plan.meeting import Repeat
    >>> from planner.plan.moved import MovedOccurrence
    >>> m = Meeting("w", "W", ("a", "b"), 30, date(2027, 3, 9), time(10, 30),
    ...             repeat=Repeat("weekly"),
    ...             moved=(MovedOccurrence(date(2027, 3, 16), datetime(2027, 3, 17, 11)),))
    >>> print(moved_note(m, "America/New_York"))
    Moved (America/New_York):
    - 2027-03-16 10:30 is held on Wed 2027-03-17 11:00
    """
    if not meeting.moved:
        return ""
    lines = [f"Moved ({zone}):"]
    for original, wall, _, _ in moved_times(meeting, zone):
        lines.append(f"- {original:%Y-%m-%d %H:%M} is held on {wall:%a %Y-%m-%d %H:%M}")
    return "\n".join(lines)


def moved_span_end(meeting: Meeting, zone: str) -> Instant | None:
    """The latest end of a moved occurrence (the VTIMEZONE must reach it), or None."""
    return max((end for *_, end in moved_times(meeting, zone)), default=None)
