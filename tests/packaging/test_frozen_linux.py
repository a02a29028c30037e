"""The frozen app on Linux: a real X server, the freedesktop install, the Linux plugin set.

Linux only (the module is skipped elsewhere, saying why): Xvfb, install-linux.sh and the
freedesktop tools (desktop-file-validate, shared-mime-info) exist there alone. Windows and
macOS builds run the platform-independent checks of ``test_frozen_app.py``.
"""

from __future__ import annotations

import re
import shlex
import shutil
import sys
from pathlib import Path

import pytest

import planner
from planner.time.tzdb import tz_version
from tests.packaging.conftest import NAME, Frozen, run, shown, tool
from tests.packaging.test_frozen_app import FIRST_PAINT, PLAN, plugin_sets

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.skipif(
        not sys.platform.startswith("linux"),
        reason="Xvfb, install-linux.sh and the freedesktop tools exist on Linux only",
    ),
]

ROOT = Path(__file__).resolve().parents[2]
INSTALL = ROOT / "packaging" / "install-linux.sh"
PLAN_TYPE = "application/x-overlap-planner-plan"


def test_linux_plugins_and_libraries(frozen: Frozen):
    plugins = plugin_sets(frozen)
    assert plugins["platformthemes"] == {"qxdgdesktopportal"}
    assert plugins["printsupport"] == {"cupsprintersupport"}
    libraries = {path.name for path in frozen.internal.rglob("*.so*")}
    unwanted = re.compile(r"libQt6(Network|Qml|Quick|Pdf|WebEngine|EglFS)|libgtk|libcairo|libpango")
    assert sorted(name for name in libraries if unwanted.match(name)) == []


def test_gui_on_an_x_server(frozen: Frozen, env: dict[str, str], tmp_path: Path):
    env.update(QT_QPA_PLATFORM="xcb", OVERLAP_PLANNER_QUIT_AFTER_PAINT="plan")
    result = run([tool("xvfb-run"), "-a", frozen.cli, "gui", PLAN], env, tmp_path)
    assert (result.returncode, result.stderr) == (0, b""), shown(result)
    assert FIRST_PAINT.fullmatch(result.stdout.decode()), shown(result)


def test_linux_install_opens_plans_on_double_click(
    frozen: Frozen, env: dict[str, str], tmp_path: Path
):
    prefix = tmp_path / "prefix"
    share = prefix / "share"
    installed = run(["bash", INSTALL, "--prefix", prefix, "--app", frozen.folder], env, tmp_path)
    assert installed.returncode == 0, shown(installed)
    desktop = share / "applications" / f"{NAME}.desktop"
    for path in (
        desktop,
        share / "metainfo" / "io.github.overlap_planner.OverlapPlanner.metainfo.xml",
        share / "mime" / "packages" / f"{NAME}.xml",
        share / "icons" / "hicolor" / "scalable" / "apps" / f"{NAME}.svg",
        share / "icons" / "hicolor" / "48x48" / "apps" / f"{NAME}.png",
    ):
        assert path.is_file(), path
    launcher = prefix / "bin" / NAME
    assert launcher.is_symlink()
    version = run([launcher, "--version"], env, tmp_path)
    assert version.stdout == f"{NAME} {planner.__version__} (tzdata {tz_version()})\n".encode()

    validated = run([tool("desktop-file-validate"), desktop], env, tmp_path)
    assert (validated.returncode, validated.stdout) == (0, b""), shown(validated)
    cache = (share / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
    assert f"{PLAN_TYPE}={NAME}.desktop;" in cache.splitlines()

    # What a file manager asks: the type of a double-clicked file, from the installed MIME data.
    query = (
        "import sys\nfrom PySide6.QtCore import QMimeDatabase\n"
        "for name in sys.argv[1:]:\n"
        "    print(QMimeDatabase().mimeTypeForFile(name, QMimeDatabase.MatchMode.MatchExtension).name())\n"
    )
    env.update(XDG_DATA_HOME=str(share), XDG_DATA_DIRS="/usr/local/share:/usr/share")
    types = run([sys.executable, "-c", query, "acme.overlap.toml", "pyproject.toml"], env, tmp_path)
    assert types.stdout.decode().splitlines() == [PLAN_TYPE, "application/toml"], shown(types)

    # ... and what it then runs: the desktop entry's Exec line with the file for %f.
    plan = tmp_path / "acme.overlap.toml"
    shutil.copyfile(PLAN, plan)
    (exec_line,) = [
        line.removeprefix("Exec=")
        for line in desktop.read_text(encoding="utf-8").splitlines()
        if line.startswith("Exec=")
    ]
    command = [str(plan) if part == "%f" else part for part in shlex.split(exec_line)]
    assert command == [str(launcher), "gui", str(plan)]
    env.update(QT_QPA_PLATFORM="offscreen", OVERLAP_PLANNER_QUIT_AFTER_PAINT="plan")
    opened = run(command, env, tmp_path)
    assert opened.returncode == 0, shown(opened)
    assert FIRST_PAINT.fullmatch(opened.stdout.decode()), shown(opened)

    removed = run(["bash", INSTALL, "--prefix", prefix, "--uninstall"], env, tmp_path)
    assert removed.returncode == 0, shown(removed)
    assert not (prefix / "lib" / NAME).exists() and not launcher.exists()
    leftovers = [p for p in prefix.rglob("*") if p.is_file() and NAME in p.name]
    assert leftovers == []
