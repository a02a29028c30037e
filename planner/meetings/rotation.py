"""Fair rotation: when no start time suits everyone, alternate two slots so the cost is shared.

The two slots alternate by the repeat rule's period (day, week or month), counted from
the series' first date: even periods meet at the first slot, odd periods at the second.
Each half is then itself a plain series with twice the interval, so a rotation is
exported as two ordinary meetings (:meth:`Rotation.meetings`) that the plan file, the
iCal export and every calendar app understand.

A team's *awkward* meetings are the held occurrences outside its working hours
(early/late, night or a day off, see ``planner.meetings.comfort``); skipped occurrences (holidays)
count for nobody. Among every pair of candidate start times the rotation minimises, in
order: the largest per-team tally of awkward meetings, the total of the tallies, the
discomfort (it maximises the summed points of each occurrence's least comfortable
participant, then minimises the strain, then maximises every participant's points), then
prefers the earliest starts. It is compared with the best single
slot under the same measure (:attr:`Rotation.helps`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from planner.meetings.candidates import Candidate, SlotOccurrence
from planner.meetings.slots import SlotSearch
from planner.plan.meeting import Meeting, Repeat


@dataclass(frozen=True, slots=True)
class Tally:
    """One team's awkward meetings over the range.

    Attributes:
        team: the team id.
        awkward: held occurrences outside the team's working hours.
        held: held occurrences in all.
    """

    team: str
    awkward: int
    held: int


@dataclass(frozen=True, slots=True)
class RotationOccurrence:
    """One occurrence of the rotation: which slot (0 or 1) and how it sits for everyone."""

    slot: int
    occurrence: SlotOccurrence


@dataclass(frozen=True, slots=True)
class Rotation:
    """Two slots taken in turn, with each team's tally.

    Attributes:
        search: the search the slots come from.
        slots: the two candidates (even periods, odd periods).
        occurrences: the rotation's occurrences in order, skipped ones included.
        tally: awkward meetings per team, in the search's team order.
        single: the best single slot under the same measure.
        single_tally: its tally.
    """

    search: SlotSearch
    slots: tuple[Candidate, Candidate]
    occurrences: tuple[RotationOccurrence, ...]
    tally: tuple[Tally, ...]
    single: Candidate
    single_tally: tuple[Tally, ...]

    @property
    def helps(self) -> bool:
        """True when the rotation lowers the largest per-team tally of the best single slot."""
        return max(t.awkward for t in self.tally) < max(t.awkward for t in self.single_tally)

    @property
    def held(self) -> int:
        """Held occurrences of the rotation."""
        return sum(1 for r in self.occurrences if r.occurrence.held)

    def half(self, slot: int) -> tuple[SlotOccurrence, ...]:
        """The occurrences at one slot (0 or 1), skipped ones included."""
        return tuple(r.occurrence for r in self.occurrences if r.slot == slot)

    def meetings(self, meeting_id: str = "rotation", title: str = "") -> tuple[Meeting, Meeting]:
        """The rotation as two meetings, ``<id>-a`` and ``<id>-b``, each with twice the interval.

        Each starts on its first occurrence in range and runs ``until`` its last.
        """
        repeat = self.search.repeat
        assert repeat is not None, "a rotation needs a series"
        result = []
        for slot, suffix in ((0, "a"), (1, "b")):
            half = self.half(slot)
            candidate = self.slots[slot]
            rule = Repeat(repeat.freq, repeat.interval * 2, repeat.byday, until=half[-1].day)
            name = f"{title or meeting_id} ({suffix.upper()}: {candidate.start:%H:%M})"
            result.append(
                Meeting(
                    f"{meeting_id}-{suffix}",
                    name,
                    self.search.teams,
                    self.search.duration_minutes,
                    half[0].day,
                    candidate.start,
                    self.search.zone,
                    rule,
                )
            )
        return result[0], result[1]


def period_index(freq: str, day: date) -> int:
    """A number for the day, week (Monday first) or month holding ``day``.

    >>> period_index("weekly", date(2027, 1, 10)) - period_index("weekly", date(2027, 1, 4))
    0
    """
    if freq == "daily":
        return day.toordinal()
    if freq == "weekly":
        return (day - timedelta(days=day.weekday())).toordinal() // 7
    return day.year * 12 + day.month - 1


def slot_of(search: SlotSearch, day: date) -> int:
    """0 when ``day`` falls in an even period of the series (counted from its first date), else 1."""
    repeat = search.repeat
    assert repeat is not None, "a rotation needs a series"
    first = period_index(repeat.freq, search.series_days[0])
    return ((period_index(repeat.freq, day) - first) // repeat.interval) % 2


@dataclass(frozen=True, slots=True)
class _Halves:
    """A candidate's awkward counts and points on even (0) and odd (1) periods."""

    awkward: tuple[tuple[int, ...], tuple[int, ...]]
    held: tuple[int, int]
    points: tuple[int, int]
    everyone: tuple[int, int]
    strain: tuple[int, int]
    present: tuple[bool, bool]


