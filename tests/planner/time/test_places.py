"""The zone search by place: what a person types, which zone comes first, and why."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.time.places import catalog as catalog_module
from planner.time.places import index as index_module
from planner.time.places import zonefacts, zonetables
from planner.time.places.catalog import CatalogFacts, build_catalog, catalog
from planner.time.places.fold import fold
from planner.time.places.index import PlaceIndex, place_index
from planner.time.places.matching import edits, one_edit_away
from planner.time.places.placedata import place_data
from planner.time.places.scan import PlaceScan
from planner.time.places.search import search_places
from planner.time.places.store import store
from planner.time.places.zonefacts import abbreviation_zones, abbreviations, primary_zones

NOW = datetime(2027, 1, 15, 12, 0, tzinfo=UTC)

# (query, the zone of the first hit): continents, old names, accents, typos, countries,
# their codes and short forms, admin areas, zone ids and names, abbreviations.
FIRST_ZONE = [
    # the issue's own list
    ("Bengaluru", "Asia/Kolkata"),
    ("Bangalore", "Asia/Kolkata"),
    ("Mumbai", "Asia/Kolkata"),
    ("Gurgaon", "Asia/Kolkata"),
    ("Gurugram", "Asia/Kolkata"),
    ("Cebu", "Asia/Manila"),
    ("Lviv", "Europe/Kyiv"),
    ("Kraków", "Europe/Warsaw"),
    ("São Paulo", "America/Sao_Paulo"),
    ("Shenzhen", "Asia/Shanghai"),
    ("San Francisco", "America/Los_Angeles"),
    ("Austin", "America/Chicago"),
    ("Munich", "Europe/Berlin"),
    ("Barcelona", "Europe/Madrid"),
    ("UAE", "Asia/Dubai"),
    ("Pacific Time", "America/Los_Angeles"),
    ("UK", "Europe/London"),
    # accents and case
    ("krakow", "Europe/Warsaw"),
    ("sao paulo", "America/Sao_Paulo"),
    ("SÃO PAULO", "America/Sao_Paulo"),
    ("zurich", "Europe/Zurich"),
    ("Malmo", "Europe/Stockholm"),
    ("Reykjavik", "Atlantic/Reykjavik"),
    ("Bogota", "America/Bogota"),
    ("Medellin", "America/Bogota"),
    ("Lodz", "Europe/Warsaw"),
    ("Dusseldorf", "Europe/Berlin"),
    # old and other names
    ("Kiev", "Europe/Kyiv"),
    ("Saigon", "Asia/Ho_Chi_Minh"),
    ("Bombay", "Asia/Kolkata"),
    ("Calcutta", "Asia/Kolkata"),
    ("Madras", "Asia/Kolkata"),
    ("Peking", "Asia/Shanghai"),
    ("Lemberg", "Europe/Kyiv"),
    ("Constantinople", "Europe/Istanbul"),
    ("München", "Europe/Berlin"),
    ("Lisboa", "Europe/Lisbon"),
    # city and country or state
    ("Cebu, Philippines", "Asia/Manila"),
    ("Portland, OR", "America/Los_Angeles"),
    ("Portland, Maine", "America/New_York"),
    ("Córdoba, Spain", "Europe/Madrid"),
    ("Valencia, Venezuela", "America/Caracas"),
    ("Birmingham, AL", "America/Chicago"),
    # every continent
    ("Lagos", "Africa/Lagos"),
    ("Nairobi", "Africa/Nairobi"),
    ("Cairo", "Africa/Cairo"),
    ("Casablanca", "Africa/Casablanca"),
    ("Johannesburg", "Africa/Johannesburg"),
    ("Kathmandu", "Asia/Kathmandu"),
    ("Dhaka", "Asia/Dhaka"),
    ("Karachi", "Asia/Karachi"),
    ("Tehran", "Asia/Tehran"),
    ("Riyadh", "Asia/Riyadh"),
    ("Tokyo", "Asia/Tokyo"),
    ("Adelaide", "Australia/Adelaide"),
    ("Brisbane", "Australia/Brisbane"),
    ("Auckland", "Pacific/Auckland"),
    ("Honolulu", "Pacific/Honolulu"),
    ("Anchorage", "America/Anchorage"),
    ("Phoenix", "America/Phoenix"),
    ("Toronto", "America/Toronto"),
    ("Vancouver", "America/Vancouver"),
    ("Mexico City", "America/Mexico_City"),
    ("Buenos Aires", "America/Argentina/Buenos_Aires"),
    ("Santiago", "America/Santiago"),
    ("St. John's", "America/St_Johns"),
    ("Dublin", "Europe/Dublin"),
    ("London", "Europe/London"),
    # one typo in names of five letters or more
    ("Barcelna", "Europe/Madrid"),
    ("Bangalroe", "Asia/Kolkata"),
    ("Manilla", "Asia/Manila"),
    ("Philipines", "Asia/Manila"),
    ("Nairbi", "Africa/Nairobi"),
    # countries, codes and short forms
    ("India", "Asia/Kolkata"),
    ("USA", "America/New_York"),
    ("US", "America/New_York"),
    ("United States", "America/New_York"),
    ("GB", "Europe/London"),
    ("Britain", "Europe/London"),
    ("Ivory Coast", "Africa/Abidjan"),
    ("Burma", "Asia/Yangon"),
    ("Vietnam", "Asia/Ho_Chi_Minh"),
    ("Ukraine", "Europe/Kyiv"),
    ("Croatia", "Europe/Zagreb"),
    ("DRC", "Africa/Kinshasa"),
    # admin areas
    ("Karnataka", "Asia/Kolkata"),
    ("Texas", "America/Chicago"),
    ("Queensland", "Australia/Brisbane"),
    # zone ids and their old names
    ("Asia/Calcutta", "Asia/Kolkata"),
    ("asia/kolkata", "Asia/Kolkata"),
    ("Europe/Kiev", "Europe/Kyiv"),
    ("America/Buenos_Aires", "America/Argentina/Buenos_Aires"),
    ("UTC", "UTC"),
    # zone names and abbreviations
    ("India Standard Time", "Asia/Kolkata"),
    ("Central European Time", "Europe/Berlin"),
    ("Eastern Time", "America/New_York"),
    ("PST", "America/Los_Angeles"),
    ("IST", "Asia/Kolkata"),
    ("AEST", "Australia/Sydney"),
    ("CET", "Europe/Berlin"),
    # codes, when nothing else matches
    ("NYC", "America/New_York"),
    ("LAX", "America/Los_Angeles"),
]


@pytest.mark.parametrize(("query", "zone"), FIRST_ZONE)
def test_the_first_hit_is_the_zone_people_mean(query: str, zone: str) -> None:
    hits = search_places(query, NOW)
    assert hits, query
    assert hits[0].zone == zone, [h.label for h in hits[:5]]


def test_the_table_is_broad() -> None:
    assert len(FIRST_ZONE) >= 60
    assert len({zone.split("/")[0] for _, zone in FIRST_ZONE}) >= 6  # every continent


def test_each_hit_shows_what_a_person_needs_to_decide() -> None:
    hit = search_places("Bengaluru", NOW)[0]
    assert hit.label == (
        "Bengaluru, Karnataka, India — Asia/Kolkata (UTC+05:30, no daylight saving)"
    )
    austin = search_places("Austin", NOW)[0]
    assert austin.label == (
        "Austin, Texas, United States — America/Chicago (UTC-06:00 now, observes daylight saving)"
    )
    assert search_places("Bangalore", NOW)[0].place == "Bengaluru (Bangalore), Karnataka, India"
    uae = search_places("UAE", NOW)[0]
    assert (uae.city, uae.country, uae.kind) == ("", "United Arab Emirates", "country")
    assert uae.label == (
        "United Arab Emirates — Asia/Dubai, Gulf Standard Time (UTC+04:00, no daylight saving)"
    )


def test_the_zone_city_or_capital_comes_before_same_name_towns_and_both_are_listed() -> None:
    dublin = [(h.city, h.country, h.admin) for h in search_places("Dublin", NOW)]
    assert dublin[0] == ("Dublin", "Ireland", "")
    assert ("Dublin", "United States", "Ohio") in dublin
    london = [(h.city, h.admin) for h in search_places("London", NOW)]
    assert london[:2] == [("London", "England"), ("London", "Ontario")]


def test_exact_names_come_before_prefixes_and_those_before_other_names() -> None:
    hits = search_places("Paris", NOW, limit=None)
    kinds = [(h.city, h.alias) for h in hits]
    assert kinds[0] == ("Paris", "")
    exact = [i for i, h in enumerate(hits) if h.city == "Paris"]
    prefix = [i for i, h in enumerate(hits) if h.city.startswith("Paris") and h.city != "Paris"]
    other = [i for i, h in enumerate(hits) if h.alias]
    assert max(exact) < min(prefix) < min(other)


def test_larger_cities_first_among_equals() -> None:
    hits = [h for h in search_places("San Francisco", NOW, limit=None) if h.city == "San Francisco"]
    assert hits[0].country == "United States"
    assert len(hits) >= 5


def test_an_ambiguous_abbreviation_lists_every_zone_it_means_with_the_country() -> None:
    ist = [(h.country, h.zone) for h in search_places("IST", NOW) if h.kind == "zone"]
    assert ist[:3] == [
        ("India", "Asia/Kolkata"),
        ("Ireland", "Europe/Dublin"),
        ("Israel", "Asia/Jerusalem"),
    ]
    cst = {(h.country, h.zone) for h in search_places("CST", NOW, limit=None) if h.kind == "zone"}
    assert {
        ("United States", "America/Chicago"),
        ("China", "Asia/Shanghai"),
        ("Cuba", "America/Havana"),
        ("Taiwan", "Asia/Taipei"),
        ("Mexico", "America/Mexico_City"),
    } <= cst


def test_uk_is_the_united_kingdom_not_nuuk_or_chuuk() -> None:
    hits = search_places("UK", NOW, limit=None)
    assert hits[0].zone == "Europe/London"
    zones = {h.zone for h in hits}
    assert not {"America/Nuuk", "Pacific/Chuuk", "America/Puerto_Rico"} & zones


def test_a_country_with_many_zones_lists_them_largest_city_first() -> None:
    zones = [h.zone for h in search_places("USA", NOW) if h.kind == "country"]
    assert zones[:3] == ["America/New_York", "America/Los_Angeles", "America/Chicago"]
    assert {"America/Denver", "America/Phoenix", "Pacific/Honolulu"} <= set(zones)


def test_a_zone_typed_by_its_old_name_gives_the_current_zone() -> None:
    hits = search_places("Asia/Calcutta", NOW)
    assert [h.zone for h in hits] == ["Asia/Kolkata"]


def test_empty_query_lists_every_zone_once() -> None:
    zones = [h.zone for h in search_places("", NOW, limit=None)]
    assert len(zones) == len(set(zones)) > 300
    assert "Asia/Kathmandu" in zones and "Asia/Calcutta" not in zones


def test_nothing_found_is_an_empty_list() -> None:
    assert search_places("Qxzqxz", NOW) == []


def test_offsets_and_daylight_saving_are_those_of_the_moment_searched() -> None:
    july = datetime(2027, 7, 15, tzinfo=UTC)
    winter, summer = search_places("Kraków", NOW)[0], search_places("Kraków", july)[0]
    assert (winter.offset, summer.offset) == ("+01:00", "+02:00")
    assert winter.observes_dst and summer.observes_dst
    kathmandu = search_places("Kathmandu", july)[0]
    assert (kathmandu.offset, kathmandu.observes_dst) == ("+05:45", False)


def test_search_wants_an_aware_moment() -> None:
    with pytest.raises(ValueError, match="aware"):
        search_places("Lviv", datetime(2027, 1, 1))


def test_folding_ignores_case_accents_and_punctuation() -> None:
    assert fold("Kraków") == fold("KRAKOW") == "krakow"
    assert fold("Saint-Étienne") == fold("saint etienne")
    assert fold("Xi\u2019an") == fold("Xian")


QUERIES = [
    "s", "sa", "san", "ban", "bangalore", "ist", "uk", "pacific", "new y", "asia/k",
    "barcelna", "nyc", "lviv, ukraine", "portland, or", "karnataka", "x", "zz", "mun",
]  # fmt: skip


@pytest.mark.parametrize("query", QUERIES)
def test_the_index_answers_like_reading_every_name(query: str) -> None:
    scan = PlaceScan(catalog())
    assert search_places(query, NOW) == search_places(query, NOW, matcher=scan)
    assert search_places(query, NOW, limit=None) == search_places(
        query, NOW, limit=None, matcher=scan
    )


@settings(max_examples=25, deadline=None)
@given(
    st.text(alphabet="abcdeiklmnorstuvy ,/", min_size=1, max_size=7),
    st.sampled_from([1, 5, 50]),
)
def test_the_index_and_the_scan_agree_on_any_text(query: str, limit: int) -> None:
    scan = PlaceScan(catalog())
    assert search_places(query, NOW, limit=limit) == search_places(
        query, NOW, limit=limit, matcher=scan
    )


@given(st.text(alphabet="abcz ", max_size=6), st.text(alphabet="abcz ", max_size=6))
@settings(max_examples=200, deadline=None)
def test_one_edit_away_is_what_edits_generate(a: str, b: str) -> None:
    assert one_edit_away(a, b) == (b in set(edits(a)) and a != b)


def test_the_index_knows_each_city_as_the_whole_catalog_does() -> None:
    index, whole = place_index(), CatalogFacts(catalog())
    for i in range(len(catalog().cities)):
        assert index.city_zone(i) == whole.city_zone(i)
        assert index.city_weight(i) == whole.city_weight(i), i
        assert index.city_major(i) == catalog().city_major[i]
        assert (index.city_country(i), index.city_admin(i)) == (
            whole.city_country(i),
            whole.city_admin(i),
        )
    assert [list(index.city_others(i)) for i in (0, 1000, 20000)] == [
        whole.city_others(i) for i in (0, 1000, 20000)
    ]


def test_the_index_knows_each_zone_country_and_admin_area_as_the_catalog_does() -> None:
    index, whole = place_index(), catalog()
    for zone in primary_zones():
        assert index.zone_name(zone) == whole.zone_name.get(zone, "")
        assert index.zone_weight(zone) == whole.zone_weight.get(zone, 0)
    assert index.tables.place_zone_weight == whole.place_zone_weight
    for ref, admin in whole.admins.items():
        assert index.admin(ref) == admin
        assert index.admin_zones(ref) == whole.admin_zones.get(ref, ())
    for code, country in whole.countries.items():
        assert index.country(code) == country
    assert index.admin("XX.99") is None and index.country("XX") is None


def test_an_abbreviation_is_looked_up_in_the_zones_that_can_spell_it() -> None:
    every = {fold(name): zones for name, zones in abbreviations(2027).items()}
    for key, zones in every.items():
        assert abbreviation_zones(key, 2027) == zones
    for key in ("manila", "xyz", "gmtx", "ist1", "ct", "p"):
        assert abbreviation_zones(key, 2027) == every.get(key, ())


def test_a_geonames_zone_that_became_a_link_ranks_its_cities_as_the_catalog_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A newer tz database may make a zone GeoNames gives a link ("America/Chicago" to
    # "America/New_York" here): its cities move zone, and Chicago is no zone's own city.
    real = zonefacts.canonical

    def linked(zone: str) -> str | None:
        return "America/New_York" if zone == "America/Chicago" else real(zone)

    for module in (catalog_module, index_module, zonetables, zonefacts):
        monkeypatch.setattr(module, "canonical", linked)
    index = PlaceIndex(store())
    scan = PlaceScan(build_catalog(place_data()))
    for query in ("c", "ch", "chicago", "h", "houston", "new york"):
        hits = search_places(query, NOW, limit=5, matcher=index)
        assert hits == search_places(query, NOW, limit=5, matcher=scan), query
    assert search_places("chicago", NOW, matcher=index)[0].zone == "America/New_York"
