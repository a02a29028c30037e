"""Whole-year analysis of a 12-team plan against the straightforward one-pass minute grid.

Target (PRODUCT.md): under 50 ms cold, at least 20x the grid, equal results asserted
(every pair's windows, every role's verdict, every meeting occurrence).

Cold: the first ``analyze`` in a fresh Python process (the plan built, nothing analysed
yet: the zone offsets, holiday tables and imports of the analysis are paid here), as
every command-line call pays it; once with the holiday tables in the disk cache (every
call after the first) and once with an empty cache (the very first call). Warm: the
median of 7 calls in one process.
"""

from __future__ import annotations

import os
import statistics
import tempfile
from datetime import date

from grid import analysis_answers, grid_analysis
from measure import PYTHON, ROOT, installed_env, run_child, timed
from plans import twelve_team_plan

from planner.analysis.overlap import analyze
from planner.schedule.range import Range

YEAR = 2027
RUNS = 7

COLD = f"""
import sys, time
sys.path.insert(0, {str(ROOT / "benchmarks")!r})
from datetime import date
from plans import twelve_team_plan
from planner.schedule.range import Range
plan = twelve_team_plan({YEAR})
span = Range.of_days("UTC", date({YEAR}, 1, 1), date({YEAR}, 12, 31))
began = time.perf_counter()
from planner.analysis.overlap import analyze
imported = time.perf_counter()
analyze(plan, span)
print(time.perf_counter() - began, imported - began)
"""


def _cold(cache: str | None) -> tuple[float, float]:
    """Seconds of the first analysis in a fresh process, and of its imports alone.

    ``cache``: a holiday cache folder (None: an empty one).
    """
    import subprocess

    with tempfile.TemporaryDirectory() as empty:
        env = installed_env(dict(os.environ, OVERLAP_PLANNER_CACHE_DIR=cache or empty))
        out = subprocess.run(
            [PYTHON, "-c", COLD], env=env, capture_output=True, text=True, check=True
        )
    total, imports = out.stdout.split()
    return float(total), float(imports)


def main() -> list[tuple[str, str, str, str]]:
    plan = twelve_team_plan(YEAR)
    span = Range.of_days("UTC", date(YEAR, 1, 1), date(YEAR, 12, 31))
    with tempfile.TemporaryDirectory() as cache:
        run_child(
            [PYTHON, "-c", COLD], installed_env(dict(os.environ, OVERLAP_PLANNER_CACHE_DIR=cache))
        )
        colds = [_cold(cache) for _ in range(RUNS)]
    cold = statistics.median(total for total, _ in colds)
    imports = statistics.median(part for _, part in colds)
    first = statistics.median(_cold(None)[0] for _ in range(3))
    warm, analysis = timed(lambda: analyze(plan, span), RUNS)
    grid_time, grid = timed(lambda: grid_analysis(plan, span), 1)
    # The two methods must agree before their speeds mean anything.
    answers = analysis_answers(analysis)
    assert answers == grid, [k for k in grid if answers.get(k) != grid[k]]  # type: ignore[union-attr]
    print(
        f"12 teams / 6 roles / 10 meetings / {YEAR}: cold {cold * 1000:.1f} ms, of which "
        f"imports {imports * 1000:.1f} ms (empty cache: {first * 1000:.1f} ms), "
        f"warm {warm * 1000:.1f} ms; "
        f"one-pass minute grid {grid_time:.2f} s ({len(grid)} pairs, roles and meetings equal): "
        f"{grid_time / cold:.0f}x cold, {grid_time / warm:.0f}x warm"
    )
    return [
        (
            "whole-year analysis, 12 teams, 6 roles, 10 weekly meetings",
            "< 50 ms cold, >= 20x the grid",
            f"cold {cold * 1000:.0f} ms, of which importing the analysis {imports * 1000:.0f} ms "
            f"({first * 1000:.0f} ms with an empty cache), "
            f"warm {warm * 1000:.0f} ms; {grid_time / cold:.0f}x cold, {grid_time / warm:.0f}x warm",
            f"one-pass minute grid of the same plan (equal pairs, roles and meeting "
            f"occurrences, asserted): {grid_time:.2f} s",
        )
    ]


if __name__ == "__main__":
    main()
