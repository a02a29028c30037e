"""A team's weekly hours: shifts in local wall-clock minutes, and the day keys of the plan file."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TypeVar

from planner.errors import PlannerError
from planner.text import Text
from planner.time.local import MINUTES_PER_DAY

T = TypeVar("T")

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _parse_clock(text: str, allow_24: bool) -> int:
    # HH:MM with one or two digits for the hours (any decimal digits, as a pattern's \d):
    # read by partition, no pattern to compile per command.
    hour_text, colon, minute_text = text.strip().partition(":")
    if not (
        colon
        and 1 <= len(hour_text) <= 2
        and hour_text.isdecimal()
        and len(minute_text) == 2
        and minute_text.isdecimal()
    ):
        raise PlannerError(Text('"{text}" is not a time: write HH:MM, e.g. "09:00"', text=text))
    hours, minutes = int(hour_text), int(minute_text)
    if hours == 24 and minutes == 0 and allow_24:
        return MINUTES_PER_DAY
    if hours > 23 or minutes > 59:
        raise PlannerError(
            Text('"{text}" is not a time of day (00:00 to 23:59, or 24:00 as an end)', text=text)
        )
    return hours * 60 + minutes


def format_clock(minutes: int) -> str:
    """Minutes after midnight as ``HH:MM`` (1440 is ``24:00``).

    >>> format_clock(1290)
    '21:30'
    """
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


@dataclass(frozen=True, slots=True, order=True)
class Shift:
    """Working time on one local date, in the team's wall-clock minutes after midnight.

    An ``end`` at or before ``start`` runs past midnight into the next day.

    >>> Shift.parse("21:00-06:00").minutes
    540
    """

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start < MINUTES_PER_DAY:
            raise PlannerError(
                Text(
                    "a shift must start between 00:00 and 23:59, not {start} min", start=self.start
                )
            )
        if not 0 <= self.end <= MINUTES_PER_DAY:
            raise PlannerError(
                Text("a shift must end between 00:00 and 24:00, not {end} min", end=self.end)
            )
        if self.start == self.end or (self.start == 0 and self.end == 0):
            raise PlannerError(
                Text(
                    'shift "{self}" starts and ends at the same time: for a whole day write "00:00-24:00"',
                    self=self,
                )
            )

    @classmethod
    def parse(cls, text: object) -> Shift:
        """Read ``"HH:MM-HH:MM"``."""
        if not isinstance(text, str) or text.count("-") != 1:
            raise PlannerError(
                Text(
                    'shift {text!r} is not of the form "HH:MM-HH:MM" (e.g. "09:00-17:00")',
                    text=text,
                )
            )
        first, second = text.split("-")
        return cls(_parse_clock(first, allow_24=False), _parse_clock(second, allow_24=True))

    @property
    def crosses_midnight(self) -> bool:
        """True when the shift ends on the next local date."""
        return self.end <= self.start

    @property
    def minutes(self) -> int:
        """Nominal length in wall-clock minutes (DST nights make the real one differ)."""
        return (
            self.end - self.start
            if self.end > self.start
            else self.end + MINUTES_PER_DAY - self.start
        )

    def __str__(self) -> str:
        return f"{format_clock(self.start)}-{format_clock(self.end)}"


def parse_day_key(key: str) -> tuple[int, ...]:
    """Weekday indexes (Monday = 0) named by a day key: ``mon``, ``sun-thu``, ``daily``.

    >>> parse_day_key("sun-thu")
    (6, 0, 1, 2, 3)
    """
    text = key.strip().lower()
    if text == "daily":
        return tuple(range(7))
    if text in WEEKDAYS:
        return (WEEKDAYS.index(text),)
    first, dash, last = text.partition("-")
    if dash and first in WEEKDAYS and last in WEEKDAYS:
        start, stop = WEEKDAYS.index(first), WEEKDAYS.index(last)
        return tuple((start + i) % 7 for i in range((stop - start) % 7 + 1))
    raise PlannerError(
        Text(
            '"{key}" is not a day key: use mon ... sun, a range such as "mon-fri" or "sun-thu", or "daily"',
            key=key,
        )
    )


def equal_day_runs(per_day: Sequence[T]) -> list[tuple[int, int, T]]:
    """Neighbouring days (Monday = 0) with equal values as (first, last, value); empty left out.

    >>> equal_day_runs([1, 2, 2, 0, 0, 0, 3])
    [(0, 0, 1), (1, 2, 2), (6, 6, 3)]
    """
    runs: list[tuple[int, int, T]] = []
    day = 0
    while day < 7:
        last = day
        while last + 1 < 7 and per_day[last + 1] == per_day[day]:
            last += 1
        if per_day[day]:
            runs.append((day, last, per_day[day]))
        day = last + 1
    return runs


def day_runs(per_day: Sequence[T]) -> list[tuple[str, T]]:
    """Neighbouring days (Monday first) with equal values as day keys; empty values left out.

    >>> day_runs([1, 1, 1, 1, 1, 0, 0])
    [('mon-fri', 1)]
    >>> day_runs([2] * 7), day_runs([1, 2, 2, 0, 0, 0, 3])
    ([('daily', 2)], [('mon', 1), ('tue-wed', 2), ('sun', 3)])
    """
    return [
        (_day_range_key(range(first, last + 1)), value)
        for first, last, value in equal_day_runs(per_day)
    ]


def _day_range_key(days: Sequence[int]) -> str:
    if len(days) == 7:
        return "daily"
    if len(days) == 1:
        return WEEKDAYS[days[0]]
    return f"{WEEKDAYS[days[0]]}-{WEEKDAYS[days[-1]]}"


@dataclass(frozen=True, slots=True)
class WeekHours:
    """Shifts for each weekday, Monday first; each day's shifts sorted.

    >>> WeekHours.parse({"mon-fri": ["09:00-17:00"]}).to_mapping()
    {'mon-fri': ['09:00-17:00']}
    """

    days: tuple[tuple[Shift, ...], ...] = ((),) * 7

    def __post_init__(self) -> None:
        if len(self.days) != 7:
            raise PlannerError(Text("weekly hours need exactly seven days"))
        object.__setattr__(self, "days", tuple(tuple(sorted(day)) for day in self.days))

    @classmethod
    def parse(cls, mapping: object) -> WeekHours:
        """Read the plan file's ``hours`` table: day key -> list of ``"HH:MM-HH:MM"``."""
        if not isinstance(mapping, Mapping):
            raise PlannerError(
                Text('hours must be a table such as {{ "mon-fri" = ["09:00-17:00"] }}')
            )
        days: list[list[Shift]] = [[] for _ in range(7)]
        named: set[int] = set()
        for key, shifts in mapping.items():
            indexes = parse_day_key(str(key))
            twice = named.intersection(indexes)
            if twice:
                raise PlannerError(
                    Text(
                        'day key "{key}" names {items} again: name each day once',
                        key=key,
                        items=", ".join(WEEKDAYS[i] for i in sorted(twice)),
                    )
                )
            named.update(indexes)
            if isinstance(shifts, str):
                shifts = [shifts]
            if not isinstance(shifts, Sequence):
                raise PlannerError(
                    Text('hours "{key}" must be a list of shifts such as ["09:00-17:00"]', key=key)
                )
            parsed = [Shift.parse(text) for text in shifts]
            for index in indexes:
                days[index].extend(parsed)
        return cls(tuple(tuple(day) for day in days))

    @classmethod
    def from_days(cls, days: Iterable[Iterable[Shift]]) -> WeekHours:
        """Build from seven iterables of shifts, Monday first."""
        return cls(tuple(tuple(day) for day in days))

    def on(self, weekday: int) -> tuple[Shift, ...]:
        """The shifts starting on ``weekday`` (Monday = 0)."""
        return self.days[weekday]

    def with_day(self, weekday: int, shifts: Iterable[Shift]) -> WeekHours:
        """A copy with ``weekday``'s shifts replaced."""
        days = list(self.days)
        days[weekday] = tuple(shifts)
        return WeekHours(tuple(days))

    def to_mapping(self) -> dict[str, list[str]]:
        """The compact plan-file form: runs of equal days become ranges (wrapping past Sunday)."""
        result: dict[str, list[str]] = {}
        if all(day == self.days[0] for day in self.days):
            if self.days[0]:
                result["daily"] = [str(s) for s in self.days[0]]
            return result
        # Start the scan after a change of shifts so that a run wrapping past Sunday stays whole.
        origin = next(i for i in range(7) if self.days[i] != self.days[i - 1])
        run: list[int] = []
        for step in range(7):
            index = (origin + step) % 7
            if run and self.days[index] != self.days[run[0]]:
                if self.days[run[0]]:
                    result[_day_range_key(run)] = [str(s) for s in self.days[run[0]]]
                run = []
            run.append(index)
        if self.days[run[0]]:
            result[_day_range_key(run)] = [str(s) for s in self.days[run[0]]]
        return dict(sorted(result.items(), key=lambda kv: parse_day_key(kv[0])[0]))

    @property
    def is_empty(self) -> bool:
        """True when no day has a shift."""
        return not any(self.days)


