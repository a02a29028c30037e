"""Starting the GUI without a screen is a clear error, not a Qt abort."""

import os
import subprocess
import sys
from importlib import resources

import pytest

from planner.errors import PlannerError
from ui.app import require_display

EXAMPLE = str(resources.files("resources.examples").joinpath("sydney-kathmandu.toml"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland are Linux facts")
def test_no_display_is_refused_with_a_message():
    with pytest.raises(
        PlannerError, match="needs a screen, and neither DISPLAY nor WAYLAND_DISPLAY"
    ):
        require_display({})
    require_display({"DISPLAY": ":0"})
    require_display({"QT_QPA_PLATFORM": "offscreen"})


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland are Linux facts")
def test_console_script_without_a_display_exits_2():
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    done = subprocess.run(
        [sys.executable, "-m", "ui.launcher", EXAMPLE],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.startswith("overlap-planner: error: the desktop app needs a screen")
