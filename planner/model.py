"""The plan's domain values: teams, shifts, roles, meetings. Frozen and validated on creation."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, time
from typing import Literal

from planner.daysoff import check_holiday_code
from planner.errors import PlannerError
from planner.zones import load_zone

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
ICAL_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
MINUTES_PER_DAY = 24 * 60
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9_-]*\Z")

FIRST_YEAR, LAST_YEAR = 1900, 2199

Side = Literal["client", "vendor"]
RoleKind = Literal["realtime", "async"]
Frequency = Literal["daily", "weekly", "monthly"]


def check_id(value: object, what: str) -> str:
    """Return ``value`` when it is a valid id, else raise PlannerError.

    >>> check_id("mnl", "team")
    'mnl'
    """
    if not isinstance(value, str) or not ID_PATTERN.match(value):
        raise PlannerError(
            f"{what} id {value!r} is not valid: use lower-case letters, digits, '-' and '_', "
            'starting with a letter or digit (e.g. "mnl")'
        )
    return value


def check_year(day: date, what: str) -> date:
    """Return ``day`` when its year is one the planner handles, else raise PlannerError.

    >>> check_year(date(2027, 7, 5), "days_off")
    datetime.date(2027, 7, 5)
    """
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise PlannerError(
            f"{what} {day.isoformat()} is outside the years {FIRST_YEAR} to {LAST_YEAR} "
            "that the planner handles"
        )
    return day


def _parse_clock(text: str, allow_24: bool) -> int:
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", text.strip())
    if not match:
        raise PlannerError(f'"{text}" is not a time: write HH:MM, e.g. "09:00"')
    hours, minutes = int(match[1]), int(match[2])
    if hours == 24 and minutes == 0 and allow_24:
        return MINUTES_PER_DAY
    if hours > 23 or minutes > 59:
        raise PlannerError(f'"{text}" is not a time of day (00:00 to 23:59, or 24:00 as an end)')
    return hours * 60 + minutes


def format_clock(minutes: int) -> str:
    """Minutes after midnight as ``HH:MM`` (1440 is ``24:00``).

    >>> format_clock(1290)
    '21:30'
    """
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


@dataclass(frozen=True, slots=True, order=True)
class Shift:
    """Working time on one local date, in the team's wall-clock minutes after midnight.

    An ``end`` at or before ``start`` runs past midnight into the next day.

    >>> Shift.parse("21:00-06:00").minutes
    540
    """

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start < MINUTES_PER_DAY:
            raise PlannerError(f"a shift must start between 00:00 and 23:59, not {self.start} min")
        if not 0 <= self.end <= MINUTES_PER_DAY:
            raise PlannerError(f"a shift must end between 00:00 and 24:00, not {self.end} min")
        if self.start == self.end or (self.start == 0 and self.end == 0):
            raise PlannerError(
                f'shift "{self}" starts and ends at the same time: for a whole day write '
                '"00:00-24:00"'
            )

    @classmethod
    def parse(cls, text: object) -> Shift:
        """Read ``"HH:MM-HH:MM"``."""
        if not isinstance(text, str) or text.count("-") != 1:
            raise PlannerError(
                f'shift {text!r} is not of the form "HH:MM-HH:MM" (e.g. "09:00-17:00")'
            )
        first, second = text.split("-")
        return cls(_parse_clock(first, allow_24=False), _parse_clock(second, allow_24=True))

    @property
    def crosses_midnight(self) -> bool:
        """True when the shift ends on the next local date."""
        return self.end <= self.start

    @property
    def minutes(self) -> int:
        """Nominal length in wall-clock minutes (DST nights make the real one differ)."""
        return (
            self.end - self.start
            if self.end > self.start
            else self.end + MINUTES_PER_DAY - self.start
        )

    def __str__(self) -> str:
        return f"{format_clock(self.start)}-{format_clock(self.end)}"


def parse_day_key(key: str) -> tuple[int, ...]:
    """Weekday indexes (Monday = 0) named by a day key: ``mon``, ``sun-thu``, ``daily``.

    >>> parse_day_key("sun-thu")
    (6, 0, 1, 2, 3)
    """
    text = key.strip().lower()
    if text == "daily":
        return tuple(range(7))
    if text in WEEKDAYS:
        return (WEEKDAYS.index(text),)
    first, dash, last = text.partition("-")
    if dash and first in WEEKDAYS and last in WEEKDAYS:
        start, stop = WEEKDAYS.index(first), WEEKDAYS.index(last)
        return tuple((start + i) % 7 for i in range((stop - start) % 7 + 1))
    raise PlannerError(
        f'"{key}" is not a day key: use mon ... sun, a range such as "mon-fri" or "sun-thu", '
        'or "daily"'
    )


def _day_range_key(days: Sequence[int]) -> str:
    if len(days) == 7:
        return "daily"
    if len(days) == 1:
        return WEEKDAYS[days[0]]
    return f"{WEEKDAYS[days[0]]}-{WEEKDAYS[days[-1]]}"


@dataclass(frozen=True, slots=True)
class WeekHours:
    """Shifts for each weekday, Monday first; each day's shifts sorted.

    >>> WeekHours.parse({"mon-fri": ["09:00-17:00"]}).to_mapping()
    {'mon-fri': ['09:00-17:00']}
    """

    days: tuple[tuple[Shift, ...], ...] = ((),) * 7

    def __post_init__(self) -> None:
        if len(self.days) != 7:
            raise PlannerError("weekly hours need exactly seven days")
        object.__setattr__(self, "days", tuple(tuple(sorted(day)) for day in self.days))

    @classmethod
    def parse(cls, mapping: object) -> WeekHours:
        """Read the plan file's ``hours`` table: day key -> list of ``"HH:MM-HH:MM"``."""
        if not isinstance(mapping, Mapping):
            raise PlannerError('hours must be a table such as { "mon-fri" = ["09:00-17:00"] }')
        days: list[list[Shift]] = [[] for _ in range(7)]
        named: set[int] = set()
        for key, shifts in mapping.items():
            indexes = parse_day_key(str(key))
            twice = named.intersection(indexes)
            if twice:
                raise PlannerError(
                    f'day key "{key}" names {", ".join(WEEKDAYS[i] for i in sorted(twice))} '
                    "again: name each day once"
                )
            named.update(indexes)
            if isinstance(shifts, str):
                shifts = [shifts]
            if not isinstance(shifts, Sequence):
                raise PlannerError(
                    f'hours "{key}" must be a list of shifts such as ["09:00-17:00"]'
                )
            parsed = [Shift.parse(text) for text in shifts]
            for index in indexes:
                days[index].extend(parsed)
        return cls(tuple(tuple(day) for day in days))

    @classmethod
    def from_days(cls, days: Iterable[Iterable[Shift]]) -> WeekHours:
        """Build from seven iterables of shifts, Monday first."""
        return cls(tuple(tuple(day) for day in days))

    def on(self, weekday: int) -> tuple[Shift, ...]:
        """The shifts starting on ``weekday`` (Monday = 0)."""
        return self.days[weekday]

    def with_day(self, weekday: int, shifts: Iterable[Shift]) -> WeekHours:
        """A copy with ``weekday``'s shifts replaced."""
        days = list(self.days)
        days[weekday] = tuple(shifts)
        return WeekHours(tuple(days))

    def to_mapping(self) -> dict[str, list[str]]:
        """The compact plan-file form: runs of equal days become ranges (wrapping past Sunday)."""
        result: dict[str, list[str]] = {}
        if all(day == self.days[0] for day in self.days):
            if self.days[0]:
                result["daily"] = [str(s) for s in self.days[0]]
            return result
        # Start the scan after a change of shifts so that a run wrapping past Sunday stays whole.
        origin = next(i for i in range(7) if self.days[i] != self.days[i - 1])
        run: list[int] = []
        for step in range(7):
            index = (origin + step) % 7
            if run and self.days[index] != self.days[run[0]]:
                if self.days[run[0]]:
                    result[_day_range_key(run)] = [str(s) for s in self.days[run[0]]]
                run = []
            run.append(index)
        if self.days[run[0]]:
            result[_day_range_key(run)] = [str(s) for s in self.days[run[0]]]
        return dict(sorted(result.items(), key=lambda kv: parse_day_key(kv[0])[0]))

    @property
    def is_empty(self) -> bool:
        """True when no day has a shift."""
        return not any(self.days)


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

    def __post_init__(self) -> None:
        check_id(self.id, "team")
        if self.side not in ("client", "vendor"):
            raise PlannerError(f'side must be "client" or "vendor", not {self.side!r}')
        load_zone(self.zone)
        if not self.name:
            object.__setattr__(self, "name", self.id)
        if self.holidays is not None:
            if not isinstance(self.holidays, str) or not self.holidays.strip():
                raise PlannerError('holidays must be a country code such as "US" or "US-NY"')
            check_holiday_code(self.holidays)
        for day in self.days_off:
            check_year(day, "day off")
        object.__setattr__(self, "days_off", tuple(sorted(set(self.days_off))))


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

    def __post_init__(self) -> None:
        check_id(self.id, "role")
        if self.kind not in ("realtime", "async"):
            raise PlannerError(f'kind must be "realtime" or "async", not {self.kind!r}')
        if not self.name:
            object.__setattr__(self, "name", self.id)
        if not 0 <= self.min_coverage_percent <= 100:
            raise PlannerError("min_coverage_percent must be between 0 and 100")
        if self.min_overlap_minutes < 0:
            raise PlannerError("min_overlap_minutes must be 0 or more")
        if self.max_reply_hours <= 0:
            raise PlannerError("max_reply_hours must be more than 0")
        object.__setattr__(self, "min_coverage_percent", float(self.min_coverage_percent))
        object.__setattr__(self, "max_reply_hours", float(self.max_reply_hours))


