"""Every command-line verb as a fresh process against ``python -c "import zoneinfo, tomllib, json"``.

Target (PRODUCT.md): each verb at most 1.5x that floor, on the bundled examples. Each
verb runs through the ``overlap-planner`` script of an installed copy (the floor in the
same environment: ``measure.installed_python``), as a user starts it, on each
example separately; the kinds are interleaved round by round with the floor (one warm-up
round first) and the medians of wall time and of CPU time are compared (the CPU ratio
shakes less when other work shares the machine). A verb's verdict is its worst
example's. The holiday tables, the compiled dataclass methods and the contact centre's
solved roster are in the disk cache, as for every call after a plan's first; ``check`` is
also measured with an empty cache (a plan's very first call: both computed and written),
and the contact centre's ``analyze`` with its roster solved again (HiGHS and numpy
imported), as the first call after its demand or vendor changes. Peak memory: the child's own
``VmHWM``. Warm: the verb's own work, run again in one process (no start-up, no imports).
``chart --year`` needs Qt: its second baseline is a bare ``QGuiApplication``. Beside each
other verb's worst example, its imports alone: a child that imports the modules the verb
loaded on that example, in the same order, and ends as the verb does. The difference to the
verb is its own work (reading, computing, writing); the imports alone against the floor
show how much of the target the loading of code leaves.
"""

from __future__ import annotations

import io
import os
import shutil
import statistics
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from children import CONSOLE, FLOOR, IMPORTS_ALONE
from measure import (
    PYTHON,
    ROOT,
    console_script,
    installed_env,
    loaded_modules,
    medians,
    peak_mb,
    run_child,
)

from planner.cli.verbs import run
from planner.plan.reading import load_plan

RUNS = 7
FACTOR = 1.5
EXAMPLES = sorted((ROOT / "resources" / "examples").glob("*.toml"))
EMPTY_CACHE = "check, empty cache"
# A plan with staffing demand: its roster solved (HiGHS) rather than kept from the last call.
FIRST_SOLVE = "analyze, roster solved"
CONTACT_CENTRE = ROOT / "resources" / "examples" / "newyork-manila-contact-centre.toml"
QT_FLOOR = "from PySide6.QtGui import QGuiApplication\napp = QGuiApplication([])"
# A verb's imports alone (the modules it loaded, imported in the same order and ended the
# same way, ``children.IMPORTS_ALONE``): the part of its time that is loading code, not
# working. Not for the chart, which draws with Qt (its baseline is the bare QGuiApplication)
# and ends with the interpreter's teardown.
IMPORTS = ", imports alone"
_WITHOUT_IMPORTS_ALONE = ("chart --year",)


def _verbs(folder: str) -> dict[str, Callable[[str], list[str]]]:
    def pair(path: str) -> str:
        plan = load_plan(path).plan
        return f"{plan.clients[0].id},{plan.vendors[0].id}"

    chart = os.path.join(folder, "year.png")
    return {
        "check": lambda p: ["check", p],
        "analyze": lambda p: ["analyze", p],
        "analyze --json": lambda p: ["analyze", p, "--json"],
        # The contact centre's analyze solves an integer program (HiGHS) for its roster.
        "analyze --no-roster": lambda p: ["analyze", p, "--no-roster"],
        "export-ics": lambda p: ["export-ics", p],
        "suggest": lambda p: ["suggest", p, "--teams", pair(p), "--duration", "30"],
        "zones": lambda p: ["zones", "manila"],
        "chart --year": lambda p: ["chart", p, "-o", chart, "--year", "2027"],
    }


