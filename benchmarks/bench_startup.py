"""Cold start of the desktop app against an empty PySide6 window started the same way.

Targets (PRODUCT.md, issue of speed): cold start to the first painted window, and to the
plan fully on screen, at most 1.5x the empty window's; peak memory at most 40 MB above
it; a 200-team plan (10 offices, 190 vendors, 133 roles) fully on screen in under 1.5 s.

Each run is a fresh Python process that quits right after its first paint and prints
``first-paint <unix time>``: the app as the ``overlap-planner`` console script starts it
(``from ui.launcher import main``) on the bundled example
(``OVERLAP_PLANNER_QUIT_AFTER_PAINT``), the baseline as a script that shows an empty
QMainWindow. Start time = that moment minus the moment before the process was spawned;
peak memory = the child's own ``VmHWM``, read inside the child as it exits
(``measure.PEAK_HOOK``; ``wait4`` would report the benchmark's own peak). Runs alternate
between the kinds (after one warm-up each, so the disk cache favours neither) and the
medians are reported. The children may write bytecode (``PYTHONDONTWRITEBYTECODE`` is
removed), so the measured runs use it as an installed app does. Two app figures: ``window`` (the main window with its menus,
toolbar and status bar painted; the plan loads right after) and ``plan`` (the chart and
the verdicts of the plan painted: ``window.start`` has read the plan, made the chart and
the Roles panel's verdicts, then the event loop shows and lays out the new docks and
paints the whole window; the time is taken right after that paint). The Teams and
Meetings panels are made right after that paint, as the issue allows ("panels fill
lazily"): in it their docks are empty, never stale, and the chart does not move when they
fill. ``plan200`` is ``plan`` on the 200-team plan of ``plans.py``, written to a file first.
A window closed before its panels are made remembers no layout, so every run starts as a
first start does: the default dock sizes, in a 1500x920 window like the baseline's.

A second baseline, ``drawn``, is the empty window with a central widget that paints one
line of text with QPainter: the least that any window drawing something of its own pays.
Its first read of a ``Qt`` member makes PySide6 build the whole ``Qt`` namespace's enums
(about 30 ms here), which the chart, like any drawing, needs. A third, ``loaded``, is that
window importing first the modules the plan on screen loads beyond it (recorded from a run
of the app, in load order): the plan's code loaded and nothing of the plan read, computed
or drawn. What ``plan`` takes beyond ``loaded`` is the plan's own work; ``loaded`` against
the empty window is how much of the target the code alone leaves.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from children import CONSOLE, PEAK_HOOK
from measure import PYTHON, recorded_modules
from plans import organisation_plan, write_plan

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "newyork-manila-kyiv.toml"
RUNS = 7
TIME_FACTOR = 1.5
MEMORY_MB = 40.0
LARGE_SECONDS = 1.5

EMPTY_WINDOW = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])


def report():
    print(f"first-paint {time.time():.6f}", flush=True)
    app.quit()


class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):  # the app detects its first paint the same way
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, report)


window = Window()
window.setWindowTitle("empty")
window.resize(1500, 920)
window.show()
app.exec()
"""


#: The least window that draws anything of its own: the empty window with a central widget
#: that paints one line of text with QPainter. Reading one member of ``Qt`` (an alignment
#: here) makes PySide6 build the whole ``Qt`` namespace's enums, which any window that
#: draws pays: the lower bound of a chart's start, measured beside the others.
DRAWN_WINDOW = EMPTY_WINDOW.replace(
    'window.setWindowTitle("empty")',
    """from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget


class Drawn(QWidget):
    def paintEvent(self, event):
        painter = QPainter(self)
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "drawn")
        painter.end()


window.setCentralWidget(Drawn())
window.setWindowTitle("drawn")""",
)


def drawn_with_modules(modules: list[str]) -> str:
    """The least drawn window that first imports ``modules`` (in that order), then shows.

    Given the modules the plan on screen loads beyond the least drawn window, this is the
    plan's start without any of its work: nothing read, computed, made or drawn of the
    plan, only its code loaded. ``planner`` comes first, as in the app, so that its classes
    are made from the compiled-method cache.
    """
    imports = f"import importlib\nfor _name in {modules!r}:\n    importlib.import_module(_name)\n"
    return DRAWN_WINDOW.replace("window = Window()", imports + "window = Window()")


