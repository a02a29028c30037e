"""Meeting bands on the chart: every occurrence in view, across its teams' rows, with its state.

A band is one occurrence of a meeting (``planner.meetings.occurrences``): ``ok`` when every
participant works throughout, ``conflict`` when someone does not, ``skipped`` when a
holiday removes it. The painter draws each state differently (outline and pattern, not
hue alone); the widget shows :func:`band_tooltip` on hover and moves a band when dragged.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from planner.chart.labels import local_time_text
from planner.meetings.occurrences import meeting_occurrences
from planner.plan.meeting import Meeting
from planner.plan.model import Plan, Team
from planner.schedule.working_time import team_bounds
from planner.time.intervals import Bounds, Instant

BandState = Literal["ok", "conflict", "skipped"]


@dataclass(frozen=True, slots=True)
class MeetingBand:
    """One occurrence of a meeting, as the chart draws it.

    Attributes:
        meeting_id: the meeting.
        title: its title.
        start: first instant.
        end: instant after it.
        teams: the participating team ids (the rows the band crosses).
        conflicts: the participants not working throughout.
        state: "ok", "conflict" or "skipped".
        reason: why it is skipped ("" when it is not).
        wall: the start as wall time in the meeting's zone (naive).
        series_day: the occurrence's date in the series (its date before a move).
        moved: True when this occurrence was moved from its place in the series.
    """

    meeting_id: str
    title: str
    start: Instant
    end: Instant
    teams: tuple[str, ...]
    conflicts: tuple[str, ...]
    state: BandState
    reason: str
    wall: datetime
    series_day: date
    moved: bool


def meeting_bands(plan: Plan, start: Instant, end: Instant) -> tuple[MeetingBand, ...]:
    """Every occurrence of every meeting that overlaps ``[start, end)``, by start.

    >>> from datetime import time
    >>> from planner.plan.hours import WeekHours
    >>> from planner.plan.meeting import Meeting
    >>> from planner.plan.model import Team
    >>> h = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    >>> plan = Plan(teams=(Team("a", "client", "UTC", h), Team("b", "vendor", "UTC", h)),
    ...             meetings=(Meeting("m", "Kickoff", ("a", "b"), 30, date(2027, 1, 4), time(16, 45)),))
    >>> [(b.title, b.state) for b in meeting_bands(plan, 1799020800, 1799020800 + 86400)]
    [('Kickoff', 'conflict')]
    """
    low, high = _reach(plan, start, end)
    bands: list[MeetingBand] = []
    for meeting in plan.meetings:
        teams = tuple(plan.team(t) for t in meeting.teams)
        key = (meeting, plan.meeting_zone(meeting), teams, start, end)
        found = _KEPT.get(key)
        if found is None:
            bounds = {team.id: _bounds(team, low, high) for team in teams}
            found = _KEPT[key] = _bands_of(plan, meeting, start, end, bounds)
            if len(_KEPT) > _KEPT_MOST:
                del _KEPT[next(iter(_KEPT))]
        bands.extend(found)
    bands.sort(key=lambda b: (b.start, b.meeting_id))
    return tuple(bands)


def _reach(plan: Plan, start: Instant, end: Instant) -> tuple[Instant, Instant]:
    """The stretch of working time the bands of ``[start, end)`` are checked against.

    Each participant's working time over a margin around every occurrence that can reach
    the range, kept per team and range (read only on a meeting's first showing).
    """
    longest = max((m.duration_minutes for m in plan.meetings), default=0) * 60
    return start - longest - _MARGIN, end + longest + _MARGIN


def band_bounds(plan: Plan, meeting: Meeting, start: Instant, end: Instant) -> dict[str, Bounds]:
    """Each participant's working time :func:`meeting_bands` checks ``meeting``'s bands against.

    >>> from datetime import time
    >>> from planner.plan.hours import WeekHours
    >>> h = WeekHours.parse({"mon": ["09:00-17:00"]})
    >>> plan = Plan(teams=(Team("a", "client", "UTC", h), Team("b", "vendor", "UTC", h)),
    ...             meetings=(Meeting("m", "Kickoff", ("a", "b"), 30, date(2027, 1, 4), time(16)),))
    >>> band_bounds(plan, plan.meetings[0], 1799020800, 1799020800 + 86400)["a"]
    [1799053200, 1799082000]
    """
    low, high = _reach(plan, start, end)
    return {t: _bounds(plan.team(t), low, high) for t in meeting.teams}


def band_state(skipped: bool, conflicts: tuple[str, ...]) -> BandState:
    """How a band is drawn: skipped, else a conflict when a team is not working, else ok.

    >>> band_state(True, ("a",)), band_state(False, ("a",)), band_state(False, ())
    ('skipped', 'conflict', 'ok')
    """
    return "skipped" if skipped else "conflict" if conflicts else "ok"


def _bands_of(
    plan: Plan, meeting: Meeting, start: Instant, end: Instant, bounds: dict[str, Bounds]
) -> tuple[MeetingBand, ...]:
    """The bands of one meeting overlapping ``[start, end)``, by start."""
    bands: list[MeetingBand] = []
    early = start - meeting.duration_minutes * 60  # an occurrence starting earlier has ended
    for occurrence in meeting_occurrences(plan, meeting, early, end, bounds=bounds):
        if occurrence.end <= start:
            continue
        state = band_state(occurrence.skipped, occurrence.conflicts)
        wall = occurrence.wall.replace(tzinfo=None)
        original = occurrence.original
        bands.append(
            MeetingBand(
                meeting_id=meeting.id,
                title=meeting.title,
                start=occurrence.start,
                end=occurrence.end,
                teams=meeting.teams,
                conflicts=occurrence.conflicts,
                state=state,
                reason=occurrence.reason,
                wall=wall,
                series_day=(original or wall).date(),
                moved=original is not None,
            )
        )
    return tuple(bands)


_KEPT: dict[tuple[Meeting, str, tuple[Team, ...], Instant, Instant], tuple[MeetingBand, ...]] = {}
"""Each meeting's bands by meeting, its zone, its teams and range: all they depend on."""
_KEPT_MOST = 512

_MARGIN = 2 * 86400
"""Seconds of working time kept on either side of the occurrences (a moved one included)."""


@functools.lru_cache(maxsize=1024)
def _bounds(team: Team, start: Instant, end: Instant) -> Bounds:
    """A team's working time in ``[start, end)`` as flat bounds (read only, kept)."""
    return team_bounds(team, start, end)


def bands_in(bands: Iterable[MeetingBand], start: Instant, end: Instant) -> tuple[MeetingBand, ...]:
    """The bands that overlap ``[start, end)``."""
    return tuple(b for b in bands if b.end > start and b.start < end)


STATE_TEXT = {"ok": "inside everyone's hours", "conflict": "conflict", "skipped": "skipped"}


def band_tooltip(plan: Plan, band: MeetingBand, clock24: bool) -> str:
    """The band's tooltip: title and state, then every team's local start and end.

    >>> from datetime import time
    >>> from planner.plan.hours import WeekHours
    >>> from planner.plan.meeting import Meeting
    >>> from planner.plan.model import Team
    >>> h = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    >>> plan = Plan(teams=(Team("a", "client", "America/New_York", h, "New York"),
    ...                    Team("b", "vendor", "Asia/Manila", h, "Manila")),
    ...             meetings=(Meeting("m", "Kickoff", ("a", "b"), 30, date(2027, 1, 4), time(10)),))
    >>> print(band_tooltip(plan, meeting_bands(plan, 1799020800, 1799020800 + 86400)[0], True))
    Kickoff: conflict (Manila not working)
    New York: Mon 10:00 to Mon 10:30
    Manila: Mon 23:00 to Mon 23:30
    """
    head = f"{band.title}: {STATE_TEXT[band.state]}"
    if band.state == "skipped":
        head += f" ({band.reason})"
    elif band.conflicts:
        names = ", ".join(plan.team(t).name for t in band.conflicts)
        head += f" ({names} not working)"
    if band.moved:
        head += f"; moved from {band.series_day:%a %Y-%m-%d}"
    lines = [head]
    for team_id in band.teams:
        team = plan.team(team_id)
        lines.append(
            f"{team.name}: {local_time_text(team.zone, band.start, clock24)} to "
            f"{local_time_text(team.zone, band.end, clock24)}"
        )
    return "\n".join(lines)
