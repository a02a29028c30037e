r"""Where the app keeps its own files on each platform: the data folder and the settings.

The data folder holds autosaves (``autosave/``), recovery copies (``recovery/``) and the
crash log. It is platformdirs' per-user data folder, not roaming on Windows (autosaves are
local work): ``%LOCALAPPDATA%\overlap-planner`` on Windows, ``~/Library/Application
Support/overlap-planner`` on macOS, ``$XDG_DATA_HOME/overlap-planner`` (by default
``~/.local/share/overlap-planner``) elsewhere. ``OVERLAP_PLANNER_DATA_DIR`` overrides it.

Settings go to QSettings' native store (``ui.settings``): the registry on Windows
(``HKEY_CURRENT_USER\Software\OverlapPlanner\Overlap Planner``), a property list on
macOS, an INI file under ``$XDG_CONFIG_HOME`` elsewhere; ``OVERLAP_PLANNER_SETTINGS``
names an INI file instead.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

APP_DIR_NAME = "overlap-planner"
DATA_DIR_VARIABLE = "OVERLAP_PLANNER_DATA_DIR"


def data_folder(platform: str = sys.platform, environ: Mapping[str, str] | None = None) -> Path:
    """The user data folder on ``platform`` (``sys.platform``'s names) for this user."""
    environ = os.environ if environ is None else environ
    override = environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override)
    from platformdirs.api import PlatformDirsABC

    kind: type[PlatformDirsABC]
    if platform == "win32":
        from platformdirs.windows import Windows as kind
    elif platform == "darwin":
        from platformdirs.macos import MacOS as kind
    else:
        from platformdirs.unix import Unix as kind
    return Path(kind(APP_DIR_NAME, appauthor=False, roaming=False).user_data_dir)