def _run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds to the first paint, peak resident MB of the child alone) of one child."""
    with tempfile.TemporaryDirectory() as folder:
        peak_file = Path(folder) / "peak"
        started = time.time()
        child = subprocess.Popen(
            command,
            env=dict(env, BENCH_PEAK_FILE=str(peak_file)),
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        output, _ = child.communicate()
        if child.returncode != 0:
            raise RuntimeError(f"{command[0]} exited with {child.returncode}")
        peak = int(peak_file.read_text()) / 1024
    painted = [line for line in output.splitlines() if line.startswith("first-paint ")]
    if not painted:
        raise RuntimeError(f"{command} printed no first-paint line: {output!r}")
    return float(painted[0].split()[1]) - started, peak


def measure(runs: int = RUNS) -> dict[str, tuple[float, float]]:
    """Median (seconds, MB) for "empty", "drawn", "loaded", "window", "plan" and "plan200"."""
    with tempfile.TemporaryDirectory() as folder:
        base = dict(os.environ)
        # An installed app runs from compiled bytecode (pip writes it); let the warm-up run
        # write it for our modules too, as the first start on a user's machine does.
        base.pop("PYTHONDONTWRITEBYTECODE", None)
        if not base.get("DISPLAY") and not base.get("WAYLAND_DISPLAY"):
            base.setdefault("QT_QPA_PLATFORM", "offscreen")
        base["OVERLAP_PLANNER_DATA_DIR"] = str(Path(folder) / "data")
        base["OVERLAP_PLANNER_SETTINGS"] = str(Path(folder) / "settings.ini")
        app = [PYTHON, "-c", PEAK_HOOK + CONSOLE, str(EXAMPLE)]
        large = write_plan(organisation_plan(10, 190), str(Path(folder) / "plan200.toml"))
        kinds = {
            "empty": ([PYTHON, "-c", PEAK_HOOK + EMPTY_WINDOW], base),
            "drawn": ([PYTHON, "-c", PEAK_HOOK + DRAWN_WINDOW], base),
            "window": (app, dict(base, OVERLAP_PLANNER_QUIT_AFTER_PAINT="window")),
            "plan": (app, dict(base, OVERLAP_PLANNER_QUIT_AFTER_PAINT="plan")),
            "plan200": (
                [*app[:-1], large],
                dict(base, OVERLAP_PLANNER_QUIT_AFTER_PAINT="plan"),
            ),
        }
        # The plan's code alone: its modules beyond the least drawn window's, loaded by it.
        drawn = set(recorded_modules(*kinds["drawn"]))
        plan_modules = [
            name
            for name in recorded_modules(*kinds["plan"])
            if name not in drawn and name != "__main__"
        ]
        kinds["loaded"] = ([PYTHON, "-c", PEAK_HOOK + drawn_with_modules(plan_modules)], base)
        results: dict[str, list[tuple[float, float]]] = {kind: [] for kind in kinds}
        for command, env in kinds.values():
            _run(command, env)  # warm-up: the disk cache now holds Qt for every kind
        for _ in range(runs):
            for kind, (command, env) in kinds.items():
                results[kind].append(_run(command, env))
    return {
        kind: (statistics.median(t for t, _ in values), statistics.median(m for _, m in values))
        for kind, values in results.items()
    }


def main() -> list[tuple[str, str, str, str]]:
    figures = measure()
    empty_time, empty_memory = figures["empty"]
    rows = []
    print(
        f"empty PySide6 window (baseline): {empty_time * 1000:.0f} ms, peak {empty_memory:.1f} MB"
    )
    drawn_time, drawn_memory = figures["drawn"]
    print(
        f"the least drawn window (one QPainter text; Qt's namespace built): "
        f"{drawn_time * 1000:.0f} ms = {drawn_time / empty_time:.2f}x, peak {drawn_memory:.1f} MB"
    )
    loaded_time, loaded_memory = figures["loaded"]
    print(
        f"the least drawn window with the plan's modules imported first (nothing of the plan "
        f"read or drawn): {loaded_time * 1000:.0f} ms = {loaded_time / empty_time:.2f}x, "
        f"peak {loaded_memory:.1f} MB"
    )
    for kind, label in (("window", "first painted window"), ("plan", "plan on screen")):
        seconds, memory = figures[kind]
        ratio = seconds / empty_time
        extra = memory - empty_memory
        ok = ratio <= TIME_FACTOR and extra <= MEMORY_MB
        verdict = f"  [{'PASS' if ok else 'FAIL'}: <= {TIME_FACTOR}x, <= +{MEMORY_MB:.0f} MB]"
        print(
            f"overlap-planner, {label}: {seconds * 1000:.0f} ms ({ratio:.2f}x), "
            f"peak {memory:.1f} MB ({extra:+.1f} MB){verdict}"
        )
        rows.append(
            (
                f"cold start to the {label}: the bundled example, a fresh process each time "
                f"(median of {RUNS}, interleaved with the baseline)",
                f"<= {TIME_FACTOR}x the empty window, <= +{MEMORY_MB:.0f} MB",
                f"{seconds * 1000:.0f} ms = {ratio:.2f}x; peak {memory:.1f} MB = {extra:+.1f} MB",
                f"an empty PySide6 QMainWindow started the same way: {empty_time * 1000:.0f} ms, "
                f"peak {empty_memory:.1f} MB; the least drawn window (a QPainter text, Qt's "
                f"namespace built): {drawn_time * 1000:.0f} ms = {drawn_time / empty_time:.2f}x"
                + (
                    f"; it with the plan's modules imported first (nothing of the plan read or "
                    f"drawn): {loaded_time * 1000:.0f} ms = {loaded_time / empty_time:.2f}x"
                    if kind == "plan"
                    else ""
                ),
            )
        )
    seconds, memory = figures["plan200"]
    ok = seconds < LARGE_SECONDS
    print(
        f"overlap-planner, 200-team plan on screen: {seconds * 1000:.0f} ms "
        f"({seconds / empty_time:.2f}x), peak {memory:.1f} MB "
        f"[{'PASS' if ok else 'FAIL'}: < {LARGE_SECONDS} s]"
    )
    rows.append(
        (
            "cold start to a 200-team plan on screen (10 offices, 190 vendors, 133 roles; "
            f"chart, verdicts and panels painted), a fresh process each time (median of {RUNS})",
            f"< {LARGE_SECONDS} s",
            f"{seconds * 1000:.0f} ms = {seconds / empty_time:.2f}x the empty window; "
            f"peak {memory:.1f} MB",
            f"an empty PySide6 QMainWindow started the same way: {empty_time * 1000:.0f} ms, "
            f"peak {empty_memory:.1f} MB",
        )
    )
    return rows


if __name__ == "__main__":
    main()
