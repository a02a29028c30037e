"""Bad plans found by fuzzing: each one refused with a message that says what is wrong, at its line."""

from __future__ import annotations

import io
import json
import os
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from planner.cli.verbs import run
from planner.errors import PlanFileError
from planner.plan.reading import load_plan, parse_plan
from planner.plan.source import MAX_PLAN_BYTES
from planner.plan.writing import save_plan

TEAMS = """\
format = 1

[[team]]
id = "hq"
side = "client"
zone = "America/New_York"
hours = { "mon-fri" = ["09:00-17:00"] }

[[team]]
id = "blr"
side = "vendor"
zone = "Asia/Kolkata"
hours = { "mon-fri" = ["10:00-19:00"] }
"""

ROLE = """
[[role]]
id = "seo"
kind = "async"
client = "hq"
vendor = "blr"
"""

MEETING = """
[[meeting]]
id = "weekly"
teams = ["hq", "blr"]
duration_minutes = 30
start = "2027-01-05T10:00"
repeat = { freq = "weekly", byday = ["TU"], until = "2027-12-31" }
"""


def problems(text: str) -> list[str]:
    with pytest.raises(PlanFileError) as caught:
        parse_plan(text, "plan.toml")
    return [str(p) for p in caught.value.problems]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "max_reply_hours = nan",
            'role "seo": max_reply_hours must be a number such as 24, not nan',
        ),
        (
            "max_reply_hours = inf",
            'role "seo": max_reply_hours must be a number such as 24, not inf',
        ),
        (
            "max_reply_hours = -inf",
            'role "seo": max_reply_hours must be a number such as 24, not -inf',
        ),
        ("max_reply_hours = -3", 'role "seo": max_reply_hours must be more than 0, not -3'),
        (
            "max_reply_hours = 1e300",
            'role "seo": max_reply_hours must be 336 or less, not 1e+300',
        ),
        (
            "min_overlap_minutes = -1",
            'role "seo": min_overlap_minutes must be a whole number from 0 to 1440, not -1',
        ),
        (
            "min_coverage_percent = nan",
            'role "seo": min_coverage_percent must be a number such as 24, not nan',
        ),
    ],
)
def test_nan_inf_and_out_of_range_numbers_are_refused_at_their_line(line: str, expected: str):
    assert problems(TEAMS + ROLE + line + "\n") == [f"plan.toml:20: {expected}"]


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        (
            "duration_minutes",
            "-30",
            "duration_minutes must be a whole number from 1 to 1440, not -30",
        ),
        ("duration_minutes", "nan", "duration_minutes must be a whole number, not nan"),
        (
            "reminder_minutes",
            "-5",
            "reminder_minutes must be a whole number from 0 to 10080, not -5",
        ),
    ],
)
def test_meeting_numbers_are_refused_at_their_line(key: str, value: str, expected: str):
    text = TEAMS + MEETING.replace("duration_minutes = 30", f"{key} = {value}")
    if key != "duration_minutes":
        text = TEAMS + MEETING + f"{key} = {value}\n"
    line = next(n for n, t in enumerate(text.splitlines(), 1) if t.startswith(f"{key} ="))
    assert problems(text) == [f'plan.toml:{line}: meeting "weekly": {expected}']


def test_repeat_bounds_are_those_every_calendar_reader_accepts():
    text = TEAMS + MEETING.replace('until = "2027-12-31"', "interval = 99999999999999999")
    assert problems(text) == [
        'plan.toml:20: meeting "weekly": repeat interval must be a whole number from 1 to 1000, '
        "not 99999999999999999"
    ]
    text = TEAMS + MEETING.replace('until = "2027-12-31"', "count = 10001")
    assert problems(text) == [
        'plan.toml:20: meeting "weekly": repeat count must be a whole number from 1 to 10000, '
        "not 10001"
    ]


def test_analyze_json_is_always_json(tmp_path: Path):
    """``max_reply_hours = nan`` once reached ``--json`` as NaN, which is not JSON."""
    out, err = io.StringIO(), io.StringIO()
    path = tmp_path / "nan.toml"
    path.write_text(TEAMS + ROLE + "max_reply_hours = nan\n", encoding="utf-8")
    code = run(["analyze", str(path), "--json"], out, err, datetime(2027, 3, 3, tzinfo=UTC))
    assert (code, out.getvalue()) == (2, "")
    assert err.getvalue() == (
        f'overlap-planner: error: {path}:20: role "seo": max_reply_hours must be a number '
        "such as 24, not nan\n"
    )


