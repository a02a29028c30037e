"""The frozen app's tests: the app PyInstaller built for this platform and a user's environment.

Linux has one executable for the GUI and the command line. Windows has two in the one
folder: ``overlap-planner.exe`` (windowed, no console: the GUI) and
``overlap-planner-cli.exe`` (the verbs of cli.md). macOS ships ``Overlap Planner.app``,
whose ``Contents/MacOS`` holds the same two; the tests run those, as a user would.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.packaging.frozen_build import frozen_app

NAME = "overlap-planner"
WINDOWS = sys.platform == "win32"
MACOS = sys.platform == "darwin"
TIMEOUT = 180  # seconds: a guard against a hung process, not a speed check


@dataclass(frozen=True)
class Frozen:
    """The app PyInstaller built: the one-folder app and, on macOS, the .app bundle."""

    folder: Path

    @property
    def bundle(self) -> Path:
        """``Overlap Planner.app`` (macOS)."""
        return self.folder.parent / "Overlap Planner.app"

    def _executable(self, name: str) -> Path:
        if MACOS:
            return self.bundle / "Contents" / "MacOS" / name
        return self.folder / (f"{name}.exe" if WINDOWS else name)

    @property
    def gui(self) -> Path:
        """What a double-click starts."""
        return self._executable(NAME)

    @property
    def cli(self) -> Path:
        """What a terminal runs for the verbs of cli.md."""
        return self._executable(f"{NAME}-cli" if WINDOWS or MACOS else NAME)

    @property
    def internal(self) -> Path:
        """The libraries and data beside the executables."""
        return self.folder / "_internal"


@pytest.fixture(scope="session")
def frozen() -> Frozen:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail("PyInstaller is not installed: pip install -e '.[packaging]' (make test does)")
    try:
        folder, _ = frozen_app()
    except RuntimeError as exc:
        pytest.fail(f"PyInstaller failed:\n{exc}")
    return Frozen(folder)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """A user's environment: no display, no Python or Qt settings, a fresh home."""
    clean = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "QT_", "OVERLAP_PLANNER_", "XDG_", "VIRTUAL_ENV"))
        and key not in ("DISPLAY", "WAYLAND_DISPLAY", "XAUTHORITY", "HOME")
    }
    home = tmp_path / "home"
    runtime = tmp_path / "runtime"
    home.mkdir()
    runtime.mkdir(mode=0o700)
    clean.update(HOME=str(home), OVERLAP_PLANNER_SETTINGS=str(tmp_path / "settings.ini"))
    if WINDOWS:
        for name in ("APPDATA", "LOCALAPPDATA"):
            (home / name).mkdir()
            clean[name] = str(home / name)
        clean["USERPROFILE"] = str(home)
    elif not MACOS:
        clean.update(
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local" / "share"),
            XDG_CACHE_HOME=str(home / ".cache"),
            XDG_STATE_HOME=str(home / ".local" / "state"),
            XDG_RUNTIME_DIR=str(runtime),
        )
    return clean


def run(
    command: Sequence[str | Path], env: dict[str, str], cwd: Path
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [str(part) for part in command],
        env=env,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=TIMEOUT,
    )


def source(*args: str | Path) -> list[str | Path]:
    """The same command line, run from the source tree (the console script's module)."""
    return [sys.executable, "-m", "ui.launcher", *args]


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed (Debian: packaging/system-packages.txt)")
    return found


def shown(result: subprocess.CompletedProcess[bytes]) -> str:
    return (result.stdout + result.stderr).decode(errors="replace")[-4000:]


def folder_bytes(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())
