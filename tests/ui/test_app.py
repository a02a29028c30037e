"""The real console script starts the GUI on the example, paints, and quits when asked to."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).parents[2] / "resources" / "examples" / "newyork-manila-kyiv.toml"
# Where pip put the console script: the venv's bin/ (Scripts\ on Windows, with .exe).
SCRIPT = Path(sysconfig.get_path("scripts")) / (
    "overlap-planner.exe" if sys.platform == "win32" else "overlap-planner"
)


@pytest.mark.parametrize("mode", ["window", "plan"])
def test_the_console_script_paints_the_example_and_quits(mode: str, tmp_path: Path) -> None:
    environment = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        OVERLAP_PLANNER_QUIT_AFTER_PAINT=mode,
        OVERLAP_PLANNER_DATA_DIR=str(tmp_path / "data"),
        OVERLAP_PLANNER_SETTINGS=str(tmp_path / "settings.ini"),
    )
    result = subprocess.run(
        [str(SCRIPT), str(EXAMPLE)], env=environment, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"first-paint \d+\.\d{6}\n", result.stdout)
    assert "Traceback" not in result.stderr
    # A plan opened and closed without edits leaves no autosave behind.
    assert not list((tmp_path / "data").glob("autosave/*.toml"))


def test_output_to_a_pipe_is_utf8_whatever_the_code_page(tmp_path: Path) -> None:
    """Windows writes pipes in its ANSI code page (cp1252 here), which has no Cyrillic."""
    plan = tmp_path / "Київ.toml"
    text = EXAMPLE.read_text(encoding="utf-8")
    plan.write_text(
        text.replace('title = "Acme: Manila', 'title = "Київ → Zürich: Manila', 1),
        encoding="utf-8",
    )
    environment = dict(os.environ, PYTHONIOENCODING="cp1252")
    command = [sys.executable, "-m", "ui.launcher"]
    analyzed = subprocess.run(
        [*command, "analyze", str(plan), "--from", "2025-01-06", "--to", "2025-01-12"],
        env=environment,
        capture_output=True,
        timeout=120,
    )
    assert (analyzed.returncode, analyzed.stderr) == (0, b"")
    assert analyzed.stdout.decode("utf-8").startswith(
        "Київ → Zürich: Manila support desk and Kyiv SEO agency\n"
    )
    missing = subprocess.run(
        [*command, "check", str(tmp_path / "Zürich.toml")],
        env=environment,
        capture_output=True,
        timeout=120,
    )
    assert missing.returncode == 2
    assert str(tmp_path / "Zürich.toml") in missing.stderr.decode("utf-8")


def test_the_plan_is_on_screen_without_modules_it_does_not_need(tmp_path: Path) -> None:
    """What is loaded when the plan has painted: no rule engine, hashlib or dialogs."""
    code = (
        "import sys\nimport ui.app\nseen = []\nreport = ui.app._report_and_quit\n"
        "def snapshot(app):\n    seen.extend(sys.modules)\n    report(app)\n"
        "ui.app._report_and_quit = snapshot\nfrom ui.launcher import main\n"
        "code = main(sys.argv[1:])\nprint('\\n'.join(sorted(seen)))\nsys.exit(code)"
    )
    environment = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        OVERLAP_PLANNER_QUIT_AFTER_PAINT="plan",
        OVERLAP_PLANNER_DATA_DIR=str(tmp_path / "data"),
        OVERLAP_PLANNER_SETTINGS=str(tmp_path / "settings.ini"),
        OVERLAP_PLANNER_CACHE_DIR=str(tmp_path / "cache"),
    )
    for _ in range(2):  # the first start fills the holiday cache (it loads holidays)
        result = subprocess.run(
            [sys.executable, "-c", code, str(EXAMPLE)],
            env=environment,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
    modules = set(result.stdout.splitlines()[1:])  # after the first-paint line
    assert {"planner.plan.model", "ui.chart.widget", "ui.panels.meetings_panel"} <= modules
    unneeded = {"dateutil", "six", "calendar", "hashlib", "ui.dialogs", "ui.editors"}
    unneeded |= {"ui.chart.context_menu", "ui.chart.interaction", "planner.plan.edits"}
    unneeded |= {"ui.chart.table_view", "ui.chart.export", "ui.chart.printing"}
    unneeded |= {"ui.meetings.drift_view"}
    loaded = {m for m in modules if any(m == u or m.startswith(f"{u}.") for u in unneeded)}
    assert loaded == set()


def test_pyside_reads_the_source_of_none_of_the_apps_modules(tmp_path: Path) -> None:
    """PySide6 looks for ``__feature__`` in each module's source; ui.feature_scan spares ours."""
    code = (
        "import sys\nimport ui.app\nimport __feature__\nread = []\n"
        "original = __feature__._mod_uses_pyside\n"
        "def reading(module):\n    read.append(module.__name__)\n    return original(module)\n"
        "__feature__._mod_uses_pyside = reading\nfrom ui.launcher import main\n"
        "code = main(sys.argv[1:])\ntable = __feature__.pyside_feature_dict\n"
        "print(table.get('planner.plan.model'), table.get('ui.window.main_window'))\n"
        "print('\\n'.join(read))\nsys.exit(code)"
    )
    environment = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        OVERLAP_PLANNER_QUIT_AFTER_PAINT="plan",
        OVERLAP_PLANNER_DATA_DIR=str(tmp_path / "data"),
        OVERLAP_PLANNER_SETTINGS=str(tmp_path / "settings.ini"),
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(EXAMPLE)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[1] == "-1 0"  # PySide6's own answers: planner never uses Qt, ui does
    read = lines[2:]
    assert read  # PySide6 still reads the others' (json, tomllib, ...)
    assert [n for n in read if n.split(".")[0] in ("ui", "planner")] == []