@pytest.mark.parametrize("value", ["[]", "{ a = 1 }", "1", "true", "2027-01-01"])
def test_an_id_of_the_wrong_type_is_a_problem_at_its_line(value: str):
    text = TEAMS.replace('id = "blr"', f"id = {value}") + ROLE
    found = problems(text)
    assert found[0].startswith("plan.toml:10: team #2: team id ")
    assert found[0].endswith(
        "is not valid: use lower-case letters, digits, '-' and '_', "
        'starting with a letter or digit (e.g. "mnl")'
    )


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("side", "[]"),
        ("zone", "{ a = 1 }"),
        ("hours", "[]"),
        ("hours", '{ "mon" = { a = 1 } }'),
        ("holidays", "[]"),
        ("days_off", '"2027-01-01"'),
        ("days_off", "[[]]"),
        ("name", "1.5"),
    ],
)
def test_every_team_value_of_the_wrong_type_is_a_problem_at_its_line(key: str, value: str):
    text = TEAMS + f"{key} = {value}\n" if key in ("holidays", "days_off", "name") else None
    if text is None:
        old = next(line for line in TEAMS.splitlines()[9:] if line.startswith(f"{key} ="))
        text = TEAMS.replace(old, f"{key} = {value}")
    line = max(n for n, t in enumerate(text.splitlines(), 1) if t.startswith(f"{key} ="))
    (found,) = problems(text)
    assert found.startswith(f'plan.toml:{line}: team "blr": ')


def test_a_single_bracket_table_gets_its_line():
    text = TEAMS + '\n[role]\nid = "seo"\n'
    assert problems(text) == [
        "plan.toml:15: write each role as [[role]], not [role]",
    ]


def test_a_dotted_single_bracket_table_gets_its_line():
    """``[role.x]`` (a table inside a table ``role``) is the single-bracket mistake too."""
    text = TEAMS + '\n[role.x]\nid = "seo"\n'
    assert problems(text) == [
        "plan.toml:15: write each role as [[role]], not [role]",
    ]


def test_a_key_set_twice_gets_its_line():
    text = TEAMS.replace('zone = "Asia/Kolkata"', 'zone = "Asia/Kolkata"\nzone = "UTC"')
    assert problems(text) == [
        'plan.toml:13: the key "zone" is set twice in the same table: keep one of them (column 13)'
    ]
    assert problems("format = 1\n[team]\nid = 1\n[team]\n") == [
        "plan.toml:4: [team] is declared twice: write each team as [[team]] (two brackets), "
        "one per table (column 6)"
    ]


def test_a_toml_file_that_is_not_a_plan_is_named_so():
    text = '[project]\nname = "demo"\n[tool.ruff]\nline-length = 100\n'
    assert problems(text) == [
        "plan.toml: no [[team]] table and no `format = 1`: is this a plan? (it has [project], "
        "[tool]; a plan starts with `format = 1` and lists its teams as [[team]] tables)"
    ]
    assert problems("") == [
        "plan.toml: no [[team]] table and no `format = 1`: is this a plan? (it is empty; a plan "
        "starts with `format = 1` and lists its teams as [[team]] tables)"
    ]


def test_binary_files_devices_fifos_and_huge_files_are_refused_without_reading_them(
    tmp_path: Path,
):
    image = tmp_path / "logo.toml"
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(PlanFileError) as caught:
        load_plan(image)
    assert str(caught.value) == (
        f"{image}: is not a text file (it holds binary data, such as an image or an archive): "
        "open the plan's .toml file"
    )
    with pytest.raises(PlanFileError, match="is not a regular file"):
        load_plan("/dev/zero")
    fifo = tmp_path / "plan.toml"
    os.mkfifo(fifo)
    writer = threading.Timer(5, lambda: open(fifo, "wb").close())  # unblocks a hanging read
    writer.start()
    try:
        with pytest.raises(PlanFileError, match="is not a regular file"):
            load_plan(fifo)
    finally:
        writer.cancel()
    large = tmp_path / "large.toml"
    large.write_bytes(b"format = 1\n" + b"# padding\n" * (MAX_PLAN_BYTES // 10))
    with pytest.raises(PlanFileError) as caught:
        load_plan(large)
    assert str(caught.value) == (
        f"{large}: is 1.0 MB: a plan file may be at most 1 MB; is this the right file?"
    )


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("us-ny", "US-NY"),
        ("ES-barcelona", "ES-Barcelona"),
        ("AU-NSW Western", "AU-NSW Western"),
        ("au-nsw western", "AU-NSW Western"),
        ("es-Cataluña", "ES-CT"),
        ("gb-eng", "GB-ENG"),
    ],
)
def test_holiday_subdivisions_match_without_regard_to_case_and_are_written_as_spelled(
    tmp_path: Path, written: str, kept: str
):
    path = tmp_path / "plan.toml"
    path.write_text(
        TEAMS.replace(
            'zone = "America/New_York"',
            f'zone = "America/New_York"\nholidays = "{written}"  # office',
        ),
        encoding="utf-8",
    )
    loaded = load_plan(path)
    assert loaded.plan.team("hq").holidays == kept
    save_plan(loaded.plan, path, loaded)
    assert f'holidays = "{kept}"  # office' in path.read_text(encoding="utf-8")
    assert load_plan(path).plan == loaded.plan


