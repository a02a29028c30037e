"""The printed chart's notes (each role's verdict, the meetings) in the GUI's language.

``planner.chart.summary`` writes them in English for the command line; while the GUI runs
in another language, the same figures are worded here with ``translate`` and QLocale.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.chart.language import (
    english,
    format_duration,
    format_minute,
    local_time_text,
    number,
    short_day,
)
from ui.i18n import translate
from ui.i18n.domain import domain_text

if TYPE_CHECKING:
    from planner.analysis.overlap import Analysis, AsyncVerdict, RealtimeVerdict
    from planner.chart.data import ChartData
    from planner.chart.summary import SheetSummary
    from planner.plan.model import Plan


def _figure(value: float) -> str:
    """A percentage or an hour count as ``%g`` writes it: ``95``, ``96.36`` (``96,36``)."""
    from ui.i18n.formats import number as figure

    return figure(value)


def _join(parts: list[str]) -> str:
    """Parts of a line, with the language's list separator (``، `` in Arabic)."""
    return translate("Chart", ", ", "the separator of a list").join(parts)


def _cause(cause: str) -> str:
    return {
        "vendor_off": translate("Chart", "on the vendor's holidays or days off"),
        "never_worked": translate("Chart", "on days the vendor never works"),
        "clock_change": translate("Chart", "in clock-change weeks"),
        "outside_hours": translate("Chart", "outside the vendor's hours"),
    }[cause]


def verdict_line(plan: Plan, verdict: RealtimeVerdict | AsyncVerdict) -> str:
    """A role's verdict in one line: ``FAIL  Support (Desk for HQ, real-time): coverage …``."""
    from planner.analysis.gaps import CAUSES
    from planner.analysis.overlap import RealtimeVerdict

    role = verdict.role
    client, vendor = plan.team(role.client), plan.team(role.vendor)
    kind = (
        translate("Chart", "real-time") if role.kind == "realtime" else translate("Chart", "async")
    )
    head = translate("Chart", "({vendor} for {client}, {kind})").format(
        vendor=vendor.name, client=client.name, kind=kind
    )
    if isinstance(verdict, RealtimeVerdict):
        if verdict.coverage_percent is None:
            na = translate("Chart", "N/A", "a verdict that cannot be given")
            text = translate("Chart", "no client working time in these dates")
            return f"{na}   {role.name} {head}: {text}"
        parts = [
            translate("Chart", "coverage {coverage}% (needs {needed}%)").format(
                coverage=_figure(verdict.coverage_percent),
                needed=_figure(role.min_coverage_percent),
            )
        ]
        if verdict.causes.minutes("vendor_off") and verdict.working_days_percent is not None:
            parts.append(
                translate("Chart", "{percent}% on {vendor}'s working days").format(
                    percent=_figure(verdict.working_days_percent), vendor=vendor.name
                )
            )
        if not verdict.gaps:
            parts.append(translate("Chart", "no gaps"))
        else:
            causes = "; ".join(
                f"{format_duration(verdict.causes.minutes(c))} {_cause(c)}"
                for c in CAUSES
                if verdict.causes.minutes(c)
            )
            gaps = translate("Chart", "%n gap(s)", "", len(verdict.gaps))
            parts.append(f"{gaps}: {causes}")
        figures = _join(parts)
    else:
        low = verdict.min_daily_overlap_minutes
        if verdict.max_wait_minutes is None:
            wait = translate("Chart", "not reachable within 14 days")
        else:
            wait = translate("Chart", "longest wait {wait} (max {hours} h)").format(
                wait=format_duration(verdict.max_wait_minutes),
                hours=_figure(role.max_reply_hours),
            )
        if low is None:
            figures = translate("Chart", "no client working days, {wait}").format(wait=wait)
        else:
            figures = translate(
                "Chart", "daily overlap at least {overlap} (needs {needed}), {wait}"
            ).format(
                overlap=format_duration(low),
                needed=format_duration(role.min_overlap_minutes),
                wait=wait,
            )
    badge = translate("Chart", "PASS") if verdict.meets else translate("Chart", "FAIL")
    return f"{badge}  {role.name} {head}: {figures}"


def _times(plan: Plan, team_ids: tuple[str, ...], start: int, clock24: bool) -> str:
    """The start in each team's local time: ``Tue 10:00 New York · Tue 23:00 Manila``."""
    parts = []
    for team_id in team_ids:
        team = plan.team(team_id)
        parts.append(f"{local_time_text(team.zone, start, clock24)} {team.name}")
    return " \u00b7 ".join(parts)


def _meeting_lines(plan: Plan, analysis: Analysis, by_series: bool, clock24: bool) -> list[str]:
    from planner.chart.summary import occurrence_counts

    lines: list[str] = []
    timed: list[tuple[int, str]] = []
    for report in analysis.meetings:
        meeting = plan.meeting(report.meeting_id)
        if by_series:
            if not report.occurrences:
                continue
            ok, conflicts, skipped = occurrence_counts(report.occurrences)
            counts = _join(
                [
                    translate("Chart", "%n occurrence(s)", "", len(report.occurrences)),
                    translate("Chart", "{count} OK").format(count=number(ok)),
                    translate("Chart", "%n conflict(s)", "", conflicts),
                    translate("Chart", "%n skipped", "occurrences of a meeting", skipped),
                ]
            )
            lines.append(f"{meeting.title}: {counts}")
            continue
        for occurrence in report.occurrences:
            wall = occurrence.wall
            when = (
                f"{short_day(wall.date())} {format_minute(wall.hour * 60 + wall.minute, clock24)}"
            )
            if occurrence.skipped:
                state = translate("Chart", "skipped ({reason})").format(
                    reason=domain_text(occurrence.reason)
                )
            elif occurrence.conflicts:
                names = _join([plan.team(t).name for t in occurrence.conflicts])
                state = translate("Chart", "CONFLICT: {names} not working").format(names=names)
            else:
                state = translate("Chart", "OK")
            local = _times(plan, meeting.teams, occurrence.start, clock24)
            timed.append((occurrence.start, f"{when}  {meeting.title}: {local}  {state}"))
    return lines + [line for _, line in sorted(timed, key=lambda item: item[0])]


def sheet_summary(plan: Plan, data: ChartData, clock24: bool = True) -> SheetSummary:
    """The verdicts and meetings for the dates a printed chart shows, in the GUI's language."""
    from planner.chart import summary

    if english() or not plan.teams:
        return summary.sheet_summary(plan, data, clock24)
    from planner.analysis.overlap import analyze
    from planner.schedule.range import Range

    analysis = analyze(plan, Range.of_days(data.zone, data.first, data.last))
    verdicts = tuple(verdict_line(plan, v) for v in analysis.roles)
    meetings = _meeting_lines(plan, analysis, data.view == "year", clock24)
    if len(meetings) > summary.MAX_MEETING_LINES:
        more = len(meetings) - summary.MAX_MEETING_LINES + 1
        meetings = [
            *meetings[: summary.MAX_MEETING_LINES - 1],
            translate("Chart", "... and %n more", "", more),
        ]
    return summary.SheetSummary(verdicts, tuple(meetings))
