"""Chart speed: repaint with 12 teams (< 8 ms) and a drag edit, recompute + repaint (< 16 ms).

Baselines measured in the same run: an empty widget of the same size repainted the same way,
and the chart's own pointer hover (repaint without recomputing). The chart's repaints cover
its chart area, as the widget's own updates do (not the scroll bar beside it).
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from datetime import UTC, date, datetime

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from planner.plan.hours import WeekHours
from planner.plan.model import Plan, Team
from ui.chart.widget import ChartWidget

DAY = date(2027, 3, 16)
TEAMS = (
    ("hq", "client", "America/New_York", {"mon-fri": ["09:00-17:00"]}, "US-NY"),
    ("ldn", "client", "Europe/London", {"mon-fri": ["09:00-17:30"]}, "GB"),
    ("mnl", "vendor", "Asia/Manila", {"mon-fri": ["21:00-06:00"]}, "PH"),
    ("kyiv", "vendor", "Europe/Kyiv", {"mon-fri": ["10:00-19:00"]}, "UA"),
    ("blr", "vendor", "Asia/Kolkata", {"mon-fri": ["10:00-13:00", "14:00-19:30"]}, "IN"),
    ("ktm", "vendor", "Asia/Kathmandu", {"sun-fri": ["03:45-12:45"]}, "NP"),
    ("ruh", "vendor", "Asia/Riyadh", {"sun-thu": ["08:00-16:00"]}, "SA"),
    ("bog", "vendor", "America/Bogota", {"mon-fri": ["07:00-16:00"]}, "CO"),
    ("lag", "vendor", "Africa/Lagos", {"mon-sat": ["08:00-17:00"]}, "NG"),
    ("waw", "vendor", "Europe/Warsaw", {"mon-fri": ["08:00-16:00"]}, "PL"),
    ("syd", "vendor", "Australia/Sydney", {"mon-fri": ["07:00-15:00"]}, "AU"),
    ("sgn", "vendor", "Asia/Ho_Chi_Minh", {"daily": ["00:00-24:00"]}, "VN"),
)


def twelve_teams() -> Plan:
    """A plan with 2 clients and 10 vendors across the world."""
    return Plan(
        teams=tuple(
            Team(i, side, zone, WeekHours.parse(hours), name=f"Team {i}", holidays=code)  # type: ignore[arg-type]
            for i, side, zone, hours, code in TEAMS
        ),
        title="Twelve teams",
    )


def timed(action: Callable[[], object], runs: int) -> float:
    """The median time of ``action`` in milliseconds."""
    for _ in range(5):
        action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> list[tuple[str, str, str, str]]:
    """Print the chart's figures next to their baselines; return the README rows."""
    app = QApplication.instance() or QApplication([])
    empty = QWidget()
    empty.resize(1280, 800)
    empty.show()
    chart = ChartWidget(clock=lambda: datetime(2027, 3, 16, 15, tzinfo=UTC))
    chart.resize(1280, 800)
    chart.set_plan(twelve_teams())
    chart.set_date(DAY)
    chart.set_selected_pair("hq", "mnl")
    chart.show()
    app.processEvents()
    chart.repaint()

    baseline = timed(empty.repaint, 200)
    repaint = timed(lambda: chart.repaint(chart.chart_area()), 200)
    chart.set_selected_pair(None, None)
    chart.repaint()
    repaint_all = timed(lambda: chart.repaint(chart.chart_area()), 100)
    chart.set_selected_pair("hq", "mnl")
    chart.repaint()

    layout = chart.chart_layout()
    assert layout is not None
    box = layout.blocks[0]
    row = next(r for r in box.rows if r.team_id == "hq")
    edge = next(e for e in layout.edges if e.span.team_id == "hq" and e.edge == "end")
    y = round((row.top + row.bottom) / 2)
    hour = (box.x1 - box.x0) / box.block.hours
    QTest.mouseMove(chart, QPoint(round(edge.x), y))
    QTest.mousePress(
        chart, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(round(edge.x), y)
    )
    steps = [round(edge.x + hour * k / 4) for k in range(1, 9)] + [
        round(edge.x + hour * k / 4) for k in range(7, -1, -1)
    ]
    position = iter(steps * 1000)

    def drag_step() -> None:
        QTest.mouseMove(chart, QPoint(next(position), y))
        chart.repaint(chart.chart_area())

    drag = timed(drag_step, 160)
    QTest.mouseRelease(
        chart, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(round(edge.x), y)
    )

    hover_x = iter([round(box.x0 + (box.x1 - box.x0) * k / 50) for k in range(50)] * 100)

    def hover_step() -> None:
        QTest.mouseMove(chart, QPoint(next(hover_x), y))
        chart.repaint(chart.chart_area())

    hover = timed(hover_step, 100)
    print(f"empty widget repaint (1280x800, baseline):      {baseline:6.2f} ms")
    print(f"chart repaint, 12 teams, day, one pair:         {repaint:6.2f} ms   (target < 8 ms)")
    print(f"chart repaint, 12 teams, day, all 20 pairs:     {repaint_all:6.2f} ms")
    print(f"hover move + repaint (baseline for the drag):   {hover:6.2f} ms")
    print(f"drag edit, recompute + repaint, 12 teams:       {drag:6.2f} ms   (target < 16 ms)")
    return [
        (
            "chart repaint, 12 teams, day view, 1280x800 (median, warm)",
            "< 8 ms",
            f"{repaint:.1f} ms (all 20 pairs: {repaint_all:.1f} ms)",
            f"empty widget repaint: {baseline:.2f} ms",
        ),
        (
            "drag edit of a shift edge: recompute + repaint, 12 teams (warm)",
            "< 16 ms",
            f"{drag:.1f} ms",
            f"hover move + repaint: {hover:.1f} ms",
        ),
    ]


if __name__ == "__main__":
    main()
