"""Zone rules as a TZif file states them: its transition table and its POSIX TZ footer.

:func:`tzif_bytes` reads a zone's TZif file from where :mod:`zoneinfo` reads it (the
database :mod:`planner.time.tzdb` chose), :func:`parse_tzif` its transition table and the
POSIX TZ string of its footer (``EST5EDT,M3.2.0,M11.1.0``, :func:`parse_posix_tz`), the
rule in force after the table ends. :func:`offset_changes` lists the changes of offset
in a span, from both.
"""

from __future__ import annotations

import functools
import os
import struct
import zoneinfo
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Literal, NamedTuple

from planner.time.zones import load_zone

if TYPE_CHECKING:
    from planner.time.intervals import Instant

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def is_leap(year: int) -> bool:
    """Whether ``year`` has a February 29 (the standard library's ``calendar`` is not loaded).

    >>> is_leap(2028), is_leap(2100), is_leap(2000)
    (True, False, True)
    """
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def month_length(year: int, month: int) -> int:
    """The days of a month.

    >>> month_length(2028, 2), month_length(2027, 2), month_length(2027, 12)
    (29, 28, 31)
    """
    return (
        29
        if month == 2 and is_leap(year)
        else (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]
    )


# The file's records are named tuples, not dataclasses: a zone's table has hundreds of
# transitions, and five classes made in every command that reads a zone cost more.


class LocalType(NamedTuple):
    """A TZif local time type.

    Attributes:
        offset: UTC offset in seconds (east positive).
        is_dst: the file's DST flag.
        name: the abbreviation, e.g. ``EST`` or ``+0545``.
    """

    offset: int
    is_dst: bool
    name: str


class Transition(NamedTuple):
    """A change of local time type at an instant.

    Attributes:
        at: the instant (UTC seconds).
        before: the type in force until ``at``.
        after: the type in force from ``at``.
    """

    at: Instant
    before: LocalType
    after: LocalType


class DateRule(NamedTuple):
    """One date rule of a POSIX TZ string: ``Mm.w.d``, ``Jn`` or ``n``, with a local time.

    Attributes:
        form: ``"M"`` (month, week 1-5 where 5 = last, weekday 0 = Sunday), ``"J"``
            (day 1-365, February 29 never counted) or ``"n"`` (day 0-365, counted).
        month: the month for ``M``.
        week: the week for ``M``.
        weekday: the weekday for ``M``, 0 = Sunday.
        day: the day number for ``J`` and ``n``.
        time: seconds after the local midnight of that day; may be negative or past 24 h.
    """

    form: Literal["M", "J", "n"]
    month: int = 0
    week: int = 0
    weekday: int = 0
    day: int = 0
    time: int = 7200

    def base_date(self, year: int) -> date:
        """The date the rule names in ``year``, before ``time`` is added.

        >>> DateRule("M", month=3, week=2, weekday=0).base_date(2027)
        datetime.date(2027, 3, 14)
        """
        if self.form == "M":
            first_weekday = date(year, self.month, 1).weekday()  # Monday = 0
            wanted = (self.weekday + 6) % 7
            day = 1 + (wanted - first_weekday) % 7 + 7 * (self.week - 1)
            if day > month_length(year, self.month):
                day -= 7
            return date(year, self.month, day)
        if self.form == "J":
            shift = 1 if is_leap(year) and self.day >= 60 else 0
            return date(year, 1, 1) + timedelta(days=self.day - 1 + shift)
        return date(year, 1, 1) + timedelta(days=self.day)

    def local(self, year: int) -> datetime:
        """The local wall time (naive) of the transition in ``year``."""
        return datetime.combine(self.base_date(year), datetime.min.time()) + timedelta(
            seconds=self.time
        )


