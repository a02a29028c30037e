"""`zones QUERY [--json] [--limit N]`: the picker's hits on the command line."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

from planner.cli.verbs import run
from planner.time.places.search import search_places

NOW = datetime(2027, 7, 1, 12, 0, tzinfo=UTC)


def call(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err, NOW)
    return code, out.getvalue(), err.getvalue()


def test_json_gives_the_same_hits_as_objects() -> None:
    code, out, err = call("zones", "Bengaluru", "--json")
    assert (code, err) == (0, "")
    assert json.loads(out) == [
        {
            "city": "Bengaluru",
            "admin": "Karnataka",
            "country": "India",
            "country_code": "IN",
            "zone": "Asia/Kolkata",
            "zone_name": "India Standard Time",
            "offset": "+05:30",
            "abbreviation": "IST",
            "observes_dst": False,
            "match": "city",
            "alias": "",
        }
    ]


def test_text_lists_one_hit_a_line_with_the_offset_of_the_clock_passed_in() -> None:
    code, out, _ = call("zones", "London", "--limit", "2")
    assert code == 0
    assert out.splitlines() == [
        "London, England, United Kingdom — Europe/London (UTC+01:00 now, observes daylight saving)",
        "London, Ontario, Canada — America/Toronto (UTC-04:00 now, observes daylight saving)",
    ]


def test_limit_zero_lists_every_hit_and_the_default_is_25() -> None:
    every = json.loads(call("zones", "San", "--json", "--limit", "0")[1])
    assert len(every) == len(search_places("San", NOW, limit=None)) > 25
    assert len(json.loads(call("zones", "San", "--json")[1])) == 25


def test_no_query_lists_every_zone() -> None:
    code, out, _ = call("zones", "--limit", "0")
    assert code == 0
    assert "Asia/Kathmandu (UTC+05:45, no daylight saving)" in out.replace("Nepal — ", "").replace(
        ", Nepal Time", ""
    )
