"""What the slot finder shows and returns: table cells and tooltips, the rotation, the choice."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from PySide6.QtCore import QCoreApplication

from planner.meetings.candidates import Candidate
from planner.meetings.rotation import Rotation
from planner.meetings.slots import SlotSearch
from planner.plan.meeting import Meeting, Repeat
from ui.i18n.domain import domain_text
from ui.meetings.dates import day_text
from ui.meetings.rows import clock_text


@dataclass(frozen=True, slots=True)
class SlotChoice:
    """What the user chose.

    Attributes:
        zone: the zone of the start (the first team's zone).
        start_date: the first occurrence (series) or the day (one-off, kickoff).
        start_time: the wall-clock start in ``zone``.
        teams: the participating team ids.
        duration_minutes: the meeting length.
        repeat: the repeat rule, None for a one-off.
        rotation: the fair rotation's two meetings when the user chose it, else None.
    """

    zone: str
    start_date: date
    start_time: time
    teams: tuple[str, ...]
    duration_minutes: int
    repeat: Repeat | None
    rotation: tuple[Meeting, Meeting] | None = None


def candidate_cells(
    search: SlotSearch, candidate: Candidate, rank: int, clock24: bool
) -> list[str]:
    """The slot table's cells of one candidate: rank, start, each team, score, fits, dates."""
    start = clock_text(f"{candidate.start:%H:%M}", clock24)
    if candidate.day is not None:
        start = f"{day_text(candidate.day)} {start}"
    cells = [str(rank), start]
    for cost in candidate.costs():
        clocks = search.local_times(candidate, cost.team)
        when = " / ".join(clock_text(clock, clock24) for clock, _ in clocks)
        level = cost.levels[0][0].label if candidate.day is not None else cost.summary()
        cells.append(f"{when}  {level}")
    fits = (
        QCoreApplication.translate("SlotResults", "yes")
        if candidate.fits_all
        else QCoreApplication.translate("SlotResults", "no")
    )
    if candidate.day is None:
        fits = f"{candidate.fits} / {candidate.held_count}"
    failing = ", ".join(o.day.isoformat() for o in candidate.failing)
    if candidate.day is not None:
        failing = ""
    skipped = ", ".join(o.day.isoformat() for o in candidate.skipped)
    return [*cells, f"{candidate.score:.1f}", fits, failing, skipped]


def candidate_details(search: SlotSearch, candidate: Candidate) -> str:
    """The tooltip of a candidate's row: who leaves their hours on which date, what is skipped."""
    lines = []
    for o in candidate.failing:
        who = ", ".join(
            f"{search.plan.team(t).name} {c.label}"
            for t, c in zip(search.teams, o.comforts, strict=True)
            if not c.working
        )
        lines.append(f"{day_text(o.day)}: {who}")
    skipped = QCoreApplication.translate("SlotResults", "{day}: skipped ({reason})")
    lines += [
        skipped.format(day=day_text(o.day), reason=domain_text(o.skipped))
        for o in candidate.skipped
    ]
    return "\n".join(lines[:20]) or QCoreApplication.translate(
        "SlotResults", "Inside everyone's working hours on every occurrence."
    )


def rotation_summary(rotation: Rotation, clock24: bool) -> str:
    """The rotation in one paragraph: each slot from its first date, and whether it helps."""
    search = rotation.search
    parts = []
    for index, slot in enumerate(rotation.slots):
        half = rotation.half(index)
        label = "AB"[index]
        parts.append(
            QCoreApplication.translate("SlotResults", "{label}: {time} {zone} from {day}").format(
                label=label,
                time=clock_text(f"{slot.start:%H:%M}", clock24),
                zone=search.zone,
                day=day_text(half[0].day),
            )
        )
    freq = search.repeat.freq if search.repeat else "weekly"
    if freq == "daily":
        text = QCoreApplication.translate("SlotResults", "Alternate day by day: {slots}.")
    elif freq == "monthly":
        text = QCoreApplication.translate("SlotResults", "Alternate month by month: {slots}.")
    else:
        text = QCoreApplication.translate("SlotResults", "Alternate week by week: {slots}.")
    text = text.format(slots="; ".join(parts))
    if not rotation.helps:
        text += " " + QCoreApplication.translate(
            "SlotResults",
            "Alternating does not lower anyone's worst tally here: keep a single start time.",
        )
    return text
