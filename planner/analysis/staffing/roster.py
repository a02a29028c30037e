"""The roster that meets every interval's requirement at the fewest agent-hours (exact MILP).

Variables: the people starting a shift of each of the vendor's shift lengths at each start
of the interval grid, on each weekday, in the VENDOR's local time (a week pattern). Each
interval of the range with a requirement is a constraint: the people on every pattern shift
whose real instance (that local date, that zone, clock changes applied) covers all of the
interval must be at least its requirement. Identical constraints are merged, keeping the
largest requirement, so a year becomes the handful of distinct week patterns it has (the
weeks before and after each clock change on either side); the roster then holds in every
week of the range, DST weeks included. Vendor holidays are left out: no weekly pattern
works on a day off (the staffing shows those intervals, to be covered by exceptions).

The covering problem is solved exactly (integer optimum) by HiGHS through its own binding
(``highspy``); it and numpy are imported only here, when a roster is asked for.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from planner.analysis.staffing import roster_cache
from planner.errors import PlannerError
from planner.plan.agents import Agents
from planner.plan.hours import WEEKDAYS, Shift, WeekHours, equal_day_runs
from planner.plan.model import Team
from planner.text import Text
from planner.time.intervals import Instant
from planner.time.local import MINUTES_PER_DAY, local_date, local_instant
from planner.time.tzdb import database as tz_database

DEFAULT_SHIFT_MINUTES = 480
TIME_LIMIT_SECONDS = 60.0

Need = tuple[Instant, Instant, int]
"""An interval and the agents it requires: (start, end, required)."""


@dataclass(frozen=True, slots=True)
class RosterEntry:
    """People starting one shift on a run of weekdays (vendor local time).

    >>> str(RosterEntry((0, 1, 2, 3, 4), Shift.parse("21:00-06:00"), 8))
    'mon-fri 21:00-06:00 x 8'
    """

    days: tuple[int, ...]
    shift: Shift
    agents: int

    @property
    def day_key(self) -> str:
        """The run of days as a plan-file day key (``mon-fri``, ``sat``, ``daily``)."""
        if len(self.days) == 7:
            return "daily"
        if len(self.days) == 1:
            return WEEKDAYS[self.days[0]]
        return f"{WEEKDAYS[self.days[0]]}-{WEEKDAYS[self.days[-1]]}"

    def __str__(self) -> str:
        return f"{self.day_key} {self.shift} x {self.agents}"


@dataclass(frozen=True, slots=True)
class Roster:
    """A suggested week roster and how it compares with the vendor's current one.

    Attributes:
        entries: people per shift and run of weekdays, Monday first, then by start.
        agent_hours_per_week: the roster's paid agent-hours in one week.
        current_agent_hours_per_week: the vendor's current week (people x shift hours).
        optimal: True when the solver proved the optimum (False: best found in the time limit).
        uncovered: intervals with a requirement that no allowed shift can cover whole.
        patterns: distinct interval constraints the range reduced to.
    """

    entries: tuple[RosterEntry, ...]
    agent_hours_per_week: float
    current_agent_hours_per_week: float
    optimal: bool
    uncovered: int
    patterns: int

    def hours(self) -> WeekHours:
        """The roster's shifts as weekly hours."""
        days: list[list[Shift]] = [[] for _ in range(7)]
        for entry in self.entries:
            for day in entry.days:
                days[day].append(entry.shift)
        return WeekHours.from_days(days)

    def agents(self) -> Agents:
        """The roster's people per (weekday, shift)."""
        return Agents(1, tuple((d, e.shift, e.agents) for e in self.entries for d in e.days))


def shift_lengths(vendor: Team) -> tuple[int, ...]:
    """The vendor's shift lengths in minutes (shorter than a day), or 8 hours when none.

    >>> shift_lengths(Team("v", "vendor", "UTC", WeekHours.parse({"mon": ["09:00-17:00", "10:00-19:00"]})))
    (480, 540)
    """
    found = {s.minutes for day in vendor.hours.days for s in day if s.minutes < MINUTES_PER_DAY}
    return tuple(sorted(found)) or (DEFAULT_SHIFT_MINUTES,)