@dataclass(frozen=True, slots=True)
class ByDay:
    """A weekday in a repeat rule, with an ordinal for monthly rules (``1TU``, ``-1FR``).

    >>> str(ByDay.parse("-1FR"))
    '-1FR'
    """

    weekday: int
    ordinal: int | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.weekday <= 6:
            raise PlannerError(f"weekday index {self.weekday} is not 0 (MO) to 6 (SU)")
        if self.ordinal is not None and not (1 <= abs(self.ordinal) <= 5):
            raise PlannerError(f"ordinal {self.ordinal} must be 1 to 5 or -1 to -5")

    @classmethod
    def parse(cls, text: object) -> ByDay:
        """Read ``MO`` ... ``SU``, optionally with an ordinal: ``1TU``, ``-1FR``."""
        match = re.fullmatch(r"([+-]?\d)?([A-Za-z]{2})", str(text).strip())
        if not match or match[2].upper() not in ICAL_WEEKDAYS:
            raise PlannerError(
                f'byday {text!r} is not a weekday: use MO TU WE TH FR SA SU, or "1TU"'
            )
        ordinal = int(match[1]) if match[1] else None
        return cls(ICAL_WEEKDAYS.index(match[2].upper()), ordinal)

    def __str__(self) -> str:
        prefix = "" if self.ordinal is None else str(self.ordinal)
        return f"{prefix}{ICAL_WEEKDAYS[self.weekday]}"


