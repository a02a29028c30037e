"""The ``holidays`` package, set up to import a country's module only when it is used."""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any


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
    import holidays

    if "holidays.countries" not in sys.modules:
        _install_lazy_countries()
    return holidays


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
