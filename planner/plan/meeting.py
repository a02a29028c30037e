"""A meeting and its repeat rule, in the meeting's local wall time; validated on creation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import TYPE_CHECKING, Literal

from planner.errors import PlannerError
from planner.plan.checks import check_id, check_year
from planner.text import Text
from planner.time.zones import load_zone

if TYPE_CHECKING:  # made only for a plan that moves an occurrence (planner.plan.values)
    from planner.plan.moved import MovedOccurrence

ICAL_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


Frequency = Literal["daily", "weekly", "monthly"]

# Bounds every calendar reader accepts (libical keeps INTERVAL in a C short; the clients in
# tests/calendar_clients read a series at each bound) and that fit the years planned.
MAX_INTERVAL = 1000
MAX_COUNT = 10000
MAX_DURATION_MINUTES = 24 * 60
MAX_REMINDER_MINUTES = 7 * 24 * 60


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
            raise PlannerError(
                Text("weekday index {weekday} is not 0 (MO) to 6 (SU)", weekday=self.weekday)
            )
        if self.ordinal is not None and not (1 <= abs(self.ordinal) <= 5):
            raise PlannerError(
                Text("ordinal {ordinal} must be 1 to 5 or -1 to -5", ordinal=self.ordinal)
            )

    @classmethod
    def parse(cls, text: object) -> ByDay:
        """Read ``MO`` ... ``SU``, optionally with an ordinal: ``1TU``, ``-1FR``."""
        # An optional signed digit, then two ASCII letters: read by slicing, no pattern to
        # compile per command (a pattern's \d: any decimal digit).
        written = str(text).strip()
        prefix, day = written[:-2], written[-2:].upper()
        digit = prefix[1:] if prefix[:1] in ("+", "-") else prefix
        if (
            day not in ICAL_WEEKDAYS
            or not written[-2:].isascii()
            or len(prefix) > 2
            or (prefix and not (len(digit) == 1 and digit.isdecimal()))
        ):
            raise PlannerError(
                Text(
                    'byday {text!r} is not a weekday: use MO TU WE TH FR SA SU, or "1TU"', text=text
                )
            )
        return cls(ICAL_WEEKDAYS.index(day), int(prefix) if prefix else None)

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
                Text(
                    'repeat freq must be "daily", "weekly" or "monthly", not {freq!r}',
                    freq=self.freq,
                )
            )
        if not isinstance(self.interval, int) or not 1 <= self.interval <= MAX_INTERVAL:
            raise PlannerError(
                Text(
                    "repeat interval must be a whole number from 1 to {MAX_INTERVAL}",
                    MAX_INTERVAL=MAX_INTERVAL,
                )
            )
        if self.until is not None and self.count is not None:
            raise PlannerError(Text("repeat takes either until or count, not both"))
        if self.count is not None and not 1 <= self.count <= MAX_COUNT:
            raise PlannerError(
                Text("repeat count must be from 1 to {MAX_COUNT}", MAX_COUNT=MAX_COUNT)
            )
        if self.until is not None:
            check_year(self.until, "repeat until")
        if self.freq != "monthly" and any(b.ordinal is not None for b in self.byday):
            raise PlannerError(Text('an ordinal weekday such as "1TU" needs freq = "monthly"'))
        if len(set(self.byday)) != len(self.byday):
            raise PlannerError(Text("repeat byday names a day twice"))


def check_meeting_url(url: str) -> str:
    r"""A meeting URL, refused when it holds a line break or another control character.

    >>> check_meeting_url("https://meet.example.com/abc")
    'https://meet.example.com/abc'
    >>> check_meeting_url("https://meet.example.com/abc\nX-EVIL:1")
    Traceback (most recent call last):
    ...
    planner.errors.PlannerError: url holds a line break or control character (\n): write the address on one line
    """
    found = next((c for c in url if c < " " or c == "\x7f"), None)  # C0 controls, DEL
    if found is not None:
        shown = repr(found)[1:-1]  # \n, \r, \x00: visible in the message
        raise PlannerError(
            Text(
                "url holds a line break or control character ({shown}): write the address on one line",
                shown=shown,
            )
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
    moved: tuple[MovedOccurrence, ...] = ()

    def __post_init__(self) -> None:
        check_id(self.id, "meeting")
        if not self.title:
            object.__setattr__(self, "title", self.id)
        if len(self.teams) < 2:
            raise PlannerError(Text("a meeting needs two or more teams"))
        if len(set(self.teams)) != len(self.teams):
            raise PlannerError(Text("a meeting lists a team twice"))
        if (
            not isinstance(self.duration_minutes, int)
            or not 1 <= self.duration_minutes <= MAX_DURATION_MINUTES
        ):
            raise PlannerError(
                Text(
                    "duration_minutes must be a whole number from 1 to {MAX_DURATION_MINUTES}",
                    MAX_DURATION_MINUTES=MAX_DURATION_MINUTES,
                )
            )
        if self.zone is not None:
            load_zone(self.zone)
        if (
            self.reminder_minutes is not None
            and not 0 <= self.reminder_minutes <= MAX_REMINDER_MINUTES
        ):
            raise PlannerError(Text("reminder_minutes must be between 0 and 10080 (a week)"))
        check_meeting_url(self.url)
        check_year(self.start_date, "start")
        if self.start_time.tzinfo is not None:
            raise PlannerError(
                Text("start is a local wall time in the meeting's zone, without offset")
            )
        if self.moved:
            if self.repeat is None:
                raise PlannerError(
                    Text(
                        "moved applies to a repeating meeting: change the start of a one-off instead"
                    )
                )
            originals = [m.original for m in self.moved]
            if len(set(originals)) != len(originals):
                raise PlannerError(Text("moved names an occurrence twice: name each date once"))
            object.__setattr__(self, "moved", tuple(sorted(self.moved)))

    def moved_on(self, original: date) -> MovedOccurrence | None:
        """The move of the occurrence of local date ``original``, or None."""
        for move in self.moved:
            if move.original == original:
                return move
        return None
