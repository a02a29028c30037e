"""Contact volume from a CSV file as contact-centre systems export it (``contacts_file``).

Rows are ``weekday,time,contacts`` (one week) or ``date,time,contacts`` (several weeks of
history, averaged by weekday and interval: a date's missing intervals count as 0). The
separator is ``,``, ``;`` or a tab; with ``;`` a decimal comma is read (``12,5``). A UTF-8
byte-order mark, a header row and blank lines are allowed. Every other problem is reported
at its line, as the plan's are.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from datetime import date
from pathlib import Path

from planner.errors import PlanFileError, PlannerError
from planner.plan.checks import FIRST_YEAR, LAST_YEAR
from planner.plan.demand import WeekProfile, check_contacts
from planner.plan.hours import WEEKDAYS, format_clock
from planner.problem import Problem
from planner.text import Text

MAX_BYTES = 10 * 1024 * 1024
MAX_PROBLEMS = 20
_DAY_NAMES = {
    **{name: i for i, name in enumerate(WEEKDAYS)},
    **{
        name: i
        for i, name in enumerate(
            ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
        )
    },
    **{name: i for i, name in enumerate(("mo", "tu", "we", "th", "fr", "sa", "su"))},
    "tues": 1,
    "wednes": 2,
    "thur": 3,
    "thurs": 3,
}
_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def read_contacts_file(path: Path, shown: str, interval_minutes: int) -> WeekProfile:
    """The week profile in a CSV file; PlannerError for a missing or unusable file.

    ``shown`` is the path as the plan writes it (for the messages about the file);
    PlanFileError lists the problems of its rows, each at its line of ``path``.
    """
    try:
        if not path.exists():
            raise PlannerError(
                Text(
                    'contacts_file "{shown}": no such file (looked for {path})',
                    shown=shown,
                    path=path,
                )
            )
        if not path.is_file():
            raise PlannerError(
                Text('contacts_file "{shown}" is not a regular file: name a CSV file', shown=shown)
            )
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise PlannerError(
                Text(
                    'contacts_file "{shown}" is {size:.1f} MB: the limit is {MAX_BYTES} MB (export a few weeks of history by interval)',
                    shown=shown,
                    size=size / 1048576,
                    MAX_BYTES=MAX_BYTES // 1048576,
                )
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise PlannerError(
            Text(
                'contacts_file "{shown}" cannot be read: {strerror}',
                shown=shown,
                strerror=exc.strerror,
            )
        ) from None
    return parse_contacts_csv(raw, str(path), interval_minutes)


def _decode(raw: bytes, shown: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise PlanFileError(
            [Problem(shown, 1, "", Text("is UTF-16 text: export or save the file as CSV in UTF-8"))]
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise PlanFileError(
            [
                Problem(
                    shown,
                    line,
                    "",
                    Text("is not UTF-8 text: export or save the file as CSV in UTF-8"),
                )
            ]
        ) from None


def _separator(line: str) -> str | None:
    for candidate in (";", "\t", ","):
        fields = [f.strip() for f in line.split(candidate)]
        while len(fields) > 3 and not fields[-1]:
            fields.pop()
        if len(fields) == 3:
            return candidate
    return None


def _time(text: str, interval_minutes: int) -> int:
    match = _TIME.fullmatch(text)
    if match is None:
        raise PlannerError(
            Text('time "{text}" is not a time of day: write HH:MM, e.g. "09:30"', text=text)
        )
    hours, minutes, seconds, half = int(match[1]), int(match[2]), match[3], match[4]
    if half:
        if not 1 <= hours <= 12:
            raise PlannerError(
                Text('time "{text}" is not a time of day (1:00 to 12:59 with AM/PM)', text=text)
            )
        hours = hours % 12 + (12 if half.lower() == "pm" else 0)
    if hours > 23 or minutes > 59 or (seconds is not None and int(seconds) > 59):
        raise PlannerError(Text('time "{text}" is not a time of day (00:00 to 23:59)', text=text))
    if seconds is not None and int(seconds):
        raise PlannerError(
            Text('time "{text}" has seconds: intervals start on whole minutes', text=text)
        )
    minute = hours * 60 + minutes
    if minute % interval_minutes:
        raise PlannerError(
            Text(
                "time {format_clock} is not on the {interval_minutes}-minute grid of interval_minutes: give the start of each interval ({format_clock2}, {format_clock3}, ...)",
                format_clock=format_clock(minute),
                interval_minutes=interval_minutes,
                format_clock2=format_clock(minute - minute % interval_minutes),
                format_clock3=format_clock(minute - minute % interval_minutes + interval_minutes),
            )
        )
    return minute // interval_minutes


def _number(text: str, separator: str) -> float:
    value = text.replace(",", ".") if separator == ";" and re.fullmatch(r"\d+,\d+", text) else text
    try:
        number = float(value) if re.fullmatch(r"[+-]?\d+(?:\.\d*)?|[+-]?\.\d+", value) else None
    except ValueError:
        number = None
    if number is None:
        raise PlannerError(Text('contacts "{text}" is not a number', text=text))
    return check_contacts(number)


def _day(text: str) -> int | date:
    lowered = text.lower().rstrip(".")
    if lowered in _DAY_NAMES:
        return _DAY_NAMES[lowered]
    if _DATE.fullmatch(text):
        try:
            day = date.fromisoformat(text)
        except ValueError:
            raise PlannerError(Text('date "{text}" does not exist', text=text)) from None
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            raise PlannerError(
                Text(
                    'date "{text}" is outside the years {FIRST_YEAR} to {LAST_YEAR}',
                    text=text,
                    FIRST_YEAR=FIRST_YEAR,
                    LAST_YEAR=LAST_YEAR,
                )
            )
        return day
    raise PlannerError(
        Text(
            '"{text}" is not a weekday (Mon ... Sun, Monday ... Sunday) or a date (YYYY-MM-DD)',
            text=text,
        )
    )


def parse_contacts_csv(raw: bytes | str, shown: str, interval_minutes: int) -> WeekProfile:
    r"""Read CSV text as a week profile; PlanFileError lists each problem at its line.

    >>> text = "weekday;time;contacts\nMonday;09:00;40\nMonday;09:30;12,5\n"
    >>> parse_contacts_csv(text, "volume.csv", 30).days[0][18:20]
    (40.0, 12.5)
    """
    text = raw if isinstance(raw, str) else _decode(raw, shown)
    text = text.removeprefix("\ufeff")
    problems: list[Problem] = []
    slots = 1440 // interval_minutes
    seen: dict[tuple[int | date, int], int] = {}
    totals: dict[tuple[int | date, int], float] = {}
    separator: str | None = None
    kind: str | None = None
    kind_line = 0
    header_allowed = True
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if separator is None:
            separator = _separator(line)
            if separator is None:
                problems.append(
                    Problem(
                        shown,
                        number,
                        "",
                        Text(
                            "expected three columns weekday,time,contacts (or date,time,contacts) separated by , or ;"
                        ),
                    )
                )
                break
        fields = [f.strip() for f in next(csv.reader([line], delimiter=separator))]
        while len(fields) > 3 and not fields[-1]:
            fields.pop()
        first_row, header_allowed = header_allowed, False
        if len(fields) != 3:
            problems.append(
                Problem(
                    shown,
                    number,
                    "",
                    Text(
                        "has {count} columns: expected weekday{separator}time{separator}contacts",
                        count=len(fields),
                        separator=separator,
                    ),
                )
            )
            continue
        try:
            day = _day(fields[0])
        except PlannerError as exc:
            if first_row and not _looks_numeric(fields[2]):
                continue  # a header row: its names are not checked
            problems.append(Problem(shown, number, "", str(exc)))
            continue
        try:
            slot = _time(fields[1], interval_minutes)
            contacts = _number(fields[2], separator)
        except PlannerError as exc:
            problems.append(Problem(shown, number, "", str(exc)))
            continue
        row_kind = "date" if isinstance(day, date) else "weekday"
        if kind is None:
            kind, kind_line = row_kind, number
        elif kind != row_kind:
            problems.append(
                Problem(
                    shown,
                    number,
                    "",
                    Text(
                        "is a {row_kind} row, but line {kind_line} starts {kind} rows: use weekdays or dates throughout",
                        row_kind=row_kind,
                        kind_line=kind_line,
                        kind=kind,
                    ),
                )
            )
            continue
        key = (day, slot)
        if key in seen:
            what = day.isoformat() if isinstance(day, date) else WEEKDAYS[day]
            problems.append(
                Problem(
                    shown,
                    number,
                    "",
                    Text(
                        "repeats {what} {format_clock}, first given on line {seen}: give each interval once",
                        what=what,
                        format_clock=format_clock(slot * interval_minutes),
                        seen=seen[key],
                    ),
                )
            )
            continue
        seen[key] = number
        totals[key] = contacts
    if not problems and not totals:
        problems.append(Problem(shown, 0, "", Text("has no rows: expected weekday,time,contacts")))
    if problems:
        if len(problems) > MAX_PROBLEMS:
            more = len(problems) - MAX_PROBLEMS
            problems = [
                *problems[:MAX_PROBLEMS],
                Problem(shown, 0, "", Text("... and {more} more problems", more=more)),
            ]
        raise PlanFileError(problems)
    return _profile(totals, slots, interval_minutes)


def _looks_numeric(text: str) -> bool:
    return bool(re.fullmatch(r"[+-]?[\d.,]+", text))


def _profile(
    totals: dict[tuple[int | date, int], float], slots: int, interval_minutes: int
) -> WeekProfile:
    week = [[0.0] * slots for _ in range(7)]
    dates: dict[int, set[date]] = defaultdict(set)
    for (day, slot), contacts in totals.items():
        weekday = day.weekday() if isinstance(day, date) else day
        week[weekday][slot] += contacts
        if isinstance(day, date):
            dates[weekday].add(day)
    for weekday, days in dates.items():
        week[weekday] = [value / len(days) for value in week[weekday]]
    return WeekProfile(interval_minutes, tuple(tuple(day) for day in week))


def profile_csv(profile: WeekProfile) -> str:
    """A week profile as CSV text ``weekday,time,contacts`` (its intervals with contacts).

    >>> print(profile_csv(WeekProfile.parse({"sat": {"10:00-11:00": 7.5}}, 30)), end="")
    weekday,time,contacts
    Sat,10:00,7.5
    Sat,10:30,7.5
    """
    names = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    lines = ["weekday,time,contacts"]
    for weekday, day in enumerate(profile.days):
        for slot, contacts in enumerate(day):
            if contacts:
                clock = format_clock(slot * profile.interval_minutes)
                lines.append(f"{names[weekday]},{clock},{round(contacts, 2):g}")
    return "\n".join(lines) + "\n"
