"""Candidate slots and their occurrences, scored and ranked by comfort.

Holidays: an occurrence whose start falls on a holiday or day off of any participant
(each team's own local date) is *skipped*, exactly as ``skip_holidays = true`` skips
it for the plan's meetings (``planner.meetings.occurrences.skip_reason``): it is listed
with its reason, and neither counts as a failure nor enters the score.

Score and ranking: each held occurrence scores the points of its least comfortable
participant (core 100, edge 75, early/late 35, night and day off 0); a candidate's
``score`` is the mean of those, 0-100. Candidates rank by the fewest failing
occurrences, then the highest score, then the least *strain* (minutes outside working
hours plus the distance from them, summed over the participants: 21:00 is less awkward
than 00:00 for a 09:00-17:00 team), then the highest mean comfort over every
participant, then the earliest date and start time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time

from planner.meetings.comfort import Comfort
from planner.time.intervals import Instant


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
