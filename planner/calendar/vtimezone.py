"""VTIMEZONE components in the form Outlook reads: STANDARD/DAYLIGHT with yearly RRULEs.

The zone's current rule comes from the POSIX TZ string in the footer of its TZif file
(``EST5EDT,M3.2.0,M11.1.0``), the earlier transitions from the TZif transition table, read
from the same file that :mod:`zoneinfo` loads. A VTIMEZONE holds:

- the current rule: one DAYLIGHT and one STANDARD component with ``FREQ=YEARLY`` RRULEs
  starting at the first transition of the era in which that rule holds (a zone without DST
  gets a single STANDARD from the last change of its offset);
- the transitions before that era that the exported span needs (the one in force at its
  start and every later one), with runs of yearly transitions on the same weekday rule
  merged into one component with an RRULE and a UTC ``UNTIL``.

A calendar that ignores the IANA TZID and reads only the VTIMEZONE therefore resolves every
wall time of the span to the same instant as :mod:`zoneinfo` does.
"""

from __future__ import annotations

import calendar
import functools
import os
import re
import struct
import zoneinfo
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from importlib import resources
from typing import Literal

from planner.errors import PlannerError
from planner.time.intervals import Instant
from planner.time.zones import load_zone

DAY = 86400
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
ICAL_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
Kind = Literal["STANDARD", "DAYLIGHT"]


@dataclass(frozen=True, slots=True)
class LocalType:
    """A TZif local time type.

    Attributes:
        offset: UTC offset in seconds (east positive).
        is_dst: the file's DST flag.
        name: the abbreviation, e.g. ``EST`` or ``+0545``.
    """

    offset: int
    is_dst: bool
    name: str


@dataclass(frozen=True, slots=True)
class Transition:
    """A change of local time type at an instant.

    Attributes:
        at: the instant (UTC seconds).
        before: the type in force until ``at``.
        after: the type in force from ``at``.
    """

    at: Instant
    before: LocalType
    after: LocalType


@dataclass(frozen=True, slots=True)
class DateRule:
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
            if day > calendar.monthrange(year, self.month)[1]:
                day -= 7
            return date(year, self.month, day)
        if self.form == "J":
            shift = 1 if calendar.isleap(year) and self.day >= 60 else 0
            return date(year, 1, 1) + timedelta(days=self.day - 1 + shift)
        return date(year, 1, 1) + timedelta(days=self.day)

    def local(self, year: int) -> datetime:
        """The local wall time (naive) of the transition in ``year``."""
        return datetime.combine(self.base_date(year), datetime.min.time()) + timedelta(
            seconds=self.time
        )


@dataclass(frozen=True, slots=True)
class PosixRule:
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
        year = _utc_datetime(after).year
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


@dataclass(frozen=True, slots=True)
class ZoneData:
    """What a TZif file says: the initial type, the transition table and the footer rule."""

    initial: LocalType
    transitions: tuple[Transition, ...]
    rule: PosixRule


_NAME = r"(?:<[A-Za-z0-9+-]+>|[A-Za-z]{3,})"
_OFFSET = r"[+-]?\d{1,3}(?::\d{2}){0,2}"
_DATE = r"(?:M\d{1,2}\.\d\.\d|J\d{1,3}|\d{1,3})"
_POSIX = re.compile(
    rf"(?P<std>{_NAME})(?P<stdoff>{_OFFSET})"
    rf"(?:(?P<dst>{_NAME})(?P<dstoff>{_OFFSET})?"
    rf"(?:,(?P<start>{_DATE})(?:/(?P<starttime>{_OFFSET}))?"
    rf",(?P<end>{_DATE})(?:/(?P<endtime>{_OFFSET}))?)?)?\Z"
)


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
    match = _POSIX.match(text.strip())
    if not match:
        raise ValueError(f"cannot read the POSIX TZ string {text!r}")

    def name(raw: str) -> str:
        return raw[1:-1] if raw.startswith("<") else raw

    standard = LocalType(-_seconds(match["stdoff"]), False, name(match["std"]))
    if not match["dst"]:
        return PosixRule(standard)
    offset = -_seconds(match["dstoff"]) if match["dstoff"] else standard.offset + 3600
    daylight = LocalType(offset, True, name(match["dst"]))
    if not match["start"]:
        raise ValueError(f"POSIX TZ string {text!r} has DST but no rule")
    return PosixRule(
        standard,
        daylight,
        _date_rule(match["start"], match["starttime"]),
        _date_rule(match["end"], match["endtime"]),
    )


