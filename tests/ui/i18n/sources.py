"""The translation tool (packaging/translations.py) loaded by path: ``packaging`` is also a PyPI name."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[3]


def translations_tool() -> ModuleType:
    """packaging/translations.py as a module (loaded once)."""
    name = "overlap_planner_translations"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / "translations.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]
