"""The year view: a client/vendor pair's overlap for every day, with DST and holiday marks.

A year of a large organisation has thousands of strips; :class:`YearStrips` makes each
only when it is read (the strips on screen), and :class:`YearTeams` keeps what it computed
for one plan, zone and year, so that a chart shown again reads it back.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import repeat
from typing import NamedTuple, overload

from planner.chart.offsets import offset_changes
from planner.plan.model import Plan, Team
from planner.schedule.working_time import DAY_OFF, team_bounds
from planner.text import Text
from planner.time.holidays import HolidayName, holidays_in_year
from planner.time.intervals import Bounds, Instant, bounds_intersection
from planner.time.local import local_date, local_instant


class DayOverlap(NamedTuple):
    """Overlap minutes of a pair on one reference-zone date, for the year strip.

    ``client_works``/``vendor_works`` tell a day without overlap because one side is off
    (a weekend) from a working day that has none (a mismatch to see). A named tuple, not
    a dataclass: a year chart of a large organisation has a million of them.
    """

    day: date
    minutes: int
    client_works: bool
    vendor_works: bool


@dataclass(frozen=True, slots=True)
class YearMark:
    """A date marked on a year strip: a DST change or a holiday of one of the pair."""

    day: date
    team_id: str
    text: str


@dataclass(frozen=True, slots=True)
class YearStrip:
    """A client/vendor pair's overlap for every reference-zone day of a year."""

    client_id: str
    vendor_id: str
    label: str
    days: tuple[DayOverlap, ...]
    dst: tuple[YearMark, ...]
    holidays: tuple[YearMark, ...]

    @property
    def working_minutes(self) -> tuple[int, ...]:
        """Overlap minutes of the days the client works (the scale's domain)."""
        return tuple(d.minutes for d in self.days if d.client_works)

    def on(self, day: date) -> DayOverlap:
        """The entry of a date of the strip's year."""
        return self.days[(day - self.days[0].day).days]


@functools.lru_cache(maxsize=64)
def _day_bounds(zone: str, year: int) -> tuple[Instant, ...]:
    first = date(year, 1, 1)
    count = (date(year + 1, 1, 1) - first).days
    return tuple(local_instant(zone, first + timedelta(days=i), 0) for i in range(count + 1))


