"""The Windows and macOS metadata, the disk image's settings and the downloads, checked here.

The Windows version resource and the macOS Info.plist are generated on any platform and
read back with the readers the builds use (PyInstaller's version-file parser, plistlib);
the dmgbuild settings run as dmgbuild runs them. The archives are made from a small stand-in
app and unpacked; the Linux one is installed with its own install-linux.sh.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import plistlib
import stat
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import planner

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load(name: str) -> ModuleType:
    # packaging/ is no package (it would shadow PyPI's "packaging"): load the script by path.
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle_metadata = load("bundle_metadata")
make_dist = load("make_dist")


@pytest.mark.parametrize("executable", ["overlap-planner", "overlap-planner-cli"])
def test_the_windows_version_resource_carries_the_package_version(
    tmp_path: Path, executable: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import PyInstaller.compat

    # PyInstaller's parser of version files imports pywin32 for what it does with a .exe
    # afterwards; reading the file needs none of it, so it runs on any platform.
    if sys.platform != "win32":
        monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)
    from PyInstaller.utils.win32.versioninfo import load_version_info_from_text_file

    path = bundle_metadata.write_version_file(
        tmp_path / "version.txt", planner.__version__, executable
    )
    info = load_version_info_from_text_file(str(path))
    numbers = bundle_metadata.release_numbers(planner.__version__)
    packed = ((numbers[0] << 16) | numbers[1], (numbers[2] << 16) | numbers[3])
    assert (info.ffi.fileVersionMS, info.ffi.fileVersionLS) == packed
    assert (info.ffi.productVersionMS, info.ffi.productVersionLS) == packed
    [string_info, var_info] = info.kids
    [table] = string_info.kids
    strings = {entry.name: entry.val for entry in table.kids}
    dotted = ".".join(str(n) for n in numbers)
    assert strings == {
        "CompanyName": "Overlap Planner",
        "FileDescription": "Overlap Planner",
        "FileVersion": dotted,
        "InternalName": executable,
        "LegalCopyright": "MIT License",
        "OriginalFilename": f"{executable}.exe",
        "ProductName": "Overlap Planner",
        "ProductVersion": dotted,
    }
    assert table.name == "040904B0"
    assert var_info.kids[0].kids == [0x0409, 1200]


def test_the_info_plist_declares_the_plan_document_type() -> None:
    info = plistlib.loads(plistlib.dumps(bundle_metadata.info_plist(planner.__version__)))
    short = ".".join(str(n) for n in bundle_metadata.release_numbers(planner.__version__)[:3])
    assert (info["CFBundleShortVersionString"], info["CFBundleVersion"]) == (short, short)
    [exported] = info["UTExportedTypeDeclarations"]
    assert exported["UTTypeIdentifier"] == bundle_metadata.PLAN_UTI
    assert exported["UTTypeTagSpecification"] == {
        "public.filename-extension": ["overlap.toml"],
        "public.mime-type": ["application/x-overlap-planner-plan"],
    }
    plans, toml = info["CFBundleDocumentTypes"]
    assert plans["LSItemContentTypes"] == [bundle_metadata.PLAN_UTI]
    assert (plans["CFBundleTypeRole"], plans["LSHandlerRank"]) == ("Editor", "Owner")
    assert (toml["CFBundleTypeExtensions"], toml["LSHandlerRank"]) == (["toml"], "Alternate")
    assert plans["CFBundleTypeIconFile"] == exported["UTTypeIconFile"] == "overlap-planner.icns"
    assert (ROOT / "resources" / "icons" / "overlap-planner.icns").is_file()
    for identifier in (bundle_metadata.BUNDLE_ID, bundle_metadata.PLAN_UTI):
        assert bundle_metadata.APPLE_ID.match(identifier), identifier


def test_the_spec_compiles() -> None:
    text = (PACKAGING / "overlap-planner.spec").read_text(encoding="utf-8")
    compile(text, "overlap-planner.spec", "exec")


# The options dmgbuild 1.6 knows (dmgbuild.core.build_dmg's defaults).
DMGBUILD_OPTIONS = {
    "filename", "volume_name", "format", "filesystem", "compression_level", "size", "files",
    "symlinks", "hide", "hide_extensions", "icon", "badge_icon", "background",
    "show_status_bar", "show_tab_view", "show_toolbar", "show_pathbar", "show_sidebar",
    "sidebar_width", "arrange_by", "grid_offset", "grid_spacing", "scroll_position",
    "show_icon_preview", "show_item_info", "label_pos", "text_size", "icon_size",
    "include_icon_view_settings", "include_list_view_settings", "list_icon_size",
    "list_text_size", "list_scroll_position", "list_sort_by", "list_use_relative_dates",
    "list_calculate_all_sizes", "list_columns", "list_column_widths",
    "list_column_sort_directions", "window_rect", "default_view", "icon_locations",
    "license", "defines",
}  # fmt: skip


def test_the_dmg_settings_as_dmgbuild_runs_them() -> None:
    app = "/build/Overlap Planner.app"
    icon = str(ROOT / "resources" / "icons" / "overlap-planner.icns")
    options: dict[str, Any] = {"defines": {"app": app, "icon": icon}}
    settings = PACKAGING / "dmg_settings.py"
    exec(compile(settings.read_text(encoding="utf-8"), str(settings), "exec"), options, options)
    chosen = {
        k for k in options if not k.startswith("__") and k not in ("os", "application", "app_name")
    }
    assert chosen <= DMGBUILD_OPTIONS
    assert options["files"] == [app]
    assert options["symlinks"] == {"Applications": "/Applications"}
    assert set(options["icon_locations"]) == {"Overlap Planner.app", "Applications"}
    assert (options["format"], options["icon"]) == ("UDZO", icon)


@pytest.fixture
def build(tmp_path: Path) -> Path:
    """PyInstaller's output folder with a stand-in app (a script that prints the version)."""
    folder = tmp_path / "build" / "overlap-planner"
    (folder / "_internal").mkdir(parents=True)
    binary = folder / "overlap-planner"
    binary.write_text(f"#!/bin/sh\necho overlap-planner {planner.__version__}\n", encoding="utf-8")
    binary.chmod(binary.stat().st_mode | stat.S_IXUSR)
    (folder / "overlap-planner.exe").write_bytes(b"MZ stand-in")
    (folder / "_internal" / "base_library.zip").write_bytes(b"PK stand-in")
    return folder.parent


