"""The tiers of the zone search, best first, and the candidate a query reaches."""

from __future__ import annotations

from typing import NamedTuple

# Tiers, best first. A query's hits come from the primary tiers; only when they find
# nothing do names one typo away count.
ZONE_ID = 0  # "Asia/Kolkata", "asia/calcutta", "UTC"
ZONE_NAME = 1  # "IST", "CST", "Pacific Time", "India Standard Time"
COUNTRY = 2  # "India", "UK", "UAE", "USA", "Ivory Coast"
CITY = 3  # the city's own name ("Bengaluru"), or another name of a major city ("Calcutta")
ADMIN = 4  # a state or province: "Karnataka", "Texas", "England"
CODE = 5  # a city's code: "NYC", "LAX", "BLR"
CITY_PREFIX = 6  # the start of a city's name: "Benga"
CITY_OTHER = 7  # another name: "Bangalore", "Kiev", "Bombay", "Gurgaon"
CITY_OTHER_PREFIX = 8  # the start of another name: "Bangal"
LOOSE = 9  # the start of a country, admin area, zone name or zone id: "Philip", "Pacific"
TYPO = 10  # fallback: a name of five letters or more, one letter off: "Barcelna"

TYPO_MIN = 5
# A city this large, a capital or a zone's own city is a major city: its other names
# ("Calcutta", "Canton", "Madras") rank with the own names of other cities.
MAJOR = 1_000_000

Kind = str  # "zone", "country", "admin", "city"


class Candidate(NamedTuple):
    """One place a query reaches, at a tier, through the folded name ``key``.

    A named tuple (ordered like one), not a dataclass: defining it costs the command
    line's first search a tenth of the time.
    """

    tier: int
    kind: Kind
    ref: str | int
    key: str
