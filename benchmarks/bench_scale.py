"""Organisation scale: a year's ``analyze --json`` of 200 and of 1000 teams, whole processes.

Targets (PRODUCT.md): 200 teams (10 client offices, 190 vendors) under 3 s; 1000 teams
(50 offices, 950 vendors) under 30 s and 500 MB. Plans from ``plans.organisation_plan``
(deterministic), written as plan files; half the vendors hold a real-time role, every
fifth an async one, each office a weekly meeting with two vendors.

Cold: ``overlap-planner analyze PLAN --json`` as a fresh process, output to a file (wall
time, CPU time, peak memory of that process alone). Warm: the same analysis and JSON run
twice in one fresh process, the second time. Baseline, same run and plan (200 teams): every pair as the
interval algebra on tuples of ``Interval`` (``intersection`` then ``clip``, what the
analysis did before) and the document built whole and written by ``json.dump(indent=2)``.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import tempfile
import time
from datetime import date

from children import CONSOLE
from measure import PYTHON, console_script, peak_mb, run_child
from plans import organisation_plan, write_plan

from planner.analysis.overlap import analyze, team_times
from planner.schedule.range import Range
from planner.time.intervals import clip, format_instant, intersection

YEAR = 2027
SIZES = ((10, 190, 3.0, None), (50, 950, 30.0, 500.0))


def _interval_baseline(plan, span) -> float:
    """The pairs by interval objects and the document built whole, as before (seconds)."""
    began = time.perf_counter()
    times = team_times(plan, span)
    pairs = []
    for client in plan.clients:
        for vendor in plan.vendors:
            windows = clip(
                intersection(times.time(client.id), times.time(vendor.id)), span.start, span.end
            )
            pairs.append(
                {
                    "client": client.id,
                    "vendor": vendor.id,
                    "windows": [
                        {"start": format_instant(a), "end": format_instant(b)} for a, b in windows
                    ],
                    "total_minutes": sum(b - a for a, b in windows) // 60,
                }
            )
    json.dump({"pairs": pairs}, io.StringIO(), indent=2, ensure_ascii=False)
    return time.perf_counter() - began


def _pairs_now(plan, span) -> float:
    """The same pairs as ``analyze --json`` computes and streams them (seconds)."""
    from planner.cli.json_stream import write_document
    from planner.cli.report import pair_json, windows_text

    began = time.perf_counter()
    analysis = analyze(plan, span, lazy_pairs=True)
    write_document(io.StringIO(), {"pairs": (pair_json(p, windows_text) for p in analysis.pairs)})
    return time.perf_counter() - began


def main() -> list[tuple[str, str, str, str]]:
    rows = []
    span = Range.of_days("UTC", date(YEAR, 1, 1), date(YEAR, 12, 31))
    args = ["--json", "--from", f"{YEAR}-01-01", "--to", f"{YEAR}-12-31"]
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, OVERLAP_PLANNER_CACHE_DIR=os.path.join(folder, "cache"))
        for clients, vendors, seconds, megabytes in SIZES:
            plan = organisation_plan(clients, vendors, YEAR)
            path = write_plan(plan, os.path.join(folder, f"plan{clients + vendors}.toml"))
            output = os.path.join(folder, "out.json")
            command = ["analyze", path, *args]
            run_child([console_script(), "check", path], env)  # the holiday tables, once
            with open(output, "w") as sink:
                began = time.perf_counter()
                child = subprocess.Popen([console_script(), *command], env=env, stdout=sink)
                _, status, usage = os.wait4(child.pid, 0)
                wall = time.perf_counter() - began
                assert os.waitstatus_to_exitcode(status) == 0
            cpu = usage.ru_utime + usage.ru_stime
            size = os.path.getsize(output) / 1e6
            with open(output, encoding="utf-8") as result:
                document = json.load(result)
            assert len(document["pairs"]) == clients * vendors
            windows = sum(len(p["windows"]) for p in document["pairs"])
            del document
            peak = peak_mb(CONSOLE, command, env)
            analysis_warm = _warm(path, env)
            teams = clients + vendors
            line = (
                f"{teams} teams ({clients} offices, {vendors} vendors, "
                f"{len(plan.roles)} roles, {len(plan.meetings)} meetings): "
                f"analyze --json {wall:.2f} s wall, {cpu:.2f} s CPU, peak {peak:.0f} MB; "
                f"{windows} windows, {size:.0f} MB of JSON; warm {analysis_warm:.2f} s"
            )
            baseline = "-"
            if teams <= 200:
                before = _interval_baseline(plan, span)
                now = _pairs_now(plan, span)
                baseline = (
                    f"pairs as Interval tuples (intersection, clip) + json.dump(indent=2) of the "
                    f"whole document: {before:.2f} s in-process, against {now:.2f} s for the "
                    f"same pairs now ({before / now:.1f}x)"
                )
                line += f"; {baseline}"
            print(line)
            target = f"< {seconds:.0f} s" + (f", < {megabytes:.0f} MB" if megabytes else "")
            rows.append(
                (
                    f"`analyze --json` over a year, {teams} teams ({clients} offices, "
                    f"{vendors} vendors, {len(plan.roles)} roles), whole process",
                    target,
                    f"{wall:.1f} s wall ({cpu:.1f} s CPU), peak {peak:.0f} MB; "
                    f"{windows:,} windows, {size:.0f} MB of JSON; warm (second run in a process) "
                    f"{analysis_warm:.1f} s",
                    baseline,
                )
            )
    return rows


WARM = """
import os, sys, time
from datetime import date
from planner.analysis.overlap import analyze
from planner.cli.report import write_analysis_json
from planner.plan.reading import load_plan
from planner.schedule.range import Range
plan = load_plan(sys.argv[1]).plan
span = Range.of_days("UTC", date(2027, 1, 1), date(2027, 12, 31))
for _ in range(2):
    began = time.perf_counter()
    with open(os.devnull, "w") as sink:
        write_analysis_json(analyze(plan, span, lazy_pairs=True), plan, sink)
print(time.perf_counter() - began)
"""


def _warm(path: str, env: dict[str, str]) -> float:
    """The analysis and its JSON a second time in one fresh process (seconds)."""
    done = subprocess.run(
        [PYTHON, "-c", WARM, path], env=env, capture_output=True, text=True, check=True
    )
    return float(done.stdout.strip())


if __name__ == "__main__":
    main()