def main() -> list[tuple[str, str, str, str]]:
    with tempfile.TemporaryDirectory() as folder:
        env = installed_env(
            dict(os.environ, OVERLAP_PLANNER_CACHE_DIR=os.path.join(folder, "cache"))
        )
        if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        script = console_script()
        verbs = _verbs(folder)
        kinds: dict[str, Callable[[], tuple[float, float]]] = {
            "floor": lambda: run_child([PYTHON, "-c", FLOOR], env),
            "Qt floor": lambda: run_child([PYTHON, "-c", QT_FLOOR], env),
        }
        for name, arguments in verbs.items():
            for path in EXAMPLES:
                command = [script, *arguments(str(path))]
                kinds[f"{name} @ {path.stem}"] = lambda c=command: run_child(c, env)

        def first_check(path: Path) -> tuple[float, float]:
            with tempfile.TemporaryDirectory() as empty:
                fresh = dict(env, OVERLAP_PLANNER_CACHE_DIR=empty)
                return run_child([script, "check", str(path)], fresh)

        for path in EXAMPLES:
            kinds[f"{EMPTY_CACHE} @ {path.stem}"] = lambda p=path: first_check(p)

        def first_solve(path: Path) -> tuple[float, float]:
            shutil.rmtree(os.path.join(folder, "cache", "rosters"), ignore_errors=True)
            return run_child([script, "analyze", str(path)], env)

        kinds[f"{FIRST_SOLVE} @ {CONTACT_CENTRE.stem}"] = lambda: first_solve(CONTACT_CENTRE)
        # Each verb once on each example first: the cache then holds every table the runs
        # read, as for every call after a plan's first.
        for arguments in verbs.values():
            for path in EXAMPLES:
                run_child([script, *arguments(str(path))], env)
        # What each verb pays before its own work: the modules it loaded, imported alone.
        for name, arguments in verbs.items():
            if name in _WITHOUT_IMPORTS_ALONE:
                continue
            for path in EXAMPLES:
                modules = loaded_modules(arguments(str(path)), env)
                command = [PYTHON, "-c", IMPORTS_ALONE, *modules]
                kinds[f"{name} @ {path.stem}{IMPORTS}"] = lambda c=command: run_child(c, env)
        figures = medians(kinds, RUNS)
        peaks = {"floor": peak_mb(FLOOR, (), env), "Qt floor": peak_mb(QT_FLOOR, (), env)}
        for name, arguments in verbs.items():
            peaks[name] = max(peak_mb(CONSOLE, arguments(str(p)), env) for p in EXAMPLES)
        warm = {name: _warm(arguments(str(EXAMPLES[0]))) for name, arguments in verbs.items()}
    floor_wall, floor_cpu = figures["floor"]
    qt_wall, qt_cpu = figures["Qt floor"]
    print(
        f'floor `python -c "{FLOOR}"`: {floor_wall * 1000:.0f} ms wall, '
        f"{floor_cpu * 1000:.0f} ms CPU, peak {peaks['floor']:.1f} MB; a bare QGuiApplication: "
        f"{qt_wall * 1000:.0f} ms wall, {qt_cpu * 1000:.0f} ms CPU"
    )
    rows = []
    for name in [*verbs, EMPTY_CACHE, FIRST_SOLVE]:
        each = {
            p.stem: figures[f"{name} @ {p.stem}"]
            for p in EXAMPLES
            if f"{name} @ {p.stem}" in figures
        }
        worst = max(
            each, key=lambda stem: max(each[stem][0] / floor_wall, each[stem][1] / floor_cpu)
        )
        wall, cpu = each[worst]
        ratio_wall, ratio_cpu = wall / floor_wall, cpu / floor_cpu
        verdict = "PASS" if max(ratio_wall, ratio_cpu) <= FACTOR else "FAIL"
        failing = sum(1 for w, c in each.values() if max(w / floor_wall, c / floor_cpu) > FACTOR)
        extra = ""
        if name == "chart --year":
            extra = f"; {wall / qt_wall:.2f}x / {cpu / qt_cpu:.2f}x the bare QGuiApplication"
        memory = f", peak {peaks[name]:.0f} MB" if name in peaks else ""
        loading = figures.get(f"{name} @ {worst}{IMPORTS}")
        if loading is not None:
            extra += (
                f"; its imports alone {loading[0] * 1000:.0f} ms = {loading[0] / floor_wall:.2f}x"
            )
        warm_text = f", warm {warm[name] * 1000:.1f} ms" if name in warm else ""
        by_example = ", ".join(
            f"{stem} {w * 1000:.0f} ms = {w / floor_wall:.2f}x" for stem, (w, _) in each.items()
        )
        print(
            f"{name:22} worst {wall * 1000:4.0f} ms wall ({ratio_wall:.2f}x), "
            f"{cpu * 1000:4.0f} ms CPU ({ratio_cpu:.2f}x) on {worst}{memory}{warm_text}{extra}  "
            f"[{verdict}: <= {FACTOR}x on every example; {failing} of {len(each)} over]\n"
            f"{'':22} each: {by_example}"
        )
        rows.append(
            (
                f"`{name}` (fresh process; each bundled example)",
                f"<= {FACTOR}x the floor",
                f"worst {wall * 1000:.0f} ms = {ratio_wall:.2f}x wall, {cpu * 1000:.0f} ms = "
                f"{ratio_cpu:.2f}x CPU ({worst}){memory}{warm_text}{extra}; each: {by_example}",
                f'`python -c "{FLOOR}"`: {floor_wall * 1000:.0f} ms wall, '
                f"{floor_cpu * 1000:.0f} ms CPU, peak {peaks['floor']:.0f} MB"
                + (f"; bare QGuiApplication {qt_wall * 1000:.0f} ms" if "chart" in name else ""),
            )
        )
    return rows


def _warm(arguments: list[str]) -> float:
    """Median seconds of the verb run again in this process (after one call)."""
    if arguments[0] == "chart":
        return _warm_chart(arguments)
    now = datetime(2027, 3, 15, 12, tzinfo=UTC)
    times = []
    for _ in range(6):
        began = datetime.now(UTC)
        assert run(arguments, io.StringIO(), io.StringIO(), now) == 0
        times.append((datetime.now(UTC) - began).total_seconds())
    return statistics.median(times[1:])


def _warm_chart(arguments: list[str]) -> float:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from planner.cli.parser import parse_args
    from ui.chart_command import run_chart

    # A QApplication (not the command's QGuiApplication): later benchmarks make widgets in
    # this process.
    app = QApplication.instance() or QApplication([])
    times = []
    for _ in range(4):
        began = datetime.now(UTC)
        assert run_chart(parse_args(arguments), io.StringIO()) == 0
        times.append((datetime.now(UTC) - began).total_seconds())
    del app
    return statistics.median(times[1:])


if __name__ == "__main__":
    main()
