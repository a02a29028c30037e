"""Every verb of the command line on hostile flags and plans, run in-process.

Whatever the command line: exit 0 or 2, stderr made of ``overlap-planner: error:`` (one per
problem), ``warning:`` and ``note:`` lines only, never a traceback; and a run that fails
writes nothing: the output folder is exactly as it was.
"""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from planner.cli.verbs import run
from tests.fuzz.budget import fuzz
from tests.fuzz.outcome import check_outcome, snapshot
from tests.fuzz.plans import any_plan_text, mangled_example

NOW = datetime(2027, 3, 3, 12, tzinfo=UTC)
EXAMPLE = str(resources.files("resources.examples").joinpath("newyork-manila-kyiv.toml"))
OLD = b"the previous output\n"


def mostly(good: list[str], bad: list[str]) -> st.SearchStrategy[str]:
    """A good value three times in four, else a bad one."""
    return st.one_of(*[st.sampled_from(good)] * 3, st.sampled_from(bad))


dates = mostly(
    ["2027-03-01", "2027-03-07", "2027-12-31", "1900-01-01", "2199-12-31", "2199-12-25"],
    ["1899-12-31", "2200-01-01", "9999-12-31", "0001-01-01", "2027-02-30", "2027-13-01",
     "03/01/2027", "", "-1", "2027-03-01T10:00"],
)  # fmt: skip
numbers = mostly(
    ["1", "5", "30", "60", "1440", "1000", "0"],
    ["1441", "-1", "-5", "1001", "1000000", "99999999999999999999", "abc", "", "1.5", "nan"],
)
teams = mostly(["hq,mnl", "hq,kyiv", "hq,mnl,kyiv"], ["hq", "mnl,hq", "nobody,hq", ",", ""])
repeats = mostly(
    ["weekly:TU", "weekly:MO,WE", "daily", "monthly:-1FR", "monthly:1TU"],
    ["weekly:XX", "weekly", "yearly:MO", ":", ""],
)


@st.composite
def argv(draw: st.DrawFn, plan: str, output: str) -> list[str]:
    """A command line for one of the verbs: mostly its own flags, sometimes others'."""
    verb = draw(st.sampled_from(["check", "analyze", "suggest", "export-ics", "zones", "publish"]))
    args = [verb]
    if verb != "zones" or draw(st.booleans()):
        args.append(draw(st.sampled_from([plan, plan, plan, "/nonexistent.toml", "/dev/zero"])))
    flags = {
        "analyze": [("--from", dates), ("--to", dates), ("--json", None)],
        "suggest": [
            ("--teams", teams), ("--duration", numbers), ("--repeat", repeats),
            ("--from", dates), ("--to", dates), ("--top", numbers), ("--rotate", None),
            ("--kickoff", numbers), ("--json", None),
        ],
        "export-ics": [("-o", st.sampled_from([output, "-"])), ("--meeting", st.sampled_from(
            ["kyiv-weekly", "support-review", "nope", ""]))],
        "publish": [
            ("--url", st.sampled_from(["http://dav.example.com/", "ftp://x", "https://u:p@x/",
                                       "http://127.0.0.1:9/", "https://[::1]:9/", "", "x"])),
            ("--user", st.sampled_from(["alice", "", " "])), ("--calendar", st.text(max_size=8)),
            ("--password-env", st.sampled_from(["OP_FUZZ_PASSWORD", "OP_FUZZ_UNSET"])),
            ("--prune", None), ("--allow-insecure-http", None),
        ],
        "zones": [],
        "check": [],
    }[verb]  # fmt: skip
    if verb == "suggest" and draw(st.integers(0, 3)):
        args += ["--teams", draw(teams), "--duration", draw(numbers)]
    if verb == "publish" and draw(st.integers(0, 3)):
        args += ["--url", draw(st.sampled_from(["http://127.0.0.1:9/", "http://dav.example.com/"]))]
        args += ["--user", "alice", "--password-env", "OP_FUZZ_PASSWORD"]
    for flag, values in draw(st.lists(st.sampled_from(flags), max_size=5)) if flags else []:
        args.append(flag)
        if values is not None and draw(st.integers(0, 19)):
            args.append(draw(values))
    if draw(st.integers(0, 9)) == 0:  # a flag of another verb, or none of any
        args.append(draw(st.sampled_from(["--dpi", "--year", "--nope", "-x", "--json", "--"])))
    if verb == "zones":
        args.append(draw(st.sampled_from(["manila", "IST", "", "<b>", "zzzz", "Kyiv"])))
    return args


