"""What a query reaches, tier by tier: the rules that the index and the scan both follow.

A :class:`Matcher` answers two questions about a folded query: the primary candidates
(exact and prefix matches of zone ids, zone names, countries, cities, admin areas, city
codes) and the fallback ones (one typo), asked only when the primary ones find nothing.
"""

from __future__ import annotations

import string
from collections.abc import Iterable
from typing import Protocol

from planner.time.places.catalog import Candidate, Catalog

# What a folded key is made of: the letters an edit may insert or replace.
ALPHABET = string.ascii_lowercase + string.digits + " "


class Matcher(Protocol):
    """Finds the candidates of a folded query in a catalog."""

    catalog: Catalog

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
