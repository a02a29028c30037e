"""Solved rosters kept on disk: the same roster as a fresh solve, without loading the solver."""

import json
import os
import subprocess
import sys
import tempfile
import zlib
from dataclasses import replace
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.analysis.staffing import roster, roster_cache
from planner.analysis.staffing.roster import suggest_roster
from planner.plan.agents import Agents
from planner.time.local import day_range
from planner.time.tzdb import TzDatabase
from tests.planner.helpers import d, team

MONDAY = day_range("UTC", d("2027-01-04"), d("2027-01-04"))[0]
VENDOR = team("v", "Asia/Manila", {"mon-sat": ["09:00-17:00", "12:00-18:00"]})
CONTACT_CENTRE = str(
    resources.files("resources.examples").joinpath("newyork-manila-contact-centre.toml")
)


def hourly(needs: list[int], first_hour: int = 1) -> list[tuple[int, int, int]]:
    """Requirements for the hours from ``first_hour`` UTC of Monday 2027-01-04 on."""
    return [
        (MONDAY + (first_hour + h) * 3600, MONDAY + (first_hour + h + 1) * 3600, n)
        for h, n in enumerate(needs)
    ]


@pytest.fixture
def cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("OVERLAP_PLANNER_CACHE_DIR", str(tmp_path))
    return tmp_path / "rosters"


