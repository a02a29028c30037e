"""Edits of a plan that keep it whole, weekly-hours helpers and fresh ids.

Teams are renamed or removed together with the roles and meetings that name them; the
hours editor copies a day, applies a preset, and the chart changes one shift.

Every function returns a new value; a result that would be invalid raises PlannerError.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from planner.errors import PlannerError
from planner.plan.agents import Agents
from planner.plan.hours import Shift, WeekHours
from planner.plan.meeting import Meeting
from planner.plan.model import Plan, Role, Team
from planner.text import Text
from planner.time.local import MINUTES_PER_DAY

HOURS_PRESETS: tuple[tuple[str, dict[str, list[str]]], ...] = (
    (Text("Mon-Fri 09:00-17:00"), {"mon-fri": ["09:00-17:00"]}),
    (Text("Sun-Thu 09:00-17:00"), {"sun-thu": ["09:00-17:00"]}),
    (Text("Mon-Sat 09:00-17:00"), {"mon-sat": ["09:00-17:00"]}),
    (Text("Mon-Fri night 21:00-06:00"), {"mon-fri": ["21:00-06:00"]}),
    ("24/7", {"daily": ["00:00-24:00"]}),
)
"""Common work weeks offered by the hours editor: (label, plan-file ``hours`` table).

The labels are Texts: the hours editor shows them in the GUI's language."""


def preset_hours(label: str) -> WeekHours:
    """The weekly hours of a preset named in :data:`HOURS_PRESETS`.

    >>> preset_hours("Sun-Thu 09:00-17:00").to_mapping()
    {'sun-thu': ['09:00-17:00']}
    """
    for name, mapping in HOURS_PRESETS:
        if name == label:
            return WeekHours.parse(mapping)
    raise PlannerError(
        Text(
            'unknown preset "{label}": use one of {items}',
            label=label,
            items=", ".join(n for n, _ in HOURS_PRESETS),
        )
    )


def copy_day(hours: WeekHours, source: int, targets: Iterable[int]) -> WeekHours:
    """A copy of ``hours`` where each target weekday has ``source``'s shifts (Monday = 0).

    >>> week = WeekHours.parse({"mon": ["21:00-06:00", "09:00-10:00"]})
    >>> copy_day(week, 0, [1, 2]).to_mapping()
    {'mon-wed': ['09:00-10:00', '21:00-06:00']}
    """
    for weekday in (source, *targets):
        if not 0 <= weekday <= 6:
            raise PlannerError(
                Text("weekday {weekday} is not 0 (Monday) to 6 (Sunday)", weekday=weekday)
            )
    days = list(hours.days)
    for weekday in targets:
        days[weekday] = hours.days[source]
    return WeekHours(tuple(days))


def edit_shift(hours: WeekHours, weekday: int, old: Shift | None, new: Shift | None) -> WeekHours:
    """Replace one shift of ``weekday``: ``old=None`` adds ``new``, ``new=None`` removes ``old``.

    >>> week = WeekHours.parse({"mon": ["09:00-17:00"]})
    >>> edit_shift(week, 0, Shift.parse("09:00-17:00"), Shift.parse("08:00-17:00")).to_mapping()
    {'mon': ['08:00-17:00']}
    """
    shifts = list(hours.on(weekday))
    if old is not None:
        if old not in shifts:
            raise PlannerError(Text("there is no shift {old} on that day to change", old=old))
        shifts.remove(old)
    if new is not None:
        shifts.append(new)
    return hours.with_day(weekday, shifts)


