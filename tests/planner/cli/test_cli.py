"""The command-line contract of cli.md: verbs, exit codes, JSON keys, error lines."""

import io
import json
import subprocess
import sys
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import pytest

from planner.cli.verbs import run

EXAMPLE = str(resources.files("resources.examples").joinpath("newyork-manila-kyiv.toml"))
NOW = datetime(2027, 3, 17, 12, 0, tzinfo=UTC)


def call(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err, NOW)
    return code, out.getvalue(), err.getvalue()


def test_check_a_clean_plan():
    code, out, err = call("check", EXAMPLE)
    assert (code, err) == (0, "")
    assert out == f"{EXAMPLE}: ok (3 teams, 2 roles, 2 meetings)\n"


def test_check_lists_every_problem_and_exits_2(tmp_path):
    bad = tmp_path / "bad.toml"
    text = Path(EXAMPLE).read_text(encoding="utf-8")
    bad.write_text(
        text.replace('"Asia/Manila"', '"Asia/Manilla"').replace('"UA"', '"UX"'), encoding="utf-8"
    )
    before = bad.read_bytes()
    code, out, err = call("check", str(bad))
    assert code == 2 and out == ""
    lines = err.splitlines()
    assert lines[0] == (
        f'overlap-planner: error: {bad}:19: team "mnl": unknown time zone "Asia/Manilla" '
        '(did you mean "Asia/Manila"?)'
    )
    assert lines[1].startswith(
        f'overlap-planner: error: {bad}:31: team "kyiv": unknown holiday country "UX"'
    )
    assert len(lines) == 2
    assert bad.read_bytes() == before


def test_analyze_json_has_exactly_the_documented_shape():
    code, out, err = call(
        "analyze", EXAMPLE, "--from", "2027-03-15", "--to", "2027-03-21", "--json"
    )
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["range"] == {"from": "2027-03-15T04:00Z", "to": "2027-03-22T04:00Z"}
    assert [(p["client"], p["vendor"]) for p in data["pairs"]] == [("hq", "mnl"), ("hq", "kyiv")]
    hq_mnl = data["pairs"][0]
    assert hq_mnl["windows"][0] == {"start": "2027-03-15T13:00Z", "end": "2027-03-15T21:00Z"}
    assert hq_mnl["total_minutes"] == 5 * 480
    support, seo = data["roles"]
    assert {"id", "kind", "client", "vendor", "coverage_percent", "gaps", "meets"} <= set(support)
    assert (support["coverage_percent"], support["gaps"], support["meets"]) == (100.0, [], True)
    assert {
        "id",
        "kind",
        "client",
        "vendor",
        "daily_overlap",
        "min_daily_overlap_minutes",
        "max_wait_minutes",
        "meets",
    } <= set(seo)
    assert seo["daily_overlap"][0] == {"date": "2027-03-15", "minutes": 240}
    assert seo["max_wait_minutes"] == 63 * 60
    weekly = data["meetings"][0]
    assert weekly["id"] == "kyiv-weekly"
    assert weekly["occurrences"] == [
        {
            "start": "2027-03-16T14:00Z",
            "end": "2027-03-16T14:30Z",
            "ok": True,
            "conflicts": [],
            "skipped": False,
        }
    ]


def test_skipped_occurrences_are_listed_with_a_reason():
    code, out, _ = call("analyze", EXAMPLE, "--from", "2027-11-01", "--to", "2027-11-07", "--json")
    assert code == 0
    weekly, review = json.loads(out)["meetings"]
    assert weekly["occurrences"] == [
        {
            "start": "2027-11-02T14:00Z",
            "end": "2027-11-02T14:30Z",
            "ok": False,
            "conflicts": ["hq"],
            "skipped": True,
            "reason": "hq 2027-11-02: Election Day",
        }
    ]
    assert review["occurrences"] == [
        {
            "start": "2027-11-01T13:00Z",
            "end": "2027-11-01T13:45Z",
            "ok": False,
            "conflicts": ["mnl"],
            "skipped": True,
            "reason": "mnl 2027-11-01: All Saints' Day",
        }
    ]


def test_default_range_is_the_current_week():
    _, out, _ = call("analyze", EXAMPLE, "--json")
    assert json.loads(out)["range"] == {"from": "2027-03-15T04:00Z", "to": "2027-03-22T04:00Z"}


