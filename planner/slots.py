"""Meeting slot finder: rank start times by how comfortable they are for every participant.

Comfort is judged per team, per occurrence, in the team's LOCAL wall time (so a DST week
is judged on its own), from the team's working time (``planner.schedule``: shifts,
holidays, days off, DST-exact):

``core``
    The whole meeting lies inside one continuous stretch of working time (touching shifts
    count as one stretch), at least ``EDGE_MINUTES`` (60) after the stretch starts and
    before it ends.
``edge``
    Inside working time, but within the first or the last hour of the stretch: the edge
    of the working day (a stretch shorter than two hours is all edge).
``early/late``
    Not wholly inside working time, but within ``EARLY_LATE_MARGIN_MINUTES`` (2 hours)
    before a stretch starts or after it ends; or else inside the waking day,
    07:00-21:00 local, on a day the team works. The margin rule makes a night desk's
    19:00-21:00 "early" rather than "night".
``day off``
    Outside working time (and outside the 2-hour margin) on a local date on which the
    team works no shift at all: its weekend, a holiday, a day off.
``night``
    Anything else.

Core beats edge, which beats early/late, which beats night and day off (equal). An
occurrence *fits* when every participant is inside working hours (core or edge); it
*fails* otherwise, and the teams outside their hours are who pays the cost.

Holidays: an occurrence whose start falls on a holiday or day off of any participant
(each team's own local date) is *skipped*, exactly as ``skip_holidays = true`` skips
it for the plan's meetings (``planner.meetings.skip_reason``): it is listed with its
reason, and neither counts as a failure nor enters the score.

Score and ranking: each held occurrence scores the points of its least comfortable
participant (core 100, edge 75, early/late 35, night and day off 0); a candidate's
``score`` is the mean of those, 0-100. Candidates rank by the fewest failing
occurrences, then the highest score, then the least *strain* (minutes outside working
hours plus the distance from them, summed over the participants: 21:00 is less awkward
than 00:00 for a 09:00-17:00 team), then the highest mean comfort over every
participant, then the earliest date and start time.

Start times step by 15 minutes through the day, as wall time in the zone of the FIRST
team (the meeting zone); a series stays at that wall time across DST, as the plan's
meetings do (``planner.plan.recurrence``). A series runs over the requested range (the
occurrences whose start instant lies inside it); without a repeat rule the meeting is
a one-off, and every day of the range is searched.

Repeat forms (:func:`parse_repeat`): ``daily``, ``weekdays`` (Monday to Friday),
``weekly:TU``, ``weekly:MO,TH``, ``monthly:1TU``, ``monthly:-1FR``; any of them with
``/N`` for every N-th day, week or month (``weekly:TU/2``).
"""

from __future__ import annotations

import difflib
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from enum import IntEnum

from planner.errors import PlannerError
from planner.meetings import skip_reason
from planner.plan.meeting import ByDay, Frequency, Meeting, Repeat
from planner.plan.model import Plan, Team
from planner.plan.recurrence import wall_starts
from planner.schedule.range import Range
from planner.schedule.working_time import day_off_reason, team_shifts
from planner.time.intervals import Instant, Interval, Timeline, clip, union
from planner.time.local import MINUTES_PER_DAY, local_date, local_datetime, local_instant

EDGE_MINUTES = 60
EARLY_LATE_MARGIN_MINUTES = 120
WAKING_DAY = (7 * 60, 21 * 60)
STEP_MINUTES = 15
_PAD_SECONDS = 3 * 86400
_EDGE_SECONDS = EDGE_MINUTES * 60
_LAST = 2**63
_FREQUENCIES: dict[str, Frequency] = {"daily": "daily", "weekly": "weekly", "monthly": "monthly"}
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class Comfort(IntEnum):
    """How a meeting time sits for one team on one occurrence (higher is better)."""

    DAY_OFF = 0
    NIGHT = 1
    EARLY_LATE = 2
    EDGE = 3
    CORE = 4

    @property
    def label(self) -> str:
        """The user-facing name: ``core``, ``edge``, ``early/late``, ``night``, ``day off``."""
        return _LABELS[self]

    @property
    def points(self) -> int:
        """Points towards the score: core 100, edge 75, early/late 35, night and day off 0."""
        return _POINTS[self]

    @property
    def working(self) -> bool:
        """True inside working hours (core or edge)."""
        return self >= Comfort.EDGE


