"""The STANDARD and DAYLIGHT observances a VTIMEZONE needs, derived from a zone's TZif rules.

The zone's current rule (the POSIX TZ footer) becomes one DAYLIGHT and one STANDARD
observance with ``FREQ=YEARLY`` RRULEs, starting at the first transition of the era in
which that rule holds (a zone without DST gets a single STANDARD from the last change of
its offset). The transitions before that era that a span needs (the one in force at its
start and every later one) come from the TZif transition table, runs of yearly
transitions on the same weekday rule merged into one observance with an RRULE and a UTC
``UNTIL``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Literal

from planner.time.tzif import (
    DateRule,
    LocalType,
    PosixRule,
    Transition,
    ZoneData,
    month_length,
    utc_datetime,
    zone_data,
)

if TYPE_CHECKING:
    from planner.time.intervals import Instant

DAY = 86400
ICAL_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
Kind = Literal["STANDARD", "DAYLIGHT"]


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


_BEFORE_ANY = datetime.combine(date(1601, 1, 1), datetime.min.time())


def _local(at: Instant, offset: int) -> datetime:
    """The naive wall time of an instant at a UTC offset."""
    return utc_datetime(at + offset).replace(tzinfo=None)


def _utc_text(at: Instant) -> str:
    return f"{utc_datetime(at):%Y%m%dT%H%M%SZ}"


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
    if moment.day + 7 > month_length(moment.year, moment.month):
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
        last = month_length(year, rule.month)
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
