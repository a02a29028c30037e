"""The slot search's scoring on flat bounds, and its ranking made into candidates when read.

:class:`Judge` answers :meth:`TeamHours.comfort` and :meth:`TeamHours.strain` by
bisection on flat bounds. The search scores each occurrence as a :data:`Row` of plain
values and each candidate as an :data:`Entry` (its rank key and rows); only the
candidates read from :class:`RankedCandidates` become :class:`Candidate` objects (a
command line shows the best five of thousands), and the candidates that leave someone's
hours are ranked (their strain found) only when one of them is read.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from datetime import date, time
from typing import overload

from planner.meetings.candidates import Candidate, SlotOccurrence
from planner.meetings.comfort import EDGE_MINUTES, Comfort, TeamHours
from planner.time.intervals import Instant, bounds_of

_EDGE_SECONDS = EDGE_MINUTES * 60

Row = tuple[date, int, int, tuple[Comfort, ...], str, int, int, int, bool]
"""An occurrence: day, start, end, comforts, skip reason, strain (the fields of
:class:`SlotOccurrence`), then its least comfortable participant's points, every
participant's points summed, and whether it fits."""

RankKey = tuple[int, int, float, float, float, date, int]
Entry = tuple[RankKey, time, date | None, Sequence[Row], float, float, int, int, float]
"""A candidate: rank key, start, day, rows, then score, comfort, held, failing, strain."""


class Judge:
    """A team's :class:`TeamHours` as flat bounds: comfort and strain by bisection.

    The same answers as :meth:`TeamHours.comfort` and :meth:`TeamHours.strain` (the
    timelines are merged, so the piece holding a start is found by one ``bisect_right``).

    >>> from planner.plan.hours import WeekHours
    >>> from planner.plan.model import Team
    >>> team = Team("a", "client", "UTC", WeekHours.parse({"mon-fri": ["09:00-17:00"]}))
    >>> judge = Judge(TeamHours.over(team, 1799020800, 1799107200))  # Mon 2027-01-04 (UTC)
    >>> judge.comfort(1799020800 + 12 * 3600, 1799020800 + 13 * 3600).label
    'core'
    """

    __slots__ = ("holidays", "near", "off", "waking", "work")

    def __init__(self, hours: TeamHours) -> None:
        self.work = bounds_of(hours.work)
        self.near = bounds_of(hours.near)
        self.off = bounds_of(hours.off)
        self.waking = bounds_of(hours.waking)
        self.holidays = bounds_of(hours.holidays)

    def near_holiday(self, start: Instant) -> bool:
        """True when ``start`` lies in the widened holidays (``TeamHours.holidays``)."""
        return bisect_right(self.holidays, start) & 1 == 1

    def comfort(self, start: Instant, end: Instant) -> Comfort:
        """:meth:`TeamHours.comfort`."""
        work = self.work
        index = bisect_right(work, start)
        if index & 1 and end <= work[index]:
            if start - work[index - 1] >= _EDGE_SECONDS and work[index] - end >= _EDGE_SECONDS:
                return Comfort.CORE
            return Comfort.EDGE
        near = self.near
        index = bisect_right(near, start)
        if index & 1 and end <= near[index]:
            return Comfort.EARLY_LATE
        if bisect_right(self.off, start) & 1:
            return Comfort.DAY_OFF
        waking = self.waking
        index = bisect_right(waking, start)
        if index & 1 and end <= waking[index]:
            return Comfort.EARLY_LATE
        return Comfort.NIGHT

    def strain(self, start: Instant, end: Instant) -> int:
        """:meth:`TeamHours.strain`."""
        work = self.work
        count = len(work)
        before = (bisect_right(work, start) - 1) // 2  # the last piece starting at or before
        inside = 0
        probe = 2 * max(before, 0)
        while probe < count and work[probe] < end:
            first, last = work[probe], work[probe + 1]
            if last > start:
                inside += min(end, last) - max(start, first)
            probe += 2
        if inside:
            return (end - start - inside) // 60
        gaps = []
        if before >= 0:
            gaps.append(start - work[2 * before + 1])
        if probe < count:
            gaps.append(work[probe] - end)
        return (end - start + min(gaps, default=0)) // 60


