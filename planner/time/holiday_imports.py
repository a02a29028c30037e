"""Importing the ``holidays`` package as far as a plan's countries use it.

``import holidays`` runs ``holidays/calendars/__init__.py``, which imports every calendar
(Hindu, Islamic, Chinese, Hebrew...), and its ``holiday_base`` imports ``dateutil.parser``
(with ``six`` and ``decimal``); each country's module then imports
``holidays/groups/__init__.py``, every group of holidays. Those two ``__init__`` files
only re-export names of their submodules (``from holidays.calendars.hindu import
_HinduLunisolar``), and the parser reads a date written as text, which no caller of ours
passes. :func:`narrowed` stands in for them while the package is imported:

- ``holidays.calendars`` and ``holidays.groups`` become packages that import the
  submodule defining a name when the name is first asked for (the same objects, from the
  same modules), so the Philippines load the Christian, Islamic and Chinese groups and
  calendars they use, and no other;
- ``holidays.holiday_base`` gets a ``parse`` that imports ``dateutil.parser`` on its first
  call, and passes the call on to it.

An ``__init__`` that holds anything but such imports (another release of the package)
is imported as it is. The tables are the package's own: ``tests/planner/time/
test_holiday_imports.py`` holds every country's holidays to those of the package
imported whole.
"""

from __future__ import annotations

import importlib
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.machinery import ModuleSpec
from types import ModuleType
from typing import Any

# `from holidays.calendars.hindu import _CustomHinduHolidays, _HinduLunisolar`, the names
# also in parentheses over several lines; comments and blank lines between them.
_IMPORT = re.compile(r"^from (holidays(?:\.\w+){2}) import (\([^)]*\)|[^\n(]+)$", re.MULTILINE)
_NOTHING_ELSE = re.compile(r"(?:#[^\n]*|\s)*")
_RE_EXPORTING = ("calendars", "groups")
_PARSER = "dateutil.parser"


@contextmanager
def narrowed(package_folder: str) -> Iterator[None]:
    """While ``holidays`` is imported: its re-exporting packages lazy, the date parser too.

    Args:
        package_folder: the folder of the (not yet imported) ``holidays`` package.

    Afterwards the lazy packages stay (``holidays.calendars`` is one, whoever imports it
    later), and ``dateutil.parser`` is an ordinary module again for everyone else.

    >>> with narrowed("/no/such/folder"):
    ...     pass
    """
    installed = [
        name
        for name in _RE_EXPORTING
        if _install_lazy_package(f"holidays.{name}", os.path.join(package_folder, name))
    ]
    parser = None
    if _PARSER not in sys.modules:
        parser = ModuleType(_PARSER, "dateutil.parser, imported when a date text is parsed.")
        parser.parse = _parse  # type: ignore[attr-defined]
        sys.modules[_PARSER] = parser
    try:
        yield
    except BaseException:
        for name in installed:
            sys.modules.pop(f"holidays.{name}", None)
        raise
    finally:
        if parser is not None and sys.modules.get(_PARSER) is parser:
            del sys.modules[_PARSER]
    holidays = sys.modules.get("holidays")
    for name in installed:
        if holidays is not None:
            setattr(holidays, name, sys.modules[f"holidays.{name}"])


def _parse(*args: Any, **kwargs: Any) -> Any:
    """``dateutil.parser.parse``, imported on the first call."""
    return importlib.import_module(_PARSER).parse(*args, **kwargs)


def re_exports(text: str) -> dict[str, str] | None:
    r"""Each name an ``__init__.py`` re-exports -> the module it comes from, or None.

    None when the file holds anything but ``from holidays.x.y import ...`` lines and
    comments.

    >>> re_exports("# c\nfrom holidays.groups.thai import ThaiCalendarHolidays\n")
    {'ThaiCalendarHolidays': 'holidays.groups.thai'}
    >>> re_exports("from holidays.calendars.thai import (\n    KHMER_CALENDAR,\n    THAI_CALENDAR,\n)\n")
    {'KHMER_CALENDAR': 'holidays.calendars.thai', 'THAI_CALENDAR': 'holidays.calendars.thai'}
    >>> re_exports("from holidays.groups.thai import Thai\nX = 1\n") is None
    True
    """
    names: dict[str, str] = {}
    for found in _IMPORT.finditer(text):
        for name in found.group(2).strip("()").split(","):
            name = name.strip()
            if not name.isidentifier():
                if name:
                    return None  # `import a as b` or anything else unusual
                continue
            names[name] = found.group(1)
    if not names or not _NOTHING_ELSE.fullmatch(_IMPORT.sub("", text)):
        return None
    return names


def _install_lazy_package(name: str, folder: str) -> bool:
    """Put a lazy ``name`` in ``sys.modules`` when its ``__init__.py`` only re-exports."""
    if name in sys.modules:
        return False
    init = os.path.join(folder, "__init__.py")
    try:
        with open(init, encoding="utf-8") as handle:
            names = re_exports(handle.read())
    except (OSError, UnicodeDecodeError):
        return False
    if names is None:
        return False
    package = ModuleType(name, f"{name}: each name imported from its module when first used.")
    package.__path__ = [folder]
    package.__file__ = init
    package.__package__ = name
    package.__spec__ = ModuleSpec(name, None, origin=init, is_package=True)
    package.__spec__.submodule_search_locations = [folder]

    def find(attribute: str) -> Any:
        module = names.get(attribute)
        if module is None:
            if os.path.exists(os.path.join(folder, attribute + ".py")):
                return importlib.import_module(f"{name}.{attribute}")
            raise AttributeError(f"module {name!r} has no attribute {attribute!r}")
        value = getattr(importlib.import_module(module), attribute)
        setattr(package, attribute, value)
        return value

    package.__getattr__ = find  # type: ignore[method-assign]
    sys.modules[name] = package
    return True