def _tzif_bytes(key: str) -> bytes:
    """The TZif file of ``key``, from where :mod:`zoneinfo` reads it (TZPATH, then tzdata)."""
    for folder in zoneinfo.TZPATH:
        candidate = os.path.join(folder, key)
        if os.path.isfile(candidate):
            with open(candidate, "rb") as handle:
                return handle.read()
    return resources.files("tzdata").joinpath("zoneinfo", *key.split("/")).read_bytes()


def parse_tzif(data: bytes) -> ZoneData:
    """Read a TZif file (version 2 or later): its transition table and footer rule.

    >>> zone = parse_tzif(_tzif_bytes("Asia/Kathmandu"))
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
    return parse_tzif(_tzif_bytes(key))


@dataclass(frozen=True, slots=True)
class Observance:
    """One STANDARD or DAYLIGHT sub-component.

    Attributes:
        kind: ``STANDARD`` or ``DAYLIGHT``.
        start: the first onset as local time in ``offset_from`` (naive).
        offset_from: UTC offset before the onset, seconds.
        offset_to: UTC offset from the onset, seconds.
        name: TZNAME.
        rrule: the RRULE value, or "" for a single onset.
    """

    kind: Kind
    start: datetime
    offset_from: int
    offset_to: int
    name: str
    rrule: str = ""

    def lines(self) -> list[str]:
        """The sub-component's content lines."""
        result = [
            f"BEGIN:{self.kind}",
            f"DTSTART:{self.start:%Y%m%dT%H%M%S}",
            f"TZOFFSETFROM:{format_utc_offset(self.offset_from)}",
            f"TZOFFSETTO:{format_utc_offset(self.offset_to)}",
        ]
        if self.rrule:
            result.append(f"RRULE:{self.rrule}")
        if self.name:
            result.append(f"TZNAME:{_escape_name(self.name)}")
        result.append(f"END:{self.kind}")
        return result


def _escape_name(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")


def format_utc_offset(seconds: int) -> str:
    """A UTC offset as RFC 5545 writes it: ``-0500``, ``+0545``, ``-045602``.

    >>> format_utc_offset(20700), format_utc_offset(-17762)
    ('+0545', '-045602')
    """
    sign = "-" if seconds < 0 else "+"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours:02d}{minutes:02d}" + (f"{secs:02d}" if secs else "")


_BEFORE_ANY = datetime.combine(date(1601, 1, 1), datetime.min.time())


def _utc_datetime(at: Instant) -> datetime:
    # Epoch arithmetic rather than fromtimestamp(), which refuses instants before 1970 on Windows.
    return _EPOCH + timedelta(seconds=at)


def _seconds_since_epoch(wall: datetime) -> int:
    """Seconds from 1970-01-01T00:00 to a naive wall time, read as if it were UTC."""
    return int((wall.replace(tzinfo=UTC) - _EPOCH).total_seconds())


def _local(at: Instant, offset: int) -> datetime:
    """The naive wall time of an instant at a UTC offset."""
    return _utc_datetime(at + offset).replace(tzinfo=None)


def _utc_text(at: Instant) -> str:
    return f"{_utc_datetime(at):%Y%m%dT%H%M%SZ}"


def _matches_rule(transition: Transition, rule: PosixRule) -> bool:
    following = rule.next_transition(transition.at - 1)
    return (
        following is not None
        and following.at == transition.at
        and following.after.offset == transition.after.offset
        and following.before.offset == transition.before.offset
    )


