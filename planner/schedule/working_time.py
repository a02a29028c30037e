"""Working time of a team as UTC instants for any range (DST, holidays, days off)."""

from __future__ import annotations

from datetime import date, timedelta
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

from planner.plan.hours import Shift
from planner.plan.model import Team
from planner.text import Text
from planner.time.holidays import holiday_name, holidays_in_year
from planner.time.local import (
    EPOCH_ORDINAL,
    MINUTES_PER_DAY,
    local_date,
    local_instant,
    midnight_offsets_from,
)

if TYPE_CHECKING:  # a day off's reason (the calendar export's one need) loads no interval code
    from planner.time.intervals import Bounds, Instant, Timeline


class WorkShift(NamedTuple):
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


EXCEPTION_OFF = Text("off this date (one-day change)")
DAY_OFF = Text("day off")
_BY_INSTANTS = itemgetter(1, 2)  # (start, end) of a WorkShift


def day_off_reason(team: Team, day: date) -> str | None:
    """Why ``team`` does not work on local date ``day``: a holiday's name, "day off", or None.

    A one-day exception decides: with shifts the team works that date (holiday cover,
    overtime), with none it is off (:data:`EXCEPTION_OFF`).
    """
    exception = team.exceptions.get(day)
    if exception is not None:
        return None if exception else EXCEPTION_OFF
    if day in team.days_off:
        return DAY_OFF
    return holiday_name(team.holidays, day)


def shifts_on(team: Team, day: date) -> tuple[Shift, ...]:
    """The shifts of ``team`` that start on local date ``day`` (before holidays and days off).

    The one place where a date's shift list is chosen: the date's one-day exception when it
    has one (an exception holds even on a holiday), else the week's hours for its weekday.

    >>> from planner.plan.hours import WeekHours
    >>> t = Team("hq", "client", "UTC", WeekHours.parse({"mon": ["09:00-10:00"]}))
    >>> [s.start for s in shifts_on(t, date(2027, 1, 4))], shifts_on(t, date(2027, 1, 5))
    ([540], ())
    """
    if team.exceptions:
        exception = team.exceptions.get(day)
        if exception is not None:
            return exception
    return team.hours.days[day.weekday()]


def _is_exception(team: Team, day: date) -> bool:
    return bool(team.exceptions) and team.exceptions.get(day) is not None


def day_shifts(team: Team, day: date) -> tuple[Shift, ...]:
    """The shifts of ``team`` that start on local date ``day``.

    The date's one-day exception when it has one, else the week's shifts for its weekday,
    none on a holiday or day off.

    >>> from planner.plan.hours import DayExceptions, WeekHours
    >>> hours = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    >>> team = Team("hq", "client", "UTC", hours, holidays="US",
    ...             exceptions=DayExceptions.parse({"2027-12-24": ["09:00-13:00"]}))
    >>> [str(s) for s in day_shifts(team, date(2027, 12, 24))], day_shifts(team, date(2027, 12, 31))
    (['09:00-13:00'], ())
    """
    shifts = shifts_on(team, day)
    if shifts and not _is_exception(team, day) and day_off_reason(team, day) is not None:
        return ()
    return shifts


def team_off_dates(team: Team, first_year: int, last_year: int) -> set[date]:
    """The team's days off and public holidays in ``first_year`` to ``last_year``.

    >>> from planner.plan.hours import WeekHours
    >>> t = Team("hq", "client", "UTC", WeekHours(), holidays="US", days_off=(date(2027, 8, 2),))
    >>> sorted(d for d in team_off_dates(t, 2027, 2027) if d.month in (7, 8))
    [datetime.date(2027, 7, 4), datetime.date(2027, 7, 5), datetime.date(2027, 8, 2)]
    """
    off = set(team.days_off)
    if team.holidays:
        for year in range(first_year, last_year + 1):
            off.update(holidays_in_year(team.holidays, year))
    return off


def team_shifts(team: Team, start: Instant, end: Instant) -> list[WorkShift]:
    """Every shift of ``team`` that has time inside ``[start, end)``, unclipped, in order.

    Each local date has :func:`day_shifts` (its one-day exception, or the week's shifts
    unless it is a holiday or day off); shifts that resolve to no time (inside a
    spring-forward gap) are dropped.
    """
    new = tuple.__new__
    fromordinal = date.fromordinal
    return [
        new(WorkShift, (fromordinal(ordinal), a, b, shift))
        for ordinal, a, b, shift in _stamped(team, start, end)
    ]


# A shift with its start and end in seconds after local midnight (the end past the start:
# past midnight when the shift runs into the next date).
_Seconds = tuple[Shift, int, int]


