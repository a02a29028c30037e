"""Reading the plan file's [[team]], [[role]] and [[meeting]] tables, every problem collected."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from planner.plan.agents import Agents
from planner.plan.collector import Collector, checked
from planner.plan.hours import NO_EXCEPTIONS, DayExceptions
from planner.plan.meeting import (
    MAX_DURATION_MINUTES,
    MAX_REMINDER_MINUTES,
    Meeting,
    check_meeting_url,
)
from planner.plan.model import Role, Team, check_city
from planner.plan.recurrence import check_moved
from planner.plan.values import (
    MAX_REPLY_HOURS,
    check_series_start,
    read_date,
    read_hours,
    read_moved,
    read_number,
    read_repeat,
    read_start,
    read_string,
    read_whole,
    read_zone,
)
from planner.text import Text

if TYPE_CHECKING:
    from planner.plan.moved import MovedOccurrence


def _required_id(table: Mapping[str, Any], section: str, index: int, out: Collector) -> str | None:
    value = table.get("id")
    if value is None:
        out.add(
            section,
            index,
            "",
            f"{section} #{index + 1}",
            Text('id is missing: add id = "..." (lower case)'),
        )
        return None
    from planner.plan.checks import check_id

    return checked(
        out, section, index, "id", f"{section} #{index + 1}", lambda: check_id(value, section)
    )


def read_team(table: Mapping[str, Any], index: int, out: Collector) -> Team | None:
    """A [[team]] table as a Team, or None with its problems recorded."""
    ident = _required_id(table, "team", index, out)
    where = Text('team "{value}"', value=ident or "#" + str(index + 1))
    before = len(out.problems)

    def need(key: str, hint: str) -> Any:
        if key not in table:
            out.add("team", index, "", where, Text("{key} is missing: {hint}", key=key, hint=hint))
        return table.get(key)

    side = need("side", 'add side = "client" or side = "vendor"')
    if side is not None and side not in ("client", "vendor"):
        out.add(
            "team",
            index,
            "side",
            where,
            Text('side must be "client" or "vendor", not {side!r}', side=side),
        )
    zone = need("zone", 'add zone = "Area/City", e.g. "Asia/Manila"')
    if zone is not None:
        checked(out, "team", index, "zone", where, lambda: read_zone(zone))
    hours_value = need("hours", 'add hours = { "mon-fri" = ["09:00-17:00"] }')
    hours = None
    if hours_value is not None:
        hours = checked(out, "team", index, "hours", where, lambda: read_hours(hours_value))
    name = read_string(table, "name", "team", index, where, out)
    holidays = table.get("holidays")
    if holidays is not None:
        from planner.time.holidays import check_holiday_code

        if not isinstance(holidays, str):
            out.add(
                "team",
                index,
                "holidays",
                where,
                Text('holidays must be a country code such as "US-NY"'),
            )
        else:
            checked(out, "team", index, "holidays", where, lambda: check_holiday_code(holidays))
    days_off_value = table.get("days_off", [])
    days_off: list[date] = []
    if not isinstance(days_off_value, list):
        out.add(
            "team",
            index,
            "days_off",
            where,
            Text('days_off must be a list of dates: ["2027-07-05"]'),
        )
    else:
        for value in days_off_value:
            day = checked(
                out, "team", index, "days_off", where, partial(read_date, value, "days_off")
            )
            if day is not None:
                days_off.append(day)
    city = read_string(table, "city", "team", index, where, out)
    if city is not None:
        checked(out, "team", index, "city", where, lambda: check_city(city))
    exceptions: DayExceptions | None = NO_EXCEPTIONS
    if "exceptions" in table:
        exceptions = checked(
            out,
            "team",
            index,
            "exceptions",
            where,
            lambda: DayExceptions.parse(table["exceptions"]),
        )
    agents = Agents()
    if "agents" in table and hours is not None:
        agents = (
            checked(
                out, "team", index, "agents", where, lambda: Agents.parse(table["agents"], hours)
            )
            or agents
        )
    if len(out.problems) > before or ident is None or hours is None or exceptions is None:
        return None
    found = exceptions
    return checked(
        out,
        "team",
        index,
        "",
        where,
        lambda: Team(
            ident,
            side,
            zone,
            hours,
            name or "",
            holidays,
            tuple(days_off),
            city,
            found,
            agents,
        ),
    )


def read_role(table: Mapping[str, Any], index: int, out: Collector) -> Role | None:
    """A [[role]] table as a Role, or None with its problems recorded."""
    ident = _required_id(table, "role", index, out)
    where = Text('role "{value}"', value=ident or "#" + str(index + 1))
    before = len(out.problems)
    kind: Any = table.get("kind")
    if kind is None:
        out.add(
            "role",
            index,
            "",
            where,
            Text('kind is missing: add kind = "realtime" or kind = "async"'),
        )
    elif kind not in ("realtime", "async"):
        out.add(
            "role",
            index,
            "kind",
            where,
            Text('kind must be "realtime" or "async", not {kind!r}', kind=kind),
        )
    names: dict[str, Any] = {}
    for key in ("client", "vendor"):
        value = table.get(key)
        if value is None:
            out.add(
                "role", index, "", where, Text('{key} is missing: add {key} = "<team id>"', key=key)
            )
        elif not isinstance(value, str):
            out.add("role", index, key, where, Text("{key} must be a team id in quotes", key=key))
        names[key] = value
    numbers: dict[str, Any] = {}
    for key, reader in (
        ("min_coverage_percent", partial(read_number, low=0, high=100)),
        ("min_overlap_minutes", partial(read_whole, low=0, high=24 * 60)),
        ("max_reply_hours", partial(read_number, above=0, high=MAX_REPLY_HOURS)),
        ("reply_within_hours", partial(read_number, above=0, high=MAX_REPLY_HOURS)),
    ):
        if key in table:
            numbers[key] = checked(out, "role", index, key, where, partial(reader, table[key], key))
    if "demand" in table:
        from planner.plan.demand_table import read_demand

        numbers["demand"] = read_demand(table["demand"], kind, index, where, out, out.folder)
    name = read_string(table, "name", "role", index, where, out)
    if len(out.problems) > before or ident is None:
        return None
    return checked(
        out,
        "role",
        index,
        "",
        where,
        lambda: Role(ident, kind, names["client"], names["vendor"], name or "", **numbers),
    )


def _rule_ok(meeting: Meeting) -> bool:
    if meeting.repeat is not None:
        check_series_start(meeting.repeat, datetime.combine(meeting.start_date, meeting.start_time))
    return True


def _moved_ok(meeting: Meeting) -> bool:
    check_moved(meeting)
    return True


def read_meeting(table: Mapping[str, Any], index: int, out: Collector) -> Meeting | None:
    """A [[meeting]] table as a Meeting, or None with its problems recorded."""
    ident = _required_id(table, "meeting", index, out)
    where = Text('meeting "{value}"', value=ident or "#" + str(index + 1))
    before = len(out.problems)
    teams: Any = table.get("teams")
    if teams is None:
        out.add("meeting", index, "", where, Text('teams is missing: add teams = ["hq", "mnl"]'))
    elif not isinstance(teams, list) or not all(isinstance(t, str) for t in teams):
        out.add(
            "meeting",
            index,
            "teams",
            where,
            Text('teams must be a list of team ids: ["hq", "mnl"]'),
        )
    duration: Any = table.get("duration_minutes")
    if duration is None:
        out.add(
            "meeting",
            index,
            "",
            where,
            Text("duration_minutes is missing: add duration_minutes = 30"),
        )
    else:
        duration = checked(
            out,
            "meeting",
            index,
            "duration_minutes",
            where,
            partial(read_whole, duration, "duration_minutes", 1, MAX_DURATION_MINUTES),
        )
    start = None
    if "start" not in table:
        out.add(
            "meeting", index, "", where, Text('start is missing: add start = "2027-01-05T10:00"')
        )
    else:
        start = checked(out, "meeting", index, "start", where, lambda: read_start(table["start"]))
    zone = table.get("zone")
    if zone is not None:
        checked(out, "meeting", index, "zone", where, lambda: read_zone(zone))
    repeat = None
    if "repeat" in table:
        repeat = checked(
            out, "meeting", index, "repeat", where, lambda: read_repeat(table["repeat"])
        )
    skip = table.get("skip_holidays", True)
    if not isinstance(skip, bool):
        out.add(
            "meeting", index, "skip_holidays", where, Text("skip_holidays must be true or false")
        )
    reminder = table.get("reminder_minutes")
    if reminder is not None:
        reminder = checked(
            out,
            "meeting",
            index,
            "reminder_minutes",
            where,
            lambda: read_whole(reminder, "reminder_minutes", 0, MAX_REMINDER_MINUTES),
        )
    moved: tuple[MovedOccurrence, ...] | None = ()
    if "moved" in table:
        moved = checked(out, "meeting", index, "moved", where, lambda: read_moved(table["moved"]))
    texts = {
        k: read_string(table, k, "meeting", index, where, out) or ""
        for k in ("title", "description", "location", "url")
    }
    checked(out, "meeting", index, "url", where, lambda: check_meeting_url(texts["url"]))
    if len(out.problems) > before or ident is None or start is None or moved is None:
        return None
    meeting = checked(
        out,
        "meeting",
        index,
        "",
        where,
        lambda: Meeting(
            id=ident,
            teams=tuple(teams),
            duration_minutes=duration,
            start_date=start.date(),
            start_time=start.time(),
            zone=zone,
            repeat=repeat,
            skip_holidays=skip,
            reminder_minutes=reminder,
            moved=moved,
            **texts,
        ),
    )
    if (
        meeting is not None
        and checked(out, "meeting", index, "start", where, partial(_rule_ok, meeting))
        and checked(out, "meeting", index, "moved", where, partial(_moved_ok, meeting))
    ):
        return meeting
    return None