class PosixRule(NamedTuple):
    """A parsed POSIX TZ string (the TZif footer).

    Attributes:
        standard: the standard time type.
        daylight: the DST type, or None for a zone without DST.
        start: when DST starts (local time in standard time).
        end: when DST ends (local time in daylight time).
    """

    standard: LocalType
    daylight: LocalType | None = None
    start: DateRule | None = None
    end: DateRule | None = None

    def transitions_in(self, year: int) -> tuple[Transition, ...]:
        """The rule's two transitions whose rule date lies in ``year``, in time order."""
        return _yearly_transitions(self, year)

    def next_transition(self, after: Instant) -> Transition | None:
        """The first transition of the rule strictly after ``after``."""
        year = utc_datetime(after).year
        for candidate_year in (year - 1, year, year + 1):
            for transition in self.transitions_in(candidate_year):
                if transition.at > after:
                    return transition
        return None


@functools.lru_cache(maxsize=4096)
def _yearly_transitions(rule: PosixRule, year: int) -> tuple[Transition, ...]:
    if rule.daylight is None or rule.start is None or rule.end is None:
        return ()
    begin = _seconds_since_epoch(rule.start.local(year)) - rule.standard.offset
    finish = _seconds_since_epoch(rule.end.local(year)) - rule.daylight.offset
    found = (
        Transition(begin, rule.standard, rule.daylight),
        Transition(finish, rule.daylight, rule.standard),
    )
    return tuple(sorted(found, key=lambda t: t.at))


class ZoneData(NamedTuple):
    """What a TZif file says: the initial type, the transition table and the footer rule."""

    initial: LocalType
    transitions: tuple[Transition, ...]
    rule: PosixRule


# The string's parts (std name and offset, dst name and offset, the two rules) are read
# by scanning, as these patterns would match them: a pattern costs every command that
# reads a zone's rule its compilation.
#   name   <[A-Za-z0-9+-]+> | [A-Za-z]{3,}
#   offset [+-]?\d{1,3}(?::\d{2}){0,2}
#   date   M\d{1,2}\.\d\.\d | J\d{1,3} | \d{1,3}      rule: date(/offset)?
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_QUOTED = _LETTERS | frozenset("0123456789+-")


def _name_end(text: str, at: int) -> int:
    """Where a name starting at ``at`` ends, or -1 when none starts there."""
    if text.startswith("<", at):
        close = text.find(">", at + 1)
        return close + 1 if close > at + 1 and _QUOTED.issuperset(text[at + 1 : close]) else -1
    end = at
    while end < len(text) and text[end] in _LETTERS:
        end += 1
    return end if end - at >= 3 else -1


def _offset_end(text: str, at: int) -> int:
    """Where the longest offset starting at ``at`` ends, or -1 when none starts there."""
    end = at + 1 if text.startswith(("+", "-"), at) else at
    digits = end
    while end < len(text) and end - digits < 3 and text[end].isdecimal():
        end += 1
    if end == digits:
        return -1
    for _ in range(2):
        if text.startswith(":", end) and len(text[end + 1 : end + 3]) == 2:
            if not text[end + 1 : end + 3].isdecimal():
                break
            end += 3
        else:
            break
    return end


def _zone(text: str, at: int) -> tuple[int, str, str | None] | None:
    """A name and its optional offset from ``at``: (end, name, offset), or None."""
    name_end = _name_end(text, at)
    if name_end < 0:
        return None
    offset_end = _offset_end(text, name_end)
    if offset_end < 0:
        return name_end, text[at:name_end], None
    return offset_end, text[at:name_end], text[name_end:offset_end]


def _is_date(text: str) -> bool:
    if text.startswith("M"):
        parts = text[1:].split(".")
        return (
            len(parts) == 3
            and 1 <= len(parts[0]) <= 2
            and len(parts[1]) == len(parts[2]) == 1
            and all(part.isdecimal() for part in parts)
        )
    digits = text[1:] if text.startswith("J") else text
    return 1 <= len(digits) <= 3 and digits.isdecimal()


