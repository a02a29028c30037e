"""The user's cache folder of Overlap Planner: holiday tables, compiled dataclass methods.

``OVERLAP_PLANNER_CACHE_DIR`` when set (an empty value turns every cache off), else the
platform's cache folder (``$XDG_CACHE_HOME`` or ``~/.cache`` on Linux,
``~/Library/Caches`` on macOS, ``%LOCALAPPDATA%`` on Windows) + ``overlap-planner``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def cache_root() -> Path | None:
    """The cache folder of Overlap Planner, or None when turned off.

    >>> import os
    >>> os.environ.get("OVERLAP_PLANNER_CACHE_DIR") is None or cache_root() is not None or True
    True
    """
    chosen = os.environ.get("OVERLAP_PLANNER_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen.strip() else None
    home = Path.home()
    if sys.platform == "darwin":
        return home / "Library" / "Caches" / "overlap-planner"
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        return Path(base) / "overlap-planner" / "Cache" if base else None
    base = os.environ.get("XDG_CACHE_HOME", "")
    return (Path(base) if base.strip() else home / ".cache") / "overlap-planner"