def checksum_matches(path: Path) -> bool:
    digest, name = (path.parent / f"{path.name}.sha256").read_text(encoding="utf-8").split()
    return name == path.name and digest == hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_windows_zip(build: Path, tmp_path: Path) -> None:
    target = make_dist.make(build, tmp_path / "out", "windows", "x86_64")
    assert target.name == f"overlap-planner-{planner.__version__}-windows-x86_64.zip"
    assert checksum_matches(target)
    with zipfile.ZipFile(target) as archive:
        names = set(archive.namelist())
        assert archive.read("overlap-planner/overlap-planner.exe") == b"MZ stand-in"
    assert {
        "overlap-planner/",
        "overlap-planner/overlap-planner.exe",
        "overlap-planner/_internal/base_library.zip",
    } <= names


def test_the_linux_tarball_installs_with_its_own_script(build: Path, tmp_path: Path) -> None:
    target = make_dist.make(build, tmp_path / "out", "linux", "x86_64")
    top = f"overlap-planner-{planner.__version__}-linux-x86_64"
    assert target.name == f"{top}.tar.gz"
    assert checksum_matches(target)
    with tarfile.open(target) as archive:
        names = set(archive.getnames())
    assert {
        f"{top}/dist/overlap-planner/overlap-planner",
        f"{top}/packaging/install-linux.sh",
        f"{top}/packaging/overlap-planner.desktop",
        f"{top}/resources/icons/overlap-planner.svg",
        f"{top}/resources/icons/overlap-planner-48.png",
    } <= names
    if not sys.platform.startswith("linux"):
        return  # the install below is Linux's; the archive above is checked everywhere
    # Unpacked with tar, as a user does (the TarFile.extractall of Python 3.11.2, Debian 12's,
    # has no extraction filter).
    (tmp_path / "unpacked").mkdir()
    subprocess.run(["tar", "-xzf", str(target), "-C", str(tmp_path / "unpacked")], check=True)
    unpacked = tmp_path / "unpacked" / top
    prefix = tmp_path / "prefix"
    env = dict(os.environ, HOME=str(tmp_path))
    result = subprocess.run(
        ["bash", str(unpacked / "packaging" / "install-linux.sh"), "--prefix", str(prefix)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    version = subprocess.run(
        [str(prefix / "bin" / "overlap-planner")], capture_output=True, text=True, timeout=60
    )
    assert version.stdout == f"overlap-planner {planner.__version__}\n"
    assert (prefix / "share" / "applications" / "overlap-planner.desktop").is_file()


def test_downloads_are_named_for_the_machine() -> None:
    assert make_dist.version() == planner.__version__
    expected = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    assert make_dist.this_platform() == expected
    assert make_dist.ARCHES["amd64"] == make_dist.ARCHES["x86_64"] == "x86_64"
    assert make_dist.ARCHES["aarch64"] == "arm64"
