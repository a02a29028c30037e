"""Everything the overlap chart shows, computed from a plan for a view, a date and a zone.

Pure Python (no Qt): the painter in ``ui/chart`` only draws what this package returns, so
every figure on the chart (which instants are shaded, tinted, highlighted or marked) is
tested here without a screen.

The chart's horizontal axis is real time: a day block covers ``[day 00:00, day + 1 00:00)``
in the reference zone, which is 23 or 25 hours long on the days that zone changes its
clocks. Each team's row carries its own local hour ticks, so a row in a zone with a
``:30`` or ``:45`` offset has its hour marks between the axis' marks.

Tints follow each team's LOCAL wall time (see ``planner.chart.tints``): a Manila night
shift is tinted "night" however the reference zone reads it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from planner.chart.blocks import DayBlock, day_block, selected_pairs
from planner.chart.meetings import MeetingBand, bands_in, meeting_bands
from planner.chart.offsets import offset_at, offset_changes
from planner.chart.year import YearStrip, YearStrips, YearTeams, year_strips
from planner.plan.model import Plan
from planner.time.intervals import Instant
from planner.time.local import day_range
from planner.time.zones import format_offset, load_zone

View = Literal["day", "week", "year"]


VIEWS: tuple[View, ...] = ("day", "week", "year")


@dataclass(frozen=True, slots=True)
class TeamZone:
    """A team's zone and the UTC offsets it has during the chart's dates (for legends).

    ``city`` is the team's city, or "" (the row labels show it with the zone).
    """

    team_id: str
    name: str
    side: str
    zone: str
    offsets: tuple[str, ...]
    city: str = ""

    @property
    def offset_label(self) -> str:
        """``UTC+08:00`` or ``UTC-05:00 / UTC-04:00`` when the range has both."""
        return " / ".join(f"UTC{o}" for o in self.offsets)


@dataclass(frozen=True, slots=True)
class ChartData:
    """Everything one chart shows.

    Attributes:
        view: "day", "week" or "year".
        zone: the reference zone of the axis.
        first, last: the dates shown (inclusive, in the reference zone).
        title: the plan's title.
        blocks: the day blocks (one for "day", seven for "week", none for "year").
        strips: the year strips (one per selected pair; "year" only), made as they are
            read when the chart was asked for with ``year_teams``.
        teams: each team's zone and offsets over the dates shown.
        pairs: the selected (client id, vendor id) pairs.
        role_id: the highlighted role, or None.
    """

    view: View
    zone: str
    first: date
    last: date
    title: str
    blocks: tuple[DayBlock, ...]
    strips: Sequence[YearStrip]
    teams: tuple[TeamZone, ...]
    pairs: tuple[tuple[str, str], ...]
    role_id: str | None


def week_days(day: date) -> tuple[date, ...]:
    """Monday to Sunday of the week containing ``day``.

    >>> week_days(date(2027, 3, 10))[0]
    datetime.date(2027, 3, 8)
    """
    monday = day - timedelta(days=day.weekday())
    return tuple(monday + timedelta(days=i) for i in range(7))


def view_dates(view: View, day: date) -> tuple[date, date]:
    """The first and last date a view of ``day`` shows.

    >>> view_dates("year", date(2027, 3, 10))
    (datetime.date(2027, 1, 1), datetime.date(2027, 12, 31))
    """
    if view == "day":
        return day, day
    if view == "week":
        days = week_days(day)
        return days[0], days[-1]
    if view == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    raise ValueError(f"unknown view {view!r}: use day, week or year")


def team_zones(plan: Plan, start: Instant, end: Instant) -> tuple[TeamZone, ...]:
    """Each team's zone and its offsets in ``[start, end)``, for the labels and legends."""
    result = []
    by_zone: dict[str, tuple[str, ...]] = {}  # an organisation has far fewer zones than teams
    for team in plan.teams:
        found = by_zone.get(team.zone)
        if found is None:
            offsets = [format_offset(timedelta(seconds=offset_at(team.zone, start)))]
            for change in offset_changes(team.zone, start, end):
                if change.after not in offsets:
                    offsets.append(change.after)
            found = by_zone[team.zone] = tuple(offsets)
        result.append(TeamZone(team.id, team.name, team.side, team.zone, found, team.city or ""))
    return tuple(result)


