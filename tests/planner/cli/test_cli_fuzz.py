"""No command line, however wrong, makes a verb crash: exit 0 or 2, never a traceback."""

import io
from datetime import UTC, datetime
from importlib import resources

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.cli.verbs import run

EXAMPLE = str(resources.files("resources.examples").joinpath("london-riyadh-bengaluru.toml"))
TOKENS = [
    "check",
    "analyze",
    "suggest",
    "zones",
    "export-ics",
    EXAMPLE,
    "/nonexistent.toml",
    "--json",
    "--from",
    "--to",
    "2027-03-01",
    "2027-02-30",
    "1899-12-31",
    "2027-12-31",
    "--teams",
    "ldn,ruh",
    "ldn",
    "nobody,ldn",
    "--duration",
    "45",
    "0",
    "-5",
    "abc",
    "--repeat",
    "weekly:TU",
    "monthly:-1FR",
    "weekly:XX",
    "--meeting",
    "three-site",
    "kickoff",
    "--top",
    "--rotate",
    "--kickoff",
    "3",
    "IST",
    "",
    "-o",
    "-",
]


@settings(max_examples=150)
@given(st.lists(st.sampled_from(TOKENS), max_size=9))
def test_any_command_line_exits_0_or_2(argv):
    out, err = io.StringIO(), io.StringIO()
    try:
        code = run(argv, out, err, datetime(2027, 3, 3, tzinfo=UTC))
    except SystemExit as stop:  # --help and --version print and exit 0
        code = stop.code
    assert code in (0, 2), err.getvalue()
    assert "Traceback" not in err.getvalue()
    if code == 2:
        assert err.getvalue().startswith("overlap-planner: error: ")
