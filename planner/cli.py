"""The command line (``cli.md``): argument parsing and the verbs that need no Qt.

``ui.launcher`` is the console script: it sends ``gui`` and ``chart`` to ``ui/`` and every
other verb to :func:`run` here, so these verbs never load Qt.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, NoReturn, TextIO

from planner import __version__
from planner.errors import PlannerError
from planner.tzdb import tz_version

if TYPE_CHECKING:
    from planner.analysis import Range
    from planner.model import Plan

# The verbs import the analysis stack when they run: the GUI starts through this module
# (``ui.launcher``) and must not pay for it before its window is on screen.

PROG = "overlap-planner"
EXIT_OK = 0
EXIT_BUG = 1
EXIT_BAD_INPUT = 2
MAX_RANGE_DAYS = 10 * 366


def report_error(exc: PlannerError, err: TextIO) -> int:
    """Print refused input as ``overlap-planner: error:`` lines; returns exit code 2.

    A PlanFileError's text has one line per problem, so each problem gets its own line.
    """
    for line in str(exc).splitlines():
        print(f"{PROG}: error: {line}", file=err)
    return EXIT_BAD_INPUT


class UsageError(PlannerError):
    """A command line that cannot be run (unknown flag, missing argument)."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports one ``overlap-planner: error: ...`` line instead of exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see `{self.prog} --help`)")


def iso_date(text: str) -> date:
    """An ISO date argument."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f'"{text}" is not a date: write YYYY-MM-DD') from None


def build_parser() -> argparse.ArgumentParser:
    """Every verb and flag of ``cli.md``."""
    parser = _Parser(
        prog=PROG, description="Plan overlap between a client and vendors in other time zones."
    )
    parser.add_argument(
        "--version", action="version", version=f"{PROG} {__version__} (tzdata {tz_version()})"
    )
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", parser_class=_Parser)

    gui = verbs.add_parser("gui", help="the desktop app (the default with no verb)")
    gui.add_argument("plan", nargs="?", metavar="PLAN")

    check = verbs.add_parser("check", help="validate a plan; exit 0 when clean")
    check.add_argument("plan", metavar="PLAN")

    analyze_ = verbs.add_parser(
        "analyze", help="overlap windows, role verdicts, meeting occurrences"
    )
    analyze_.add_argument("plan", metavar="PLAN")
    analyze_.add_argument("--from", dest="date_from", type=iso_date, metavar="DATE")
    analyze_.add_argument("--to", dest="date_to", type=iso_date, metavar="DATE")
    analyze_.add_argument("--json", action="store_true", help="machine-readable output (cli.md)")

    suggest = verbs.add_parser("suggest", help="ranked meeting slots")
    suggest.add_argument("plan", metavar="PLAN")
    suggest.add_argument("--teams", required=True, metavar="A,B[,C]")
    suggest.add_argument("--duration", required=True, type=int, metavar="MIN")
    suggest.add_argument("--repeat", metavar="weekly:TU")
    suggest.add_argument("--from", dest="date_from", type=iso_date, metavar="DATE")
    suggest.add_argument("--to", dest="date_to", type=iso_date, metavar="DATE")
    suggest.add_argument("--json", action="store_true")
    suggest.add_argument("--top", type=int, default=5, metavar="K", help="slots to list (0: all)")
    suggest.add_argument("--rotate", action="store_true", help="a fair rotation of two slots")
    suggest.add_argument(
        "--kickoff",
        type=int,
        metavar="N",
        help="first good one-off slot in the next N working days",
    )

    export = verbs.add_parser("export-ics", help="iCalendar file of the plan's meetings")
    export.add_argument("plan", metavar="PLAN")
    export.add_argument("-o", "--output", default="-", metavar="FILE")
    export.add_argument("--meeting", action="append", default=[], metavar="ID")

    chart = verbs.add_parser("chart", help="the printable overlap chart (PDF, PNG, SVG)")
    chart.add_argument("plan", metavar="PLAN")
    chart.add_argument("-o", "--output", required=True, metavar="FILE")
    when = chart.add_mutually_exclusive_group()
    when.add_argument("--date", type=iso_date, metavar="DATE")
    when.add_argument("--week", type=iso_date, metavar="DATE")
    when.add_argument("--year", type=int, metavar="YYYY")
    chart.add_argument(
        "--weeks",
        type=int,
        default=1,
        metavar="N",
        help="with --week: print N weeks from that week (default 1)",
    )
    chart.add_argument(
        "--pair", metavar="CLIENT,VENDOR", help="highlight one pair's overlap (default: every pair)"
    )
    chart.add_argument(
        "--paper",
        choices=("a4", "letter"),
        help="page size (default: A4, Letter in the US, Canada and Mexico)",
    )
    chart.add_argument(
        "--dpi",
        type=int,
        default=150,
        metavar="N",
        help="PNG resolution in dots per inch (default 150)",
    )

    zones = verbs.add_parser("zones", help="search IANA zones by city, country or abbreviation")
    zones.add_argument("query", nargs="?", default="", metavar="QUERY")

    publish = verbs.add_parser("publish", help="send the meetings to a CalDAV calendar")
    publish.add_argument("plan", metavar="PLAN")
    publish.add_argument("--url", required=True)
    publish.add_argument("--user", required=True, metavar="NAME")
    publish.add_argument(
        "--calendar",
        metavar="NAME",
        help='display name of the calendar, created if missing (default "Overlap Planner")',
    )
    publish.add_argument(
        "--password-env",
        metavar="VAR",
        help="take the password from this environment variable (else the system "
        "keyring, else a prompt); it is never saved",
    )
    publish.add_argument(
        "--prune", action="store_true", help="remove the events of meetings no longer in the plan"
    )
    return parser


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """Parse a command line; UsageError for anything argparse refuses."""
    return build_parser().parse_args(list(argv))


def read_plan(path: str, err: TextIO) -> Plan:
    """Load a plan for a verb, printing its warnings; PlanFileError when it is refused."""
    from planner.planfile import load_plan

    document = load_plan(path)
    for warning in document.warnings:
        print(f"{PROG}: warning: {warning}", file=err)
    return document.plan


def plan_range(plan: Plan, first: date | None, last: date | None, now: datetime) -> Range:
    """The ``--from``/``--to`` range in the plan's reference zone (default: this week)."""
    from planner.analysis import Range, default_range
    from planner.model import FIRST_YEAR, LAST_YEAR
    from planner.zones import load_zone

    for day, flag in ((first, "--from"), (last, "--to")):
        if day is not None and not FIRST_YEAR + 1 <= day.year <= LAST_YEAR - 1:
            raise PlannerError(
                f"{flag} {day}: give a date in the years {FIRST_YEAR + 1} to {LAST_YEAR - 1}"
            )
    zone = plan.reference_zone
    if first is None and last is None:
        return default_range(zone, now.astimezone(load_zone(zone)).date())
    if first is None or last is None:
        week = default_range(zone, (first or last or now.date()))
        first = first or week.first
        last = last or week.last
    if last < first:
        raise PlannerError(f"--to {last} is before --from {first}: give the earlier date first")
    if (last - first).days >= MAX_RANGE_DAYS:
        raise PlannerError(
            f"--from {first} --to {last} spans more than {MAX_RANGE_DAYS // 366} years: "
            "analyse a shorter range"
        )
    return Range.of_days(zone, first, last)