def _when(text: str) -> tuple[str, str | None] | None:
    """A rule's date and optional time (``M3.2.0/2``), or None when it is not one."""
    day, slash, time = text.partition("/")
    if not _is_date(day):
        return None
    if not slash:
        return day, None
    return (day, time) if _offset_end(time, 0) == len(time) else None


def _seconds(text: str) -> int:
    sign = -1 if text.startswith("-") else 1
    parts = [int(p) for p in text.lstrip("+-").split(":")]
    parts += [0] * (3 - len(parts))
    return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2])


def _date_rule(text: str, time: str | None) -> DateRule:
    seconds = 7200 if time is None else _seconds(time)
    if text.startswith("M"):
        month, week, weekday = (int(p) for p in text[1:].split("."))
        if not (1 <= month <= 12 and 1 <= week <= 5 and 0 <= weekday <= 6):
            raise ValueError(f"bad POSIX TZ date {text!r}")
        return DateRule("M", month=month, week=week, weekday=weekday, time=seconds)
    if text.startswith("J"):
        return DateRule("J", day=int(text[1:]), time=seconds)
    return DateRule("n", day=int(text), time=seconds)


def parse_posix_tz(text: str) -> PosixRule:
    """Parse a POSIX TZ string as the TZif footer writes it.

    Offsets in the string count west of Greenwich; the result counts east (UTC offset).

    >>> rule = parse_posix_tz("EST5EDT,M3.2.0,M11.1.0")
    >>> rule.standard.offset, rule.daylight.offset, rule.start.month, rule.end.week
    (-18000, -14400, 3, 1)
    """
    zones, comma, rules = text.strip().partition(",")
    std = _zone(zones, 0)
    dst = _zone(zones, std[0]) if std and std[0] < len(zones) else None
    if dst is not None and dst[0] != len(zones):
        dst = None  # the dst name and offset must end the zones' part
    whens = [_when(part) for part in rules.split(",")] if comma else []
    if (
        not std
        or std[2] is None
        or (std[0] < len(zones) and not dst)
        or (comma and (not dst or len(whens) != 2 or not all(whens)))
    ):
        raise ValueError(f"cannot read the POSIX TZ string {text!r}")

    def name(raw: str) -> str:
        return raw[1:-1] if raw.startswith("<") else raw

    standard = LocalType(-_seconds(std[2]), False, name(std[1]))
    if dst is None:
        return PosixRule(standard)
    offset = -_seconds(dst[2]) if dst[2] else standard.offset + 3600
    daylight = LocalType(offset, True, name(dst[1]))
    start, end = whens if len(whens) == 2 else (None, None)
    if start is None or end is None:
        raise ValueError(f"POSIX TZ string {text!r} has DST but no rule")
    return PosixRule(standard, daylight, _date_rule(*start), _date_rule(*end))


def tzif_bytes(key: str) -> bytes:
    """The TZif file of ``key``, from where :mod:`zoneinfo` reads it (TZPATH, then tzdata).

    >>> tzif_bytes("Asia/Kathmandu")[:4]
    b'TZif'
    """
    for folder in zoneinfo.TZPATH:
        candidate = os.path.join(folder, key)
        if os.path.isfile(candidate):
            with open(candidate, "rb") as handle:
                return handle.read()
    from importlib import resources  # a frozen app's archive: importlib's readers

    return resources.files("tzdata").joinpath("zoneinfo", *key.split("/")).read_bytes()


