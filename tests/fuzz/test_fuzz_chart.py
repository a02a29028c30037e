"""The ``chart`` verb (Qt offscreen, in-process) on hostile flags and plans.

Exit 0 or 2 with clean error lines, never a Qt warning (the suite fails on one), and a
failed run leaves the output folder exactly as it was; a run that succeeds replaces the
file, leaving no temporary file.
"""

from __future__ import annotations

import contextlib
import io
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import event, given
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication

from tests.fuzz.budget import fuzz
from tests.fuzz.outcome import check_outcome, snapshot
from tests.fuzz.plans import mangled_example
from ui.launcher import main

EXAMPLE = resources.files("resources.examples").joinpath("newyork-manila-kyiv.toml")
OLD = b"the previous chart\n"


def mostly(good: list[str], bad: list[str]) -> st.SearchStrategy[str]:
    return st.one_of(*[st.sampled_from(good)] * 3, st.sampled_from(bad))


when = st.one_of(
    st.tuples(st.just("--date"), mostly(["2027-03-16", "1900-01-01", "2199-12-31"], ["9999-12-31", "x"])),
    st.tuples(st.just("--week"), mostly(["2027-03-15", "1900-01-01", "2199-12-31"], ["0001-01-01", ""])),
    st.tuples(st.just("--year"), mostly(["2027", "1900", "2199"], ["1899", "2200", "0", "-1", "y"])),
    st.just(None),
)  # fmt: skip


@st.composite
def chart_argv(draw: st.DrawFn, plan: str, folder: Path) -> list[str]:
    suffix = draw(mostly(["pdf", "png", "svg"], ["jpg", "", "PDF"]))
    args = ["chart", plan, "-o", str(folder / f"chart.{suffix}" if suffix else folder / "chart")]
    chosen = draw(when)
    if chosen is not None:
        args += list(chosen)
    if draw(st.booleans()):
        args += ["--weeks", draw(mostly(["1", "2", "8"], ["0", "53", "54", "-1", "x"]))]
    if draw(st.booleans()):
        args += ["--dpi", draw(mostly(["36", "72", "150"], ["1200", "5", "4000", "0"]))]
    if draw(st.integers(0, 3)) == 0:
        args += ["--pair", draw(st.sampled_from(["hq,mnl", "hq,kyiv", "mnl,hq", "hq", "hq,nope"]))]
    if draw(st.integers(0, 3)) == 0:
        args += ["--paper", draw(st.sampled_from(["a4", "letter", "x"]))]
    return args


@pytest.fixture(autouse=True)
def _application(qapp: QApplication) -> QApplication:
    return qapp


def run_case(tmp: Path, plan_text: str, data: st.DataObject) -> None:
    plan = tmp / "plan.toml"
    plan.write_text(plan_text, encoding="utf-8")
    out_dir = tmp / "out"
    out_dir.mkdir()
    command = data.draw(chart_argv(str(plan), out_dir), label="argv")
    target = Path(command[3])
    target.write_bytes(OLD)
    before = snapshot(out_dir)
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(command)
    event(f"chart: exit {code}")
    check_outcome(code, err.getvalue(), plan)
    after = snapshot(out_dir)
    if code != 0:
        assert after == before
    else:
        assert set(after) == set(before) and after[target.name] != OLD


@fuzz(ci_examples=40)
@given(data=st.data())
def test_chart_flags_on_the_example_plan(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    run_case(Path(tmp_path_factory.mktemp("chart")), text, data)


@fuzz(ci_examples=20)
@given(plan_text=mangled_example(), data=st.data())
def test_chart_flags_on_a_mangled_plan(
    tmp_path_factory: pytest.TempPathFactory, plan_text: str, data: st.DataObject
) -> None:
    run_case(Path(tmp_path_factory.mktemp("chart")), plan_text, data)
