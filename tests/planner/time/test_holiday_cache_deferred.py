"""Holiday tables stored during a command are written once each, when the command ends."""

import io
import json
import os
from datetime import date
from importlib import resources

import pytest

from planner import atomic
from planner.cli.verbs import run
from planner.time import holiday_cache
from planner.time.holidays import clear_holiday_cache

EXAMPLE = str(resources.files("resources.examples").joinpath("newyork-manila-kyiv.toml"))
NEW_YEAR = {date(2027, 1, 1): "New Year's Day"}
INDEPENDENCE = {date(2028, 6, 12): "Independence Day"}


@pytest.fixture
def writes(tmp_path, monkeypatch):
    """The cache in ``tmp_path``; the paths written, in order."""
    monkeypatch.setenv("OVERLAP_PLANNER_CACHE_DIR", str(tmp_path))
    clear_holiday_cache()
    written = []
    real = atomic.write_atomic

    def counted(path, data, **options):
        written.append(os.path.basename(path))
        return real(path, data, **options)

    monkeypatch.setattr(atomic, "write_atomic", counted)
    yield written
    clear_holiday_cache()


def _stored(folder):
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in folder.rglob("*.json")}


def test_stores_in_a_block_are_read_back_and_written_once_as_one_by_one(writes, tmp_path):
    with holiday_cache.DeferredWrites():
        holiday_cache.store("PH", None)
        holiday_cache.store("PH", 2027, NEW_YEAR, (True, "partial"))
        assert _stored(tmp_path) == {}  # nothing written yet
        assert holiday_cache.canonical_code("PH") == "PH"
        assert holiday_cache.cached_year_and_gap("PH", 2027) == (NEW_YEAR, (True, "partial"))
        with holiday_cache.DeferredWrites():  # an inner block writes at the outer one's end
            holiday_cache.store("PH", 2028, INDEPENDENCE)
        assert _stored(tmp_path) == {}
    assert writes == ["PH.json"]
    deferred = _stored(tmp_path)
    for path in tmp_path.rglob("*.json"):
        path.unlink()
    holiday_cache.store("PH", None)
    holiday_cache.store("PH", 2027, NEW_YEAR, (True, "partial"))
    holiday_cache.store("PH", 2028, INDEPENDENCE)
    assert writes == ["PH.json"] * 4  # outside a block: each store writes
    assert _stored(tmp_path) == deferred


def test_what_another_process_wrote_meanwhile_is_kept(writes, tmp_path):
    holiday_cache.store("PH", 2026, {date(2026, 6, 12): "Independence Day"})
    (path,) = tmp_path.rglob("PH.json")
    with holiday_cache.DeferredWrites():
        holiday_cache.store("PH", 2027, NEW_YEAR)
        other = json.loads(path.read_text(encoding="utf-8"))
        other["years"]["2030"] = {"2030-06-12": "Independence Day"}
        path.write_text(json.dumps(other), encoding="utf-8")
    assert sorted(json.loads(path.read_text(encoding="utf-8"))["years"]) == ["2026", "2027", "2030"]


def test_a_plans_first_check_writes_each_table_once(writes, tmp_path):
    assert run(["check", EXAMPLE], io.StringIO(), io.StringIO()) == 0
    assert sorted(writes) == sorted(set(writes)) == ["PH.json", "UA.json", "US-NY.json"]
    # The same tables as a store at a time would have written: read back, not computed.
    clear_holiday_cache()
    written = _stored(tmp_path)
    assert run(["check", EXAMPLE], io.StringIO(), io.StringIO()) == 0
    assert _stored(tmp_path) == written
    assert sorted(writes) == ["PH.json", "UA.json", "US-NY.json"]