def suggest_id(name: str, taken: Collection[str], fallback: str = "item") -> str:
    """An id made from a name (lower case, ``-`` between words) not in ``taken``.

    >>> suggest_id("Manila Support Desk", ["manila-support-desk"])
    'manila-support-desk-2'
    >>> suggest_id("Київ", [], fallback="team")
    'team'
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40].strip("-") or fallback
    candidate, number = base, 2
    while candidate in taken:
        candidate = f"{base}-{number}"
        number += 1
    return candidate


@dataclass(frozen=True, slots=True)
class Dependents:
    """What refers to a team: the roles and meetings that name it.

    Attributes:
        roles: roles whose client or vendor is the team (removed with it).
        meetings_dropped: meetings left with fewer than two teams (removed with it).
        meetings_shrunk: meetings that lose the team but keep two or more.
    """

    roles: tuple[Role, ...]
    meetings_dropped: tuple[Meeting, ...]
    meetings_shrunk: tuple[Meeting, ...]

    @property
    def empty(self) -> bool:
        """True when nothing refers to the team."""
        return not (self.roles or self.meetings_dropped or self.meetings_shrunk)


def team_dependents(plan: Plan, team_id: str) -> Dependents:
    """The roles and meetings that removing ``team_id`` would change.

    >>> from planner.plan.model import Team
    >>> h = WeekHours.parse({"mon": ["09:00-10:00"]})
    >>> p = Plan(teams=(Team("a", "client", "UTC", h), Team("b", "vendor", "UTC", h)),
    ...          roles=(Role("r", "async", "a", "b"),))
    >>> [r.id for r in team_dependents(p, "b").roles]
    ['r']
    """
    plan.team(team_id)
    roles = tuple(r for r in plan.roles if team_id in (r.client, r.vendor))
    naming = [m for m in plan.meetings if team_id in m.teams]
    dropped = tuple(m for m in naming if len(m.teams) <= 2)
    shrunk = tuple(m for m in naming if len(m.teams) > 2)
    return Dependents(roles, dropped, shrunk)


def remove_team(plan: Plan, team_id: str) -> Plan:
    """The plan without a team, its roles, and meetings it leaves with fewer than two teams.

    >>> from planner.plan.model import Team
    >>> h = WeekHours.parse({"mon": ["09:00-10:00"]})
    >>> p = Plan(teams=(Team("a", "client", "UTC", h), Team("b", "vendor", "UTC", h)),
    ...          roles=(Role("r", "async", "a", "b"),))
    >>> [t.id for t in remove_team(p, "b").teams], remove_team(p, "b").roles
    (['a'], ())
    """
    dependents = team_dependents(plan, team_id)
    dropped = {m.id for m in dependents.meetings_dropped}
    meetings = tuple(
        replace(m, teams=tuple(t for t in m.teams if t != team_id))
        for m in plan.meetings
        if m.id not in dropped
    )
    return replace(
        plan,
        teams=tuple(t for t in plan.teams if t.id != team_id),
        roles=tuple(r for r in plan.roles if r not in dependents.roles),
        meetings=meetings,
    )


def add_team(plan: Plan, team: Team) -> Plan:
    """The plan with ``team`` appended; PlannerError when its id is taken."""
    check_free_id(team.id, [t.id for t in plan.teams], "team")
    return replace(plan, teams=(*plan.teams, team))


def replace_team(plan: Plan, old_id: str, team: Team) -> Plan:
    """The plan with team ``old_id`` replaced by ``team`` in place.

    A new id is followed by every role and meeting that named the old one.

    >>> from planner.plan.model import Team
    >>> h = WeekHours.parse({"mon": ["09:00-10:00"]})
    >>> p = Plan(teams=(Team("a", "client", "UTC", h), Team("b", "vendor", "UTC", h)),
    ...          roles=(Role("r", "async", "a", "b"),))
    >>> replace_team(p, "b", Team("mnl", "vendor", "Asia/Manila", h)).roles[0].vendor
    'mnl'
    """
    plan.team(old_id)
    if team.id != old_id:
        check_free_id(team.id, [t.id for t in plan.teams], "team")

    def renamed(team_id: str) -> str:
        return team.id if team_id == old_id else team_id

    return replace(
        plan,
        teams=tuple(team if t.id == old_id else t for t in plan.teams),
        roles=tuple(
            replace(r, client=renamed(r.client), vendor=renamed(r.vendor)) for r in plan.roles
        ),
        meetings=tuple(replace(m, teams=tuple(renamed(t) for t in m.teams)) for m in plan.meetings),
    )


def set_team_hours(plan: Plan, team_id: str, hours: WeekHours) -> Plan:
    """The plan with one team's weekly hours replaced (a changed shift keeps its agents)."""
    team = plan.team(team_id)
    agents = team.agents.follow(team.hours, hours)
    return replace_team(plan, team_id, replace(team, hours=hours, agents=agents))


def set_team_roster(plan: Plan, team_id: str, hours: WeekHours, agents: Agents) -> Plan:
    """The plan with one team's weekly hours and people per shift replaced (a roster).

    >>> from planner.plan.model import Team
    >>> p = Plan(teams=(Team("v", "vendor", "UTC", WeekHours()),))
    >>> h = WeekHours.parse({"mon": ["09:00-17:00"]})
    >>> set_team_roster(p, "v", h, Agents.uniform(4)).team("v").agents.count(0, h.on(0)[0])
    4
    """
    return replace_team(plan, team_id, replace(plan.team(team_id), hours=hours, agents=agents))


def put_role(plan: Plan, old_id: str | None, role: Role) -> Plan:
    """The plan with a role added (``old_id=None``) or replaced in place."""
    if old_id is None or role.id != old_id:
        check_free_id(role.id, [r.id for r in plan.roles], "role")
    if old_id is None:
        return replace(plan, roles=(*plan.roles, role))
    plan.role(old_id)
    return replace(plan, roles=tuple(role if r.id == old_id else r for r in plan.roles))