def _halves(search: SlotSearch, candidate: Candidate) -> _Halves:
    teams = len(search.teams)
    awkward = [[0] * teams, [0] * teams]
    held = [0, 0]
    points = [0, 0]
    everyone = [0, 0]
    strain = [0, 0]
    present = [False, False]
    for o in candidate.occurrences:
        slot = slot_of(search, o.day)
        present[slot] = True
        if not o.held:
            continue
        held[slot] += 1
        points[slot] += o.worst.points
        everyone[slot] += sum(c.points for c in o.comforts)
        strain[slot] += o.strain
        for index, comfort in enumerate(o.comforts):
            if not comfort.working:
                awkward[slot][index] += 1
    return _Halves(
        (tuple(awkward[0]), tuple(awkward[1])),
        (held[0], held[1]),
        (points[0], points[1]),
        (everyone[0], everyone[1]),
        (strain[0], strain[1]),
        (present[0], present[1]),
    )


def _tally(search: SlotSearch, first: _Halves, second: _Halves) -> tuple[Tally, ...]:
    held = first.held[0] + second.held[1]
    return tuple(
        Tally(team, first.awkward[0][i] + second.awkward[1][i], held)
        for i, team in enumerate(search.teams)
    )


def fair_rotation(search: SlotSearch) -> Rotation | None:
    """The fairest pair of slots to alternate, or None for a one-off or a single period.

    >>> from datetime import date
    >>> from planner.schedule.range import Range
    >>> from planner.plan.model import Plan, Team
    >>> from planner.plan.hours import WeekHours
    >>> from planner.meetings.slots import find_slots
    >>> from planner.meetings.requests import parse_repeat
    >>> day = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    >>> plan = Plan(teams=(Team("ldn", "client", "UTC", day), Team("tyo", "vendor", "Asia/Tokyo", day)))
    >>> span = Range.of_days("UTC", date(2027, 1, 4), date(2027, 2, 28))
    >>> rotation = fair_rotation(find_slots(plan, ["ldn", "tyo"], 60, parse_repeat("weekly:WE"), span))
    >>> [f"{c.start:%H:%M}" for c in rotation.slots], [(t.team, t.awkward) for t in rotation.tally]
    (['07:00', '09:00'], [('ldn', 4), ('tyo', 4)])
    """
    if search.repeat is None or len(search.candidates) < 2:
        return None
    halves = [_halves(search, c) for c in search.candidates]
    if not any(h.present[0] and h.present[1] for h in halves):
        return None

    def cost(i: int, j: int) -> tuple[int, int, int, int, int, int, int]:
        tally = [a + b for a, b in zip(halves[i].awkward[0], halves[j].awkward[1], strict=True)]
        points = halves[i].points[0] + halves[j].points[1]
        strain = halves[i].strain[0] + halves[j].strain[1]
        everyone = halves[i].everyone[0] + halves[j].everyone[1]
        first, second = search.candidates[i], search.candidates[j]
        return (max(tally), sum(tally), -points, strain, -everyone, first.minute, second.minute)

    usable = [i for i, h in enumerate(halves) if h.present[0] and h.present[1]]
    single = min(usable, key=lambda i: cost(i, i))
    pairs = [(i, j) for i in usable for j in usable if i != j]
    if not pairs:
        return None
    best_i, best_j = min(pairs, key=lambda p: cost(*p))
    first, second = search.candidates[best_i], search.candidates[best_j]
    merged = [RotationOccurrence(0, o) for o in first.occurrences if slot_of(search, o.day) == 0]
    merged += [RotationOccurrence(1, o) for o in second.occurrences if slot_of(search, o.day) == 1]
    merged.sort(key=lambda r: r.occurrence.start)
    return Rotation(
        search,
        (first, second),
        tuple(merged),
        _tally(search, halves[best_i], halves[best_j]),
        search.candidates[single],
        _tally(search, halves[single], halves[single]),
    )
