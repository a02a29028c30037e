"""The ``suggest`` verb: ranked meeting slots, a fair rotation, a kickoff slot (text or JSON).

``overlap-planner suggest PLAN --teams A,B[,C] --duration MIN [--repeat RULE]
[--from DATE --to DATE] [--top K] [--rotate] [--kickoff N] [--json]``

- Start times are wall time in the first team's zone, 15 minutes apart; comfort is
  defined in ``planner.meetings.comfort``, the score, skipped occurrences and the ranking
  in ``planner.meetings.candidates``.
- Range: ``--from``/``--to`` as in ``cli.md`` (dates in the plan's ``display_zone``,
  default the current week). A series searched without them gets a note on stderr: one
  week hides the daylight-saving weeks and holidays the search is for.
- When no start time keeps everyone inside working hours on every occurrence, the output
  says so, lists the least bad ones with who pays, and proposes a fair rotation
  (``planner.meetings.rotation``); ``--rotate`` asks for the rotation in any case.
- ``--top K`` lists K slots (default 5; at most 1000, also for 0, "all").
- ``--kickoff N``: the first good one-off slot within the first team's next N working
  days (from ``--from``, else from tomorrow), ``planner.meetings.kickoff``.

The JSON document is built in ``planner.cli.suggest_json``, the text in
``planner.cli.suggest_text``.
"""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime, timedelta
from typing import Any, TextIO

from planner.cli.console import EXIT_OK, PROG, plan_range, read_plan
from planner.cli.suggest_json import kickoff_json, search_json
from planner.cli.suggest_text import kickoff_text, search_text
from planner.errors import PlannerError
from planner.meetings.requests import check_teams, parse_repeat
from planner.meetings.slots import find_slots
from planner.plan.model import Plan
from planner.schedule.range import Range
from planner.time.zones import load_zone

MAX_TOP = 1000  # slots listed at most; a year of one-off slots would be 35,000


def run_suggest(args: argparse.Namespace, out: TextIO, err: TextIO, now: datetime) -> int:
    """The ``suggest`` handler (``planner.cli.verbs.HANDLERS``)."""
    plan = read_plan(args.plan, err)
    teams = check_teams(plan, args.teams.split(","))
    if not 1 <= args.duration <= 24 * 60:
        raise PlannerError(
            f"--duration {args.duration}: give the meeting length in minutes, 1 to 1440"
        )
    top = args.top
    if not 0 <= top <= MAX_TOP:
        raise PlannerError(f"--top {top}: give how many slots to list, 1 to {MAX_TOP} (0 for all)")
    top = top or MAX_TOP
    repeat = parse_repeat(args.repeat)
    days = args.kickoff
    if days is not None:
        if repeat is not None:
            raise PlannerError("--kickoff plans a one-off meeting: drop --repeat")
        if args.date_to is not None:
            raise PlannerError("--kickoff counts working days from --from (or tomorrow): drop --to")
        from planner.meetings.kickoff import kickoff  # only for --kickoff

        zone = load_zone(plan.team(teams[0]).zone)
        first = args.date_from or now.astimezone(zone).date() + timedelta(days=1)
        result = kickoff(plan, teams, args.duration, first, days)
        if args.json:
            _dump(kickoff_json(result, top), out)
        else:
            out.write(kickoff_text(result, top))
        return EXIT_OK
    span = suggest_range(plan, repeat is not None, args.date_from, args.date_to, now, err)
    search = find_slots(plan, teams, args.duration, repeat, span)
    rotation = None
    if repeat is not None and (args.rotate or not search.fits_everyone):
        from planner.meetings.rotation import fair_rotation  # only when a rotation is asked for

        rotation = fair_rotation(search)
    if args.json:
        _dump(search_json(search, rotation, top), out)
    else:
        out.write(search_text(search, rotation, top))
    return EXIT_OK


def suggest_range(
    plan: Plan, series: bool, first: date | None, last: date | None, now: datetime, err: TextIO
) -> Range:
    """The range of a search, with ``cli.md``'s defaults (the current week).

    A series checked over one week says little about DST-mismatch weeks and holidays, so
    a series searched without ``--from``/``--to`` gets a note on stderr saying so.
    """
    if series and first is None and last is None:
        print(
            f"{PROG}: note: checking this week only; give --from and --to (e.g. a whole year) "
            "to check every occurrence of the series",
            file=err,
        )
    return plan_range(plan, first, last, now, err)


def _dump(document: dict[str, Any], out: TextIO) -> None:
    json.dump(document, out, indent=2, ensure_ascii=False)
    out.write("\n")
