"""A real-time role's gap causes and verified suggestion, as ``analyze`` JSON keys and text lines."""

from __future__ import annotations

from datetime import date
from typing import Any

from planner.analysis.gaps import CAUSES, CausedGap, GapCauses
from planner.analysis.overlap import RealtimeVerdict
from planner.analysis.suggest import Suggestion
from planner.plan.model import Plan
from planner.time.intervals import format_instant
from planner.time.local import local_datetime

SHOWN_GROUPS = 6
CAUSE_TEXT = {
    "vendor_off": "vendor holiday or day off",
    "never_worked": "a client day the vendor never works",
    "clock_change": "clock-change weeks",
    "outside_hours": "outside the vendor's hours",
}


def plural(count: int, word: str, many: str | None = None) -> str:
    """``1 gap``, ``2 gaps``.

    >>> plural(1, "gap"), plural(3, "gap"), plural(2, "person", "people")
    ('1 gap', '3 gaps', '2 people')
    """
    return f"{count} {word if count == 1 else many or word + 's'}"


def cause_groups(causes: GapCauses) -> list[tuple[CausedGap, list[CausedGap]]]:
    """The pieces grouped by cause and reason (a day off: by its date), in time order.

    Returns:
        (first piece, every piece of the group) for each group.
    """
    groups: dict[tuple[str, str, date | None], list[CausedGap]] = {}
    for piece in causes.pieces:
        groups.setdefault((piece.cause, piece.reason, piece.day), []).append(piece)
    return [(pieces[0], pieces) for pieces in groups.values()]


def gap_causes_json(causes: GapCauses) -> list[dict[str, Any]]:
    """``gap_causes`` of ``analyze --json`` (``cli.md``)."""
    result = []
    for first, pieces in cause_groups(causes):
        entry: dict[str, Any] = {
            "cause": first.cause,
            "minutes": sum(p.minutes for p in pieces),
        }
        if first.day is not None:
            entry["date"] = first.day.isoformat()
        if first.reason:
            entry["reason"] = first.reason
        entry["gaps"] = [
            {"start": format_instant(p.start), "end": format_instant(p.end)} for p in pieces
        ]
        result.append(entry)
    return result


def suggestion_json(suggestion: Suggestion) -> dict[str, Any]:
    """``suggestion_horizon``, ``suggested_hours`` and ``suggestion`` of a real-time role."""
    horizon = suggestion.horizon
    return {
        "suggestion_horizon": {"from": horizon.first.isoformat(), "to": horizon.last.isoformat()},
        "suggested_hours": suggestion.hours.to_mapping() if suggestion.hours else None,
        "suggestion": {
            "offered": suggestion.offered,
            "coverage_percent": suggestion.coverage_percent,
            "suggested_coverage_percent": suggestion.suggested_percent,
            "gaps": suggestion.gap_count,
            "closed_gaps": suggestion.closed_gaps,
            "people": suggestion.people,
            "holiday_cover": [
                {"date": day.isoformat(), "reason": reason}
                for day, reason in suggestion.holiday_days
            ],
        },
    }


def realtime_json(verdict: RealtimeVerdict, suggestion: Suggestion | None) -> dict[str, Any]:
    """The keys a real-time role adds to ``analyze --json`` beyond coverage and gaps."""
    entry: dict[str, Any] = {
        "working_days_coverage_percent": verdict.working_days_percent,
        "gap_causes": gap_causes_json(verdict.causes),
    }
    if suggestion is not None:
        entry.update(suggestion_json(suggestion))
    return entry


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}%"


def _hours_text(mapping: dict[str, list[str]]) -> str:
    return ", ".join(f"{k} {' '.join(v)}" for k, v in mapping.items()) or "no hours"


def suggestion_text(plan: Plan, suggestion: Suggestion) -> list[str]:
    """What ``analyze`` prints about a role's suggestion (and the holiday cover it needs)."""
    role = suggestion.role
    vendor = plan.team(role.vendor)
    horizon = suggestion.horizon
    checked = f"checked over {horizon.first} to {horizon.last}"
    lines = []
    if suggestion.hours is not None:
        people = suggestion.people
        staff = (
            f"; {plural(people, 'shift')} a day: {plural(people, 'person', 'people')} "
            "each working day"
            if people > 1
            else ""
        )
        lines.append(
            f"suggested {vendor.id} hours ({vendor.zone}): "
            f"{_hours_text(suggestion.hours.to_mapping())} ({checked}: coverage "
            f"{_percent(suggestion.coverage_percent)} -> {_percent(suggestion.suggested_percent)}, "
            f"closes {suggestion.closed_gaps} of {plural(suggestion.gap_count, 'gap')}{staff})"
        )
    elif suggestion.gap_count == 0:
        lines.append(f"no suggestion: nothing is uncovered ({checked})")
    elif not suggestion.has_hour_causes:
        lines.append(
            f"no suggestion: every gap is a day off of {vendor.id}, which no weekly shift closes "
            f"({checked}, coverage {_percent(suggestion.coverage_percent)})"
        )
    else:
        lines.append(
            f"no suggestion: the current {vendor.id} hours are already the best this shape allows "
            f"({checked}, coverage {_percent(suggestion.coverage_percent)})"
        )
    days = suggestion.holiday_days
    if days:
        shown = ", ".join(f"{d} {reason}" for d, reason in days[:8])
        more = f" and {len(days) - 8} more" if len(days) > 8 else ""
        lines.append(f"no shift closes these: plan holiday cover on {shown}{more}")
    return lines


def realtime_text(plan: Plan, verdict: RealtimeVerdict, zone: str) -> list[str]:
    """What ``analyze`` prints about a real-time role's gaps: coverage on working days, causes."""
    role = verdict.role
    lines = []
    if verdict.causes.minutes("vendor_off"):
        lines.append(
            f"coverage on {role.vendor}'s working days: {_percent(verdict.working_days_percent)} "
            "(leaving out its holidays and days off)"
        )
    totals = [
        f"{plural(len(verdict.causes.of(cause)), 'gap')} {CAUSE_TEXT[cause]}"
        for cause in CAUSES
        if verdict.causes.of(cause)
    ]
    if totals:
        lines.append("by cause: " + "; ".join(totals))
    groups = cause_groups(verdict.causes)
    for first, pieces in groups[:SHOWN_GROUPS]:
        minutes = sum(p.minutes for p in pieces)
        what = CAUSE_TEXT[first.cause]
        if first.cause == "vendor_off" and first.day is not None:
            what += f": {first.reason} ({role.vendor} {first.day})"
        elif first.reason:
            what += f": {first.reason}"
        start = local_datetime(zone, first.start)
        when = f"{start:%a %Y-%m-%d %H:%M}" + (
            f" and {plural(len(pieces) - 1, 'more gap')}" if len(pieces) > 1 else ""
        )
        lines.append(f"{minutes // 60}h{minutes % 60:02d} {what}, from {when}")
    if len(groups) > SHOWN_GROUPS:
        lines.append(f"... and {plural(len(groups) - SHOWN_GROUPS, 'more cause')}")
    return lines