def without_solver(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make building and solving the integer program fail from here on.

    (Whether HiGHS and numpy are imported at all is checked in a fresh process below.)
    """

    def refuse(*arguments: object) -> None:
        raise AssertionError("the roster was solved again")

    monkeypatch.setattr(roster, "_constraints", refuse)
    monkeypatch.setattr(roster, "_solve", refuse)


@settings(max_examples=15, deadline=None)
@given(
    needs=st.lists(st.integers(0, 4), min_size=1, max_size=30),
    first_hour=st.integers(0, 23),
    interval=st.sampled_from([30, 60]),
)
def test_a_kept_roster_equals_a_fresh_solve_and_needs_no_solver(needs, first_hour, interval):
    wanted = hourly(needs, first_hour)
    with tempfile.TemporaryDirectory() as folder, pytest.MonkeyPatch.context() as patch:
        patch.setenv("OVERLAP_PLANNER_CACHE_DIR", folder)
        solved = suggest_roster(VENDOR, wanted, interval)
        assert solved.optimal
        assert len(list(Path(folder, "rosters").glob("*.json"))) == 1
        without_solver(patch)
        again = suggest_roster(VENDOR, wanted, interval)
    assert again == solved


def test_the_vendors_current_roster_is_worked_out_on_every_call(cache, monkeypatch):
    wanted = hourly([2, 3, 3, 1, 0, 2, 2, 2, 1])
    suggest_roster(VENDOR, wanted, 30)
    without_solver(monkeypatch)
    more_people = replace(VENDOR, agents=Agents(4))
    kept = suggest_roster(more_people, wanted, 30)
    assert kept.current_agent_hours_per_week == roster.current_agent_hours(more_people)
    assert kept.current_agent_hours_per_week != roster.current_agent_hours(VENDOR)


NAMED = ("Asia/Manila", ("2026f", ""), [(0, 1800, 2), (1800, 3600, 1)], 30, (480, 540), 60.0)


@pytest.mark.parametrize(
    "change",
    [
        {0: "Europe/Kyiv"},
        {1: ("2026g", "")},
        {1: ("2026f", "/usr/share/zoneinfo")},
        {2: [(0, 1800, 2), (1800, 3600, 2)]},
        {2: [(0, 1800, 2), (1800, 5400, 1)]},
        {2: [(0, 1800, 2)]},
        {3: 15},
        {4: (480,)},
        {5: 10.0},
    ],
)
def test_everything_a_roster_depends_on_names_its_file(change):
    changed = [change.get(i, part) for i, part in enumerate(NAMED)]
    assert roster_cache.roster_key(*NAMED) is not None
    assert roster_cache.roster_key(*changed) != roster_cache.roster_key(*NAMED)


@given(
    needs=st.lists(st.tuples(st.integers(0, 2**40), st.integers(0, 2**40), st.integers(0, 500))),
    zone=st.sampled_from(["Asia/Manila", "Europe/Kyiv"]),
)
def test_equal_values_name_one_file_however_the_objects_are_shared(needs, zone):
    shared = [needs[0]] * len(needs) if needs else []
    built = [tuple(int(str(part)) for part in need) for need in shared]  # new, unshared
    copied_zone = "".join(list(zone))  # not the interned string
    for first, second in ((needs, [tuple(list(n)) for n in needs]), (shared, built)):
        assert roster_cache.roster_key(zone, ("2026f", ""), first, 30, (480,), 60.0) == (
            roster_cache.roster_key(copied_zone, ("2026f", ""), second, 30, (480,), 60.0)
        )


def test_another_solver_release_or_python_names_another_file(monkeypatch):
    before = roster_cache.roster_key(*NAMED)
    fingerprint = roster_cache.solver_fingerprint()
    assert fingerprint is not None and "_core." in fingerprint
    monkeypatch.setattr(roster_cache, "solver_fingerprint", lambda: fingerprint + "1")
    assert roster_cache.roster_key(*NAMED) != before
    monkeypatch.undo()
    monkeypatch.setattr(sys.implementation, "cache_tag", "cpython-399")
    assert roster_cache.roster_key(*NAMED) != before


def test_nothing_is_kept_when_the_solver_or_the_tz_release_cannot_be_named(cache, monkeypatch):
    wanted = hourly([1, 2, 2])
    monkeypatch.setattr(roster_cache, "solver_fingerprint", lambda: None)
    assert suggest_roster(VENDOR, wanted, 60).optimal
    monkeypatch.undo()
    monkeypatch.setenv("OVERLAP_PLANNER_CACHE_DIR", str(cache.parent))
    monkeypatch.setattr(roster, "tz_database", lambda: TzDatabase("unknown", None))
    assert suggest_roster(VENDOR, wanted, 60).optimal
    assert not cache.exists()


def test_a_roster_not_proved_optimal_is_not_kept(cache, monkeypatch):
    solve = roster._solve
    monkeypatch.setattr(roster, "_solve", lambda *a: (solve(*a)[0], False))
    found = suggest_roster(VENDOR, hourly([1, 2, 2]), 60)
    assert not found.optimal and found.entries
    assert not cache.exists()
    monkeypatch.undo()
    monkeypatch.setenv("OVERLAP_PLANNER_CACHE_DIR", str(cache.parent))
    assert suggest_roster(VENDOR, hourly([1, 2, 2]), 60).optimal
    assert len(list(cache.iterdir())) == 1


@pytest.mark.parametrize(
    "damage",
    [
        "not json",
        '{"problem": "00"}',
        "[]",
        "KEY-entries-shift",
        "KEY-entries-days",
        "KEY-hours",
    ],
)
def test_a_damaged_file_is_solved_again_and_replaced(cache, damage):
    wanted = hourly([1, 2, 2, 3])
    solved = suggest_roster(VENDOR, wanted, 60)
    (path,) = cache.iterdir()
    good = json.loads(path.read_text(encoding="utf-8"))
    if damage.startswith("KEY"):
        bad = dict(good)
        if damage.endswith("shift"):
            bad["entries"] = [[[0], 2000, 300, 1]]  # a start past midnight: no plan holds it
        elif damage.endswith("days"):
            bad["entries"] = [[[7], 60, 300, 1]]
        else:
            bad["agent_hours_per_week"] = "many"
        damage = json.dumps(bad)
    path.write_text(damage, encoding="utf-8")
    assert suggest_roster(VENDOR, wanted, 60) == solved
    assert json.loads(path.read_text(encoding="utf-8")) == good


def test_problems_that_share_a_file_name_never_get_each_others_roster(cache, monkeypatch):
    monkeypatch.setattr(roster_cache, "file_name", lambda key: "one.json")
    few, many = hourly([1, 1, 1]), hourly([4, 4, 4])
    first_few, first_many = suggest_roster(VENDOR, few, 60), suggest_roster(VENDOR, many, 60)
    assert first_few.agent_hours_per_week < first_many.agent_hours_per_week
    assert [p.name for p in cache.iterdir()] == ["one.json"]
    assert suggest_roster(VENDOR, few, 60) == first_few  # solved again: the file held many
    without_solver(monkeypatch)
    assert suggest_roster(VENDOR, few, 60) == first_few  # now kept in the file


def test_the_file_holds_its_problem_whole_and_is_named_by_its_crc(cache):
    wanted = hourly([1, 2, 2])
    suggest_roster(VENDOR, wanted, 60)
    (path,) = cache.iterdir()
    database = roster.tz_database()
    key = roster_cache.roster_key(
        "Asia/Manila",
        (database.version, str(database.folder or "")),
        wanted,
        60,
        (360, 480),
        roster.TIME_LIMIT_SECONDS,
    )
    assert key is not None
    assert json.loads(path.read_text(encoding="utf-8"))["problem"] == key.hex()
    assert path.name == f"{zlib.crc32(key):08x}{len(key):x}.json"


def test_the_folder_keeps_the_most_recently_written(cache, monkeypatch):
    monkeypatch.setattr(roster_cache, "KEEP", 3)
    for extra in range(5):
        suggest_roster(VENDOR, hourly([1, 2, 2, extra + 1]), 60)
        newest = max(cache.iterdir(), key=lambda p: p.stat().st_mtime_ns)
        os.utime(newest, ns=(extra * 10**9, extra * 10**9))
    kept = sorted(json.loads(p.read_text(encoding="utf-8"))["problem"] for p in cache.iterdir())
    newest_three = sorted(
        roster_cache.roster_key(
            "Asia/Manila",
            (roster.tz_database().version, str(roster.tz_database().folder or "")),
            hourly([1, 2, 2, extra + 1]),
            60,
            (360, 480),
            roster.TIME_LIMIT_SECONDS,
        ).hex()
        for extra in (2, 3, 4)
    )
    assert kept == newest_three


def test_a_cache_turned_off_or_unwritable_keeps_nothing_and_still_solves(monkeypatch, tmp_path):
    wanted = hourly([2, 1])
    monkeypatch.setenv("OVERLAP_PLANNER_CACHE_DIR", "")
    assert suggest_roster(VENDOR, wanted, 60).entries
    blocked = tmp_path / "a file"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("OVERLAP_PLANNER_CACHE_DIR", str(blocked))
    assert suggest_roster(VENDOR, wanted, 60).entries
    assert blocked.read_text(encoding="utf-8") == ""
    assert list(tmp_path.iterdir()) == [blocked]


def _analyze(cache: str, *flags: str) -> tuple[str, set[str]]:
    code = (
        "import sys\nfrom ui.launcher import main\nrc = main(sys.argv[1:])\n"
        "sys.stderr.write('\\n'.join(sorted(sys.modules)))\nsys.exit(rc)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, "analyze", CONTACT_CENTRE, *flags],
        capture_output=True,
        text=True,
        check=False,
        env=dict(os.environ, OVERLAP_PLANNER_CACHE_DIR=cache),
    )
    assert done.returncode == 0, done.stderr
    return done.stdout, set(done.stderr.splitlines())


def test_analyzing_a_plan_again_prints_the_same_roster_without_loading_the_solver(tmp_path):
    uncached, _ = _analyze("", "--json")
    first, modules = _analyze(str(tmp_path), "--json")
    assert {"highspy", "numpy"} <= modules
    again, modules = _analyze(str(tmp_path), "--json")
    assert not {m for m in modules if m.split(".")[0] in {"highspy", "numpy", "scipy"}}
    assert not {"hashlib", "_hashlib"} & modules
    assert again == first == uncached
    (role,) = json.loads(again)["roles"]
    assert role["staffing"]["roster"]["agent_hours_per_week"] == 2680
