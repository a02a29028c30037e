"""The painter: render to an image and check the pixels where shading and overlap must be."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from planner.chart.data import ChartData, chart_data
from planner.plan.model import Plan
from planner.plan.reading import load_plan
from ui.chart.geometry import ChartLayout, measure_chart
from ui.chart.layers.legend import legend_items
from ui.chart.layers.year import strip_color
from ui.chart.painter import paint_chart
from ui.chart.style import DARK, LIGHT, ChartStyle

EXAMPLES = Path(__file__).resolve().parents[3] / "resources" / "examples"
WIDTH = 1200


def z(*args: int) -> int:
    return int(datetime(*args, tzinfo=UTC).timestamp())


@pytest.fixture(scope="module")
def acme() -> Plan:
    return load_plan(EXAMPLES / "newyork-manila-kyiv.toml").plan


def render(data: ChartData, style: ChartStyle) -> tuple[QImage, ChartLayout]:
    image = QImage(WIDTH, int(measure_chart(data, style)) + 2, QImage.Format.Format_RGB32)
    image.fill(QColor(style.palette.background))
    painter = QPainter(image)
    layout = paint_chart(painter, QRectF(0, 0, WIDTH, image.height()), data, style)
    painter.end()
    return image, layout


def color_at(image: QImage, x: float, y: float) -> str:
    return image.pixelColor(int(x), int(y)).name().upper()


def bar_y(layout: ChartLayout, team_id: str) -> float:
    row = next(r for r in layout.blocks[0].rows if r.team_id == team_id)
    return row.bar_top + 2  # above the shift's text


def lane_y(layout: ChartLayout, team_id: str) -> float:
    row = next(r for r in layout.blocks[0].rows if r.team_id == team_id)
    return row.bar_bottom + (row.bottom - row.top) * 0.09


def test_working_time_tints_and_overlap_have_their_colours(acme: Plan) -> None:
    style = ChartStyle(palette=LIGHT, unit=1.0)
    image, layout = render(chart_data(acme, "day", date(2027, 3, 15)), style)
    box = layout.blocks[0]
    hq, mnl = bar_y(layout, "hq"), bar_y(layout, "mnl")
    # New York works 13:00Z-21:00Z: shaded in the middle of that, not at 11:00Z or 22:00Z.
    assert color_at(image, box.x(z(2027, 3, 15, 16)), hq) == LIGHT.working
    assert color_at(image, box.x(z(2027, 3, 15, 11)), hq) != LIGHT.working
    assert color_at(image, box.x(z(2027, 3, 15, 22)), hq) != LIGHT.working
    # Manila: 21:00-22:00 local is "late", 22:00-06:00 "night".
    assert color_at(image, box.x(z(2027, 3, 15, 13, 30)), mnl) == LIGHT.early_late
    assert color_at(image, box.x(z(2027, 3, 15, 18)), mnl) == LIGHT.night
    # The overlap rows: Manila 13:00Z-21:00Z, Kyiv 13:00Z-17:00Z.
    mnl_row, kyiv_row = (r for r in box.rows if r.pair is not None)
    for row, inside, outside in (
        (mnl_row, z(2027, 3, 15, 20, 30), z(2027, 3, 15, 21, 30)),
        (kyiv_row, z(2027, 3, 15, 16, 30), z(2027, 3, 15, 17, 30)),
    ):
        middle = (row.bar_top + row.bar_bottom) / 2
        assert color_at(image, box.x(inside), middle) == LIGHT.overlap
        assert color_at(image, box.x(outside), middle) != LIGHT.overlap
    # The overlap lane under the Kyiv bar is lit only inside the overlap.
    assert color_at(image, box.x(z(2027, 3, 15, 15)), lane_y(layout, "kyiv")) == LIGHT.overlap
    assert color_at(image, box.x(z(2027, 3, 15, 10)), lane_y(layout, "kyiv")) != LIGHT.overlap


def test_holiday_is_hatched_and_role_gap_marked() -> None:
    plan = load_plan(EXAMPLES / "sydney-kathmandu.toml").plan
    style = ChartStyle(palette=LIGHT, unit=1.0)
    image, layout = render(chart_data(plan, "day", date(2027, 6, 14), role_id="bookings"), style)
    box = layout.blocks[0]
    # 14 June 2027 is the King's Birthday in New South Wales: no work, a yellow hatch.
    assert [
        m.day for m in chart_data(plan, "day", date(2027, 6, 14)).blocks[0].row("syd").marks
    ] == [date(2027, 6, 14)]
    x = box.x(z(2027, 6, 14, 2))
    colours = {
        color_at(image, x + dx, bar_y(layout, "syd") + dy) for dx in range(12) for dy in range(4)
    }
    assert LIGHT.holiday_line in colours
    assert LIGHT.working not in colours
    tuesday, layout2 = render(chart_data(plan, "day", date(2027, 6, 15), role_id="bookings"), style)
    box2 = layout2.blocks[0]
    assert color_at(tuesday, box2.x(z(2027, 6, 15, 7, 15)), lane_y(layout2, "syd")) == LIGHT.gap
    assert color_at(tuesday, box2.x(z(2027, 6, 15, 6, 30)), lane_y(layout2, "syd")) == LIGHT.overlap


def test_dark_theme_keeps_the_same_hues_on_a_dark_background(acme: Plan) -> None:
    style = ChartStyle(palette=DARK, unit=1.0)
    image, layout = render(chart_data(acme, "day", date(2027, 3, 15)), style)
    box = layout.blocks[0]
    assert color_at(image, box.x(z(2027, 3, 15, 16)), bar_y(layout, "hq")) == DARK.working
    assert (
        QColor(
            color_at(image, box.x(z(2027, 3, 15, 16)), layout.blocks[0].rows[0].top + 2)
        ).lightness()
        < 80
    )


def test_week_view_stacks_seven_days_and_edges_are_hit(acme: Plan) -> None:
    style = ChartStyle(palette=LIGHT, unit=1.0, row=26)
    image, layout = render(chart_data(acme, "week", date(2027, 3, 15)), style)
    assert [b.block.day.day for b in layout.blocks] == list(range(15, 22))
    assert all(a.bottom < b.top for a, b in zip(layout.blocks, layout.blocks[1:], strict=False))
    saturday = layout.blocks[5]
    assert (
        color_at(
            image,
            saturday.x(z(2027, 3, 20, 16)),
            (saturday.rows[0].bar_top + saturday.rows[0].bar_bottom) / 2,
        )
        != LIGHT.working
    )
    tuesday = layout.blocks[1]
    x = tuesday.x(z(2027, 3, 16, 21))
    edge = layout.edge_at(x + 2, tuesday.rows[0].top + 5, 5)
    assert edge is not None
    assert (edge.span.team_id, edge.edge, edge.span.day) == ("hq", "end", date(2027, 3, 16))


def test_year_strip_colours_the_mismatch_weeks_darkest(acme: Plan) -> None:
    style = ChartStyle(palette=LIGHT, unit=1.0)
    data = chart_data(acme, "year", date(2027, 1, 1), pair=("hq", "kyiv"))
    image, layout = render(data, style)
    (strip,) = layout.strips
    days = strip.strip.days
    cell = (strip.x1 - strip.x0) / len(days)
    y = strip.top + 5

    def at(day: date) -> str:
        return color_at(image, strip.x0 + ((day - date(2027, 1, 1)).days + 0.5) * cell, y)

    assert at(date(2027, 3, 16)) == LIGHT.scale_high  # 4 h: US summer time, Europe not yet
    assert at(date(2027, 3, 2)) == LIGHT.scale_low  # 3 h
    assert at(date(2027, 3, 13)) == LIGHT.off_day  # Saturday
    assert layout.day_at(strip.x0 + 74.5 * cell, y) == (strip, 74)
    assert days[74].day == date(2027, 3, 16)
    assert strip_color(strip.strip, 74, style).name().upper() == LIGHT.scale_high


def test_working_day_without_overlap_is_vermillion_in_the_year_strip() -> None:
    plan = load_plan(EXAMPLES / "london-riyadh-bengaluru.toml").plan
    data = chart_data(plan, "year", date(2027, 1, 1), pair=("ldn", "ruh"))
    style = ChartStyle(palette=LIGHT, unit=1.0)
    friday = (date(2027, 1, 8) - date(2027, 1, 1)).days  # London works, Riyadh does not
    assert strip_color(data.strips[0], friday, style).name().upper() == LIGHT.none_day


def test_plan_without_teams_paints_a_hint() -> None:
    style = ChartStyle(palette=LIGHT, unit=1.0)
    image, layout = render(chart_data(Plan(), "day", date(2027, 1, 4)), style)
    assert layout.blocks == [] and layout.edges == []
    inked = sum(
        1
        for x in range(WIDTH)
        for y in range(image.height())
        if image.pixelColor(x, y).lightness() < 200
    )
    assert inked > 100  # the hint's text


def test_legend_names_every_mark() -> None:
    labels = " ".join(i.label for i in legend_items("day", ChartStyle()))
    for word in ("working", "overlap", "early/late", "night", "holiday", "DST"):
        assert word in labels


def test_year_strip_shows_half_an_hour_lost_in_winter() -> None:
    plan = load_plan(EXAMPLES / "sydney-kathmandu.toml").plan
    data = chart_data(plan, "year", date(2027, 1, 1))
    strip = data.strips[0]
    style = ChartStyle(palette=LIGHT, unit=1.0)
    february = (date(2027, 2, 3) - date(2027, 1, 1)).days  # AEDT: 8 h 30 min
    june = (date(2027, 6, 16) - date(2027, 1, 1)).days  # AEST: 8 h
    assert (strip.days[february].minutes, strip.days[june].minutes) == (510, 480)
    assert strip_color(strip, february, style).name().upper() == LIGHT.scale_high
    winter = strip_color(strip, june, style).name().upper()
    assert winter not in (LIGHT.scale_high, LIGHT.scale_low)
