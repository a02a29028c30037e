"""The iCalendar (RFC 5545) file of a plan's meetings.

A VCALENDAR holds each meeting's VEVENT (:mod:`planner.calendar.events`) and one VTIMEZONE
per TZID they use, with yearly RRULEs (:mod:`planner.calendar.vtimezone`), as CRLF lines
folded at 75 octets (:mod:`planner.calendar.text`). A one-off meeting that a holiday
skips is left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from planner.calendar.events import MeetingEvent, meeting_event
from planner.calendar.text import escape_text, fold_line
from planner.calendar.vtimezone import vtimezone_lines
from planner.errors import PlannerError
from planner.plan.meeting import Meeting
from planner.plan.model import Plan
from planner.text import Text, joined
from planner.time.tzdb import tz_version

if TYPE_CHECKING:
    from planner.time.intervals import Instant

PRODID = "-//Overlap Planner//Overlap Planner//EN"


def calendar_text(
    events: Sequence[MeetingEvent], *, name: str = "", method: str | None = "PUBLISH"
) -> str:
    """A VCALENDAR holding ``events`` and one VTIMEZONE per TZID they use.

    Args:
        events: the meetings' events.
        name: the calendar's display name (``X-WR-CALNAME``), "" for none.
        method: ``METHOD`` (``PUBLISH`` for a file); None for a CalDAV resource, which
            must not carry one (RFC 4791 4.1).

    Returns:
        The iCalendar text with CRLF line ends, folded.
    """
    events = [event for event in events if event.lines]
    spans: dict[str, tuple[Instant, Instant | None]] = {}
    for event in events:
        start, end = event.span
        if event.zone in spans:
            known_start, known_end = spans[event.zone]
            start = min(start, known_start)
            end = None if end is None or known_end is None else max(end, known_end)
        spans[event.zone] = (start, end)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if name.strip():
        lines.append(f"X-WR-CALNAME:{escape_text(name.strip())}")
    lines.append(f"X-OVERLAP-PLANNER-TZDATA:{tz_version()}")  # the tz database of every time
    for zone, (start, end) in spans.items():
        lines.extend(vtimezone_lines(zone, start, end))
    for event in events:
        lines.extend(event.lines)
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + "\r\n" for line in lines)


def select_meetings(plan: Plan, meeting_ids: Iterable[str] = ()) -> list[Meeting]:
    """The meetings to export: those named (in plan order), else all; PlannerError for an unknown id.

    >>> select_meetings(Plan(), [])
    []
    """
    wanted = list(dict.fromkeys(meeting_ids))
    if not wanted:
        return list(plan.meetings)
    known = {m.id for m in plan.meetings}
    unknown = [m for m in wanted if m not in known]
    if unknown:
        listed = ", ".join(m.id for m in plan.meetings) or "none"
        raise PlannerError(
            Text(
                'unknown meeting "{unknown}": the plan\'s meetings are {listed}',
                unknown=unknown[0],
                listed=listed,
            )
        )
    return [m for m in plan.meetings if m.id in wanted]


@dataclass(frozen=True, slots=True)
class CalendarFile:
    """An iCalendar file and what it holds.

    Attributes:
        text: the file's text (CRLF line ends).
        written: ids of the meetings in the file, in plan order.
        left_out: (meeting id, why) of each exported meeting the file leaves out: a one-off
            meeting that a holiday or day off skips.
    """

    text: str
    written: tuple[str, ...]
    left_out: tuple[tuple[str, str], ...] = ()

    def summary(self) -> str:
        """What the file holds, for a person: the meetings written, and those left out and why.

        >>> CalendarFile("", ("weekly", "review")).summary()
        '2 meetings'
        >>> CalendarFile("", ("weekly",), (("kickoff", "hq 2027-07-05: Independence Day"),)).summary()
        '1 meeting; left out 1 one-off meeting that a holiday or day off skips: kickoff (hq 2027-07-05: Independence Day)'
        """
        count = len(self.written)
        if count == 1:
            text = Text("{count} meeting", count=count)
        else:
            text = Text("{count} meetings", count=count)
        if not self.left_out:
            return text
        listed = joined(
            ", ", [Text("{meeting} ({why})", meeting=m, why=why) for m, why in self.left_out]
        )
        count = len(self.left_out)
        if count == 1:
            left = Text(
                "left out {count} one-off meeting that a holiday or day off skips: {listed}",
                count=count,
                listed=listed,
            )
        else:
            left = Text(
                "left out {count} one-off meetings that a holiday or day off skips: {listed}",
                count=count,
                listed=listed,
            )
        return Text("{written}; {left}", written=text, left=left)


def calendar_file(
    plan: Plan,
    *,
    identity: str,
    now: datetime,
    meeting_ids: Iterable[str] = (),
    dtstamp: datetime | None = None,
) -> CalendarFile:
    """The iCalendar file of a plan's meetings (all, or those in ``meeting_ids``).

    Args:
        plan: the plan.
        identity: the plan's identity for the UIDs (:func:`planner.calendar.events.plan_identity`).
        now: the export time (aware): DTSTAMP, and the holiday horizon of open-ended series.
        meeting_ids: export only these meetings.
        dtstamp: the DTSTAMP to write instead of ``now`` (for reproducible files).

    Returns:
        The file and what it holds; PlannerError when there is no meeting to export. A
        one-off meeting that a holiday or day off skips is left out.

    >>> from datetime import UTC
    >>> calendar_file(Plan(), identity="x", now=datetime(2027, 1, 1, tzinfo=UTC))
    Traceback (most recent call last):
    ...
    planner.errors.PlannerError: the plan has no meetings to export: add a [[meeting]] first
    """
    meetings = select_meetings(plan, meeting_ids)
    if not meetings:
        raise PlannerError(Text("the plan has no meetings to export: add a [[meeting]] first"))
    events = [meeting_event(plan, m, identity=identity, now=now, dtstamp=dtstamp) for m in meetings]
    if not any(event.lines for event in events):
        skipped = events[0].occurrences[0]
        raise PlannerError(
            Text(
                'meeting "{id}" is skipped ({reason}): nothing to export; move it, or set skip_holidays = false to hold it anyway',
                id=events[0].meeting.id,
                reason=skipped.reason,
            )
        )
    return CalendarFile(
        calendar_text(events, name=identity),  # the title, else the file's name
        tuple(event.meeting.id for event in events if event.lines),
        tuple((e.meeting.id, e.occurrences[0].reason) for e in events if not e.lines),
    )


def export_calendar(
    plan: Plan,
    *,
    identity: str,
    now: datetime,
    meeting_ids: Iterable[str] = (),
    dtstamp: datetime | None = None,
) -> str:
    """The text of :func:`calendar_file`: the iCalendar file of a plan's meetings.

    >>> from datetime import UTC
    >>> export_calendar(Plan(), identity="x", now=datetime(2027, 1, 1, tzinfo=UTC))
    Traceback (most recent call last):
    ...
    planner.errors.PlannerError: the plan has no meetings to export: add a [[meeting]] first
    """
    return calendar_file(
        plan, identity=identity, now=now, meeting_ids=meeting_ids, dtstamp=dtstamp
    ).text
