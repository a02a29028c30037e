"""Demand intervals as instants (the client's local grid) and the agents scheduled in each."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import NamedTuple

from planner.plan.demand import WeekProfile
from planner.plan.model import Team
from planner.schedule.working_time import WorkShift, day_off_reason
from planner.time.intervals import Instant
from planner.time.local import local_date, local_datetime, local_instant


class DemandInterval(NamedTuple):
    """One interval of the grid with contacts: ``[start, end)`` and the contacts arriving."""

    start: Instant
    end: Instant
    contacts: float


def demand_intervals(
    client: Team, profile: WeekProfile, start: Instant, end: Instant
) -> list[DemandInterval]:
    """The intervals with contacts that start in ``[start, end)``, in order.

    The grid is the client's local wall time: an interval starts every ``interval_minutes``
    of real time from each local midnight, and takes the contacts of the profile's interval
    its local start falls in. So the hour repeated when clocks go back has contacts twice
    (customers keep calling) and the hour skipped in spring has none. On the client's
    holidays and days off there are no contacts (the desk is closed, as coverage counts it).

    >>> from datetime import date
    >>> from planner.plan.hours import WeekHours
    >>> hq = Team("hq", "client", "UTC", WeekHours())
    >>> week = WeekProfile.parse({"mon": {"09:00-10:00": 40}}, 30)
    >>> a = local_instant("UTC", date(2027, 1, 4), 0)
    >>> [((i.start - a) // 60, i.contacts) for i in demand_intervals(hq, week, a, a + 86400)]
    [(540, 40.0), (570, 40.0)]
    """
    if end <= start:
        return []
    step = profile.interval_minutes * 60
    zone = client.zone
    day = local_date(zone, start) - timedelta(days=1)
    last = local_date(zone, end - 1)
    result: list[DemandInterval] = []
    append = result.append
    while day <= last:
        counts = profile.days[day.weekday()]
        if any(counts) and day_off_reason(client, day) is None:
            midnight = local_instant(zone, day, 0)
            following = local_instant(zone, day, 1440)
            if following - midnight == 86400 and local_instant(zone, day, 720) - midnight == 43200:
                for slot, contacts in enumerate(counts):
                    a = midnight + slot * step
                    if contacts and start <= a < end:
                        append(DemandInterval(a, a + step, contacts))
            else:  # a clock change that day: read each interval's local start from the zone
                a = midnight
                while a < following:
                    wall = local_datetime(zone, a)
                    contacts = counts[(wall.hour * 60 + wall.minute) // profile.interval_minutes]
                    if contacts and start <= a < end:
                        append(DemandInterval(a, min(a + step, following), contacts))
                    a += step
        day += timedelta(days=1)
    return result


def scheduled_agents(
    intervals: Sequence[DemandInterval],
    shifts: Sequence[WorkShift],
    people: Callable[[WorkShift], int],
) -> list[int]:
    """For each interval (in order), the people whose shifts cover all of it.

    >>> from datetime import date
    >>> from planner.plan.hours import Shift
    >>> s = [WorkShift(date(2027, 1, 4), 0, 3600, Shift(0, 60)),
    ...      WorkShift(date(2027, 1, 4), 1800, 7200, Shift(30, 120))]
    >>> scheduled_agents([DemandInterval(0, 1800, 1), DemandInterval(1800, 3600, 1),
    ...                   DemandInterval(3600, 5400, 1)], s, lambda shift: 2)
    [2, 4, 2]
    """
    ordered = sorted(shifts, key=lambda s: s.start)
    result: list[int] = []
    active: list[tuple[Instant, int]] = []
    on_duty = 0
    index = 0
    for interval in intervals:
        while index < len(ordered) and ordered[index].start <= interval.start:
            shift = ordered[index]
            count = people(shift)
            heapq.heappush(active, (shift.end, count))
            on_duty += count
            index += 1
        while active and active[0][0] < interval.end:
            on_duty -= heapq.heappop(active)[1]
        result.append(on_duty)
    return result
