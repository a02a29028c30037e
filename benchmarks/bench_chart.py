"""Chart repaints on screen: hover, scroll, view change, keyboard focus and a drag edit.

Targets (issue of scale): any repaint under 8 ms at 12 teams and under 16 ms at 200 teams, in
the day, week and year views; a drag edit of a shift edge in the main window, with what
the window recomputes on each step (the chart's data, its repaint, the role verdicts),
the same: under 8 ms at 12 teams, under 16 ms at 200.

``BENCH_CHART_ONLY=repaints`` or ``=drags`` runs one part (while working on it).

Every figure is the median over many events in one process (warm), each beside baselines
measured in the same run: an empty widget of the same size repainted, and the chart's own
straightforward repaint (``ChartView.full_repaint``: the whole chart drawn unclipped on
every repaint, the whole area updated on every pointer move, no picture kept; for the
drag also the verdicts analysed on every step). A repaint is what the widget asks for,
processed as the event loop does (``processEvents``).

"View change" is a switch of view by a key press and the first repaint it asks for, the
chart's data given apart. The widget makes the views one key press away (day, week, year of
the same plan, date, zone, selection and size: their data and still picture) once it has
been idle for ``ui.chart.prepared.IDLE_MS`` on a view, and keeps a view it leaves; an
edit, a date or selection change, a resize and the minute's refresh drop them. So the
figure "made ahead" switches after the widget was idle on the previous view (waiting until
it has made the others: what a user gets who looks at a view before pressing the key; a
plan of more than ``PREPARE_AHEAD_TEAMS`` teams is not made ahead, so for 200 teams it is
a switch with only the view left kept),
and "cold" switches with nothing made ahead or kept (``prepare_ahead`` off and the views
kept forgotten: what a key pressed within ``IDLE_MS`` of an edit gets), where the first
repaint draws the still picture whole (the year view's strips are made as they are drawn,
so its cold repaint includes those on screen that the widget did not work out while idle
after the plan changed). A cold switch is given as its first repaint, its data and their
sum (what the user waits for), each the median of ``COLD_RUNS`` cold switches, and the
first of them apart: the first time the process shows that view, with what is made once
per process and not per view (the planner's per-team caches of the days shown, glyphs of
new text sizes, label layouts). Plans from
``plans.py``: 12 teams (6 roles, 10 weekly meetings) and 200 teams (10 offices, 190
vendors, 133 roles, 1,900 client/vendor pairs).
"""

from __future__ import annotations

import gc
import os
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from itertools import cycle
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from plans import organisation_plan, twelve_team_plan, write_plan
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from planner.plan.model import Plan
from ui.chart.prepared import IDLE_MS, PREPARE_AHEAD_TEAMS
from ui.chart.widget import ChartWidget

DAY = date(2027, 3, 16)
NOW = datetime(2027, 3, 16, 15, tzinfo=UTC)
SIZE = (1280, 800)
VIEWS = ("day", "week", "year")
COLD_RUNS = 5
"""Cold switches measured per view (the first of them is also given on its own)."""
Row = tuple[str, str, str, str]
Cold = tuple[float, float, float, float, float]
"""A view's cold switches: (repaint, data, repaint + data) medians, the first's repaint, data."""


def _median_ms(action: Callable[[], object], runs: int, warmup: int = 3) -> float:
    for _ in range(warmup):
        action()
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return statistics.median(times) * 1000


def _steps(values: list[int]) -> Iterator[int]:
    return cycle(values)