def current_agent_hours(vendor: Team) -> float:
    """People x nominal shift hours over the vendor's week."""
    minutes = sum(
        vendor.agents.count(day, shift) * shift.minutes
        for day in range(7)
        for shift in vendor.hours.on(day)
    )
    return round(minutes / 60, 2)


def suggest_roster(
    vendor: Team,
    needs: Sequence[Need],
    interval_minutes: int,
    lengths: Sequence[int] | None = None,
    time_limit: float = TIME_LIMIT_SECONDS,
) -> Roster:
    """The fewest agent-hours week roster meeting every requirement in ``needs``.

    Args:
        vendor: the vendor team (its zone, and its shift lengths unless ``lengths``).
        needs: intervals and their required agents (as UTC instants).
        interval_minutes: the grid of shift starts in the vendor's local time.
        lengths: shift lengths in minutes; default the vendor's (:func:`shift_lengths`).
        time_limit: seconds the solver may take before returning its best roster.

    >>> from planner.time.local import day_range
    >>> from datetime import date
    >>> v = Team("v", "vendor", "UTC", WeekHours.parse({"mon": ["09:00-17:00"]}))
    >>> a, _ = day_range("UTC", date(2027, 1, 4), date(2027, 1, 4))
    >>> r = suggest_roster(v, [(a + 9 * 3600, a + 10 * 3600, 3), (a + 16 * 3600, a + 17 * 3600, 2)], 60)
    >>> [str(e) for e in r.entries], r.agent_hours_per_week
    (['mon 09:00-17:00 x 3'], 24.0)
    """
    lengths = tuple(sorted(set(lengths or shift_lengths(vendor))))
    if not lengths or any(not interval_minutes <= n < MINUTES_PER_DAY for n in lengths):
        raise PlannerError(
            Text("shift lengths must be at least one interval and less than 24 hours")
        )
    wanted = [n for n in needs if n[2] > 0]
    current = current_agent_hours(vendor)
    database = tz_database()
    key = roster_cache.roster_key(
        vendor.zone,
        (database.version, str(database.folder or "")),
        wanted,
        interval_minutes,
        lengths,
        time_limit,
    )
    kept = None if key is None else roster_cache.cached(key)
    if kept is not None:
        try:
            return _kept_roster(kept, current)
        except PlannerError:
            pass  # a file with a shift no plan could hold: solved again, and replaced
    roster = _solved_roster(vendor.zone, wanted, interval_minutes, lengths, time_limit, current)
    if key is not None and roster.optimal:
        roster_cache.store(key, _as_kept(roster))
    return roster


