"""The plan file: every problem at file:line, comment-keeping saves, atomic writes."""

import dataclasses
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.errors import PlanFileError
from planner.plan.hours import Shift, WeekHours
from planner.plan.reading import load_plan, parse_plan
from planner.plan.writing import dump_plan, save_plan

EXAMPLES = sorted(
    str(p) for p in resources.files("resources.examples").iterdir() if p.name.endswith(".toml")
)

GOOD = """\
format = 1
title = "Test plan"

# The client
[[team]]
id = "hq"
side = "client"
zone = "America/New_York"
hours = { "mon-fri" = ["09:00-17:00"] }   # office hours

[[team]]
id = "mnl"
side = "vendor"
zone = "Asia/Manila"
hours = { "mon-fri" = ["21:00-06:00"] }
holidays = "PH"
favourite_food = "adobo"

[[role]]
id = "support"
kind = "realtime"
client = "hq"
vendor = "mnl"
"""


def problems(text):
    with pytest.raises(PlanFileError) as caught:
        parse_plan(text, "plan.toml")
    return [str(p) for p in caught.value.problems]


def test_every_problem_is_reported_at_once_with_its_line():
    text = (
        GOOD.replace('"Asia/Manila"', '"Asia/Manilla"')
        .replace('"09:00-17:00"', '"09:00-09:00"')
        .replace('vendor = "mnl"', 'vendor = "mnk"')
    )
    found = problems(text)
    assert found == [
        'plan.toml:9: team "hq": shift "09:00-09:00" starts and ends at the same time: '
        'for a whole day write "00:00-24:00"',
        'plan.toml:14: team "mnl": unknown time zone "Asia/Manilla" (did you mean "Asia/Manila"?)',
        'plan.toml:23: role "support": unknown team "mnk" (did you mean "mnl"?)',
    ]


def test_missing_required_keys_point_at_the_table():
    text = 'format = 1\n\n[[team]]\nid = "hq"\nzone = "UTC"\n'
    assert problems(text) == [
        'plan.toml:3: team "hq": side is missing: add side = "client" or side = "vendor"',
        'plan.toml:3: team "hq": hours is missing: add hours = { "mon-fri" = ["09:00-17:00"] }',
    ]


def test_newer_format_is_refused_clearly():
    (message,) = problems("format = 2\n")
    assert message.startswith("plan.toml:1: format 2 is newer than this Overlap Planner reads")
    assert "update Overlap Planner" in message


def test_missing_format():
    assert problems('title = "x"\n') == [
        "plan.toml: format is missing: add `format = 1` at the top"
    ]


def test_toml_syntax_error_has_its_line():
    (message,) = problems('format = 1\ntitle = "unterminated\n')
    assert message == (
        "plan.toml:2: a string is not closed: end it with a quote on the same line (column 22)"
    )


def test_meeting_start_must_be_the_first_occurrence():
    text = (
        GOOD
        + """
[[meeting]]
id = "weekly"
teams = ["hq", "mnl"]
duration_minutes = 30
start = "2027-01-04T10:00"
repeat = { freq = "weekly", byday = ["TU"] }
"""
    )
    (message,) = problems(text)
    assert message.startswith('plan.toml:29: meeting "weekly": start 2027-01-04T10:00 (MO) is not')
    assert message.endswith("the first occurrence is 2027-01-05T10:00")


def test_duplicate_ids_point_at_the_second_one():
    text = GOOD.replace('id = "mnl"', 'id = "hq"').replace('vendor = "mnl"', 'vendor = "hq"')
    found = problems(text)
    assert found[0] == 'plan.toml:12: team "hq": id "hq" is used twice: ids must be unique'


def test_unknown_keys_are_warned_about_and_kept_on_save(tmp_path):
    path = tmp_path / "plan.toml"
    path.write_text(GOOD, encoding="utf-8")
    loaded = load_plan(path)
    assert loaded.warnings == (
        f'{path}:17: team "mnl": unknown key "favourite_food": it is kept when the plan is saved, but not used',
    )
    edited = dataclasses.replace(loaded.plan, title="Renamed")
    save_plan(edited, path, loaded)
    saved = path.read_text(encoding="utf-8")
    assert 'favourite_food = "adobo"' in saved
    assert 'title = "Renamed"' in saved


