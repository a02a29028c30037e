"""Run every benchmark: `make bench`. Each bench_*.py has a main() that prints its figures
and returns its rows (what, target, measured, baseline).

With ``--readme`` the Performance table of README.md is rewritten from this one run,
with the machine it ran on; ``python benchmarks/run.py cli analysis`` runs some only.
"""

import importlib.util
import sys
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

    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    readme = "--readme" in sys.argv[1:]
    found = {path.stem.removeprefix("bench_"): path for path in HERE.glob("bench_*.py")}
    names = [n for n in ORDER if n in found] + sorted(set(found) - set(ORDER))
    where = machine()
    print(f"machine: {where}", flush=True)
    began = time.perf_counter()
    rows = []
    for name in names:
        if arguments and name not in arguments:
            continue
        spec = importlib.util.spec_from_file_location(f"bench_{name}", found[name])
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        print(f"== bench_{name}", flush=True)
        rows += module.main() or []
    if readme:
        text = README.read_text(encoding="utf-8")
        start, stop = text.index(BEGIN), text.index(END) + len(END)
        table = _table(rows, where, time.perf_counter() - began)
        README.write_text(text[:start] + table + text[stop:], encoding="utf-8")
        print(f"README.md: {len(rows)} rows written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
