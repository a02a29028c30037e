"""PySide6's look at the source of every module imported after it, spared for the app's own.

PySide6 supports ``from __feature__ import snake_case, true_property``. To know which
modules chose a feature, it reads the source of every module imported after PySide6
itself (``inspect.getsource``) and looks for "PySide6" in it: a file read for each of the
hundred and fifty modules the window's start imports, tens of milliseconds. The app chooses
no feature anywhere, so its modules are entered in PySide6's table (``__feature__``'s
``pyside_feature_dict``) as they are imported, with the answer PySide6's reading would
give for a module without one: 0 for ``ui`` (it uses PySide6, no feature), -1 for
``planner`` (it never imports Qt, ``pyproject.toml``'s import contracts). A PySide6
without that table is left to do its reading.
"""

from __future__ import annotations

import sys
from collections.abc import MutableMapping, Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType


class _Enter:
    """A ``sys.meta_path`` entry that finds nothing: it enters the app's modules as asked."""

    def __init__(self, table: MutableMapping[str, int]) -> None:
        self.table = table

    def find_spec(
        self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        """Enter ``name`` when it is one of the app's modules; the other finders find it."""
        if name.startswith("ui.") or name == "ui":
            self.table.setdefault(name, 0)
        elif name.startswith("planner.") or name == "planner":
            self.table.setdefault(name, -1)
        return None


def spare_source_scans() -> bool:
    """Enter the app's modules, from now on, as PySide6 would after reading them.

    Returns whether PySide6 has the table (False: nothing changed).
    """
    if any(isinstance(finder, _Enter) for finder in sys.meta_path):
        return True
    try:
        import __feature__  # type: ignore[import-not-found]  # PySide6's, once it is imported

        table = __feature__.pyside_feature_dict
    except (ImportError, AttributeError):
        return False
    if not isinstance(table, MutableMapping):
        return False
    enter = _Enter(table)
    for name in list(sys.modules):  # those imported already (this one's importer among them)
        enter.find_spec(name, None)
    sys.meta_path.insert(0, enter)
    return True
