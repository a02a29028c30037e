"""How much a printed or exported chart may draw, checked before anything is computed.

A week of the chart draws a row per team and an overlap row per selected client/vendor
pair on each day; the year view a strip per pair. A plan with many teams printed over many
weeks draws so many rows that the export takes minutes and gigabytes (an SVG of 99 teams
over 53 weeks was 1.4 GB after 6 minutes): such a chart is refused up front, with the
number of weeks that fits, instead.
"""

from __future__ import annotations

from planner.chart.blocks import selected_pairs
from planner.errors import PlannerError
from planner.plan.model import Plan
from ui.chart.state import ChartState

#: Rows one export or print may draw; a year strip counts as STRIP_ROWS rows. 53 weeks of
#: 12 teams and 20 pairs draw 11,872: 20 s and 360 MB for an SVG. A strip is painted as
#: runs of equal days (a few dozen rectangles), about what a row draws: the year of 200
#: teams (1,900 strips) takes 5-7 s and 170-430 MB as a PDF, an SVG or an 80 dpi PNG.
MAX_DRAWN_ROWS = 20_000
STRIP_ROWS = 1


def drawn_rows(plan: Plan, state: ChartState, weeks: int = 1) -> int:
    """The rows a sheet of ``state`` over ``weeks`` weeks draws (see MAX_DRAWN_ROWS).

    >>> from planner.plan.hours import WeekHours
    >>> from planner.plan.model import Team
    >>> from datetime import date
    >>> hours = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    >>> plan = Plan(teams=(Team("a", "client", "UTC", hours), Team("b", "vendor", "UTC", hours)))
    >>> drawn_rows(plan, ChartState(view="week", day=date(2027, 3, 15)), 2)
    42
    """
    pairs = len(selected_pairs(plan, state.pair, state.role))
    if state.view == "year":
        return len(plan.teams) + pairs * STRIP_ROWS
    days = 1 if state.view == "day" else 7 * weeks
    return days * (len(plan.teams) + pairs)


def max_weeks(plan: Plan, state: ChartState, limit: int = 53) -> int:
    """The most weeks (1 to ``limit``) a week view of ``state`` may print."""
    per_week = drawn_rows(plan, state, 1)
    return max(1, min(limit, MAX_DRAWN_ROWS // max(per_week, 1)))


def check_chart_size(plan: Plan, state: ChartState, weeks: int = 1) -> None:
    """PlannerError when the sheet would draw more than MAX_DRAWN_ROWS rows."""
    rows = drawn_rows(plan, state, weeks)
    if rows <= MAX_DRAWN_ROWS:
        return
    pairs = len(selected_pairs(plan, state.pair, state.role))
    what = f"{len(plan.teams)} teams and {pairs} client/vendor pairs"
    if state.view == "week" and drawn_rows(plan, state, 1) <= MAX_DRAWN_ROWS:
        advice = f"print {max_weeks(plan, state)} weeks or fewer at a time"
    else:
        advice = "show one pair (--pair CLIENT,VENDOR, or select it on the chart)"
    raise PlannerError(
        f"this chart would draw {rows:,} rows ({what}); one export draws at most "
        f"{MAX_DRAWN_ROWS:,}: {advice}"
    )