_LABELS = {
    Comfort.CORE: "core",
    Comfort.EDGE: "edge",
    Comfort.EARLY_LATE: "early/late",
    Comfort.NIGHT: "night",
    Comfort.DAY_OFF: "day off",
}
_POINTS = {
    Comfort.CORE: 100,
    Comfort.EDGE: 75,
    Comfort.EARLY_LATE: 35,
    Comfort.NIGHT: 0,
    Comfort.DAY_OFF: 0,
}


def _days(first: date, last: date) -> Iterable[date]:
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


def _block(timeline: Timeline, start: Instant, end: Instant) -> Interval | None:
    """The interval of ``timeline`` holding all of ``[start, end)``, or None.

    ``planner.time.intervals.contains`` that also says which interval (for the edge test).
    """
    index = bisect_right(timeline, (start, _LAST)) - 1
    if index >= 0:
        found = timeline[index]
        if end <= found[1]:
            return found
    return None


@dataclass(frozen=True, slots=True)
class TeamHours:
    """A team's timelines for judging comfort over a range (see the module docstring).

    Attributes:
        team: the team.
        work: merged working time.
        near: working time widened by the early/late margin on both sides.
        off: the local dates on which the team works no shift (weekend, holiday, day off).
        waking: 07:00-21:00 local on every date.
        holidays: the team's holidays and days off, each local date widened by three
            hours on both sides: a quick, generous test before ``skip_reason`` decides.
    """

    team: Team
    work: Timeline
    near: Timeline
    off: Timeline
    waking: Timeline
    holidays: Timeline = ()

    @classmethod
    def over(cls, team: Team, start: Instant, end: Instant) -> TeamHours:
        """Timelines covering ``[start, end)`` with a few days' margin either side.

        >>> from planner.plan.hours import WeekHours
        >>> team = Team("a", "client", "UTC", WeekHours.parse({"mon-fri": ["09:00-17:00"]}))
        >>> hours = TeamHours.over(team, 1799020800, 1799107200)  # Mon 2027-01-04 (UTC)
        >>> hours.comfort(1799020800 + 12 * 3600, 1799020800 + 13 * 3600).label
        'core'
        """
        low, high = start - _PAD_SECONDS, end + _PAD_SECONDS
        shifts = team_shifts(team, low, high)
        work = clip(union((s.start, s.end) for s in shifts), low, high)
        margin = EARLY_LATE_MARGIN_MINUTES * 60
        near = union((a - margin, b + margin) for a, b in work)
        worked = {s.day for s in shifts}
        off: list[tuple[int, int]] = []
        waking: list[tuple[int, int]] = []
        holidays: list[tuple[int, int]] = []
        for day in _days(local_date(team.zone, low), local_date(team.zone, high)):
            midnight = local_instant(team.zone, day, 0)
            following = local_instant(team.zone, day, MINUTES_PER_DAY)
            if day not in worked:
                off.append((midnight, following))
            if day_off_reason(team, day) is not None:
                holidays.append((midnight - 3 * 3600, following + 3 * 3600))
            waking.append(
                (
                    local_instant(team.zone, day, WAKING_DAY[0]),
                    local_instant(team.zone, day, WAKING_DAY[1]),
                )
            )
        return cls(team, work, near, union(off), union(waking), union(holidays))

    def comfort(self, start: Instant, end: Instant) -> Comfort:
        """How ``[start, end)`` sits for the team."""
        block = _block(self.work, start, end)
        if block is not None:
            if start - block.start >= _EDGE_SECONDS and block.end - end >= _EDGE_SECONDS:
                return Comfort.CORE
            return Comfort.EDGE
        if _block(self.near, start, end) is not None:
            return Comfort.EARLY_LATE
        if _block(self.off, start, start + 1) is not None:
            return Comfort.DAY_OFF
        if _block(self.waking, start, end) is not None:
            return Comfort.EARLY_LATE
        return Comfort.NIGHT

    def strain(self, start: Instant, end: Instant) -> int:
        """Minutes of ``[start, end)`` outside working time plus its distance from working time.

        0 inside working hours; it grows the further a time is from the team's day, which
        tells a 21:00 meeting (4 hours after work) from a 00:00 one (7 hours after).
        """
        work = self.work
        index = bisect_right(work, (start, _LAST)) - 1
        inside = 0
        probe = max(index, 0)
        while probe < len(work) and work[probe][0] < end:
            first, last = work[probe]
            if last > start:
                inside += min(end, last) - max(start, first)
            probe += 1
        if inside:
            return (end - start - inside) // 60
        # Nothing overlaps: work[index] ends at or before the start, work[probe] begins at
        # or after the end.
        gaps = []
        if index >= 0:
            gaps.append(start - work[index][1])
        if probe < len(work):
            gaps.append(work[probe][0] - end)
        return (end - start + min(gaps, default=0)) // 60


