"""Qt without its system libraries: one clear line naming the library and the package.

The missing library is simulated: an import hook makes ``PySide6.QtCore`` fail exactly as
the dynamic loader does on a machine without glib. The package list is checked against
the libraries that PySide6's own binaries ask for (``objdump -p``: binutils).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

from ui.missing_library import debian_package

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"),
    reason="names the Debian package of a missing ELF library (objdump, apt): Linux only",
)

ROOT = Path(__file__).resolve().parents[2]
PLAN = ROOT / "resources" / "examples" / "newyork-manila-kyiv.toml"
PACKAGE_LIST = ROOT / "packaging" / "system-packages.txt"
GLIB = "libglib-2.0.so.0: cannot open shared object file: No such file or directory"
WITHOUT_GLIB = f"""
import sys
from importlib.abc import MetaPathFinder

class NoGlib(MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.startswith("PySide6.Qt"):
            raise ImportError({GLIB!r})
        return None

sys.meta_path.insert(0, NoGlib())
from ui.launcher import main
sys.exit(main(sys.argv[1:]))
"""
# The Qt libraries and plugins the app loads (the frozen app keeps these too).
QT_BINARIES = [
    "Qt/lib/libQt6Core.so.6",
    "Qt/lib/libQt6Gui.so.6",
    "Qt/lib/libQt6Widgets.so.6",
    "Qt/lib/libQt6Svg.so.6",
    "Qt/lib/libQt6PrintSupport.so.6",
    "Qt/lib/libQt6DBus.so.6",
    "Qt/lib/libQt6XcbQpa.so.6",
    "Qt/lib/libQt6WaylandClient.so.6",
    "Qt/plugins/platforms/libqxcb.so",
    "Qt/plugins/platforms/libqoffscreen.so",
    "Qt/plugins/platforms/libqwayland.so",
    "Qt/plugins/printsupport/libcupsprintersupport.so",
    "Qt/plugins/imageformats/libqsvg.so",
]
# Bundled with PySide6, or part of every Debian system (libc6, libstdc++6, zlib1g...).
NOT_LISTED = ("libQt6", "libicu", "libshiboken", "libpyside", "libpython", "ld-linux")
ESSENTIAL = {"libc", "libm", "libdl", "libpthread", "librt", "libgcc_s", "libstdc++", "libz"}
ESSENTIAL |= {"libzstd"}


@pytest.mark.parametrize(
    "args", [[str(PLAN)], ["chart", str(PLAN), "-o", "x.svg", "--date", "2027-03-01"]]
)
def test_a_missing_qt_library_names_the_package(tmp_path: Path, args: list[str]):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "DISPLAY": ":99"}
    result = subprocess.run(
        [sys.executable, "-c", WITHOUT_GLIB, *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        "overlap-planner: error: Qt needs the system library libglib-2.0.so.0, which is "
        'missing: install it with "sudo apt-get install libglib2.0-0" (Debian, Ubuntu; in a '
        "source checkout `make run` installs every library the app needs)\n"
    )
    assert not (tmp_path / "x.svg").exists()


def listed_packages(group: str) -> set[str]:
    names: set[str] = set()
    for line in PACKAGE_LIST.read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if fields and not fields[0].startswith("#") and fields[0] == group:
            names.update(fields[1].split("|"))
    return names


def test_every_library_qt_asks_for_is_in_the_run_list():
    objdump = shutil.which("objdump")
    if objdump is None:
        pytest.fail("objdump is missing: install binutils (make test does)")
    folder = Path(PySide6.__file__).parent
    needed: set[str] = set()
    for binary in QT_BINARIES:
        dump = subprocess.run(
            [objdump, "-p", str(folder / binary)], capture_output=True, text=True, check=True
        ).stdout
        needed.update(line.split()[1] for line in dump.splitlines() if "NEEDED" in line)
    system = {
        name
        for name in needed
        if not name.startswith(NOT_LISTED) and name.split(".so")[0] not in ESSENTIAL
    }
    assert {"libglib-2.0.so.0", "libEGL.so.1", "libxcb-cursor.so.0"} <= system
    packages = {
        name: debian_package(name.split(".so")[0], name.split(".so.")[1].split(".")[0])
        for name in system
    }
    assert {n: p for n, p in packages.items() if p not in listed_packages("run")} == {}
