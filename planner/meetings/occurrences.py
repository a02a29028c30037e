"""Meeting occurrences in a range: instants, conflicts with working hours, skipped holidays."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from planner.meetings.skips import skip_reason as skip_reason  # importable from here too
from planner.meetings.skips import skip_reasons
from planner.plan.meeting import Meeting
from planner.plan.model import Plan
from planner.plan.recurrence import wall_starts
from planner.schedule.working_time import working_time
from planner.time.local import local_date
from planner.time.zones import load_zone

if TYPE_CHECKING:
    from planner.time.intervals import Instant, Timeline


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One occurrence of a meeting.

    Attributes:
        meeting_id: the meeting's id.
        wall: the start as wall time in the meeting's zone (aware, fold=0).
        start: first instant (UTC seconds).
        end: instant after the meeting (UTC seconds).
        conflicts: ids of participating teams not working for the whole meeting.
        skipped: True when a participant's holiday or day off removes it.
        reason: why it is skipped ("" when it is not).
        original: for an occurrence moved away from its place in the series (the
            meeting's ``moved``), the wall start it had there; None otherwise.
    """

    meeting_id: str
    wall: datetime
    start: Instant
    end: Instant
    conflicts: tuple[str, ...]
    skipped: bool
    reason: str
    original: datetime | None = None

    @property
    def moved(self) -> bool:
        """True when this occurrence was moved from its place in the series."""
        return self.original is not None

    @property
    def ok(self) -> bool:
        """True when every participating team works for the whole meeting."""
        return not self.conflicts


def occurrence_instants(
    plan: Plan, meeting: Meeting, start: Instant, end: Instant
) -> list[tuple[datetime, Instant, Instant, datetime | None]]:
    """(wall start, start, end, original) of the occurrences starting inside ``[start, end)``.

    A moved occurrence (the meeting's ``moved``) counts at its new start; ``original`` is
    the wall start it had in the series (None for the others).
    """
    from planner.time.local import EPOCH_ORDINAL, midnight_offsets_from

    zone_name = plan.meeting_zone(meeting)
    zone = load_zone(zone_name)
    first_day = local_date(zone_name, start) - timedelta(days=1)
    last_day = local_date(zone_name, end) + timedelta(days=1)
    result: list[tuple[datetime, Instant, Instant, datetime | None]] = []
    duration = meeting.duration_minutes * 60
    moved = {m.original: m for m in meeting.moved}
    # Each start from the zone's midnight offsets (fold=0) where the offset is the same at
    # its date's midnight and the next one; zoneinfo for the others.
    first_ordinal = first_day.toordinal()
    offsets = midnight_offsets_from(zone_name, first_day, (last_day - first_day).days + 2)
    for wall in wall_starts(meeting, first_day, last_day):
        day = wall.date()
        if day in moved:
            continue
        aware = wall.replace(tzinfo=zone)
        index = day.toordinal() - first_ordinal
        offset = offsets[index]
        if offset == offsets[index + 1] and not wall.microsecond:
            seconds = wall.hour * 3600 + wall.minute * 60 + wall.second
            begin = (index + first_ordinal - EPOCH_ORDINAL) * 86400 + seconds - offset
        else:
            begin = int(aware.timestamp())
        if start <= begin < end:
            result.append((aware, begin, begin + duration, None))
    if moved:
        for move in meeting.moved:
            aware = move.start.replace(tzinfo=zone)
            begin = int(aware.timestamp())
            if start <= begin < end:
                original = next(wall_starts(meeting, move.original, move.original), None)
                if original is not None:
                    result.append((aware, begin, begin + duration, original))
        result.sort(key=lambda found: found[1])
    return result


def not_working(
    working: Sequence[tuple[str, Sequence[int]]], begin: Instant, finish: Instant
) -> tuple[str, ...]:
    """The teams of ``working`` (id, flat bounds) not working for the whole of ``[begin, finish)``.

    An occurrence's ``conflicts``: ``[begin, finish)`` does not lie inside one of the team's
    pieces.

    >>> not_working([("a", [0, 100]), ("b", [0, 50, 60, 100])], 40, 70)
    ('b',)
    """
    return tuple(
        t
        for t, pieces in working
        if not (position := bisect_right(pieces, begin)) & 1 or finish > pieces[position]
    )


def meeting_occurrences(
    plan: Plan,
    meeting: Meeting,
    start: Instant,
    end: Instant,
    timelines: Mapping[str, Timeline] | None = None,
    *,
    bounds: Mapping[str, list[int]] | None = None,
) -> list[Occurrence]:
    """Occurrences of ``meeting`` starting inside ``[start, end)``, skipped ones included.

    Args:
        plan: the plan the meeting belongs to.
        meeting: the meeting.
        start: range start (UTC seconds).
        end: range end (UTC seconds).
        timelines: each participant's working time covering every occurrence; computed
            when not given.
        bounds: the same as flat bounds (``planner.time.intervals.Bounds``), instead of
            ``timelines``.

    >>> from datetime import date, time
    >>> from planner.plan.model import Team
    >>> from planner.plan.hours import WeekHours
    >>> hours = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    >>> plan = Plan(teams=(Team("a", "client", "UTC", hours), Team("b", "vendor", "UTC", hours)),
    ...             meetings=(Meeting("m", "M", ("a", "b"), 30, date(2027, 1, 4), time(9)),))
    >>> [o.ok for o in meeting_occurrences(plan, plan.meetings[0], 1798761600, 1798761600 + 7 * 86400)]
    [True]
    """
    found = occurrence_instants(plan, meeting, start, end)
    if not found:
        return []
    if bounds is None:
        if timelines is None:
            low, high = found[0][1], max(f[2] for f in found)
            timelines = {t: working_time(plan.team(t), low, high) for t in meeting.teams}
        bounds = {t: [x for piece in timelines[t] for x in piece] for t in meeting.teams}
    reasons = skip_reasons(plan, meeting, [f[1] for f in found])
    working = [(t, bounds[t]) for t in meeting.teams]
    result = []
    for (wall, begin, finish, original), reason in zip(found, reasons, strict=True):
        conflicts = not_working(working, begin, finish)
        # A moved occurrence is held where the user put it: a holiday there is a conflict.
        if original is not None:
            reason = ""
        result.append(
            Occurrence(meeting.id, wall, begin, finish, conflicts, bool(reason), reason, original)
        )
    return result
