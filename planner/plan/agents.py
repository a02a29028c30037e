"""People on a team's shifts: the plan file's ``agents`` key, read, checked and written back.

``agents = 8`` puts 8 people on every shift; ``{ "21:00-06:00" = 8, "09:00-17:00" = 3 }``
names shifts as written in ``hours``; ``{ "mon-fri" = { "09:00-17:00" = 10 }, "sat-sun" =
{ "09:00-17:00" = 4 } }`` gives a count per day key (the form a suggested roster needs). A
shift the table does not name (a one-day exception's, say) has the default: the number of
the first form, else 1.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from planner.errors import PlannerError
from planner.plan.hours import WEEKDAYS, Shift, WeekHours, day_runs, parse_day_key
from planner.text import Text

MAX_AGENTS = 100_000

AgentsValue = int | dict[str, Any]
"""The plan-file form: a number, a table by shift, or a table by day key then shift."""


def _count(value: object, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise PlannerError(
            Text(
                "{where} must be a whole number of people, not {value!r}", where=where, value=value
            )
        )
    if not 1 <= value <= MAX_AGENTS:
        raise PlannerError(
            Text(
                "{where} must be between 1 and {MAX_AGENTS:,} (remove the shift instead of 0)",
                where=where,
                MAX_AGENTS=MAX_AGENTS,
            )
        )
    return value


@dataclass(frozen=True, slots=True)
class Agents:
    """People working each shift: a default, and counts for (weekday, shift) pairs.

    >>> agents = Agents.parse({"21:00-06:00": 8}, WeekHours.parse({"mon-fri": ["21:00-06:00"]}))
    >>> agents.count(0, Shift.parse("21:00-06:00")), agents.count(0, Shift.parse("09:00-10:00"))
    (8, 1)
    """

    default: int = 1
    counts: tuple[tuple[int, Shift, int], ...] = ()
    _lookup: dict[tuple[int, Shift], int] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        _count(self.default, "agents")
        for weekday, _, number in self.counts:
            if not 0 <= weekday <= 6:
                raise PlannerError(
                    Text("weekday {weekday} is not 0 (Monday) to 6 (Sunday)", weekday=weekday)
                )
            _count(number, "agents")
        named = set(self.counts)
        if len({(w, s) for w, s, _ in named}) != len(named):
            raise PlannerError(Text("agents names the same shift twice on one day"))
        # A count equal to the default says nothing more: two values meaning the same
        # people on the same shifts are equal (a file that names such a shift reads back
        # as one that does not).
        counts = tuple(sorted(c for c in named if c[2] != self.default))
        object.__setattr__(self, "counts", counts)
        object.__setattr__(self, "_lookup", {(w, s): n for w, s, n in counts})

    def count(self, weekday: int, shift: Shift) -> int:
        """The people on ``shift`` when it starts on ``weekday`` (Monday = 0)."""
        return self._lookup.get((weekday, shift), self.default)

    @classmethod
    def uniform(cls, number: int) -> Agents:
        """The same number of people on every shift."""
        return cls(default=number)

    @classmethod
    def parse(cls, value: object, hours: WeekHours) -> Agents:
        """Read the plan file's ``agents`` value; every named shift must be in ``hours``."""
        if not isinstance(value, Mapping):
            return cls(default=_count(value, "agents"))
        if not value:
            raise PlannerError(
                Text('agents must be a number or a table such as {{ "09:00-17:00" = 8 }}')
            )
        by_day = all(isinstance(v, Mapping) for v in value.values())
        if not by_day and any(isinstance(v, Mapping) for v in value.values()):
            raise PlannerError(
                Text(
                    'agents mixes shifts and day keys: write either {{ "09:00-17:00" = 8 }} or {{ "mon-fri" = {{ "09:00-17:00" = 8 }} }}'
                )
            )
        counts: list[tuple[int, Shift, int]] = []
        if by_day:
            named: set[int] = set()
            for key, shifts in value.items():
                days = parse_day_key(str(key))
                twice = named.intersection(days)
                if twice:
                    raise PlannerError(
                        Text(
                            'agents day key "{key}" names {items} again: name each day once',
                            key=key,
                            items=", ".join(WEEKDAYS[d] for d in sorted(twice)),
                        )
                    )
                named.update(days)
                for text, number in shifts.items():
                    shift = Shift.parse(text)
                    for day in days:
                        if shift not in hours.on(day):
                            raise PlannerError(
                                Text(
                                    'agents names "{text}" on {WEEKDAYS}, but hours has no such shift that day: name the shifts as written in hours',
                                    text=text,
                                    WEEKDAYS=WEEKDAYS[day],
                                )
                            )
                        counts.append((day, shift, _count(number, f'agents "{key}" "{text}"')))
        else:
            for text, number in value.items():
                shift = Shift.parse(text)
                worked = [d for d in range(7) if shift in hours.on(d)]
                if not worked:
                    raise PlannerError(
                        Text(
                            'agents names "{text}", which is not a shift in hours: name the shifts as written in hours',
                            text=text,
                        )
                    )
                counts.extend((d, shift, _count(number, f'agents "{text}"')) for d in worked)
        return cls(1, tuple(counts))

    def encode(self, hours: WeekHours) -> AgentsValue | None:
        """The compact plan-file form for ``hours``, or None when every shift has 1 person.

        >>> h = WeekHours.parse({"mon-fri": ["09:00-17:00"], "sat": ["10:00-14:00"]})
        >>> Agents(1, ((0, Shift.parse("09:00-17:00"), 5),)).encode(h)
        {'mon': {'09:00-17:00': 5}, 'tue-fri': {'09:00-17:00': 1}, 'sat': {'10:00-14:00': 1}}
        """
        per_day = [{str(s): self.count(d, s) for s in hours.on(d)} for d in range(7)]
        numbers = {n for day in per_day for n in day.values()}
        if numbers <= {self.default}:
            return None if self.default == 1 else self.default
        by_text: dict[str, set[int]] = {}
        for day in per_day:
            for text, number in day.items():
                by_text.setdefault(text, set()).add(number)
        if all(len(found) == 1 for found in by_text.values()):
            return {
                text: found.pop()
                for text, found in sorted(by_text.items(), key=lambda kv: Shift.parse(kv[0]))
            }
        return _day_runs(per_day)

    def follow(self, old: WeekHours, new: WeekHours) -> Agents:
        """Counts carried to ``new`` hours: a day's one changed shift keeps its people.

        >>> old = WeekHours.parse({"mon": ["09:00-17:00"]})
        >>> new = WeekHours.parse({"mon": ["08:00-17:00"]})
        >>> Agents(1, ((0, Shift.parse("09:00-17:00"), 6),)).follow(old, new).counts
        ((0, Shift(start=480, end=1020), 6),)
        """
        counts = []
        for day in range(7):
            gone = [s for s in old.on(day) if s not in new.on(day)]
            added = [s for s in new.on(day) if s not in old.on(day)]
            for shift in new.on(day):
                source = gone[0] if len(gone) == 1 and added == [shift] else shift
                if (day, source) in self._lookup:
                    counts.append((day, shift, self._lookup[(day, source)]))
        return Agents(self.default, tuple(counts))


def _day_runs(per_day: list[dict[str, int]]) -> dict[str, Any]:
    """Days with equal counts as runs (``mon-fri``), each day's shifts in start order."""
    return {
        key: dict(sorted(counts.items(), key=lambda kv: Shift.parse(kv[0])))
        for key, counts in day_runs(per_day)
    }
