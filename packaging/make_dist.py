"""Wrap a built app into the file users download, and write its SHA-256 checksum.

    python packaging/make_dist.py BUILD OUT [--platform linux|windows|macos] [--arch ARCH]

BUILD is PyInstaller's output folder: ``overlap-planner/`` (the one-folder app) and, on
macOS, ``Overlap Planner.app``. CI passes the app the smoke tests ran
(``python -m tests.packaging.frozen_build``). OUT receives one of

- ``overlap-planner-<version>-linux-<arch>.tar.gz``: ``dist/overlap-planner/`` with
  ``packaging/install-linux.sh``, its desktop metadata and the icons, so that
  ``packaging/install-linux.sh`` in the unpacked folder installs it;
- ``overlap-planner-<version>-windows-<arch>.zip``: the ``overlap-planner`` folder with
  ``overlap-planner.exe`` (the GUI) and ``overlap-planner-cli.exe``;
- ``overlap-planner-<version>-macos-<arch>.dmg``: ``Overlap Planner.app`` and a link to
  /Applications (dmgbuild, ``packaging/dmg_settings.py``; macOS only),

and ``<file>.sha256`` beside it (``sha256sum -c`` / ``shasum -a 256 -c`` format). It
prints the file's path.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "overlap-planner"
APP_BUNDLE = "Overlap Planner.app"
LINUX_METADATA = (
    "packaging/install-linux.sh",
    "packaging/overlap-planner.desktop",
    "packaging/io.github.overlap_planner.OverlapPlanner.metainfo.xml",
    "packaging/overlap-planner-mime.xml",
)
ARCHES = {"x86_64": "x86_64", "amd64": "x86_64", "arm64": "arm64", "aarch64": "arm64"}


def version() -> str:
    """``planner.__version__``, read from the source without importing the package."""
    text = (ROOT / "planner" / "__init__.py").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise SystemExit("planner/__init__.py has no __version__")


def this_platform() -> str:
    return {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")


def this_arch() -> str:
    machine = platform.machine().lower()
    return ARCHES.get(machine, machine)


def _files(folder: Path) -> Iterator[Path]:
    """Every file, link and folder under ``folder``, sorted (archives list them stably)."""
    yield folder
    yield from sorted(folder.rglob("*"))


def linux_tarball(build: Path, target: Path) -> Path:
    top = target.name.removesuffix(".tar.gz")
    icons = sorted((ROOT / "resources" / "icons").glob(f"{NAME}*.png"))
    icons.append(ROOT / "resources" / "icons" / f"{NAME}.svg")
    with tarfile.open(target, "w:gz") as archive:
        for path in _files(build / NAME):
            relative = path.relative_to(build).as_posix()
            archive.add(path, f"{top}/dist/{relative}", recursive=False)
        for name in LINUX_METADATA:
            archive.add(ROOT / name, f"{top}/{name}")
        for icon in icons:
            archive.add(icon, f"{top}/resources/icons/{icon.name}")
    return target


def windows_zip(build: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in _files(build / NAME):
            archive.write(path, path.relative_to(build).as_posix())
    return target


def macos_dmg(build: Path, target: Path) -> Path:
    import dmgbuild  # macOS only (it drives hdiutil)

    dmgbuild.build_dmg(
        str(target),
        "Overlap Planner",
        settings_file=str(ROOT / "packaging" / "dmg_settings.py"),
        defines={
            "app": str(build / APP_BUNDLE),
            "icon": str(ROOT / "resources" / "icons" / f"{NAME}.icns"),
        },
    )
    return target


def write_checksum(path: Path) -> Path:
    """``<path>.sha256``: the digest and the file's name, as ``sha256sum`` writes them."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    checksum = path.with_name(path.name + ".sha256")
    checksum.write_text(f"{digest.hexdigest()}  {path.name}\n", encoding="utf-8", newline="\n")
    return checksum


def make(build: Path, out: Path, system: str, arch: str) -> Path:
    """The download for ``system`` from the app in ``build``, with its checksum file."""
    if not (build / NAME).is_dir():
        raise SystemExit(f"make_dist: {build} has no {NAME}/ folder: build the app first")
    out.mkdir(parents=True, exist_ok=True)
    stem = f"{NAME}-{version()}-{system}-{arch}"
    makers = {
        "linux": (linux_tarball, ".tar.gz"),
        "windows": (windows_zip, ".zip"),
        "macos": (macos_dmg, ".dmg"),
    }
    maker, suffix = makers[system]
    target = out / f"{stem}{suffix}"
    if target.exists():
        os.unlink(target)
    maker(build, target)
    write_checksum(target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("build", type=Path, help="PyInstaller's output folder")
    parser.add_argument("out", type=Path, help="where the download goes")
    parser.add_argument("--platform", choices=("linux", "windows", "macos"), default=None)
    parser.add_argument("--arch", default=None)
    args = parser.parse_args(argv)
    target = make(args.build, args.out, args.platform or this_platform(), args.arch or this_arch())
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