@dataclass(frozen=True, slots=True)
class DayExceptions:
    """Shifts for single local dates that replace the week's (plan-file key ``exceptions``).

    An empty tuple of shifts means the team is off that date. Hashable, like every value of
    a team, so that a team can key a cache.

    >>> from datetime import date
    >>> days = DayExceptions.parse({"2027-12-24": ["09:00-13:00"], "2027-12-31": []})
    >>> [str(s) for s in days.get(date(2027, 12, 24), ())], days.get(date(2027, 12, 31))
    (['09:00-13:00'], ())
    """

    days: tuple[tuple[date, tuple[Shift, ...]], ...] = ()
    _index: dict[date, tuple[Shift, ...]] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        index: dict[date, tuple[Shift, ...]] = {}
        for day, shifts in self.days:
            if not isinstance(day, date) or isinstance(day, datetime):
                raise PlannerError(Text("an exception's date must be a date, not {day!r}", day=day))
            if day in index:
                raise PlannerError(
                    Text(
                        "exceptions name {isoformat} twice: name each date once",
                        isoformat=day.isoformat(),
                    )
                )
            index[day] = tuple(sorted(shifts))
        object.__setattr__(self, "days", tuple(sorted(index.items())))
        object.__setattr__(self, "_index", index)

    @classmethod
    def parse(cls, mapping: object) -> DayExceptions:
        """Read the plan file's ``exceptions`` table: ISO date -> list of ``"HH:MM-HH:MM"``."""
        if not isinstance(mapping, Mapping):
            raise PlannerError(
                Text('exceptions must be a table such as {{ "2027-12-24" = ["09:00-13:00"] }}')
            )
        days: list[tuple[date, tuple[Shift, ...]]] = []
        for key, shifts in mapping.items():
            text = str(key).strip()
            try:
                day = date.fromisoformat(text)
            except ValueError:
                raise PlannerError(
                    Text(
                        'exception "{key}" is not a date: write "YYYY-MM-DD", e.g. "2027-12-24"',
                        key=key,
                    )
                ) from None
            if isinstance(shifts, str):
                shifts = [shifts]
            if not isinstance(shifts, Sequence):
                raise PlannerError(
                    Text(
                        'exception "{key}" must be a list of shifts such as ["09:00-13:00"] ([] for a day off)',
                        key=key,
                    )
                )
            days.append((day, tuple(Shift.parse(s) for s in shifts)))
        return cls(tuple(days))

    def get(self, day: date, default: tuple[Shift, ...] | None = None) -> tuple[Shift, ...] | None:
        """The shifts of ``day`` when it has an exception, else ``default``."""
        return self._index.get(day, default)

    def __contains__(self, day: object) -> bool:
        return day in self._index

    def __len__(self) -> int:
        return len(self.days)

    def with_day(self, day: date, shifts: Iterable[Shift] | None) -> DayExceptions:
        """A copy where ``day`` has ``shifts`` (None removes the exception)."""
        kept = [(d, s) for d, s in self.days if d != day]
        if shifts is not None:
            kept.append((day, tuple(shifts)))
        return DayExceptions(tuple(kept))

    def to_mapping(self) -> dict[str, list[str]]:
        """The plan-file form, by date."""
        return {day.isoformat(): [str(s) for s in shifts] for day, shifts in self.days}


NO_EXCEPTIONS = DayExceptions()
