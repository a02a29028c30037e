"""The one-verb parser of a command line reads it exactly as the parser of every verb."""

import contextlib
import io

import pytest

from planner.cli.parser import UsageError, build_parser, parse_args

COMMAND_LINES = [
    ["check", "plan.toml"],
    ["check"],
    ["check", "a.toml", "b.toml"],
    ["check", "--json", "plan.toml"],
    ["analyze", "plan.toml", "--json", "--from", "2027-03-01", "--to", "2027-03-07"],
    ["analyze", "plan.toml", "--no-roster", "--from", "2027-02-30"],
    ["analyze", "plan.toml", "--fro", "2027-03-01"],
    ["analyze", "plan.toml", "--to", "1800-01-01"],
    ["suggest", "plan.toml", "--teams", "hq,mnl", "--duration", "30", "--top", "3"],
    ["suggest", "plan.toml", "--teams", "hq,mnl"],
    ["suggest", "plan.toml", "--teams", "hq,mnl", "--duration", "half an hour"],
    ["export-ics", "plan.toml", "-o", "out.ics", "--meeting", "a", "--meeting", "b"],
    ["export-ics", "plan.toml", "--meeting"],
    ["chart", "plan.toml", "-o", "c.pdf", "--week", "2027-03-15", "--weeks", "2"],
    ["chart", "plan.toml", "-o", "c.pdf", "--week", "2027-03-15", "--year", "2027"],
    ["chart", "plan.toml", "-o", "c.png", "--paper", "a3"],
    ["zones", "manila", "--limit", "3", "--json"],
    ["zones"],
    ["publish", "plan.toml", "--url", "https://dav.example", "--user", "ops", "--prune"],
    ["publish", "plan.toml"],
    ["gui"],
    ["gui", "plan.toml"],
    [],
    ["--version"],
    ["unknown-verb", "plan.toml"],
    ["check", "--", "--odd-name.toml"],
]


def outcome(parse, argv):
    """What parsing gives: the namespace, the usage error, or the help/version text and exit."""
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            return ("parsed", vars(parse(argv)))
    except UsageError as exc:
        return ("usage error", str(exc))
    except SystemExit as exc:
        return ("exit", exc.code, out.getvalue())


@pytest.mark.parametrize("argv", COMMAND_LINES, ids=" ".join)
def test_the_verbs_own_parser_reads_a_command_line_as_the_whole_parser(argv):
    whole = outcome(lambda a: build_parser().parse_args(a), argv)
    assert outcome(parse_args, argv) == whole


@pytest.mark.parametrize("verb", ["check", "analyze", "suggest", "export-ics", "zones"])
def test_a_verbs_help_is_the_same_from_its_own_parser(verb):
    whole = outcome(lambda a: build_parser().parse_args(a), [verb, "--help"])
    assert whole[:2] == ("exit", 0) and f"usage: overlap-planner {verb} " in whole[2]
    assert outcome(parse_args, [verb, "--help"]) == whole


def test_the_whole_parser_answers_help_and_lists_every_verb():
    kind, code, text = outcome(parse_args, ["--help"])
    assert (kind, code) == ("exit", 0)
    for verb in ("gui", "check", "analyze", "suggest", "export-ics", "chart", "zones", "publish"):
        assert f"\n    {verb}" in text
