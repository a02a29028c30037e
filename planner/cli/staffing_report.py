"""A role's staffing and an async role's backlog as ``analyze`` JSON (cli.md) and text."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from planner.plan.model import Plan, Role
from planner.schedule.working_time import day_off_reason
from planner.time.intervals import Instant, format_instant
from planner.time.local import local_date, local_datetime

if TYPE_CHECKING:  # a plan without demand never loads the staffing model
    from planner.analysis.backlog import Backlog
    from planner.analysis.staffing.result import IntervalStaffing, Staffing

SHOWN_WINDOWS = 10


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else round(value, 2)


def staffing_json(staffing: Staffing) -> dict[str, Any]:
    """The ``staffing`` object of a real-time role with demand (cli.md)."""
    demand = staffing.demand
    roster = staffing.roster
    return {
        "interval_minutes": staffing.interval_minutes,
        "handle_seconds": _number(demand.handle_seconds),
        "service_level_target": str(demand.service_level),
        "shrinkage_percent": _number(demand.shrinkage_percent),
        "max_occupancy_percent": _number(demand.max_occupancy_percent),
        "concurrency": _number(demand.concurrency),
        "intervals": [
            {
                "start": format_instant(i.start),
                "end": format_instant(i.end),
                "contacts": _number(i.contacts),
                "required_agents": i.required,
                "scheduled_agents": i.scheduled,
                "service_level_percent": round(100 * i.service_level, 2),
            }
            for i in staffing.intervals
        ],
        "understaffed": [
            {"start": format_instant(a), "end": format_instant(b)} for a, b in staffing.understaffed
        ],
        "understaffed_intervals": sum(1 for i in staffing.intervals if i.understaffed),
        "contacts": _number(staffing.contacts),
        "agent_hours_required": staffing.agent_hours_required,
        "agent_hours_scheduled": staffing.agent_hours_scheduled,
        "service_level_percent": staffing.service_level_percent,
        "meets": staffing.meets,
        "suggested_roster": None
        if roster is None
        else [
            {"days": e.day_key, "shift": str(e.shift), "agents": e.agents} for e in roster.entries
        ],
        "roster": None
        if roster is None
        else {
            "agent_hours_per_week": roster.agent_hours_per_week,
            "current_agent_hours_per_week": roster.current_agent_hours_per_week,
            "optimal": roster.optimal,
            "uncovered_intervals": roster.uncovered,
        },
    }


def backlog_json(backlog: Backlog, role: Role) -> dict[str, Any]:
    """The ``backlog`` object of an async role (cli.md)."""
    return {
        "reply_within_hours": role.reply_within_hours,
        "answered_within_percent": backlog.within_percent,
        "max_wait_working_minutes": backlog.max_wait_minutes,
        "mean_wait_working_minutes": backlog.mean_wait_minutes,
    }


def _hours(minutes: float) -> str:
    whole = round(minutes)
    return f"{whole // 60}h{whole % 60:02d}"


def _cause(plan: Plan, role: Role, moment: Instant) -> str:
    """The vendor's holiday or day off behind an understaffed window, if any."""
    vendor = plan.team(role.vendor)
    day = local_date(vendor.zone, moment)
    for date in (day, day - timedelta(days=1)):
        reason = day_off_reason(vendor, date)
        if reason is not None:
            return f" ({vendor.id} {date:%a %Y-%m-%d}: {reason})"
    return ""


def staffing_text(plan: Plan, role: Role, staffing: Staffing, zone: str) -> list[str]:
    """Lines under a real-time role's verdict: service level, windows short of agents, roster."""
    demand = staffing.demand
    level = staffing.service_level_percent
    short = [i for i in staffing.intervals if i.understaffed]
    lines = [
        f"      staffing ({staffing.interval_minutes}-min intervals, target {demand.service_level}, "
        f"{demand.handle_seconds:g} s handle time, {demand.shrinkage_percent:g}% shrinkage): "
        f"service level {'-' if level is None else f'{level:.2f}%'}, "
        f"{len(short)} of {len(staffing.intervals)} intervals understaffed",
        f"      agent-hours: required {staffing.agent_hours_required:g}, "
        f"scheduled {staffing.agent_hours_scheduled:g}",
    ]
    by_window: list[tuple[int, int, list[IntervalStaffing]]] = [
        (a, b, [i for i in short if a <= i.start < b]) for a, b in staffing.understaffed
    ]
    for a, b, inside in by_window[:SHOWN_WINDOWS]:
        worst = max(inside, key=lambda i: i.required - i.scheduled)
        lines.append(
            f"      understaffed {local_datetime(zone, a):%a %Y-%m-%d %H:%M} - "
            f"{local_datetime(zone, b):%H:%M}: needs {worst.required}, has {worst.scheduled}"
            f"{_cause(plan, role, a)}"
        )
    if len(by_window) > SHOWN_WINDOWS:
        lines.append(f"      ... and {len(by_window) - SHOWN_WINDOWS} more understaffed windows")
    roster = staffing.roster
    if roster is not None:
        vendor = plan.team(role.vendor)
        proof = "optimal" if roster.optimal else "best found in the time limit"
        lines.append(
            f"      suggested roster ({vendor.id}, {vendor.zone}): {roster.agent_hours_per_week:g} "
            f"agent-hours a week ({proof}); current roster {roster.current_agent_hours_per_week:g}"
        )
        lines += [f"        {entry}" for entry in roster.entries]
        if roster.uncovered:
            lines.append(
                f"        {roster.uncovered} intervals cannot be covered by any allowed shift"
            )
    return lines


def backlog_text(backlog: Backlog, role: Role) -> list[str]:
    """The line under an async role's verdict: waits in vendor working time."""
    within = backlog.within_percent
    target = (
        ""
        if role.reply_within_hours is None or within is None
        else f"{within:.2f}% answered within {role.reply_within_hours:g} working hours, "
    )
    return [
        f"      backlog: {target}longest wait {_hours(backlog.max_wait_minutes)} and average "
        f"{_hours(backlog.mean_wait_minutes)} of vendor working time"
    ]
