"""Working time of a team as UTC instants for any range (DST, holidays, days off).

Local wall times become instants the way RFC 5545 does: zoneinfo with ``fold=0``. A time
skipped by a spring-forward jump takes the offset from before the jump (02:30 becomes
03:30 summer time); a time repeated when clocks go back means its first occurrence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from planner.daysoff import holiday_name
from planner.intervals import Instant, Timeline, clip, union
from planner.model import MINUTES_PER_DAY, Shift, Team
from planner.zones import load_zone


@dataclass(frozen=True, slots=True)
class WorkShift:
    """One shift on one local date, resolved to instants.

    Attributes:
        day: the local date on which the shift starts.
        start: first instant (UTC seconds).
        end: instant after the last (UTC seconds); ``end > start``.
        shift: the weekly-hours shift it comes from.
    """

    day: date
    start: Instant
    end: Instant
    shift: Shift


def local_instant(zone_name: str, day: date, minute: int) -> Instant:
    """The instant of wall time ``minute`` after midnight of ``day`` in a zone (fold=0).

    ``minute`` may be 1440 (the next midnight) or more.

    >>> local_instant("America/New_York", date(2027, 3, 14), 150)  # 02:30 does not exist: 03:30 EDT
    1805009400
    """
    days, minute = divmod(minute, MINUTES_PER_DAY)
    day = day + timedelta(days=days)
    zone = load_zone(zone_name)
    return int(
        datetime(day.year, day.month, day.day, minute // 60, minute % 60, tzinfo=zone).timestamp()
    )


def local_date(zone_name: str, moment: Instant) -> date:
    """The local date of an instant in a zone.

    >>> local_date("Asia/Manila", 1798761600 - 1)  # 2026-12-31T23:59:59Z
    datetime.date(2027, 1, 1)
    """
    return datetime.fromtimestamp(moment, tz=load_zone(zone_name)).date()


def day_range(zone_name: str, first: date, last: date) -> tuple[Instant, Instant]:
    """``[first 00:00, last + 1 day 00:00)`` in a zone, as instants.

    >>> day_range("UTC", date(2027, 1, 1), date(2027, 1, 1))
    (1798761600, 1798848000)
    """
    if last < first:
        raise ValueError(f"range ends ({last}) before it starts ({first})")
    return local_instant(zone_name, first, 0), local_instant(zone_name, last, MINUTES_PER_DAY)


def day_off_reason(team: Team, day: date) -> str | None:
    """Why ``team`` does not work on local date ``day``: a holiday's name, "day off", or None."""
    if day in team.days_off:
        return "day off"
    return holiday_name(team.holidays, day)


def team_shifts(team: Team, start: Instant, end: Instant) -> list[WorkShift]:
    """Every shift of ``team`` that has time inside ``[start, end)``, unclipped, in order.

    Shifts on the team's holidays and days off are dropped (by their local start date);
    shifts that resolve to no time (inside a spring-forward gap) are dropped.
    """
    if end <= start:
        return []
    first = local_date(team.zone, start) - timedelta(days=2)
    last = local_date(team.zone, end - 1)
    result: list[WorkShift] = []
    day = first
    while day <= last:
        shifts = team.hours.on(day.weekday())
        if shifts and day_off_reason(team, day) is None:
            for shift in shifts:
                a = local_instant(team.zone, day, shift.start)
                end_minute = shift.end + MINUTES_PER_DAY if shift.crosses_midnight else shift.end
                b = local_instant(team.zone, day, end_minute)
                if a < b and b > start and a < end:
                    result.append(WorkShift(day, a, b, shift))
        day += timedelta(days=1)
    result.sort(key=lambda s: (s.start, s.end))
    return result


def working_time(team: Team, start: Instant, end: Instant) -> Timeline:
    """The team's working time inside ``[start, end)``: merged, sorted, clipped.

    >>> from planner.model import WeekHours
    >>> t = Team("hq", "client", "UTC", WeekHours.parse({"mon": ["09:00-10:00"]}))
    >>> a, b = day_range("UTC", date(2027, 1, 4), date(2027, 1, 4))
    >>> [(i.start - a) // 3600 for i in working_time(t, a, b)]
    [9]
    """
    return clip(union((s.start, s.end) for s in team_shifts(team, start, end)), start, end)
