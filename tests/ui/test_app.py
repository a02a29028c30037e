"""The real console script starts the GUI on the example, paints, and quits when asked to."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).parents[2] / "resources" / "examples" / "newyork-manila-kyiv.toml"
SCRIPT = Path(sys.executable).with_name("overlap-planner")


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