# Requests ------------------------------------------------------------------------------


def parse_repeat(text: str | None) -> Repeat | None:
    """A ``--repeat`` value as a repeat rule; None (a one-off) for an empty value.

    >>> str(parse_repeat("weekly:MO,TH").byday[1]), parse_repeat("monthly:1TU/2").interval
    ('TH', 2)
    """
    if text is None or not text.strip() or text.strip().lower() in ("none", "once", "one-off"):
        return None
    forms = "daily, weekdays, weekly:TU, weekly:MO,TH, monthly:1TU, monthly:-1FR (add /2 for every other)"
    match = re.fullmatch(r"\s*([a-zA-Z]+)\s*(?::\s*([^/]*?))?\s*(?:/\s*(\d+))?\s*", text)
    if not match:
        raise PlannerError(f'--repeat "{text}" is not a repeat rule: use {forms}')
    freq, days, every = match[1].lower(), match[2], match[3]
    interval = int(every) if every else 1
    if freq == "weekdays" and not days:
        return Repeat("weekly", interval, tuple(ByDay(i) for i in range(5)))
    if freq not in _FREQUENCIES:
        raise PlannerError(
            f'--repeat "{text}": "{match[1]}" is not daily, weekly or monthly; use {forms}'
        )
    byday = tuple(ByDay.parse(part) for part in days.split(",") if part.strip()) if days else ()
    if freq == "daily" and byday:
        raise PlannerError(
            f'--repeat "{text}": daily takes no days; for some days use weekly:MO,TH'
        )
    if freq == "weekly" and not byday:
        raise PlannerError(f'--repeat "{text}": say which days, e.g. weekly:TU or weekly:MO,TH')
    if freq == "monthly" and (not byday or any(b.ordinal is None for b in byday)):
        raise PlannerError(
            f'--repeat "{text}": say which weekday of the month, e.g. monthly:1TU (first Tuesday) '
            "or monthly:-1FR (last Friday)"
        )
    if interval < 1:
        raise PlannerError(f'--repeat "{text}": the number after / must be 1 or more')
    return Repeat(_FREQUENCIES[freq], interval, byday)


def format_repeat(repeat: Repeat | None) -> str:
    """A repeat rule in words.

    >>> format_repeat(parse_repeat("weekly:TU")), format_repeat(parse_repeat("monthly:-1FR/2"))
    ('weekly on Tuesday', 'every 2 months on the last Friday')
    """
    if repeat is None:
        return "one-off"
    units = {
        "daily": ("day", "daily"),
        "weekly": ("week", "weekly"),
        "monthly": ("month", "monthly"),
    }
    unit, adverb = units[repeat.freq]
    head = adverb if repeat.interval == 1 else f"every {repeat.interval} {unit}s"
    if not repeat.byday:
        return head
    if repeat.freq == "weekly" and [b.weekday for b in repeat.byday] == [0, 1, 2, 3, 4]:
        return f"{head} on weekdays"
    ordinals = {
        1: "first",
        2: "second",
        3: "third",
        4: "fourth",
        5: "fifth",
        -1: "last",
        -2: "second last",
    }
    names = [
        _WEEKDAY_NAMES[b.weekday]
        if b.ordinal is None
        else f"the {ordinals.get(b.ordinal, str(b.ordinal))} {_WEEKDAY_NAMES[b.weekday]}"
        for b in repeat.byday
    ]
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f"{head} on {joined}"


def repeat_text(repeat: Repeat | None) -> str:
    """A repeat rule in the ``--repeat`` form (the inverse of :func:`parse_repeat`).

    >>> repeat_text(parse_repeat("weekly:MO,TH/2"))
    'weekly:MO,TH/2'
    """
    if repeat is None:
        return ""
    text: str = repeat.freq
    if repeat.byday:
        text += ":" + ",".join(str(b) for b in repeat.byday)
    if repeat.interval != 1:
        text += f"/{repeat.interval}"
    return text


