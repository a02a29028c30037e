"""DST drift report: when a meeting's local time moves for a participant, and who leaves their hours.

A meeting keeps its wall time in its own zone (``planner.plan.recurrence``), so when that zone
or a participant's zone changes clocks on another date, the participant's local start
moves. For each meeting over a range the report gives:

- ``baseline``: every participant's local start on the first held occurrence;
- ``changes``: each held occurrence at which a participant's local start differs from
  the previous held occurrence: the date (meeting zone), the team, its old and new local
  start (``HH:MM``, ``+1``/``-1`` when the local date is the next or previous day), and the
  clock change that caused it;
- ``outside``: the held occurrences that leave someone's working hours (the
  occurrence's conflicts), with each such team's local start, how it sits for them
  (early/late, night, day off: see ``planner.meetings.comfort``) and the holiday when it is one.

Skipped occurrences (holidays, ``skip_holidays = true``) do not happen, so they are
neither compared nor listed. A moved occurrence (the meeting's ``moved``) is at a time the
user chose, not where the clocks put it: it is listed when it leaves someone's hours but
not compared.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from planner.meetings.occurrences import Occurrence, meeting_occurrences
from planner.plan.meeting import Meeting
from planner.plan.model import Plan
from planner.schedule.working_time import day_off_reason
from planner.text import Text, joined
from planner.time.intervals import Instant, to_datetime
from planner.time.local import local_clock, local_datetime
from planner.time.zones import load_zone

if TYPE_CHECKING:  # hours are built only for a team that leaves them: most reports never do
    from planner.meetings.comfort import TeamHours
    from planner.meetings.drift_events import OutsideOccurrence, TimeChange


@dataclass(frozen=True, slots=True)
class LocalStart:
    """A participant's local start of one occurrence.

    Attributes:
        team: the team id.
        zone: the team's zone.
        clock: ``HH:MM`` local, ``+1``/``-1`` when the local date differs from the meeting's.
        local: the aware local start.
    """

    team: str
    zone: str
    clock: str
    local: datetime


@dataclass(frozen=True, slots=True)
class DriftReport:
    """One meeting's drift report over a range (see the module docstring)."""

    meeting_id: str
    zone: str
    baseline: tuple[LocalStart, ...]
    changes: tuple[TimeChange, ...]
    outside: tuple[OutsideOccurrence, ...]

    @property
    def is_quiet(self) -> bool:
        """True when no local time changes and nobody leaves their hours."""
        return not self.changes and not self.outside


