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
of 3 further calls). Each figure is the median wall time, with the median CPU time beside
it (which shakes less when other work shares the machine).
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
from typing import Any

from measure import PYTHON, ROOT, installed_env
from plans import twelve_team_plan

from planner.plan.meeting import ByDay, Meeting, Repeat

YEAR = 2027
NOW = datetime(YEAR, 1, 1, tzinfo=UTC)
RUNS = 7

# Wall and CPU seconds: the CPU time shakes less when other work shares the machine.
CLOCK = """
import time
def clock():
    return time.perf_counter(), time.process_time()
def since(began):
    now = clock()
    return [now[0] - began[0], now[1] - began[1]]
"""

# A fresh process: the plan is built first (as ``export-ics`` reads it), then the export's
# imports and its first call are timed, then 7 more calls (warm).
COLD = (
    CLOCK
    + f"""
import json, statistics, sys
sys.path.insert(0, {str(ROOT / "benchmarks")!r})
from bench_ical import NOW, fifty_meeting_plan
plan = fifty_meeting_plan()
began = clock()
from planner.calendar.ical import export_calendar
imports = since(began)
called = clock()
text = export_calendar(plan, identity=plan.title, now=NOW)
first, cold = since(called), since(began)
warm = []
for _ in range(7):
    again = clock()
    export_calendar(plan, identity=plan.title, now=NOW)
    warm.append(since(again))
warm = [statistics.median(w for w, _ in warm), statistics.median(c for _, c in warm)]
print(json.dumps({{"cold": cold, "imports": imports, "first": first, "warm": warm,
                  "events": text.count("BEGIN:VEVENT")}}))
"""
)

# A fresh process writing the same events with the icalendar library, importing it included.
BASELINE_COLD = (
    CLOCK
    + f"""
import json, statistics, sys
sys.path.insert(0, {str(ROOT / "benchmarks")!r})
from bench_ical import library_baseline
with open(sys.argv[1], encoding="utf-8", newline="") as source:
    text = source.read()
began = clock()
written = library_baseline(text)
cold = since(began)
warm = []
for _ in range(3):
    again = clock()
    library_baseline(text)
    warm.append(since(again))
warm = [statistics.median(w for w, _ in warm), statistics.median(c for _, c in warm)]
print(json.dumps({{"cold": cold, "warm": warm, "events": written.count(b"BEGIN:VEVENT")}}))
"""
)


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


def _child(code: str, env: dict[str, str], *argv: str) -> dict[str, Any]:
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

    def figure(key: str, found: list[dict[str, Any]]) -> str:
        wall = statistics.median(r[key][0] for r in found) * 1000
        cpu = statistics.median(r[key][1] for r in found) * 1000
        return f"{wall:.0f} ms ({cpu:.0f} ms CPU)"

    cold, imports, first = figure("cold", runs), figure("imports", runs), figure("first", runs)
    warm = figure("warm", runs)
    baseline_cold, baseline_warm = figure("cold", baseline_runs), figure("warm", baseline_runs)
    size = f"{len(text) // 1024} KiB, {text.count('EXDATE')} EXDATEs"
    print(
        f"iCal export, 50 recurring meetings / 12 zones / holidays ({size}): cold (fresh "
        f"process) {cold} = imports {imports} + first call {first}; warm {warm}; "
        f"empty cache (a plan's very first export) {empty['cold'][0] * 1000:.0f} ms; "
        f"target < 100 ms cold"
    )
    print(
        f"baseline, the same events written by the icalendar library with its own "
        f"VTIMEZONEs: cold (fresh process, importing it) {baseline_cold}, warm {baseline_warm}"
    )
    return [
        (
            f"iCal export, 50 recurring meetings, 12 zones, holidays ({size})",
            "< 100 ms cold",
            f"cold (fresh process) {cold} = imports {imports} + first call {first}; warm {warm}",
            f"the same events written by the icalendar library with its own VTIMEZONEs: "
            f"cold {baseline_cold}, warm {baseline_warm}",
        )
    ]


if __name__ == "__main__":
    main()
