"""A meeting as a VEVENT: its UID, repeat rule, skipped dates, local times and overrides.

One VEVENT per meeting: DTSTART/DTEND in the meeting zone's IANA TZID, the repeat rule as
an RRULE (``UNTIL`` in UTC, as RFC 5545 requires with a TZID start), the skipped
occurrences as EXDATEs in the same TZID and wall time, every team's local times in the
DESCRIPTION, and a UID that stays the same from one export to the next so that a calendar
re-importing the file updates the event instead of adding a copy. Occurrences that
calendar clients place differently around a clock change (a start or end the clocks skip
or repeat, a meeting that spans the change) get a RECURRENCE-ID override with their start
and end in UTC, and such a one-off meeting is written in UTC. A one-off meeting that a
holiday skips has no VEVENT.
"""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from os import PathLike
from typing import TYPE_CHECKING

from planner.calendar.description import description
from planner.calendar.exported import ExportedOccurrence, exported_occurrences, wall_instant
from planner.calendar.moved import moved_dates, moved_override_lines, moved_span_end
from planner.calendar.offsets import zone_offsets
from planner.calendar.text import escape_text, uri_value, utc_text, wall_text
from planner.errors import PlannerError
from planner.plan.meeting import Meeting
from planner.plan.model import Plan
from planner.plan.recurrence import series_is_finite, wall_start
from planner.text import Text
from planner.time.zones import load_zone

if TYPE_CHECKING:
    from planner.time.intervals import Instant

UID_DOMAIN = "overlap-planner"
DAY = 86400
_FREQ = {"daily": "DAILY", "weekly": "WEEKLY", "monthly": "MONTHLY"}


def _trigger(minutes: int) -> str:
    """A VALARM trigger ``minutes`` before the start: ``-PT15M``, ``-P1DT2H``."""
    if minutes == 0:
        return "PT0S"
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    time_part = (f"{hours}H" if hours else "") + (f"{mins}M" if mins else "")
    return "-P" + (f"{days}D" if days else "") + (f"T{time_part}" if time_part else "")


def plan_identity(plan: Plan, path: str | PathLike[str] | None) -> str:
    """What identifies a plan in its events' UIDs: its title, else its file's name.

    Neither a meeting's time nor the folder the plan lives in takes part, so editing a
    meeting or moving the file keeps every UID.

    >>> plan_identity(Plan(title="Acme outsourcing"), "/any/where/acme.toml")
    'Acme outsourcing'
    >>> plan_identity(Plan(), "/any/where/acme.toml")
    'acme'
    """
    if plan.title.strip():
        return plan.title.strip()
    if path is None:
        raise PlannerError(
            Text("a plan without a title must be saved to a file before it is exported")
        )
    from pathlib import PurePath  # only an untitled plan's export needs it

    return PurePath(path).stem


def uid_suffix(identity: str) -> str:
    """The end every UID of one plan shares: ``-<hash>@overlap-planner``.

    >>> uid_suffix("Acme outsourcing")
    '-0d8df09fa3236f4f@overlap-planner'
    """
    digest = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:16]
    return f"-{digest}@{UID_DOMAIN}"


def event_uid(identity: str, meeting_id: str) -> str:
    """The UID of a plan's meeting: stable across exports, unique between meetings and plans.

    >>> event_uid("Acme outsourcing", "weekly")
    'weekly-0d8df09fa3236f4f@overlap-planner'
    """
    return meeting_id + uid_suffix(identity)


def holiday_horizon(meeting: Meeting, now: datetime) -> date:
    """The last local date on which an open-ended series' holidays become EXDATEs.

    The end of the year after ``now`` (or after the series' start, when that is later).

    >>> from datetime import time
    >>> m = Meeting("m", "M", ("a", "b"), 30, date(2027, 1, 5), time(10))
    >>> holiday_horizon(m, datetime(2027, 6, 1, tzinfo=UTC))
    datetime.date(2028, 12, 31)
    """
    return date(max(now.astimezone(UTC).year, meeting.start_date.year) + 1, 12, 31)


@dataclass(frozen=True, slots=True)
class MeetingEvent:
    """A meeting ready to be written as a VEVENT.

    Attributes:
        meeting: the meeting.
        uid: its UID.
        zone: the TZID of its times.
        occurrences: every occurrence the export looked at (all of a finite series, those
            through ``horizon`` of an open-ended one), skipped ones included.
        span: first and last instant the VTIMEZONE must cover (last None: no end).
        horizon: for an open-ended series, the last date checked for holidays.
        lines: the VEVENT's content lines, unfolded; none for a one-off meeting that a
            holiday or day off skips, which is not written.
    """

    meeting: Meeting
    uid: str
    zone: str
    occurrences: tuple[ExportedOccurrence, ...]
    span: tuple[Instant, Instant | None]
    horizon: date | None
    lines: tuple[str, ...]


