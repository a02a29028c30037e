"""The staffing row: scheduled agents, the required line and understaffed marks, on every device."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from planner.chart.data import chart_data
from planner.plan.model import Plan
from planner.plan.reading import load_plan
from ui.chart.export import export_chart
from ui.chart.geometry import measure_chart
from ui.chart.layers.legend import has_staffing, legend_items
from ui.chart.painter import paint_chart
from ui.chart.state import ChartState
from ui.chart.style import LIGHT, ChartStyle

EXAMPLE = (
    Path(__file__).resolve().parents[3]
    / "resources"
    / "examples"
    / "newyork-manila-contact-centre.toml"
)
WIDTH = 1200


@pytest.fixture(scope="module")
def centre() -> Plan:
    return load_plan(EXAMPLE).plan


def render(plan: Plan, day: date) -> tuple[QImage, object]:
    style = ChartStyle(palette=LIGHT, unit=1.0)
    data = chart_data(plan, "day", day)
    image = QImage(WIDTH, int(measure_chart(data, style)) + 2, QImage.Format.Format_RGB32)
    image.fill(QColor(LIGHT.background))
    painter = QPainter(image)
    layout = paint_chart(painter, QRectF(0, 0, WIDTH, image.height()), data, style)
    painter.end()
    return image, layout


def test_the_staffing_row_stands_under_its_pair_and_marks_the_short_hour(centre: Plan) -> None:
    # Monday 15 March 2027: New York has just moved its clocks, Manila has not: nobody is on
    # at New York's 08:00-09:00, and the lunch peak is four agents short.
    image, layout = render(centre, date(2027, 3, 15))
    box = layout.blocks[0]
    kinds = [(r.team_id, r.pair, r.role_id) for r in box.rows]
    assert kinds == [
        ("shop", None, None),
        ("mnl", None, None),
        (None, ("shop", "mnl"), None),
        (None, None, "voice"),
    ]
    row = box.rows[-1]
    staffing = box.block.staffing[0]
    assert staffing.short_intervals == 4
    short = staffing.intervals[0]
    assert (short.required, short.scheduled) == (15, 0)
    foot = row.bottom - 1
    x_short = box.x(short.start) + 3
    assert image.pixelColor(int(x_short), int(foot)).name().upper() == LIGHT.gap
    staffed = next(i for i in staffing.intervals if not i.understaffed)
    x_ok = box.x(staffed.start) + 3
    assert image.pixelColor(int(x_ok), int(foot)).name().upper() != LIGHT.gap
    # The scheduled area is painted in the working colour (blended), from the bar's foot up.
    blue = image.pixelColor(int(x_ok), int(row.bar_bottom - 2))
    assert blue.blue() > blue.red() + 40


def test_the_legend_names_the_staffing_swatches(centre: Plan) -> None:
    data = chart_data(centre, "week", date(2027, 3, 15))
    assert has_staffing(data)
    labels = [i.label for i in legend_items("week", ChartStyle(), has_staffing(data))]
    assert labels[-3:] == [
        "agents scheduled",
        "agents required",
        "understaffed (scheduled/required)",
    ]
    assert "agents scheduled" not in [i.label for i in legend_items("week", ChartStyle())]


def test_the_printed_chart_has_the_staffing_row(centre: Plan, tmp_path: Path) -> None:
    target = tmp_path / "week.pdf"
    export_chart(centre, ChartState("day", date(2027, 3, 15)), str(target))
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Agents: Customer calls" in text
    assert "SL " in text and "4 short" in text
    assert "agents required" in text


def test_hovering_the_staffing_row_tells_the_intervals_figures(centre: Plan) -> None:
    from PySide6.QtCore import QPointF

    from ui.chart.pointer import hover_text

    data = chart_data(centre, "day", date(2027, 3, 15))
    _, layout = render(centre, date(2027, 3, 15))
    box = layout.blocks[0]
    row = box.rows[-1]
    lunch = next(
        i for i in box.block.staffing[0].intervals if i.required == 29 and i.scheduled == 25
    )
    point = QPointF(box.x(lunch.start) + 5, (row.top + row.bottom) / 2)
    text = hover_text(layout, data, point, True)
    assert text.startswith("Mon 12:05 America/New_York")
    assert text.endswith(
        "Customer calls: 95 contacts: 29 agents required, 25 scheduled (4 short), service level "
        f"{100 * lunch.service_level:.1f}%"
    )
