"""A real-time role's details in the Roles panel: gaps by cause and the suggestion checked over a year."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from ui.i18n.domain import domain_text
from ui.meetings.dates import day_text, qdate

if TYPE_CHECKING:
    from planner.analysis.gaps import GapCauses
    from planner.analysis.overlap import RealtimeVerdict
    from planner.analysis.suggest import Suggestion
    from planner.plan.model import Plan

MAX_LISTED = 40
CAUSE_LABELS = {
    "vendor_off": QT_TRANSLATE_NOOP("RoleDetails", "vendor holiday or day off"),
    "never_worked": QT_TRANSLATE_NOOP("RoleDetails", "a day the vendor never works"),
    "clock_change": QT_TRANSLATE_NOOP("RoleDetails", "clock-change week"),
    "outside_hours": QT_TRANSLATE_NOOP("RoleDetails", "outside the vendor's hours"),
}
"""Each gap cause in English; :func:`cause_label` is the text shown."""


class RoleDetails(QObject):
    """The plural texts of this module (``self.tr`` gives them the context RoleDetails)."""

    def more_items(self, count: int) -> str:
        """``… and 5 more`` (the end of a shortened list)."""
        return self.tr("\u2026 and %n more", "", count)

    def more_days(self, count: int) -> str:
        """``and 5 more`` (the end of a shortened list of dates)."""
        return self.tr("and %n more", "", count)

    def shifts_a_day(self, people: int) -> str:
        """The staff a suggestion needs, in words (two people or more)."""
        return self.tr("That is %n shifts a day: %n people each working day.", "", people)


@cache
def _plurals() -> RoleDetails:
    return RoleDetails()


def cause_label(cause: str) -> str:
    """A gap cause in the GUI's language."""
    return QCoreApplication.translate("RoleDetails", str(CAUSE_LABELS[cause]))


def more_item(count: int) -> str:
    """The last item of a shortened list: ``<li>… and 5 more</li>``."""
    return "<li>" + _plurals().more_items(count) + "</li>"


def _duration(minutes: int) -> str:
    from planner.chart.labels import format_duration

    return format_duration(minutes)


def _day(value: object) -> str:
    from datetime import date

    from PySide6.QtCore import QLocale

    assert isinstance(value, date)
    return QLocale().toString(qdate(value), "ddd d MMM yyyy")


def format_span(start: int, end: int, zone: str, clock24: bool) -> str:
    """An interval of instants as local wall time: ``Mon 2027-03-15 09:00 to 10:00``."""
    from datetime import timedelta

    from planner.chart.labels import format_minute
    from planner.time.zones import load_zone

    info = load_zone(zone)
    first = datetime.fromtimestamp(start, tz=info)
    last = datetime.fromtimestamp(end, tz=info)
    head = f"{day_text(first.date())} {format_minute(first.hour * 60 + first.minute, clock24)}"
    if last.date() == first.date():
        tail = format_minute(last.hour * 60 + last.minute, clock24)
    elif last.date() == first.date() + timedelta(days=1) and last.hour == last.minute == 0:
        tail = format_minute(24 * 60, clock24)
    else:
        tail = f"{day_text(last.date())} {format_minute(last.hour * 60 + last.minute, clock24)}"
    return QCoreApplication.translate("RoleDetails", "{start} to {end}").format(
        start=head, end=tail
    )


def cause_summary(causes: GapCauses) -> str:
    """``16 vendor holiday or day off, 165 outside the vendor's hours`` ("" without gaps)."""
    from planner.analysis.gaps import CAUSES

    parts = [
        QCoreApplication.translate("RoleDetails", "{count} {cause}").format(
            count=len(causes.of(c)), cause=cause_label(c)
        )
        for c in CAUSES
        if causes.of(c)
    ]
    return ", ".join(parts)