def day_end(zone: str, day: date) -> Instant:
    """The last second of local date ``day`` in a zone: before the next local midnight (fold=0).

    >>> day_end("America/New_York", date(2027, 12, 31))  # 2028-01-01 04:59:59 UTC
    1830315599
    """
    midnight = datetime.combine(day + timedelta(days=1), datetime.min.time())
    return wall_instant(midnight, load_zone(zone)) - 1


def _rrule(meeting: Meeting, zone: str) -> str:
    repeat = meeting.repeat
    assert repeat is not None
    parts = [f"FREQ={_FREQ[repeat.freq]}"]
    if repeat.interval != 1:
        parts.append(f"INTERVAL={repeat.interval}")
    if repeat.byday:
        parts.append("BYDAY=" + ",".join(str(b) for b in repeat.byday))
    if repeat.until is not None:
        # The plan's until is an inclusive local date: the end of that day, in UTC.
        parts.append(f"UNTIL={utc_text(day_end(zone, repeat.until))}")
    if repeat.count is not None:
        parts.append(f"COUNT={repeat.count}")
    parts.append("WKST=MO")
    return ";".join(parts)


def meeting_event(
    plan: Plan, meeting: Meeting, *, identity: str, now: datetime, dtstamp: datetime | None = None
) -> MeetingEvent:
    """The VEVENT of one meeting.

    Args:
        plan: the plan the meeting belongs to.
        meeting: the meeting.
        identity: the plan's identity (:func:`plan_identity`), for the UID.
        now: the export time (aware); sets the holiday horizon of open-ended series.
        dtstamp: the DTSTAMP to write; ``now`` when not given.

    >>> from datetime import time
    >>> from planner.plan.model import Team
    >>> from planner.plan.hours import WeekHours
    >>> hours = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    >>> plan = Plan(teams=(Team("a", "client", "UTC", hours), Team("b", "vendor", "UTC", hours)),
    ...             meetings=(Meeting("m", "Kickoff", ("a", "b"), 30, date(2027, 1, 4), time(9)),))
    >>> event = meeting_event(plan, plan.meetings[0], identity="x", now=datetime(2027, 1, 1, tzinfo=UTC))
    >>> [line for line in event.lines if line.startswith("DT")][1:]
    ['DTSTART;TZID=UTC:20270104T090000', 'DTEND;TZID=UTC:20270104T093000']
    """
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    zone = plan.meeting_zone(meeting)
    zone_info = load_zone(zone)
    horizon = None if series_is_finite(meeting) else holiday_horizon(meeting, now)
    occurrences = tuple(exported_occurrences(plan, meeting, zone, horizon))
    first = wall_start(meeting)
    first_instant = wall_instant(first, zone_info)
    last_instant = max(
        (o.end for o in occurrences), default=first_instant + meeting.duration_minutes * 60
    )
    last_instant = max(last_instant, moved_span_end(meeting, zone) or last_instant)
    uid = event_uid(identity, meeting.id)
    duration = timedelta(minutes=meeting.duration_minutes)
    stamp = f"DTSTAMP:{utc_text(dtstamp or now)}"
    body = [
        f"SUMMARY:{escape_text(meeting.title)}",
        f"DESCRIPTION:{escape_text(description(plan, meeting, occurrences, horizon, now))}",
    ]
    if meeting.location.strip():
        body.append(f"LOCATION:{escape_text(meeting.location.strip())}")
    if meeting.url.strip():
        body.append(f"URL:{uri_value(meeting.url)}")
    if meeting.reminder_minutes is not None:
        body.extend(
            [
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                f"DESCRIPTION:{escape_text(meeting.title)}",
                f"TRIGGER:{_trigger(meeting.reminder_minutes)}",
                "END:VALARM",
            ]
        )

    # The changes of the whole years around the span (a table kept for every meeting of
    # the zone): more than the span's, which only sends more occurrences to the exact check.
    table = zone_offsets(zone, first_instant - DAY, last_instant + DAY)
    change_times = table.changes
    changes = [
        (at, abs(after - before))
        for at, before, after in zip(
            change_times, table.offsets[:-1], table.offsets[1:], strict=True
        )
    ]
    widest = max((size for _, size in changes), default=0)

    def regular(wall: datetime, start: Instant, end: Instant) -> bool:
        """True when every reader places the occurrence right from its wall time.

        That is: its start is a wall time the clocks neither skip nor repeat, its end falls
        on such a wall time too, and no change falls within it (then adding the nominal
        duration to the wall time gives the exact end).
        """
        # Fast path: no change of offset close enough to move or repeat either end.
        index = bisect.bisect_left(change_times, start - widest)
        if index == len(change_times) or change_times[index] > end + widest:
            return True
        if not any(
            at - size <= end and start <= at + size
            for at, size in changes[index : bisect.bisect_right(change_times, end + widest)]
        ):
            return True
        end_local = datetime.fromtimestamp(end, zone_info)
        return (
            not is_ambiguous(wall, zone_info)
            and not is_ambiguous(end_local.replace(tzinfo=None), zone_info)
            and end_local.utcoffset() == wall.replace(tzinfo=zone_info).utcoffset()
        )

    lines = ["BEGIN:VEVENT", f"UID:{uid}", stamp]
    first_end = first_instant + meeting.duration_minutes * 60
    if meeting.repeat is None:
        if occurrences[0].reason:
            # A skipped one-off is left out: some calendars show an event whose only
            # date is an EXDATE (Evolution, ical.js), and a cancelled one still shows.
            return MeetingEvent(
                meeting, uid, zone, occurrences, (first_instant, first_end), None, ()
            )
        if regular(first, first_instant, first_end):
            lines.append(f"DTSTART;TZID={zone}:{wall_text(first)}")
            lines.append(f"DTEND;TZID={zone}:{wall_text(first + duration)}")
        else:
            lines.extend(_utc_times(first_instant, first_end))
    else:
        lines.append(f"DTSTART;TZID={zone}:{wall_text(first)}")
        if regular(first, first_instant, first_end):
            lines.append(f"DTEND;TZID={zone}:{wall_text(first + duration)}")
        else:
            lines.append(f"DURATION:PT{meeting.duration_minutes}M")
        lines.append(f"RRULE:{_rrule(meeting, zone)}")
    lines.extend(f"EXDATE;TZID={zone}:{wall_text(o.wall)}" for o in occurrences if o.reason)
    lines.extend([*body, "END:VEVENT"])
    if meeting.repeat is not None:
        # Around a clock change readers disagree. A start that the clocks skip (02:30 on a
        # spring-forward night) takes the offset from before the gap in RFC 5545 3.3.5,
        # the one after it in dateutil and libical's built-in zones; a wall time the
        # clocks repeat (01:15 on a fall-back night) is its first pass in RFC 5545 but
        # the second in ical.js, libical and khal; and an occurrence that spans a change
        # ends an hour off in readers that add the duration to the wall time. An override
        # states each such occurrence's start and end in UTC, which every reader places
        # alike; its RECURRENCE-ID names the generated wall time, which each reader
        # matches to the occurrence it generated, however it placed it.
        moved = moved_dates(meeting)
        for index in _near_changes(occurrences, change_times, widest):
            occurrence = occurrences[index]
            if occurrence.reason or occurrence.wall.date() in moved:
                continue
            if regular(occurrence.wall, occurrence.start, occurrence.end):
                continue
            lines.extend(
                [
                    "BEGIN:VEVENT",
                    f"UID:{uid}",
                    stamp,
                    f"RECURRENCE-ID;TZID={zone}:{wall_text(occurrence.wall)}",
                    *_utc_times(occurrence.start, occurrence.end),
                    *body,
                    "END:VEVENT",
                ]
            )
        lines.extend(moved_override_lines(meeting, zone, uid, stamp, body))
    span = (first_instant, None if horizon else last_instant)
    return MeetingEvent(meeting, uid, zone, occurrences, span, horizon, tuple(lines))


