"""Why an occurrence of a meeting is skipped: a participant's holiday or day off.

Apart from the occurrences themselves (``planner.meetings.occurrences``): the calendar
export and the slot search ask for the reasons alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from planner.plan.meeting import Meeting
from planner.plan.model import Plan
from planner.schedule.working_time import day_off_reason
from planner.text import Text, joined
from planner.time.local import local_date

if TYPE_CHECKING:
    from planner.time.intervals import Instant


def skip_reason(plan: Plan, meeting: Meeting, begin: Instant) -> str:
    """Why an occurrence starting at ``begin`` is skipped, or "" when it is not.

    Each participant's own local date counts; ``skip_holidays = false`` never skips.
    """
    if not meeting.skip_holidays:
        return ""
    reasons = []
    for team_id in meeting.teams:
        team = plan.team(team_id)
        day: date = local_date(team.zone, begin)
        why = day_off_reason(team, day)
        if why is not None:
            reasons.append(Text("{team} {day}: {why}", team=team.id, day=day, why=why))
    return joined("; ", reasons) if reasons else ""


def skip_reasons(plan: Plan, meeting: Meeting, begins: Sequence[Instant]) -> list[str]:
    """:func:`skip_reason` of each start, each participant's local dates found at once.

    Only a participant's days off, public holidays and one-day exceptions can give a
    reason, so :func:`~planner.schedule.working_time.day_off_reason` is asked about those
    dates alone.

    >>> from datetime import date, time
    >>> from planner.plan.hours import WeekHours
    >>> from planner.plan.model import Team
    >>> hours = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    >>> plan = Plan(teams=(Team("a", "client", "UTC", hours, holidays="US"),
    ...                    Team("b", "vendor", "Asia/Manila", hours)))
    >>> m = Meeting("m", "M", ("a", "b"), 30, date(2027, 7, 2), time(9))
    >>> skip_reasons(plan, m, [1814518800, 1814778000])  # 2027-07-02 and 07-05, 09:00 UTC
    ['', 'a 2027-07-05: Independence Day (observed)']
    """
    from planner.schedule.working_time import team_off_dates
    from planner.time.local import local_dates

    if not meeting.skip_holidays or not begins:
        return [""] * len(begins)
    found: list[list[str]] = [[] for _ in begins]
    for team_id in meeting.teams:
        team = plan.team(team_id)
        days = local_dates(team.zone, begins)
        # Only a day off, a holiday or an exception can give a reason: ask day_off_reason
        # about those dates alone.
        maybe = team_off_dates(team, min(days).year, max(days).year)
        maybe.update(day for day, _ in team.exceptions.days)
        texts: dict[date, Text | None] = {}  # the starts of a day share its reason
        for index, day in enumerate(days):
            if day in maybe:
                if day in texts:
                    text = texts[day]
                else:
                    why = day_off_reason(team, day)
                    text = texts[day] = (
                        None
                        if why is None
                        else Text("{team} {day}: {why}", team=team.id, day=day, why=why)
                    )
                if text is not None:
                    found[index].append(text)
    whole: dict[tuple[str, ...], Text] = {}
    result: list[str] = []
    for parts in found:
        if not parts:
            result.append("")
            continue
        key = tuple(parts)
        reason = whole.get(key)
        if reason is None:
            reason = whole[key] = joined("; ", parts)
        result.append(reason)
    return result
