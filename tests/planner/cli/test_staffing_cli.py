"""`analyze` of a plan with contact demand: the staffing object, the backlog, the text."""

import io
import json
import subprocess
import sys
from datetime import UTC, datetime
from importlib import resources

from planner.cli.verbs import run
from planner.plan.hours import parse_day_key

CONTACT_CENTRE = str(
    resources.files("resources.examples").joinpath("newyork-manila-contact-centre.toml")
)
ACME = str(resources.files("resources.examples").joinpath("newyork-manila-kyiv.toml"))
NOW = datetime(2027, 3, 17, 12, 0, tzinfo=UTC)


def call(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err, NOW)
    return code, out.getvalue(), err.getvalue()


def analyze_json(*argv):
    code, out, err = call("analyze", CONTACT_CENTRE, *argv, "--json")
    assert (code, err) == (0, "")
    return json.loads(out)["roles"][0]


def test_staffing_json_in_a_winter_week_meets_with_the_roster_next_to_it():
    voice = analyze_json("--from", "2027-03-01", "--to", "2027-03-07")
    staffing = voice["staffing"]
    assert set(staffing) >= {
        "interval_minutes",
        "intervals",
        "understaffed",
        "agent_hours_required",
        "agent_hours_scheduled",
        "service_level_percent",
        "suggested_roster",
    }
    assert staffing["interval_minutes"] == 30
    first = staffing["intervals"][0]
    assert first == {
        "start": "2027-03-01T13:00Z",
        "end": "2027-03-01T13:30Z",
        "contacts": 40,
        "required_agents": 15,
        "scheduled_agents": 25,
        "service_level_percent": first["service_level_percent"],
    }
    assert first["service_level_percent"] > 99
    assert len(staffing["intervals"]) == 5 * 28 + 2 * 18
    assert staffing["understaffed"] == [] and staffing["meets"] and voice["meets"]
    assert staffing["agent_hours_scheduled"] == 2680
    roster = staffing["roster"]
    assert roster["optimal"] and roster["current_agent_hours_per_week"] == 2680
    assert roster["agent_hours_per_week"] == sum(
        e["agents"] * 8 * len(parse_day_key(e["days"])) for e in staffing["suggested_roster"]
    )


def test_the_week_new_york_changes_clocks_is_understaffed_at_08_00():
    voice = analyze_json("--from", "2027-03-15", "--to", "2027-03-21", "--no-roster")
    staffing = voice["staffing"]
    assert staffing["suggested_roster"] is None and staffing["roster"] is None
    windows = staffing["understaffed"]
    assert windows[:2] == [
        {"start": "2027-03-15T12:00Z", "end": "2027-03-15T13:00Z"},  # 08:00-09:00 New York
        {"start": "2027-03-15T16:00Z", "end": "2027-03-15T17:00Z"},  # the lunch peak, an hour short
    ]
    assert not voice["meets"]
    assert 0 < staffing["service_level_percent"] < 90


def test_text_report_shows_service_level_understaffed_windows_and_the_roster():
    code, out, err = call("analyze", CONTACT_CENTRE, "--from", "2027-03-15", "--to", "2027-03-21")
    assert (code, err) == (0, "")
    assert "      understaffed Mon 2027-03-15 08:00 - 09:00: needs 15, has 0\n" in out
    assert "agent-hours a week (optimal); current roster 2680\n" in out


def test_async_roles_report_their_backlog():
    code, out, err = call("analyze", ACME, "--from", "2027-03-15", "--to", "2027-03-21", "--json")
    assert (code, err) == (0, "")
    seo = json.loads(out)["roles"][1]
    assert seo["backlog"] == {
        "reply_within_hours": None,
        "answered_within_percent": None,
        "max_wait_working_minutes": seo["backlog"]["max_wait_working_minutes"],
        "mean_wait_working_minutes": seo["backlog"]["mean_wait_working_minutes"],
    }
    # Kyiv works 10:00-19:00, 04:00-13:00 in New York that week: the 13:00-17:00 messages
    # wait for the next morning, the last one behind four hours of others.
    assert seo["backlog"]["max_wait_working_minutes"] == 4 * 60


def test_plans_without_demand_never_load_the_solver():
    code = (
        "import sys; from ui.launcher import main; rc = main(['analyze', sys.argv[1]]);"
        "heavy = {'highspy', 'numpy', 'scipy'} & {m.split('.')[0] for m in sys.modules};"
        "print(sorted(heavy) or 'no-solver'); sys.exit(rc)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, ACME], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "no-solver"


def test_the_solver_writes_nothing_to_standard_output():
    # HiGHS logs to the process's own standard output (not Python's sys.stdout): a line of
    # it would break the JSON. A fresh process sees what the solver writes there.
    code = "import sys; from ui.launcher import main; sys.exit(main())"
    week = ["--from", "2027-03-01", "--to", "2027-03-07"]
    done = subprocess.run(
        [sys.executable, "-c", code, "analyze", CONTACT_CENTRE, "--json", *week],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, ""), done.stderr
    roster = json.loads(done.stdout)["roles"][0]["staffing"]["roster"]
    assert roster["optimal"] is True
