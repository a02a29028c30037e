"""The plan: teams, roles, meetings and their references. Frozen and validated on creation."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Literal

from planner.errors import PlannerError, where_of
from planner.plan.agents import Agents
from planner.plan.checks import check_id, check_year
from planner.plan.hours import NO_EXCEPTIONS, DayExceptions, WeekHours
from planner.plan.meeting import Meeting
from planner.text import Text
from planner.time.holidays import check_holiday_code
from planner.time.zones import load_zone

if TYPE_CHECKING:  # imported by the plans that have demand (planner.plan.demand_table)
    from planner.plan.demand import Demand

Side = Literal["client", "vendor"]
RoleKind = Literal["realtime", "async"]


def check_city(city: object) -> str:
    """A team's ``city``: one line of 1 to 100 characters, returned without outer spaces.

    >>> check_city(" Cebu City ")
    'Cebu City'
    """
    if not isinstance(city, str) or not city.strip() or len(city.strip()) > 100:
        raise PlannerError(
            Text('city must be a place name of 1 to 100 characters, e.g. "Cebu City"')
        )
    if any(c in city for c in "\n\r\t"):
        raise PlannerError(Text("city must be one line, without tabs"))
    return city.strip()


@dataclass(frozen=True, slots=True)
class Team:
    """A client or vendor team working in one time zone.

    >>> Team("mnl", "vendor", "Asia/Manila", WeekHours.parse({"mon-fri": ["21:00-06:00"]})).name
    'mnl'
    """

    id: str
    side: Side
    zone: str
    hours: WeekHours
    name: str = ""
    holidays: str | None = None
    days_off: tuple[date, ...] = ()
    city: str | None = None  # the place picked in the zone search: labels only, `zone` rules
    exceptions: DayExceptions = NO_EXCEPTIONS
    agents: Agents = field(default_factory=Agents)

    def __post_init__(self) -> None:
        check_id(self.id, "team")
        if self.side not in ("client", "vendor"):
            raise PlannerError(
                Text('side must be "client" or "vendor", not {side!r}', side=self.side)
            )
        load_zone(self.zone)
        if not self.name:
            object.__setattr__(self, "name", self.id)
        if self.holidays is not None:
            if not isinstance(self.holidays, str) or not self.holidays.strip():
                raise PlannerError(Text('holidays must be a country code such as "US" or "US-NY"'))
            object.__setattr__(self, "holidays", check_holiday_code(self.holidays))
        for day in self.days_off:
            check_year(day, "day off")
        object.__setattr__(self, "days_off", tuple(sorted(set(self.days_off))))
        if self.city is not None:
            object.__setattr__(self, "city", check_city(self.city))
        if not isinstance(self.exceptions, DayExceptions):
            raise PlannerError(Text("exceptions must be DayExceptions"))
        for day, _ in self.exceptions.days:
            check_year(day, "exception")


@dataclass(frozen=True, slots=True)
class Role:
    """Work a vendor does for a client: ``realtime`` (live) or ``async``.

    >>> Role("support", "realtime", "hq", "mnl").min_coverage_percent
    100.0
    """

    id: str
    kind: RoleKind
    client: str
    vendor: str
    name: str = ""
    min_coverage_percent: float = 100.0
    min_overlap_minutes: int = 60
    max_reply_hours: float = 24.0
    demand: Demand | None = None
    reply_within_hours: float | None = None

    def __post_init__(self) -> None:
        check_id(self.id, "role")
        if self.kind not in ("realtime", "async"):
            raise PlannerError(
                Text('kind must be "realtime" or "async", not {kind!r}', kind=self.kind)
            )
        if not self.name:
            object.__setattr__(self, "name", self.id)
        if not 0 <= self.min_coverage_percent <= 100:
            raise PlannerError(Text("min_coverage_percent must be between 0 and 100"))
        if self.min_overlap_minutes < 0:
            raise PlannerError(Text("min_overlap_minutes must be 0 or more"))
        if self.max_reply_hours <= 0:
            raise PlannerError(Text("max_reply_hours must be more than 0"))
        object.__setattr__(self, "min_coverage_percent", float(self.min_coverage_percent))
        object.__setattr__(self, "max_reply_hours", float(self.max_reply_hours))
        if self.demand is not None and self.kind != "realtime":
            raise PlannerError(
                Text('demand is for real-time roles: set kind = "realtime" or remove it')
            )
        if self.reply_within_hours is not None:
            if self.kind != "async":
                raise PlannerError(Text("reply_within_hours is for async roles: remove it"))
            if not 0 < self.reply_within_hours <= 10_000:
                raise PlannerError(
                    Text("reply_within_hours must be more than 0 (vendor working hours)")
                )
            object.__setattr__(self, "reply_within_hours", float(self.reply_within_hours))


def reference_problems(
    teams: Sequence[Team],
    roles: Sequence[Role],
    meetings: Sequence[Meeting],
    invalid_teams: Collection[str] = (),
) -> list[tuple[str, str, str, str]]:
    """Problems between objects: duplicate ids and references to missing or wrong teams.

    Args:
        teams: the valid teams.
        roles: the valid roles.
        meetings: the valid meetings.
        invalid_teams: ids of teams that exist but have problems of their own: references
            to them are not reported again.

    Returns:
        (kind, id, key, message) for each problem, in file order.
    """
    problems: list[tuple[str, str, str, str]] = []
    by_id: dict[str, Team] = {}
    for kind, items in (("team", teams), ("role", roles), ("meeting", meetings)):
        seen: set[str] = set()
        for item in items:
            if item.id in seen:
                problems.append(
                    (kind, item.id, "id", f'id "{item.id}" is used twice: ids must be unique')
                )
            seen.add(item.id)
    for team in teams:
        by_id.setdefault(team.id, team)

    def missing(name: str) -> str:
        import difflib

        close = difflib.get_close_matches(name, [*by_id, *invalid_teams], n=1)
        hint = Text(' (did you mean "{close}"?)', close=close[0]) if close else ""
        return Text('unknown team "{name}"{hint}', name=name, hint=hint)

    for role in roles:
        for key, side in (("client", "client"), ("vendor", "vendor")):
            name = getattr(role, key)
            found = by_id.get(name)
            if found is None:
                if name not in invalid_teams:
                    problems.append(("role", role.id, key, missing(name)))
            elif found.side != side:
                problems.append(
                    (
                        "role",
                        role.id,
                        key,
                        Text(
                            'team "{name}" is a {found}, but {key} needs a {side} team',
                            name=name,
                            found=found.side,
                            key=key,
                            side=side,
                        ),
                    )
                )
    for meeting in meetings:
        for name in meeting.teams:
            if name not in by_id and name not in invalid_teams:
                problems.append(("meeting", meeting.id, "teams", missing(name)))
    return problems


@dataclass(frozen=True, slots=True)
class Plan:
    """A whole plan: teams, roles, meetings, and the chart's reference zone.

    >>> Plan().reference_zone
    'UTC'
    """

    teams: tuple[Team, ...] = ()
    roles: tuple[Role, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    title: str = ""
    display_zone: str | None = None
    format: int = 1
    _teams_by_id: dict[str, Team] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        if self.display_zone is not None:
            load_zone(self.display_zone)
        problems = reference_problems(self.teams, self.roles, self.meetings)
        if problems:
            kind, ident, _, message = problems[0]
            raise PlannerError(
                Text("{where}: {message}", where=where_of(kind, ident), message=message)
            )
        object.__setattr__(self, "_teams_by_id", {t.id: t for t in self.teams})

    @property
    def reference_zone(self) -> str:
        """``display_zone``, else the first client team's zone, else the first team's, else UTC."""
        if self.display_zone:
            return self.display_zone
        for team in self.teams:
            if team.side == "client":
                return team.zone
        return self.teams[0].zone if self.teams else "UTC"

    def team(self, team_id: str) -> Team:
        """The team with this id; PlannerError when there is none."""
        try:
            return self._teams_by_id[team_id]
        except KeyError:
            raise PlannerError(Text('unknown team "{team_id}"', team_id=team_id)) from None

    def role(self, role_id: str) -> Role:
        """The role with this id; PlannerError when there is none."""
        for role in self.roles:
            if role.id == role_id:
                return role
        raise PlannerError(Text('unknown role "{role_id}"', role_id=role_id))

    def meeting(self, meeting_id: str) -> Meeting:
        """The meeting with this id; PlannerError when there is none."""
        for meeting in self.meetings:
            if meeting.id == meeting_id:
                return meeting
        raise PlannerError(Text('unknown meeting "{meeting_id}"', meeting_id=meeting_id))

    def meeting_zone(self, meeting: Meeting) -> str:
        """The zone a meeting's start is written in (its own, else the reference zone)."""
        return meeting.zone or self.reference_zone

    @property
    def clients(self) -> tuple[Team, ...]:
        """Client teams in plan order."""
        return tuple(t for t in self.teams if t.side == "client")

    @property
    def vendors(self) -> tuple[Team, ...]:
        """Vendor teams in plan order."""
        return tuple(t for t in self.teams if t.side == "vendor")
