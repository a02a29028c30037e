"""How a meeting reads in tables: clock texts, occurrence rows and series summaries.

Shared by the Meetings panel, the meeting editor's preview, the slot finder and the DST
drift view.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from ui.i18n.domain import domain_text
from ui.meetings.dates import day_text, english, list_text, moment_text, number_text, wall_text

if TYPE_CHECKING:
    from planner.meetings.occurrences import Occurrence
    from planner.plan.meeting import Meeting
    from planner.plan.model import Plan


def clock_text(clock: str, clock24: bool) -> str:
    """``HH:MM`` (with an optional ``+1``/``-1``) on a 24- or 12-hour clock.

    >>> clock_text("17:30+1", False)
    '5:30 PM +1'
    """
    base, shift = clock[:5], clock[5:]
    if not english():
        from ui.i18n.formats import digits

        base = wall_text(int(base[:2]) * 60 + int(base[3:]), clock24)
        return f"{base} {digits(shift)}" if shift else base
    if not clock24:
        hours, minutes = int(base[:2]), base[3:]
        suffix = "AM" if hours < 12 else "PM"
        base = f"{(hours % 12) or 12}:{minutes} {suffix}"
    return f"{base} {shift}" if shift else base


SERIES_DAYS = 366
"""The occurrence table lists the first year of a series."""


class OccurrenceRows(QObject):
    """The plural texts of this module (``self.tr`` gives them the context OccurrenceRows)."""

    def conflicts(self, count: int) -> str:
        """``1 conflict``, ``2 conflicts``."""
        return self.tr("%n conflict(s)", "", count)


@cache
def _plurals() -> OccurrenceRows:
    return OccurrenceRows()


@dataclass(frozen=True, slots=True)
class OccurrenceCells:
    """One occurrence as the table shows it.

    Attributes:
        when: the start in the meeting's zone: ``Tue 2027-01-05 10:00``.
        local_times: (team name, local start) for each participant: ``Tue 23:00``.
        status: ``OK``, ``Conflict: …`` or ``Skipped: …``.
        state: "ok", "conflict" or "skipped".
    """

    when: str
    local_times: tuple[tuple[str, str], ...]
    status: str
    state: str


def series_occurrences(plan: Plan, meeting: Meeting, days: int = SERIES_DAYS) -> list[Occurrence]:
    """The occurrences starting in the first ``days`` local days of the series."""
    from planner.meetings.occurrences import meeting_occurrences
    from planner.time.local import day_range

    zone = plan.meeting_zone(meeting)
    start, end = day_range(zone, meeting.start_date, meeting.start_date + timedelta(days=days - 1))
    return meeting_occurrences(plan, meeting, start, end)


def first_occurrences(plan: Plan, meeting: Meeting, count: int) -> list[Occurrence]:
    """The first ``count`` occurrences (the series starts on its start date)."""
    days = 1 if count == 1 else SERIES_DAYS
    return series_occurrences(plan, meeting, days)[:count]


def occurrence_cells(
    plan: Plan, meeting: Meeting, occurrence: Occurrence, clock24: bool
) -> OccurrenceCells:
    """What the table and the editor's preview show for one occurrence."""
    from planner.time.local import local_datetime

    wall = occurrence.wall
    when = f"{day_text(wall.date())} {wall_text(wall.hour * 60 + wall.minute, clock24)}"
    local_times = tuple(
        (
            plan.team(t).name,
            moment_text(local_datetime(plan.team(t).zone, occurrence.start), clock24),
        )
        for t in meeting.teams
    )
    if occurrence.skipped:
        status = QCoreApplication.translate("OccurrenceRows", "Skipped: {reason}")
        return OccurrenceCells(
            when, local_times, status.format(reason=domain_text(occurrence.reason)), "skipped"
        )
    if occurrence.conflicts:
        names = list_text([plan.team(t).name for t in occurrence.conflicts])
        status = QCoreApplication.translate("OccurrenceRows", "Conflict: {teams} not working")
        return OccurrenceCells(when, local_times, status.format(teams=names), "conflict")
    status = QCoreApplication.translate("OccurrenceRows", "OK: inside everyone's hours")
    return OccurrenceCells(when, local_times, status, "ok")


def series_summary(occurrences: list[Occurrence]) -> str:
    """``52: 50 OK, 1 conflict, 1 skipped``."""
    skipped = sum(1 for o in occurrences if o.skipped)
    conflicts = sum(1 for o in occurrences if not o.skipped and o.conflicts)
    ok = len(occurrences) - skipped - conflicts
    parts = [
        QCoreApplication.translate("OccurrenceRows", "{count} OK").format(count=number_text(ok))
    ]
    if conflicts:
        parts.append(_plurals().conflicts(conflicts))
    if skipped:
        parts.append(
            QCoreApplication.translate("OccurrenceRows", "{count} skipped").format(
                count=number_text(skipped)
            )
        )
    summary = QCoreApplication.translate("OccurrenceRows", "{total}: {parts}")
    return summary.format(total=number_text(len(occurrences)), parts=list_text(parts))
