"""The user's cache folder of Overlap Planner, how a file in it is written, whose package.

The caches: holiday tables, compiled dataclass methods, solved rosters. Each names the
build of the package its files depend on by the files in that package's folder.

``OVERLAP_PLANNER_CACHE_DIR`` when set (an empty value turns every cache off), else the
platform's cache folder (``$XDG_CACHE_HOME`` or ``~/.cache`` on Linux,
``~/Library/Caches`` on macOS, ``%LOCALAPPDATA%`` on Windows) + ``overlap-planner``.
"""

from __future__ import annotations

import os
import sys

# Paths here are strings: pathlib (with urllib.parse and ipaddress, about 4 ms) is not
# imported by a command-line verb.


def cache_root() -> str | None:
    """The cache folder of Overlap Planner, or None when turned off.

    >>> import os
    >>> os.environ.get("OVERLAP_PLANNER_CACHE_DIR") is None or cache_root() is not None or True
    True
    """
    chosen = os.environ.get("OVERLAP_PLANNER_CACHE_DIR")
    if chosen is not None:
        return chosen if chosen.strip() else None
    home = os.path.expanduser("~")
    if sys.platform == "darwin":
        return os.path.join(home, "Library", "Caches", "overlap-planner")
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        return os.path.join(base, "overlap-planner", "Cache") if base else None
    base = os.environ.get("XDG_CACHE_HOME", "")
    return os.path.join(base if base.strip() else os.path.join(home, ".cache"), "overlap-planner")


def store_file(path: str, data: bytes) -> bool:
    """Write a cache file atomically (not fsynced); False when it cannot be written.

    A cache that cannot be written (a read-only home, a full disk) is skipped: every run
    computes what it would have read, as without a cache. A crash of the system may lose a
    file that did not reach the disk; readers never see half of one.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     target = os.path.join(folder, "new", "x.bin")
    ...     written = store_file(target, b"x")
    ...     with open(target, "rb") as handle:
    ...         written, handle.read(), store_file(os.path.join(target, "y"), b"y")
    (True, b'x', False)
    """
    from planner.atomic import write_atomic  # only when writing: a hit never pays its imports

    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        write_atomic(path, data, durable=False)
    except OSError:
        return False
    return True


def package_folder(name: str) -> str | None:
    """The folder of the installed package ``name``, found without importing it.

    None when it is not installed or has no folder on disk (a frozen app's archive). The
    caches name the build they depend on by the files in it.

    >>> os.path.basename(package_folder("holidays") or ""), package_folder("no_such_package")
    ('holidays', None)
    """
    import importlib.util

    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return str(next(iter(spec.submodule_search_locations)))
