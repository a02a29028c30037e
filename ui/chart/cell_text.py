"""The words of a chart cell (``planner.chart.cells``), translated: what a screen reader says.

The accessible cells of the chart and the "Chart as Table" view say the same texts, e.g.
``Manila desk, Tue 21:00-22:00 local, working, overlaps Acme HQ 09:00-10:00``. In another
language than English, times, durations and dates are the locale's (Arabic-Indic digits in
Arabic, as the chart draws them) and the parts are joined by the locale's comma.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from planner.chart.cells import (
    CellFacts,
    DayCellFacts,
    HourColumn,
    LocalSpan,
    chart_cell,
    hour_columns,
    local_span,
    year_cell,
)
from planner.chart.data import ChartData
from planner.chart.meetings import MeetingBand
from ui.chart.language import english, format_duration, format_minute
from ui.meetings.dates import clauses_text, list_text


def weekday_name(weekday: int) -> str:
    """The short name of a weekday (Monday = 0), translated."""
    names = (
        QCoreApplication.translate("ChartCells", "Mon"),
        QCoreApplication.translate("ChartCells", "Tue"),
        QCoreApplication.translate("ChartCells", "Wed"),
        QCoreApplication.translate("ChartCells", "Thu"),
        QCoreApplication.translate("ChartCells", "Fri"),
        QCoreApplication.translate("ChartCells", "Sat"),
        QCoreApplication.translate("ChartCells", "Sun"),
    )
    return names[weekday]


def span_text(span: LocalSpan, clock24: bool) -> str:
    """``21:00-22:00`` (or ``9:00 PM-10:00 PM``; held left to right in Arabic)."""
    if english():
        return f"{format_minute(span.start, clock24)}-{format_minute(span.end, clock24)}"
    from ui.i18n.formats import shift_text

    return shift_text(span.start, span.end, clock24)


def local_text(facts: CellFacts, clock24: bool) -> str:
    """The hour in the team's local time: ``Tue 21:00-22:00``."""
    return f"{weekday_name(facts.local.weekday)} {span_text(facts.local, clock24)}"


def work_text(facts: CellFacts, clock24: bool) -> str:
    """``working``, ``working 21:30-22:00`` (part of the hour) or ``not working``."""
    if facts.work == "working":
        text = QCoreApplication.translate("ChartCells", "working")
    elif facts.work == "partly" and facts.worked is not None:
        text = QCoreApplication.translate("ChartCells", "working {hours}").format(
            hours=span_text(facts.worked, clock24)
        )
    else:
        text = QCoreApplication.translate("ChartCells", "not working")
    if facts.tint == "night":
        text += QCoreApplication.translate("ChartCells", " (night)")
    return text


def overlaps_text(facts: CellFacts, clock24: bool) -> str:
    """``overlaps Acme HQ 09:00-10:00`` for each counterpart, or ""."""
    pattern = QCoreApplication.translate("ChartCells", "overlaps {team} {hours}")
    return clauses_text(
        [pattern.format(team=o.name, hours=span_text(o.local, clock24)) for o in facts.overlaps]
    )


def cell_text(facts: CellFacts, clock24: bool) -> str:
    """Everything a cell says, as one sentence (its accessible name)."""
    local = QCoreApplication.translate("ChartCells", "{hours} local").format(
        hours=local_text(facts, clock24)
    )
    parts = [facts.team, local, work_text(facts, clock24)]
    if facts.day_off:
        parts.append(
            QCoreApplication.translate("ChartCells", "day off: {reason}").format(
                reason=facts.day_off
            )
        )
    overlaps = overlaps_text(facts, clock24)
    if overlaps:
        parts.append(overlaps)
    for title in facts.meetings:
        parts.append(
            QCoreApplication.translate("ChartCells", "meeting {title}").format(title=title)
        )
    return clauses_text(parts)


def column_text(data: ChartData, column: HourColumn, clock24: bool) -> str:
    """A column's header: the hour in the reference zone, ``Tue 14:00-15:00 UTC``."""
    span = local_span(data.zone, column.start, column.end)
    return f"{weekday_name(span.weekday)} {span_text(span, clock24)} {data.zone}"


def meeting_text(data: ChartData, band: MeetingBand, clock24: bool) -> str:
    """A meeting band as a screen reader says it: title, time in the reference zone, state."""
    span = local_span(data.zone, band.start, band.end)
    when = f"{weekday_name(span.weekday)} {span_text(span, clock24)} {data.zone}"
    if band.state == "skipped":
        state = QCoreApplication.translate("ChartCells", "skipped: {reason}").format(
            reason=band.reason
        )
    elif band.state == "conflict":
        state = QCoreApplication.translate("ChartCells", "outside working hours of {teams}").format(
            teams=list_text(list(band.conflicts))
        )
    else:
        state = QCoreApplication.translate("ChartCells", "everyone working")
    return QCoreApplication.translate("ChartCells", "Meeting {title}, {when}, {state}").format(
        title=band.title, when=when, state=state
    )