def dressed_blocks(
    plan: Plan,
    blocks: tuple[DayBlock, ...],
    pairs: tuple[tuple[str, str], ...],
    bands: Sequence[tuple[MeetingBand, ...]] | None = None,
) -> tuple[DayBlock, ...]:
    """The day blocks with their meeting bands and staffing rows.

    ``bands``: each block's meeting bands, when they are known (worked out here if None).
    """
    if bands is not None:
        blocks = tuple(replace(b, meetings=m) for b, m in zip(blocks, bands, strict=True))
    elif plan.meetings and blocks:
        every = meeting_bands(plan, blocks[0].start, blocks[-1].end)
        blocks = tuple(replace(b, meetings=bands_in(every, b.start, b.end)) for b in blocks)
    if any(role.demand is not None for role in plan.roles):
        from planner.chart.staffing import with_staffing

        blocks = with_staffing(plan, blocks, pairs)
    return blocks


def chart_data(
    plan: Plan,
    view: View,
    day: date,
    *,
    zone: str | None = None,
    pair: tuple[str | None, str | None] | None = None,
    role_id: str | None = None,
    now: Instant | None = None,
    days: Iterable[date] | None = None,
    year_teams: YearTeams | None = None,
) -> ChartData:
    """Everything a chart of ``plan`` shows.

    Args:
        plan: the plan.
        view: "day" (``day``), "week" (Monday to Sunday around ``day``) or "year" (its year).
        day: a date in the reference zone.
        zone: the reference zone of the axis; None for the plan's.
        pair: the highlighted (client id, vendor id); either or both may be None for "all".
        role_id: a role to highlight (its pair when ``pair`` names none; a real-time role's
            uncovered client time as gaps).
        now: the current instant, for the time line (None: no line).
        days: for day and week views, draw these dates instead (printing several weeks).
        year_teams: for the year view, what an earlier chart of this plan, zone and year
            computed (:meth:`YearTeams.fits`): the strips are then made as they are read
            and kept in it (a window shows those on screen, and again when it comes back).

    >>> from planner.plan.hours import WeekHours
    >>> from planner.plan.model import Team
    >>> h = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    >>> plan = Plan(teams=(Team("a", "client", "UTC", h), Team("b", "vendor", "Europe/Kyiv", h)))
    >>> data = chart_data(plan, "day", date(2027, 1, 4))
    >>> data.blocks[0].overlaps[0].minutes
    360
    """
    zone = zone or plan.reference_zone
    load_zone(zone)
    pairs = selected_pairs(plan, pair, role_id)
    first, last = view_dates(view, day)
    blocks: tuple[DayBlock, ...] = ()
    strips: Sequence[YearStrip] = ()
    if view == "year":
        if year_teams is not None and year_teams.fits(plan, zone, day.year):
            strips = YearStrips(year_teams, pairs)
        else:
            strips = year_strips(plan, zone, day.year, pairs)
    else:
        dates = (
            tuple(days)
            if days is not None
            else tuple(first + timedelta(days=i) for i in range((last - first).days + 1))
        )
        if dates:
            first, last = min(dates), max(dates)
        blocks = tuple(day_block(plan, zone, d, pairs, role_id, now) for d in dates)
        blocks = dressed_blocks(plan, blocks, pairs)
    start, end = day_range(zone, first, last)
    return ChartData(
        view=view,
        zone=zone,
        first=first,
        last=last,
        title=plan.title or "Overlap chart",
        blocks=blocks,
        strips=strips,
        teams=team_zones(plan, start, end),
        pairs=pairs,
        role_id=role_id,
    )
