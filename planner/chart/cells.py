"""The chart as a table of teams x hours: what each cell says, for screen readers and the table view.

A cell is one team during one whole hour of the reference zone (one column) on one day
block of the day or week view: its local wall time there, whether it works (all, part or
none of the hour), the holiday or day off it falls on, who it overlaps and when in their
own local time, and the meetings it attends. Everything comes from the :class:`ChartData`
the chart draws; the words are put together in ``ui/`` (translated there).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from typing import Literal

from planner.chart.blocks import DayBlock, Row, ShiftSpan
from planner.chart.data import ChartData
from planner.chart.tints import Tint
from planner.time.intervals import Instant, clip
from planner.time.local import local_datetime

Work = Literal["working", "partly", "off"]


@dataclass(frozen=True, slots=True)
class HourColumn:
    """One whole hour of the reference zone on one day block.

    Attributes:
        block: the index of the day block in ``ChartData.blocks``.
        start: the hour's first instant.
        end: the instant after it (the next hour mark, or the block's end).
    """

    block: int
    start: Instant
    end: Instant


@dataclass(frozen=True, slots=True)
class LocalSpan:
    """Wall times in one zone: weekday (Monday = 0) of the start, minutes after midnight.

    ``end`` is the end's own wall time (``0`` at midnight), not a duration.
    """

    weekday: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class CellOverlap:
    """A counterpart this team overlaps during the cell, in the counterpart's local time."""

    team_id: str
    name: str
    local: LocalSpan


@dataclass(frozen=True, slots=True)
class CellFacts:
    """What one cell of the chart says.

    Attributes:
        team_id, team: the team's id and name.
        local: the hour in the team's local time.
        work: "working" (the whole hour), "partly" or "off".
        worked: the worked part in local time when ``work`` is "partly", else None.
        tint: the local band of the worked time's start ("night", "early", "day",
            "late"), or None when off.
        day_off: the holiday or day off the hour falls on ("" when none).
        overlaps: the counterparts overlapping this team during the hour.
        meetings: titles of the meetings of this team during the hour.
    """

    team_id: str
    team: str
    local: LocalSpan
    work: Work
    worked: LocalSpan | None
    tint: Tint | None
    day_off: str
    overlaps: tuple[CellOverlap, ...]
    meetings: tuple[str, ...]


def hour_columns(data: ChartData) -> tuple[HourColumn, ...]:
    """The table's columns: every reference-zone hour of every day block, in time order.

    A block has 24 columns (23 or 25 on the days the reference zone changes its clocks);
    the year view has none.

    >>> from datetime import date
    >>> from planner.chart.data import chart_data
    >>> from planner.plan.model import Plan, Team
    >>> from planner.plan.hours import WeekHours
    >>> h = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    >>> plan = Plan(teams=(Team("a", "client", "Europe/London", h),))
    >>> data = chart_data(plan, "day", date(2027, 3, 28))
    >>> len(hour_columns(data)), hour_columns(data)[1].end - hour_columns(data)[1].start
    (23, 3600)
    """
    columns: list[HourColumn] = []
    for index, block in enumerate(data.blocks):
        marks = sorted(
            {block.start} | {t.instant for t in block.axis if block.start < t.instant < block.end}
        )
        marks.append(block.end)
        columns.extend(HourColumn(index, a, b) for a, b in pairwise(marks))
    return tuple(columns)


def local_span(zone: str, start: Instant, end: Instant) -> LocalSpan:
    """``[start, end)`` as wall times in a zone.

    >>> local_span("Asia/Manila", 1798812000, 1798815600)  # Fri 1 Jan 2027 13:00 UTC
    LocalSpan(weekday=4, start=1320, end=1380)
    """
    first = local_datetime(zone, start)
    last = local_datetime(zone, end)
    return LocalSpan(first.weekday(), first.hour * 60 + first.minute, last.hour * 60 + last.minute)


def _tint(row: Row, start: Instant, end: Instant) -> Tint | None:
    for segment in row.segments:
        if segment.start < end and start < segment.end:
            return segment.tint
    return None


def cell_facts(block: DayBlock, row: Row, start: Instant, end: Instant) -> CellFacts:
    """What the cell of ``row`` for ``[start, end)`` says (the hour lies inside ``block``).

    >>> from datetime import date
    >>> from planner.chart.data import chart_data
    >>> from planner.plan.model import Plan, Team
    >>> from planner.plan.hours import WeekHours
    >>> day = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    >>> night = WeekHours.parse({"mon-fri": ["21:00-06:00"]})
    >>> plan = Plan(teams=(Team("hq", "client", "America/New_York", day, name="Acme HQ"),
    ...                    Team("mnl", "vendor", "Asia/Manila", night, name="Manila desk")))
    >>> data = chart_data(plan, "day", date(2027, 3, 9), zone="UTC")
    >>> column = hour_columns(data)[14]  # 14:00-15:00 UTC
    >>> facts = cell_facts(data.blocks[0], data.blocks[0].rows[1], column.start, column.end)
    >>> facts.local, facts.work, facts.tint
    (LocalSpan(weekday=1, start=1320, end=1380), 'working', 'night')
    >>> facts.overlaps[0].name, facts.overlaps[0].local
    ('Acme HQ', LocalSpan(weekday=1, start=540, end=600))
    """
    worked = clip(row.working, start, end)
    minutes = sum(b - a for a, b in worked)
    work: Work = "working" if minutes == end - start else "partly" if minutes else "off"
    partly = local_span(row.zone, worked[0][0], worked[-1][1]) if work == "partly" else None
    day_off = next((m.reason for m in row.marks if m.start < end and start < m.end), "")
    overlaps: list[CellOverlap] = []
    for pair in block.overlaps_of(row.team_id):
        windows = clip(pair.windows, start, end)
        if not windows:
            continue
        other_id = pair.vendor_id if row.team_id == pair.client_id else pair.client_id
        other = block.row(other_id)
        span = local_span(other.zone, windows[0][0], windows[-1][1])
        overlaps.append(CellOverlap(other_id, other.name, span))
    meetings = tuple(
        band.title
        for band in block.meetings
        if row.team_id in band.teams and band.start < end and start < band.end
    )
    return CellFacts(
        team_id=row.team_id,
        team=row.name,
        local=local_span(row.zone, start, end),
        work=work,
        worked=partly,
        tint=_tint(row, start, end),
        day_off=day_off,
        overlaps=tuple(overlaps),
        meetings=meetings,
    )


def chart_cell(data: ChartData, row: int, column: HourColumn) -> CellFacts:
    """The cell of team ``row`` (plan order) in ``column`` of a day or week chart.

    >>> from datetime import date
    >>> from planner.chart.data import chart_data
    >>> from planner.plan.model import Plan, Team
    >>> from planner.plan.hours import WeekHours
    >>> h = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    >>> data = chart_data(Plan(teams=(Team("a", "client", "UTC", h),)), "day", date(2027, 3, 8))
    >>> chart_cell(data, 0, hour_columns(data)[8]).work
    'off'
    """
    block = data.blocks[column.block]
    return cell_facts(block, block.rows[row], column.start, column.end)


def cell_shift(data: ChartData, row: int, column: HourColumn) -> ShiftSpan | None:
    """The shift of team ``row`` worked during the cell's hour (the first one), or None.

    The shift the keyboard edits from that cell, as a drag edits the shift whose edge it grabs.

    >>> from datetime import date
    >>> from planner.chart.data import chart_data
    >>> from planner.plan.model import Plan, Team
    >>> from planner.plan.hours import WeekHours
    >>> h = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    >>> data = chart_data(Plan(teams=(Team("a", "client", "UTC", h),)), "day", date(2027, 3, 8))
    >>> str(cell_shift(data, 0, hour_columns(data)[9]).shift), cell_shift(data, 0, hour_columns(data)[8])
    ('09:00-17:00', None)
    """
    block = data.blocks[column.block]
    spans = block.rows[row].shifts
    return next((s for s in spans if s.start < column.end and column.start < s.end), None)


@dataclass(frozen=True, slots=True)
class DayCellFacts:
    """What one cell of the year view says: a client/vendor pair on one reference-zone date.

    Attributes:
        pair: the strip's label (``Acme HQ ↔ Manila desk``).
        day: the date.
        minutes: the pair's overlap that day.
        client_works, vendor_works: whether each side works that day.
        marks: the holidays, days off and clock changes of the pair that day (their texts).
    """

    pair: str
    day: date
    minutes: int
    client_works: bool
    vendor_works: bool
    marks: tuple[str, ...]


def year_cell(data: ChartData, row: int, column: int) -> DayCellFacts:
    """The cell of strip ``row`` (pair) on day ``column`` (0 = 1 January) of a year chart.

    >>> from planner.chart.data import chart_data
    >>> from planner.plan.model import Plan, Team
    >>> from planner.plan.hours import WeekHours
    >>> h = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    >>> plan = Plan(teams=(Team("a", "client", "UTC", h), Team("b", "vendor", "Europe/Kyiv", h)))
    >>> facts = year_cell(chart_data(plan, "year", date(2027, 1, 4)), 0, 3)
    >>> facts.day, facts.minutes, facts.client_works
    (datetime.date(2027, 1, 4), 360, True)
    >>> year_cell(chart_data(plan, "year", date(2027, 1, 4)), 0, 86).marks
    ('b: Europe/Kyiv UTC+02:00 \u2192 UTC+03:00',)
    """
    strip = data.strips[row]
    entry = strip.days[column]
    marks = tuple(m.text for m in (*strip.holidays, *strip.dst) if m.day == entry.day)
    return DayCellFacts(
        pair=strip.label,
        day=entry.day,
        minutes=entry.minutes,
        client_works=entry.client_works,
        vendor_works=entry.vendor_works,
        marks=marks,
    )