def day_text(day: date) -> str:
    """A date as a reader hears it: ``Mon 2027-01-04`` (the weekday translated, the locale's digits)."""
    if english():
        return f"{weekday_name(day.weekday())} {day.isoformat()}"
    from ui.i18n.formats import digits

    return f"{weekday_name(day.weekday())} {digits(day.isoformat())}"


def year_work_text(facts: DayCellFacts) -> str:
    """``overlap 8 h``, ``no overlap``, or who does not work that day."""
    if not facts.client_works and not facts.vendor_works:
        return QCoreApplication.translate("ChartCells", "neither works")
    if not facts.client_works:
        return QCoreApplication.translate("ChartCells", "client not working")
    if not facts.vendor_works:
        return QCoreApplication.translate("ChartCells", "vendor not working")
    if not facts.minutes:
        return QCoreApplication.translate("ChartCells", "no overlap")
    return QCoreApplication.translate("ChartCells", "overlap {duration}").format(
        duration=format_duration(facts.minutes)
    )


def year_cell_text(facts: DayCellFacts) -> str:
    """Everything a year-view cell says: ``Acme HQ ↔ Manila desk, Mon 2027-01-04, overlap 8 h``."""
    return clauses_text([facts.pair, day_text(facts.day), year_work_text(facts), *facts.marks])


def _same_hours(a: ChartData, b: ChartData) -> bool:
    """Whether two charts' day blocks have the same hours (the table's same columns)."""
    return len(a.blocks) == len(b.blocks) and all(
        (x.start, x.end) == (y.start, y.end) and x.axis is y.axis
        for x, y in zip(a.blocks, b.blocks, strict=True)
    )


class ChartTexts:
    """The chart's cells and meetings with their texts, for one ChartData (cached until it changes).

    Day and week views: rows are the teams in plan order, columns the hours of
    :func:`hour_columns`; the meetings are every band of the day blocks by start (one entry
    for a band crossing midnight). Year view: rows are the pairs' strips, columns the days.
    """

    def __init__(self) -> None:
        self._data: ChartData | None = None
        self._clock24 = True
        self.columns: tuple[HourColumn, ...] = ()
        self.column_count = 0
        """Hours (day and week views) or days (year view)."""
        self.meetings: tuple[tuple[int, MeetingBand], ...] = ()
        self._texts: dict[tuple[int, int], str] = {}
        self._facts: dict[tuple[int, int], CellFacts] = {}

    def update(self, data: ChartData | None, clock24: bool) -> None:
        """Follow the chart's data (a new object means new texts)."""
        if data is self._data and clock24 == self._clock24:
            return
        old, self._data, self._clock24 = self._data, data, clock24
        self._texts, self._facts = {}, {}
        if old is None or data is None or not _same_hours(old, data):  # a drag step's are
            self.columns = hour_columns(data) if data is not None else ()
        strips = data.strips if data is not None else ()
        self.column_count = len(strips[0].days) if strips else len(self.columns)
        seen: set[tuple[str, int]] = set()
        meetings: list[tuple[int, MeetingBand]] = []
        for index, block in enumerate(data.blocks if data is not None else ()):
            for band in block.meetings:
                if (band.meeting_id, band.start) not in seen:
                    seen.add((band.meeting_id, band.start))
                    meetings.append((index, band))
        meetings.sort(key=lambda item: (item[1].start, item[1].title))
        self.meetings = tuple(meetings)

    @property
    def clock24(self) -> bool:
        """True on a 24-hour clock."""
        return self._clock24

    @property
    def data(self) -> ChartData | None:
        """The data the texts are of."""
        return self._data

    @property
    def year(self) -> bool:
        """True for the year view (rows are pairs, columns days)."""
        return self._data is not None and self._data.view == "year"

    @property
    def rows(self) -> int:
        """How many team rows (pairs in the year view)."""
        data = self._data
        if data is None:
            return 0
        if data.view == "year":
            return len(data.strips)
        return len(data.blocks[0].rows) if data.blocks else 0

    def day_facts(self, row: int, column: int) -> DayCellFacts:
        """The facts of a year-view cell."""
        assert self._data is not None
        return year_cell(self._data, row, column)

    def facts(self, row: int, column: int) -> CellFacts:
        """The facts of a cell."""
        assert self._data is not None
        key = (row, column)
        found = self._facts.get(key)
        if found is None:
            found = chart_cell(self._data, row, self.columns[column])
            self._facts[key] = found
        return found

    def text(self, row: int, column: int) -> str:
        """The sentence a cell says."""
        key = (row, column)
        found = self._texts.get(key)
        if found is None:
            if self.year:
                found = year_cell_text(self.day_facts(row, column))
            else:
                found = cell_text(self.facts(row, column), self._clock24)
            self._texts[key] = found
        return found

    def column_text(self, column: int) -> str:
        """A column's header."""
        assert self._data is not None
        if self.year:
            return day_text(self._data.strips[0].days[column].day)
        return column_text(self._data, self.columns[column], self._clock24)

    def meeting_text(self, index: int) -> str:
        """What a meeting says."""
        assert self._data is not None
        return meeting_text(self._data, self.meetings[index][1], self._clock24)
