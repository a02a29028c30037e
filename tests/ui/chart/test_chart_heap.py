"""An edge drag holds the heap still: the collector's passes see only what its steps make."""

from __future__ import annotations

import gc
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from planner.plan.reading import load_plan
from ui.chart.widget import ChartWidget

EXAMPLES = Path(__file__).resolve().parents[3] / "resources" / "examples"


@pytest.fixture
def chart(qtbot: QtBot) -> ChartWidget:
    widget = ChartWidget(clock=lambda: datetime(2027, 3, 16, 15, tzinfo=UTC))
    qtbot.addWidget(widget)
    widget.resize(1200, 480)
    widget.set_plan(load_plan(EXAMPLES / "newyork-manila-kyiv.toml").plan)
    widget.set_date(date(2027, 3, 15))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def grab(qtbot: QtBot, chart: ChartWidget) -> QPoint:
    """Press on a shift's end and drag it an hour; where it was grabbed."""
    layout = chart.chart_layout()
    assert layout is not None
    edge = next(e for e in layout.edges if e.edge == "end")
    box = layout.blocks[0]
    at = QPoint(round(edge.x), round((edge.top + edge.bottom) / 2) - chart.scroll_offset())
    qtbot.mousePress(chart, Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseMove(chart, at + QPoint(round((box.x1 - box.x0) / 24), 0))
    return at


@pytest.mark.parametrize(
    "end",
    [
        lambda qtbot, chart, at: qtbot.mouseRelease(chart, Qt.MouseButton.LeftButton, pos=at),
        lambda qtbot, chart, at: qtbot.keyClick(chart, Qt.Key.Key_Escape),
        lambda qtbot, chart, at: chart.set_plan(chart.plan()),
        lambda qtbot, chart, at: chart.hide(),
    ],
    ids=["released", "escape", "new plan", "hidden"],
)
def test_the_heap_is_frozen_while_an_edge_is_dragged_and_given_back_after(
    qtbot: QtBot, chart: ChartWidget, end: Callable[[QtBot, ChartWidget, QPoint], None]
) -> None:
    # None of the app's: Python 3.12 starts with some of its own objects frozen, which
    # the drag's end gives back to the collector too.
    assert gc.get_freeze_count() < 1000
    at = grab(qtbot, chart)
    assert chart._drag is not None and chart.plan() is not chart._plan  # a step previewed
    frozen = gc.get_freeze_count()
    assert frozen > 1000  # the app's objects: the collector's passes leave them alone
    made = [[index] for index in range(100)]  # what a step makes is collected as usual
    assert all(gc.is_tracked(m) for m in made) and gc.get_freeze_count() == frozen
    end(qtbot, chart, at)
    assert gc.get_freeze_count() == 0
