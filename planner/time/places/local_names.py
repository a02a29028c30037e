"""Country and zone names in the GUI's other languages (``resources/places/names.tsv``).

``packaging/build_places.py`` writes the table from Unicode CLDR (babel, at build time
only). The search's hits stay English (the command line prints them); the GUI shows a
hit's country and zone name in its language through this table, English where CLDR has
no name.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from planner.errors import PlannerError
from planner.text import Text
from planner.time.places.store import PACKAGE, read_resource

FILE = "names.tsv"


class LocalNames(NamedTuple):
    """One language's names: ISO code -> country, English CLDR zone name -> its name."""

    countries: dict[str, str]
    zones: dict[str, str]


def parse_names(text: str, language: str) -> LocalNames:
    r"""One language's names from the table's text (empty for a language it lacks).

    >>> names = parse_names("L\tes\tfr\nC\tDE\tAlemania\tAllemagne\nZ\tPacific Time\t\tPacifique\n", "fr")
    >>> names.countries, names.zones
    ({'DE': 'Allemagne'}, {'Pacific Time': 'Pacifique'})
    >>> parse_names("L\tes\nC\tDE\tAlemania\n", "it")
    LocalNames(countries={}, zones={})
    """
    lines = [line.split("\t") for line in text.splitlines() if line and line[0] != "#"]
    languages = next((fields[1:] for fields in lines if fields[0] == "L"), [])
    if language not in languages:
        return LocalNames({}, {})
    column = languages.index(language) + 2
    found: LocalNames = LocalNames({}, {})
    for fields in lines:
        if fields[0] in ("C", "Z") and len(fields) > column and fields[column]:
            table = found.countries if fields[0] == "C" else found.zones
            table[fields[1]] = fields[column]
    return found


@functools.cache
def local_names(language: str) -> LocalNames:
    """The shipped names of one language (none for English: the hits are English).

    >>> local_names("es").countries["DE"], local_names("en").countries
    ('Alemania', {})
    """
    if language == "en":
        return LocalNames({}, {})
    try:
        text = read_resource(FILE).decode("utf-8")
    except (OSError, ModuleNotFoundError, UnicodeDecodeError) as exc:
        raise PlannerError(
            Text(
                "the place names {path} cannot be read ({reason}): reinstall Overlap Planner",
                path=f"{PACKAGE.replace('.', '/')}/{FILE}",
                reason=str(exc),
            )
        ) from exc
    return parse_names(text, language)
