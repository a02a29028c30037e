"""The straightforward way to analyse a plan: a flag per minute per team, one pass per question.

The baseline of ``bench_analysis`` and the reference the tests hold the fast analysis to
(``tests/planner/analysis/test_against_grid.py``). Each team's working time is marked
minute by minute (holidays and days off by each shift's local start date, as
``plan-format.md`` defines); then every pair, role and meeting is one forward pass over
the minutes, and the reply wait one backward pass over the vendor's minutes. It answers in
the shape of ``planner.analysis.overlap.Analysis`` so the two compare field by field.

Instants must fall on whole minutes (every zone since 1972 keeps them there).
"""

from __future__ import annotations

from datetime import timedelta

from planner.meetings.occurrences import occurrence_instants, skip_reason
from planner.plan.model import Plan
from planner.schedule.range import Range
from planner.schedule.working_time import day_off_reason
from planner.time.local import MINUTES_PER_DAY, local_date, local_instant

REPLY_DAYS = 14
BEFORE_DAYS, AFTER_DAYS = 2, REPLY_DAYS + 2


def _runs(flags: bytearray | list[bool], low: int, high: int, origin: int) -> list[tuple[int, int]]:
    """The runs of set minutes in ``[low, high)`` as (start, end) instants."""
    windows = []
    start = None
    for m in range(low, high):
        if flags[m]:
            if start is None:
                start = m
        elif start is not None:
            windows.append((origin + start * 60, origin + m * 60))
            start = None
    if start is not None:
        windows.append((origin + start * 60, origin + high * 60))
    return windows