def _solved_roster(
    zone: str,
    wanted: list[Need],
    interval_minutes: int,
    lengths: tuple[int, ...],
    time_limit: float,
    current: float,
) -> Roster:
    """:func:`suggest_roster` worked out: the constraints, solved by HiGHS."""
    slots = MINUTES_PER_DAY // interval_minutes
    constraints, uncovered = _constraints(zone, wanted, interval_minutes, lengths)
    if not constraints:
        return Roster((), 0.0, current, True, uncovered, 0)
    used = sorted({v for key in constraints for v in key})
    column = {v: i for i, v in enumerate(used)}
    counts, optimal = _solve(
        constraints, column, [lengths[v % len(lengths)] for v in used], time_limit
    )
    per_shift: dict[tuple[int, int], list[int]] = {}
    for v, count in zip(used, counts, strict=True):
        if count:
            length = lengths[v % len(lengths)]
            day, slot = divmod(v // len(lengths), slots)
            per_shift.setdefault((slot, length), [0] * 7)[day] = count
    entries = []
    for (slot, length), week in per_shift.items():
        start = slot * interval_minutes
        shift = Shift(start, (start + length) % MINUTES_PER_DAY)
        for first, last, agents in equal_day_runs(week):
            entries.append(RosterEntry(tuple(range(first, last + 1)), shift, agents))
    entries.sort(key=lambda e: (e.days[0], e.shift.start, e.shift.end))
    hours = sum(e.agents * len(e.days) * e.shift.minutes for e in entries) / 60
    return Roster(tuple(entries), round(hours, 2), current, optimal, uncovered, len(constraints))


def _as_kept(roster: Roster) -> roster_cache.Solved:
    entries = tuple((e.days, e.shift.start, e.shift.end, e.agents) for e in roster.entries)
    return entries, roster.agent_hours_per_week, roster.uncovered, roster.patterns


def _kept_roster(kept: roster_cache.Solved, current: float) -> Roster:
    """A roster proved optimal earlier (:mod:`planner.analysis.staffing.roster_cache`)."""
    rows, hours, uncovered, patterns = kept
    entries = tuple(
        RosterEntry(days, Shift(start, end), agents) for days, start, end, agents in rows
    )
    return Roster(entries, hours, current, True, uncovered, patterns)


def _constraints(
    zone: str, needs: Sequence[Need], interval_minutes: int, lengths: tuple[int, ...]
) -> tuple[dict[tuple[int, ...], int], int]:
    """Each distinct set of covering pattern shifts and the most agents any interval needs of it."""
    if not needs:
        return {}, 0
    slots = MINUTES_PER_DAY // interval_minutes
    first = local_date(zone, min(n[0] for n in needs)) - timedelta(days=1)
    last = local_date(zone, max(n[1] for n in needs))
    instances: list[tuple[Instant, Instant, int]] = []
    day = first
    while day <= last:
        base = day.weekday() * slots
        for slot in range(slots):
            minute = slot * interval_minutes
            a = local_instant(zone, day, minute)
            for index, length in enumerate(lengths):
                b = local_instant(zone, day, minute + length)
                if a < b:
                    instances.append((a, b, (base + slot) * len(lengths) + index))
        day += timedelta(days=1)
    instances.sort()
    starts = [i[0] for i in instances]
    reach = (max(lengths) + 120) * 60
    constraints: dict[tuple[int, ...], int] = {}
    uncovered = 0
    for a, b, need in needs:
        low, high = bisect_left(starts, b - reach), bisect_right(starts, a)
        key = tuple(sorted({instances[i][2] for i in range(low, high) if instances[i][1] >= b}))
        if not key:
            uncovered += 1
        elif constraints.get(key, 0) < need:
            constraints[key] = need
    return constraints, uncovered


def _solve(
    constraints: dict[tuple[int, ...], int],
    column: dict[int, int],
    minutes: list[int],
    time_limit: float,
) -> tuple[list[int], bool]:
    """Integer people per used variable at the least agent-minutes (HiGHS), and whether optimal.

    The matrix goes to HiGHS column by column (each variable's rows, in row order).
    ``_Highs`` is the solver without the Python callbacks of
    ``highspy.Highs``, whose logger prints HiGHS's banner to standard output
    before any option can turn it off.
    """
    import highspy
    import numpy as np
    from highspy._core import _Highs

    rows_of: list[list[int]] = [[] for _ in column]
    for row, key in enumerate(constraints):
        for v in key:
            rows_of[column[v]].append(row)
    starts = [0]
    for rows in rows_of:
        starts.append(starts[-1] + len(rows))
    count, width = len(constraints), len(column)
    lp = highspy.HighsLp()
    lp.num_col_, lp.num_row_ = width, count
    lp.col_cost_ = np.array(minutes, dtype=float)
    lp.col_lower_ = np.zeros(width)
    lp.col_upper_ = np.full(width, highspy.kHighsInf)
    lp.row_lower_ = np.array(list(constraints.values()), dtype=float)
    lp.row_upper_ = np.full(count, highspy.kHighsInf)
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.num_col_, lp.a_matrix_.num_row_ = width, count
    lp.a_matrix_.start_ = np.array(starts, dtype=np.int32)
    lp.a_matrix_.index_ = np.array([r for rows in rows_of for r in rows], dtype=np.int32)
    lp.a_matrix_.value_ = np.ones(starts[-1])
    lp.integrality_ = [highspy.HighsVarType.kInteger] * width
    solver = _Highs()
    solver.setOptionValue("output_flag", False)
    solver.setOptionValue("time_limit", float(time_limit))
    solver.setOptionValue("mip_rel_gap", 0.0)
    solver.passModel(lp)
    solver.run()
    status = solver.getModelStatus()
    solution = solver.getSolution()
    if not solution.value_valid:
        raise PlannerError(
            Text(
                "no roster found within {time_limit:g} seconds: shorten the range",
                time_limit=time_limit,
            )
        )
    return [round(x) for x in solution.col_value], status == highspy.HighsModelStatus.kOptimal
