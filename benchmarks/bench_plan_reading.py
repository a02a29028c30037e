"""Reading and saving a 690 KB plan: tomllib and the entry-by-entry save next to tomlkit.

Reading. Target (issue: the GUI froze for 6 to 21 s on large plans): well under a second.
Baseline, same run: the previous reader, which parsed the file with tomlkit (the
comment-keeping parser) and checked the same values.

Saving (the autosave and File > Save, on the GUI thread). Target: after a one-team edit
well under 0.3 s, after changing everything well under 1 s. Baseline, same run: editing
the whole tomlkit document (``dump_document``, what every save did before, now only for a
text that cannot be cut into entries); both writers' texts are asserted equal. Cases: one
team renamed; every team, role and meeting and the title changed (a value changed in each,
a key added to each team, one removed from each role); a new plan (no file).

Cold: the first read or save in a fresh process (imports and caches included); warm: the
median of repeated runs in one process.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from planner.plan.collector import Collector, LineIndex
from planner.plan.document import PlanDocument
from planner.plan.model import Plan
from planner.plan.reading import _read_plan, load_plan

ROOT = Path(__file__).resolve().parents[1]
ZONES = [
    ("America/New_York", "US-NY"),
    ("Asia/Manila", "PH"),
    ("Europe/Kyiv", "UA"),
    ("Asia/Kolkata", "IN-KA"),
    ("Europe/London", "GB"),
    ("Australia/Sydney", "AU-NSW"),
]
BYDAY = ["MO", "TU", "WE", "TH", "FR"]


def large_plan_text(target_bytes: int = 690_000) -> str:
    """A plan of about ``target_bytes``: teams, roles and meetings, with comments."""
    parts = ['# A large plan\nformat = 1\ntitle = "Large plan"\ndisplay_zone = "UTC"\n']
    size = len(parts[0])
    index = 0
    while size < target_bytes:
        zone, code = ZONES[index % len(ZONES)]
        side = "client" if index % 5 == 0 else "vendor"
        block = (
            f"\n# team {index}\n[[team]]\n"
            f'id = "t{index}"\nname = "Team {index}"\nside = "{side}"\nzone = "{zone}"\n'
            f'hours = {{ "mon-fri" = ["09:00-13:00", "14:00-18:00"], "sat" = ["10:00-12:00"] }}\n'
            f'holidays = "{code}"\ndays_off = ["2027-07-05", "2027-12-24"]\n'
        )
        if index % 5:
            client = index - index % 5
            block += (
                f'\n[[role]]\nid = "r{index}"\nname = "Role {index}"\n'
                f'kind = "{"realtime" if index % 2 else "async"}"\n'
                f'client = "t{client}"\nvendor = "t{index}"\nmin_coverage_percent = 90\n'
            )
            day = BYDAY[index % 5]
            block += (
                f'\n[[meeting]]\nid = "m{index}"\ntitle = "Weekly sync {index}"\n'
                f'teams = ["t{client}", "t{index}"]\nduration_minutes = 30\nzone = "UTC"\n'
                f'start = "2027-01-{4 + index % 5:02d}T14:00"  # first {day}\n'
                f'repeat = {{ freq = "weekly", byday = ["{day}"], until = "2027-12-31" }}\n'
                f'description = "Status of team {index}"\n'
            )
        parts.append(block)
        size += len(block)
        index += 1
    return "".join(parts)


def edited_plans(path: Path) -> dict[str, tuple[Plan, PlanDocument | None]]:
    """The saves measured: the plan after each edit, with the document it is saved over."""
    loaded = load_plan(path)
    plan = loaded.plan
    teams = list(plan.teams)
    teams[len(teams) // 2] = replace(teams[len(teams) // 2], name="Renamed team")
    everything = replace(
        plan,
        title="Large plan 2027",
        teams=tuple(replace(t, name=f"{t.name} (2027)", city="Lyon") for t in plan.teams),
        roles=tuple(
            replace(r, name=f"{r.name} (2027)", min_coverage_percent=100) for r in plan.roles
        ),
        meetings=tuple(replace(m, duration_minutes=45) for m in plan.meetings),
    )
    return {
        "one team renamed": (replace(plan, teams=tuple(teams)), loaded),
        "everything changed": (everything, loaded),
        "new plan": (plan, None),
    }


def tomlkit_read(path: Path) -> object:
    """The previous reader: tomlkit for the values, then the same checks."""
    import tomlkit

    text = path.read_text(encoding="utf-8")
    data = tomlkit.parse(text).unwrap()
    return _read_plan(data, Collector(str(path), LineIndex(text)))


def _cold(statement: str, path: Path) -> float:
    """Seconds of ``statement`` in a fresh interpreter (imports inside the measurement)."""
    code = (
        "import sys, time\n"
        f"sys.path[:0] = [{str(ROOT)!r}, {str(ROOT / 'benchmarks')!r}]\n"
        "start = time.perf_counter()\n"
        f"from pathlib import Path\npath = Path({str(path)!r})\n{statement}\n"
        "print(time.perf_counter() - start)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return float(result.stdout.strip().splitlines()[-1])


def _save_cold(case: str, writer: str, path: Path) -> float:
    """Seconds of one save in a fresh interpreter: the writer's import and first run.

    The plan is read and edited before the clock starts; reading imports no writer.
    """
    code = (
        "import sys, time\n"
        f"sys.path[:0] = [{str(ROOT)!r}, {str(ROOT / 'benchmarks')!r}]\n"
        "from pathlib import Path\nfrom bench_plan_reading import edited_plans\n"
        f"plan, base = edited_plans(Path({str(path)!r}))[{case!r}]\n"
        "assert 'planner.plan.writing' not in sys.modules\n"
        "start = time.perf_counter()\n"
        f"from planner.plan.writing import {writer}\n{writer}(plan, base)\n"
        "print(time.perf_counter() - start)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return float(result.stdout.strip().splitlines()[-1])


def saving(path: Path) -> list[tuple[str, str, str, str]]:
    """Print the save figures next to the whole-document baseline; return README rows."""
    from planner.plan.writing import dump_document, dump_plan

    rows = []
    targets = {"one team renamed": "well under 0.3 s", "everything changed": "well under 1 s"}
    for case, (plan, base) in edited_plans(path).items():
        new_text, old_text = dump_plan(plan, base), dump_document(plan, base)
        assert new_text == old_text, case
        new_cold = _save_cold(case, "dump_plan", path)
        old_cold = _save_cold(case, "dump_document", path)
        new_warm = _warm(lambda p=plan, b=base: dump_plan(p, b), 5)
        old_warm = _warm(lambda p=plan, b=base: dump_document(p, b), 1)
        print(f"save, {case}: whole tomlkit document (baseline) cold {old_cold:6.3f} s, ", end="")
        print(
            f"warm {old_warm:6.3f} s; entry by entry cold {new_cold:6.3f} s, warm {new_warm:6.3f} s"
        )
        rows.append(
            (
                f"saving that plan, {case} (texts equal)",
                targets.get(case, "as fast"),
                f"cold {new_cold:.2f} s, warm {new_warm:.2f} s",
                f"the whole tomlkit document: cold {old_cold:.2f} s, warm {old_warm:.2f} s",
            )
        )
    return rows


def _warm(action: object, runs: int) -> float:
    assert callable(action)
    action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> list[tuple[str, str, str, str]]:
    """Print the reading and saving figures next to their baselines; return README rows."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.toml"
        path.write_text(large_plan_text(), encoding="utf-8")
        size = path.stat().st_size
        loaded = load_plan(path)
        assert loaded.plan.teams and not loaded.warnings
        new_cold = _cold("from planner.plan.reading import load_plan\nload_plan(path)", path)
        old_cold = _cold("from bench_plan_reading import tomlkit_read\ntomlkit_read(path)", path)
        new_warm = _warm(lambda: load_plan(path), 5)
        old_warm = _warm(lambda: tomlkit_read(path), 2)
        counts = f"{len(loaded.plan.teams)} teams, {len(loaded.plan.meetings)} meetings"
        print(f"plan: {size / 1000:.0f} KB, {counts}")
        print(f"tomlkit reader (baseline), cold:  {old_cold:7.3f} s")
        print(f"tomlkit reader (baseline), warm:  {old_warm:7.3f} s")
        print(f"tomllib reader, cold:             {new_cold:7.3f} s   (target well under 1 s)")
        print(f"tomllib reader, warm:             {new_warm:7.3f} s")
        save_rows = saving(path)
    return [
        (
            f"reading a {size / 1000:.0f} KB plan ({counts}), fresh process",
            "well under 1 s",
            f"cold {new_cold:.2f} s, warm {new_warm:.2f} s",
            f"the tomlkit reader: cold {old_cold:.2f} s, warm {old_warm:.2f} s",
        ),
        *save_rows,
    ]


if __name__ == "__main__":
    main()