@dataclass(frozen=True, slots=True)
class Repeat:
    """How a meeting recurs, in the meeting's local wall time.

    >>> Repeat("weekly", byday=(ByDay(1),), count=10).count
    10
    """

    freq: Frequency
    interval: int = 1
    byday: tuple[ByDay, ...] = ()
    until: date | None = None
    count: int | None = None

    def __post_init__(self) -> None:
        if self.freq not in ("daily", "weekly", "monthly"):
            raise PlannerError(
                f'repeat freq must be "daily", "weekly" or "monthly", not {self.freq!r}'
            )
        if not isinstance(self.interval, int) or self.interval < 1:
            raise PlannerError("repeat interval must be a whole number of 1 or more")
        if self.until is not None and self.count is not None:
            raise PlannerError("repeat takes either until or count, not both")
        if self.count is not None and not 1 <= self.count <= 10000:
            raise PlannerError("repeat count must be from 1 to 10000")
        if self.until is not None:
            check_year(self.until, "repeat until")
        if self.freq != "monthly" and any(b.ordinal is not None for b in self.byday):
            raise PlannerError('an ordinal weekday such as "1TU" needs freq = "monthly"')
        if len(set(self.byday)) != len(self.byday):
            raise PlannerError("repeat byday names a day twice")


def check_meeting_url(url: str) -> str:
    r"""A meeting URL, refused when it holds a line break or another control character.

    >>> check_meeting_url("https://meet.example.com/abc")
    'https://meet.example.com/abc'
    >>> check_meeting_url("https://meet.example.com/abc\nX-EVIL:1")
    Traceback (most recent call last):
    ...
    planner.errors.PlannerError: url holds a line break or control character (\n): write the address on one line
    """
    found = re.search(r"[\x00-\x1f\x7f]", url)
    if found:
        shown = repr(found[0])[1:-1]  # \n, \r, \x00: visible in the message
        raise PlannerError(
            f"url holds a line break or control character ({shown}): write the address on one line"
        )
    return url


