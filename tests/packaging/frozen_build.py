"""The frozen app for the tests, built once per source tree and kept in ``build/frozen-app/``.

``python -m tests.packaging.frozen_build`` prints the folder of PyInstaller's output for
the current tree (building it when needed): CI wraps that tested app for download
(``packaging/make_dist.py``).

PyInstaller takes minutes; an unchanged tree reuses the last build. The cache key is a hash
of what goes into the app: every file under planner/, ui/ and resources/, the spec and its
entry script, the versions of the app's dependencies (all the way down) and of PyInstaller,
and the interpreter; tools that do not go into the app (pytest, ruff) do not count. A
changed key builds again and drops the older builds (each is ~170 MB). PyInstaller's own
cache of stripped libraries lives in ``build/pyinstaller-cache/``, not in the user's home.
"""

from __future__ import annotations

import hashlib
import os
import platform
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "overlap-planner.spec"
SOURCES = ("planner", "ui", "resources")
INPUTS = (SPEC, ROOT / "packaging" / "overlap_planner_entry.py")
CACHE = ROOT / "build" / "frozen-app"
PYINSTALLER_CACHE = ROOT / "build" / "pyinstaller-cache"
NAME = "overlap-planner"
BUILD_TOOLS = ("pyinstaller", "pyinstaller-hooks-contrib")


def _source_files() -> list[Path]:
    files = [
        path
        for folder in SOURCES
        for path in (ROOT / folder).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    ]
    return sorted([*files, *INPUTS])


def _requirements(distribution: metadata.Distribution) -> list[str]:
    """The names a distribution needs at run time (not those of its extras)."""
    names = []
    for text in distribution.requires or []:
        requirement = Requirement(text)
        if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
            names.append(requirement.name)
    return names


def dependency_versions() -> list[str]:
    """``name==version`` of the app's run-time dependencies, recursively, and PyInstaller's."""
    todo = [NAME, *BUILD_TOOLS]
    found: dict[str, str] = {}
    while todo:
        name = canonicalize_name(todo.pop())
        if name in found:
            continue
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            found[name] = "absent"
            continue
        found[name] = distribution.version
        todo.extend(_requirements(distribution))
    return sorted(f"{name}=={version}" for name, version in found.items())


def cache_key() -> str:
    """A hash of the sources, the spec, the dependencies' versions and the interpreter."""
    digest = hashlib.sha256()
    for path in _source_files():
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    digest.update("\n".join(dependency_versions()).encode())
    digest.update(f"{sys.version}|{sys.platform}|{platform.machine()}".encode())
    return digest.hexdigest()[:20]


def frozen_app(timeout: float = 1800) -> tuple[Path, bool]:
    """The one-folder app for the current tree, and whether it was built now.

    Its parent folder is PyInstaller's whole output (with ``Overlap Planner.app`` on macOS).

    Raises:
        RuntimeError: PyInstaller failed (its output's tail in the message).
    """
    key = cache_key()
    folder = CACHE / key / NAME
    if any((folder / f"{NAME}{suffix}").is_file() for suffix in ("", ".exe")):
        return folder, False
    CACHE.mkdir(parents=True, exist_ok=True)
    work = CACHE / f".building-{os.getpid()}"
    shutil.rmtree(work, ignore_errors=True)
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(work / "dist"), "--workpath", str(work / "work"), str(SPEC)]
    env = dict(os.environ, PYINSTALLER_CONFIG_DIR=str(PYINSTALLER_CACHE))
    try:
        result = subprocess.run(
            command, cwd=work.parent, env=env, capture_output=True, text=True, timeout=timeout
        )
        if result.returncode != 0:
            raise RuntimeError(result.stdout[-3000:] + result.stderr[-6000:])
        for old in CACHE.iterdir():  # one build at a time: each is ~170 MB
            if old.name != key and not old.name.startswith(".building-"):
                shutil.rmtree(old, ignore_errors=True)
        os.replace(work / "dist", CACHE / key)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return folder, True


if __name__ == "__main__":
    print(frozen_app()[0].parent)
