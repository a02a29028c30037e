"""The ``suggest`` verb: text and JSON, rotation, kickoff, ranges, exit codes and messages."""

import io
import json
from datetime import UTC, datetime
from importlib import resources

import pytest

from planner.cli.verbs import run
from planner.plan.reading import parse_plan

EXAMPLE = str(resources.files("resources.examples").joinpath("newyork-manila-kyiv.toml"))
NOW = datetime(2027, 3, 17, 12, 0, tzinfo=UTC)  # Wednesday

EVENING_KYIV = """\
format = 1
display_zone = "America/New_York"

[[team]]
id = "hq"
side = "client"
zone = "America/New_York"
hours = { "mon-fri" = ["09:00-17:00"] }

[[team]]
id = "kyiv"
side = "vendor"
zone = "Europe/Kyiv"
hours = { "mon-fri" = ["16:00-24:00"] }
"""

NO_OVERLAP = """\
format = 1

[[team]]
id = "ldn"
side = "client"
zone = "UTC"
hours = { "mon-fri" = ["09:00-17:00"] }

[[team]]
id = "tyo"
side = "vendor"
zone = "Asia/Tokyo"
hours = { "mon-fri" = ["09:00-17:00"] }
"""


def call(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = run(["suggest", *argv], out, err, NOW)
    return code, out.getvalue(), err.getvalue()


def plan_file(tmp_path, text, name="plan.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_text_lists_the_best_slots_with_each_teams_local_time():
    code, out, err = call(
        EXAMPLE, "--teams", "hq,kyiv", "--duration", "30", "--repeat", "weekly:TU",
        "--from", "2027-01-04", "--to", "2027-12-31", "--top", "2",
    )  # fmt: skip
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[:15] == [
        "Slots for a 30-minute meeting of hq, kyiv",
        "Start times in America/New_York (hq's zone), every 15 minutes.",
        "Weekly on Tuesday: 52 occurrences, Tue 2027-01-05 to Tue 2027-12-28.",
        "",
        "11 start times keep everyone inside working hours on every occurrence. The best 2:",
        "",
        " 1. 10:00 America/New_York   score 100.0   fits 51 of 51",
        "      hq    10:00                     core 51",
        "      kyiv  17:00 on 49, 16:00 on 2   core 51",
        "      skipped 1 for holidays: hq 2027-11-02: Election Day",
        " 2. 10:15 America/New_York   score 100.0   fits 51 of 51",
        "      hq    10:15                     core 51",
        "      kyiv  17:15 on 49, 16:15 on 2   core 51",
        "      skipped 1 for holidays: hq 2027-11-02: Election Day",
        "",
    ]
    assert lines[15].startswith("Comfort, in each team's local time: core")


def test_json_gives_local_times_score_fits_and_failing_dates(tmp_path):
    code, out, err = call(
        plan_file(tmp_path, EVENING_KYIV), "--teams", "hq,kyiv", "--duration", "60",
        "--repeat", "weekly:TU", "--from", "2027-01-04", "--to", "2027-12-31", "--top", "0", "--json",
    )  # fmt: skip
    assert (code, err) == (0, "")
    document = json.loads(out)
    assert {
        k: document[k] for k in ("teams", "zone", "duration_minutes", "repeat", "occurrences")
    } == {
        "teams": ["hq", "kyiv"],
        "zone": "America/New_York",
        "duration_minutes": 60,
        "repeat": "weekly:TU",
        "occurrences": 52,
    }
    assert document["range"] == {"from": "2027-01-04T05:00Z", "to": "2028-01-01T05:00Z"}
    assert len(document["candidates"]) == 96
    nine = next(c for c in document["candidates"] if c["start"] == "09:00")
    assert nine == {
        "start": "09:00",
        "date": None,
        "local": {"hq": "09:00", "kyiv": "16:00"},
        "local_start": {"hq": "2027-01-05T09:00", "kyiv": "2027-01-05T16:00"},
        "local_times": {"hq": ["09:00"], "kyiv": ["16:00", "15:00"]},
        "score": nine["score"],
        "comfort": nine["comfort"],
        "occurrences": 52,
        "fits": 49,
        "failing_dates": ["2027-03-16", "2027-03-23", "2027-11-02"],
        "failing": [
            {"date": "2027-03-16", "start": "2027-03-16T13:00Z", "teams": {"kyiv": "early/late"}},
            {"date": "2027-03-23", "start": "2027-03-23T13:00Z", "teams": {"kyiv": "early/late"}},
            {"date": "2027-11-02", "start": "2027-11-02T13:00Z", "teams": {"kyiv": "early/late"}},
        ],
        "skipped": [],
        "cost": {
            "hq": {"awkward": 0, "worst": "edge", "levels": {"edge": 52}},
            "kyiv": {"awkward": 3, "worst": "early/late", "levels": {"edge": 49, "early/late": 3}},
        },
    }
    assert nine["score"] == round((49 * 75 + 3 * 35) / 52, 1)
    assert document["fits_everyone"] is True and document["rotation"] is None
    assert document["candidates"][0]["start"] == "11:00" and document["candidates"][0]["fits"] == 52


def test_mismatch_failures_are_spelt_out_in_the_text(tmp_path):
    # One hour a day each: 09:00 New York meets 16:00 Kyiv, except in the mismatch weeks.
    short = EVENING_KYIV.replace('"09:00-17:00"', '"09:00-10:00"').replace(
        '"16:00-24:00"', '"16:00-17:00"'
    )
    code, out, _ = call(
        plan_file(tmp_path, short), "--teams", "hq,kyiv", "--duration", "60",
        "--repeat", "weekly:TU", "--from", "2027-01-04", "--to", "2027-12-31", "--top", "1",
    )  # fmt: skip
    assert code == 0
    lines = out.splitlines()
    start = lines.index("No start time keeps everyone inside working hours on every occurrence.")
    assert lines[start + 1 : start + 7] == [
        "The least bad (the teams outside their hours pay the cost):",
        "",
        " 1. 09:00 America/New_York   score 72.7   fits 49 of 52",
        "      hq    09:00                     edge 52",
        "      kyiv  16:00 on 49, 15:00 on 3   edge 49, early/late 3   (outside hours on 3)",
        "      breaks on 3: 2027-03-16, 2027-03-23, 2027-11-02 (kyiv early/late)",
    ]


def test_no_fit_says_so_and_offers_a_fair_rotation(tmp_path):
    code, out, err = call(
        plan_file(tmp_path, NO_OVERLAP), "--teams", "ldn,tyo", "--duration", "60",
        "--repeat", "weekly:WE", "--from", "2027-01-04", "--to", "2027-03-14", "--top", "1",
    )  # fmt: skip
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert "No start time keeps everyone inside working hours on every occurrence." in lines
    assert "The least bad (the teams outside their hours pay the cost):" in lines
    start = lines.index(
        "Fair rotation: alternate two start times week by week, so the awkward hour is shared:"
    )
    assert lines[start + 1 : start + 6] == [
        "   A. 07:00 UTC, from Wed 2027-01-06: ldn 07:00 early/late 5; tyo 16:00 edge 5",
        "   B. 09:00 UTC, from Wed 2027-01-13: ldn 09:00 edge 5; tyo 18:00 early/late 5",
        "   Awkward meetings out of 10: ldn 5, tyo 5",
        "   (the best single start time, 07:00, gives ldn 10, tyo 0)",
        "   As two meetings for the plan file (export-ics writes them as two series):",
    ]
    snippet = "\n".join(line[6:] for line in lines[start + 6 :] if line.startswith("      "))
    meetings = parse_plan(NO_OVERLAP + "\n" + snippet).plan.meetings
    assert [
        (m.id, f"{m.start_time:%H:%M}", m.repeat.interval, str(m.start_date)) for m in meetings
    ] == [
        ("rotation-a", "07:00", 2, "2027-01-06"),
        ("rotation-b", "09:00", 2, "2027-01-13"),
    ]


def test_rotation_in_json(tmp_path):
    code, out, _ = call(
        plan_file(tmp_path, NO_OVERLAP), "--teams", "ldn,tyo", "--duration", "60",
        "--repeat", "weekly:WE", "--from", "2027-01-04", "--to", "2027-03-14", "--json",
    )  # fmt: skip
    assert code == 0
    rotation = json.loads(out)["rotation"]
    assert rotation["tally"] == {"ldn": 5, "tyo": 5}
    assert [s["start"] for s in rotation["slots"]] == ["07:00", "09:00"]
    assert rotation["slots"][0]["dates"] == [
        "2027-01-06",
        "2027-01-20",
        "2027-02-03",
        "2027-02-17",
        "2027-03-03",
    ]
    assert rotation["slots"][1]["local"] == {"ldn": "09:00", "tyo": "18:00"}
    assert rotation["single_slot"] == {"start": "07:00", "tally": {"ldn": 10, "tyo": 0}}
    assert rotation["helps"] is True and rotation["held"] == 10
    assert rotation["meetings"][0] == {
        "id": "rotation-a",
        "title": "rotation (A: 07:00)",
        "teams": ["ldn", "tyo"],
        "duration_minutes": 60,
        "zone": "UTC",
        "start": "2027-01-06T07:00",
        "repeat": {"freq": "weekly", "interval": 2, "byday": ["WE"], "until": "2027-03-03"},
    }


def test_rotate_flag_asks_for_a_rotation_even_when_a_slot_fits():
    code, out, _ = call(
        EXAMPLE, "--teams", "hq,kyiv", "--duration", "30", "--repeat", "weekly:TU",
        "--from", "2027-03-01", "--to", "2027-03-31", "--rotate", "--json",
    )  # fmt: skip
    assert code == 0
    rotation = json.loads(out)["rotation"]
    assert rotation["helps"] is False and rotation["tally"] == {"hq": 0, "kyiv": 0}
    code, out, _ = call(
        EXAMPLE, "--teams", "hq,kyiv", "--duration", "30", "--repeat", "weekly:TU",
        "--from", "2027-03-01", "--to", "2027-03-31", "--rotate",
    )  # fmt: skip
    assert (
        "   Alternating does not lower anyone's worst tally here: keep the single start time."
        in out
    )


def test_one_off_searches_the_current_week_by_default():
    code, out, _ = call(EXAMPLE, "--teams", "hq,kyiv", "--duration", "45", "--json", "--top", "1")
    assert code == 0
    document = json.loads(out)
    # The week of Wednesday 17 March 2027 in New York (EDT).
    assert document["range"] == {"from": "2027-03-15T04:00Z", "to": "2027-03-22T04:00Z"}
    assert document["repeat"] is None and document["occurrences"] is None
    best = document["candidates"][0]
    assert (best["date"], best["start"], best["local"]) == (
        "2027-03-15",
        "10:00",
        {"hq": "10:00", "kyiv": "16:00"},
    )


def test_a_series_defaults_to_the_current_week_with_a_note():
    code, out, err = call(
        EXAMPLE, "--teams", "hq,kyiv", "--duration", "30", "--repeat", "weekly:TU", "--json"
    )
    assert code == 0
    document = json.loads(out)
    assert document["range"] == {"from": "2027-03-15T04:00Z", "to": "2027-03-22T04:00Z"}
    assert document["occurrences"] == 1
    assert err == (
        "overlap-planner: note: checking this week only; give --from and --to (e.g. a whole year) "
        "to check every occurrence of the series\n"
    )
    code, out, err = call(
        EXAMPLE,
        "--teams",
        "hq,kyiv",
        "--duration",
        "30",
        "--repeat",
        "weekly:TU",
        "--from",
        "2027-06-01",
        "--to",
        "2027-06-30",
        "--json",
    )
    assert (code, err) == (0, "")
    assert json.loads(out)["range"] == {"from": "2027-06-01T04:00Z", "to": "2027-07-01T04:00Z"}


def test_kickoff_text_and_json():
    code, out, err = call(EXAMPLE, "--teams", "hq,mnl,kyiv", "--duration", "60", "--kickoff", "3")
    assert (code, err) == (0, "")
    assert out.splitlines()[:12] == [
        "Kickoff: a 60-minute one-off meeting of hq, mnl, kyiv",
        "within hq's next 3 working days, Thu 2027-03-18 to Mon 2027-03-22 (times in America/New_York).",
        "",
        "First good slot:",
        " 1. Thu 2027-03-18 10:00 America/New_York   score 100.0   fits everyone",
        "      hq    Thu 10:00   core",
        "      mnl   Thu 22:00   core",
        "      kyiv  Thu 16:00   core",
        "",
        "Best slot of the other days:",
        "   Fri 2027-03-19 10:00   score 100.0   fits everyone",
        "   Mon 2027-03-22 10:00   score 100.0   fits everyone",
    ]
    code, out, _ = call(
        EXAMPLE,
        "--teams",
        "hq,mnl",
        "--duration",
        "60",
        "--kickoff",
        "2",
        "--from",
        "2027-07-02",
        "--json",
    )
    document = json.loads(out)
    assert document["working_days"] == ["2027-07-02", "2027-07-06"]
    # Monday 5 July is a holiday in New York; 10:00 EDT is 22:00 in Manila.
    assert (document["kickoff"]["date"], document["kickoff"]["start"]) == ("2027-07-02", "10:00")
    assert [c["date"] for c in document["per_day"]] == ["2027-07-02", "2027-07-06"]


def test_kickoff_with_no_good_slot(tmp_path):
    code, out, _ = call(
        plan_file(tmp_path, NO_OVERLAP), "--teams", "ldn,tyo", "--duration", "60", "--kickoff", "2"
    )
    assert code == 0
    assert (
        "No slot in ldn's next 2 working days keeps everyone inside working hours."
        in out.splitlines()
    )


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["--teams", "hq,kiev", "--duration", "30"],
            'overlap-planner: error: unknown team "kiev" (did you mean "kyiv"?): the plan has hq, mnl, kyiv',
        ),
        (
            ["--teams", "hq", "--duration", "30"],
            "overlap-planner: error: a meeting needs two or more teams",
        ),
        (
            ["--teams", "hq,kyiv", "--duration", "0"],
            "overlap-planner: error: --duration 0: give the meeting length in minutes, 1 to 1440",
        ),
        (
            ["--teams", "hq,kyiv", "--duration", "30", "--repeat", "weekly"],
            'overlap-planner: error: --repeat "weekly": say which days, e.g. weekly:TU or weekly:MO,TH',
        ),
        (
            ["--teams", "hq,kyiv", "--duration", "30", "--repeat", "weekly:TU", "--kickoff", "5"],
            "overlap-planner: error: --kickoff plans a one-off meeting: drop --repeat",
        ),
        (
            ["--teams", "hq,kyiv", "--duration", "30", "--kickoff", "0"],
            "overlap-planner: error: the kickoff looks 1 to 60 working days ahead, not 0",
        ),
        (
            ["--teams", "hq,kyiv", "--duration", "30", "--top", "-1"],
            "overlap-planner: error: --top -1: give how many slots to list, 1 to 1000 (0 for all)",
        ),
        (
            ["--teams", "hq,kyiv", "--duration", "30", "--top", "1000000"],
            "overlap-planner: error: --top 1000000: give how many slots to list, 1 to 1000 "
            "(0 for all)",
        ),
        (
            [
                "--teams",
                "hq,kyiv",
                "--duration",
                "30",
                "--from",
                "2027-03-10",
                "--to",
                "2027-03-01",
            ],
            "overlap-planner: error: --to 2027-03-01 is before --from 2027-03-10: give the earlier date first",
        ),
    ],
)
def test_bad_input_exits_2_with_one_clear_line(argv, message):
    code, out, err = call(EXAMPLE, *argv)
    assert (code, out) == (2, "")
    assert err.splitlines()[0].startswith(message)
    assert len(err.splitlines()) == 1


