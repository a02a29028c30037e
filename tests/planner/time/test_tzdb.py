"""One tz database, the newest: the bundled ``tzdata`` package or the system's, never a mix.

The end-to-end tests run the installed console script with ``PYTHONTZPATH`` naming a
fake "system" zoneinfo folder: a copy of the package's data whose Asia/Kathmandu is
Tokyo's TZif (UTC+09:00), whose Australia/Sydney is Brisbane's (no daylight saving) and
whose iso3166.tab calls Nepal "Nepal (system copy)", so every reader that took the
system's data shows it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.time.tzdb import (
    TzDatabase,
    bundled_zone_folder,
    choose,
    database,
    folder_version,
    package_version,
    system_folders,
    version_key,
)

ROOT = Path(__file__).resolve().parents[3]
PLAN = ROOT / "resources" / "examples" / "sydney-kathmandu.toml"
RELEASES = ["1996l", "2024a", "2024b", "2024z", "2024za", "2025b", "2026a", "2026f", "2027a"]
BUNDLED = package_version() or "unknown"


def fake_system(folder: Path, version: str | None, *, plus_version: bool = False) -> Path:
    """A zoneinfo folder like /usr/share/zoneinfo stating ``version``, with a Kathmandu that
    is really Tokyo, a Sydney that is Brisbane and a renamed Nepal."""
    package = Path(str(resources.files("tzdata").joinpath("zoneinfo")))
    shutil.copytree(package, folder, ignore=shutil.ignore_patterns("__init__.py", "__pycache__"))
    shutil.copyfile(folder / "Asia" / "Tokyo", folder / "Asia" / "Kathmandu")
    shutil.copyfile(folder / "Australia" / "Brisbane", folder / "Australia" / "Sydney")
    table = (folder / "iso3166.tab").read_text(encoding="utf-8")
    table = table.replace("NP\tNepal\n", "NP\tNepal (system copy)\n")
    (folder / "iso3166.tab").write_text(table, encoding="utf-8")
    zi = (folder / "tzdata.zi").read_text(encoding="utf-8").splitlines(keepends=True)
    if plus_version:
        (folder / "tzdata.zi").write_text("".join(zi[1:]), encoding="utf-8")
        (folder / "+VERSION").write_text(f"{version}\n", encoding="utf-8")
    else:
        header = [f"# version {version}\n"] if version else []
        (folder / "tzdata.zi").write_text("".join(header + zi[1:]), encoding="utf-8")
    return folder


# --- versions -------------------------------------------------------------------------------


@given(st.permutations(RELEASES))
def test_releases_sort_by_year_then_letters(shuffled: list[str]):
    assert sorted(shuffled, key=version_key) == RELEASES


@given(st.text(alphabet="0123456789az\u0663\u00b2 \tA-", max_size=9))
def test_a_version_is_read_as_the_pattern_of_a_release_reads_it(text: str):
    # version_key reads a release without a regular expression: held to the pattern.
    match = re.fullmatch(r"(\d{4})([a-z]+)", text.strip())
    expected = (0, 0, "") if match is None else (int(match[1]), len(match[2]), match[2])
    assert version_key(text) == expected


def test_unreadable_versions_sort_first():
    assert version_key("") < version_key("1970a")
    assert version_key("2026") == version_key("garbage") == version_key("2026F")


def test_folder_version_from_tzdata_zi_or_plus_version(tmp_path: Path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "tzdata.zi").write_text("# version 2025b\n# more\n", encoding="utf-8")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "tzdata.zi").write_text("R AN 1990 o - Mar 18 0 0\n", encoding="utf-8")
    (tmp_path / "b" / "+VERSION").write_text("2024a\n", encoding="utf-8")
    (tmp_path / "c").mkdir()
    assert [folder_version(tmp_path / name) for name in "abc"] == ["2025b", "2024a", None]


def test_system_folders_follow_pythontzpath():
    assert system_folders({"PYTHONTZPATH": "/x/zoneinfo:/y"}) == ("/x/zoneinfo", "/y")
    assert system_folders({"PYTHONTZPATH": ""}) == ()
    assert system_folders({}) != ()  # the interpreter's TZPATH, or CPython's default


# --- the choice -----------------------------------------------------------------------------


def test_the_newer_release_wins(tmp_path: Path):
    older = fake_system(tmp_path / "older", "2000a")
    newer = fake_system(tmp_path / "newer", "2999z")
    same = fake_system(tmp_path / "same", BUNDLED)
    assert choose([older], "2026f") == TzDatabase("2026f", None)
    assert choose([newer], "2026f") == TzDatabase("2999z", newer)
    assert choose([same], BUNDLED) == TzDatabase(BUNDLED, None)
    assert choose([older], None) == TzDatabase("2000a", older)  # no package: the system's
    assert choose([], "2026f").source == "bundled" and choose([newer], "2026f").source == "system"


def test_the_first_folder_with_zones_decides(tmp_path: Path):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "tzdata.zi").write_text("# version 2999a\n", encoding="utf-8")
    older = fake_system(tmp_path / "older", "2000a")
    newer = fake_system(tmp_path / "newer", "2999z")
    assert choose([tmp_path / "missing", empty, newer, older], "2026f").folder == newer
    # zoneinfo would read every zone from the first folder that has it: the older one here.
    assert choose([older, newer], "2026f").folder is None


def test_a_system_release_that_is_not_stated_loses(tmp_path: Path):
    unstated = fake_system(tmp_path / "unstated", None)
    plus = fake_system(tmp_path / "plus", "2999a", plus_version=True)
    assert choose([unstated], "2026f") == TzDatabase("2026f", None)
    assert choose([plus], "2026f") == TzDatabase("2999a", plus)


def test_this_process_uses_the_choice():
    import zoneinfo

    chosen = database()
    assert chosen == choose(system_folders(), package_version())
    # zoneinfo reads the chosen database alone: the system folder, or the package's own
    # folder (read directly, the same files zoneinfo would find through the package).
    folder = chosen.folder or bundled_zone_folder()
    assert (() if folder is None else (str(folder),)) == zoneinfo.TZPATH
    if chosen.folder is None:
        assert folder is not None and Path(folder).parent == Path(str(resources.files("tzdata")))


# --- end to end: the console script with a fake system database -----------------------------


def run_all(tzpath: str, commands: list[list[str]], home: Path) -> list[bytes]:
    script = Path(sys.executable).parent / "overlap-planner"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHONTZPATH", "TZ"))}
    env.update(PYTHONTZPATH=tzpath, TZ="UTC", HOME=str(home))

    def one(args: list[str]) -> bytes:
        result = subprocess.run(
            [str(script), *args], env=env, capture_output=True, timeout=180, cwd=home
        )
        assert result.returncode == 0, result.stderr.decode()
        return result.stdout

    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(one, commands))


ANALYZE = ["analyze", str(PLAN), "--from", "2027-03-29", "--to", "2027-04-04", "--json"]
COMMANDS = [["--version"], ANALYZE, ["export-ics", str(PLAN)], ["zones", "kathmandu"]]


def without_dtstamp(ics: bytes) -> bytes:
    return b"".join(
        line for line in ics.splitlines(keepends=True) if not line.startswith(b"DTSTAMP:")
    )


@pytest.fixture(scope="module")
def hidden(tmp_path_factory: pytest.TempPathFactory) -> list[bytes]:
    """The outputs with no system database at all (the bundled package alone)."""
    home = tmp_path_factory.mktemp("home")
    return run_all("", COMMANDS, home)


def test_an_older_system_database_is_ignored(tmp_path: Path, hidden: list[bytes]):
    older = fake_system(tmp_path / "zoneinfo", "2000a")
    version, analysis, ics, zones = run_all(str(older), COMMANDS, tmp_path)
    assert version == hidden[0] == f"overlap-planner {_app_version()} (tzdata {BUNDLED})\n".encode()
    assert analysis == hidden[1] and json.loads(analysis)["tzdata"] == BUNDLED
    assert without_dtstamp(ics) == without_dtstamp(hidden[2])
    assert f"X-OVERLAP-PLANNER-TZDATA:{BUNDLED}\r\n".encode() in ics
    assert zones == hidden[3] and b"UTC+05:45" in zones and "Nepal — ".encode() in zones


def test_a_newer_system_database_is_used_for_every_zone(tmp_path: Path, hidden: list[bytes]):
    newer = fake_system(tmp_path / "zoneinfo", "2999z")
    version, analysis, ics, zones = run_all(str(newer), COMMANDS, tmp_path)
    assert version == f"overlap-planner {_app_version()} (tzdata 2999z)\n".encode()
    document = json.loads(analysis)
    assert document["tzdata"] == "2999z"
    assert document["pairs"] != json.loads(hidden[1])["pairs"]  # Kathmandu is at +09:00 now
    assert b"X-OVERLAP-PLANNER-TZDATA:2999z\r\n" in ics
    assert b"BEGIN:DAYLIGHT" in hidden[2] and b"BEGIN:DAYLIGHT" not in ics  # Sydney's rules
    unfolded = ics.replace(b"\r\n ", b""), hidden[2].replace(b"\r\n ", b"")
    assert b"Asia/Kathmandu: 10:00-11:00\\n" in unfolded[0]  # every week, at +09:00
    assert b"Asia/Kathmandu: 2027-01-06 to 2027-03-31: 05:45-06:45" in unfolded[1]
    # The zone's rules come from the system's copy; the place names from the place index.
    assert b"Asia/Kathmandu (UTC+09:00, no daylight saving)" in zones


def _app_version() -> str:
    from planner import __version__

    return __version__
