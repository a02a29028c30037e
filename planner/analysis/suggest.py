"""Suggested vendor hours that never make a real-time role worse, checked over a whole year.

A suggestion is computed over a horizon, never over a week alone: the analysed range when
it spans a year or more, else the twelve months from its first date, so that both
daylight-saving changes and every holiday are in it. It lays the client's working time of
the whole horizon on the vendor's local week (:func:`suggest_hours`) and is offered only
when, over the horizon, it covers at least as much of the client's time as the current
hours and closes at least one gap. Gaps that a day off of the vendor causes (a holiday)
are not closable by weekly hours: they are listed as dates that need holiday cover.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import cache, partial

from planner.analysis.gaps import GapCauses, classify_gaps, days_off_in_gaps
from planner.plan.hours import Shift, WeekHours
from planner.plan.model import Plan, Role
from planner.schedule.range import Range
from planner.schedule.team_times import TeamTimes
from planner.schedule.working_time import team_bounds
from planner.time.intervals import (
    Bounds,
    bounds_clip,
    bounds_difference,
    bounds_intersection,
    bounds_seconds,
    timeline_of,
    union,
)
from planner.time.local import EPOCH_ORDINAL, FAST_YEARS, MINUTES_PER_DAY
from planner.time.zones import load_zone

PERSON_DAY_MINUTES = 9 * 60
_WEEK_MINUTES = 7 * MINUTES_PER_DAY


def suggest_hours(client_time: Iterable[tuple[int, int]], vendor_zone: str) -> WeekHours:
    """Vendor shifts, in the vendor's local wall time, that cover every instant of ``client_time``.

    The client's working time is laid on the vendor's local week; every week of the range
    adds its own placement (so DST weeks widen the shift). Each continuous stretch becomes
    one shift, or several equal ones when it is longer than a person-day
    (``PERSON_DAY_MINUTES``), starting on the local date where it starts.

    >>> from datetime import date
    >>> from planner.time.local import day_range
    >>> a, b = day_range("America/New_York", date(2027, 3, 15), date(2027, 3, 15))  # Mon, EDT
    >>> ny_day = ((a + 9 * 3600, a + 17 * 3600),)
    >>> suggest_hours(ny_day, "Asia/Manila").to_mapping()
    {'mon': ['21:00-05:00']}
    """
    pieces = list(client_time)
    offset_at = _offsets_at(vendor_zone, pieces)
    spans: list[tuple[int, int]] = []
    for start, end in pieces:
        local = start + offset_at(start)  # local wall time in seconds since 1970-01-01
        # 1970-01-01 was a Thursday: weekday 3.
        week_minute = ((local // 86400 + 3) % 7) * MINUTES_PER_DAY + local % 86400 // 60
        length = math.ceil((end - start) / 60)
        if length >= _WEEK_MINUTES:
            spans.append((0, _WEEK_MINUTES))
            continue
        first = week_minute
        last = week_minute + length
        if last > _WEEK_MINUTES:
            spans.append((first, _WEEK_MINUTES))
            spans.append((0, last - _WEEK_MINUTES))
        else:
            spans.append((first, last))
    merged = list(union(spans))
    # A stretch running over the end of Sunday continues at Monday 00:00: join the two.
    if len(merged) > 1 and merged[0].start == 0 and merged[-1].end == _WEEK_MINUTES:
        head = merged.pop(0)
        tail = merged.pop()
        merged.append(type(head)(tail.start, _WEEK_MINUTES + head.end))
    days: list[list[Shift]] = [[] for _ in range(7)]
    for start, end in merged:
        for piece_start, piece_end in _person_days(start, end):
            weekday, minute = divmod(piece_start % _WEEK_MINUTES, MINUTES_PER_DAY)
            finish = minute + (piece_end - piece_start)
            days[weekday].append(
                Shift(minute, finish if finish <= MINUTES_PER_DAY else finish - MINUTES_PER_DAY)
            )
    return WeekHours.from_days(days)


def _offsets_at(zone_name: str, pieces: list[tuple[int, int]]) -> Callable[[int], int]:
    """The zone's UTC offset (seconds) at each start of ``pieces``, as a function.

    zoneinfo is asked once per stretch between two changes of offset
    (``planner.time.tzif.offset_changes``), not at every piece of a year.
    """
    zone = load_zone(zone_name)

    def exact(moment: int) -> int:
        offset = datetime.fromtimestamp(moment, tz=zone).utcoffset()
        return int(offset.total_seconds()) if offset is not None else 0

    if not pieces:
        return exact
    low, high = min(p[0] for p in pieces), max(p[0] for p in pieces)
    if not _FAST_INSTANTS[0] <= low <= high < _FAST_INSTANTS[1]:
        return exact
    from bisect import bisect_right

    from planner.time.tzif import offset_changes

    changes = [moment for moment, _ in offset_changes(zone_name, low, high)]
    known: dict[int, int] = {}  # stretch (changes passed) -> offset

    def at(moment: int) -> int:
        stretch = bisect_right(changes, moment)
        found = known.get(stretch)
        if found is None:
            found = known[stretch] = exact(moment)
        return found

    return at


# The instants of planner.time.local's FAST_YEARS (their first midnights, UTC): offsets
# there come from the zone's changes; others are asked of zoneinfo one by one.
_FAST_INSTANTS = tuple(
    (date(year, 1, 1).toordinal() - EPOCH_ORDINAL) * 86400 for year in FAST_YEARS
)


def _person_days(start: int, end: int) -> list[tuple[int, int]]:
    """Split a stretch of week minutes into shifts no longer than a person-day.

    Stretches over a whole day are first cut at local midnights, then each piece into
    equal parts on 15-minute boundaries.
    """
    pieces: list[tuple[int, int]] = []
    if end - start > MINUTES_PER_DAY:
        cut = start
        while cut < end:
            following = min(end, (cut // MINUTES_PER_DAY + 1) * MINUTES_PER_DAY)
            pieces.append((cut, following))
            cut = following
    else:
        pieces.append((start, end))
    result: list[tuple[int, int]] = []
    for a, b in pieces:
        count = math.ceil((b - a) / PERSON_DAY_MINUTES)
        part = math.ceil((b - a) / count / 15) * 15
        cuts = [a + i * part for i in range(count)] + [b]
        result.extend((cuts[i], min(cuts[i + 1], b)) for i in range(count) if cuts[i] < b)
    return result


def bounds_contained(pieces: Bounds, bounds: Bounds) -> int:
    """How many pieces of ``pieces`` lie wholly inside one interval of ``bounds``.

    Both are flat bounds, sorted and apart; a linear merge, as
    ``sum(contains(timeline_of(bounds), a, b) for a, b in timeline_of(pieces))``.

    >>> bounds_contained([0, 2, 4, 6, 9, 12], [0, 5, 6, 11])
    1
    """
    count = 0
    j = 0
    count_b = len(bounds)
    for index in range(0, len(pieces), 2):
        start = pieces[index]
        while j < count_b and bounds[j + 1] <= start:
            j += 2
        if j == count_b:
            break
        if bounds[j] <= start and pieces[index + 1] <= bounds[j + 1]:
            count += 1
    return count


def _year_later(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def suggestion_horizon(span: Range) -> Range:
    """The range a suggestion is computed and checked over.

    The analysed range when it spans at least a year, else the twelve months from its
    first date.

    >>> week = Range.of_days("UTC", date(2026, 11, 30), date(2026, 12, 6))
    >>> horizon = suggestion_horizon(week)
    >>> horizon.first, horizon.last
    (datetime.date(2026, 11, 30), datetime.date(2027, 11, 29))
    """
    last = _year_later(span.first) - timedelta(days=1)
    if span.last >= last:
        return span
    return Range.of_days(span.zone, span.first, last)


@dataclass(frozen=True, slots=True)
class Suggestion:
    """Vendor hours for a real-time role, checked over :attr:`horizon`.

    Attributes:
        role: the role.
        horizon: the range the suggestion was computed and checked over.
        current: the vendor's weekly hours now.
        hours: the suggested weekly hours, or None when none is offered (the current
            hours are already the best a weekly shape allows, or nothing is uncovered).
        client_minutes: the client's working minutes over the horizon.
        covered_minutes: of those, covered by the current hours.
        suggested_minutes: covered with :attr:`hours` (``covered_minutes`` without).
        gap_count: the current gaps over the horizon.
        closed_gaps: how many of them :attr:`hours` closes.
        holiday_days: the vendor's days off over the horizon that leave gaps, with their
            reason, in date order (these need holiday cover).
        has_hour_causes: True when some of the current gaps are not days off of the
            vendor, so that other weekly hours could close them.
    """

    role: Role
    horizon: Range
    current: WeekHours
    hours: WeekHours | None
    client_minutes: int
    covered_minutes: int
    suggested_minutes: int
    gap_count: int
    closed_gaps: int
    holiday_days: tuple[tuple[date, str], ...]
    has_hour_causes: bool
    _causes: Callable[[], GapCauses] = field(repr=False, compare=False)

    @property
    def causes(self) -> GapCauses:
        """The current gaps over the horizon by cause, worked out when first read.

        The suggestion itself needs only :attr:`holiday_days` and :attr:`has_hour_causes`:
        the other causes of a year of gaps (a hundred clock-change weeks) are told apart
        for a reader that asks.
        """
        return self._causes()

    @property
    def offered(self) -> bool:
        """True when other hours are suggested."""
        return self.hours is not None

    @property
    def coverage_percent(self) -> float | None:
        """Coverage over the horizon with the current hours (None without client time)."""
        return _percent(self.covered_minutes, self.client_minutes)

    @property
    def suggested_percent(self) -> float | None:
        """Coverage over the horizon with the suggested hours (the current without one)."""
        return _percent(self.suggested_minutes, self.client_minutes)

    @property
    def people(self) -> int:
        """People a working day needs on the suggested hours: one per shift of the busiest day."""
        if self.hours is None:
            return 0
        return max(len(day) for day in self.hours.days)


def _percent(part: int, whole: int) -> float | None:
    return None if whole == 0 else round(100.0 * part / whole, 2)


def role_suggestion(
    plan: Plan, role: Role, span: Range, times: TeamTimes | None = None
) -> Suggestion:
    """The verified suggestion for a real-time role analysed over ``span``.

    Args:
        plan: the plan.
        role: a real-time role.
        span: the analysed range (the horizon is :func:`suggestion_horizon` of it).
        times: the teams' working time, reused when it pads the horizon by two days.

    >>> from planner.plan.model import Team
    >>> ny = Team("ny", "client", "America/New_York", WeekHours.parse({"mon-fri": ["09:00-17:00"]}))
    >>> mnl = Team("mnl", "vendor", "Asia/Manila", WeekHours.parse({"mon-fri": ["22:00-06:00"]}))
    >>> plan = Plan(teams=(ny, mnl), roles=(Role("r", "realtime", "ny", "mnl"),))
    >>> found = role_suggestion(plan, plan.roles[0], Range.of_days("UTC", date(2027, 1, 4), date(2027, 1, 10)))
    >>> found.hours.to_mapping(), found.coverage_percent, found.suggested_percent
    ({'mon-fri': ['21:00-06:00']}, 91.86, 100.0)
    """
    horizon = suggestion_horizon(span)
    pad = 2 * 86400
    if times is None or times.start > horizon.start - pad or times.end < horizon.end + pad:
        times = TeamTimes(plan, horizon.start - pad, horizon.end + pad)
    # A year of working time as flat bounds: intervals are made only for the gaps, and
    # for the client's time when hours are suggested.
    client_bounds = bounds_clip(times.bounds(role.client), horizon.start, horizon.end)
    vendor_bounds = times.bounds(role.vendor)
    vendor_team = plan.team(role.vendor)
    covered = bounds_seconds(bounds_intersection(client_bounds, vendor_bounds)) // 60
    gap_bounds = bounds_difference(client_bounds, vendor_bounds)
    gaps = timeline_of(gap_bounds)
    days_off, has_hour_causes = days_off_in_gaps(plan, role, gaps, horizon, times)
    hours: WeekHours | None = None
    suggested, closed = covered, 0
    if has_hour_causes:
        pieces = iter(client_bounds)
        candidate = suggest_hours(zip(pieces, pieces, strict=True), vendor_team.zone)
        if not candidate.is_empty and candidate != vendor_team.hours:
            trial = team_bounds(
                replace(vendor_team, hours=candidate), horizon.start - pad, horizon.end + pad
            )
            trial_covered = bounds_seconds(bounds_intersection(client_bounds, trial)) // 60
            trial_closed = bounds_contained(gap_bounds, trial)
            if trial_covered >= covered and trial_closed >= 1:
                hours, suggested, closed = candidate, trial_covered, trial_closed
    return Suggestion(
        role=role,
        horizon=horizon,
        current=vendor_team.hours,
        hours=hours,
        client_minutes=bounds_seconds(client_bounds) // 60,
        covered_minutes=covered,
        suggested_minutes=suggested,
        gap_count=len(gaps),
        closed_gaps=closed,
        holiday_days=days_off.off_days,
        has_hour_causes=has_hour_causes,
        _causes=cache(partial(classify_gaps, plan, role, gaps, horizon, times)),
    )


def role_suggestions(
    plan: Plan, span: Range, times: TeamTimes | None = None
) -> dict[str, Suggestion]:
    """The suggestion of every real-time role, sharing one computation of working time.

    >>> role_suggestions(Plan(), Range.of_days("UTC", date(2027, 1, 4), date(2027, 1, 10)))
    {}
    """
    roles = [r for r in plan.roles if r.kind == "realtime"]
    if not roles:
        return {}
    horizon = suggestion_horizon(span)
    pad = 2 * 86400
    if times is None or times.start > horizon.start - pad or times.end < horizon.end + pad:
        times = TeamTimes(plan, horizon.start - pad, horizon.end + pad)
    return {r.id: role_suggestion(plan, r, span, times) for r in roles}