def _minutes_per_day(bounds: Sequence[int], days: Sequence[Instant]) -> list[int]:
    """Seconds of flat bounds inside each ``[days[i], days[i + 1])``, in minutes.

    One pass over both sorted lists: no day is looked at twice, no piece either.
    """
    seconds = [0] * (len(days) - 1)
    last = len(seconds) - 1
    index = 0
    for position in range(0, len(bounds), 2):
        a, b = bounds[position], bounds[position + 1]
        if b <= days[0] or a >= days[-1]:
            continue
        while index < last and days[index + 1] <= a:
            index += 1
        day = index
        while day <= last:
            low, high = days[day], days[day + 1]
            if low >= b:
                break
            piece = (b if b < high else high) - (a if a > low else low)
            if piece > 0:
                seconds[day] += piece
            day += 1
    return [s // 60 for s in seconds]


class YearTeams:
    """Each team's working time and daily minutes over one year, computed once for all strips."""

    def __init__(self, plan: Plan, zone: str, year: int) -> None:
        self.plan = plan
        self.zone = zone
        self.year = year
        self.days = _day_bounds(zone, year)
        first = date(year, 1, 1)
        self.dates = tuple(first + timedelta(days=i) for i in range(len(self.days) - 1))
        self._bounds: dict[str, Bounds] = {}
        self._daily: dict[str, list[int]] = {}
        self._works: dict[str, tuple[bool, ...]] = {}
        self._dst: dict[str, list[YearMark]] = {}
        self._holidays: dict[str, list[YearMark]] = {}
        self._strips: dict[tuple[str, str], YearStrip] = {}

    def fits(self, plan: Plan, zone: str, year: int) -> bool:
        """True when this is the year of this very plan object in this zone (reusable)."""
        return self.plan is plan and self.zone == zone and self.year == year

    def strip(self, client_id: str, vendor_id: str) -> YearStrip:
        """A pair's strip, made once."""
        key = (client_id, vendor_id)
        found = self._strips.get(key)
        if found is None:
            found = self._strips[key] = _strip(self.plan, self, client_id, vendor_id)
        return found

    def bounds(self, team_id: str) -> Bounds:
        """The team's working time over the year, as flat bounds."""
        found = self._bounds.get(team_id)
        if found is None:
            team = self.plan.team(team_id)
            found = self._bounds[team_id] = team_bounds(team, self.days[0], self.days[-1])
        return found

    def daily(self, team_id: str) -> list[int]:
        """The team's working minutes on each reference-zone date of the year."""
        found = self._daily.get(team_id)
        if found is None:
            found = self._daily[team_id] = _minutes_per_day(self.bounds(team_id), self.days)
        return found

    def works(self, team_id: str) -> tuple[bool, ...]:
        """Whether the team works at all on each reference-zone date of the year."""
        found = self._works.get(team_id)
        if found is None:
            found = self._works[team_id] = tuple(m > 0 for m in self.daily(team_id))
        return found

    def dst_marks(self, team_id: str) -> list[YearMark]:
        """The team's clock changes in the year, on reference-zone dates."""
        found = self._dst.get(team_id)
        if found is None:
            team = self.plan.team(team_id)
            found = self._dst[team_id] = _dst_marks(team, self.zone, self.days[0], self.days[-1])
        return found

    def holiday_marks(self, team_id: str) -> list[YearMark]:
        """The team's holidays and days off in the year."""
        found = self._holidays.get(team_id)
        if found is None:
            found = self._holidays[team_id] = _holiday_marks(self.plan.team(team_id), self.year)
        return found


def _dst_marks(team: Team, zone: str, start: Instant, end: Instant) -> list[YearMark]:
    return [
        YearMark(
            local_date(zone, c.instant),
            team.id,
            Text("{team}: {change}", team=team.name, change=c.text),
        )
        for c in offset_changes(team.zone, start, end)
    ]


def _holiday_marks(team: Team, year: int) -> list[YearMark]:
    found: dict[date, str] = {}
    if team.holidays:
        code = team.holidays
        found.update((d, HolidayName(n, code, d)) for d, n in holidays_in_year(code, year).items())
    for day in team.days_off:
        if day.year == year:
            found.setdefault(day, DAY_OFF)
    return [
        YearMark(day, team.id, Text("{team}: {name}", team=team.name, name=name))
        for day, name in sorted(found.items())
    ]


def year_strip(plan: Plan, zone: str, year: int, client_id: str, vendor_id: str) -> YearStrip:
    """A pair's overlap minutes for every date of ``year`` in the reference zone.

    >>> from planner.plan.hours import WeekHours
    >>> h = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    >>> plan = Plan(teams=(Team("a", "client", "UTC", h), Team("b", "vendor", "Europe/Kyiv", h)))
    >>> strip = year_strip(plan, "UTC", 2027, "a", "b")
    >>> strip.on(date(2027, 1, 4)).minutes, strip.on(date(2027, 7, 5)).minutes
    (360, 300)
    """
    return year_strips(plan, zone, year, ((client_id, vendor_id),))[0]


def year_strips(
    plan: Plan, zone: str, year: int, pairs: Iterable[tuple[str, str]]
) -> tuple[YearStrip, ...]:
    """:func:`year_strip` of each pair, every team's time and daily minutes computed once.

    >>> from planner.plan.hours import WeekHours
    >>> h = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    >>> plan = Plan(teams=(Team("a", "client", "UTC", h), Team("b", "vendor", "Europe/Kyiv", h),
    ...                    Team("c", "vendor", "Asia/Manila", h)))
    >>> [s.on(date(2027, 1, 4)).minutes for s in year_strips(plan, "UTC", 2027, [("a", "b"), ("a", "c")])]
    [360, 0]
    """
    teams = YearTeams(plan, zone, year)
    return tuple(teams.strip(client, vendor) for client, vendor in pairs)


class YearStrips(Sequence[YearStrip]):
    """The strips of some pairs, each made when it is first read (see :func:`year_strips`).

    Equal to a tuple (or other strips) of the same strips, in order.

    >>> from planner.plan.hours import WeekHours
    >>> h = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    >>> plan = Plan(teams=(Team("a", "client", "UTC", h), Team("b", "vendor", "Europe/Kyiv", h)))
    >>> strips = YearStrips(YearTeams(plan, "UTC", 2027), [("a", "b")])
    >>> len(strips), strips[0].on(date(2027, 1, 4)).minutes
    (1, 360)
    >>> strips == year_strips(plan, "UTC", 2027, [("a", "b")])
    True
    """

    __slots__ = ("_pairs", "_teams")

    def __init__(self, teams: YearTeams, pairs: Iterable[tuple[str, str]]) -> None:
        self._teams = teams
        self._pairs = tuple(pairs)

    def __len__(self) -> int:
        return len(self._pairs)

    @overload
    def __getitem__(self, index: int) -> YearStrip: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[YearStrip, ...]: ...

    def __getitem__(self, index: int | slice) -> YearStrip | tuple[YearStrip, ...]:
        if isinstance(index, slice):
            return tuple(self._teams.strip(*pair) for pair in self._pairs[index])
        return self._teams.strip(*self._pairs[index])

    def __iter__(self) -> Iterator[YearStrip]:
        return (self._teams.strip(*pair) for pair in self._pairs)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, YearStrips | tuple):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"YearStrips({len(self)} pairs of {self._teams.year})"


def _strip(plan: Plan, teams: YearTeams, client_id: str, vendor_id: str) -> YearStrip:
    client, vendor = plan.team(client_id), plan.team(vendor_id)
    overlap = _minutes_per_day(
        bounds_intersection(teams.bounds(client_id), teams.bounds(vendor_id)), teams.days
    )
    rows = zip(teams.dates, overlap, teams.works(client_id), teams.works(vendor_id), strict=True)
    days = tuple(map(tuple.__new__, repeat(DayOverlap), rows))
    dst: list[YearMark] = []
    for team in (client, vendor) if client.zone != vendor.zone else (client,):
        dst.extend(teams.dst_marks(team.id))
    holidays = teams.holiday_marks(client_id) + teams.holiday_marks(vendor_id)
    return YearStrip(
        client_id,
        vendor_id,
        f"{client.name} \u2194 {vendor.name}",
        days,
        tuple(sorted(dst, key=lambda m: m.day)),
        tuple(sorted(holidays, key=lambda m: (m.day, m.team_id))),
    )
