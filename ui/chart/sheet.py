"""The printed page around the chart: title, date range, legend, teams, verdicts, meetings, footer.

Used by the print preview, PDF (one page per sheet), PNG and SVG (one tall sheet). Every
size is in points turned into the device's pixels (``ChartStyle.unit``); the painter is
never scaled, so fonts have their paper size on every device.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QLocale, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPen

from planner import __version__
from planner.chart.data import ChartData, chart_data
from planner.chart.summary import SheetSummary
from planner.plan.hours import Shift
from planner.plan.model import Plan
from planner.time.tzdb import tz_version
from ui.chart.geometry import (
    BLOCK_GAP_PT,
    LANE_PT,
    STRIP_GAP_PT,
    YEAR_HEADER_PT,
    ChartLayout,
    block_height,
    block_lines,
    measure_chart,
    strip_height,
)
from ui.chart.language import (
    format_shift,
    month_name,
    short_day,
    weekday_long,
    weekday_short,
)
from ui.chart.language import number as number_text
from ui.chart.layers.legend import has_staffing, legend_height, paint_legend
from ui.chart.painter import paint_chart
from ui.chart.state import ChartState
from ui.chart.style import LIGHT, ChartStyle
from ui.i18n import translate

NO_SUMMARY = SheetSummary((), ())
TITLE_SCALE = 1.9
SUBTITLE_SCALE = 1.1
FOOTER_SCALE = 0.8
#: Team row heights on paper, in points.
PAPER_ROW = {"day": 40.0, "week": 18.0, "year": 30.0}
PAPER_HEADER = {"day": 30.0, "week": 22.0, "year": 30.0}
MIN_ROW = 12.0
MAX_ROW = {"day": 56.0, "year": 64.0}


def default_page_layout(paper: str | None = None) -> QPageLayout:
    """A4 (Letter in the US, Canada and Mexico, or when asked) landscape with 12 mm margins."""
    if paper is None:
        territory = QLocale().territory()
        letter = territory in (
            QLocale.Country.UnitedStates,
            QLocale.Country.Canada,
            QLocale.Country.Mexico,
        )
        paper = "letter" if letter else "a4"
    size = QPageSize(QPageSize.PageSizeId.Letter if paper == "letter" else QPageSize.PageSizeId.A4)
    return QPageLayout(
        size,
        QPageLayout.Orientation.Landscape,
        QMarginsF(12, 12, 12, 12),
        QPageLayout.Unit.Millimeter,
    )


def sheet_data(plan: Plan, state: ChartState, weeks: int = 1) -> ChartData:
    """The chart data to print for a state: ``weeks`` weeks from the state's week."""
    days = None
    if state.view == "week" and weeks > 1:
        monday = state.day - timedelta(days=state.day.weekday())
        days = [monday + timedelta(days=i) for i in range(7 * weeks)]
    return chart_data(
        plan, state.view, state.day, zone=state.zone, pair=state.pair, role_id=state.role, days=days
    )


def paper_style(state: ChartState, dpi: float) -> ChartStyle:
    """The light paper style at ``dpi`` for a state's view."""
    return ChartStyle(
        palette=LIGHT,
        unit=dpi / 72,
        clock24=state.clock24,
        row=PAPER_ROW[state.view],
        header=PAPER_HEADER[state.view],
    )


def date_range_text(data: ChartData) -> str:
    """``Tuesday 16 March 2027``, ``Monday 15 - Sunday 21 March 2027`` or ``Year 2027``."""
    first, last = data.first, data.last
    if data.view == "year":
        return translate("Chart", "Year {year}").format(year=number_text(first.year))

    def full(day: date, *, weekday: str, month: bool, year: bool) -> str:
        return (
            translate("Chart", "{weekday} {day} {month} {year}")
            .format(
                weekday=weekday,
                day=number_text(day.day),
                month=month_name(day) if month else "",
                year=number_text(day.year) if year else "",
            )
            .replace("  ", " ")
            .strip()
        )

    if first == last:
        return full(first, weekday=weekday_long(first), month=True, year=True)
    same_month = (first.year, first.month) == (last.year, last.month)
    short = not same_month
    start = full(
        first,
        weekday=weekday_short(first) if short else weekday_long(first),
        month=not same_month,
        year=first.year != last.year,
    )
    end = full(
        last, weekday=weekday_short(last) if short else weekday_long(last), month=True, year=True
    )
    return f"{start} \u2013 {end}"