def rule_era_start(data: ZoneData) -> tuple[int, Transition | None]:
    """Where the footer rule takes over: (index of the first transition it covers, that transition).

    For a zone with DST the index is that of the earliest transition from which the table
    agrees with the rule all the way to its end (``len(transitions)`` when the table ends
    before the rule starts), and the transition is the rule's first one at or after it. For
    a zone without DST it is the last transition of the table (or none).
    """
    table = data.transitions
    rule = data.rule
    if rule.daylight is None:
        return (len(table) - 1, table[-1]) if table else (0, None)
    index = len(table)
    while index > 0:
        candidate = table[index - 1]
        if not _matches_rule(candidate, rule):
            break
        if index < len(table):
            following = rule.next_transition(candidate.at)
            if following is None or following.at != table[index].at:
                break
        index -= 1
    if index < len(table):
        return index, table[index]
    after = table[-1].at if table else 0
    following = rule.next_transition(after)
    while following is not None and table and following.after == table[-1].after:
        following = rule.next_transition(following.at)  # a slim TZif: no change there
    return index, following


@functools.cache
def _zone_era(key: str) -> tuple[int, Transition | None]:
    return rule_era_start(zone_data(key))


def _kind(after: LocalType) -> Kind:
    return "DAYLIGHT" if after.is_dst else "STANDARD"


def _weekday_patterns(moment: datetime) -> set[tuple[int, int]]:
    """(ordinal, Monday-first weekday) patterns naming ``moment``'s date within its month."""
    ordinal = (moment.day - 1) // 7 + 1
    patterns = {(ordinal, moment.weekday())}
    if moment.day + 7 > calendar.monthrange(moment.year, moment.month)[1]:
        patterns.add((-1, moment.weekday()))
    return patterns


def _history(transitions: Sequence[Transition]) -> list[Observance]:
    """Observances for explicit transitions; yearly runs on one weekday rule share an RRULE."""
    runs: list[list[tuple[Transition, datetime]]] = []
    open_runs: dict[tuple[object, ...], list[tuple[Transition, datetime]]] = {}
    for transition in transitions:
        local = _local(transition.at, transition.before.offset)
        key = (
            _kind(transition.after),
            transition.before.offset,
            transition.after.offset,
            transition.after.name,
            local.month,
            local.time(),
        )
        run = open_runs.get(key)
        if (
            run is not None
            and local.year == run[-1][1].year + 1
            and _common_patterns([m for _, m in run] + [local])
        ):
            run.append((transition, local))
            continue
        open_runs[key] = [(transition, local)]
        runs.append(open_runs[key])
    result: list[Observance] = []
    for run in runs:
        first, local = run[0]
        rrule = ""
        if len(run) > 1:
            # The "last" form (-1) sorts first: it names the date in every year of the run.
            ordinal, weekday = min(_common_patterns([m for _, m in run]))
            # UNTIL a day after the last onset: RFC 5545 compares it in UTC, some readers
            # (dateutil) against the naive local onset; both then include the last onset.
            rrule = (
                f"FREQ=YEARLY;BYMONTH={local.month};BYDAY={ordinal}{ICAL_DAYS[weekday]};"
                f"UNTIL={_utc_text(run[-1][0].at + DAY)}"
            )
        result.append(
            Observance(
                _kind(first.after),
                local,
                first.before.offset,
                first.after.offset,
                first.after.name,
                rrule,
            )
        )
    return result


def _common_patterns(moments: Sequence[datetime]) -> set[tuple[int, int]]:
    return set.intersection(*(_weekday_patterns(m) for m in moments))


