"""Editing a shift by dragging one of its edges: snapping to 15 minutes, keeping the shift valid."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Literal

from planner.plan.hours import Shift
from planner.plan.model import Plan
from planner.time.local import MINUTES_PER_DAY

SNAP_MINUTES = 15
Edge = Literal["start", "end"]


def dragged_shift(shift: Shift, edge: Edge, minute: int) -> Shift:
    """The shift with one edge moved to ``minute``, snapped to 15 minutes and kept valid.

    Args:
        shift: the shift being edited.
        edge: "start" or "end".
        minute: wall-clock minutes from the shift's local date 00:00 to where the edge is
            dragged (more than 1440 on the next day, negative on the day before).

    The start stays on the shift's own date (so the shift keeps its weekday), the shift stays
    at least 15 minutes long and at most 24 hours.

    >>> str(dragged_shift(Shift(540, 1020), "end", 1093)), str(dragged_shift(Shift(1260, 360), "end", 1800))
    ('09:00-18:15', '21:00-06:00')
    """
    snapped = round(minute / SNAP_MINUTES) * SNAP_MINUTES
    start = shift.start
    end = shift.end + MINUTES_PER_DAY if shift.crosses_midnight else shift.end
    if edge == "start":
        low = max(0, end - MINUTES_PER_DAY)
        start = min(max(snapped, low), MINUTES_PER_DAY - SNAP_MINUTES, end - SNAP_MINUTES)
        if end - start >= MINUTES_PER_DAY and start != 0:
            start += SNAP_MINUTES
    else:
        end = min(max(snapped, start + SNAP_MINUTES), start + MINUTES_PER_DAY)
        if end - start >= MINUTES_PER_DAY and start != 0:
            end -= SNAP_MINUTES
    return Shift(start, end if end <= MINUTES_PER_DAY else end - MINUTES_PER_DAY)


def nudged_shift(shift: Shift, edge: Edge, steps: int) -> Shift:
    """The shift with one edge moved by ``steps`` snaps (15 minutes each; the keyboard's drag).

    Kept valid as a drag keeps it (:func:`dragged_shift`): at the limits nothing moves.

    >>> str(nudged_shift(Shift(1260, 360), "start", -1)), str(nudged_shift(Shift(1260, 360), "end", 1))
    ('20:45-06:00', '21:00-06:15')
    >>> str(nudged_shift(Shift(540, 555), "end", -1))
    '09:00-09:15'
    """
    end = shift.end + MINUTES_PER_DAY if shift.crosses_midnight else shift.end
    minute = (shift.start if edge == "start" else end) + steps * SNAP_MINUTES
    return dragged_shift(shift, edge, minute)


def with_shift(plan: Plan, team_id: str, weekday: int, old: Shift, new: Shift) -> Plan:
    """A copy of ``plan`` where one weekday's ``old`` shift of a team is ``new``.

    >>> from planner.plan.hours import WeekHours
    >>> from planner.plan.model import Team
    >>> plan = Plan(teams=(Team("a", "client", "UTC", WeekHours.parse({"mon": ["09:00-17:00"]})),))
    >>> str(with_shift(plan, "a", 0, Shift(540, 1020), Shift(480, 1020)).team("a").hours.on(0)[0])
    '08:00-17:00'
    """
    team = plan.team(team_id)
    shifts = list(team.hours.on(weekday))
    shifts[shifts.index(old)] = new
    hours = team.hours.with_day(weekday, shifts)
    edited = replace(team, hours=hours, agents=team.agents.follow(team.hours, hours))
    return replace(plan, teams=tuple(edited if t.id == team_id else t for t in plan.teams))


def with_shift_on(plan: Plan, team_id: str, day: date, old: Shift, new: Shift) -> Plan:
    """A copy of ``plan`` where ``old`` becomes ``new`` on local date ``day`` only (an exception).

    >>> from planner.plan.hours import WeekHours
    >>> from planner.plan.model import Team
    >>> plan = Plan(teams=(Team("a", "client", "UTC", WeekHours.parse({"mon": ["09:00-17:00"]})),))
    >>> edited = with_shift_on(plan, "a", date(2027, 1, 4), Shift(540, 1020), Shift(540, 1080))
    >>> edited.team("a").exceptions.to_mapping(), edited.team("a").hours.to_mapping()
    ({'2027-01-04': ['09:00-18:00']}, {'mon': ['09:00-17:00']})
    """
    from planner.plan.edits import set_exception
    from planner.schedule.working_time import day_shifts

    shifts = list(day_shifts(plan.team(team_id), day))
    if old in shifts:
        shifts[shifts.index(old)] = new
    else:
        shifts.append(new)
    return set_exception(plan, team_id, day, shifts)
