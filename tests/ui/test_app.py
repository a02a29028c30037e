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