def put_meeting(plan: Plan, old_id: str | None, meeting: Meeting) -> Plan:
    """The plan with a meeting added (``old_id=None``) or replaced in place."""
    if old_id is None or meeting.id != old_id:
        check_free_id(meeting.id, [m.id for m in plan.meetings], "meeting")
    if old_id is None:
        return replace(plan, meetings=(*plan.meetings, meeting))
    plan.meeting(old_id)
    return replace(plan, meetings=tuple(meeting if m.id == old_id else m for m in plan.meetings))


def remove_role(plan: Plan, role_id: str) -> Plan:
    """The plan without a role."""
    plan.role(role_id)
    return replace(plan, roles=tuple(r for r in plan.roles if r.id != role_id))


def remove_meeting(plan: Plan, meeting_id: str) -> Plan:
    """The plan without a meeting."""
    plan.meeting(meeting_id)
    return replace(plan, meetings=tuple(m for m in plan.meetings if m.id != meeting_id))


def move_item(items: tuple[Team, ...], item_id: str, offset: int) -> tuple[Team, ...]:
    """Teams reordered: ``item_id`` moved ``offset`` places (clamped to the ends).

    >>> from planner.plan.model import Team
    >>> h = WeekHours()
    >>> teams = (Team("a", "client", "UTC", h), Team("b", "vendor", "UTC", h))
    >>> [t.id for t in move_item(teams, "b", -1)]
    ['b', 'a']
    """
    ids = [t.id for t in items]
    if item_id not in ids:
        raise PlannerError(Text('unknown team "{item_id}"', item_id=item_id))
    index = ids.index(item_id)
    target = max(0, min(len(items) - 1, index + offset))
    reordered = list(items)
    reordered.insert(target, reordered.pop(index))
    return tuple(reordered)


def check_free_id(item_id: str, taken: Iterable[str], kind: str) -> None:
    """Raise PlannerError when ``item_id`` is already one of ``taken``.

    >>> check_free_id("hq", ["mnl"], "team")
    """
    if item_id in taken:
        raise PlannerError(
            Text(
                '{kind} id "{item_id}" is already used: choose another id',
                kind=kind,
                item_id=item_id,
            )
        )


def file_stem(title: str, fallback: str = "Untitled") -> str:
    """A file name (without extension) made from a plan's title, safe on every system.

    >>> file_stem("Acme: Manila / Kyiv plan?"), file_stem("  "), file_stem("CON")
    ('Acme - Manila - Kyiv plan', 'Untitled', 'CON plan')
    """
    text = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " - ", title).strip(" .-")
    text = re.sub(r"\s+", " ", re.sub(r"(\s*-\s*)+", " - ", text)).strip(" .-")[:80].strip()
    if not text:
        return fallback
    if text.upper() in ("CON", "PRN", "AUX", "NUL") or re.fullmatch(r"(?i)(COM|LPT)\d", text):
        text += " plan"
    return text


def set_exception(plan: Plan, team_id: str, day: date, shifts: Iterable[Shift] | None) -> Plan:
    """The plan where one team works ``shifts`` on local date ``day`` only (None: the week's).

    >>> from planner.plan.model import Team
    >>> h = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    >>> p = Plan(teams=(Team("a", "client", "UTC", h),))
    >>> p = set_exception(p, "a", date(2027, 12, 24), [Shift.parse("09:00-13:00")])
    >>> p.team("a").exceptions.to_mapping()
    {'2027-12-24': ['09:00-13:00']}
    >>> set_exception(p, "a", date(2027, 12, 24), None).team("a").exceptions.to_mapping()
    {}
    """
    team = plan.team(team_id)
    edited = replace(team, exceptions=team.exceptions.with_day(day, shifts))
    return replace_team(plan, team_id, edited)


def half_day(shifts: Iterable[Shift]) -> tuple[Shift, ...]:
    """The first half of a day's working time: its shifts cut at half their total length.

    >>> [str(s) for s in half_day([Shift.parse("09:00-17:00")])]
    ['09:00-13:00']
    """
    day = sorted(shifts)
    left = sum(s.minutes for s in day) // 2 // 15 * 15
    result = []
    for shift in day:
        if left <= 0:
            break
        take = min(left, shift.minutes)
        end = (shift.start + take) % MINUTES_PER_DAY
        result.append(Shift(shift.start, end if end else MINUTES_PER_DAY))
        left -= take
    return tuple(result)


