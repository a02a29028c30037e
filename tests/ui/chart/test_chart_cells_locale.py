# ruff: noqa: RUF001  (Arabic-Indic digits and the Arabic comma are the point of these texts)
"""The chart's accessible cells, its table and the Meetings panel in the GUI's locale."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from planner.plan.reading import load_plan
from ui.chart.table_view import ChartTableModel
from ui.chart.widget import ChartWidget
from ui.i18n.language import apply_language
from ui.panels.meetings_panel import MeetingsPanel

ACME = Path(__file__).resolve().parents[3] / "resources" / "examples" / "newyork-manila-kyiv.toml"
ASCII_DIGIT = re.compile("[0-9]")
ARABIC_DIGIT = re.compile("[٠-٩]")


def chart_on(qtbot: QtBot, view: str = "day") -> ChartWidget:
    chart = ChartWidget()
    qtbot.addWidget(chart)
    chart.resize(1200, 480)
    chart.set_plan(load_plan(ACME).plan)
    chart.set_zone("UTC")
    chart.set_date(date(2027, 3, 16))
    if view != "day":
        chart.set_view(view)
    return chart


def cell_name(chart: ChartWidget, index: int) -> str:
    table = QAccessible.queryAccessibleInterface(chart)
    assert table is not None
    child = table.child(index)
    assert child is not None
    return child.text(QAccessible.Text.Name)


def test_in_arabic_a_cell_says_its_times_in_arabic_indic_digits(qtbot: QtBot) -> None:
    apply_language("ar", QLocale("ar_EG"))
    chart = chart_on(qtbot)
    manila = cell_name(chart, 1 * 24 + 14)  # 14:00-15:00 UTC: 22:00-23:00 in Manila
    assert not ASCII_DIGIT.search(manila), manila
    assert "٢٢:٠٠\u200e-\u200e٢٣:٠٠" in manila and "١٠:٠٠\u200e-\u200e١١:٠٠" in manila
    assert "، " in manila and ", " not in manila  # the Arabic comma between the parts
    meeting = cell_name(chart, 3 * 24)
    assert "١٤:٠٠\u200e-\u200e١٤:٣٠" in meeting and not ASCII_DIGIT.search(meeting)


def test_in_arabic_the_year_cells_and_table_durations_use_arabic_indic_digits(
    qtbot: QtBot,
) -> None:
    apply_language("ar", QLocale("ar_EG"))
    chart = chart_on(qtbot, "year")
    texts = chart.keys.texts()
    assert texts.year
    day = texts.text(0, 3)  # 4 January 2027
    assert "٢٠٢٧-٠١-٠٤" in day and not ASCII_DIGIT.search(day.split("↔")[-1])
    assert ARABIC_DIGIT.search(day)
    # The Chart as Table view: the year's overlap column in the same digits.
    model = ChartTableModel()
    model.show_chart(chart)
    teams = texts.rows
    overlap = model.index(3 * teams, 4).data()  # 4 January, the first pair
    assert overlap and ARABIC_DIGIT.search(overlap) and not ASCII_DIGIT.search(overlap)
    hour = model.index(0, 0).data()
    assert not ASCII_DIGIT.search(hour)


def test_in_english_the_cells_are_unchanged(qtbot: QtBot) -> None:
    chart = chart_on(qtbot)
    assert cell_name(chart, 1 * 24 + 14) == (
        "Manila support desk, Tue 22:00-23:00 local, working (night), "
        "overlaps Acme HQ (New York) 10:00-11:00"
    )


def meetings_panel(qtbot: QtBot, clock24: bool) -> MeetingsPanel:
    panel = MeetingsPanel()
    qtbot.addWidget(panel)
    panel.clock24 = clock24
    panel.set_plan(load_plan(ACME).plan)
    panel.select("kyiv-weekly")
    return panel


def row(panel: MeetingsPanel, index: int) -> list[str]:
    table = panel.table
    return [table.item(index, c).text() for c in range(table.columnCount())]


def test_the_meetings_panel_shows_12_hour_times_in_the_locale(qtbot: QtBot) -> None:
    apply_language("ar", QLocale("ar_EG"))
    am, pm = QLocale().amText(), QLocale().pmText()
    assert (am, pm) == ("ص", "م")
    panel = meetings_panel(qtbot, clock24=False)
    when, hq, kyiv, _status = row(panel, 0)  # Tue 5 January 2027, 10:00 in New York
    assert when.endswith(f"١٠:٠٠ {am}") and "AM" not in when
    assert hq.endswith(f"١٠:٠٠ {am}") and kyiv.endswith(f"٥:٠٠ {pm}")
    assert not ASCII_DIGIT.search(when + hq + kyiv)
    schedule = panel.tree.topLevelItem(0).text(2)
    assert f"١٠:٠٠ {am}" in schedule and "٢٠٢٧-٠١-٠٥" in schedule and "AM" not in schedule


def test_in_spanish_the_meetings_panel_uses_spanish_times(qtbot: QtBot) -> None:
    apply_language("es", QLocale("es_ES"))
    panel = meetings_panel(qtbot, clock24=False)
    when = row(panel, 0)[0]
    assert when.lower().endswith(f"10:00 {QLocale().amText().lower()}") and "AM" not in when


def test_in_english_the_meetings_panel_is_unchanged(qtbot: QtBot) -> None:
    panel = meetings_panel(qtbot, clock24=False)
    assert row(panel, 0)[:3] == ["Tue 2027-01-05 10:00 AM", "Tue 10:00 AM", "Tue 5:00 PM"]
    assert "from 2027-01-05, 10:00 AM America/New_York, 30 min" in panel.tree.topLevelItem(0).text(
        2
    )
