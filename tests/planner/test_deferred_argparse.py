"""argparse imported without gettext: its messages are the English ones gettext gives."""

import subprocess
import sys

FIRST = """
import sys
from planner.deferred_imports import import_argparse
import_argparse()
import argparse
assert "gettext" not in sys.modules and "locale" not in sys.modules, sorted(sys.modules)
"""
# With the real gettext, as argparse imports it itself.
PLAIN = "import argparse\n"
PARSE = """
parser = argparse.ArgumentParser(prog="p")
parser.add_argument("--n", nargs=2)
print(parser.format_help())
try:
    parser.parse_args(["--n", "1"])
except SystemExit:
    pass
import gettext  # any later import gets the real module
assert gettext.__file__ and gettext.translation
"""


def _run(code: str) -> tuple[str, str]:
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"OVERLAP_PLANNER_CACHE_DIR": ""},  # no cache folder; no language set
    )
    return done.stdout, done.stderr


def test_argparse_messages_without_gettext_are_those_with_it() -> None:
    without = _run(FIRST + PARSE)
    assert "expected 2 arguments" in without[1]
    assert "show this help message and exit" in without[0]
    assert without == _run(PLAIN + PARSE)
