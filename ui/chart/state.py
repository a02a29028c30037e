"""What a chart shows: the view, the date, the zone, the highlighted pair and role."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from planner.chart.data import View


@dataclass(frozen=True, slots=True)
class ChartState:
    """The chart's settings, shared by the widget, printing and export.

    Attributes:
        view: "day", "week" or "year".
        day: the date shown (any date of the week or year for those views).
        zone: the reference zone of the axis; None means the plan's reference zone.
        pair: the highlighted (client id, vendor id); None, or None in either place, means all.
        role: a role whose pair and uncovered time are highlighted, or None.
        clock24: 24-hour labels (else 12-hour).
    """

    view: View
    day: date
    zone: str | None = None
    pair: tuple[str | None, str | None] | None = None
    role: str | None = None
    clock24: bool = True
