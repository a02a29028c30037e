"""Zone search over every city of the place index: the index against reading every name.

Target (PRODUCT.md): under 20 ms per keystroke after the first search; building or loading
the index on first use under 1 s.

Baseline, same run: :class:`planner.time.places.scan.PlaceScan`, the same matching rules
applied by comparing the query with every name of the same catalog; each keystroke's hits
must be equal (asserted). Keystrokes: each prefix of the queries below, as a person types
them in the team editor's picker (limit 100). Cold: a fresh process's first search ("b",
the picker's first keystroke: importing the search, opening the index file and reading
the blocks and zone facts the query reaches), median of 5, interleaved with the floor
``python -c "import zoneinfo, tomllib, json"`` started the same way (from compiled
bytecode, as an installed copy runs). Warm: every later keystroke, median and worst.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2027, 3, 17, 12, 0, tzinfo=UTC)
LIMIT = 100
QUERIES = [
    "Bengaluru", "Bangalore", "Mumbai", "Gurgaon", "Cebu, Philippines", "Lviv", "Kraków",
    "São Paulo", "Shenzhen", "San Francisco", "Austin", "Munich", "Barcelna", "UAE",
    "Pacific Time", "UK", "IST", "CST", "Asia/Calcutta", "Portland, OR",
]  # fmt: skip
COLD = """
import time
t = time.perf_counter()
from datetime import UTC, datetime
from planner.time.places.search import search_places
search_places("b", datetime(2027, 3, 17, tzinfo=UTC))
print(time.perf_counter() - t)
"""


def cold() -> tuple[float, float]:
    """Medians of the first search's own time and of the floor process's wall time."""
    from children import FLOOR
    from measure import PYTHON, installed_env, run_child

    env = installed_env()
    runs, floors = [], []
    for _ in range(6):
        done = subprocess.run(
            [PYTHON, "-c", COLD],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env=env,
        )
        runs.append(float(done.stdout.strip()))
        floors.append(run_child([PYTHON, "-c", FLOOR], env)[0])
    return statistics.median(runs[1:]), statistics.median(floors[1:])  # the first warms up


def keystrokes() -> list[str]:
    return [query[:n] for query in QUERIES for n in range(1, len(query) + 1)]


def main() -> list[tuple[str, str, str, str]]:
    from planner.time.places.catalog import catalog
    from planner.time.places.scan import PlaceScan
    from planner.time.places.search import search_places

    first, floor = cold()
    print(
        f"first search in a fresh process, median of 5: {first * 1000:.0f} ms "
        f"(the floor process: {floor * 1000:.0f} ms)"
    )
    search_places("warm", NOW)
    scan = PlaceScan(catalog())
    indexed: list[float] = []
    scanned: list[float] = []
    for text in keystrokes():
        start = time.perf_counter()
        hits = search_places(text, NOW, limit=LIMIT)
        indexed.append(time.perf_counter() - start)
        start = time.perf_counter()
        baseline = search_places(text, NOW, limit=LIMIT, matcher=scan)
        scanned.append(time.perf_counter() - start)
        assert hits == baseline, text
    for name, times in (("index", indexed), ("scan (baseline)", scanned)):
        print(
            f"{name:>16}: {len(times)} keystrokes, median {statistics.median(times) * 1000:.2f} ms,"
            f" worst {max(times) * 1000:.1f} ms"
        )
    return [
        (
            f"zone search as you type: {len(indexed)} keystrokes of {len(QUERIES)} queries, "
            "in-process (equal hits, asserted)",
            "< 20 ms a keystroke; first search < 1 s",
            f"median {statistics.median(indexed) * 1000:.2f} ms, worst "
            f"{max(indexed) * 1000:.1f} ms; first search in a fresh process {first * 1000:.0f} ms",
            f"a scan of every name: median {statistics.median(scanned) * 1000:.1f} ms, worst "
            f"{max(scanned) * 1000:.0f} ms; the floor process {floor * 1000:.0f} ms",
        )
    ]


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
