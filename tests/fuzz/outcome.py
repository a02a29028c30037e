"""What every run of a verb must look like, whatever it was given."""

from __future__ import annotations

from pathlib import Path

from planner.errors import PlanFileError
from planner.plan.reading import load_plan

PREFIXES = ("overlap-planner: error: ", "overlap-planner: warning: ", "overlap-planner: note: ")


def check_outcome(code: object, err: str, plan: Path | None = None) -> None:
    """Exit 0 or 2, stderr made of prefixed lines only, one error line per plan problem."""
    assert code in (0, 2), err
    assert "Traceback" not in err and "internal error" not in err, err
    lines = err.splitlines()
    assert all(line.startswith(PREFIXES) for line in lines), err
    errors = [line for line in lines if line.startswith(PREFIXES[0])]
    assert bool(errors) == (code == 2), err
    if plan is not None and errors and errors[0].startswith(f"{PREFIXES[0]}{plan}"):
        try:
            load_plan(plan)
        except PlanFileError as exc:  # the plan's problems, one line each, nothing else
            assert errors == [f"{PREFIXES[0]}{p}" for p in exc.problems], err


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` (not below) with its content."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}