@dataclass(frozen=True, slots=True)
class Meeting:
    """A one-off or recurring meeting whose ``start`` is wall time in ``zone``.

    >>> Meeting("kick", "Kickoff", ("hq", "mnl"), 60, date(2027, 1, 5), time(9)).repeat is None
    True
    """

    id: str
    title: str
    teams: tuple[str, ...]
    duration_minutes: int
    start_date: date
    start_time: time
    zone: str | None = None
    repeat: Repeat | None = None
    skip_holidays: bool = True
    description: str = ""
    location: str = ""
    url: str = ""
    reminder_minutes: int | None = None

    def __post_init__(self) -> None:
        check_id(self.id, "meeting")
        if not self.title:
            object.__setattr__(self, "title", self.id)
        if len(self.teams) < 2:
            raise PlannerError("a meeting needs two or more teams")
        if len(set(self.teams)) != len(self.teams):
            raise PlannerError("a meeting lists a team twice")
        if not isinstance(self.duration_minutes, int) or not 1 <= self.duration_minutes <= 24 * 60:
            raise PlannerError("duration_minutes must be a whole number from 1 to 1440")
        if self.zone is not None:
            load_zone(self.zone)
        if self.reminder_minutes is not None and not 0 <= self.reminder_minutes <= 7 * 24 * 60:
            raise PlannerError("reminder_minutes must be between 0 and 10080 (a week)")
        check_meeting_url(self.url)
        check_year(self.start_date, "start")
        if self.start_time.tzinfo is not None:
            raise PlannerError("start is a local wall time in the meeting's zone, without offset")


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
        hint = f' (did you mean "{close[0]}"?)' if close else ""
        return f'unknown team "{name}"{hint}'

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
                        f'team "{name}" is a {found.side}, but {key} needs a {side} team',
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
            raise PlannerError(f'{kind} "{ident}": {message}')
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
            raise PlannerError(f'unknown team "{team_id}"') from None

    def role(self, role_id: str) -> Role:
        """The role with this id; PlannerError when there is none."""
        for role in self.roles:
            if role.id == role_id:
                return role
        raise PlannerError(f'unknown role "{role_id}"')

    def meeting(self, meeting_id: str) -> Meeting:
        """The meeting with this id; PlannerError when there is none."""
        for meeting in self.meetings:
            if meeting.id == meeting_id:
                return meeting
        raise PlannerError(f'unknown meeting "{meeting_id}"')

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
