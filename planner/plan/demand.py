"""A real-time role's contact demand (``[role.demand]``): the week's contacts and the targets.

The contacts are a week profile on a grid of ``interval_minutes`` in the CLIENT's local wall
time: for each weekday, the contacts arriving in each interval. They come inline
(``contacts = { "mon-fri" = { "09:00-17:00" = 100 } }``, each interval of a range getting the
number) or from a CSV file (``planner.plan.contacts_csv``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from planner.errors import PlannerError
from planner.plan.hours import WEEKDAYS, day_runs, format_clock, parse_day_key
from planner.text import Text
from planner.time.local import MINUTES_PER_DAY

INTERVALS = (15, 30, 60)
MAX_CONTACTS = 1_000_000.0
MAX_HANDLE_SECONDS = 86_400.0
MAX_CONCURRENCY = 50.0


def _finite(value: float, key: str) -> float:
    if not math.isfinite(value):
        raise PlannerError(
            Text("{key} must be a finite number, not {value!r}", key=key, value=value)
        )
    return float(value)


def service_level_parts(text: str) -> tuple[str, str] | None:
    """The percent and seconds of ``"PERCENT/SECONDS"``, or None when it is not of that form.

    Digits (any script's), an optional fraction, a slash, digits; spaces around each.
    Read by string tests, as a regular expression read it before: a pattern would be
    compiled in every command.

    >>> service_level_parts(" 80.5 / 20"), service_level_parts("80/20/5")
    (('80.5', '20'), None)
    """
    percent, slash, seconds = text.partition("/")
    percent, seconds = percent.strip(), seconds.strip()
    whole, dot, fraction = percent.partition(".")
    if not slash or not seconds.isdecimal() or not whole.isdecimal():
        return None
    if dot and not fraction.isdecimal():
        return None
    return percent, seconds


@dataclass(frozen=True, slots=True)
class ServiceLevel:
    """The target: ``percent`` of contacts answered within ``seconds`` (``"80/20"``).

    >>> ServiceLevel.parse("80/20")
    ServiceLevel(percent=80.0, seconds=20)
    """

    percent: float
    seconds: int

    def __post_init__(self) -> None:
        _finite(self.percent, "service_level")
        if not 0 < self.percent < 100:
            raise PlannerError(
                Text(
                    "service_level {self}: the percent must be more than 0 and less than 100",
                    self=self,
                )
            )
        if not 0 <= self.seconds <= 3600:
            raise PlannerError(
                Text("service_level {self}: the seconds must be 0 to 3600", self=self)
            )
        object.__setattr__(self, "percent", float(self.percent))

    @classmethod
    def parse(cls, text: object) -> ServiceLevel:
        """Read ``"PERCENT/SECONDS"``, e.g. ``"80/20"`` or ``"90/30"``."""
        parts = service_level_parts(text) if isinstance(text, str) else None
        if parts is None:
            raise PlannerError(
                Text(
                    'service_level {text!r} is not of the form "PERCENT/SECONDS" (e.g. "80/20": 80% of contacts answered within 20 seconds)',
                    text=text,
                )
            )
        return cls(float(parts[0]), int(parts[1]))

    def __str__(self) -> str:
        return f"{self.percent:g}/{self.seconds}"


@dataclass(frozen=True, slots=True)
class WeekProfile:
    """Contacts per interval for each weekday (Monday first) in the client's local time.

    >>> week = WeekProfile.parse({"mon-fri": {"09:00-10:00": 40}}, 30)
    >>> week.days[0][18:21], week.total
    ((40.0, 40.0, 0.0), 400.0)
    """

    interval_minutes: int
    days: tuple[tuple[float, ...], ...]
    _total: float = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        if self.interval_minutes not in INTERVALS:
            raise PlannerError(
                Text(
                    "interval_minutes must be 15, 30 or 60, not {interval_minutes!r}",
                    interval_minutes=self.interval_minutes,
                )
            )
        slots = MINUTES_PER_DAY // self.interval_minutes
        if len(self.days) != 7 or any(len(day) != slots for day in self.days):
            raise PlannerError(
                Text("a week profile needs 7 days of {slots} intervals", slots=slots)
            )
        days: tuple[tuple[float, ...], ...] = self.days
        if not _checked_floats(days):
            for day in days:
                for value in day:
                    check_contacts(value)
            days = tuple(tuple(float(v) for v in d) for d in days)
            object.__setattr__(self, "days", days)
        object.__setattr__(self, "_total", sum(sum(day) for day in days))

    @property
    def slots(self) -> int:
        """Intervals per day."""
        return MINUTES_PER_DAY // self.interval_minutes

    @property
    def total(self) -> float:
        """Contacts in the whole week."""
        return self._total

    @classmethod
    def empty(cls, interval_minutes: int) -> WeekProfile:
        """A week with no contacts."""
        return cls(interval_minutes, ((0.0,) * (MINUTES_PER_DAY // interval_minutes),) * 7)

    @classmethod
    def parse(cls, mapping: object, interval_minutes: int) -> WeekProfile:
        """Read the inline ``contacts`` table: day key -> { "HH:MM-HH:MM" = contacts }.

        A range that ends at or before its start runs past midnight into the next day.
        """
        if not isinstance(mapping, Mapping) or not mapping:
            raise PlannerError(
                Text('contacts must be a table such as {{ "mon-fri" = {{ "09:00-17:00" = 100 }} }}')
            )
        slots = MINUTES_PER_DAY // interval_minutes
        week = [0.0] * (7 * slots)
        given = [False] * (7 * slots)
        named: set[int] = set()
        for key, ranges in mapping.items():
            days = parse_day_key(str(key))
            twice = named.intersection(days)
            if twice:
                raise PlannerError(
                    Text(
                        'contacts day key "{key}" names {items} again: name each day once',
                        key=key,
                        items=", ".join(WEEKDAYS[d] for d in sorted(twice)),
                    )
                )
            named.update(days)
            if not isinstance(ranges, Mapping):
                raise PlannerError(
                    Text(
                        'contacts "{key}" must be a table of time ranges: {{ "09:00-17:00" = 100 }}',
                        key=key,
                    )
                )
            for text, number in ranges.items():
                first, count = _grid_range(str(text), interval_minutes)
                if isinstance(number, bool) or not isinstance(number, int | float):
                    raise PlannerError(
                        Text(
                            'contacts "{key}" "{text}" must be a number, not {number!r}',
                            key=key,
                            text=text,
                            number=number,
                        )
                    )
                value = check_contacts(number)
                for day in days:
                    for step in range(count):
                        index = (day * slots + first + step) % len(week)
                        if given[index]:
                            clock = format_clock((first + step) % slots * interval_minutes)
                            raise PlannerError(
                                Text(
                                    'contacts "{key}" "{text}" gives {WEEKDAYS} {clock} a second time: give each interval once',
                                    key=key,
                                    text=text,
                                    WEEKDAYS=WEEKDAYS[index // slots],
                                    clock=clock,
                                )
                            )
                        given[index] = True
                        week[index] = value
        return cls(
            interval_minutes, tuple(tuple(week[d * slots : (d + 1) * slots]) for d in range(7))
        )

    def to_mapping(self) -> dict[str, dict[str, float | int]]:
        """The compact plan-file form: equal neighbouring intervals as ranges, equal days as runs.

        >>> WeekProfile.parse({"mon-fri": {"09:00-17:00": 100}}, 30).to_mapping()
        {'mon-fri': {'09:00-17:00': 100}}
        """
        per_day = [_day_ranges(day, self.interval_minutes) for day in self.days]
        return dict(day_runs(per_day))


def check_contacts(value: float) -> float:
    """A number of contacts in one interval: finite, 0 or more, at most a million.

    >>> check_contacts(12.5)
    12.5
    """
    _finite(value, "contacts")
    if not 0 <= value <= MAX_CONTACTS:
        raise PlannerError(
            Text(
                "contacts must be 0 to {MAX_CONTACTS:,.0f} per interval, not {value:g}",
                MAX_CONTACTS=MAX_CONTACTS,
                value=value,
            )
        )
    return float(value)


def _checked_floats(days: tuple[tuple[float, ...], ...]) -> bool:
    """True when ``days`` is a tuple of tuples of floats that :func:`check_contacts` accepts.

    A profile read from a plan is one already: it is then kept as it is, rather than each of
    its numbers checked and made a float again. A sum is finite only when no number is
    infinite or not a number, and the extremes are then ordered.
    """
    if type(days) is not tuple:
        return False
    values: list[float] = []
    for day in days:
        if type(day) is not tuple:
            return False
        values.extend(day)
    if not all(type(v) is float for v in values):
        return False
    return not values or (
        math.isfinite(sum(values)) and min(values) >= 0.0 and max(values) <= MAX_CONTACTS
    )


def _grid_range(text: str, interval_minutes: int) -> tuple[int, int]:
    """A range ``"HH:MM-HH:MM"`` on the grid as (first interval of the day, interval count)."""
    from planner.plan.hours import Shift

    try:
        span = Shift.parse(text)
    except PlannerError:
        raise PlannerError(
            Text(
                'contacts range "{text}" is not of the form "HH:MM-HH:MM" (e.g. "09:00-09:30")',
                text=text,
            )
        ) from None
    if span.start % interval_minutes or span.end % interval_minutes:
        raise PlannerError(
            Text(
                'contacts range "{text}" is not on the {interval_minutes}-minute grid of interval_minutes: start and end it on a multiple of the interval',
                text=text,
                interval_minutes=interval_minutes,
            )
        )
    return span.start // interval_minutes, span.minutes // interval_minutes


def check_demand_number(key: str, value: float) -> float:
    """A number of ``[role.demand]`` checked against its range.

    >>> check_demand_number("shrinkage_percent", 30)
    30.0
    """
    value = _finite(value, key)
    if key == "handle_seconds" and not 0 < value <= MAX_HANDLE_SECONDS:
        raise PlannerError(Text("handle_seconds must be more than 0 and at most 86400 (a day)"))
    if key == "shrinkage_percent" and not 0 <= value < 100:
        raise PlannerError(Text("shrinkage_percent must be 0 or more and less than 100"))
    if key == "max_occupancy_percent" and not 0 < value <= 100:
        raise PlannerError(Text("max_occupancy_percent must be more than 0 and at most 100"))
    if key == "concurrency" and not 1 <= value <= MAX_CONCURRENCY:
        raise PlannerError(
            Text(
                "concurrency must be 1 to {MAX_CONCURRENCY:g} (contacts one agent handles at once)",
                MAX_CONCURRENCY=MAX_CONCURRENCY,
            )
        )
    return value


def _plain(value: float) -> float | int:
    return int(value) if value.is_integer() else value


def _day_ranges(day: tuple[float, ...], interval_minutes: int) -> dict[str, float | int]:
    ranges: dict[str, float | int] = {}
    slot = 0
    while slot < len(day):
        end = slot + 1
        while end < len(day) and day[end] == day[slot]:
            end += 1
        if day[slot]:
            text = f"{format_clock(slot * interval_minutes)}-{format_clock(end * interval_minutes)}"
            ranges[text] = _plain(day[slot])
        slot = end
    return ranges


@dataclass(frozen=True, slots=True)
class Demand:
    """A real-time role's contacts and service targets (``[role.demand]`` of plan-format.md).

    >>> week = WeekProfile.parse({"mon": {"09:00-09:30": 100}}, 30)
    >>> Demand(180, week).service_level
    ServiceLevel(percent=80.0, seconds=20)
    """

    handle_seconds: float
    contacts: WeekProfile
    service_level: ServiceLevel = ServiceLevel(80.0, 20)
    shrinkage_percent: float = 0.0
    max_occupancy_percent: float = 100.0
    concurrency: float = 1.0
    contacts_file: str | None = None

    def __post_init__(self) -> None:
        for key in ("handle_seconds", "shrinkage_percent", "max_occupancy_percent", "concurrency"):
            object.__setattr__(self, key, check_demand_number(key, getattr(self, key)))
        if self.contacts_file is not None and not self.contacts_file.strip():
            raise PlannerError(Text('contacts_file must name a CSV file, e.g. "volume.csv"'))

    @property
    def interval_minutes(self) -> int:
        """The length of one interval of the grid."""
        return self.contacts.interval_minutes

    def encode(self) -> dict[str, Any]:
        """The ``[role.demand]`` table as plan-file values, in file order; defaults left out."""
        values: dict[str, Any] = {}
        if self.interval_minutes != 30:
            values["interval_minutes"] = self.interval_minutes
        values["handle_seconds"] = _plain(self.handle_seconds)
        values["service_level"] = str(self.service_level)
        if self.shrinkage_percent:
            values["shrinkage_percent"] = _plain(self.shrinkage_percent)
        if self.max_occupancy_percent != 100:
            values["max_occupancy_percent"] = _plain(self.max_occupancy_percent)
        if self.concurrency != 1:
            values["concurrency"] = _plain(self.concurrency)
        if self.contacts_file is not None:
            values["contacts_file"] = self.contacts_file
        else:
            values["contacts"] = self.contacts.to_mapping()
        return values