def test_missing_flags_and_unreadable_plans_exit_2(tmp_path):
    code, _, err = call(EXAMPLE, "--teams", "hq,kyiv")
    assert code == 2 and "the following arguments are required: --duration" in err
    code, _, err = call(str(tmp_path / "missing.toml"), "--teams", "hq,kyiv", "--duration", "30")
    assert code == 2 and err.startswith("overlap-planner: error: ")


def test_the_console_script_runs_suggest(capsys):
    from ui.launcher import main

    code = main(
        [
            "suggest",
            EXAMPLE,
            "--teams",
            "hq,kyiv",
            "--duration",
            "30",
            "--top",
            "1",
            "--from",
            "2027-03-01",
            "--to",
            "2027-03-05",
        ]
    )
    captured = capsys.readouterr()
    assert code == 0 and captured.err == ""
    assert (
        " 1. Mon 2027-03-01 10:00 America/New_York   score 100.0   fits everyone"
        in captured.out.splitlines()
    )


def test_a_range_without_occurrences_says_so(tmp_path):
    code, out, _ = call(
        EXAMPLE, "--teams", "hq,kyiv", "--duration", "30", "--repeat", "monthly:5FR",
        "--from", "2027-02-01", "--to", "2027-02-28",
    )  # fmt: skip
    assert code == 0
    assert (
        "The meeting has no occurrence in the range: widen the range (--from/--to)."
        in out.splitlines()
    )
    both_off = NO_OVERLAP.replace(
        'hours = { "mon-fri" = ["09:00-17:00"] }',
        'hours = { "mon-fri" = ["09:00-17:00"] }\ndays_off = ["2027-01-06"]',
    )
    code, out, _ = call(
        plan_file(tmp_path, both_off), "--teams", "ldn,tyo", "--duration", "60", "--repeat", "weekly:WE",
        "--from", "2027-01-04", "--to", "2027-01-10",
    )  # fmt: skip
    assert (
        "Every occurrence in the range falls on someone's holiday: widen the range (--from/--to)."
        in out
    )