def test_text_report_shows_verdicts():
    code, out, _ = call("analyze", EXAMPLE, "--from", "2027-03-15", "--to", "2027-03-21")
    assert code == 0
    assert "[PASS] support" in out
    # The role passes this week; over a year only Philippine holidays leave gaps.
    assert (
        "no suggestion: every gap is a day off of mnl, which no weekly shift closes "
        "(checked over 2027-03-15 to 2028-03-14, coverage 96.37%)"
    ) in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["analyze", EXAMPLE, "--from", "2027-13-01"],
            'argument --from: "2027-13-01" is not a date',
        ),
        (
            ["analyze", EXAMPLE, "--from", "2027-03-10", "--to", "2027-03-01"],
            "--to 2027-03-01 is before --from",
        ),
        (["analyze", EXAMPLE, "--colour"], "unrecognized arguments: --colour"),
        (["analyze", "/nonexistent/plan.toml"], "/nonexistent/plan.toml: no such file"),
        (["zones", "Qxzqxz"], 'no time zone matches "Qxzqxz"'),
        (["zones", "Lviv", "--limit", "-1"], "--limit must be 0 (every hit) or more"),
    ],
)
def test_bad_input_exits_2_with_one_clear_line(argv, message):
    code, out, err = call(*argv)
    assert (code, out) == (2, "")
    assert err.startswith("overlap-planner: error: ")
    assert message in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("manila", "Asia/Manila"),
        ("IST", "Asia/Kolkata"),
        ("Brazil", "America/Sao_Paulo"),
        ("kathmandu", "Asia/Kathmandu"),
    ],
)
def test_zone_search(query, expected):
    code, out, _ = call("zones", query, "--json")
    assert code == 0
    assert json.loads(out)[0]["zone"] == expected


def test_ist_lists_india_ireland_and_israel():
    _, out, _ = call("zones", "IST", "--limit", "3")
    assert out.splitlines() == [
        "India — Asia/Kolkata, India Standard Time (IST, UTC+05:30, no daylight saving)",
        "Ireland — Europe/Dublin, Irish Time (GMT, UTC+00:00 now, observes daylight saving)",
        "Israel — Asia/Jerusalem, Israel Time (IST, UTC+02:00 now, observes daylight saving)",
    ]


def test_console_script_runs_check_without_loading_qt():
    code = (
        "import sys; from ui.launcher import main; rc = main(['check', sys.argv[1]]);"
        "print('qt' if 'PySide6' in sys.modules else 'no-qt'); sys.exit(rc)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, EXAMPLE], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "no-qt"


def test_console_script_reports_bad_flags_without_a_traceback():
    done = subprocess.run(
        [sys.executable, "-m", "ui.launcher", "analyze", EXAMPLE, "--nope"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.startswith("overlap-planner: error: unrecognized arguments: --nope")
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["--from", "9999-12-25", "--to", "9999-12-31"],
            'argument --from: "9999-12-25" is outside the years 1900 to 2199 that the planner '
            "handles",
        ),
        (
            ["--from", "0001-01-01"],
            'argument --from: "0001-01-01" is outside the years 1900 to 2199 that the planner '
            "handles",
        ),
        (["--from", "2020-01-01", "--to", "2035-01-01"], "spans more than 10 years"),
    ],
)
def test_ranges_outside_what_the_planner_handles_are_refused(argv, message):
    code, out, err = call("analyze", EXAMPLE, *argv)
    assert (code, out) == (2, "")
    assert message in err


def test_far_dates_in_the_plan_point_at_their_line(tmp_path):
    plan = tmp_path / "far.toml"
    plan.write_text(
        'format = 1\n[[team]]\nid = "a"\nside = "client"\nzone = "UTC"\n'
        'hours = { daily = ["09:00-10:00"] }\ndays_off = ["0001-01-01"]\n',
        encoding="utf-8",
    )
    code, _, err = call("check", str(plan))
    assert code == 2
    assert err == (
        f'overlap-planner: error: {plan}:7: team "a": days_off 0001-01-01 is outside the years '
        "1900 to 2199 that the planner handles\n"
    )
