"""The argument parser: every verb and flag of ``cli.md``."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from datetime import date
from typing import NoReturn

from planner import __version__
from planner.cli.console import PROG
from planner.errors import PlannerError
from planner.time.tzdb import tz_version


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


def _gui_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("plan", nargs="?", metavar="PLAN")


def _check_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("plan", metavar="PLAN")


def _analyze_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("plan", metavar="PLAN")
    parser.add_argument("--from", dest="date_from", type=iso_date, metavar="DATE")
    parser.add_argument("--to", dest="date_to", type=iso_date, metavar="DATE")
    parser.add_argument("--json", action="store_true", help="machine-readable output (cli.md)")
    parser.add_argument(
        "--no-roster",
        dest="roster",
        action="store_false",
        help="skip the suggested roster of roles with demand (an integer program)",
    )


def _suggest_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("plan", metavar="PLAN")
    parser.add_argument("--teams", required=True, metavar="A,B[,C]")
    parser.add_argument("--duration", required=True, type=int, metavar="MIN")
    parser.add_argument("--repeat", metavar="weekly:TU")
    parser.add_argument("--from", dest="date_from", type=iso_date, metavar="DATE")
    parser.add_argument("--to", dest="date_to", type=iso_date, metavar="DATE")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--top",
        type=int,
        default=5,
        metavar="K",
        help="slots to list, 1 to 1000 (0: all, up to 1000)",
    )
    parser.add_argument("--rotate", action="store_true", help="a fair rotation of two slots")
    parser.add_argument(
        "--kickoff",
        type=int,
        metavar="N",
        help="first good one-off slot in the next N working days",
    )


def _export_ics_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("plan", metavar="PLAN")
    parser.add_argument("-o", "--output", default="-", metavar="FILE")
    parser.add_argument("--meeting", action="append", default=[], metavar="ID")


def _chart_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("plan", metavar="PLAN")
    parser.add_argument("-o", "--output", required=True, metavar="FILE")
    when = parser.add_mutually_exclusive_group()
    when.add_argument("--date", type=iso_date, metavar="DATE")
    when.add_argument("--week", type=iso_date, metavar="DATE")
    when.add_argument("--year", type=int, metavar="YYYY")
    parser.add_argument(
        "--weeks",
        type=int,
        default=1,
        metavar="N",
        help="with --week: print N weeks from that week (default 1)",
    )
    parser.add_argument(
        "--pair", metavar="CLIENT,VENDOR", help="highlight one pair's overlap (default: every pair)"
    )
    parser.add_argument(
        "--paper",
        choices=("a4", "letter"),
        help="page size (default: A4, whatever the machine's locale)",
    )
    parser.add_argument(
        "--dpi",
        type=int,
        default=150,
        metavar="N",
        help="PNG resolution in dots per inch (default 150)",
    )


def _zones_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("query", nargs="?", default="", metavar="QUERY")
    parser.add_argument("--json", action="store_true", help="machine-readable output (cli.md)")
    parser.add_argument(
        "--limit", type=int, default=25, metavar="N", help="hits to list (default 25; 0: all)"
    )


def _publish_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("plan", metavar="PLAN")
    parser.add_argument("--url", required=True)
    parser.add_argument("--user", required=True, metavar="NAME")
    parser.add_argument(
        "--calendar",
        metavar="NAME",
        help='display name of the calendar, created if missing (default "Overlap Planner")',
    )
    parser.add_argument(
        "--password-env",
        metavar="VAR",
        help="take the password from this environment variable (else the system "
        "keyring, else a prompt); it is never saved",
    )
    parser.add_argument(
        "--prune", action="store_true", help="remove the events of meetings no longer in the plan"
    )
    parser.add_argument(
        "--allow-insecure-http",
        action="store_true",
        help="send the password over plain http:// to another machine (unencrypted; refused "
        "without this flag)",
    )


# Each verb: its help line and the function that adds its flags, in the order of --help.
_VERBS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None]]] = {
    "gui": ("the desktop app (the default with no verb)", _gui_flags),
    "check": ("validate a plan; exit 0 when clean", _check_flags),
    "analyze": ("overlap windows, role verdicts, meeting occurrences", _analyze_flags),
    "suggest": ("ranked meeting slots", _suggest_flags),
    "export-ics": ("iCalendar file of the plan's meetings", _export_ics_flags),
    "chart": ("the printable overlap chart (PDF, PNG, SVG)", _chart_flags),
    "zones": (
        "find a zone by city (any of 15,000+ people), country, zone name or abbreviation",
        _zones_flags,
    ),
    "publish": ("send the meetings to a CalDAV calendar", _publish_flags),
}


def build_parser(verb: str | None = None) -> argparse.ArgumentParser:
    """Every verb and flag of ``cli.md``; with ``verb``, that verb's flags alone.

    A parser with one verb reads that verb's command lines exactly as the whole parser
    does (everything after the verb goes to the verb's own parser, whose name, usage and
    messages are the same), without building the parsers of the others: argparse makes
    each verb's parser a full ``ArgumentParser``, a few milliseconds of every command.

    >>> build_parser("check").parse_args(["check", "plan.toml"])
    Namespace(verb='check', plan='plan.toml')
    """
    parser = _Parser(
        prog=PROG, description="Plan overlap between a client and vendors in other time zones."
    )
    parser.add_argument(
        "--version", action="version", version=f"{PROG} {__version__} (tzdata {tz_version()})"
    )
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", parser_class=_Parser)
    for name, (help_text, add_flags) in _VERBS.items():
        if verb is None or verb == name:
            add_flags(verbs.add_parser(name, help=help_text))
    return parser


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """Parse a command line; UsageError for anything argparse refuses.

    A command line that starts with a verb is parsed by that verb's parser alone (see
    :func:`build_parser`); any other (help, ``--version``, no verb, an unknown one) by
    the whole parser, which lists every verb.
    """
    arguments = list(argv)
    verb = arguments[0] if arguments and arguments[0] in _VERBS else None
    return build_parser(verb).parse_args(arguments)