def _selection_text(plan: Plan, data: ChartData) -> str:
    parts = [translate("Chart", "times across in {zone}").format(zone=data.zone)]
    if data.role_id is not None:
        role = plan.role(data.role_id)
        parts.append(
            translate("Chart", "role: {name} ({kind})").format(name=role.name, kind=role.kind)
        )
    all_pairs = len(data.pairs) == len(plan.clients) * len(plan.vendors)
    if data.pairs and not all_pairs:
        pairs = ", ".join(f"{plan.team(c).name} \u2194 {plan.team(v).name}" for c, v in data.pairs)
        parts.append(translate("Chart", "overlap of {pairs}").format(pairs=pairs))
    elif data.pairs:
        parts.append(translate("Chart", "overlap of every client/vendor pair"))
    return " \u00b7 ".join(parts)


@dataclass(frozen=True, slots=True)
class Sheet:
    """What goes on paper: the plan, the whole chart, the style and when it was made."""

    plan: Plan
    data: ChartData
    style: ChartStyle
    generated: datetime
    summary: SheetSummary = NO_SUMMARY

    @property
    def title(self) -> str:
        """The plan's title (or a generic one)."""
        return self.plan.title or translate("Chart", "Overlap chart")


def _header_height(style: ChartStyle) -> float:
    return style.px(8.5 * TITLE_SCALE * 1.35 + 8.5 * SUBTITLE_SCALE * 1.5 + 8.5 * 1.4 + 6)


def _teams_lines(sheet: Sheet) -> list[str]:
    lines = []
    for team, zone in zip(sheet.plan.teams, sheet.data.teams, strict=True):
        hours = "; ".join(
            f"{key} {', '.join(format_shift(Shift.parse(s), sheet.style.clock24) for s in shifts)}"
            for key, shifts in team.hours.to_mapping().items()
        )
        first, last = sheet.data.first, sheet.data.last
        changes = [
            f"{short_day(day)} "
            + (
                ", ".join(format_shift(x, sheet.style.clock24) for x in shifts)
                or translate("Chart", "off", "a day without working hours")
            )
            for day, shifts in team.exceptions.days
            if first - timedelta(days=1) <= day <= last
        ]
        side = (
            translate("Chart", "client") if team.side == "client" else translate("Chart", "vendor")
        )
        line = f"{team.name} ({side}) \u2014 {team.city + ', ' if team.city else ''}"
        line += f"{zone.zone}, {zone.offset_label} \u2014 "
        line += hours or translate("Chart", "no hours")
        if team.holidays:
            line += " \u2014 " + translate("Chart", "holidays {holidays}").format(
                holidays=team.holidays
            )
        if changes:
            line += " \u2014 " + translate("Chart", "only on {days}").format(
                days="; ".join(changes)
            )
        lines.append(line)
    return lines


def _sections(sheet: Sheet) -> list[tuple[str, list[str], int]]:
    """The first page's notes under the legend: (heading, lines, columns) of each section."""
    teams = _teams_lines(sheet)
    sections = [
        (translate("Chart", "Teams, zones and UTC offsets"), teams, 2 if len(teams) > 4 else 1)
    ]
    if sheet.summary.verdicts:
        verdicts = list(sheet.summary.verdicts)
        sections.append((translate("Chart", "Roles in these dates"), verdicts, 1))
    if sheet.summary.meetings:
        meetings = list(sheet.summary.meetings)
        sections.append((translate("Chart", "Meetings in these dates"), meetings, 1))
    return sections


