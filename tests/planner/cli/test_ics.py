"""``overlap-planner export-ics`` and the argument side of ``publish`` (cli.md)."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import icalendar
import pytest

from planner.calendar.events import plan_identity
from planner.calendar.ical import export_calendar
from planner.cli.verbs import run
from planner.plan.reading import load_plan

EXAMPLE = str(resources.files("resources.examples").joinpath("newyork-manila-kyiv.toml"))
NOW = datetime(2027, 1, 1, tzinfo=UTC)


def call(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err, NOW)
    return code, out.getvalue(), err.getvalue()


def expected_text(path: str = EXAMPLE, meetings: tuple[str, ...] = ()) -> str:
    plan = load_plan(path).plan
    return export_calendar(plan, identity=plan_identity(plan, path), now=NOW, meeting_ids=meetings)


def test_export_to_stdout_by_default_and_with_dash():
    for argv in (("export-ics", EXAMPLE), ("export-ics", EXAMPLE, "-o", "-")):
        code, out, err = call(*argv)
        assert (code, err) == (0, "")
        assert out == expected_text()


def test_export_to_a_file_writes_crlf_bytes(tmp_path):
    target = tmp_path / "meetings.ics"
    code, out, err = call("export-ics", EXAMPLE, "-o", str(target))
    assert (code, err) == (0, "")
    assert out == f"{target}: 2 meetings\n"
    assert target.read_bytes() == expected_text().encode("utf-8")
    assert list(tmp_path.iterdir()) == [target]  # no temporary file left behind


def test_export_some_meetings(tmp_path):
    target = tmp_path / "one.ics"
    code, out, _ = call("export-ics", EXAMPLE, "-o", str(target), "--meeting", "support-review")
    assert code == 0 and out == f"{target}: 1 meeting\n"
    events = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == ["Support monthly review"]


def test_export_says_what_it_wrote_and_names_the_skipped_one_offs_it_left_out(tmp_path):
    plan = Path(__file__).parents[2] / "calendar_clients" / "fixtures" / "skipped_oneoff.toml"
    target = tmp_path / "kickoffs.ics"
    code, out, err = call("export-ics", str(plan), "-o", str(target))
    assert (code, err) == (0, "")
    assert out == (
        f"{target}: 2 meetings; left out 2 one-off meetings that a holiday or day off skips: "
        "kickoff (hq 2027-07-05: Independence Day (observed)), manila-kickoff (mnl 2027-12-30: "
        "Rizal Day)\n"
    )
    events = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert [str(e["UID"]).split("-")[0] for e in events] == ["held", "weekly"]
    code, out, _ = call("export-ics", str(plan), "-o", str(target), "--meeting", "weekly")
    assert (code, out) == (0, f"{target}: 1 meeting\n")


def test_unknown_meeting_exits_2_and_leaves_the_previous_file(tmp_path):
    target = tmp_path / "meetings.ics"
    target.write_bytes(b"previous")
    code, out, err = call("export-ics", EXAMPLE, "-o", str(target), "--meeting", "weekly")
    assert (code, out) == (2, "")
    assert err == (
        'overlap-planner: error: unknown meeting "weekly": the plan\'s meetings are '
        "kyiv-weekly, support-review\n"
    )
    assert target.read_bytes() == b"previous"


def test_unwritable_output_exits_2_with_one_line(tmp_path):
    target = tmp_path / "missing-folder" / "meetings.ics"
    code, out, err = call("export-ics", EXAMPLE, "-o", str(target))
    assert (code, out) == (2, "")
    assert err == (
        f"overlap-planner: error: cannot write {target}: No such file or directory; "
        "the previous file, if any, is unchanged\n"
    )


def test_invalid_plan_exits_2_with_its_problems(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text(
        Path(EXAMPLE).read_text(encoding="utf-8").replace('"Asia/Manila"', '"Asia/Manilla"'),
        encoding="utf-8",
    )
    code, out, err = call("export-ics", str(bad))
    assert (code, out) == (2, "")
    assert err.startswith(f"overlap-planner: error: {bad}:") and '"Asia/Manila"' in err


def test_plan_without_meetings_exits_2(tmp_path):
    plan = tmp_path / "empty.toml"
    plan.write_text(
        'format = 1\n[[team]]\nid = "a"\nside = "client"\nzone = "UTC"\nhours = { "mon-fri" = ["09:00-17:00"] }\n',
        encoding="utf-8",
    )
    code, _, err = call("export-ics", str(plan))
    assert code == 2
    assert (
        err
        == "overlap-planner: error: the plan has no meetings to export: add a [[meeting]] first\n"
    )


def test_console_script_writes_exact_bytes_to_stdout():
    result = subprocess.run(
        [sys.executable, "-m", "ui.launcher", "export-ics", EXAMPLE, "--meeting", "kyiv-weekly"],
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert (result.returncode, result.stderr) == (0, b"")
    assert result.stdout.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert result.stdout.endswith(b"END:VEVENT\r\nEND:VCALENDAR\r\n")
    assert b"\n" not in result.stdout.replace(b"\r\n", b"")


def test_publish_flags_are_parsed():
    from planner.cli.parser import parse_args

    args = parse_args(
        [
            "publish",
            EXAMPLE,
            "--url",
            "https://dav.example.com/",
            "--user",
            "alice",
            "--password-env",
            "PW",
            "--prune",
        ]
    )
    assert (args.password_env, args.prune, args.calendar) == ("PW", True, None)
    args = parse_args(
        ["publish", EXAMPLE, "--url", "https://x/", "--user", "a", "--calendar", "Vendors"]
    )
    assert (args.password_env, args.prune, args.calendar) == (None, False, "Vendors")


@pytest.mark.parametrize("keyring_here", [True, False], ids=["keyring", "no-keyring"])
def test_publish_without_a_password_source_exits_2(monkeypatch, keyring_here):
    monkeypatch.setattr("planner.calendar.credentials.keyring_password", lambda service, key: None)
    monkeypatch.setattr(
        "planner.calendar.credentials.keyring_absence",
        lambda: None if keyring_here else "no system keyring on this computer",
    )
    monkeypatch.setattr("planner.cli.ics._terminal_prompt", lambda: None)
    code, out, err = call(
        "publish", EXAMPLE, "--url", "https://dav.example.com/", "--user", "alice"
    )
    assert (code, out) == (2, "")
    if keyring_here:
        assert err == (
            "overlap-planner: error: no password for alice@dav.example.com: pass --password-env "
            "VAR with the password in that variable, store it in the system keyring (keyring set "
            'overlap-planner "alice@dav.example.com"), or run in a terminal to be asked\n'
        )
    else:
        assert err == (
            "overlap-planner: error: no password for alice@dav.example.com (no system keyring on "
            "this computer): pass --password-env VAR with the password in that variable, or run "
            "in a terminal to be asked\n"
        )


def test_publish_with_an_unset_password_variable_exits_2(monkeypatch):
    monkeypatch.delenv("OP_TEST_PASSWORD", raising=False)
    code, _, err = call(
        "publish",
        EXAMPLE,
        "--url",
        "https://dav.example.com/",
        "--user",
        "alice",
        "--password-env",
        "OP_TEST_PASSWORD",
    )
    assert code == 2
    assert err == (
        "overlap-planner: error: environment variable OP_TEST_PASSWORD is not set or empty: "
        "set it to the password of alice@dav.example.com\n"
    )


def test_publish_refuses_credentials_in_the_url(monkeypatch):
    monkeypatch.setenv("OP_TEST_PASSWORD", "hunter22")
    code, _, err = call(
        "publish",
        EXAMPLE,
        "--url",
        "https://alice:hunter22@dav.example.com/",
        "--user",
        "alice",
        "--password-env",
        "OP_TEST_PASSWORD",
    )
    assert code == 2
    assert err == (
        "overlap-planner: error: put the user name in --user and the password in --password-env, "
        "not in the URL\n"
    )