def _offset_text(offset: timedelta | None) -> str:
    minutes = int((offset or timedelta()).total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def clock_change(zone: str, before: Instant, after: Instant) -> str:
    """How ``zone``'s UTC offset changed between two instants, or "" when it did not.

    >>> clock_change("America/New_York", 1804611600, 1805216400)  # 2027-03-09 .. 03-16
    'America/New_York went forward to EDT (UTC-04:00)'
    """
    tz = load_zone(zone)
    old = to_datetime(before).astimezone(tz)
    new = to_datetime(after).astimezone(tz)
    old_offset, new_offset = old.utcoffset(), new.utcoffset()
    if old_offset == new_offset:
        return ""
    offset = _offset_text(new_offset)
    if (new_offset or timedelta()) > (old_offset or timedelta()):
        return Text(
            "{zone} went forward to {name} ({offset})", zone=zone, name=new.tzname(), offset=offset
        )
    return Text(
        "{zone} went back to {name} ({offset})", zone=zone, name=new.tzname(), offset=offset
    )


def _local_start(team: str, zone: str, occurrence: Occurrence) -> LocalStart:
    local = local_datetime(zone, occurrence.start)
    return LocalStart(
        team, zone, local_clock(occurrence.start, zone, occurrence.wall.date()), local
    )


class HoursCache:
    """:class:`~planner.meetings.comfort.TeamHours` per team over one range, built when first asked for."""

    def __init__(self, plan: Plan, start: Instant, end: Instant) -> None:
        self.plan = plan
        self.start = start
        self.end = end
        self._hours: dict[str, TeamHours] = {}

    def __getitem__(self, team_id: str) -> TeamHours:
        if team_id not in self._hours:
            from planner.meetings.comfort import TeamHours

            self._hours[team_id] = TeamHours.over(self.plan.team(team_id), self.start, self.end)
        return self._hours[team_id]


def meeting_drift(
    plan: Plan,
    meeting: Meeting,
    occurrences: Sequence[Occurrence],
    hours: Mapping[str, TeamHours] | HoursCache | None = None,
) -> DriftReport:
    """The drift report of ``meeting`` from its occurrences (``planner.meetings.occurrences``).

    Args:
        plan: the plan.
        meeting: the meeting.
        occurrences: its occurrences in the range, in order, skipped ones included.
        hours: team hours covering the occurrences (built for the conflicting teams when
            not given).

    >>> from datetime import date, time
    >>> from planner.plan.meeting import Repeat
    >>> from planner.plan.model import Team
    >>> from planner.plan.hours import WeekHours
    >>> hq = Team("hq", "client", "America/New_York", WeekHours.parse({"mon-fri": ["09:00-17:00"]}))
    >>> kyiv = Team("kyiv", "vendor", "Europe/Kyiv", WeekHours.parse({"mon-fri": ["10:00-17:00"]}))
    >>> weekly = Meeting("w", "W", ("hq", "kyiv"), 30, date(2027, 3, 2), time(10, 30),
    ...                  "America/New_York", Repeat("weekly", until=date(2027, 4, 6)))
    >>> plan = Plan(teams=(hq, kyiv), meetings=(weekly,))
    >>> from planner.time.local import day_range
    >>> report = drift_in_range(plan, weekly, *day_range("UTC", date(2027, 3, 1), date(2027, 4, 10)))
    >>> [(str(c.day), c.team, c.before, c.after) for c in report.changes]
    [('2027-03-16', 'kyiv', '17:30', '16:30'), ('2027-03-30', 'kyiv', '16:30', '17:30')]
    >>> [(str(o.day), o.teams[0].team, o.teams[0].comfort.label) for o in report.outside][1:3]
    [('2027-03-09', 'kyiv', 'early/late'), ('2027-03-30', 'kyiv', 'early/late')]
    """
    zone = plan.meeting_zone(meeting)
    teams = [(t, plan.team(t).zone) for t in meeting.teams]
    held = [o for o in occurrences if not o.skipped]
    if not held:
        return DriftReport(meeting.id, zone, (), (), ())
    if hours is None:
        hours = HoursCache(plan, held[0].start, held[-1].end)
    series = [o for o in held if not o.moved] or held[:1]
    baseline = tuple(_local_start(t, z, series[0]) for t, z in teams)
    changes: list[TimeChange] = []
    previous = series[0]
    clocks = {s.team: s.clock for s in baseline}
    for occurrence in series[1:]:
        for team, team_zone in teams:
            now = _local_start(team, team_zone, occurrence)
            if now.clock == clocks[team]:
                continue
            from planner.meetings.drift_events import TimeChange

            reasons = [clock_change(zone, previous.start, occurrence.start)]
            if team_zone != zone:
                reasons.append(clock_change(team_zone, previous.start, occurrence.start))
            reason = joined("; ", [r for r in reasons if r])
            changes.append(
                TimeChange(
                    occurrence.wall.date(),
                    occurrence.start,
                    team,
                    team_zone,
                    clocks[team],
                    now.clock,
                    now.local,
                    reason,
                )
            )
            clocks[team] = now.clock
        previous = occurrence
    outside: list[OutsideOccurrence] = []
    for occurrence in held:
        if not occurrence.conflicts:
            continue
        from planner.meetings.drift_events import OutsideOccurrence, OutsideTeam

        entries = []
        for team in occurrence.conflicts:
            team_zone = plan.team(team).zone
            start = _local_start(team, team_zone, occurrence)
            comfort = hours[team].comfort(occurrence.start, occurrence.end)
            note = day_off_reason(plan.team(team), start.local.date()) or ""
            entries.append(OutsideTeam(team, start.clock, start.local, comfort, note))
        outside.append(
            OutsideOccurrence(
                occurrence.wall.date(), occurrence.start, occurrence.end, tuple(entries)
            )
        )
    return DriftReport(meeting.id, zone, baseline, tuple(changes), tuple(outside))


def drift_in_range(plan: Plan, meeting: Meeting, start: Instant, end: Instant) -> DriftReport:
    """The drift report of ``meeting`` for its occurrences starting in ``[start, end)``."""
    return meeting_drift(plan, meeting, meeting_occurrences(plan, meeting, start, end))


def drift_reports(
    plan: Plan, reports: Iterable[tuple[str, Sequence[Occurrence]]], start: Instant, end: Instant
) -> list[DriftReport]:
    """Drift reports for (meeting id, occurrences) pairs sharing one range ``[start, end)``.

    Team hours are built once per team, and only for teams that leave their hours.
    """
    cache = HoursCache(plan, start, end + 86400)
    return [meeting_drift(plan, plan.meeting(m), occurrences, cache) for m, occurrences in reports]