def test_a_save_keeps_comments_and_rewrites_only_what_changed(tmp_path):
    path = tmp_path / "plan.toml"
    path.write_text(GOOD, encoding="utf-8")
    loaded = load_plan(path)
    mnl = loaded.plan.team("mnl")
    longer = dataclasses.replace(mnl, hours=mnl.hours.with_day(0, [Shift.parse("20:00-06:00")]))
    plan = dataclasses.replace(loaded.plan, teams=(loaded.plan.teams[0], longer))
    save_plan(plan, path, loaded)
    saved = path.read_text(encoding="utf-8")
    assert "# The client" in saved
    assert 'hours = { "mon-fri" = ["09:00-17:00"] }   # office hours' in saved
    assert 'hours = { mon = ["20:00-06:00"], "tue-fri" = ["21:00-06:00"] }' in saved
    assert load_plan(path).plan == plan
    assert (tmp_path / "plan.toml.bak").read_text(encoding="utf-8") == GOOD


@pytest.mark.parametrize("example", EXAMPLES)
def test_examples_round_trip_byte_for_byte(example):
    loaded = load_plan(example)
    assert loaded.warnings == ()
    assert dump_plan(loaded.plan, loaded) == Path(example).read_text(encoding="utf-8")
    fresh = parse_plan(dump_plan(loaded.plan))
    assert fresh.plan == loaded.plan


def test_refused_plan_leaves_the_file_untouched(tmp_path):
    path = tmp_path / "bad.toml"
    original = GOOD.replace('"PH"', '"XX"').encode()
    path.write_bytes(original)
    with pytest.raises(PlanFileError):
        load_plan(path)
    assert path.read_bytes() == original
    assert list(tmp_path.iterdir()) == [path]


def test_unreadable_inputs_give_one_clear_problem(tmp_path):
    binary = tmp_path / "x.toml"
    binary.write_bytes(b'format = 1\ntitle = "\xff"\n')
    with pytest.raises(PlanFileError, match=r"x.toml:2: is not UTF-8 text"):
        load_plan(binary)
    # Behind a byte order mark, the line is still counted from the file's first byte.
    binary.write_bytes(b'\xef\xbb\xbfformat = 1\n\ntitle = "\xff"\n')
    with pytest.raises(PlanFileError, match=r"x.toml:3: is not UTF-8 text"):
        load_plan(binary)
    binary.write_bytes(b'\xef\xbb\xbfformat = 1\ntitle = "\xef\xbb\xbf"\n')
    assert load_plan(binary).plan.title == "\ufeff"  # only the leading mark is dropped
    with pytest.raises(PlanFileError, match="no such file"):
        load_plan(tmp_path / "missing.toml")
    with pytest.raises(PlanFileError, match="is a folder"):
        load_plan(tmp_path)


def test_a_failed_save_leaves_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "plan.toml"
    path.write_text(GOOD, encoding="utf-8")
    loaded = load_plan(path)

    def broken_replace(*_args):
        raise OSError("disk full")

    monkeypatch.setattr("planner.atomic.os.replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        save_plan(dataclasses.replace(loaded.plan, title="New"), path, loaded)
    assert path.read_text(encoding="utf-8") == GOOD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.toml"]


fuzz_text = st.text(
    alphabet=st.sampled_from(list("[]{}=\"'#\n ,.-:0123456789abcdefghijklmnopqrstuvwxyz_")),
    max_size=200,
)


@given(fuzz_text)
def test_any_text_is_either_a_plan_or_a_list_of_problems(text):
    try:
        parse_plan("format = 1\n" + text, "fuzz.toml")
    except PlanFileError as error:
        assert error.problems
        assert all(str(p).startswith("fuzz.toml") for p in error.problems)


@given(st.sampled_from(EXAMPLES), st.data())
def test_fuzzed_examples_never_crash(example, data):
    text = Path(example).read_text(encoding="utf-8")
    position = data.draw(st.integers(0, len(text) - 1))
    replacement = data.draw(st.sampled_from(['"', "]", "=", "\n", "x", "9", "-", "[[", ""]))
    mutated = text[:position] + replacement + text[position + 1 :]
    try:
        parse_plan(mutated, "fuzz.toml")
    except PlanFileError as error:
        assert error.problems


def test_new_plan_written_in_file_order():
    hours = WeekHours.parse({"mon-fri": ["09:00-17:00"]})
    from planner.plan.model import Plan, Team

    plan = Plan(teams=(Team("hq", "client", "UTC", hours, name="HQ"),), title="T")
    assert dump_plan(plan) == (
        'format = 1\ntitle = "T"\n\n[[team]]\nid = "hq"\nname = "HQ"\nside = "client"\n'
        'zone = "UTC"\nhours = { "mon-fri" = ["09:00-17:00"] }\n'
    )
