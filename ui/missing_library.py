"""Turn "Qt cannot load a system library" into what to install, instead of a traceback.

On Linux, PySide6 needs a few system libraries (glib, EGL, fontconfig, xkbcommon, the xcb
family). When one is missing, importing Qt raises ``ImportError: libglib-2.0.so.0: cannot
open shared object file``; :func:`missing_library_error` names the library and the Debian
package that provides it, from Debian's naming rule for library packages (``libfoo.so.1``
is in ``libfoo1``, ``libfoo-x11.so.0`` in ``libfoo-x11-0``) with the few exceptions the
app meets. ``packaging/system-packages.txt`` lists every package ``make run`` installs.
"""

from __future__ import annotations

import re

from planner.errors import PlannerError

_MISSING = re.compile(r"(lib[^\s/:]+?)\.so((?:\.\d+)*): cannot open shared object file")
# Libraries whose Debian package does not follow the naming rule.
_PACKAGES = {
    "libglib-2.0": "libglib2.0-0",
    "libgobject-2.0": "libglib2.0-0",
    "libgio-2.0": "libglib2.0-0",
    "libgmodule-2.0": "libglib2.0-0",
    "libgthread-2.0": "libglib2.0-0",
    "libGLdispatch": "libglvnd0",
    "libharfbuzz": "libharfbuzz0b",
}
_BUNDLED = ("libQt6", "libshiboken6", "libpyside6")


def debian_package(library: str, version: str) -> str:
    """The Debian package that ships ``library`` (without ``.so``) of soname ``version``.

    >>> debian_package("libxcb-cursor", "0"), debian_package("libxkbcommon-x11", "0")
    ('libxcb-cursor0', 'libxkbcommon-x11-0')
    >>> debian_package("libEGL", "1"), debian_package("libglib-2.0", "0")
    ('libegl1', 'libglib2.0-0')
    """
    if library in _PACKAGES:
        return _PACKAGES[library]
    name = library.lower().replace("_", "-")
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def missing_library_error(exc: ImportError) -> PlannerError | None:
    """A clear PlannerError when ``exc`` says a shared library is missing, else None.

    >>> print(missing_library_error(ImportError(
    ...     "libEGL.so.1: cannot open shared object file: No such file or directory")))
    ... # doctest: +NORMALIZE_WHITESPACE
    Qt needs the system library libEGL.so.1, which is missing: install it with
    "sudo apt-get install libegl1" (Debian, Ubuntu; in a source checkout `make run`
    installs every library the app needs)
    """
    match = _MISSING.search(str(exc))
    if match is None:
        return None
    library, suffix = match[1], match[2]
    soname = f"{library}.so{suffix}"
    if library.startswith(_BUNDLED):
        return PlannerError(
            f"PySide6 is incomplete ({soname} is missing): reinstall it with "
            '"pip install --force-reinstall PySide6-Essentials"'
        )
    package = debian_package(library, suffix.lstrip(".").split(".")[0] or "0")
    return PlannerError(
        f"Qt needs the system library {soname}, which is missing: install it with "
        f'"sudo apt-get install {package}" (Debian, Ubuntu; in a source checkout `make run` '
        "installs every library the app needs)"
    )
