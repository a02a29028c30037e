"""How long the fuzz suite runs: a small budget in CI, as long as asked for locally.

``OVERLAP_PLANNER_FUZZ_EXAMPLES=N`` runs N examples in every fuzz test (e.g. 3000 for a
run of more than 10,000 cases in all) and holds each case to a 2-second deadline; without
it each test runs its CI share and no case is timed (CI machines are slow at times). See
the fuzz section of docs/DEVELOPING.md.
"""

from __future__ import annotations

import os
from datetime import timedelta

from hypothesis import HealthCheck, settings

ENV = "OVERLAP_PLANNER_FUZZ_EXAMPLES"
DEADLINE = timedelta(seconds=2)


def long_run() -> int | None:
    """The examples per test asked for by ``OVERLAP_PLANNER_FUZZ_EXAMPLES``, or None."""
    value = os.environ.get(ENV, "").strip()
    return int(value) if value.isdigit() and int(value) > 0 else None


def fuzz(ci_examples: int) -> settings:
    """Hypothesis settings for a fuzz test that runs ``ci_examples`` cases in CI."""
    asked = long_run()
    return settings(
        max_examples=asked or ci_examples,
        deadline=DEADLINE if asked else None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.function_scoped_fixture,
            HealthCheck.data_too_large,
        ],
    )