class MinuteGrid:
    """Every team's working minutes over the range padded for the reply wait."""

    def __init__(self, plan: Plan, span: Range) -> None:
        self.plan = plan
        self.span = span
        self.origin = span.start - BEFORE_DAYS * 86400
        self.size = (span.end + AFTER_DAYS * 86400 - self.origin) // 60
        self.low = (span.start - self.origin) // 60
        self.high = (span.end - self.origin) // 60
        self.grids: dict[str, bytearray] = {}
        self.days: dict[str, dict[object, list[tuple[int, int]]]] = {}
        for team in plan.teams:
            grid = bytearray(self.size)
            by_day: dict[object, list[tuple[int, int]]] = {}
            day = local_date(team.zone, self.origin) - timedelta(days=2)
            last = local_date(team.zone, self.origin + self.size * 60)
            while day <= last:
                # A one-day exception replaces the date's shifts, even on a holiday.
                exception = team.exceptions.get(day) if team.exceptions else None
                if exception is not None or day_off_reason(team, day) is None:
                    for shift in team.hours.on(day.weekday()) if exception is None else exception:
                        end = shift.end + (MINUTES_PER_DAY if shift.crosses_midnight else 0)
                        a = local_instant(team.zone, day, shift.start)
                        b = local_instant(team.zone, day, end)
                        first = max((a - self.origin) // 60, 0)
                        stop = min((b - self.origin) // 60, self.size)
                        for m in range(first, stop):
                            grid[m] = 1
                        if span.start <= a < span.end and a < b:
                            by_day.setdefault(day, []).append((first, stop))
                day += timedelta(days=1)
            self.grids[team.id] = grid
            self.days[team.id] = by_day

    def pair(self, client: str, vendor: str) -> list[tuple[int, int]]:
        """Windows in the range when both work: one pass over the minutes."""
        c, v = self.grids[client], self.grids[vendor]
        both = [c[m] and v[m] for m in range(self.size)]
        return _runs(both, self.low, self.high, self.origin)

    def realtime(self, client: str, vendor: str) -> tuple[int, int, list[tuple[int, int]]]:
        """(client minutes, covered minutes, gap windows) in the range: one pass."""
        c, v = self.grids[client], self.grids[vendor]
        total = covered = 0
        gaps = bytearray(self.size)
        for m in range(self.low, self.high):
            if c[m]:
                total += 1
                if v[m]:
                    covered += 1
                else:
                    gaps[m] = 1
        return total, covered, _runs(gaps, self.low, self.high, self.origin)

    def daily(self, client: str, vendor: str) -> list[tuple[object, int]]:
        """Overlap minutes of each client working day (shifts starting that date in range)."""
        v = self.grids[vendor]
        result = []
        for day, spans in sorted(self.days[client].items()):
            minutes = set()
            for first, stop in spans:
                minutes.update(m for m in range(first, stop) if v[m])
            result.append((day, len(minutes)))
        return result

    def longest_wait(self, client: str, vendor: str) -> int | None:
        """The longest wait in minutes from a client working minute to the vendor's next.

        One backward pass finds each minute's next vendor minute; None when some wait is
        longer than 14 days or finds no vendor minute at all.
        """
        c, v = self.grids[client], self.grids[vendor]
        following = [0] * (self.size + 1)
        after = None
        for m in range(self.size - 1, -1, -1):
            if v[m]:
                after = m
            following[m] = -1 if after is None else after
        longest = 0
        for m in range(self.low, self.high):
            if c[m] and not v[m]:
                reply = following[m]
                if reply < 0 or reply - m > REPLY_DAYS * MINUTES_PER_DAY:
                    return None
                longest = max(longest, reply - m)
        return longest

    def meeting(self, meeting_id: str) -> list[tuple[int, int, tuple[str, ...], bool]]:
        """(start, end, teams not working throughout, skipped) of each occurrence in range."""
        meeting = self.plan.meeting(meeting_id)
        result = []
        for _, begin, finish, original in occurrence_instants(
            self.plan, meeting, self.span.start, self.span.end
        ):
            first, stop = (begin - self.origin) // 60, (finish - self.origin) // 60
            conflicts = tuple(
                t for t in meeting.teams if not all(self.grids[t][m] for m in range(first, stop))
            )
            # A moved occurrence is held where the user put it, never skipped.
            skipped = original is None and bool(skip_reason(self.plan, meeting, begin))
            result.append((begin, finish, conflicts, skipped))
        return result


def grid_analysis(plan: Plan, span: Range) -> dict[str, object]:
    """Everything ``analyze`` reports, the straightforward way, keyed for comparison."""
    grid = MinuteGrid(plan, span)
    result: dict[str, object] = {}
    for client in plan.clients:
        for vendor in plan.vendors:
            result[f"pair {client.id} {vendor.id}"] = grid.pair(client.id, vendor.id)
    for role in plan.roles:
        if role.kind == "realtime":
            result[f"role {role.id}"] = grid.realtime(role.client, role.vendor)
        else:
            result[f"role {role.id}"] = (
                grid.daily(role.client, role.vendor),
                grid.longest_wait(role.client, role.vendor),
            )
    for meeting in plan.meetings:
        result[f"meeting {meeting.id}"] = grid.meeting(meeting.id)
    return result


def analysis_answers(analysis: object) -> dict[str, object]:
    """The same keys from a ``planner.analysis.overlap.Analysis``."""
    from planner.analysis.overlap import Analysis, RealtimeVerdict

    assert isinstance(analysis, Analysis)
    result: dict[str, object] = {}
    for pair in analysis.pairs:
        result[f"pair {pair.client} {pair.vendor}"] = [(a, b) for a, b in pair.windows]
    for verdict in analysis.roles:
        if isinstance(verdict, RealtimeVerdict):
            result[f"role {verdict.role.id}"] = (
                verdict.client_minutes,
                verdict.covered_minutes,
                [(a, b) for a, b in verdict.gaps],
            )
        else:
            result[f"role {verdict.role.id}"] = (
                [(d.day, d.minutes) for d in verdict.daily_overlap],
                verdict.max_wait_minutes,
            )
    for report in analysis.meetings:
        result[f"meeting {report.meeting_id}"] = [
            (o.start, o.end, o.conflicts, o.skipped) for o in report.occurrences
        ]
    return result
