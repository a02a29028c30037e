"""What the printed chart lists under the chart: each role's verdict and the meetings in range."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from planner.analysis.gaps import CAUSES
from planner.analysis.overlap import Analysis, AsyncVerdict, RealtimeVerdict, analyze
from planner.chart.data import ChartData
from planner.chart.labels import format_duration, format_minute
from planner.meetings.occurrences import Occurrence
from planner.meetings.times_text import DAYS, MONTHS, times_line
from planner.plan.model import Plan
from planner.schedule.range import Range

MAX_MEETING_LINES = 12
CAUSE_WORDS = {
    "vendor_off": "on the vendor's holidays or days off",
    "never_worked": "on days the vendor never works",
    "clock_change": "in clock-change weeks",
    "outside_hours": "outside the vendor's hours",
}


@dataclass(frozen=True, slots=True)
class SheetSummary:
    """The lines under a printed chart.

    Attributes:
        verdicts: one line per role: PASS/FAIL and its figures over the dates printed.
        meetings: one line per occurrence in the dates printed (the year view: per meeting).
    """

    verdicts: tuple[str, ...]
    meetings: tuple[str, ...]


def _plural(count: int, word: str) -> str:
    return f"{count} {word if count == 1 else word + 's'}"


def verdict_line(plan: Plan, verdict: RealtimeVerdict | AsyncVerdict) -> str:
    """A role's verdict in one line, e.g. ``FAIL Support (Manila for New York): coverage …``.

    >>> from planner.plan.hours import WeekHours
    >>> from planner.plan.model import Role, Team
    >>> from datetime import date
    >>> h = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    >>> plan = Plan(teams=(Team("a", "client", "UTC", h, "HQ"), Team("b", "vendor", "UTC", h, "Desk")),
    ...             roles=(Role("r", "realtime", "a", "b", "Support"),))
    >>> result = analyze(plan, Range.of_days("UTC", date(2027, 1, 4), date(2027, 1, 10)))
    >>> verdict_line(plan, result.roles[0])
    'PASS  Support (Desk for HQ, real-time): coverage 100% (needs 100%), no gaps'
    """
    role = verdict.role
    client, vendor = plan.team(role.client), plan.team(role.vendor)
    kind = "real-time" if role.kind == "realtime" else "async"
    head = f"({vendor.name} for {client.name}, {kind})"
    if isinstance(verdict, RealtimeVerdict):
        if verdict.coverage_percent is None:
            return f"N/A   {role.name} {head}: no client working time in these dates"
        figures = f"coverage {verdict.coverage_percent:g}% (needs {role.min_coverage_percent:g}%)"
        off = verdict.causes.minutes("vendor_off")
        if off and verdict.working_days_percent is not None:
            figures += f", {verdict.working_days_percent:g}% on {vendor.name}'s working days"
        if not verdict.gaps:
            figures += ", no gaps"
        else:
            by_cause = [
                f"{format_duration(verdict.causes.minutes(c))} {CAUSE_WORDS[c]}"
                for c in CAUSES
                if verdict.causes.minutes(c)
            ]
            figures += f", {_plural(len(verdict.gaps), 'gap')}: " + "; ".join(by_cause)
    else:
        low = verdict.min_daily_overlap_minutes
        wait = (
            "not reachable within 14 days"
            if verdict.max_wait_minutes is None
            else f"longest wait {format_duration(verdict.max_wait_minutes)}"
            f" (max {role.max_reply_hours:g} h)"
        )
        if low is None:
            figures = f"no client working days, {wait}"
        else:
            figures = (
                f"daily overlap at least {format_duration(low)} "
                f"(needs {format_duration(role.min_overlap_minutes)}), {wait}"
            )
    badge = "PASS" if verdict.meets else "FAIL"
    return f"{badge}  {role.name} {head}: {figures}"


def occurrence_counts(occurrences: Sequence[Occurrence]) -> tuple[int, int, int]:
    """How many occurrences of a series are OK, in conflict and skipped (a skip wins).

    >>> occurrence_counts([])
    (0, 0, 0)
    """
    skipped = sum(1 for o in occurrences if o.skipped)
    conflicts = sum(1 for o in occurrences if o.conflicts and not o.skipped)
    return len(occurrences) - skipped - conflicts, conflicts, skipped


def _meeting_lines(plan: Plan, analysis: Analysis, by_series: bool, clock24: bool) -> list[str]:
    lines: list[str] = []
    timed: list[tuple[int, str]] = []
    for report in analysis.meetings:
        meeting = plan.meeting(report.meeting_id)
        if by_series:
            if not report.occurrences:
                continue
            ok, conflicts, skipped = occurrence_counts(report.occurrences)
            lines.append(
                f"{meeting.title}: {_plural(len(report.occurrences), 'occurrence')}, {ok} OK, "
                f"{_plural(conflicts, 'conflict')}, {skipped} skipped"
            )
            continue
        for occurrence in report.occurrences:
            wall = occurrence.wall
            when = (
                f"{DAYS[wall.weekday()]} {wall.day} {MONTHS[wall.month - 1]} "
                f"{format_minute(wall.hour * 60 + wall.minute, clock24)}"
            )
            if occurrence.skipped:
                state = f"skipped ({occurrence.reason})"
            elif occurrence.conflicts:
                names = ", ".join(plan.team(t).name for t in occurrence.conflicts)
                state = f"CONFLICT: {names} not working"
            else:
                state = "OK"
            local = times_line(plan, meeting.teams, occurrence.start, clock24)
            timed.append((occurrence.start, f"{when}  {meeting.title}: {local}  {state}"))
    return lines + [line for _, line in sorted(timed, key=lambda item: item[0])]


def sheet_summary(plan: Plan, data: ChartData, clock24: bool = True) -> SheetSummary:
    """The verdicts and meetings for the dates a printed chart shows (in its zone).

    >>> from datetime import date
    >>> from planner.chart.data import chart_data
    >>> sheet_summary(Plan(), chart_data(Plan(), "day", date(2027, 1, 4)))
    SheetSummary(verdicts=(), meetings=())
    """
    if not plan.teams:
        return SheetSummary((), ())
    analysis = analyze(plan, Range.of_days(data.zone, data.first, data.last))
    verdicts = tuple(verdict_line(plan, v) for v in analysis.roles)
    meetings = _meeting_lines(plan, analysis, data.view == "year", clock24)
    if len(meetings) > MAX_MEETING_LINES:
        more = len(meetings) - MAX_MEETING_LINES + 1
        meetings = [*meetings[: MAX_MEETING_LINES - 1], f"... and {more} more"]
    return SheetSummary(verdicts, tuple(meetings))
