"""Which occurrences of a series a holiday or day off skips: the EXDATEs, found per off date.

:func:`planner.meetings.occurrences.skip_reason` answers for one occurrence, reading each
participant's local date, exceptions, days off and holiday table. A series has hundreds of
occurrences and only a few of them fall on a participant's day off, so the export first
finds those few: each participant's off dates (days off, one-day exceptions, public
holidays) as a set, and each occurrence's local date in the participant's zone from a
table of offsets (:mod:`planner.calendar.offsets`). Only an occurrence on such a date is
asked :func:`~planner.meetings.occurrences.skip_reason`, which gives its reason (an
exception with shifts there is not a day off, so it gives none); every other occurrence is
on a working date of every participant and is not skipped.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from datetime import date

from planner.calendar.offsets import DAY, zone_offsets
from planner.meetings.occurrences import skip_reason
from planner.plan.meeting import Meeting
from planner.plan.model import Plan, Team
from planner.time.holidays import holidays_in_year
from planner.time.intervals import Instant

_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


def off_days(team: Team, first: date, last: date) -> set[int]:
    """The dates in ``[first, last]`` that may be off for ``team``, as days since 1970-01-01.

    Its days off, its one-day exceptions (those without shifts are off) and its public
    holidays: every date :func:`planner.schedule.working_time.day_off_reason` may name.

    >>> from planner.plan.hours import WeekHours
    >>> team = Team("hq", "client", "UTC", WeekHours(), holidays="US", days_off=(date(2027, 8, 2),))
    >>> [date.fromordinal(d + _EPOCH_ORDINAL) for d in sorted(off_days(team, date(2027, 7, 1), date(2027, 8, 31)))]
    [datetime.date(2027, 7, 4), datetime.date(2027, 7, 5), datetime.date(2027, 8, 2)]
    """
    found = set(team.days_off)
    found.update(day for day, _ in team.exceptions.days)
    if team.holidays:
        for year in range(first.year, last.year + 1):
            found.update(holidays_in_year(team.holidays, year))
    return {day.toordinal() - _EPOCH_ORDINAL for day in found if first <= day <= last}


def skip_reasons(plan: Plan, meeting: Meeting, begins: Sequence[Instant]) -> list[str]:
    """Why each occurrence starting at ``begins`` is skipped ("" when it is not).

    Equal to ``[skip_reason(plan, meeting, begin) for begin in begins]``, asked only of the
    occurrences on a participant's off date.

    >>> from datetime import time
    >>> from planner.plan.hours import WeekHours
    >>> hours = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    >>> plan = Plan(teams=(Team("a", "client", "UTC", hours, holidays="US"),
    ...                    Team("b", "vendor", "Asia/Manila", hours)))
    >>> m = Meeting("m", "M", ("a", "b"), 30, date(2027, 7, 2), time(9))
    >>> skip_reasons(plan, m, [1814518800, 1814778000])  # 2027-07-02 and 07-05, 09:00 UTC
    ['', 'a 2027-07-05: Independence Day (observed)']
    """
    reasons = [""] * len(begins)
    if not meeting.skip_holidays or not begins:
        return reasons
    low, high = min(begins), max(begins)
    # Local dates lie within a day of the UTC dates.
    first = date.fromordinal(low // DAY + _EPOCH_ORDINAL - 1)
    last = date.fromordinal(high // DAY + _EPOCH_ORDINAL + 1)
    asked: set[int] = set()
    for team_id in meeting.teams:
        team = plan.team(team_id)
        off = off_days(team, first, last)
        if not off:
            continue
        table = zone_offsets(team.zone, low, high)
        if not table.changes:
            shift = table.offsets[0]
            asked.update(i for i, at in enumerate(begins) if (at + shift) // DAY in off)
            continue
        changes, offsets = table.changes, table.offsets
        asked.update(
            i
            for i, at in enumerate(begins)
            if (at + offsets[bisect_right(changes, at)]) // DAY in off
        )
    for index in asked:
        reasons[index] = skip_reason(plan, meeting, begins[index])
    return reasons
