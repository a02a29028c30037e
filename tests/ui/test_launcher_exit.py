"""The console script's end: a verb's process exits as soon as its output is written.

Without the interpreter's teardown, but with everything a normal exit guarantees: exit
handlers run, stdout and stderr flushed, the exit code kept; other threads are waited for.
"""

from __future__ import annotations

import os
import subprocess
import sys
from importlib import resources
from pathlib import Path

ACME = str(resources.files("resources.examples").joinpath("newyork-manila-kyiv.toml"))
SCRIPT = "import sys\nfrom ui.launcher import main\n{before}\nsys.exit(main())\n"


def _console(
    arguments: list[str], cache: Path, before: str = ""
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, OVERLAP_PLANNER_CACHE_DIR=str(cache))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return subprocess.run(
        [sys.executable, "-c", SCRIPT.format(before=before), *arguments],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )


def test_exit_handlers_run_and_the_output_is_whole(tmp_path):
    # The handler prints after the verb's output: both reach the pipe. The compiled
    # dataclass methods are written by the cache's own exit handler.
    before = "import atexit\natexit.register(lambda: print('handler ran'))"
    done = _console(["analyze", ACME, "--json", "--from", "2027-01-01"], tmp_path, before)
    assert done.returncode == 0, done.stderr
    document, _, last = done.stdout.rpartition("}\n")
    assert document.startswith("{") and '"tzdata"' in document
    assert last == "handler ran\n"
    assert list(tmp_path.glob("dataclass-code.*.marshal"))


def test_an_error_keeps_its_exit_code_and_message(tmp_path):
    done = _console(["check", str(tmp_path / "missing.toml")], tmp_path)
    assert done.returncode == 2
    assert done.stderr.startswith("overlap-planner: error: ")
    assert done.stdout == ""


def test_a_thread_still_running_is_waited_for(tmp_path):
    before = (
        "import threading, time\n"
        "def late():\n    time.sleep(0.3)\n    print('thread done', flush=True)\n"
        "threading.Thread(target=late).start()"
    )
    done = _console(["check", ACME], tmp_path, before)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        f"{ACME}: ok (3 teams, 2 roles, 2 meetings)",
        "thread done",
    ]


def test_a_profiler_gets_its_report(tmp_path):
    # A profiler (or a tracer, or python -i) acts after the script: the ordinary exit.
    script = tmp_path / "console.py"
    script.write_text(SCRIPT.format(before=""), encoding="utf-8")
    env = dict(os.environ, OVERLAP_PLANNER_CACHE_DIR=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-m", "cProfile", str(script), "check", ACME],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"{ACME}: ok (3 teams, 2 roles, 2 meetings)\n")
    assert " function calls " in done.stdout


def test_main_called_with_arguments_returns(tmp_path, capsys, monkeypatch):
    # In-process callers (tests, scripts) pass the command line and get the code back; the
    # process's garbage collector is left as it was.
    import gc

    from ui.launcher import main

    monkeypatch.setenv("OVERLAP_PLANNER_CACHE_DIR", str(tmp_path))
    threshold = gc.get_threshold()
    assert main(["check", ACME]) == 0
    assert capsys.readouterr().out.endswith(": ok (3 teams, 2 roles, 2 meetings)\n")
    assert gc.get_threshold() == threshold


def test_the_console_script_collects_garbage_less_often(tmp_path):
    before = "import atexit, gc\natexit.register(lambda: print(gc.get_threshold()[0]))"
    done = _console(["zones", "manila", "--limit", "1"], tmp_path, before)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "50000"
