"""Meeting slot finder: rank start times by how comfortable they are for every participant.

Comfort is defined in ``planner.meetings.comfort``; skipped occurrences, the score and
the ranking in ``planner.meetings.candidates``.

Start times step by 15 minutes through the day, as wall time in the zone of the FIRST
team (the meeting zone); a series stays at that wall time across DST, as the plan's
meetings do (``planner.plan.recurrence``). A series runs over the requested range (the
occurrences whose start instant lies inside it); without a repeat rule the meeting is
a one-off, and every day of the range is searched.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, time
from operator import itemgetter

from planner.errors import PlannerError
from planner.meetings.candidates import Candidate
from planner.meetings.comfort import Comfort, each_date, team_hours
from planner.meetings.requests import check_teams
from planner.meetings.scoring import Entry, Judge, RankedCandidates, Row, entry
from planner.plan.meeting import Meeting, Repeat
from planner.plan.model import Plan
from planner.plan.recurrence import wall_starts
from planner.schedule.range import Range
from planner.text import Text
from planner.time.intervals import Instant, bounds_union_sorted
from planner.time.local import (
    MINUTES_PER_DAY,
    local_clock,
    local_date,
    local_instant,
)

STEP_MINUTES = 15


@dataclass(frozen=True, slots=True)
class SlotSearch:
    """The ranked candidates of one search.

    Attributes:
        plan: the plan searched.
        teams: participating team ids; the first one's zone is the meeting zone.
        zone: the meeting zone (wall time of the candidates' starts).
        duration_minutes: the meeting length.
        repeat: the repeat rule, None for a one-off.
        span: the range the occurrences start in.
        series_days: the series' dates in the meeting zone (every date for a one-off).
        candidates: every candidate with a held occurrence, best first (from
            :func:`find_slots`, a :class:`RankedCandidates` that makes each one when read).
    """

    plan: Plan
    teams: tuple[str, ...]
    zone: str
    duration_minutes: int
    repeat: Repeat | None
    span: Range
    series_days: tuple[date, ...]
    candidates: Sequence[Candidate]

    @property
    def fits_everyone(self) -> bool:
        """True when some candidate fits every held occurrence."""
        if isinstance(self.candidates, RankedCandidates):
            return self.candidates.fitting_count > 0
        return any(c.fits_all for c in self.candidates)

    @property
    def fitting(self) -> Sequence[Candidate]:
        """The candidates that fit every held occurrence, best first."""
        if isinstance(self.candidates, RankedCandidates):
            return self.candidates[: self.candidates.fitting_count]
        return tuple(c for c in self.candidates if c.fits_all)

    def team_zone(self, team_id: str) -> str:
        """A participant's zone."""
        return self.plan.team(team_id).zone

    def local_times(self, candidate: Candidate, team_id: str) -> tuple[tuple[str, int], ...]:
        """Distinct local starts (``local_clock``) of a team over held occurrences, with counts.

        In order of first appearance, so the first one is the start on the first occurrence.
        """
        zone = self.team_zone(team_id)
        counts: dict[str, int] = {}
        for o in candidate.held:
            clock = local_clock(o.start, zone, o.day)
            counts[clock] = counts.get(clock, 0) + 1
        return tuple(counts.items())

    def meeting_for(
        self, candidate: Candidate, meeting_id: str = "suggested", title: str = ""
    ) -> Meeting:
        """The candidate as a plan meeting: its first occurrence in range, ``until`` its last."""
        first = candidate.occurrences[0].day
        repeat = self.repeat
        if repeat is not None:
            repeat = Repeat(
                repeat.freq, repeat.interval, repeat.byday, until=candidate.occurrences[-1].day
            )
        return Meeting(
            meeting_id,
            title or meeting_id,
            self.teams,
            self.duration_minutes,
            first,
            candidate.start,
            self.zone,
            repeat,
        )


def series_days(
    plan: Plan, teams: tuple[str, ...], repeat: Repeat | None, span: Range
) -> tuple[date, ...]:
    """The dates (meeting zone) of a series covering ``span``; every date for a one-off.

    Dates depend on the rule, not on the time of day, so every candidate start shares
    them; ``planner.plan.recurrence`` expands the rule from the meeting-zone date of the
    range's start.
    """
    zone = plan.team(teams[0]).zone
    first = local_date(zone, span.start)
    last = local_date(zone, span.end - 1)
    if repeat is None:
        return tuple(each_date(first, last))
    template = Meeting("suggested", "suggested", teams, 1, first, time(0), zone, repeat)
    return tuple(w.date() for w in wall_starts(template, first, last))


def wall_instants(zone: str, day: date, minutes: Iterable[int]) -> list[Instant]:
    """``local_instant(zone, day, m)`` for each minute ``m``, fast on days without a clock change.

    >>> wall_instants("Europe/Kyiv", date(2027, 3, 28), [0, 180, 240])  # 03:00 does not exist
    [1806184800, 1806195600, 1806195600]
    """
    midnight = local_instant(zone, day, 0)
    following = local_instant(zone, day, MINUTES_PER_DAY)
    if following - midnight != 86400:
        return [local_instant(zone, day, m) for m in minutes]
    return [midnight + 60 * m for m in minutes]


def find_slots(
    plan: Plan,
    teams: Sequence[str],
    duration_minutes: int,
    repeat: Repeat | None,
    span: Range,
    step_minutes: int = STEP_MINUTES,
) -> SlotSearch:
    """Rank every start time (``step_minutes`` apart) for a meeting of ``teams``.

    Args:
        plan: the plan holding the teams.
        teams: participating team ids; the first team's zone is the meeting zone.
        duration_minutes: meeting length, 1 to 1440.
        repeat: the series' rule, or None for a one-off on any day of the range.
        span: the range the occurrences start in.
        step_minutes: distance between candidate starts (divides 1440).

    Returns:
        The ranked search; candidates whose every occurrence is skipped are left out.

    >>> from planner.plan.hours import WeekHours
    >>> from planner.meetings.requests import parse_repeat
    >>> from planner.plan.model import Team
    >>> hq = Team("hq", "client", "America/New_York", WeekHours.parse({"mon-fri": ["09:00-17:00"]}))
    >>> kyiv = Team("kyiv", "vendor", "Europe/Kyiv", WeekHours.parse({"mon-fri": ["10:00-19:00"]}))
    >>> plan = Plan(teams=(hq, kyiv))
    >>> span = Range.of_days("America/New_York", date(2027, 1, 4), date(2027, 12, 31))
    >>> search = find_slots(plan, ["hq", "kyiv"], 30, parse_repeat("weekly:TU"), span)
    >>> best = search.candidates[0]
    >>> best.start, best.fits, len(best.held), best.score
    (datetime.time(10, 0), 52, 52, 100.0)
    """
    ids = check_teams(plan, teams)
    if not isinstance(duration_minutes, int) or not 1 <= duration_minutes <= MINUTES_PER_DAY:
        raise PlannerError(
            Text(
                "the duration must be 1 to 1440 minutes, not {duration_minutes}",
                duration_minutes=duration_minutes,
            )
        )
    if step_minutes < 1 or MINUTES_PER_DAY % step_minutes:
        raise PlannerError(
            Text(
                "the step must divide a day into whole steps, not {step_minutes} minutes",
                step_minutes=step_minutes,
            )
        )
    zone = plan.team(ids[0]).zone
    days = series_days(plan, ids, repeat, span)
    duration = duration_minutes * 60
    hours = team_hours(plan, ids, span.start, span.end + duration)
    judges = [hours[t] for t in ids]
    template = Meeting(
        "suggested", "suggested", ids, duration_minutes, span.first, time(0), zone, repeat
    )
    minutes = range(0, MINUTES_PER_DAY, step_minutes)
    flat = [Judge(j) for j in judges]
    comfort_of = [j.comfort for j in flat]
    # Any participant's widened holidays: a start outside them is held by everyone.
    holidays = bounds_union_sorted(sorted(piece for j in judges for piece in j.holidays))
    points = [0] * len(Comfort)  # indexed by level (a dict would hash each Comfort in Python)
    for level in Comfort:
        points[level] = level.points
    edge = Comfort.EDGE
    first, after = span.start, span.end
    per_minute: list[list[Row]] = [[] for _ in minutes]
    starts = [
        (found, day, begin)
        for day in days
        for found, begin in zip(per_minute, wall_instants(zone, day, minutes), strict=True)
        if first <= begin < after
    ]
    on_holidays = [begin for _, _, begin in starts if bisect_right(holidays, begin) & 1]
    reasons: dict[int, str] = {}
    if on_holidays:
        # Loaded for a start on someone's holiday: a week without one never does.
        from planner.meetings.skips import skip_reasons

        reasons = dict(zip(on_holidays, skip_reasons(plan, template, on_holidays), strict=True))
    for found, day, begin in starts:
        finish = begin + duration
        reason = reasons.get(begin)
        if reason:
            found.append((day, begin, finish, (), reason, 0, 0, 0, False))
            continue
        comforts = tuple([judge(begin, finish) for judge in comfort_of])
        worst = min(comforts)
        total = 0
        for level in comforts:
            total += points[level]
        # Strain ranks only the candidates that leave someone's hours: it is found
        # when they are read (``strained``), 0 until then.
        fits = worst >= edge
        found.append((day, begin, finish, comforts, "", 0, points[worst], total, fits))
    size = len(ids)
    fitting: list[Entry] = []
    others: list[tuple[time, date | None, list[Row], int]] = []
    for index, found in enumerate(per_minute):
        minute = index * step_minutes
        start = time(minute // 60, minute % 60)
        if repeat is None:
            for row in found:
                if row[8]:
                    fitting.append(entry(start, row[0], size, [row], minute))
                elif not row[4]:
                    others.append((start, row[0], [row], minute))
        elif any(not row[4] for row in found):
            if all(row[8] or row[4] for row in found):
                fitting.append(entry(start, None, size, found, minute))
            else:
                others.append((start, None, found, minute))
    fitting.sort(key=itemgetter(0))

    def strained(row: Row) -> Row:
        if row[4] or row[8]:
            return row
        begin, finish = row[1], row[2]
        strain = 0
        for judge, level in zip(flat, row[3], strict=True):
            if level < edge:
                strain += judge.strain(begin, finish)
        return (*row[:5], strain, *row[6:])

    def rest() -> list[Entry]:
        """The candidates that leave someone's hours, ranked (after every fitting one)."""
        ranked = [
            entry(start, day, size, [strained(row) for row in rows], minute)
            for start, day, rows, minute in others
        ]
        ranked.sort(key=itemgetter(0))
        return ranked

    candidates = RankedCandidates(ids, fitting, rest, len(others))
    return SlotSearch(plan, ids, zone, duration_minutes, repeat, span, days, candidates)
