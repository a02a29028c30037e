"""Holiday tables on disk: the same tables, only the countries asked for, never a bad path."""

import json
import os
import subprocess
import sys
from datetime import date
from importlib import resources

import pytest

from planner.time import holiday_cache
from planner.time.holidays import (
    check_holiday_code,
    clear_holiday_cache,
    holiday_data_gap,
    holiday_name,
    holiday_names,
    holidays_in_year,
)

EXAMPLE = str(resources.files("resources.examples").joinpath("newyork-manila-kyiv.toml"))


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("OVERLAP_PLANNER_CACHE_DIR", str(tmp_path))
    clear_holiday_cache()
    yield tmp_path
    clear_holiday_cache()


def _files(folder):
    return sorted(p.name for p in folder.rglob("*.json"))


def test_a_table_computed_once_is_read_back_the_same(cache):
    computed = holidays_in_year("US-NY", 2027)
    assert computed[date(2027, 7, 5)] == "Independence Day (observed)"
    assert _files(cache) == ["US-NY.json"]
    clear_holiday_cache()
    assert holiday_cache.cached_year("US-NY", 2027) == computed
    assert holidays_in_year("US-NY", 2027) == computed


def test_the_names_language_is_part_of_the_key(cache, monkeypatch):
    """The GUI's Spanish names are a table of their own; the command line's stay English."""
    spanish = holiday_names("ES", 2027, "es")
    english = holidays_in_year("ES", 2027)
    assert spanish[date(2027, 12, 8)] == "Inmaculada Concepción"
    assert english[date(2027, 12, 8)] == "Immaculate Conception"
    assert holiday_names("EG", 2027, "ar")[date(2027, 1, 7)] == "عيد الميلاد المجيد"
    assert holiday_names("US", 2027, "es") == holidays_in_year("US", 2027)  # no Spanish
    assert _files(cache) == ["EG.ar_EG.json", "EG.json", "ES.es.json", "ES.json", "US.json"]
    clear_holiday_cache()
    monkeypatch.setitem(sys.modules, "holidays", None)  # from the disk cache alone
    assert holiday_cache.cached_year("ES", 2027, "es") == spanish
    assert holiday_names("ES", 2027, "es") == spanish
    assert holidays_in_year("ES", 2027) == english
    assert holiday_name("ES", date(2027, 12, 8)) == "Immaculate Conception"


def test_a_valid_code_is_remembered_and_an_invalid_one_is_not(cache):
    check_holiday_code("PH")
    assert holiday_cache.canonical_code("PH") == "PH" and _files(cache) == ["PH.json"]
    with pytest.raises(Exception, match="unknown holiday country"):
        check_holiday_code("XX")
    assert holiday_cache.canonical_code("XX") is None and _files(cache) == ["PH.json"]


def test_a_damaged_file_is_a_miss_and_is_written_again(cache):
    first = holidays_in_year("GB", 2027)
    (path,) = cache.rglob("GB.json")
    path.write_text("{not json", encoding="utf-8")
    clear_holiday_cache()
    assert holiday_cache.cached_year("GB", 2027) is None
    assert holidays_in_year("GB", 2027) == first
    assert first[date(2027, 12, 25)] == "Christmas Day"
    assert "2027" in json.loads(path.read_text(encoding="utf-8"))["years"]


def test_a_file_changed_by_another_process_is_read_again(cache):
    holiday_cache.store("PH", 2027, {date(2027, 6, 12): "Independence Day"})
    assert holiday_cache.cached_year("PH", 2027) == {date(2027, 6, 12): "Independence Day"}
    (path,) = cache.rglob("PH.json")
    # Another process adds a year: this one sees it, and keeps it when it stores its own.
    other = json.loads(path.read_text(encoding="utf-8"))
    other["years"]["2028"] = {"2028-06-12": "Independence Day"}
    path.write_text(json.dumps(other), encoding="utf-8")
    assert holiday_cache.cached_year("PH", 2028) == {date(2028, 6, 12): "Independence Day"}
    holiday_cache.store("PH", 2029, {date(2029, 6, 12): "Independence Day"})
    assert sorted(json.loads(path.read_text(encoding="utf-8"))["years"]) == [
        "2027",
        "2028",
        "2029",
    ]
    path.write_text("{not json", encoding="utf-8")
    assert holiday_cache.cached_year("PH", 2027) is None


def test_another_release_of_holidays_has_its_own_folder(cache, monkeypatch):
    holidays_in_year("PH", 2027)
    clear_holiday_cache()
    monkeypatch.setattr(holiday_cache, "package_fingerprint", lambda: "another-release")
    assert holiday_cache.cached_year("PH", 2027) is None
    assert holiday_cache.canonical_code("PH") is None


@pytest.mark.parametrize("code", ["../../etc/passwd", "US/../../x", "", " ", "A" * 30])
def test_a_code_is_never_a_path(cache, code):
    assert holiday_cache._file(code) is None
    holiday_cache.store(code, 2027, {date(2027, 1, 1): "x"})
    assert _files(cache) == []


def test_an_empty_setting_turns_the_cache_off(monkeypatch, tmp_path):
    monkeypatch.setenv("OVERLAP_PLANNER_CACHE_DIR", "")
    assert holiday_cache.cache_root() is None
    clear_holiday_cache()
    assert holidays_in_year("PH", 2027)[date(2027, 6, 12)] == "Independence Day"
    clear_holiday_cache()


def _modules_after(code: str, cache_dir) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys\nprint(' '.join(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
        env=dict(os.environ, OVERLAP_PLANNER_CACHE_DIR=str(cache_dir)),
    )
    return set(done.stdout.split())


def test_only_the_countries_a_plan_uses_are_imported(tmp_path):
    load = f"from planner.plan.reading import load_plan\nload_plan({EXAMPLE!r})"
    first = _modules_after(load, tmp_path)
    countries = {m for m in first if m.startswith("holidays.countries.")}
    # Only the plan's countries (US-NY, PH, UA): reading a plan checks that the package has
    # their holidays for the years its meetings use, and never imports any other country.
    assert countries == {
        "holidays.countries.united_states",
        "holidays.countries.philippines",
        "holidays.countries.ukraine",
    }
    # Once the codes are known, reading the plan does not import the package at all.
    assert not any(m == "holidays" for m in _modules_after(load, tmp_path))
    analysis = (
        load + "\nfrom planner.cli.verbs import run\nimport io\n"
        f"run(['analyze', {EXAMPLE!r}, '--from', '2027-01-01', '--to', '2027-12-31'], io.StringIO())"
    )
    _modules_after(analysis, tmp_path)
    assert "holidays" not in _modules_after(analysis, tmp_path)


def test_the_spelling_and_the_missing_years_are_read_back(cache, monkeypatch):
    assert check_holiday_code("us-ny") == "US-NY"
    gap = holiday_data_gap("IN-KA", 1970)
    assert gap is not None and gap.partial
    clear_holiday_cache()
    # Read back without the package: importing it now would fail the test.
    monkeypatch.setitem(sys.modules, "holidays", None)
    assert check_holiday_code("us-ny") == "US-NY"
    assert holiday_data_gap("IN-KA", 1970) == gap
