"""The command line (``cli.md``): argument parsing and the verbs that need no Qt.

``ui.launcher`` is the console script: it sends ``gui`` and ``chart`` to ``ui/`` and every
other verb to :func:`run` here, so these verbs never load Qt.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TextIO

from planner.cli.console import EXIT_BAD_INPUT, EXIT_OK, PROG, plan_range, read_plan, report_error
from planner.cli.parser import UsageError, parse_args
from planner.errors import PlannerError

# The verbs import the analysis stack when they run: the GUI starts through this module
# (``ui.launcher``) and must not pay for it before its window is on screen.


def _check(args: argparse.Namespace, out: TextIO, err: TextIO, now: datetime) -> int:
    plan = read_plan(args.plan, err)
    print(
        f"{args.plan}: ok ({len(plan.teams)} teams, {len(plan.roles)} roles, {len(plan.meetings)} meetings)",
        file=out,
    )
    return EXIT_OK


def _analyze(args: argparse.Namespace, out: TextIO, err: TextIO, now: datetime) -> int:
    from planner.analysis.overlap import analyze
    from planner.cli.report import analysis_text, write_analysis_json

    plan = read_plan(args.plan, err)
    # Pairs are computed as they are written: a plan of a thousand teams over a year has
    # millions of windows, and none of them needs to stay in memory.
    span = plan_range(plan, args.date_from, args.date_to, now, err)
    result = analyze(plan, span, roster=args.roster, lazy_pairs=True)
    if args.json:
        write_analysis_json(result, plan, out)
    else:
        out.write(analysis_text(plan, result))
    return EXIT_OK


def _zones(args: argparse.Namespace, out: TextIO, err: TextIO, now: datetime) -> int:
    from planner.cli.zones import run_zones

    return run_zones(args, out, err, now)


def _suggest(args: argparse.Namespace, out: TextIO, err: TextIO, now: datetime) -> int:
    from planner.cli.suggest import run_suggest

    return run_suggest(args, out, err, now)


def _export_ics(args: argparse.Namespace, out: TextIO, err: TextIO, now: datetime) -> int:
    from planner.cli.ics import export_ics

    return export_ics(args, out, err, now)


def _publish(args: argparse.Namespace, out: TextIO, err: TextIO, now: datetime) -> int:
    from planner.cli.ics import publish

    return publish(args, out, err, now)


Handler = Callable[[argparse.Namespace, TextIO, TextIO, datetime], int]


HANDLERS: dict[str, Handler] = {
    "check": _check,
    "analyze": _analyze,
    "zones": _zones,
    "suggest": _suggest,
    "export-ics": _export_ics,
    "publish": _publish,
}


def run(
    argv: Sequence[str],
    out: TextIO | None = None,
    err: TextIO | None = None,
    now: datetime | None = None,
) -> int:
    """Run a verb that needs no Qt; returns the exit code of ``cli.md``."""
    out = out or sys.stdout
    err = err or sys.stderr
    now = now or datetime.now(UTC)
    try:
        args = parse_args(argv)
        if args.verb is None or args.verb not in HANDLERS:
            raise UsageError(f"{args.verb or 'a verb'} is not available here (see `{PROG} --help`)")
        if args.verb == "zones":
            return HANDLERS[args.verb](args, out, err, now)
        from planner.time.holiday_cache import DeferredWrites

        with DeferredWrites():  # a plan's first command: each holiday table written once
            return HANDLERS[args.verb](args, out, err, now)
    except PlannerError as exc:
        return report_error(exc, err)
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=err)
        return EXIT_BAD_INPUT
