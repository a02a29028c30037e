"""The year chart of 200 teams: ``overlap-planner chart PLAN --year`` as a whole process.

Target (PRODUCT.md issue of scale): under 10 s and 1 GB for 200 teams (10 offices, 190
vendors: 1,900 client/vendor strips), as a PDF (pages of strips) and as a PNG. A PNG may
have at most 100 megapixels: at the default 150 dpi this one would have 330, so the PNG
is made at 80 dpi (the command names 82 as the highest that fits). Each team's daily
minutes are computed once for all its strips, and the tall PNG is painted and compressed
in bands of strips. Cold: a
fresh process (wall, CPU, its own peak memory); warm: the chart data again in one process.
Baselines, same run: a bare ``QGuiApplication`` process, and the year chart of the
bundled New York example (2 strips).
"""

from __future__ import annotations

import os
import tempfile
import time
from datetime import date

from bench_cli import QT_FLOOR
from children import CONSOLE
from measure import PYTHON, ROOT, console_script, medians, peak_mb, run_child
from plans import organisation_plan, write_plan

from planner.chart.data import chart_data

YEAR = 2027
EXAMPLE = ROOT / "resources" / "examples" / "newyork-manila-kyiv.toml"


def main() -> list[tuple[str, str, str, str]]:
    plan = organisation_plan(10, 190, YEAR)
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, OVERLAP_PLANNER_CACHE_DIR=os.path.join(folder, "cache"))
        if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        path = write_plan(plan, os.path.join(folder, "plan200.toml"))
        big = ["chart", path, "-o", os.path.join(folder, "year200.png"), "--year", str(YEAR)]
        big += ["--dpi", "80"]
        pdf = ["chart", path, "-o", os.path.join(folder, "year200.pdf"), "--year", str(YEAR)]
        small = ["chart", str(EXAMPLE), "-o", os.path.join(folder, "year3.png"), "--year", "2027"]
        script = console_script()
        figures = medians(
            {
                "qt": lambda: run_child([PYTHON, "-c", QT_FLOOR], env),
                "small": lambda: run_child([script, *small], env),
                "big": lambda: run_child([script, *big], env),
                "pdf": lambda: run_child([script, *pdf], env),
            },
            3,
        )
        peak = peak_mb(CONSOLE, big, env)
        pdf_peak = peak_mb(CONSOLE, pdf, env)
        pdf_size = os.path.getsize(pdf[3]) / 1e6
        small_peak = peak_mb(CONSOLE, small, env)
        size = os.path.getsize(big[3]) / 1e6
    began = time.perf_counter()
    chart_data(plan, "year", date(YEAR, 1, 1))
    warm_first = time.perf_counter() - began
    began = time.perf_counter()
    data = chart_data(plan, "year", date(YEAR, 1, 1))
    warm = time.perf_counter() - began
    wall, cpu = figures["big"]
    pdf_wall, pdf_cpu = figures["pdf"]
    print(
        f"year chart PNG, 200 teams ({len(data.strips)} strips, {size:.0f} MB): {wall:.2f} s wall, "
        f"{cpu:.2f} s CPU, peak {peak:.0f} MB; its chart data in-process {warm_first:.2f} s "
        f"(again {warm:.2f} s); bundled example {figures['small'][0]:.2f} s, peak "
        f"{small_peak:.0f} MB; bare QGuiApplication {figures['qt'][0]:.2f} s; as a PDF "
        f"{pdf_wall:.2f} s, peak {pdf_peak:.0f} MB"
    )
    baseline = (
        f"the bundled example's year chart: {figures['small'][0]:.2f} s, {small_peak:.0f} MB; "
        f"a bare QGuiApplication: {figures['qt'][0]:.2f} s"
    )
    return [
        (
            f"`chart --year` PDF, 200 teams ({len(data.strips)} strips, pages of strips), "
            "whole process",
            "< 10 s, < 1 GB",
            f"{pdf_wall:.1f} s wall ({pdf_cpu:.1f} s CPU), peak {pdf_peak:.0f} MB, "
            f"{pdf_size:.1f} MB file",
            baseline,
        ),
        (
            f"`chart --year --dpi 80` PNG, 200 teams ({len(data.strips)} strips), whole process",
            "< 10 s, < 1 GB",
            f"{wall:.1f} s wall ({cpu:.1f} s CPU), peak {peak:.0f} MB, {size:.0f} MB file; "
            f"chart data in-process {warm_first:.1f} s (again {warm:.1f} s)",
            baseline,
        ),
    ]


if __name__ == "__main__":
    main()