def test_an_unknown_subdivision_is_still_refused():
    text = TEAMS.replace('zone = "Asia/Kolkata"', 'zone = "Asia/Kolkata"\nholidays = "IN-XX"')
    (found,) = problems(text)
    assert found.startswith('plan.toml:13: team "blr": unknown subdivision "XX" of IN')


def test_years_without_holiday_data_are_a_warning_naming_team_code_and_years(tmp_path: Path):
    text = TEAMS.replace(
        'zone = "Asia/Kolkata"', 'zone = "Asia/Kolkata"\nholidays = "IN-KA"'
    ) + MEETING.replace("2027-01-05", "1970-01-06").replace("2027-12-31", "1971-12-31")
    loaded = parse_plan(text, "plan.toml")
    assert loaded.warnings == (
        'plan.toml:13: team "blr": the holidays package has only some public holidays of IN-KA '
        "for 1970-1971 (Requested Holidays are available only from 2001 to 2035): add the "
        "missing ones as days_off",
    )
    path = tmp_path / "plan.toml"
    path.write_text(text, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert run(["export-ics", str(path)], out, err, datetime(2027, 3, 3, tzinfo=UTC)) == 0
    assert err.getvalue() == (
        f'overlap-planner: warning: {path}:13: team "blr": the holidays package has only some '
        "public holidays of IN-KA for 1970-1971 (Requested Holidays are available only from "
        "2001 to 2035): add the missing ones as days_off\n"
    )
    assert "BEGIN:VEVENT" in out.getvalue()


def test_the_example_plans_read_back_from_json_numbers():
    """analyze --json stays parseable JSON on every example (no NaN or Infinity)."""
    examples = Path(__file__).parents[3] / "resources" / "examples"
    for example in sorted(examples.glob("*.toml")):
        out = io.StringIO()
        assert (
            run(
                ["analyze", str(example), "--json"],
                out,
                io.StringIO(),
                datetime(2027, 3, 3, tzinfo=UTC),
            )
            == 0
        )
        json.loads(out.getvalue(), parse_constant=lambda name: pytest.fail(name))


def test_an_analysed_range_without_holiday_data_is_a_warning_too(tmp_path: Path):
    path = tmp_path / "plan.toml"
    path.write_text(
        TEAMS.replace('zone = "Asia/Kolkata"', 'zone = "Asia/Kolkata"\nholidays = "IN-KA"'),
        encoding="utf-8",
    )
    out, err = io.StringIO(), io.StringIO()
    argv = ["analyze", str(path), "--from", "1970-01-05", "--to", "1970-01-11"]
    assert run(argv, out, err, datetime(2027, 3, 3, tzinfo=UTC)) == 0
    assert err.getvalue() == (
        'overlap-planner: warning: team "blr": the holidays package has only some public '
        "holidays of IN-KA for 1970 (Requested Holidays are available only from 2001 to 2035): "
        "add the missing ones as days_off\n"
    )
    err = io.StringIO()
    argv = ["analyze", str(path), "--from", "2030-12-31", "--to", "2031-01-06"]
    assert run(argv, io.StringIO(), err, datetime(2027, 3, 3, tzinfo=UTC)) == 0
    assert err.getvalue() == ""


def test_lines_stay_right_after_odd_strings_and_tables():
    quotes = "'" * 3
    text = TEAMS.replace(
        'id = "hq"', f'id = "hq"\nname = "HQ {quotes} \u2028 \x85 office"'
    ).replace('side = "vendor"', 'side = "vendour"')
    assert problems(text) == [
        'plan.toml:12: team "blr": side must be "client" or "vendor", not \'vendour\''
    ]
    assert problems(TEAMS + '\n[title]\nname = "x"\n') == [
        "plan.toml:15: title must be a string in quotes"
    ]