def check_teams(plan: Plan, names: Iterable[str]) -> tuple[str, ...]:
    """The participating team ids, checked: two or more, known, each once.

    >>> from planner.plan.hours import WeekHours
    >>> h = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    >>> plan = Plan(teams=(Team("hq", "client", "UTC", h), Team("mnl", "vendor", "Asia/Manila", h)))
    >>> check_teams(plan, ["hq", "mnl"])
    ('hq', 'mnl')
    """
    teams = tuple(n.strip() for n in names if n.strip())
    known = [t.id for t in plan.teams]
    for name in teams:
        if name not in known:
            close = difflib.get_close_matches(name, known, n=1)
            hint = f' (did you mean "{close[0]}"?)' if close else ""
            raise PlannerError(
                f'unknown team "{name}"{hint}: the plan has {", ".join(known) or "no teams"}'
            )
    if len(teams) < 2:
        raise PlannerError("a meeting needs two or more teams: give them as --teams A,B")
    twice = sorted({n for n in teams if teams.count(n) > 1})
    if twice:
        raise PlannerError(f'team "{twice[0]}" is named twice: name each team once')
    return teams


# Results -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SlotOccurrence:
    """One occurrence of a candidate slot.

    Attributes:
        day: the date of the start in the meeting zone.
        start: first instant (UTC seconds).
        end: instant after the meeting.
        comforts: each participant's comfort, in the request's team order (empty when
            skipped).
        skipped: why the occurrence is skipped (holidays), "" when it is held.
        strain: the participants' summed :meth:`TeamHours.strain` (minutes; 0 when it fits).
    """

    day: date
    start: Instant
    end: Instant
    comforts: tuple[Comfort, ...]
    skipped: str = ""
    strain: int = 0

    @property
    def held(self) -> bool:
        """True unless a participant's holiday or day off skips it."""
        return not self.skipped

    @property
    def fits(self) -> bool:
        """Held, and every participant is inside working hours."""
        return self.held and all(c.working for c in self.comforts)

    @property
    def worst(self) -> Comfort:
        """The least comfortable participant's comfort (CORE when skipped)."""
        return min(self.comforts, default=Comfort.CORE)


