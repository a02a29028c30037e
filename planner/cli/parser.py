"""The argument parser: every verb and flag of ``cli.md``."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, NoReturn

from planner import __version__
from planner.cli.console import PROG
from planner.errors import PlannerError
from planner.time.tzdb import tz_version

if TYPE_CHECKING:
    pass


class UsageError(PlannerError):
    """A command line that cannot be run (unknown flag, missing argument)."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports one ``overlap-planner: error: ...`` line instead of exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see `{self.prog} --help`)")


def iso_date(text: str) -> date:
    """An ISO date argument in the years the planner handles (the same for every verb).

    >>> iso_date("2027-03-15")
    datetime.date(2027, 3, 15)
    """
    from planner.plan.checks import FIRST_YEAR, LAST_YEAR

    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f'"{text}" is not a date: write YYYY-MM-DD') from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            f'"{text}" is outside the years {FIRST_YEAR} to {LAST_YEAR} that the planner handles'
        )
    return day


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
    analyze_.add_argument(
        "--no-roster",
        dest="roster",
        action="store_false",
        help="skip the suggested roster of roles with demand (an integer program)",
    )

    suggest = verbs.add_parser("suggest", help="ranked meeting slots")
    suggest.add_argument("plan", metavar="PLAN")
    suggest.add_argument("--teams", required=True, metavar="A,B[,C]")
    suggest.add_argument("--duration", required=True, type=int, metavar="MIN")
    suggest.add_argument("--repeat", metavar="weekly:TU")
    suggest.add_argument("--from", dest="date_from", type=iso_date, metavar="DATE")
    suggest.add_argument("--to", dest="date_to", type=iso_date, metavar="DATE")
    suggest.add_argument("--json", action="store_true")
    suggest.add_argument(
        "--top",
        type=int,
        default=5,
        metavar="K",
        help="slots to list, 1 to 1000 (0: all, up to 1000)",
    )
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
        help="page size (default: A4, whatever the machine's locale)",
    )
    chart.add_argument(
        "--dpi",
        type=int,
        default=150,
        metavar="N",
        help="PNG resolution in dots per inch (default 150)",
    )

    zones = verbs.add_parser(
        "zones",
        help="find a zone by city (any of 15,000+ people), country, zone name or abbreviation",
    )
    zones.add_argument("query", nargs="?", default="", metavar="QUERY")
    zones.add_argument("--json", action="store_true", help="machine-readable output (cli.md)")
    zones.add_argument(
        "--limit", type=int, default=25, metavar="N", help="hits to list (default 25; 0: all)"
    )

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
    publish.add_argument(
        "--allow-insecure-http",
        action="store_true",
        help="send the password over plain http:// to another machine (unencrypted; refused "
        "without this flag)",
    )
    return parser


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """Parse a command line; UsageError for anything argparse refuses."""
    return build_parser().parse_args(list(argv))