def entry(start: time, day: date | None, teams: int, rows: Sequence[Row], minute: int) -> Entry:
    """A candidate's entry from its rows: :meth:`Candidate.of`'s figures, from sums.

    >>> row = (date(2027, 1, 4), 0, 1800, (Comfort.CORE, Comfort.EDGE), "", 0, 75, 175, True)
    >>> entry(time(9), None, 2, [row], 540)[4:]
    (75.0, 87.5, 1, 0, 0.0)
    """
    held = worst = every = failing = strain = 0
    for row in rows:
        if not row[4]:
            held += 1
            strain += row[5]
            worst += row[6]
            every += row[7]
            failing += not row[8]
    score = round(worst / held, 1) if held else 0.0
    comfort = round(every / (held * teams), 1) if held else 0.0
    mean_strain = round(strain / held, 1) if held else 0.0
    key = (0 if held else 1, failing, -score, mean_strain, -comfort, day or date.min, minute)
    return key, start, day, rows, score, comfort, held, failing, mean_strain


class _Ranking:
    """The entries of one search, the candidates made of them, and the rest still to rank."""

    __slots__ = ("entries", "fitting", "length", "made", "rest", "teams")

    def __init__(
        self,
        teams: tuple[str, ...],
        fitting: list[Entry],
        rest: Callable[[], list[Entry]] | None,
        others: int,
    ) -> None:
        self.teams = teams
        self.entries = fitting
        self.fitting = len(fitting)
        self.rest = rest
        self.length = len(fitting) + others
        self.made: list[Candidate | None] = [None] * self.length

    def make(self, index: int) -> Candidate:
        made = self.made[index]
        if made is None:
            if index >= len(self.entries) and self.rest is not None:
                self.entries = self.entries + self.rest()
                self.rest = None
            _, start, day, rows, score, comfort, held, failing, strain = self.entries[index]
            occurrences = tuple(SlotOccurrence(*row[:6]) for row in rows)
            made = Candidate(
                start, day, self.teams, occurrences, score, comfort, held, failing, strain
            )
            self.made[index] = made
        return made


class RankedCandidates(Sequence[Candidate]):
    """Ranked candidates, each made when first read; equal to the tuple of them.

    The candidates that fit everyone come first, already ranked; ``rest`` ranks the
    others (``others`` of them) when one of them is first read. A slice is a view that
    shares what was made.
    """

    __slots__ = ("_ranking", "_start", "_stop")

    def __init__(
        self,
        teams: tuple[str, ...],
        fitting: list[Entry],
        rest: Callable[[], list[Entry]] | None = None,
        others: int = 0,
    ) -> None:
        self._ranking = _Ranking(teams, fitting, rest, others)
        self._start = 0
        self._stop = self._ranking.length

    @property
    def fitting_count(self) -> int:
        """How many of these candidates fit every held occurrence (they come first)."""
        return max(0, min(self._stop, self._ranking.fitting) - self._start)

    def __len__(self) -> int:
        return self._stop - self._start

    @overload
    def __getitem__(self, index: int) -> Candidate: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Candidate]: ...

    def __getitem__(self, index: int | slice) -> Candidate | Sequence[Candidate]:
        if isinstance(index, slice):
            first, last, step = index.indices(len(self))
            if step != 1:
                return tuple(self[i] for i in range(first, last, step))
            view = RankedCandidates.__new__(RankedCandidates)
            view._ranking = self._ranking
            view._start = self._start + first
            view._stop = self._start + max(first, last)
            return view
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("candidate index out of range")
        return self._ranking.make(self._start + index)

    def __iter__(self) -> Iterator[Candidate]:
        make = self._ranking.make
        for index in range(self._start, self._stop):
            yield make(index)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, RankedCandidates | tuple | list):
            return tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return repr(tuple(self))
