"""The year view's strips of the plan shown, kept while the plan stays and made ahead.

A year of a large organisation has thousands of strips; the chart makes those it draws
(``planner.chart.year.YearStrips``) and keeps them here for the plan object shown, so a
switch back to the year view, or the minute's refresh, works out nothing again. After the
plan changes, the strips a switch to the year view shows first are worked out while the
window is idle.
"""

from __future__ import annotations

from datetime import date

from planner.chart.blocks import selected_pairs
from planner.chart.offsets import offset_changes
from planner.chart.year import YearStrip, YearTeams
from planner.errors import PlannerError
from planner.plan.model import Plan
from planner.time.local import day_range
from planner.time.zones import load_zone
from ui.chart.state import ChartState


class YearKeeper:
    """The :class:`YearTeams` of the plan shown (one plan, zone and year at a time)."""

    def __init__(self) -> None:
        self.teams: YearTeams | None = None

    def for_chart(self, plan: Plan, zone: str, state: ChartState) -> YearTeams | None:
        """What a chart of ``plan`` reads its strips from (None outside the year view).

        Another plan object (an edit, a drag's preview) drops what was kept.
        """
        teams = self.teams
        if teams is not None and teams.plan is not plan:
            teams = self.teams = None
        if state.view == "year" and (teams is None or not teams.fits(plan, zone, state.day.year)):
            load_zone(zone)
            teams = self.teams = YearTeams(plan, zone, state.day.year)
        return teams

    def warm(self, plan: Plan, state: ChartState, count: int) -> list[YearStrip]:
        """Work out the first ``count`` strips the year view of ``plan`` would show."""
        zone = state.zone or plan.reference_zone
        try:
            load_zone(zone)
            pairs = selected_pairs(plan, state.pair, state.role)
        except (PlannerError, ValueError, KeyError):
            return []  # the chart says what is wrong when it is shown
        teams = self.teams
        if teams is None or not teams.fits(plan, zone, state.day.year):
            teams = self.teams = YearTeams(plan, zone, state.day.year)
        # The teams' clock changes over the year (the legend's offsets), kept per zone.
        start, end = day_range(zone, date(teams.year, 1, 1), date(teams.year, 12, 31))
        for team_zone in {team.zone for team in plan.teams}:
            offset_changes(team_zone, start, end)
        return [teams.strip(*pair) for pair in pairs[:count]]