def _teams_height(sheet: Sheet) -> float:
    """The notes' height: per section a heading and one or two columns of lines."""
    step = sheet.style.px(8.5 * 0.85 * 1.45)
    total = 0.0
    for _, lines, columns in _sections(sheet):
        total += step * (-(-len(lines) // columns) + 1)
    return total


def _bottom_height(sheet: Sheet, width: float, teams: bool) -> float:
    """Legend, the team table (first page only) and the footer."""
    style = sheet.style
    return (
        style.px(6)
        + legend_height(sheet.data.view, style, width, has_staffing(sheet.data))
        + style.px(4)
        + (_teams_height(sheet) if teams else 0.0)
        + style.px(8.5 * FOOTER_SCALE * 2.4)
    )


def paginate(sheet: Sheet, page: QRectF) -> tuple[ChartStyle, list[ChartData]]:
    """Split the chart into pages of ``page``'s size, whole days or whole strips per page.

    Rows shrink (down to 12 pt) when a single day would not fit on a page, and grow (up to
    ``MAX_ROW``) when a day or a year fits on one page with room to spare.
    """
    style = sheet.style
    later = page.height() - _header_height(style) - _bottom_height(sheet, page.width(), False)
    first = later - _teams_height(sheet)
    data = sheet.data
    if data.view == "year":
        count = max(len(data.strips), 1)
        spare = (first - style.px(YEAR_HEADER_PT)) / count - style.px(LANE_PT + STRIP_GAP_PT)
        if spare / style.unit > style.row:
            style = style.with_changes(row=min(MAX_ROW["year"], spare / style.unit))
        per_strip = strip_height(style) + style.px(STRIP_GAP_PT)
        chunks: list[tuple[object, ...]] = [()]
        for strip in data.strips:
            free = first if len(chunks) == 1 else later
            if chunks[-1] and style.px(YEAR_HEADER_PT) + per_strip * (len(chunks[-1]) + 1) > free:
                chunks.append(())
            chunks[-1] = (*chunks[-1], strip)
        return style, [replace(data, strips=chunk) for chunk in chunks]  # type: ignore[arg-type]
    free = first
    if data.blocks:
        block = data.blocks[0]
        lines = max(block_lines(block), 1)
        fixed = block_height(block, style) - style.px(style.row) * lines
        fit = (free - fixed) / style.unit / lines - 0.5
        if fit < style.row:
            style = style.with_changes(row=max(MIN_ROW, fit))
        elif len(data.blocks) == 1:
            style = style.with_changes(row=min(MAX_ROW["day"], fit))
    pages: list[list[object]] = [[]]
    used = 0.0
    for block in data.blocks:
        height = block_height(block, style) + style.px(BLOCK_GAP_PT)
        if pages[-1] and used + height - style.px(BLOCK_GAP_PT) > free:
            pages.append([])
            used = 0.0
            free = later
        pages[-1].append(block)
        used += height
    return style, [replace(data, blocks=tuple(blocks)) for blocks in pages]  # type: ignore[arg-type]


def paint_page(
    painter: QPainter,
    page: QRectF,
    sheet: Sheet,
    data: ChartData,
    style: ChartStyle,
    number: int,
    count: int,
) -> tuple[float, ChartLayout]:
    """Draw one page (title, chart part, legend, teams, footer).

    Returns:
        The height used and where the chart was drawn.
    """
    y = paint_heading(painter, page, sheet, style)
    layout = paint_chart(painter, QRectF(page.left(), y, page.width(), page.height()), data, style)
    y += layout.height + style.px(6)
    bottom = paint_foot(painter, page, y, sheet, data, style, number, count, teams=number == 1)
    return bottom, layout


def paint_heading(painter: QPainter, page: QRectF, sheet: Sheet, style: ChartStyle) -> float:
    """The title, the dates and the selection at the top of ``page``; returns the y under them."""
    p = style.palette
    px = style.px
    left, width = page.left(), page.width()
    y = page.top()

    def line(text: str, scale: float, bold: bool, color: str, gap: float) -> None:
        nonlocal y
        metrics = style.metrics(scale, bold)
        y += metrics.ascent()
        painter.setFont(style.font(scale, bold))
        painter.setPen(style.color(color))
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QPointF(left, y), shown)
        y += metrics.descent() + px(gap)

    line(sheet.title, TITLE_SCALE, True, p.text, 2)
    line(date_range_text(sheet.data), SUBTITLE_SCALE, True, p.text, 2)
    line(_selection_text(sheet.plan, sheet.data), 1.0, False, p.muted, 6)
    return page.top() + _header_height(style)


def paint_foot(
    painter: QPainter,
    page: QRectF,
    y: float,
    sheet: Sheet,
    data: ChartData,
    style: ChartStyle,
    number: int,
    count: int,
    *,
    teams: bool,
) -> float:
    """Legend (from ``y``), the team table when asked, and the footer; returns the height used."""
    p = style.palette
    px = style.px
    left, width = page.left(), page.width()
    staffing = has_staffing(data)
    y += paint_legend(painter, QRectF(left, y, width, 0), data.view, style, staffing) + px(4)
    if teams:
        y = _paint_teams(painter, style, left, y, width, sheet)
    footer_y = max(y + px(8.5 * FOOTER_SCALE * 2.0), page.bottom() - px(8.5 * FOOTER_SCALE * 0.6))
    pen = QPen(style.color(p.grid))
    pen.setWidthF(max(1.0, px(0.5)))
    painter.setPen(pen)
    rule = footer_y - px(8.5 * FOOTER_SCALE * 1.4)
    painter.drawLine(QPointF(left, rule), QPointF(left + width, rule))
    painter.setFont(style.font(FOOTER_SCALE))
    painter.setPen(style.color(p.muted))
    stamp = sheet.generated.strftime("%Y-%m-%d %H:%M %Z").strip()
    painter.drawText(
        QPointF(left, footer_y),
        translate(
            "Chart", "Generated {stamp} by Overlap Planner {version} (tzdata {tzdata})"
        ).format(stamp=stamp, version=__version__, tzdata=tz_version()),
    )
    numbering = translate("Chart", "Page {page} of {count}").format(
        page=number_text(number), count=number_text(count)
    )
    painter.drawText(
        QPointF(left + width - style.width(numbering, FOOTER_SCALE), footer_y), numbering
    )
    return footer_y + px(8.5 * FOOTER_SCALE * 0.5) - page.top()


def _paint_teams(
    painter: QPainter, style: ChartStyle, left: float, y: float, width: float, sheet: Sheet
) -> float:
    """The teams with zones, offsets and hours, each role's verdict, the meetings; the y under."""
    px = style.px
    step = px(8.5 * 0.85 * 1.45)
    metrics = style.metrics(0.85)
    for heading, lines, columns in _sections(sheet):
        rows = -(-len(lines) // columns)
        painter.setFont(style.font(0.85, True))
        painter.setPen(style.color(style.palette.text))
        painter.drawText(QPointF(left, y + step * 0.8), heading)
        y += step
        painter.setFont(style.font(0.85))
        column_w = width / columns
        for index, text in enumerate(lines):
            column, row = divmod(index, rows)
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, column_w - px(8))
            painter.drawText(QPointF(left + column * column_w, y + row * step + step * 0.8), shown)
        y += rows * step
    return y


STRIPS_PER_BAND = 48
"""Year strips painted at a time into a tall PNG (:func:`sheet_bands`)."""


@dataclass(frozen=True, slots=True)
class Band:
    """A horizontal slice of a tall sheet: some strips, with the heading or the foot."""

    data: ChartData
    height: float
    heading: bool
    foot: bool


def sheet_bands(sheet: Sheet, width: float, per_band: int = STRIPS_PER_BAND) -> list[Band]:
    """The tall sheet of a year chart as bands of ``per_band`` strips, top to bottom.

    Each band has the year's month header over its strips (a tall image reads like
    pages); the first band has the sheet's heading, the last one the legend, the teams and
    the footer. A year of no more than ``per_band`` strips is one band, as tall as
    :func:`sheet_height`.
    """
    data, style = sheet.data, sheet.style
    chunks = [
        replace(data, strips=tuple(data.strips[i : i + per_band]))
        for i in range(0, max(len(data.strips), 1), per_band)
    ]
    bands = []
    for index, chunk in enumerate(chunks):
        first, last = index == 0, index == len(chunks) - 1
        height = measure_chart(chunk, style)
        if first:
            height += _header_height(style)
        if last:
            height += style.px(6) + _bottom_height(sheet, width, True) + style.px(6)
        bands.append(Band(chunk, height, first, last))
    return bands


def paint_band(painter: QPainter, rect: QRectF, sheet: Sheet, band: Band) -> None:
    """Draw one band of :func:`sheet_bands` into ``rect`` (its width, the band's height)."""
    style = sheet.style
    y = rect.top()
    if band.heading:
        y = paint_heading(painter, rect, sheet, style)
    layout = paint_chart(
        painter, QRectF(rect.left(), y, rect.width(), rect.height()), band.data, style
    )
    if band.foot:
        y += layout.height + style.px(6)
        paint_foot(painter, rect, y, sheet, band.data, style, 1, 1, teams=True)


def sheet_height(sheet: Sheet, width: float) -> float:
    """The height of the whole chart on one tall page (PNG, SVG) at ``width``."""
    return (
        _header_height(sheet.style)
        + measure_chart(sheet.data, sheet.style)
        + sheet.style.px(6)
        + _bottom_height(sheet, width, True)
        + sheet.style.px(6)
    )


def today_stamp(now: datetime | None = None) -> datetime:
    """The local time that a footer states (the clock is passed in by tests)."""
    return (now or datetime.now(UTC)).astimezone()