def _check(args: argparse.Namespace, out: TextIO, err: TextIO, now: datetime) -> int:
    plan = read_plan(args.plan, err)
    print(
        f"{args.plan}: ok ({len(plan.teams)} teams, {len(plan.roles)} roles, {len(plan.meetings)} meetings)",
        file=out,
    )
    return EXIT_OK


def _analyze(args: argparse.Namespace, out: TextIO, err: TextIO, now: datetime) -> int:
    from planner.analysis import analyze
    from planner.report import analysis_json, analysis_text

    plan = read_plan(args.plan, err)
    result = analyze(plan, plan_range(plan, args.date_from, args.date_to, now))
    if args.json:
        json.dump(analysis_json(result, plan), out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        out.write(analysis_text(plan, result))
    return EXIT_OK


def _zones(args: argparse.Namespace, out: TextIO, err: TextIO, now: datetime) -> int:
    from planner.zones import search_zones

    matches = search_zones(args.query, now)
    if not matches:
        raise PlannerError(
            f'no time zone matches "{args.query}": try a city, a country or an abbreviation'
        )
    for match in matches:
        abbreviations = "/".join(match.abbreviations)
        print(
            f"{match.name:<32} UTC{match.utc_offset}  {abbreviations:<10} {match.country}", file=out
        )
    return EXIT_OK


def _suggest(args: argparse.Namespace, out: TextIO, err: TextIO, now: datetime) -> int:
    from planner.suggest_cli import run_suggest

    return run_suggest(args, out, err, now)


def _export_ics(args: argparse.Namespace, out: TextIO, err: TextIO, now: datetime) -> int:
    from planner.ics_cli import export_ics

    return export_ics(args, out, err, now)


def _publish(args: argparse.Namespace, out: TextIO, err: TextIO, now: datetime) -> int:
    from planner.ics_cli import publish

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
        return HANDLERS[args.verb](args, out, err, now)
    except PlannerError as exc:
        return report_error(exc, err)
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=err)
        return EXIT_BAD_INPUT