def _yearly_rrules(rule: DateRule) -> list[str] | None:
    """The RRULEs of a POSIX date rule, or None when RFC 5545 cannot say it in yearly rules.

    ``M`` rules whose time stays within the day become ``BYMONTH=3;BYDAY=2SU``. Times that
    move the transition to another day (``M3.4.4/26`` is the Friday after the fourth
    Thursday) become a weekday within a range of month days, counted from the month's
    start: ical.js finds nothing with a negative BYMONTHDAY. A range that runs into the next
    month is split into one rule per month (each onset matches exactly one of them). A
    range whose dates differ between leap and common years (the end of February) has no
    such form.

    >>> _yearly_rrules(DateRule("M", month=3, week=5, weekday=0, time=-3600))
    ['FREQ=YEARLY;BYMONTH=3;BYDAY=SA;BYMONTHDAY=24,25,26,27,28,29,30']
    >>> _yearly_rrules(DateRule("M", month=10, week=5, weekday=4, time=24 * 3600))
    ['FREQ=YEARLY;BYMONTH=10;BYDAY=FR;BYMONTHDAY=26,27,28,29,30,31', 'FREQ=YEARLY;BYMONTH=11;BYDAY=FR;BYMONTHDAY=1']
    """
    if rule.form == "J":
        if not 0 <= rule.time < DAY:
            return None
        moment = date(2001, 1, 1) + timedelta(days=rule.day - 1)
        return [f"FREQ=YEARLY;BYMONTH={moment.month};BYMONTHDAY={moment.day}"]
    if rule.form != "M":
        return None
    shift = rule.time // DAY
    weekday = ICAL_DAYS[(rule.weekday + 6 + shift) % 7]
    if shift == 0:
        ordinal = -1 if rule.week == 5 else rule.week
        return [f"FREQ=YEARLY;BYMONTH={rule.month};BYDAY={ordinal}{weekday}"]
    windows = []
    for year in (2001, 2004):  # a common and a leap year
        last = calendar.monthrange(year, rule.month)[1]
        first_day = last - 6 if rule.week == 5 else 7 * rule.week - 6
        base = date(year, rule.month, first_day) + timedelta(days=shift)
        windows.append([(d.month, d.day) for d in (base + timedelta(days=i) for i in range(7))])
    if windows[0] != windows[1]:
        return None
    by_month: dict[int, list[int]] = {}
    for month, day in windows[0]:
        by_month.setdefault(month, []).append(day)
    return [
        f"FREQ=YEARLY;BYMONTH={month};BYDAY={weekday};BYMONTHDAY={','.join(map(str, days))}"
        for month, days in by_month.items()
    ]


def _rule_observances(
    data: ZoneData, era: Transition | None, end: Instant | None
) -> list[Observance]:
    """The current rule from the start of its era: RRULEs, or onsets listed up to ``end``."""
    rule = data.rule
    if rule.daylight is None or rule.start is None or rule.end is None:
        if era is None:
            standard = rule.standard
            return [
                Observance(
                    "STANDARD", _local(0, 0), standard.offset, standard.offset, standard.name
                )
            ]
        return [
            Observance(
                "STANDARD",
                _local(era.at, era.before.offset),
                era.before.offset,
                rule.standard.offset,
                rule.standard.name,
            )
        ]
    assert era is not None, "a DST rule always has a next transition"
    daylight_kind: Kind = "DAYLIGHT" if rule.daylight.offset > rule.standard.offset else "STANDARD"
    standard_kind: Kind = "STANDARD" if daylight_kind == "DAYLIGHT" else "DAYLIGHT"
    result = []
    for date_rule, target, kind in (
        (rule.start, rule.daylight, daylight_kind),
        (rule.end, rule.standard, standard_kind),
    ):
        onsets = (t for t in _rule_transitions(rule, era.at - 1) if t.after == target)
        rrules = _yearly_rrules(date_rule)
        if rrules is not None:
            # Each rule starts at its own first onset: a reader counts DTSTART as one.
            pending = {_rrule_month(r): r for r in rrules}
            for onset in onsets:
                local = _local(onset.at, onset.before.offset)
                rrule = pending.pop(local.month, None)
                if rrule is not None:
                    result.append(
                        Observance(
                            kind, local, onset.before.offset, target.offset, target.name, rrule
                        )
                    )
                if not pending:
                    break
            continue
        # A rule RFC 5545 cannot state: list its onsets through the span (a finite span
        # always exists here, since open-ended exports pass the export horizon).
        first = next(onsets)
        limit = end if end is not None else first.at + 50 * 365 * DAY
        for transition in _rule_transitions(rule, era.at - 1):
            if transition.at > limit:
                break
            if transition.after == target:
                result.append(
                    Observance(
                        kind,
                        _local(transition.at, transition.before.offset),
                        transition.before.offset,
                        target.offset,
                        target.name,
                    )
                )
    result.sort(key=lambda o: o.start - timedelta(seconds=o.offset_from))
    return result