def gaps_html(plan: Plan, verdict: RealtimeVerdict, clock24: bool) -> str:
    """The uncovered client time, each stretch with its cause."""
    role = verdict.role
    client, vendor = plan.team(role.client), plan.team(role.vendor)
    from html import escape as esc  # a role's details only: not on the way to the start

    parts = []
    if verdict.causes.minutes("vendor_off") and verdict.working_days_percent is not None:
        text = (
            QCoreApplication.translate(
                "RoleDetails",
                "On {vendor}'s working days (leaving out its holidays and days off): "
                "<b>{percent}%</b>. The gaps are holidays, not hours.",
            )
            if not verdict.causes.hour_caused
            else QCoreApplication.translate(
                "RoleDetails",
                "On {vendor}'s working days (leaving out its holidays and days off): "
                "<b>{percent}%</b>. The gaps are partly hours.",
            )
        )
        percent = f"{verdict.working_days_percent:g}"
        parts.append(f"<p>{text.format(vendor=esc(vendor.name), percent=percent)}</p>")
    pieces = verdict.causes.pieces
    if not pieces:
        return "".join(parts)
    heading = QCoreApplication.translate(
        "RoleDetails", "<b>Uncovered client time</b> ({zone}), by cause:"
    ).format(zone=esc(client.zone))
    parts.append(f"<p>{heading}</p><ul>")
    for piece in pieces[:MAX_LISTED]:
        span = format_span(piece.start, piece.end, client.zone, clock24)
        cause = cause_label(piece.cause)
        if piece.cause == "vendor_off" and piece.day is not None:
            cause = QCoreApplication.translate(
                "RoleDetails", "{cause}: {reason} ({vendor}, {day})"
            ).format(
                cause=cause,
                reason=domain_text(piece.reason),
                vendor=vendor.name,
                day=_day(piece.day),
            )
        elif piece.reason:
            cause = QCoreApplication.translate("RoleDetails", "{cause}: {reason}").format(
                cause=cause, reason=domain_text(piece.reason)
            )
        parts.append(f"<li>{esc(span)} ({esc(_duration(piece.minutes))}) \u2014 {esc(cause)}</li>")
    if len(pieces) > MAX_LISTED:
        parts.append(more_item(len(pieces) - MAX_LISTED))
    parts.append("</ul>")
    return "".join(parts)


def suggestion_html(plan: Plan, suggestion: Suggestion | None, clock24: bool) -> str:
    """The suggestion (or why there is none) and the dates that need holiday cover."""
    from ui.panels.teams_panel import hours_summary

    if suggestion is None:
        return (
            "<p><i>"
            + QCoreApplication.translate(
                "RoleDetails", "Suggested hours are checked over a year once the drag ends."
            )
            + "</i></p>"
        )
    from html import escape as esc  # a role's details only: not on the way to the start

    vendor = plan.team(suggestion.role.vendor)
    horizon = suggestion.horizon
    checked = QCoreApplication.translate("RoleDetails", "checked over {start} to {end}").format(
        start=_day(horizon.first), end=_day(horizon.last)
    )
    now = suggestion.coverage_percent
    now_text = "-" if now is None else f"{now:g}%"
    parts = []
    if suggestion.hours is not None:
        after = suggestion.suggested_percent
        people = suggestion.people
        staff = " " + _plurals().shifts_a_day(people) if people > 1 else ""
        text = QCoreApplication.translate(
            "RoleDetails",
            "<b>Suggested {vendor} hours</b> ({zone} local time): {hours}.<br>{checked}: coverage "
            "{before} \u2192 {after}%, closes {closed} of {gaps} gaps, never lowers coverage.",
        ).format(
            vendor=esc(vendor.name),
            zone=esc(vendor.zone),
            hours=esc(hours_summary(suggestion.hours, clock24)),
            checked=esc(checked),
            before=now_text,
            after=f"{after:g}",
            closed=suggestion.closed_gaps,
            gaps=suggestion.gap_count,
        )
        parts.append(f"<p>{text}{esc(staff)}</p>")
    elif suggestion.gap_count == 0:
        text = QCoreApplication.translate(
            "RoleDetails", "No suggested hours: nothing is uncovered ({checked})."
        )
        parts.append(f"<p>{text.format(checked=esc(checked))}</p>")
    elif not suggestion.has_hour_causes:
        text = QCoreApplication.translate(
            "RoleDetails",
            "No suggested hours: every gap falls on a day off of {vendor}, "
            "which no weekly shift closes ({checked}, coverage {coverage}).",
        )
        parts.append(
            f"<p>{text.format(vendor=esc(vendor.name), checked=esc(checked), coverage=now_text)}</p>"
        )
    else:
        text = QCoreApplication.translate(
            "RoleDetails",
            "No suggested hours: the current hours are already the best this shape "
            "allows ({checked}, coverage {coverage}).",
        )
        parts.append(f"<p>{text.format(checked=esc(checked), coverage=now_text)}</p>")
    days = suggestion.holiday_days
    if days:
        shown = ", ".join(f"{_day(d)} ({reason})" for d, reason in days[:12])
        more = " " + _plurals().more_days(len(days) - 12) if len(days) > 12 else ""
        text = QCoreApplication.translate(
            "RoleDetails",
            "<b>No shift closes these: plan holiday cover</b> (right-click the vendor's "
            "row on that date, Change Only This Date): {days}.",
        )
        parts.append(f"<p>{text.format(days=esc(shown + more))}</p>")
    return "".join(parts)
