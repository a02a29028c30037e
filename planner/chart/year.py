"""The year view: a client/vendor pair's overlap for every day, with DST and holiday marks."""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from planner.chart.offsets import offset_changes
from planner.plan.model import Plan, Team
from planner.schedule.working_time import team_shifts
from planner.time.holidays import holidays_in_year
from planner.time.intervals import Instant, Timeline, clip, intersection, union
from planner.time.local import local_date, local_instant


@dataclass(frozen=True, slots=True)
class DayOverlap:
    """Overlap minutes of a pair on one reference-zone date, for the year strip.

    ``client_works``/``vendor_works`` tell a day without overlap because one side is off
    (a weekend) from a working day that has none (a mismatch to see).
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


@functools.lru_cache(maxsize=256)
def _year_working(team: Team, start: Instant, end: Instant) -> Timeline:
    return clip(union((s.start, s.end) for s in team_shifts(team, start, end)), start, end)


@functools.lru_cache(maxsize=64)
def _day_bounds(zone: str, year: int) -> tuple[Instant, ...]:
    first = date(year, 1, 1)
    count = (date(year + 1, 1, 1) - first).days
    return tuple(local_instant(zone, first + timedelta(days=i), 0) for i in range(count + 1))


def _minutes_per_day(timeline: Timeline, bounds: Sequence[Instant]) -> list[int]:
    """Seconds of a timeline inside each ``[bounds[i], bounds[i + 1])``, in minutes."""
    seconds = [0] * (len(bounds) - 1)
    for a, b in timeline:
        first = max(0, bisect_right(bounds, a) - 1)
        last = min(len(seconds) - 1, bisect_left(bounds, b) - 1)
        for index in range(first, last + 1):
            piece = min(b, bounds[index + 1]) - max(a, bounds[index])
            if piece > 0:
                seconds[index] += piece
    return [s // 60 for s in seconds]


def _dst_marks(team: Team, zone: str, start: Instant, end: Instant) -> list[YearMark]:
    return [
        YearMark(local_date(zone, c.instant), team.id, f"{team.name}: {c.text}")
        for c in offset_changes(team.zone, start, end)
    ]


def _holiday_marks(team: Team, year: int) -> list[YearMark]:
    found: dict[date, str] = {}
    if team.holidays:
        found.update(holidays_in_year(team.holidays, year))
    for day in team.days_off:
        if day.year == year:
            found.setdefault(day, "day off")
    return [YearMark(day, team.id, f"{team.name}: {name}") for day, name in sorted(found.items())]


def year_strip(plan: Plan, zone: str, year: int, client_id: str, vendor_id: str) -> YearStrip:
    """A pair's overlap minutes for every date of ``year`` in the reference zone.

    >>> from planner.plan.hours import WeekHours
    >>> h = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    >>> plan = Plan(teams=(Team("a", "client", "UTC", h), Team("b", "vendor", "Europe/Kyiv", h)))
    >>> strip = year_strip(plan, "UTC", 2027, "a", "b")
    >>> strip.on(date(2027, 1, 4)).minutes, strip.on(date(2027, 7, 5)).minutes
    (360, 300)
    """
    client, vendor = plan.team(client_id), plan.team(vendor_id)
    bounds = _day_bounds(zone, year)
    start, end = bounds[0], bounds[-1]
    client_time = _year_working(client, start, end)
    vendor_time = _year_working(vendor, start, end)
    overlap = _minutes_per_day(intersection(client_time, vendor_time), bounds)
    client_days = _minutes_per_day(client_time, bounds)
    vendor_days = _minutes_per_day(vendor_time, bounds)
    first = date(year, 1, 1)
    days = tuple(
        DayOverlap(first + timedelta(days=i), overlap[i], client_days[i] > 0, vendor_days[i] > 0)
        for i in range(len(overlap))
    )
    dst: list[YearMark] = []
    for team in (client, vendor) if client.zone != vendor.zone else (client,):
        dst.extend(_dst_marks(team, zone, start, end))
    holidays = _holiday_marks(client, year) + _holiday_marks(vendor, year)
    return YearStrip(
        client_id,
        vendor_id,
        f"{client.name} \u2194 {vendor.name}",
        days,
        tuple(sorted(dst, key=lambda m: m.day)),
        tuple(sorted(holidays, key=lambda m: (m.day, m.team_id))),
    )
