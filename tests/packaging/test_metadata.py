"""The platform metadata in packaging/ and the icons in resources/icons/ (fast: no build).

The desktop entry and the AppStream file are checked by the freedesktop validators
(``desktop-file-validate``, ``appstreamcli``; .ci/run installs them): a missing tool fails.
"""

from __future__ import annotations

import configparser
import importlib.util
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QImage

import planner

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / "overlap-planner.desktop"
APP_ID = "io.github.overlap_planner.OverlapPlanner"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
MIME = PACKAGING / "overlap-planner-mime.xml"
PLAN_TYPE = "application/x-overlap-planner-plan"
ICONS = resources.files("resources.icons")


def load_make_icons():
    # packaging/ is no package (it would shadow PyPI's "packaging"): load the script by path.
    spec = importlib.util.spec_from_file_location("make_icons", PACKAGING / "make_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_icons = load_make_icons()


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed (Debian: see the apt-get line in .ci/run)")
    return found


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def decode(data: bytes) -> QImage:
    image = QImage.fromData(QByteArray(data), "PNG")
    assert not image.isNull()
    return image


FREEDESKTOP = pytest.mark.skipif(
    not sys.platform.startswith("linux"),
    reason="desktop-file-validate and appstreamcli (freedesktop.org tools) exist on Linux only",
)


@FREEDESKTOP
def test_desktop_entry_is_valid_and_opens_plans_in_the_gui():
    result = subprocess.run(
        [tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    entry = desktop_entry()
    assert entry["Exec"] == "overlap-planner gui %f"
    assert entry["MimeType"] == f"{PLAN_TYPE};"
    assert entry["Icon"] == "overlap-planner"
    # ui/app.py names the desktop file overlap-planner: Wayland matches windows by it.
    assert entry["StartupWMClass"] == "overlap-planner"
    assert DESKTOP.name == "overlap-planner.desktop"


@FREEDESKTOP
def test_metainfo_is_valid_and_carries_the_package_version():
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    # AppStream 1.0 (Ubuntu 24.04) warns without a homepage; the package names the same.
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert component.findtext("url[@type='homepage']") == project["urls"]["Homepage"]
    assert component.findtext("icon") == "overlap-planner"
    assert [m.text for m in component.iterfind("provides/mediatype")] == [PLAN_TYPE]
    releases = component.findall("releases/release")
    assert releases[0].get("version") == planner.__version__


def test_plan_type_is_toml_with_its_own_double_extension():
    namespace = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    types = ET.parse(MIME).getroot().findall("m:mime-type", namespace)
    assert [t.get("type") for t in types] == [PLAN_TYPE]
    plan_type = types[0]
    assert [g.attrib for g in plan_type.findall("m:glob", namespace)] == [
        {"pattern": "*.overlap.toml", "weight": "60"}
    ]
    assert [s.get("type") for s in plan_type.findall("m:sub-class-of", namespace)] == [
        "application/toml"
    ]


def test_icon_svg_and_every_png_size():
    svg = ICONS.joinpath("overlap-planner.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    for size in make_icons.PNG_SIZES:
        image = decode(ICONS.joinpath(f"overlap-planner-{size}.png").read_bytes())
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
        # Transparent outside the rounded tile; the tile's dark blue between its corner
        # and the clock face (x = y = 32..48 of 256); the white face left of the bars.
        assert image.pixelColor(0, 0).alpha() == 0
        assert (
            image.pixelColor(size * 5 // 32, size * 5 // 32).name(QColor.NameFormat.HexArgb)
            == "#ff1f3a4e"
        )
        assert image.pixelColor(size // 4, size // 2).name(QColor.NameFormat.HexArgb) == "#ffffffff"


def test_ico_holds_one_png_per_size():
    data = ICONS.joinpath("overlap-planner.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    for index, size in enumerate(make_icons.ICO_SIZES):
        width, height, _, _, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert (width, height, planes, bits) == (size % 256, size % 256, 1, 32)
        image = decode(data[offset : offset + length])
        assert (image.width(), image.height()) == (size, size)


def test_icns_holds_every_element_apple_asks_for():
    data = ICONS.joinpath("overlap-planner.icns").read_bytes()
    magic, total = struct.unpack_from(">4sI", data)
    assert (magic, total) == (b"icns", len(data))
    found = []
    offset = 8
    while offset < len(data):
        kind, length = struct.unpack_from(">4sI", data, offset)
        image = decode(data[offset + 8 : offset + length])
        found.append((kind, image.width(), image.height()))
        offset += length
    assert offset == len(data)
    assert found == [(kind, size, size) for kind, size in make_icons.ICNS_TYPES]