class ChartBench:
    """One chart widget on a plan, measured in each view."""

    def __init__(self, app: QApplication, plan: Plan) -> None:
        self.app = app
        self.chart = ChartWidget(clock=lambda: NOW)
        self.chart.resize(*SIZE)
        self.chart.set_plan(plan)
        self.chart.set_date(DAY)
        self.chart.show()
        app.processEvents()

    def idle(self) -> None:
        """Let the widget be idle until it has made the other views ahead."""
        chart = self.chart
        if not chart.prepares_ahead():
            QTest.qWait(2 * IDLE_MS)
            return
        deadline = time.perf_counter() + 5
        while time.perf_counter() < deadline and (
            chart._prepare.isActive() or chart._missing_view() is not None
        ):
            QTest.qWait(20)

    def cold(self, before: str, view: str) -> tuple[float, float]:
        """Switch from ``before`` to ``view`` with nothing made ahead or kept."""
        self.chart.prepare_ahead = False
        self.chart._shelf.clear()
        self.show(before)
        self.chart._shelf.clear()
        figures = self.show(view)
        self.chart.prepare_ahead = True
        return figures

    def colds(self, before: str, view: str) -> Cold:
        """``COLD_RUNS`` cold switches from ``before`` to ``view``: medians and the first."""
        runs = [self.cold(before, view) for _ in range(COLD_RUNS)]
        first_data, first_repaint = runs[0]
        return (
            statistics.median(r for _, r in runs),
            statistics.median(d for d, _ in runs),
            statistics.median(d + r for d, r in runs),
            first_repaint,
            first_data,
        )

    def show(self, view: str) -> tuple[float, float]:
        """Switch to ``view``: (ms for its data, ms for its first repaint)."""
        began = time.perf_counter()
        self.chart.set_view(view)
        middle = time.perf_counter()
        self.app.processEvents()
        return (middle - began) * 1000, (time.perf_counter() - middle) * 1000

    def hover(self, runs: int) -> float:
        """Median ms of a pointer move across the timeline and the repaint it asks for."""
        chart = self.chart
        layout = chart.chart_layout()
        assert layout is not None
        scroll = chart.scroll_offset()
        if layout.strips:
            strip = layout.strips[min(2, len(layout.strips) - 1)]
            x0, x1, y = strip.x0, strip.x1, round((strip.top + strip.bottom) / 2) - scroll
        else:
            box = layout.blocks[0]
            row = box.rows[min(3, len(box.rows) - 1)]
            x0, x1, y = box.x0, box.x1, round((row.top + row.bottom) / 2) - scroll
        xs = _steps([round(x0 + (x1 - x0) * k / 60) for k in range(1, 60)])

        def move() -> None:
            QTest.mouseMove(chart, QPoint(next(xs), y))
            self.app.processEvents()

        return _median_ms(move, runs)

    def keys(self, runs: int) -> float:
        """Median ms of an arrow key moving the focused cell and the repaint it asks for."""
        chart = self.chart
        chart.activateWindow()
        chart.setFocus()
        self.app.processEvents()
        keys = cycle([Qt.Key.Key_Right] * 10 + [Qt.Key.Key_Left] * 10)

        def press() -> None:
            QTest.keyClick(chart, next(keys))
            self.app.processEvents()

        return _median_ms(press, runs)

    def scroll(self, runs: int) -> float | None:
        """Median ms of a wheel-sized scroll step and its repaint (None: nothing to scroll)."""
        bar = self.chart._scroll
        if not bar.isVisible():
            return None
        top = min(bar.maximum(), 600)
        values = _steps([0, 40, 80, 120, top, top - 40, 120, 80, 40])

        def step() -> None:
            bar.setValue(next(values))
            self.app.processEvents()

        value = _median_ms(step, runs)
        bar.setValue(0)
        self.app.processEvents()
        return value


def _repaints(app: QApplication, plan: Plan, runs: int, full_runs: int) -> dict[str, object]:
    """Hover, scroll and view-change figures of ``plan`` in each view, with the old way."""
    bench = ChartBench(app, plan)
    figures: dict[str, object] = {}
    for view in VIEWS:
        before = "day" if view != "day" else "week"
        bench.chart.full_repaint = False
        cold = bench.colds(before, view)
        bench.show(before)
        bench.idle()
        data, first = bench.show(view)
        hover = bench.hover(runs)
        scroll = bench.scroll(runs)
        bench.chart.full_repaint = True
        _, full_first = bench.cold(before, view)
        full_hover = bench.hover(full_runs)
        full_scroll = bench.scroll(full_runs)
        figures[view] = (data, first, hover, scroll, full_first, full_hover, full_scroll)
        figures[f"cold {view}"] = cold
    for view in ("day", "week"):
        bench.chart.full_repaint = False
        bench.show(view)
        keys = bench.keys(runs)
        bench.chart.full_repaint = True
        figures[f"keys {view}"] = (keys, bench.keys(full_runs))
    bench.chart.close()
    return figures


