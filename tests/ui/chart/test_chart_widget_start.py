"""The chart the window starts with: its settings and the plan's zone applied in one refresh."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

import ui.chart.prepared
from planner.chart.data import ChartData
from planner.errors import PlannerError
from planner.plan.reading import load_plan
from ui.chart.state import ChartState
from ui.chart.widget import ChartWidget

EXAMPLE = (
    Path(__file__).resolve().parents[3] / "resources" / "examples" / "newyork-manila-kyiv.toml"
)
NOW = datetime(2027, 3, 16, 15, 20, tzinfo=UTC)


def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The views whose data the chart works out from now on, in order."""
    made: list[str] = []
    original = ui.chart.prepared.chart_data

    def chart_data(plan: Any, view: str, *args: Any, **kwargs: Any) -> ChartData:
        made.append(view)
        return original(plan, view, *args, **kwargs)

    monkeypatch.setattr(ui.chart.prepared, "chart_data", chart_data)
    return made


def test_preset_then_show_plan_works_the_chart_out_once(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = load_plan(EXAMPLE).plan
    made = counted(monkeypatch)
    chart = ChartWidget(clock=lambda: NOW)
    qtbot.addWidget(chart)
    chart.preset("week", date(2027, 3, 15), False)
    assert made == [] and chart.chart() is None
    chart.show_plan(plan, "Europe/Kyiv")
    assert made == ["week"]
    assert chart.state() == ChartState("week", date(2027, 3, 15), "Europe/Kyiv", clock24=False)

    reference = ChartWidget(clock=lambda: NOW)
    qtbot.addWidget(reference)
    reference.set_view("week")
    reference.set_date(date(2027, 3, 15))
    reference.set_clock24(False)
    reference.set_zone("Europe/Kyiv")
    reference.set_plan(plan)
    assert chart.chart() == reference.chart()


def test_show_plan_without_a_zone_uses_the_plans_own(qtbot: QtBot) -> None:
    plan = load_plan(EXAMPLE).plan
    chart = ChartWidget(clock=lambda: NOW)
    qtbot.addWidget(chart)
    chart.show_plan(plan, "Europe/Kyiv")
    chart.show_plan(plan, None)
    data = chart.chart()
    assert chart.state().zone is None and data is not None
    assert data.zone == plan.reference_zone


def test_preset_and_show_plan_refuse_what_the_setters_refuse(qtbot: QtBot) -> None:
    chart = ChartWidget(clock=lambda: NOW)
    qtbot.addWidget(chart)
    with pytest.raises(PlannerError, match="unknown chart view"):
        chart.preset("month", date(2027, 3, 15), True)
    with pytest.raises(PlannerError):
        chart.show_plan(load_plan(EXAMPLE).plan, "Mars/Olympus")
    assert chart.chart() is None


def test_idle_work_due_before_a_new_plan_has_painted_waits_for_its_paint(qtbot: QtBot) -> None:
    """The year's warm-up and the views made ahead come after the plan is on screen."""
    chart = ChartWidget(clock=lambda: NOW)
    qtbot.addWidget(chart)
    chart.resize(1000, 460)
    chart.show()
    qtbot.waitExposed(chart)
    chart.show_plan(load_plan(EXAMPLE).plan, None)
    chart._warm.stop()
    chart._prepare.stop()
    chart._warm_year()  # due before the paint: nothing made, both wait for it
    chart._prepare_view()
    assert chart._year.teams is None and chart._shelf.views() == []
    assert not chart._warm.isActive() and not chart._prepare.isActive()
    chart.update()
    qtbot.waitUntil(lambda: chart._painted is chart._data)
    qtbot.waitUntil(lambda: chart._year.teams is not None)
    qtbot.waitUntil(lambda: chart._shelf.views() == ["week", "year"])
    chart.update()  # the same data again: nothing is started anew
    qtbot.wait(10)
    assert not chart._warm.isActive() and not chart._prepare.isActive()
