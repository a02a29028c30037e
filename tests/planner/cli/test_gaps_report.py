"""``analyze`` on the New York / Manila desk: gap causes, coverage on working days, suggestions."""

import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from planner.cli.verbs import run

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
PLAN = """\
format = 1
title = "New York support from Manila"

[[team]]
id = "ny"
side = "client"
zone = "America/New_York"
hours = { "mon-fri" = ["09:00-17:00"] }
holidays = "US"

[[team]]
id = "mnl"
side = "vendor"
zone = "Asia/Manila"
hours = { "mon-fri" = ["HOURS"] }
holidays = "PH"

[[role]]
id = "support"
kind = "realtime"
client = "ny"
vendor = "mnl"
"""


@pytest.fixture
def desk(tmp_path: Path):
    def write(hours: str) -> str:
        path = tmp_path / f"desk-{hours[:2]}.toml"
        path.write_text(PLAN.replace("HOURS", hours), encoding="utf-8")
        return str(path)

    return write


def analyze(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["analyze", *argv], out, err, NOW)
    assert err.getvalue() == ""
    return code, out.getvalue()


def test_the_bonifacio_week_json_names_the_holiday_and_checks_the_suggestion_over_a_year(desk):
    code, out = analyze(desk("21:00-06:00"), "--json")
    assert code == 0
    (role,) = json.loads(out)["roles"]
    assert (role["coverage_percent"], role["working_days_coverage_percent"]) == (80.0, 100.0)
    assert role["gap_causes"] == [
        {
            "cause": "vendor_off",
            "minutes": 480,
            "date": "2026-11-30",
            "reason": "Bonifacio Day",
            "gaps": [{"start": "2026-11-30T14:00Z", "end": "2026-11-30T22:00Z"}],
        }
    ]
    assert role["suggestion_horizon"] == {"from": "2026-11-30", "to": "2027-11-29"}
    assert role["suggested_hours"] is None
    suggestion = role["suggestion"]
    assert (suggestion["offered"], suggestion["coverage_percent"]) == (False, 95.2)
    assert suggestion["holiday_cover"][0] == {"date": "2026-11-30", "reason": "Bonifacio Day"}


def test_week_fitted_hours_get_the_year_round_shift_back(desk):
    code, out = analyze(desk("22:00-06:00"), "--from", "2026-01-01", "--to", "2026-12-31")
    assert code == 0
    assert "coverage 85.80% (needs 100%), 172 gaps" in out
    assert "by cause: 16 gaps vendor holiday or day off; 165 gaps outside the vendor's hours" in out
    assert (
        "suggested mnl hours (Asia/Manila): mon-fri 21:00-06:00 (checked over 2026-01-01 to "
        "2026-12-31: coverage 85.80% -> 93.60%, closes 156 of 172 gaps)"
    ) in out
    assert "no shift closes these: plan holiday cover on 2026-02-17 Chinese New Year" in out


def test_the_text_of_a_holiday_week_says_no_hours_close_it(desk):
    _, out = analyze(desk("21:00-06:00"))
    assert "coverage 80.00% (needs 100%), 1 gap\n" in out
    assert "coverage on mnl's working days: 100.00% (leaving out its holidays and days off)" in out
    assert "8h00 vendor holiday or day off: Bonifacio Day (mnl 2026-11-30)" in out
    assert "no suggestion: every gap is a day off of mnl" in out
