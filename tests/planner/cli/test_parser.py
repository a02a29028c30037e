"""The one-verb parser of a command line reads it exactly as the parser of every verb."""

import contextlib
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.cli.parser import UsageError, build_parser, parse_args
from planner.cli.quick_parse import quick_parse

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
# Plain command lines, read without argparse: the same namespaces as argparse's.
PLAIN = [
    ["check", "plan.toml"],
    ["check", ""],
    ["analyze", "plan.toml"],
    ["analyze", "plan.toml", "--json", "--no-roster", "--from", "2027-03-01", "--to", "2027-03-07"],
    ["suggest", "plan.toml", "--teams", "hq,mnl", "--duration", "30"],
    [
        "suggest",
        "plan.toml",
        "--teams",
        "hq,mnl,kyv",
        "--duration",
        "+45",
        "--repeat",
        "weekly:TU",
        "--top",
        "0",
        "--rotate",
        "--kickoff",
        "10",
        "--json",
        "--from",
        "2027-01-01",
    ],
    ["export-ics", "plan.toml"],
    ["export-ics", "plan.toml", "-o", "out.ics", "--meeting", "a", "--meeting", "b"],
    ["zones"],
    ["zones", "manila"],
    ["zones", "new york", "--json", "--limit", "0"],
]
# Lines argparse must read (help, abbreviations, bad or missing values, repeated flags,
# a value like a flag, flags before the positional, --flag=value).
NOT_PLAIN = [
    ["check", "plan.toml", "--help"],
    ["analyze", "plan.toml", "--js"],
    ["analyze", "plan.toml", "--from", "2027-02-30"],
    ["analyze", "plan.toml", "--from=2027-03-01"],
    ["analyze", "--json", "plan.toml"],
    ["analyze", "plan.toml", "--json", "--json"],
    ["suggest", "plan.toml", "--teams", "hq,mnl", "--duration", "-5"],
    ["suggest", "plan.toml", "--teams", "hq,mnl", "--duration", "x"],
    ["suggest", "plan.toml", "--duration", "30"],
    ["export-ics", "plan.toml", "-o", "a.ics", "--output", "b.ics"],
    ["export-ics", "plan.toml", "-oa.ics"],
    ["export-ics", "plan.toml", "--output", "-"],
    ["zones", "--json", "manila"],
    ["zones", "manila", "extra"],
    ["chart", "plan.toml", "-o", "c.pdf"],
    ["publish", "plan.toml", "--url", "https://dav.example", "--user", "ops"],
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


@pytest.mark.parametrize("argv", PLAIN, ids=" ".join)
def test_a_plain_command_line_is_read_without_argparse_as_argparse_reads_it(argv):
    assert quick_parse(list(argv)) is not None
    whole = outcome(lambda a: build_parser().parse_args(a), argv)
    assert whole[0] == "parsed"
    assert outcome(parse_args, argv) == whole


@pytest.mark.parametrize("argv", NOT_PLAIN, ids=" ".join)
def test_any_other_command_line_is_left_to_argparse(argv):
    assert quick_parse(list(argv)) is None
    assert outcome(parse_args, argv) == outcome(lambda a: build_parser().parse_args(a), argv)


TOKENS = [
    "plan.toml", "manila", "", "-", "--", "-h", "--json", "--js", "--no-roster", "--from",
    "--to", "--top", "--teams", "--duration", "--repeat", "--rotate", "--kickoff", "-o",
    "--output", "--meeting", "--limit", "--limit=3", "2027-03-01", "2027-02-30", "1800-01-01",
    "30", "-5", "0", "x", "hq,mnl", "weekly:TU", "out.ics",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["check", "analyze", "suggest", "export-ics", "zones"]),
    st.lists(st.sampled_from(TOKENS), max_size=8),
)
def test_any_command_line_of_tokens_is_read_as_argparse_reads_it(verb, tokens):
    argv = [verb, *tokens]
    if "-h" in tokens:
        return  # help prints and exits: covered above, one verb at a time
    assert outcome(parse_args, argv) == outcome(lambda a: build_parser().parse_args(a), argv)


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