def _drag(app: QApplication, plan: Plan, view: str, steps: int) -> dict[str, float]:
    """Per-step ms of an edge drag in the main window, with the window's own recomputes.

    "cached": as the app runs (each step's chart data and verdicts kept from the last
    step's but for the dragged team's, its rows redrawn, verdicts at most every
    PREVIEW_ANALYSIS_MS); "every": the same with the verdicts on every step (what a step
    with verdicts costs); "full": full repaints, every step's chart data and verdicts
    worked out anew on every step (the old way). The full passes of the garbage collector
    that fall on the measured steps are counted (the slowest step is given as measured).
    """
    from ui.settings import Settings
    from ui.window import shell
    from ui.window.main_window import MainWindow

    result: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        path = write_plan(plan, str(Path(folder) / "plan.toml"))
        window = MainWindow(Settings.at(str(Path(folder) / "settings.ini")), None, Path(folder))
        window.resize(1500, 920)
        window.show()
        app.processEvents()
        window.start(path)
        window.set_view(view)
        window.set_date(DAY)
        window.set_drag_scope("week")
        app.processEvents()
        chart = window.chart
        assert chart is not None
        layout = chart.chart_layout()
        assert layout is not None
        scroll = chart.scroll_offset()
        bottom = scroll + chart.height() - chart.legend_strip()
        edge = next(  # the first team's first shift end in view
            e
            for e in layout.edges
            if e.edge == "end"
            and e.span.team_id == plan.teams[0].id
            and scroll + 20 < e.top < bottom - 40
        )
        box = layout.block_at(edge.top)
        assert box is not None
        y = round((edge.top + edge.bottom) / 2) - scroll
        quarter = (box.x1 - box.x0) / box.block.hours / 4
        places = [round(edge.x + quarter * k) for k in (*range(1, 9), *range(7, 0, -1))]
        analyses: list[float] = []
        recompute = window.recompute

        def timed_recompute() -> None:
            if chart.full_repaint:
                window._analysed = None  # the whole analysis, not the last step's kept
            began = time.perf_counter()
            recompute()
            if window._preview_plan is not None:
                analyses.append(time.perf_counter() - began)

        window._recompute_timer.timeout.disconnect()
        window._recompute_timer.timeout.connect(timed_recompute)
        # The garbage collector's passes during the steps (a full one over the whole heap
        # costs tens of milliseconds: a drag freezes the heap it started with).
        passes: list[int] = []

        def collected(phase: str, info: dict[str, int]) -> None:
            if phase == "start":
                passes.append(info["generation"])

        gc.callbacks.append(collected)
        for kind in ("cached", "every", "full"):
            chart.full_repaint = kind == "full"
            shell.PREVIEW_ANALYSIS_MS = 100 if kind == "cached" else 0
            analyses.clear()
            xs = iter(places * (steps // len(places) + 2))
            start = QPoint(round(edge.x), y)
            QTest.mouseMove(chart, start)
            QTest.mousePress(
                chart, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start
            )
            times = []
            passes.clear()
            for index in range(steps + 3):
                began = time.perf_counter()
                QTest.mouseMove(chart, QPoint(next(xs), y))
                app.processEvents()
                if index >= 3:
                    times.append(time.perf_counter() - began)
                else:
                    passes.clear()
            QTest.mouseRelease(
                chart, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start
            )
            app.processEvents()
            result[f"{kind} median"] = statistics.median(times) * 1000
            result[f"{kind} mean"] = statistics.fmean(times) * 1000
            result[f"{kind} max"] = max(times) * 1000
            result[f"{kind} analysis"] = statistics.median(analyses) * 1000 if analyses else 0.0
            result[f"{kind} analysed"] = len(analyses)
            result[f"{kind} full collections"] = sum(1 for g in passes if g == 2)
        gc.callbacks.remove(collected)
        shell.PREVIEW_ANALYSIS_MS = 100
        window.hide()
        window.deleteLater()
        app.processEvents()
    return result


def _ms(value: object) -> str:
    return "-" if value is None else f"{value:.1f} ms"


def main() -> list[Row]:
    """Print the chart's figures next to their baselines; return the README rows."""
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    empty = QWidget()
    empty.resize(*SIZE)
    empty.show()
    app.processEvents()
    baseline = _median_ms(empty.repaint, 200)
    empty.close()
    plans = {
        12: (twelve_team_plan(), 60, 20, 8.0),
        200: (organisation_plan(10, 190), 40, 3, 16.0),
    }
    rows: list[Row] = []
    only = os.environ.get("BENCH_CHART_ONLY", "")
    print(f"empty widget repaint {SIZE[0]}x{SIZE[1]} (baseline): {baseline:.2f} ms")
    for teams, (plan, runs, full_runs, target) in plans.items():
        if only == "drags":
            break
        figures = _repaints(app, plan, runs, full_runs)
        for view in VIEWS:
            data, first, hover, scroll, full_first, full_hover, full_scroll = figures[view]  # type: ignore[misc]
            cold_repaint, cold_data, cold_sum, first_repaint, first_data = figures[f"cold {view}"]  # type: ignore[misc]
            cold = (
                f"cold {_ms(cold_repaint)} + data {_ms(cold_data)} = {_ms(cold_sum)} "
                f"(the first in the process {_ms(first_repaint)} + data {_ms(first_data)})"
            )
            print(
                f"{teams} teams, {view}: hover {_ms(hover)}, scroll {_ms(scroll)}, view change "
                f"made ahead {_ms(first)} (+ data {_ms(data)}), {cold} | full repaint: hover "
                f"{_ms(full_hover)}, scroll {_ms(full_scroll)}, view change {_ms(full_first)}"
                f"   (target < {target:g} ms)"
            )
            rows.append(
                (
                    f"chart repaints, {teams} teams, {view} view, {SIZE[0]}x{SIZE[1]} "
                    "(median, warm; view change: the first repaint, the view made ahead "
                    f"while idle, and cold: repaint + its data = sum, median of {COLD_RUNS}, "
                    "and the first in the process)",
                    f"< {target:g} ms each",
                    f"hover {_ms(hover)}, scroll {_ms(scroll)}, view change {_ms(first)} "
                    f"(its data {_ms(data)}"
                    + (
                        f"; not made ahead over {PREPARE_AHEAD_TEAMS} teams"
                        if teams > PREPARE_AHEAD_TEAMS
                        else ""
                    )
                    + f"), {cold}",
                    f"full repaint: hover {_ms(full_hover)}, scroll {_ms(full_scroll)}, view "
                    f"change {_ms(full_first)}; empty widget repaint {baseline:.2f} ms",
                )
            )
        for view in ("day", "week"):
            keys, full_keys = figures[f"keys {view}"]  # type: ignore[misc]
            print(
                f"{teams} teams, {view}: arrow key moving the focused cell {_ms(keys)} "
                f"| full repaint {_ms(full_keys)}   (target < {target:g} ms)"
            )
            rows.append(
                (
                    f"keyboard focus moved by an arrow key, {teams} teams, {view} view "
                    "(median, warm: the old and new cell repainted)",
                    f"< {target:g} ms",
                    _ms(keys),
                    f"full repaint: {_ms(full_keys)}",
                )
            )
    for teams, plan, view, steps, target in (
        (12, plans[12][0], "day", 64, "< 8 ms"),
        (12, plans[12][0], "week", 64, "< 8 ms"),
        (200, plans[200][0], "day", 24, "< 16 ms"),
    ):
        if only == "repaints":
            break
        drag = _drag(app, plan, view, steps)
        print(
            f"drag step, {teams} teams, {view}: median {drag['cached median']:.1f} ms, mean "
            f"{drag['cached mean']:.1f} ms, slowest {drag['cached max']:.1f} ms, verdicts on "
            f"{drag['cached analysed']:.0f} of {steps} steps ({drag['cached analysis']:.1f} ms); "
            f"verdicts on every step: median {drag['every median']:.1f} ms, mean "
            f"{drag['every mean']:.1f} ms, slowest {drag['every max']:.1f} ms (verdicts "
            f"{drag['every analysis']:.1f} ms); full garbage collections during the steps: "
            f"{drag['cached full collections']:.0f} and {drag['every full collections']:.0f}"
            " | all worked out anew, verdicts every step and "
            f"full repaints: median {drag['full median']:.1f} ms, mean {drag['full mean']:.1f} ms"
        )
        rows.append(
            (
                f"drag edit of a shift edge in the window, {teams} teams, {view} view: each step "
                "with the chart's data, its repaint and the role verdicts the window redoes",
                target,
                f"median {drag['cached median']:.1f} ms a step, mean {drag['cached mean']:.1f} ms, "
                f"slowest {drag['cached max']:.1f} ms (verdicts on {drag['cached analysed']:.0f} "
                f"of {steps} steps, {drag['cached analysis']:.1f} ms each); verdicts on every "
                f"step: median {drag['every median']:.1f} ms, mean {drag['every mean']:.1f} ms, "
                f"slowest {drag['every max']:.1f} ms",
                f"all worked out anew, verdicts on every step and full repaints: median "
                f"{drag['full median']:.1f} ms, mean {drag['full mean']:.1f} ms",
            )
        )
    return rows


if __name__ == "__main__":
    main()
