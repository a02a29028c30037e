"""What a query reaches, tier by tier: the rules that the index and the scan both follow.

A :class:`Matcher` answers two questions about a folded query: the primary candidates
(exact and prefix matches of zone ids, zone names, countries, cities, admin areas, city
codes) and the fallback ones (one typo), asked only when the primary ones find nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from planner.time.places.data import Admin, Country
from planner.time.places.tiers import Candidate

# What a folded key is made of: the letters an edit may insert or replace.
ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789 "


class Facts(Protocol):
    """What the ranking and the hits need to know about the places a query reached."""

    def __hash__(self) -> int:
        """Facts are told apart by identity (the search keeps hits per facts)."""
        ...

    def city_zone(self, index: int) -> str:
        """The city's current zone ("" when the tz database does not know it)."""
        ...

    def city_weight(self, index: int) -> int:
        """Population, times ten for a capital or the zone's own city."""
        ...

    def city_name(self, index: int) -> str:
        """GeoNames' name of the city."""
        ...

    def city_key(self, index: int) -> str:
        """The city's name folded."""
        ...

    def city_others(self, index: int) -> Sequence[tuple[str, str]]:
        """(other name, its key) of the city."""
        ...

    def city_country(self, index: int) -> str:
        """The ISO code of the city's country."""
        ...

    def city_admin(self, index: int) -> str:
        """The key of the city's admin area, ``"IN.19"``."""
        ...

    def admin(self, ref: str) -> Admin | None:
        """The admin area of a key."""
        ...

    def country(self, code: str) -> Country | None:
        """The country of an ISO code."""
        ...

    def zone_name(self, zone: str) -> str:
        """The zone's CLDR name, or ""."""
        ...

    def zone_weight(self, zone: str) -> int:
        """The population of the zone's largest city."""
        ...

    def place_zone_weight(self, place: str, zone: str) -> int:
        """The population of a country's or admin area's largest city in the zone."""
        ...

    def admin_zones(self, ref: str) -> tuple[str, ...]:
        """An admin area's zones, largest city first."""
        ...

    def place_refs(self, key: str) -> tuple[set[str], set[str]]:
        """The countries and admin areas a folded name, code or ISO suffix names."""
        ...


class Matcher(Protocol):
    """Finds the candidates of a folded query; its facts rank them."""

    @property
    def facts(self) -> Facts:
        """What the ranking needs to know."""
        ...

    def primary(self, key: str, year: int, limit: int | None = None) -> set[Candidate]:
        """Exact and prefix matches (tiers ZONE_ID to LOOSE); see PlaceIndex for ``limit``."""
        ...

    def fallback(self, key: str) -> set[Candidate]:
        """Names one typo away (tier TYPO)."""
        ...


def looks_like_abbreviation(key: str) -> bool:
    """A folded query that may be a zone abbreviation: one word of two to six characters.

    >>> looks_like_abbreviation("ist"), looks_like_abbreviation("chadt"), looks_like_abbreviation("new york")
    (True, True, False)
    """
    return 2 <= len(key) <= 6 and " " not in key


def one_edit_away(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one letter deleted, inserted, replaced, or two swapped.

    >>> one_edit_away("barcelona", "barcelna"), one_edit_away("barcelona", "barclaona")
    (True, False)
    >>> one_edit_away("lviv", "lviv"), one_edit_away("munich", "munihc")
    (False, True)
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    start = 0
    while start < len(a) and a[start] == b[start]:
        start += 1
    if len(a) == len(b):
        if a[start + 1 :] == b[start + 1 :]:
            return True
        return (
            start + 1 < len(a)
            and a[start] == b[start + 1]
            and a[start + 1] == b[start]
            and a[start + 2 :] == b[start + 2 :]
        )
    return a[start:] == b[start + 1 :]


def edits(key: str) -> Iterable[str]:
    """Every string one edit away from ``key`` (deletions, swaps, replacements, insertions).

    >>> "paris" in set(edits("pris")), "krakow" in set(edits("kraokw"))
    (True, True)
    """
    splits = [(key[:i], key[i:]) for i in range(len(key) + 1)]
    for left, right in splits:
        if right:
            yield left + right[1:]
            if len(right) > 1:
                yield left + right[1] + right[0] + right[2:]
            for letter in ALPHABET:
                if letter != right[0]:
                    yield left + letter + right[1:]
        for letter in ALPHABET:
            yield left + letter + right