@pytest.fixture(autouse=True)
def _quiet_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    """No keyring, no terminal prompt, a password in one variable: publishing never blocks."""
    monkeypatch.setattr("planner.calendar.credentials.keyring_password", lambda s, k: None)
    monkeypatch.setattr("planner.cli.ics._terminal_prompt", lambda: None)
    monkeypatch.setenv("OP_FUZZ_PASSWORD", "pw")
    monkeypatch.delenv("OP_FUZZ_UNSET", raising=False)


def run_case(tmp: Path, plan_text: str | None, data: st.DataObject) -> None:
    plan = tmp / "plan.toml"
    if plan_text is None:
        plan.write_text(Path(EXAMPLE).read_text(encoding="utf-8"), encoding="utf-8")
    else:
        plan.write_text(plan_text, encoding="utf-8")
    out_dir = tmp / "out"
    out_dir.mkdir()
    output = out_dir / "meetings.ics"
    output.write_bytes(OLD)
    before = snapshot(out_dir) | {"plan.toml": plan.read_bytes()}
    command = data.draw(argv(str(plan), str(output)), label="argv")
    out, err = io.StringIO(), io.StringIO()
    try:
        code = run(command, out, err, NOW)
    except SystemExit as stop:  # --help and --version print and exit 0
        code = stop.code if isinstance(stop.code, int) else 2
    event(f"{command[0]}: exit {code}")
    check_outcome(code, err.getvalue(), plan)
    after = snapshot(out_dir) | {"plan.toml": plan.read_bytes()}
    if code != 0 or "-o" not in command:
        assert after == before  # a failed run writes nothing; the plan is never written
    else:
        assert set(after) == set(before)  # the output replaced, no temporary left behind


@fuzz(ci_examples=250)
@given(data=st.data())
def test_every_verb_on_the_example_plan(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    run_case(Path(tmp_path_factory.mktemp("case")), None, data)


@fuzz(ci_examples=120)
@given(plan_text=st.one_of(mangled_example(), any_plan_text), data=st.data())
def test_every_verb_on_a_hostile_plan(
    tmp_path_factory: pytest.TempPathFactory, plan_text: str, data: st.DataObject
) -> None:
    run_case(Path(tmp_path_factory.mktemp("case")), plan_text, data)


@st.composite
def good_argv(draw: st.DrawFn, plan: str, output: str) -> list[str]:
    """A well-formed command line with dates at the ends of the supported years."""
    first = draw(
        st.sampled_from(
            [date(1900, 1, 1), date(2027, 3, 1), date(2199, 12, 25), date(2199, 12, 31)]
        )
        | st.dates(date(1900, 1, 1), date(2199, 12, 31))
    )
    last = min(first + timedelta(days=draw(st.sampled_from([0, 1, 6, 13]))), date(2199, 12, 31))
    span = ["--from", first.isoformat(), "--to", last.isoformat()]
    verb = draw(st.sampled_from(["analyze", "suggest", "export-ics", "check"]))
    if verb == "analyze":
        return ["analyze", plan, *span, *draw(st.sampled_from([[], ["--json"]]))]
    if verb == "export-ics":
        return ["export-ics", plan, "-o", draw(st.sampled_from([output, "-"]))]
    if verb == "check":
        return ["check", plan]
    args = ["suggest", plan, "--teams", draw(st.sampled_from(["hq,mnl", "hq,kyiv", "hq,mnl,kyiv"]))]
    args += ["--duration", str(draw(st.sampled_from([1, 30, 60, 240, 1440])))]
    args += ["--top", str(draw(st.sampled_from([0, 1, 5, 1000])))]
    if draw(st.booleans()):
        args += ["--kickoff", str(draw(st.sampled_from([1, 5, 60]))), "--from", first.isoformat()]
    else:
        args += span
        if draw(st.booleans()):
            args += ["--repeat", draw(st.sampled_from(["weekly:TU", "daily", "monthly:-1FR"]))]
            args += draw(st.sampled_from([[], ["--rotate"]]))
    return args + draw(st.sampled_from([[], ["--json"]]))


@fuzz(ci_examples=60)
@given(data=st.data())
def test_well_formed_command_lines_at_the_edges_of_time(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    tmp = Path(tmp_path_factory.mktemp("case"))
    plan = tmp / "plan.toml"
    plan.write_text(Path(EXAMPLE).read_text(encoding="utf-8"), encoding="utf-8")
    command = data.draw(good_argv(str(plan), str(tmp / "out.ics")), label="argv")
    out, err = io.StringIO(), io.StringIO()
    code = run(command, out, err, NOW)
    event(f"{command[0]}: exit {code}")
    check_outcome(code, err.getvalue(), plan)
    if command[0] != "suggest":  # a search may find nothing to suggest: exit 2, said so
        assert code == 0, err.getvalue()
