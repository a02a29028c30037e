"""iCalendar export of 50 recurring meetings across 12 zones with public holidays.

Target (PRODUCT.md): under 100 ms cold.

Cold: what ``export-ics`` pays for the export in a fresh Python process: importing the
export (``planner.calendar.ical`` and what it loads) and its first call, with the plan
already built and the holiday tables and compiled dataclass methods in the disk cache, as
for every call after a plan's first (one warm-up process fills it). The median of 7 fresh
processes; each also reports its first call alone (zone rules, holiday tables and
VTIMEZONEs not yet read in that process) and its warm figure (the median of 7 further
calls). Baseline, same run: the same events, parsed back and written by the icalendar
library with the VTIMEZONEs it generates itself (``add_missing_timezones``), which is the
straightforward way to produce such a file, measured the same way in fresh processes
interleaved with the export's: cold (importing icalendar included) and warm (the median
of 3 further calls).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import tempfile
from dataclasses import replace
from datetime import UTC, date, datetime
from datetime import time as clock

from measure import PYTHON, ROOT, installed_env
from plans import twelve_team_plan

from planner.plan.meeting import ByDay, Meeting, Repeat

YEAR = 2027
NOW = datetime(YEAR, 1, 1, tzinfo=UTC)
RUNS = 7

# A fresh process: the plan is built first (as ``export-ics`` reads it), then the export's
# imports and its first call are timed, then 7 more calls (warm).
COLD = f"""
import json, statistics, sys, time
sys.path.insert(0, {str(ROOT / "benchmarks")!r})
from bench_ical import NOW, fifty_meeting_plan
plan = fifty_meeting_plan()
began = time.perf_counter()
from planner.calendar.ical import export_calendar
imported = time.perf_counter()
text = export_calendar(plan, identity=plan.title, now=NOW)
done = time.perf_counter()
warm = []
for _ in range(7):
    start = time.perf_counter()
    export_calendar(plan, identity=plan.title, now=NOW)
    warm.append(time.perf_counter() - start)
print(json.dumps({{"cold": done - began, "imports": imported - began, "first": done - imported,
                  "warm": statistics.median(warm), "events": text.count("BEGIN:VEVENT")}}))
"""

# A fresh process writing the same events with the icalendar library, importing it included.
BASELINE_COLD = f"""
import json, statistics, sys, time
sys.path.insert(0, {str(ROOT / "benchmarks")!r})
from bench_ical import library_baseline
with open(sys.argv[1], encoding="utf-8", newline="") as source:
    text = source.read()
began = time.perf_counter()
written = library_baseline(text)
cold = time.perf_counter() - began
warm = []
for _ in range(3):
    start = time.perf_counter()
    library_baseline(text)
    warm.append(time.perf_counter() - start)
print(json.dumps({{"cold": cold, "warm": statistics.median(warm),
                  "events": written.count(b"BEGIN:VEVENT")}}))
"""


def fifty_meeting_plan():
    """The 12-team plan with 50 recurring meetings: weekly, daily, monthly, open-ended."""
    plan = twelve_team_plan(YEAR)
    teams = [t.id for t in plan.teams]
    meetings = []
    for i in range(50):
        a, b = teams[i % len(teams)], teams[(i * 5 + 1) % len(teams)]
        if a == b:
            b = teams[(i + 1) % len(teams)]
        kind = i % 5
        if kind == 0:
            repeat = Repeat("daily", count=200)
        elif kind == 1:
            repeat = Repeat("monthly", byday=(ByDay(0, 1),), count=12)
        elif kind == 2:
            repeat = Repeat("weekly", byday=(ByDay(0),))  # open-ended: holidays to the horizon
        else:
            repeat = Repeat("weekly", byday=(ByDay(0),), until=date(YEAR, 12, 31))
        zone = plan.team(a).zone
        meetings.append(
            Meeting(
                f"m{i:02d}",
                f"Sync {a}/{b} #{i}",
                (a, b),
                30 + 15 * (i % 3),
                date(YEAR, 1, 4),
                clock(8 + i % 9, 15 * (i % 4)),
                zone=zone,
                repeat=repeat,
                reminder_minutes=10 if i % 2 else None,
            )
        )
    return replace(plan, meetings=tuple(meetings), title="Benchmark plan")


def library_baseline(text: str) -> bytes:
    """The same events written by the icalendar library with its own VTIMEZONEs."""
    import icalendar

    parsed = icalendar.Calendar.from_ical(text)
    calendar = icalendar.Calendar()
    for key in ("VERSION", "PRODID", "CALSCALE", "METHOD"):
        calendar.add(key, parsed[key])
    for event in parsed.walk("VEVENT"):
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def _child(code: str, env: dict[str, str], *argv: str) -> dict[str, float]:
    out = subprocess.run(
        [PYTHON, "-c", code, *argv], env=env, capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def main() -> list[tuple[str, str, str, str]]:
    from planner.calendar.ical import export_calendar

    plan = fifty_meeting_plan()
    text = export_calendar(plan, identity=plan.title, now=NOW)
    events = text.count("BEGIN:VEVENT")
    with tempfile.TemporaryDirectory() as folder:
        source = os.path.join(folder, "export.ics")
        with open(source, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        env = installed_env(dict(os.environ, OVERLAP_PLANNER_CACHE_DIR=os.path.join(folder, "c")))
        empty = _child(COLD, dict(env, OVERLAP_PLANNER_CACHE_DIR=os.path.join(folder, "e")))
        _child(COLD, env)  # warm-up: fills the disk cache and writes the bytecode
        _child(BASELINE_COLD, env, source)
        runs, baseline_runs = [], []
        for _ in range(RUNS):  # interleaved, so that the machine's load falls on both alike
            runs.append(_child(COLD, env))
            baseline_runs.append(_child(BASELINE_COLD, env, source))
    assert all(r["events"] == events for r in [*runs, *baseline_runs, empty])

    def median(key: str, found: list[dict[str, float]]) -> float:
        return statistics.median(r[key] for r in found) * 1000

    cold, imports, first = median("cold", runs), median("imports", runs), median("first", runs)
    warm = median("warm", runs)
    baseline_cold, baseline_warm = median("cold", baseline_runs), median("warm", baseline_runs)
    size = f"{len(text) // 1024} KiB, {text.count('EXDATE')} EXDATEs"
    print(
        f"iCal export, 50 recurring meetings / 12 zones / holidays ({size}): cold (fresh "
        f"process) {cold:.1f} ms = imports {imports:.1f} ms + first call {first:.1f} ms; "
        f"warm {warm:.1f} ms; "
        f"empty cache (a plan's very first export) {empty['cold'] * 1000:.1f} ms; "
        f"target < 100 ms cold"
    )
    print(
        f"baseline, the same events written by the icalendar library with its own "
        f"VTIMEZONEs: cold (fresh process, importing it) {baseline_cold:.1f} ms, "
        f"warm {baseline_warm:.1f} ms"
    )
    return [
        (
            f"iCal export, 50 recurring meetings, 12 zones, holidays ({size})",
            "< 100 ms cold",
            f"cold (fresh process) {cold:.0f} ms = imports {imports:.0f} ms + first call "
            f"{first:.0f} ms; warm {warm:.0f} ms",
            f"the same events written by the icalendar library with its own VTIMEZONEs: "
            f"cold {baseline_cold:.0f} ms, warm {baseline_warm:.0f} ms",
        )
    ]


if __name__ == "__main__":
    main()
