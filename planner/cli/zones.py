"""``zones [QUERY] [--json] [--limit N]``: the zone search of the team editor, on the command line."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any, TextIO

from planner.cli.console import EXIT_OK
from planner.errors import PlannerError
from planner.time.places.search import PlaceHit, search_places


def hit_json(hit: PlaceHit) -> dict[str, Any]:
    """One hit as ``zones --json`` writes it (cli.md)."""
    return {
        "city": hit.city,
        "admin": hit.admin,
        "country": hit.country,
        "country_code": hit.country_code,
        "zone": hit.zone,
        "zone_name": hit.zone_name,
        "offset": hit.offset,
        "abbreviation": hit.abbreviation,
        "observes_dst": hit.observes_dst,
        "match": hit.kind,
        "alias": hit.alias,
    }


def run_zones(args: argparse.Namespace, out: TextIO, err: TextIO, now: datetime) -> int:
    """Print the hits for ``args.query``, one line each or as a JSON list."""
    if args.limit < 0:
        raise PlannerError("--limit must be 0 (every hit) or more")
    hits = search_places(args.query, now, limit=args.limit or None)
    if not hits:
        raise PlannerError(
            f'no time zone matches "{args.query}": try a city, a country, a zone name '
            "such as Pacific Time, or an abbreviation such as IST"
        )
    if args.json:
        import json  # only here: the text listing is the quicker without it

        json.dump([hit_json(hit) for hit in hits], out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        for hit in hits:
            print(hit.label, file=out)
    return EXIT_OK
