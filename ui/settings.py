r"""What the app remembers between runs (QSettings): window, files, clock, zone, language.

One small typed wrapper so that keys and defaults live in one place; tests point it at a
temporary INI file. Without one, QSettings' native store is used (``ui.folders`` says where
it is on each platform).

Recent files are full paths in the platform's own form (``C:\Plans\acme.toml`` on
Windows). Two names of one file count as one entry: on Windows the comparison ignores case
and the kind of slash, as the file system does (``paths`` is ``ntpath`` there).
"""

from __future__ import annotations

import os
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

if TYPE_CHECKING:
    from pathlib import Path

ORGANIZATION = "OverlapPlanner"
APPLICATION = "Overlap Planner"
MAX_RECENT = 10
_MAX_ZONES = 50


class Settings:
    """Typed access to the app's QSettings."""

    def __init__(self, store: QSettings | None = None, paths: ModuleType = os.path) -> None:
        self.store = store if store is not None else QSettings(ORGANIZATION, APPLICATION)
        self._paths = paths

    @classmethod
    def at(cls, path: str | Path) -> Settings:
        """Settings kept in an INI file (tests, portable installs)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    # window
    def geometry(self) -> QByteArray | None:
        """The main window's saved geometry, if any."""
        value = self.store.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def window_state(self, mirrored: bool = False) -> QByteArray | None:
        """The docks' and toolbars' saved layout, if any (``mirrored``: of a right-to-left GUI)."""
        value = self.store.value("window/state-rtl" if mirrored else "window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window(self, geometry: QByteArray, state: QByteArray, mirrored: bool = False) -> None:
        """Remember the main window's geometry and dock layout (one per layout direction)."""
        self.store.setValue("window/geometry", geometry)
        self.store.setValue("window/state-rtl" if mirrored else "window/state", state)

    # files
    def recent_files(self) -> list[str]:
        """Recently opened or saved plans, newest first."""
        import json

        value = self.store.value("files/recent", "")
        try:
            items = json.loads(str(value)) if value else []
        except ValueError:
            return []
        return [str(i) for i in items if isinstance(i, str)][:MAX_RECENT]

    def _same_file(self, first: str, second: str) -> bool:
        paths = self._paths
        return bool(paths.normcase(paths.normpath(first)) == paths.normcase(paths.normpath(second)))

    def add_recent_file(self, path: str) -> None:
        """Put ``path`` first in the recent files and remember it as the last file."""
        import json

        full = str(self._paths.realpath(path))
        others = [p for p in self.recent_files() if not self._same_file(p, full)]
        self.store.setValue("files/recent", json.dumps([full, *others][:MAX_RECENT]))
        self.store.setValue("files/last", full)

    def remove_recent_file(self, path: str) -> None:
        """Forget a recent file (it could not be opened)."""
        import json

        items = [p for p in self.recent_files() if not self._same_file(p, path)]
        self.store.setValue("files/recent", json.dumps(items))

    def clear_recent_files(self) -> None:
        """Forget every recent file."""
        self.store.setValue("files/recent", "[]")

    def last_file(self) -> str | None:
        """The plan open when the app last closed, or None."""
        value = self.store.value("files/last", "")
        return str(value) or None

    def set_last_file(self, path: str | None) -> None:
        """Remember the plan open at close (None: an unsaved plan)."""
        self.store.setValue("files/last", path or "")

    def last_folder(self) -> str:
        """The folder of the last Open/Save dialog ("" for the default)."""
        return str(self.store.value("files/folder", "") or "")

    def set_last_folder(self, folder: str) -> None:
        """Remember the folder of the last Open/Save dialog."""
        self.store.setValue("files/folder", folder)

    def autosave_folder(self) -> str | None:
        """The folder the user chose for autosaves (None: the data folder's ``autosave``)."""
        return str(self.store.value("files/autosave", "") or "") or None

    def set_autosave_folder(self, folder: str | None) -> None:
        """Remember the folder chosen for autosaves (None: back to the default)."""
        self.store.setValue("files/autosave", folder or "")

    # view
    def clock24(self) -> bool:
        """True for a 24-hour clock (the default), False for 12-hour with am/pm."""
        return _bool(self.store.value("view/clock24", True))

    def set_clock24(self, value: bool) -> None:
        """Remember the clock format."""
        self.store.setValue("view/clock24", bool(value))

    def view(self) -> str:
        """The chart's last view: "day", "week" or "year"."""
        value = str(self.store.value("view/mode", "week"))
        return value if value in ("day", "week", "year") else "week"

    def set_view(self, value: str) -> None:
        """Remember the chart's view."""
        self.store.setValue("view/mode", value)

    def language(self) -> str:
        """The GUI's language: a code of ``ui.i18n.language.LANGUAGES``, or "system" (the default)."""
        return str(self.store.value("view/language", "system") or "system")

    def set_language(self, code: str) -> None:
        """Remember the GUI's language ("system": the system's, at each start)."""
        self.store.setValue("view/language", code)

    def high_contrast(self) -> bool:
        """True when the user forced the chart's high-contrast colours (View menu)."""
        return _bool(self.store.value("view/high_contrast", False))

    def set_high_contrast(self, value: bool) -> None:
        """Remember whether high contrast is forced."""
        self.store.setValue("view/high_contrast", bool(value))

    def drag_scope(self) -> str | None:
        """What dragging a shift's edge changes: "week", "date", or None (ask first)."""
        value = str(self.store.value("edit/drag_scope", "") or "")
        return value if value in ("week", "date") else None

    def set_drag_scope(self, value: str | None) -> None:
        """Remember what dragging a shift's edge changes (None: ask again)."""
        self.store.setValue("edit/drag_scope", value or "")

    def reference_zone(self, plan_path: str | None) -> str | None:
        """The reference zone last chosen for a plan file (None: the plan's own)."""
        return self._zones().get(plan_path or "")

    def set_reference_zone(self, plan_path: str | None, zone: str | None) -> None:
        """Remember the reference zone chosen for a plan (None forgets it)."""
        import json

        zones = self._zones()
        key = plan_path or ""
        zones.pop(key, None)
        if zone:
            zones[key] = zone
        kept = dict(list(zones.items())[-_MAX_ZONES:])
        self.store.setValue("view/zones", json.dumps(kept))

    def _zones(self) -> dict[str, str]:
        import json

        value = self.store.value("view/zones", "")
        try:
            data = json.loads(str(value)) if value else {}
        except ValueError:
            return {}
        if not isinstance(data, dict):
            return {}
        return {str(k): str(v) for k, v in data.items() if isinstance(v, str)}

    def sync(self) -> None:
        """Write pending changes to disk."""
        self.store.sync()


def _bool(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)
