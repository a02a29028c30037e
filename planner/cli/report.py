"""An analysis as the JSON of ``cli.md`` and as a readable text table.

One function builds each item of the JSON (``pair_json``, ``role_json``, ``meeting_json``):
:func:`analysis_json` assembles them into one document, :func:`write_analysis_json`
streams them (``analyze --json``), so a key added to an item appears in both.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

from planner.analysis.overlap import (
    Analysis,
    AsyncVerdict,
    MeetingReport,
    PairOverlap,
    RealtimeVerdict,
    RoleVerdict,
)
from planner.cli.drift_report import drift_json, drift_text
from planner.cli.gaps_report import plural, realtime_json, realtime_text, suggestion_text
from planner.meetings.drift import DriftReport, drift_reports

if TYPE_CHECKING:  # json_stream: the JSON only; staffing_report: roles with demand or a backlog
    from planner.analysis.suggest import Suggestion
    from planner.cli.json_stream import RawJson
from planner.plan.model import Plan
from planner.time.intervals import MINUTE_TEXTS, CompactTimeline, Timeline, format_instant
from planner.time.local import local_date, local_datetime
from planner.time.tzdb import tz_version


def _drift(plan: Plan, analysis: Analysis) -> dict[str, DriftReport]:
    reports = drift_reports(
        plan,
        ((m.meeting_id, m.occurrences) for m in analysis.meetings),
        analysis.range.start,
        analysis.range.end,
    )
    return {r.meeting_id: r for r in reports}


def windows_json(timeline: Timeline | CompactTimeline) -> list[dict[str, str]]:
    """A timeline as ``[{"start": ..., "end": ...}]``."""
    return [{"start": format_instant(a), "end": format_instant(b)} for a, b in timeline]


def windows_text(timeline: Timeline | CompactTimeline) -> RawJson | list[dict[str, str]]:
    """:func:`windows_json` already encoded, one window a line (the streamed output's fast path)."""
    from planner.cli.json_stream import RawJson

    if not timeline:
        return []  # laid out like any empty list
    text = MINUTE_TEXTS
    pieces = timeline.pieces() if isinstance(timeline, CompactTimeline) else timeline
    lines = [f'{{"start": "{text[a // 60]}", "end": "{text[b // 60]}"}}' for a, b in pieces]
    return RawJson("[\n  " + ",\n  ".join(lines) + "\n]")


WindowsJson = Callable[[Timeline | CompactTimeline], Any]


def range_json(analysis: Analysis) -> dict[str, str]:
    """The ``range`` object."""
    return {
        "from": format_instant(analysis.range.start),
        "to": format_instant(analysis.range.end),
    }


def pair_json(pair: PairOverlap, windows: WindowsJson = windows_json) -> dict[str, Any]:
    """One entry of ``pairs``."""
    return {
        "client": pair.client,
        "vendor": pair.vendor,
        "windows": windows(pair.windows),
        "total_minutes": pair.total_minutes,
    }


def role_json(
    verdict: RoleVerdict, windows: WindowsJson = windows_json, suggestion: Suggestion | None = None
) -> dict[str, Any]:
    """One entry of ``roles``: a real-time or an async verdict.

    A real-time role's ``suggestion`` (checked over a year, ``planner.analysis.suggest``)
    adds its keys (``planner.cli.gaps_report``).
    """
    role = verdict.role
    entry: dict[str, Any] = {
        "id": role.id,
        "kind": role.kind,
        "client": role.client,
        "vendor": role.vendor,
    }
    if isinstance(verdict, RealtimeVerdict):
        entry.update(
            coverage_percent=verdict.coverage_percent,
            gaps=windows(verdict.gaps),
            meets=verdict.meets,
            min_coverage_percent=role.min_coverage_percent,
            client_minutes=verdict.client_minutes,
            covered_minutes=verdict.covered_minutes,
        )
        entry.update(realtime_json(verdict, suggestion))
        if verdict.staffing is not None:
            from planner.cli.staffing_report import staffing_json

            entry["staffing"] = staffing_json(verdict.staffing)
    else:
        entry.update(
            daily_overlap=[
                {"date": d.day.isoformat(), "minutes": d.minutes} for d in verdict.daily_overlap
            ],
            min_daily_overlap_minutes=verdict.min_daily_overlap_minutes,
            max_wait_minutes=verdict.max_wait_minutes,
            meets=verdict.meets,
            min_overlap_minutes=role.min_overlap_minutes,
            max_reply_hours=role.max_reply_hours,
            days_below_minimum=[d.day.isoformat() for d in verdict.days_below_minimum],
        )
        if verdict.backlog is not None:
            from planner.cli.staffing_report import backlog_json

            entry["backlog"] = backlog_json(verdict.backlog, role)
    return entry


def meeting_json(report: MeetingReport, drift: DriftReport | None = None) -> dict[str, Any]:
    """One entry of ``meetings``, with its ``drift`` when given."""
    occurrences = []
    for o in report.occurrences:
        item: dict[str, Any] = {
            "start": format_instant(o.start),
            "end": format_instant(o.end),
            "ok": o.ok,
            "conflicts": list(o.conflicts),
            "skipped": o.skipped,
        }
        if o.skipped:
            item["reason"] = o.reason
        occurrences.append(item)
    entry: dict[str, Any] = {"id": report.meeting_id, "occurrences": occurrences}
    if drift is not None:
        entry["drift"] = drift_json(drift)
    return entry


def analysis_json(analysis: Analysis, plan: Plan | None = None) -> dict[str, Any]:
    """The ``analyze --json`` document (``cli.md``); extra keys are additions only.

    With ``plan``, each meeting also gets a ``drift`` key (``planner.cli.drift_report.drift_json``)
    and each real-time role its suggestion, checked over a year (``planner.cli.gaps_report``).
    """
    from planner.analysis.suggest import role_suggestions

    drift = _drift(plan, analysis) if plan is not None else {}
    suggestions = role_suggestions(plan, analysis.range, analysis.times) if plan is not None else {}
    return {
        "range": range_json(analysis),
        "pairs": [pair_json(p) for p in analysis.pairs],
        "roles": [role_json(v, suggestion=suggestions.get(v.role.id)) for v in analysis.roles],
        "meetings": [meeting_json(m, drift.get(m.meeting_id)) for m in analysis.meetings],
        "tzdata": tz_version(),
    }


def write_analysis_json(analysis: Analysis, plan: Plan, out: TextIO) -> None:
    """:func:`analysis_json` written pair by pair as it is computed (``json_stream`` layout).

    With ``analyze(..., lazy_pairs=True)`` no more than one pair is in memory at a time.
    """
    from planner.analysis.suggest import role_suggestions
    from planner.cli.json_stream import write_document

    drift = _drift(plan, analysis)
    suggestions = role_suggestions(plan, analysis.range, analysis.times)
    write_document(
        out,
        {
            "range": range_json(analysis),
            "pairs": (pair_json(p, windows_text) for p in analysis.pairs),
            "roles": (
                role_json(v, windows_text, suggestions.get(v.role.id)) for v in analysis.roles
            ),
            "meetings": (meeting_json(m, drift.get(m.meeting_id)) for m in analysis.meetings),
            "tzdata": tz_version(),
        },
    )


def _hours(minutes: int | None) -> str:
    if minutes is None:
        return "-"
    return f"{minutes // 60}h{minutes % 60:02d}"


def analysis_text(plan: Plan, analysis: Analysis) -> str:
    """A readable report: pairs, role verdicts with PASS/FAIL, meeting occurrences."""
    zone = analysis.range.zone
    lines = [
        f"{plan.title or 'Plan'}",
        f"Range: {analysis.range.first} to {analysis.range.last} ({zone})",
        "",
        "Overlap (client / vendor):",
    ]
    for pair in analysis.pairs:
        lines.append(
            f"  {pair.client:<12} {pair.vendor:<12} {_hours(pair.total_minutes):>9} in {len(pair.windows)} windows"
        )
    if not analysis.pairs:
        lines.append("  (no client and vendor pair)")
    lines += ["", "Roles:"]
    from planner.analysis.suggest import role_suggestions

    suggestions = role_suggestions(plan, analysis.range, analysis.times)
    for verdict in analysis.roles:
        role = verdict.role
        badge = "PASS" if verdict.meets else "FAIL"
        if isinstance(verdict, RealtimeVerdict):
            coverage = (
                "-" if verdict.coverage_percent is None else f"{verdict.coverage_percent:.2f}%"
            )
            lines.append(
                f"  [{badge}] {role.id} (real-time, {role.client} <- {role.vendor}): coverage {coverage}"
                f" (needs {role.min_coverage_percent:g}%), {plural(len(verdict.gaps), 'gap')}"
            )
            for a, b in verdict.gaps[:10]:
                lines.append(
                    f"      gap {local_datetime(zone, a):%a %Y-%m-%d %H:%M} - "
                    f"{local_datetime(zone, b):%H:%M}"
                )
            if len(verdict.gaps) > 10:
                lines.append(f"      ... and {len(verdict.gaps) - 10} more")
            lines += [f"      {line}" for line in realtime_text(plan, verdict, zone)]
            lines += [f"      {line}" for line in suggestion_text(plan, suggestions[role.id])]
            if verdict.staffing is not None:
                from planner.cli.staffing_report import staffing_text

                lines += staffing_text(plan, role, verdict.staffing, zone)
        elif isinstance(verdict, AsyncVerdict):
            wait = (
                "not reachable within 14 days"
                if verdict.max_wait_minutes is None
                else _hours(verdict.max_wait_minutes)
            )
            lines.append(
                f"  [{badge}] {role.id} (async, {role.client} <- {role.vendor}): "
                f"least daily overlap {_hours(verdict.min_daily_overlap_minutes)} (needs {role.min_overlap_minutes} min),"
                f" longest wait {wait} (allowed {role.max_reply_hours:g} h)"
            )
            below = verdict.days_below_minimum
            if below:
                shown = ", ".join(f"{d.day} ({d.minutes} min)" for d in below[:8])
                more = f" and {len(below) - 8} more" if len(below) > 8 else ""
                lines.append(f"      days below the minimum: {shown}{more}")
            if verdict.backlog is not None:
                from planner.cli.staffing_report import backlog_text

                lines += backlog_text(verdict.backlog, role)
    if not analysis.roles:
        lines.append("  (no roles)")
    lines += ["", "Meetings:"]
    drifts = _drift(plan, analysis)
    for report in analysis.meetings:
        meeting = plan.meeting(report.meeting_id)
        lines.append(f"  {meeting.id}: {meeting.title}")
        for o in report.occurrences:
            times = ", ".join(
                f"{t} {local_datetime(plan.team(t).zone, o.start):%H:%M}" for t in meeting.teams
            )
            if o.skipped:
                state = f"skipped ({o.reason})"
            elif o.conflicts:
                state = "conflict: " + ", ".join(o.conflicts)
            else:
                state = "ok"
            day = local_date(plan.meeting_zone(meeting), o.start)
            lines.append(f"      {day} {times}  {state}")
        if not report.occurrences:
            lines.append("      (no occurrence in range)")
        held = sum(1 for o in report.occurrences if not o.skipped)
        lines += [f"      {line}" for line in drift_text(drifts[report.meeting_id], held)]
    if not analysis.meetings:
        lines.append("  (no meetings)")
    return "\n".join(lines) + "\n"