def _rrule_month(rrule: str) -> int:
    return int(re.search(r"BYMONTH=(\d+)", rrule)[1])  # type: ignore[index]


def _rule_transitions(rule: PosixRule, after: Instant) -> Iterator[Transition]:
    moment = after
    while True:
        following = rule.next_transition(moment)
        if following is None:
            return
        yield following
        moment = following.at


def observances(key: str, start: Instant, end: Instant | None) -> list[Observance]:
    """The STANDARD/DAYLIGHT observances a VTIMEZONE needs for ``[start, end]``.

    Args:
        key: IANA zone name.
        start: first instant that must resolve correctly.
        end: last such instant, or None for a series without end.

    >>> [(o.kind, o.rrule) for o in observances("America/New_York", 1798761600, 1830297600)]
    [('DAYLIGHT', 'FREQ=YEARLY;BYMONTH=3;BYDAY=2SU'), ('STANDARD', 'FREQ=YEARLY;BYMONTH=11;BYDAY=1SU')]
    """
    data = zone_data(key)
    era_index, era = _zone_era(key)
    result: list[Observance] = []
    if era is not None and start < era.at:
        table = data.transitions[:era_index]
        earlier = [t for t in table if t.at <= start]
        history = [t for t in table if t.at > start and (end is None or t.at <= end)]
        if earlier:
            history.insert(0, earlier[-1])
        else:
            # The span starts before the zone's first transition: state the type in force.
            initial = history[0].before if history else era.before
            result.append(
                Observance("STANDARD", _BEFORE_ANY, initial.offset, initial.offset, initial.name)
            )
        result.extend(_history(history))
    return result + _rule_observances(data, era, end)


def offset_changes(key: str, low: Instant, high: Instant) -> list[tuple[Instant, int]]:
    """Each change of the zone's UTC offset in ``[low, high]``: (instant, size in seconds).

    >>> offset_changes("America/New_York", 1798761600, 1830297600)
    [(1805007600, 3600), (1825567200, 3600)]
    """
    data = zone_data(key)
    found = [
        (t.at, abs(t.after.offset - t.before.offset))
        for t in data.transitions
        if low <= t.at <= high and t.after.offset != t.before.offset
    ]
    moment = max(low - 1, data.transitions[-1].at if data.transitions else low - 1)
    while (following := data.rule.next_transition(moment)) is not None and following.at <= high:
        if following.after.offset != following.before.offset:
            found.append((following.at, abs(following.after.offset - following.before.offset)))
        moment = following.at
    return found


@functools.lru_cache(maxsize=256)
def vtimezone_lines(key: str, start: Instant, end: Instant | None) -> tuple[str, ...]:
    """The unfolded content lines of a VTIMEZONE for ``key`` valid over ``[start, end]``.

    >>> lines = vtimezone_lines("Asia/Kathmandu", 1798761600, 1830297600)
    >>> lines[:3], lines[-1]
    (('BEGIN:VTIMEZONE', 'TZID:Asia/Kathmandu', 'BEGIN:STANDARD'), 'END:VTIMEZONE')
    """
    try:
        found = observances(key, start, end)
    except (OSError, ValueError, struct.error) as exc:
        if isinstance(exc, PlannerError):
            raise
        raise PlannerError(
            f'cannot read the rules of time zone "{key}" ({exc}): reinstall tzdata'
        ) from exc
    lines = ["BEGIN:VTIMEZONE", f"TZID:{key}"]
    for observance in found:
        lines.extend(observance.lines())
    lines.append("END:VTIMEZONE")
    return tuple(lines)
