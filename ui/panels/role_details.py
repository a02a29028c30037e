"""A real-time role's details in the Roles panel: gaps by cause and the suggestion checked over a year."""

from __future__ import annotations

import html
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.analysis.gaps import GapCauses
    from planner.analysis.overlap import RealtimeVerdict
    from planner.analysis.suggest import Suggestion
    from planner.plan.model import Plan

MAX_LISTED = 40
CAUSE_LABELS = {
    "vendor_off": "vendor holiday or day off",
    "never_worked": "a day the vendor never works",
    "clock_change": "clock-change week",
    "outside_hours": "outside the vendor's hours",
}


def _duration(minutes: int) -> str:
    from planner.chart.labels import format_duration

    return format_duration(minutes)


def _day(value: object) -> str:
    from datetime import date

    assert isinstance(value, date)
    return f"{value:%a} {value.day} {value:%b %Y}"


def format_span(start: int, end: int, zone: str, clock24: bool) -> str:
    """An interval of instants as local wall time: ``Mon 2027-03-15 09:00 to 10:00``."""
    from datetime import timedelta

    from planner.chart.labels import format_minute
    from planner.time.zones import load_zone

    info = load_zone(zone)
    first = datetime.fromtimestamp(start, tz=info)
    last = datetime.fromtimestamp(end, tz=info)
    head = f"{first:%a %Y-%m-%d} {format_minute(first.hour * 60 + first.minute, clock24)}"
    if last.date() == first.date():
        tail = format_minute(last.hour * 60 + last.minute, clock24)
    elif last.date() == first.date() + timedelta(days=1) and last.hour == last.minute == 0:
        tail = format_minute(24 * 60, clock24)
    else:
        tail = f"{last:%a %Y-%m-%d} {format_minute(last.hour * 60 + last.minute, clock24)}"
    return f"{head} to {tail}"


def cause_summary(causes: GapCauses) -> str:
    """``16 vendor holiday or day off, 165 outside the vendor's hours`` ("" without gaps)."""
    from planner.analysis.gaps import CAUSES

    parts = [f"{len(causes.of(c))} {CAUSE_LABELS[c]}" for c in CAUSES if causes.of(c)]
    return ", ".join(parts)


def gaps_html(plan: Plan, verdict: RealtimeVerdict, clock24: bool) -> str:
    """The uncovered client time, each stretch with its cause."""
    role = verdict.role
    client, vendor = plan.team(role.client), plan.team(role.vendor)
    esc = html.escape
    parts = []
    if verdict.causes.minutes("vendor_off") and verdict.working_days_percent is not None:
        parts.append(
            f"<p>On {esc(vendor.name)}'s working days (leaving out its holidays and days off): "
            f"<b>{verdict.working_days_percent:g}%</b>. The gaps are "
            + ("holidays, not hours." if not verdict.causes.hour_caused else "partly hours.")
            + "</p>"
        )
    pieces = verdict.causes.pieces
    if not pieces:
        return "".join(parts)
    parts.append(f"<p><b>Uncovered client time</b> ({esc(client.zone)}), by cause:</p><ul>")
    for piece in pieces[:MAX_LISTED]:
        span = format_span(piece.start, piece.end, client.zone, clock24)
        cause = CAUSE_LABELS[piece.cause]
        if piece.cause == "vendor_off" and piece.day is not None:
            cause += f": {piece.reason} ({vendor.name}, {_day(piece.day)})"
        elif piece.reason:
            cause += f": {piece.reason}"
        parts.append(f"<li>{esc(span)} ({esc(_duration(piece.minutes))}) \u2014 {esc(cause)}</li>")
    if len(pieces) > MAX_LISTED:
        parts.append(f"<li>\u2026 and {len(pieces) - MAX_LISTED} more</li>")
    parts.append("</ul>")
    return "".join(parts)


def suggestion_html(plan: Plan, suggestion: Suggestion | None, clock24: bool) -> str:
    """The suggestion (or why there is none) and the dates that need holiday cover."""
    from ui.panels.teams_panel import hours_summary

    if suggestion is None:
        return "<p><i>Suggested hours are checked over a year once the drag ends.</i></p>"
    esc = html.escape
    vendor = plan.team(suggestion.role.vendor)
    horizon = suggestion.horizon
    checked = f"checked over {_day(horizon.first)} to {_day(horizon.last)}"
    now = suggestion.coverage_percent
    now_text = "-" if now is None else f"{now:g}%"
    parts = []
    if suggestion.hours is not None:
        after = suggestion.suggested_percent
        people = suggestion.people
        staff = (
            f" That is {people} shifts a day: {people} people each working day."
            if people > 1
            else ""
        )
        parts.append(
            f"<p><b>Suggested {esc(vendor.name)} hours</b> ({esc(vendor.zone)} local time): "
            f"{esc(hours_summary(suggestion.hours, clock24))}.<br>{esc(checked)}: coverage "
            f"{now_text} \u2192 {after:g}%, closes {suggestion.closed_gaps} of "
            f"{suggestion.gap_count} gaps, never lowers coverage.{esc(staff)}</p>"
        )
    elif suggestion.gap_count == 0:
        parts.append(f"<p>No suggested hours: nothing is uncovered ({esc(checked)}).</p>")
    elif not suggestion.causes.hour_caused:
        parts.append(
            f"<p>No suggested hours: every gap falls on a day off of {esc(vendor.name)}, "
            f"which no weekly shift closes ({esc(checked)}, coverage {now_text}).</p>"
        )
    else:
        parts.append(
            f"<p>No suggested hours: the current hours are already the best this shape "
            f"allows ({esc(checked)}, coverage {now_text}).</p>"
        )
    days = suggestion.holiday_days
    if days:
        shown = ", ".join(f"{_day(d)} ({reason})" for d, reason in days[:12])
        more = f" and {len(days) - 12} more" if len(days) > 12 else ""
        parts.append(
            f"<p><b>No shift closes these: plan holiday cover</b> (right-click the vendor's "
            f"row on that date, Change Only This Date): {esc(shown + more)}.</p>"
        )
    return "".join(parts)
