"""A meeting's or a slot's times as plain text for an email: every team in its own local time.

The text is the same on every machine: English day and month names, never the locale's.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from planner.plan.model import Plan
from planner.time.intervals import Instant
from planner.time.local import local_datetime

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _clock(moment: datetime, clock24: bool) -> str:
    if clock24:
        return f"{moment:%H:%M}"
    return f"{(moment.hour - 1) % 12 + 1}:{moment:%M} {'AM' if moment.hour < 12 else 'PM'}"


def _day(moment: datetime) -> str:
    return f"{DAYS[moment.weekday()]} {moment.day} {MONTHS[moment.month - 1]}"


def times_line(plan: Plan, team_ids: Sequence[str], start: Instant, clock24: bool = True) -> str:
    """One line: the start in each team's local time, the date when it changes.

    >>> from planner.plan.hours import WeekHours
    >>> from planner.plan.model import Team
    >>> h = WeekHours()
    >>> plan = Plan(teams=(Team("ny", "client", "America/New_York", h, "New York"),
    ...                    Team("mnl", "vendor", "Asia/Manila", h, "Manila"),
    ...                    Team("kyiv", "vendor", "Europe/Kyiv", h, "Kyiv")))
    >>> times_line(plan, ["ny", "mnl", "kyiv"], 1804604400)  # 2027-03-09T15:00Z
    'Tue 9 Mar 10:00 New York · 23:00 Manila · 17:00 Kyiv'
    >>> times_line(plan, ["ny", "mnl"], 1804622400, clock24=False)  # 20:00Z
    'Tue 9 Mar 3:00 PM New York · Wed 10 Mar 4:00 AM Manila'
    """
    parts = []
    shown_day = ""
    for team_id in team_ids:
        team = plan.team(team_id)
        local = local_datetime(team.zone, start)
        day = _day(local)
        prefix = f"{day} " if day != shown_day else ""
        shown_day = day
        parts.append(f"{prefix}{_clock(local, clock24)} {team.name}")
    return " \u00b7 ".join(parts)


def times_text(
    plan: Plan,
    team_ids: Sequence[str],
    start: Instant,
    end: Instant | None = None,
    title: str = "",
    clock24: bool = True,
) -> str:
    """Plain text for an email: a summary line, then one line per team in its local time.

    Args:
        plan: the plan (team names and zones).
        team_ids: the teams, in the order to list them.
        start: the start instant.
        end: the end instant (None for a slot with no length).
        title: the meeting's title ("" for none).
        clock24: 24-hour times (else 12-hour with AM/PM).

    >>> from planner.plan.hours import WeekHours
    >>> from planner.plan.model import Team
    >>> h = WeekHours()
    >>> plan = Plan(teams=(Team("ny", "client", "America/New_York", h, "New York"),
    ...                    Team("mnl", "vendor", "Asia/Manila", h, "Manila")))
    >>> print(times_text(plan, ["ny", "mnl"], 1804604400, 1804606200, "Weekly sync"))
    Weekly sync (30 min)
    Tue 9 Mar 10:00 New York · 23:00 Manila
    New York: Tue 9 Mar 2027, 10:00-10:30 (America/New_York)
    Manila: Tue 9 Mar 2027, 23:00-23:30 (Asia/Manila)
    """
    lines = []
    if title:
        length = "" if end is None else f" ({(end - start) // 60} min)"
        lines.append(f"{title}{length}")
    lines.append(times_line(plan, team_ids, start, clock24))
    for team_id in team_ids:
        team = plan.team(team_id)
        local = local_datetime(team.zone, start)
        when = f"{_day(local)} {local.year}, {_clock(local, clock24)}"
        if end is not None:
            finish = local_datetime(team.zone, end)
            when += f"-{_clock(finish, clock24)}"
            if finish.date() != local.date():
                when += f" ({_day(finish)})"
        lines.append(f"{team.name}: {when} ({team.zone})")
    return "\n".join(lines)
