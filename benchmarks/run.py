"""Run every benchmark: `make bench`. Each bench_*.py has a main() that prints its figures
and returns its rows (what, target, measured, baseline).

With ``--readme`` the Performance table of README.md is rewritten from this one run,
with the machine it ran on; ``python benchmarks/run.py cli analysis`` runs some only.
Each benchmark runs in a fresh process of its own, so that none measures in the heap,
caches and imports another left behind (``--one NAME ROWS`` is that process: it writes
its rows as JSON to the file ROWS).
"""

import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
README = HERE.parent / "README.md"
BEGIN = "<!-- bench:begin -->"
END = "<!-- bench:end -->"
ORDER = ("analysis", "scale", "cli", "year", "ical", "chart", "startup")


def _table(rows, machine: str, seconds: float) -> str:
    lines = [
        BEGIN,
        f"Measured by `make bench` in one run ({seconds / 60:.0f} min) on: {machine}.",
        "",
        "| what | target | measured | baseline (same run) |",
        "| --- | --- | --- | --- |",
    ]
    lines += [f"| {' | '.join(cell.replace('|', '/') for cell in row)} |" for row in rows]
    return "\n".join([*lines, END])


def main() -> int:
    sys.path.insert(0, str(HERE.parent))
    sys.path.insert(0, str(HERE))
    from measure import machine

    found = {path.stem.removeprefix("bench_"): path for path in HERE.glob("bench_*.py")}
    if sys.argv[1:2] == ["--one"]:
        name, rows_file = sys.argv[2], sys.argv[3]
        spec = importlib.util.spec_from_file_location(f"bench_{name}", found[name])
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        Path(rows_file).write_text(json.dumps(module.main() or []), encoding="utf-8")
        return 0
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    readme = "--readme" in sys.argv[1:]
    names = [n for n in ORDER if n in found] + sorted(set(found) - set(ORDER))
    where = machine()
    print(f"machine: {where}", flush=True)
    began = time.perf_counter()
    rows = []
    for name in names:
        if arguments and name not in arguments:
            continue
        print(f"== bench_{name}", flush=True)
        with tempfile.TemporaryDirectory() as folder:
            rows_file = os.path.join(folder, "rows.json")
            subprocess.run(
                [sys.executable, str(Path(__file__).resolve()), "--one", name, rows_file],
                check=True,
            )
            rows += [tuple(row) for row in json.loads(Path(rows_file).read_text("utf-8"))]
    if readme:
        text = README.read_text(encoding="utf-8")
        start, stop = text.index(BEGIN), text.index(END) + len(END)
        table = _table(rows, where, time.perf_counter() - began)
        README.write_text(text[:start] + table + text[stop:], encoding="utf-8")
        print(f"README.md: {len(rows)} rows written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