def _near_changes(
    occurrences: Sequence[ExportedOccurrence], change_times: Sequence[Instant], widest: int
) -> Sequence[int]:
    """Indexes of the occurrences with a change in ``[start - widest, end + widest]``.

    The others are regular without a look at them (the quick exit of ``regular``). Found
    per change by bisection when the starts and ends are in order (a series' are), else
    every index.
    """
    starts = [o.start for o in occurrences]
    ends = [o.end for o in occurrences]
    if starts != sorted(starts) or ends != sorted(ends):
        return range(len(occurrences))
    near: set[int] = set()
    for at in change_times:
        near.update(
            range(bisect.bisect_left(ends, at - widest), bisect.bisect_right(starts, at + widest))
        )
    return sorted(near)


def is_ambiguous(wall: datetime, zone: tzinfo) -> bool:
    """True when the clocks of ``zone`` skip or repeat the naive wall time ``wall``.

    >>> from zoneinfo import ZoneInfo
    >>> new_york = ZoneInfo("America/New_York")
    >>> [is_ambiguous(datetime(2027, *moment), new_york) for moment in
    ...  ((3, 14, 2, 30), (11, 7, 1, 15), (11, 7, 2, 0), (7, 1, 12, 0))]
    [True, True, False, False]
    """
    first = wall.replace(tzinfo=zone, fold=0).utcoffset()
    return first != wall.replace(tzinfo=zone, fold=1).utcoffset()


def _utc_times(start: Instant, end: Instant) -> list[str]:
    return [f"DTSTART:{utc_text(start)}", f"DTEND:{utc_text(end)}"]