def _in_seconds(shift: Shift) -> _Seconds:
    end = shift.end if shift.end > shift.start else shift.end + MINUTES_PER_DAY
    return shift, shift.start * 60, end * 60


def _stamped(team: Team, start: Instant, end: Instant) -> list[tuple[int, int, int, Shift]]:
    """:func:`team_shifts` with each date as its ordinal: ``(ordinal, start, end, shift)``.

    The week's hours are stamped over the dates at each date's midnight offset; the dates
    that differ (days off, holidays, one-day exceptions, a clock change under a shift, the
    range's ends) go one by one through :func:`day_shifts`' rule and zoneinfo.
    """
    if end <= start:
        return []
    zone = team.zone
    first = local_date(zone, start) - timedelta(days=2)
    last = local_date(zone, end - 1)
    count = (last - first).days + 1
    offsets = midnight_offsets_from(zone, first, count + 2)
    ordinal = first.toordinal()
    week = [tuple(map(_in_seconds, shifts)) for shifts in team.hours.days]
    # Days off and holidays have no shifts; a one-day exception has its own (even then).
    differ: dict[int, tuple[_Seconds, ...]] = {}
    for day in team_off_dates(team, first.year, last.year):
        index = day.toordinal() - ordinal
        if 0 <= index < count:
            differ[index] = ()
    for day, exception in team.exceptions.days:
        index = day.toordinal() - ordinal
        if 0 <= index < count:
            differ[index] = tuple(map(_in_seconds, exception))
    from itertools import compress
    from operator import ne, sub

    base = (ordinal - EPOCH_ORDINAL) * 86400
    midnights = list(map(sub, range(base, base + 86400 * len(offsets), 86400), offsets))
    # Plain days: their weekday's hours, one offset from their midnight to the second one
    # after (no clock change under a shift), wholly inside the range (the first three days
    # and the last one may not be). The others go one by one.
    plain = [True] * count
    others = {0, 1, 2, count - 1, *differ}
    for change in compress(range(1, count + 2), map(ne, offsets, offsets[1:])):
        others.update((change - 2, change - 1))  # the two days whose shifts may see it
    others = {index for index in others if 0 <= index < count}
    for index in others:
        plain[index] = False
    weekday = first.weekday()
    per_day = (week[weekday:] + week[:weekday]) * (count // 7 + 1)
    # In date order, each date's shifts in order: sorted but for the dates that differ.
    result = [
        (ordinal + i, midnights[i] + first_second, midnights[i] + end_second, shift)
        for i in compress(range(count), plain)
        for shift, first_second, end_second in per_day[i]
    ]
    for index in sorted(others):
        found = differ.get(index)
        shifts = week[(weekday + index) % 7] if found is None else found
        if not shifts:
            continue
        today = offsets[index]
        steady = today == offsets[index + 1] == offsets[index + 2]
        day = first + timedelta(days=index)
        for shift, first_second, end_second in shifts:
            if steady:
                a = midnights[index] + first_second
                b = midnights[index] + end_second
            else:  # a clock change near: let zoneinfo resolve both ends
                a = local_instant(zone, day, first_second // 60)
                b = local_instant(zone, day, end_second // 60)
            if a < b and b > start and a < end:
                result.append((ordinal + index, a, b, shift))
    result.sort(key=_BY_INSTANTS)
    return result


def working_time(team: Team, start: Instant, end: Instant) -> Timeline:
    """The team's working time inside ``[start, end)``: merged, sorted, clipped.

    >>> from planner.plan.hours import WeekHours
    >>> t = Team("hq", "client", "UTC", WeekHours.parse({"mon": ["09:00-10:00"]}))
    >>> from planner.time.local import day_range
    >>> a, b = day_range("UTC", date(2027, 1, 4), date(2027, 1, 4))
    >>> [(i.start - a) // 3600 for i in working_time(t, a, b)]
    [9]
    """
    from planner.time.intervals import timeline_of

    return timeline_of(team_bounds(team, start, end))


def team_bounds(team: Team, start: Instant, end: Instant) -> Bounds:
    """:func:`working_time` as flat bounds (``planner.time.intervals.Bounds``).

    >>> from planner.plan.hours import WeekHours
    >>> t = Team("hq", "client", "UTC", WeekHours.parse({"daily": ["09:00-10:00"]}))
    >>> team_bounds(t, 1798761600, 1798761600 + 86400)
    [1798794000, 1798797600]
    """
    from planner.time.intervals import bounds_clip, bounds_union_sorted

    merged = bounds_union_sorted(map(_BY_INSTANTS, _stamped(team, start, end)))
    return bounds_clip(merged, start, end)