def overtime(shifts: Iterable[Shift], minutes: int = 60) -> tuple[Shift, ...]:
    """A day's shifts with the last one ``minutes`` longer (at most a whole day).

    >>> [str(s) for s in overtime([Shift.parse("21:00-06:00")])]
    ['21:00-07:00']
    """
    day = sorted(shifts)
    if not day:
        raise PlannerError(Text("there is no shift to work overtime on: give the hours instead"))
    last = day[-1]
    length = min(last.minutes + minutes, MINUTES_PER_DAY)
    end = (last.start + length) % MINUTES_PER_DAY
    if end == last.start:
        end = last.start - 15 if last.start else MINUTES_PER_DAY
    return (*day[:-1], Shift(last.start, end if end else MINUTES_PER_DAY))


def move_occurrence(plan: Plan, meeting_id: str, series_day: date, start: datetime) -> Plan:
    """The plan where one occurrence of a series is held at ``start`` (wall time, its zone).

    Putting it back at its time in the series removes the move.

    >>> from datetime import time
    >>> from planner.plan.meeting import Repeat
    >>> from planner.plan.model import Team
    >>> m = Meeting("w", "W", ("a", "b"), 30, date(2027, 1, 5), time(9), repeat=Repeat("weekly"))
    >>> p = Plan(teams=(Team("a", "client", "UTC", WeekHours()), Team("b", "vendor", "UTC", WeekHours())),
    ...          meetings=(m,))
    >>> p = move_occurrence(p, "w", date(2027, 1, 12), datetime(2027, 1, 13, 10))
    >>> [(x.key, str(x.start)) for x in p.meeting("w").moved]
    [('2027-01-12', '2027-01-13 10:00:00')]
    >>> move_occurrence(p, "w", date(2027, 1, 12), datetime(2027, 1, 12, 9)).meeting("w").moved
    ()
    """
    meeting = plan.meeting(meeting_id)
    return put_meeting(plan, meeting_id, _with_move(meeting, series_day, start))


def _with_move(meeting: Meeting, series_day: date, start: datetime) -> Meeting:
    from planner.plan.moved import MovedOccurrence
    from planner.plan.recurrence import check_moved, wall_starts

    if meeting.repeat is None:
        raise PlannerError(Text("a one-off meeting has no occurrence to move on its own: move it"))
    kept = tuple(m for m in meeting.moved if m.original != series_day)
    original = next(wall_starts(meeting, series_day, series_day), None)
    if original is None:
        raise PlannerError(
            Text("the series has no occurrence on {series_day}", series_day=series_day)
        )
    if start != original:
        kept = (*kept, MovedOccurrence(series_day, start))
    edited = replace(meeting, moved=kept)
    check_moved(edited)
    return edited


def move_series(plan: Plan, meeting_id: str, delta: timedelta) -> Plan:
    """The plan where a whole meeting (every occurrence) starts ``delta`` later in wall time.

    A move across days moves the repeat rule's weekdays and the moved occurrences' dates
    with it.

    >>> from datetime import time
    >>> from planner.plan.meeting import ByDay, Repeat
    >>> from planner.plan.model import Team
    >>> h = WeekHours()
    >>> m = Meeting("w", "W", ("a", "b"), 30, date(2027, 1, 5), time(9),
    ...             repeat=Repeat("weekly", byday=(ByDay(1),)))
    >>> p = Plan(teams=(Team("a", "client", "UTC", h), Team("b", "vendor", "UTC", h)), meetings=(m,))
    >>> moved = move_series(p, "w", timedelta(days=1, hours=2)).meeting("w")
    >>> moved.start_date, moved.start_time, [str(b) for b in moved.repeat.byday]
    (datetime.date(2027, 1, 6), datetime.time(11, 0), ['WE'])
    """
    from planner.plan.meeting import ByDay
    from planner.plan.moved import MovedOccurrence
    from planner.plan.recurrence import check_moved, check_rule

    meeting = plan.meeting(meeting_id)
    start = datetime.combine(meeting.start_date, meeting.start_time) + delta
    days = (start.date() - meeting.start_date).days
    repeat = meeting.repeat
    if repeat is not None and days and repeat.byday:
        byday = tuple(ByDay((b.weekday + days) % 7, b.ordinal) for b in repeat.byday)
        until = repeat.until + timedelta(days=days) if repeat.until else None
        repeat = replace(repeat, byday=byday, until=until)
    elif repeat is not None and days and repeat.until:
        repeat = replace(repeat, until=repeat.until + timedelta(days=days))
    moved = tuple(
        MovedOccurrence(m.original + timedelta(days=days), m.start) for m in meeting.moved
    )
    edited = replace(
        meeting,
        start_date=start.date(),
        start_time=start.time(),
        repeat=repeat,
        moved=moved,
    )
    check_rule(edited)
    check_moved(edited)
    return put_meeting(plan, meeting_id, edited)
