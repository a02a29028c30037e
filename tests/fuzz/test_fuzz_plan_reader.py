"""The plan reader on hostile input: a plan, or every problem at its line; nothing else, ever.

A plan that is read is written back and read again unchanged (the save keeps what it
read); a refused one gets one line per problem that names the file.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import event, given

from planner.errors import PlanFileError
from planner.plan.document import PlanDocument
from planner.plan.model import Plan
from planner.plan.reading import load_plan, parse_plan
from planner.plan.writing import dump_plan
from tests.fuzz.budget import fuzz
from tests.fuzz.plans import (
    any_plan_text,
    domain_plan,
    mangled_example,
    plan_bytes,
    plausible_plan,
    structured_plan,
)


def read(text: str) -> PlanDocument | None:
    """The document, or None with the refusal checked."""
    try:
        document = parse_plan(text, "plan.toml")
    except PlanFileError as exc:
        event("refused")
        assert exc.problems
        for problem in exc.problems:
            shown = str(problem)
            assert shown.startswith("plan.toml"), shown
            assert "\n" not in shown and "\r" not in shown, shown
            assert problem.message.strip(), shown
            # Every problem has its line, but for what the file as a whole lacks.
            whole = problem.message.startswith(("format is missing", "no [[team]] table"))
            assert problem.line > 0 or whole, shown
        return None
    event(f"read ({len(document.plan.teams)} teams, {len(document.plan.meetings)} meetings)")
    return document


def check_round_trip(document: PlanDocument) -> None:
    again = parse_plan(dump_plan(document.plan, document), "again.toml")
    assert again.plan == document.plan
    fresh = parse_plan(dump_plan(document.plan), "fresh.toml")
    assert fresh.plan == document.plan


@fuzz(ci_examples=150)
@given(structured_plan)
def test_structured_plans_with_wrong_types_and_values(text: str) -> None:
    document = read(text)
    if document is not None:
        check_round_trip(document)


@fuzz(ci_examples=100)
@given(domain_plan())
def test_every_valid_plan_is_written_and_read_back_unchanged(plan: Plan) -> None:
    text = dump_plan(plan)
    document = parse_plan(text, "plan.toml")
    assert document.plan == plan
    renamed = replace(plan, title=plan.title + " (2)", teams=plan.teams[::-1])
    assert parse_plan(dump_plan(renamed, document), "plan.toml").plan == renamed


@fuzz(ci_examples=150)
@given(plausible_plan)
def test_plausible_plans_read_back_as_written(text: str) -> None:
    document = read(text)
    if document is not None:
        check_round_trip(document)


@fuzz(ci_examples=150)
@given(mangled_example())
def test_mangled_example_plans(text: str) -> None:
    document = read(text)
    if document is not None:
        check_round_trip(document)


@fuzz(ci_examples=60)
@given(plan_bytes)
def test_any_bytes_on_disk(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    path = Path(tmp_path_factory.mktemp("plan")) / "plan.toml"
    path.write_bytes(data)
    try:
        load_plan(path)
    except PlanFileError as exc:
        assert exc.problems
        assert all("\n" not in str(p) and str(p).startswith(str(path)) for p in exc.problems)


@fuzz(ci_examples=60)
@given(any_plan_text)
def test_warnings_are_single_lines_too(text: str) -> None:
    document = read(text)
    if document is not None:
        assert all("\n" not in w for w in document.warnings)