def parse_tzif(data: bytes) -> ZoneData:
    """Read a TZif file (version 2 or later): its transition table and footer rule.

    >>> zone = parse_tzif(tzif_bytes("Asia/Kathmandu"))
    >>> zone.rule.standard.offset, zone.transitions[-1].after.offset
    (20700, 20700)
    """
    if data[:4] != b"TZif" or data[4:5] in (b"\0", b""):
        raise ValueError("not a TZif file of version 2 or later")
    counts = struct.unpack(">6l", data[20:44])
    isut, isstd, leap, time_count, type_count, char_count = counts
    skip = 44 + time_count * 5 + type_count * 6 + char_count + leap * 8 + isstd + isut
    isut, isstd, leap, time_count, type_count, char_count = struct.unpack(
        ">6l", data[skip + 20 : skip + 44]
    )
    position = skip + 44
    times = struct.unpack(f">{time_count}q", data[position : position + 8 * time_count])
    position += 8 * time_count
    indexes = data[position : position + time_count]
    position += time_count
    raw_types = [
        struct.unpack(">lBB", data[position + 6 * i : position + 6 * i + 6])
        for i in range(type_count)
    ]
    position += 6 * type_count
    chars = data[position : position + char_count]
    position += char_count + leap * 12 + isstd + isut
    footer = data[position:].strip(b"\n").decode("ascii")

    def name(index: int) -> str:
        return chars[index : chars.index(b"\0", index)].decode("ascii")

    types = [LocalType(offset, bool(dst), name(index)) for offset, dst, index in raw_types]
    # RFC 8536: the first type is the one in force before the first transition.
    initial = types[0]
    transitions = []
    previous = initial
    for at, index in zip(times, indexes, strict=True):
        current = types[index]
        # "Fat" files end with a transition to the type already in force (at 2**31 - 1).
        if current != previous:
            transitions.append(Transition(at, previous, current))
        previous = current
    rule = parse_posix_tz(footer) if footer else PosixRule(previous)
    return ZoneData(initial, tuple(transitions), rule)


@functools.cache
def zone_data(key: str) -> ZoneData:
    """The parsed TZif data of an IANA zone; PlannerError for an unknown zone name."""
    load_zone(key)
    return parse_tzif(tzif_bytes(key))


def utc_datetime(at: Instant) -> datetime:
    """An instant as an aware UTC datetime, before 1970 too.

    Epoch arithmetic rather than ``fromtimestamp()``, which refuses instants before 1970 on
    Windows.

    >>> utc_datetime(-86400)
    datetime.datetime(1969, 12, 31, 0, 0, tzinfo=datetime.timezone.utc)
    """
    return _EPOCH + timedelta(seconds=at)


def _seconds_since_epoch(wall: datetime) -> int:
    """Seconds from 1970-01-01T00:00 to a naive wall time, read as if it were UTC."""
    return int((wall.replace(tzinfo=UTC) - _EPOCH).total_seconds())


def offset_changes(key: str, low: Instant, high: Instant) -> list[tuple[Instant, int]]:
    """Each change of the zone's UTC offset in ``[low, high]``: (instant, size in seconds).

    The table's changes are found by bisection; the footer's rule, in force after the
    table, is asked only about the years around ``[low, high]``.

    >>> offset_changes("America/New_York", 1798761600, 1830297600)
    [(1805007600, 3600), (1825567200, 3600)]
    """
    from bisect import bisect_left, bisect_right

    data = zone_data(key)
    instants, sizes = _table_changes(key)
    first, last = bisect_left(instants, low), bisect_right(instants, high)
    found = list(zip(instants[first:last], sizes[first:last], strict=True))
    table_end = data.transitions[-1].at if data.transitions else low - 1
    for year in range(utc_datetime(max(low, table_end)).year - 1, utc_datetime(high).year + 2):
        for change in data.rule.transitions_in(year):
            size = abs(change.after.offset - change.before.offset)
            if size and table_end < change.at and low <= change.at <= high:
                found.append((change.at, size))
    return found


@functools.cache
def _table_changes(key: str) -> tuple[list[Instant], list[int]]:
    """The instants at which the zone's TZif table changes its UTC offset, and the sizes."""
    changes = [t for t in zone_data(key).transitions if t.after.offset != t.before.offset]
    return [t.at for t in changes], [abs(t.after.offset - t.before.offset) for t in changes]
