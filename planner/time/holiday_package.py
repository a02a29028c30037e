"""The ``holidays`` package, set up to import a country's module only when it is used."""

from __future__ import annotations

import os
import sys
from types import ModuleType
from typing import Any

from planner.cache_folder import package_folder


def holidays_package() -> ModuleType:
    """The ``holidays`` package, set up to import a country's module only when it is used.

    ``holidays.countries`` imports every country (some 250 modules) the first time any
    country is looked up. Its place is taken by a module that finds each country through
    the package's registry and imports just that country's module; the package's own
    loaders (``holidays.country_holidays``) then import only the countries asked for.

    >>> from datetime import date
    >>> holidays_package().country_holidays("PH", years=2027)[date(2027, 6, 12)]
    'Independence Day'
    """
    holidays = import_holidays()
    if "holidays.countries" not in sys.modules:
        _install_lazy_countries()
    return holidays


def import_holidays() -> ModuleType:
    """``import holidays``, with its version read from its metadata file directly.

    The package states its version as ``importlib.metadata.version("holidays")``, whose
    imports (``email``, ``zipfile``, ``csv``, sockets...) take more time than the rest of
    the package. Its ``holidays.version`` module is given the same ``__version__``, the
    ``Version`` of the one ``holidays-*.dist-info/METADATA`` beside the package, read as a
    file; with any other layout the package's own module runs. The calendars, the groups
    of holidays and the date parser are imported as far as they are used
    (:func:`planner.time.holiday_imports.narrowed`).

    >>> import_holidays().__version__ == __import__("importlib.metadata").metadata.version("holidays")
    True
    """
    if "holidays" in sys.modules:
        return sys.modules["holidays"]
    if "holidays.version" not in sys.modules:
        version = _metadata_version()
        if version is not None:
            module = ModuleType("holidays.version", "The holidays package's version.")
            module.__version__ = version  # type: ignore[attr-defined]
            sys.modules["holidays.version"] = module
    folder = package_folder("holidays")
    if folder is None:
        import holidays

        return holidays
    from planner.time.holiday_imports import narrowed

    with narrowed(folder):
        import holidays
    return holidays


def _metadata_version() -> str | None:
    """The ``Version`` of the installed ``holidays`` distribution, or None when unsure."""
    package = package_folder("holidays")
    if package is None:
        return None
    folder = os.path.dirname(package)
    try:
        found = [n for n in os.listdir(folder) if n.lower().startswith("holidays-")]
    except OSError:
        return None
    infos = [n for n in found if n.endswith((".dist-info", ".egg-info"))]
    if len(infos) != 1 or not infos[0].endswith(".dist-info"):
        return None  # none, or a stale second one: importlib.metadata decides
    try:
        with open(os.path.join(folder, infos[0], "METADATA"), encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    break  # the headers end at the first empty line
                if line.startswith("Version:"):
                    return line.removeprefix("Version:").strip() or None
    except OSError:
        return None
    return None


def _install_lazy_countries() -> None:
    import importlib
    import importlib.util

    from holidays.registry import COUNTRIES

    spec = importlib.util.find_spec("holidays.countries")
    if spec is None or spec.submodule_search_locations is None:
        return
    where = {name: module for module, names in COUNTRIES.items() for name in names}
    lazy = ModuleType("holidays.countries", "Countries, each imported when it is first used.")
    lazy.__path__ = list(spec.submodule_search_locations)
    lazy.__package__ = "holidays.countries"
    lazy.__spec__ = spec
    lazy.__file__ = spec.origin

    def find(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module 'holidays.countries' has no attribute {name!r}")
        return getattr(importlib.import_module(f"holidays.countries.{module}"), name)

    lazy.__getattr__ = find  # type: ignore[method-assign]
    sys.modules["holidays.countries"] = lazy
    setattr(sys.modules["holidays"], "countries", lazy)  # noqa: B010