@dataclass(frozen=True, slots=True)
class TeamCost:
    """What a candidate costs one team over the held occurrences.

    Attributes:
        team: the team id.
        awkward: occurrences outside the team's working hours.
        worst: the least comfortable level it reaches.
        levels: how many occurrences at each level.
    """

    team: str
    awkward: int
    worst: Comfort
    levels: tuple[tuple[Comfort, int], ...]

    def summary(self) -> str:
        """``core 50, edge 2`` (best level first)."""
        return ", ".join(f"{c.label} {n}" for c, n in self.levels)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A start time (and, for a one-off, a date) with its occurrences, ranked by comfort.

    Attributes:
        start: the wall-clock start in the meeting zone.
        day: the date of a one-off candidate; None for a series.
        teams: participating team ids (the first one's zone is the meeting zone).
        occurrences: every occurrence starting inside the range, skipped ones included.
        score: 0-100, the mean of the least comfortable participant's points per held
            occurrence (0 when none is held).
        comfort: 0-100, the mean points over every participant and held occurrence.
        strain: the mean strain (minutes outside and away from working hours, summed over
            the participants) per held occurrence; a tie-break between awkward slots.
        held_count: how many occurrences are held.
        failing_count: how many held occurrences leave someone's working hours.
    """

    start: time
    day: date | None
    teams: tuple[str, ...]
    occurrences: tuple[SlotOccurrence, ...]
    score: float
    comfort: float
    held_count: int
    failing_count: int
    strain: float = 0.0

    @classmethod
    def of(
        cls,
        start: time,
        day: date | None,
        teams: tuple[str, ...],
        occurrences: Sequence[SlotOccurrence],
    ) -> Candidate:
        """Build a candidate, computing its score, mean comfort and counts."""
        held = [o for o in occurrences if o.held]
        score = sum(o.worst.points for o in held) / len(held) if held else 0.0
        every = [c.points for o in held for c in o.comforts]
        comfort = sum(every) / len(every) if every else 0.0
        failing = sum(1 for o in held if not o.fits)
        strain = sum(o.strain for o in held) / len(held) if held else 0.0
        return cls(
            start,
            day,
            teams,
            tuple(occurrences),
            round(score, 1),
            round(comfort, 1),
            len(held),
            failing,
            round(strain, 1),
        )

    @property
    def held(self) -> tuple[SlotOccurrence, ...]:
        """Occurrences not skipped."""
        return tuple(o for o in self.occurrences if o.held)

    @property
    def fits(self) -> int:
        """Held occurrences with every participant inside working hours."""
        return self.held_count - self.failing_count

    @property
    def failing(self) -> tuple[SlotOccurrence, ...]:
        """Held occurrences that leave someone's working hours."""
        return tuple(o for o in self.occurrences if o.held and not o.fits)

    @property
    def skipped(self) -> tuple[SlotOccurrence, ...]:
        """Occurrences skipped for a participant's holiday or day off."""
        return tuple(o for o in self.occurrences if not o.held)

    @property
    def fits_all(self) -> bool:
        """At least one held occurrence, and every held one fits."""
        return self.held_count > 0 and self.failing_count == 0

    @property
    def minute(self) -> int:
        """The start as minutes after midnight, meeting-zone wall time."""
        return self.start.hour * 60 + self.start.minute

    def rank_key(self) -> tuple[int, int, float, float, float, date, int]:
        """Sort key: fewest failures, best score, least strain, best mean comfort, earliest."""
        no_held = 0 if self.held_count else 1
        return (
            no_held,
            self.failing_count,
            -self.score,
            self.strain,
            -self.comfort,
            self.day or date.min,
            self.minute,
        )

    def costs(self) -> tuple[TeamCost, ...]:
        """Per team: occurrences outside working hours, the worst level, level counts."""
        result = []
        held = self.held
        for index, team in enumerate(self.teams):
            counts = Counter(o.comforts[index] for o in held)
            levels = tuple(sorted(counts.items(), key=lambda kv: -kv[0]))
            awkward = sum(n for c, n in counts.items() if not c.working)
            worst = min(counts, default=Comfort.CORE)
            result.append(TeamCost(team, awkward, worst, levels))
        return tuple(result)


def local_clock(moment: Instant, zone: str, wall_day: date) -> str:
    """``HH:MM`` of an instant in ``zone``, with ``+1``/``-1`` when its date is not ``wall_day``.

    >>> local_clock(1798761600, "Asia/Manila", date(2026, 12, 31))  # 2027-01-01T00:00Z
    '08:00+1'
    """
    local = local_datetime(zone, moment)
    shift = (local.date() - wall_day).days
    return f"{local:%H:%M}" + (f"{shift:+d}" if shift else "")


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
        candidates: every candidate with a held occurrence, best first.
    """

    plan: Plan
    teams: tuple[str, ...]
    zone: str
    duration_minutes: int
    repeat: Repeat | None
    span: Range
    series_days: tuple[date, ...]
    candidates: tuple[Candidate, ...]

    @property
    def fits_everyone(self) -> bool:
        """True when some candidate fits every held occurrence."""
        return any(c.fits_all for c in self.candidates)

    @property
    def fitting(self) -> tuple[Candidate, ...]:
        """The candidates that fit every held occurrence, best first."""
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
        return tuple(_days(first, last))
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


def team_hours(
    plan: Plan, teams: Iterable[str], start: Instant, end: Instant
) -> dict[str, TeamHours]:
    """:class:`TeamHours` of each team over ``[start, end)``."""
    return {t: TeamHours.over(plan.team(t), start, end) for t in teams}


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
        raise PlannerError(f"the duration must be 1 to 1440 minutes, not {duration_minutes}")
    if step_minutes < 1 or MINUTES_PER_DAY % step_minutes:
        raise PlannerError(
            f"the step must divide a day into whole steps, not {step_minutes} minutes"
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
    per_minute: list[list[SlotOccurrence]] = [[] for _ in minutes]
    for day in days:
        for found, begin in zip(per_minute, wall_instants(zone, day, minutes), strict=True):
            if not span.start <= begin < span.end:
                continue
            reason = ""
            if any(_block(j.holidays, begin, begin + 1) for j in judges):
                reason = skip_reason(plan, template, begin)
            if reason:
                found.append(SlotOccurrence(day, begin, begin + duration, (), reason))
                continue
            finish = begin + duration
            comforts = tuple(j.comfort(begin, finish) for j in judges)
            strain = sum(
                j.strain(begin, finish)
                for j, c in zip(judges, comforts, strict=True)
                if not c.working
            )
            found.append(SlotOccurrence(day, begin, finish, comforts, "", strain))
    candidates: list[Candidate] = []
    for index, found in enumerate(per_minute):
        minute = index * step_minutes
        start = time(minute // 60, minute % 60)
        if repeat is None:
            candidates.extend(Candidate.of(start, o.day, ids, [o]) for o in found if o.held)
        elif any(o.held for o in found):
            candidates.append(Candidate.of(start, None, ids, found))
    candidates.sort(key=Candidate.rank_key)
    return SlotSearch(plan, ids, zone, duration_minutes, repeat, span, days, tuple(candidates))
