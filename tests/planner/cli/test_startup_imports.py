"""What each command-line verb imports: only what its own work needs (no timing here).

Each verb runs in a fresh process through the console script's ``main``, as a user starts
it; the modules it ends with are compared with those it must never load. Speed itself is
measured in ``benchmarks/bench_cli.py``.
"""

import functools
import os
import subprocess
import sys
import sysconfig
from importlib import resources
from pathlib import Path

import pytest

EXAMPLES = resources.files("resources.examples")
ACME = str(EXAMPLES.joinpath("newyork-manila-kyiv.toml"))
CONTACT_CENTRE = str(EXAMPLES.joinpath("newyork-manila-contact-centre.toml"))
LONDON = str(EXAMPLES.joinpath("london-riyadh-bengaluru.toml"))

# Never for a command-line verb that does not draw or publish: Qt, the network stack
# (sockets, TLS, the CalDAV client), importlib.metadata and its e-mail parser, the
# plan-file writer's TOML library, the chart's model and the zone search's index.
NEVER = {
    "PySide6",
    "shiboken6",
    "ssl",
    "socket",
    "http",
    "urllib3",
    "niquests",
    "caldav",
    "keyring",
    "email",
    "importlib.metadata",
    "tomlkit",
    "planner.chart",
    "planner.time.places",
}
# inspect and its parsers, copy: dataclasses imports them for classes without a docstring
# and for asdict alone (planner.deferred_imports loads them on first use).
PARSERS = {"inspect", "ast", "dis", "tokenize", "linecache", "copy"}
# dateutil's rule engine (with six and calendar): a series is expanded by date arithmetic
# (planner.plan.series); the holidays package would bring it back.
RULE_ENGINE = {"dateutil", "six", "calendar"}
# The analysis stack, which `check` and `export-ics` never need.
ANALYSIS = {"planner.analysis", "planner.schedule.team_times", "planner.meetings.drift"}
SOLVER = {"highspy", "numpy", "scipy"}


# The children run as an installed copy does: the development environment's editable
# install runs an import hook at every start-up that loads pathlib, urllib.parse and more,
# which would hide a verb's own imports of them. So no site-packages start-up files (-S);
# the project and the installed packages are found on PYTHONPATH instead.
INSTALLED = [sys.executable, "-S"]
SEARCH_PATH = os.pathsep.join(
    [str(Path(__file__).resolve().parents[3]), sysconfig.get_path("purelib")]
)


def modules_after(arguments: list[str], cache: str) -> set[str]:
    """The modules loaded once ``overlap-planner ARGUMENTS`` has run (it must exit 0)."""
    code = (
        "import sys\nfrom ui.launcher import main\nrc = main(sys.argv[1:])\n"
        "print('\\n'.join(sorted(sys.modules)))\nsys.exit(rc)"
    )
    done = subprocess.run(
        [*INSTALLED, "-c", code, *arguments],
        capture_output=True,
        text=True,
        check=False,
        env=dict(os.environ, OVERLAP_PLANNER_CACHE_DIR=cache, PYTHONPATH=SEARCH_PATH),
    )
    assert done.returncode == 0, done.stderr
    return set(done.stdout.splitlines())


@functools.cache
def floor_modules() -> frozenset[str]:
    """The modules loaded by ``python -c "import zoneinfo, tomllib, json"``: the floor."""
    code = "import sys, zoneinfo, tomllib, json\nprint('\\n'.join(sorted(sys.modules)))"
    done = subprocess.run(
        [*INSTALLED, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env=dict(os.environ, PYTHONPATH=SEARCH_PATH),
    )
    return frozenset(done.stdout.splitlines())


def test_the_children_run_without_the_editable_installs_hook():
    assert "pathlib" not in floor_modules()
    assert not any("editable" in name for name in floor_modules())


# pathlib brings urllib.parse and ipaddress (about 4 ms of a command): paths are strings
# on a verb's way, writing a file (planner.atomic) included; a contacts CSV file and the
# holidays package (a plan's first call) load it.
PATHLIB = {"pathlib", "urllib", "ipaddress"}


@pytest.mark.parametrize(
    "arguments",
    [
        ["check", ACME],
        ["analyze", ACME, "--json"],
        ["analyze", CONTACT_CENTRE],
        ["export-ics", ACME],
        ["export-ics", ACME, "-o", "FILE"],
        ["suggest", ACME, "--teams", "hq,mnl", "--duration", "30"],
        ["zones", "manila"],
    ],
    ids=lambda a: " ".join(a[:1] + a[2:3]),
)
def test_a_verb_never_loads_pathlib(warm_cache, arguments, tmp_path):
    arguments = [str(tmp_path / "out.ics") if a == "FILE" else a for a in arguments]
    cache = warm_cache
    if CONTACT_CENTRE in arguments:  # its roster kept by a first run (which solves and writes)
        cache = str(tmp_path)
        modules_after(arguments, cache)
    assert loaded(modules_after(arguments, cache), PATHLIB) == set()


def loaded(modules: set[str], names: set[str]) -> set[str]:
    """Those of ``names`` (packages count with their submodules) among ``modules``.

    A module the floor loads as well is not counted (Python 3.13 itself imports
    ``linecache`` for ``-c``; 3.12's ``sysconfig``, which zoneinfo uses, ``threading``).
    """
    found = {n for n in names if any(m == n or m.startswith(n + ".") for m in modules)}
    return found - floor_modules()


@pytest.fixture(scope="module")
def warm_cache(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A holiday cache that holds the tables the verbs use (every run after a plan's first)."""
    cache = str(tmp_path_factory.mktemp("holiday-cache"))
    modules_after(["analyze", ACME, "--json"], cache)
    modules_after(["analyze", CONTACT_CENTRE, "--no-roster"], cache)
    modules_after(["suggest", ACME, "--teams", "hq,mnl", "--duration", "30"], cache)
    modules_after(["check", LONDON], cache)
    return cache


def test_check_loads_neither_the_analysis_nor_the_holidays_package(warm_cache):
    modules = modules_after(["check", ACME], warm_cache)
    assert (
        loaded(modules, NEVER | PARSERS | ANALYSIS | SOLVER | {"holidays", "planner.calendar"})
        == set()
    )
    assert "planner.plan.model" in modules  # the run did read the plan
    assert loaded(modules, {"threading"}) == set()
    # A file's byte order mark is dropped without its codec; TOML syntax errors are
    # explained by a module of their own, loaded when there is one.
    assert loaded(modules, {"encodings.utf_8_sig", "planner.plan.toml_errors"}) == set()


@pytest.mark.parametrize("plan", [ACME, LONDON], ids=["acme", "london"])
def test_check_reads_counted_series_without_the_rule_engine(warm_cache, plan):
    # ACME has a monthly series of 12, the London plan a weekly one of 52: their last
    # years (the years whose holidays are checked) come without expanding them.
    modules = modules_after(["check", plan], warm_cache)
    assert loaded(modules, RULE_ENGINE | {"planner.time.intervals"}) == set()


@pytest.mark.parametrize(
    "arguments",
    [
        ["analyze", ACME, "--json"],
        ["export-ics", ACME, "--meeting", "kyiv-weekly"],
        ["suggest", ACME, "--teams", "hq,mnl", "--duration", "30", "--top", "3"],
        ["zones", "manila", "--limit", "5"],
    ],
    ids=lambda a: a[0],
)
def test_a_verb_expands_series_without_the_rule_engine(warm_cache, arguments, tmp_path):
    # ACME's meetings: a weekly series to a date, a monthly one (the first Monday) of 12.
    if arguments[0] == "export-ics":
        arguments = [*arguments, "-o", str(tmp_path / "a.ics")]
    assert loaded(modules_after(arguments, warm_cache), RULE_ENGINE) == set()


def test_a_plans_first_check_imports_holidays_without_its_metadata_reader(tmp_path):
    modules = modules_after(["check", ACME], str(tmp_path))
    assert "holidays" in modules  # an empty cache: the package computes the tables
    assert loaded(modules, NEVER | ANALYSIS | SOLVER | {"secrets"}) == set()
    # Only the calendars and groups of holidays of the plan's countries (US-NY, PH, UA),
    # and not dateutil's date parser (planner.time.holiday_imports).
    unused = {"holidays.calendars.hebrew", "holidays.groups.thai", "holidays.countries.india"}
    assert loaded(modules, unused | {"dateutil.parser", "six", "decimal"}) == set()


@pytest.mark.parametrize("json", [[], ["--json"]], ids=["text", "json"])
def test_analyze_loads_no_calendar_code_and_no_solver_without_demand(warm_cache, json):
    modules = modules_after(["analyze", ACME, *json], warm_cache)
    assert "planner.analysis.overlap" in modules
    assert loaded(modules, NEVER | PARSERS | SOLVER | {"planner.calendar", "holidays"}) == set()


def test_analyze_without_a_roster_loads_neither_the_roster_nor_fractions(warm_cache):
    # Shrinkage is applied in integers; the roster's module comes with a roster alone; the
    # contact centre's contacts are written in the plan: no CSV reader.
    modules = modules_after(["analyze", CONTACT_CENTRE, "--no-roster"], warm_cache)
    assert "planner.analysis.staffing.result" in modules
    roster = {"planner.analysis.staffing.roster", "fractions", "decimal", "numbers"}
    assert loaded(modules, NEVER | SOLVER | RARE | CSV | roster) == set()


def test_analyze_with_demand_solves_with_highs_alone(warm_cache):
    modules = modules_after(["analyze", CONTACT_CENTRE, "--json"], warm_cache)
    assert {"highspy", "numpy"} <= modules
    assert loaded(modules, NEVER | {"scipy"}) == set()


def test_export_ics_loads_no_network_code_and_no_analysis(warm_cache, tmp_path):
    modules = modules_after(["export-ics", ACME, "-o", str(tmp_path / "a.ics")], warm_cache)
    assert "planner.calendar.ical" in modules
    assert loaded(modules, NEVER | PARSERS | ANALYSIS | SOLVER | {"icalendar", "holidays"}) == set()
    # Instants are ints: the interval algebra is the analysis's (type hints name it alone);
    # skipped dates come from the skip reasons alone, not the occurrence model.
    assert loaded(modules, {"planner.time.intervals", "planner.meetings.occurrences"}) == set()
    assert "planner.meetings.skips" in modules


def test_suggest_loads_no_calendar_code(warm_cache):
    arguments = ["suggest", ACME, "--teams", "hq,mnl", "--duration", "30"]
    modules = modules_after(arguments, warm_cache)
    assert "planner.meetings.slots" in modules
    assert loaded(modules, NEVER | PARSERS | SOLVER | {"planner.calendar", "holidays"}) == set()
    # A one-off search fits everyone or lists who pays: no rotation, no kickoff.
    assert loaded(modules, {"planner.meetings.rotation", "planner.meetings.kickoff"}) == set()


def test_analyze_text_loads_no_json_writer_and_no_staffing_report_without_need(warm_cache):
    # The Sydney plan has neither demand nor a reply target: no staffing or backlog lines.
    sydney = str(EXAMPLES.joinpath("sydney-kathmandu.toml"))
    modules = modules_after(["analyze", sydney], warm_cache)
    assert "planner.cli.report" in modules
    assert loaded(modules, {"planner.cli.json_stream", "planner.cli.staffing_report"}) == set()


def test_suggest_makes_no_candidate_it_does_not_print(warm_cache):
    # The slot search's scoring module is loaded, and a one-off week (672 start times)
    # becomes Candidate objects only for the five printed.
    code = (
        "import io, sys\nfrom ui.launcher import main\n"
        "from planner.meetings import candidates\n"
        "made = []\nclass Counted(candidates.Candidate):\n"
        "    __slots__ = ()\n"
        "    def __init__(self, *a):\n        made.append(1)\n        super().__init__(*a)\n"
        "import planner.meetings.scoring as scoring\nscoring.Candidate = Counted\n"
        "sys.stdout = io.StringIO()\nrc = main(sys.argv[1:])\n"
        "sys.stdout = sys.__stdout__\nprint(len(made))\nsys.exit(rc)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, "suggest", ACME, "--teams", "hq,mnl", "--duration", "30"],
        capture_output=True,
        text=True,
        check=False,
        env=dict(os.environ, OVERLAP_PLANNER_CACHE_DIR=warm_cache),
    )
    assert done.returncode == 0, done.stderr
    assert 1 <= int(done.stdout) <= 5


# Classes of their own modules, made only when a plan or a run needs them: a moved
# occurrence, a year the holidays package lacks, a problem of the plan file, an async
# role's backlog, the hours of a team that a meeting takes out of them.
RARE = {"planner.plan.moved", "planner.time.holiday_gap", "planner.problem"}
# A role's contacts read from a CSV file: a plan that has none never loads the reader.
CSV = {"csv", "planner.plan.contacts_csv"}
SYDNEY = str(EXAMPLES.joinpath("sydney-kathmandu.toml"))


@pytest.mark.parametrize("json", [[], ["--json"]], ids=["text", "json"])
def test_analyze_loads_the_backlog_and_team_hours_only_when_needed(warm_cache, json):
    # The Sydney plan has no async role; its fortnightly review (held on 2027-01-06) keeps
    # both teams in their hours at the same local times: the drift report lists no change
    # and no occurrence outside hours, and builds no team's hours.
    arguments = ["analyze", SYDNEY, "--from", "2027-01-04", "--to", "2027-01-10", *json]
    modules = modules_after(arguments, warm_cache)
    assert "planner.meetings.drift" in modules
    quiet = {
        "planner.analysis.backlog",
        "planner.meetings.comfort",
        "planner.meetings.drift_events",
    }
    assert loaded(modules, RARE | quiet) == set()
    # ACME's async role has a backlog.
    assert "planner.analysis.backlog" in modules_after(["analyze", ACME, *json], warm_cache)


@pytest.mark.parametrize(
    "arguments",
    [
        ["export-ics", SYDNEY],
        ["suggest", SYDNEY, "--teams", "syd,ktm", "--duration", "30"],
        ["check", LONDON],
        ["export-ics", CONTACT_CENTRE],
        ["check", CONTACT_CENTRE],
    ],
    ids=lambda a: f"{a[0]}-{os.path.basename(a[1])}",
)
def test_a_verb_makes_no_moved_occurrence_or_holiday_gap_class_a_plan_lacks(warm_cache, arguments):
    assert loaded(modules_after(arguments, warm_cache), RARE | CSV) == set()


def test_suggest_loads_the_skip_reasons_for_a_start_on_a_holiday_alone(warm_cache):
    arguments = ["suggest", ACME, "--teams", "hq,kyiv", "--duration", "30"]
    week = ["--from", "2027-02-01", "--to", "2027-02-07"]  # nobody's holiday
    assert "planner.meetings.skips" not in modules_after([*arguments, *week], warm_cache)
    christmas = ["--from", "2027-12-20", "--to", "2027-12-26"]
    modules = modules_after([*arguments, *christmas], warm_cache)
    assert "planner.meetings.skips" in modules
    assert "planner.meetings.occurrences" not in modules  # a slot's occurrences are its own


def test_a_plan_with_a_problem_is_reported_with_the_problem_model(warm_cache, tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text('format = 1\n[[team]]\nid = "A"\n', encoding="utf-8")
    code = (
        "import sys\nfrom ui.launcher import main\nrc = main(sys.argv[1:])\n"
        "print('planner.problem' in sys.modules)\nsys.exit(rc)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, "check", str(broken)],
        capture_output=True,
        text=True,
        check=False,
        env=dict(os.environ, OVERLAP_PLANNER_CACHE_DIR=warm_cache),
    )
    assert done.returncode == 2, done.stderr
    assert f"{broken}:3: " in done.stderr
    assert done.stdout.strip() == "True"


@pytest.mark.parametrize(
    "arguments",
    [["check", LONDON], ["analyze", ACME, "--json"], ["zones", "manila", "--limit", "5"]],
    ids=lambda a: a[0],
)
def test_a_verb_parses_its_arguments_without_gettext(warm_cache, arguments):
    # argparse's messages are English without gettext and the locale module it brings
    # (planner.deferred_imports.import_argparse); a verb whose plan needs the holidays
    # package loads the real gettext with it.
    assert loaded(modules_after(arguments, warm_cache), {"gettext", "locale"}) == set()


def _recorded(code: str, arguments: list[str], cache: str, folder: Path) -> list[str]:
    """The modules a child running ``MODULES_HOOK + code`` ended with, in load order."""
    from benchmarks.children import MODULES_HOOK

    target = folder / "modules"
    done = subprocess.run(
        [*INSTALLED, "-c", MODULES_HOOK + code, *arguments],
        capture_output=True,
        text=True,
        check=False,
        env=dict(
            os.environ,
            OVERLAP_PLANNER_CACHE_DIR=cache,
            PYTHONPATH=SEARCH_PATH,
            BENCH_MODULES_FILE=str(target),
        ),
    )
    assert done.returncode == 0, done.stderr
    return target.read_text(encoding="utf-8").split("\n")


@pytest.mark.parametrize(
    "arguments",
    [
        ["analyze", CONTACT_CENTRE, "--json"],
        ["export-ics", ACME],
        ["suggest", ACME, "--teams", "hq,mnl", "--duration", "30"],
    ],
    ids=lambda a: a[0],
)
def test_the_benchmarks_imports_alone_load_exactly_what_the_verb_loaded(
    warm_cache, arguments, tmp_path
):
    # bench_cli's "imports alone" figure: the verb's modules imported in its order, argparse
    # without gettext and dataclasses without inspect, as the verb has them; no more, no less.
    from benchmarks.children import CONSOLE, IMPORTS_ALONE

    verb = _recorded(CONSOLE, arguments, warm_cache, tmp_path)
    alone = _recorded(IMPORTS_ALONE, [m for m in verb if m != "__main__"], warm_cache, tmp_path)
    assert set(alone) == set(verb)
    assert loaded(set(verb), {"planner.analysis", "planner.calendar", "planner.meetings"})
