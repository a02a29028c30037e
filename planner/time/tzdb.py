"""The one tz database every zone comes from: the newer of the bundled and the system's.

Python's :mod:`zoneinfo` reads the system's zoneinfo folders first and the ``tzdata``
package only for zones the system lacks, so two machines could answer the same plan
differently, and one run could mix two releases. :func:`database` compares the IANA
release of the ``tzdata`` package (``tzdata.IANA_VERSION``) with the system's (the first
line of ``tzdata.zi``, ``# version 2025b``, or the ``+VERSION`` file) and points zoneinfo
at the newer one alone, once, before any zone is loaded (``planner/__init__.py`` calls
it): ``zoneinfo.TZPATH`` is then that one folder (the package's own folder when the
package wins and is on disk). Every reader of zone data goes through that choice: :class:`zoneinfo.ZoneInfo`,
:func:`zone_names`, :func:`table_text` (``iso3166.tab``, ``zone.tab``) and the TZif files
that ``planner.time.tzif`` reads along ``zoneinfo.TZPATH``.

The system folders are those Python would search: ``PYTHONTZPATH`` when set (an empty
value hides the system's data), else the interpreter's configured ``TZPATH``.
"""

from __future__ import annotations

import functools
import os
import sysconfig
import zoneinfo
from collections.abc import Iterable
from dataclasses import dataclass

# CPython's default TZPATH, for interpreters that do not state theirs (a frozen app).
_DEFAULT_TZPATH = "/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo"


@dataclass(frozen=True, slots=True)
class TzDatabase:
    """The tz database in use.

    Attributes:
        version: its IANA release, such as ``"2026f"``; ``"unknown"`` when it states none.
        folder: the system zoneinfo folder, or None for the bundled ``tzdata`` package.
    """

    version: str
    folder: str | None

    @property
    def source(self) -> str:
        """Where the zones come from, for people: ``"bundled"`` or ``"system"``."""
        return "bundled" if self.folder is None else "system"


_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")


def version_key(version: str) -> tuple[int, int, str]:
    """A sort key for IANA releases: the year, then the letters (``z`` < ``za``).

    Anything else sorts before every release.

    >>> version_key("2025b") < version_key("2026a") < version_key("2026f") < version_key("2026za")
    True
    >>> version_key("unknown")
    (0, 0, '')
    """
    # What ``(\d{4})([a-z]+)`` matches, read without compiling a pattern in every command.
    text = version.strip()
    year, letters = text[:4], text[4:]
    if len(year) < 4 or not year.isdecimal() or not letters or not _LOWER.issuperset(letters):
        return (0, 0, "")
    return (int(year), len(letters), letters)


def folder_version(folder: str) -> str | None:
    """The release a zoneinfo folder holds, from ``tzdata.zi`` or ``+VERSION``; None if unstated.

    >>> folder_version("/no/such/folder") is None
    True
    """
    try:
        with open(os.path.join(folder, "tzdata.zi"), encoding="utf-8") as handle:
            first = handle.readline()
        if first.startswith("# version "):
            return first.removeprefix("# version ").strip() or None
    except OSError:
        pass
    try:
        with open(os.path.join(folder, "+VERSION"), encoding="utf-8") as handle:
            return handle.read().strip() or None
    except OSError:
        return None


def package_version() -> str | None:
    """The release of the installed ``tzdata`` package, or None without it."""
    try:
        import tzdata
    except ImportError:
        return None
    version = getattr(tzdata, "IANA_VERSION", None)
    return str(version) if version else None


@functools.cache
def bundled_zone_folder() -> str | None:
    """The ``tzdata`` package's zoneinfo folder on disk; None without one (or in an archive).

    >>> folder = bundled_zone_folder()
    >>> folder is None or os.path.isfile(os.path.join(folder, "Asia", "Kathmandu"))
    True
    """
    try:
        import tzdata
    except ImportError:
        return None
    location = getattr(tzdata, "__file__", None)
    if not location:
        return None
    package = os.path.dirname(location)
    return (
        os.path.join(package, "zoneinfo")
        if os.path.isfile(os.path.join(package, "zones"))
        else None
    )


def system_folders(environ: dict[str, str] | None = None) -> tuple[str, ...]:
    """The folders zoneinfo searches by default: ``PYTHONTZPATH``, else the configured TZPATH.

    >>> system_folders({"PYTHONTZPATH": ""})
    ()
    >>> system_folders({"PYTHONTZPATH": "/a:relative:/b"})
    ('/a', '/b')
    """
    env = os.environ if environ is None else environ
    configured = env.get("PYTHONTZPATH")
    if configured is None:
        configured = sysconfig.get_config_var("TZPATH")
        if configured is None and os.name == "posix":
            configured = _DEFAULT_TZPATH
    parts = (configured or "").split(os.pathsep)
    return tuple(part for part in parts if part and os.path.isabs(part))


def choose(folders: Iterable[str], bundled: str | None) -> TzDatabase:
    """The database to use: the first system folder holding zones if its release is newer.

    Args:
        folders: the system's zoneinfo folders, in search order.
        bundled: the ``tzdata`` package's release (None when it is not installed).

    Returns:
        The system folder when its release is strictly newer than the package's (or there
        is no package), else the package.

    >>> choose([], "2026f")
    TzDatabase(version='2026f', folder=None)
    """
    for folder in folders:
        if not os.path.isfile(os.path.join(folder, "UTC")) and not os.path.isfile(
            os.path.join(folder, "Etc", "UTC")
        ):
            continue  # no zones here: zoneinfo would look further, so do we
        found = folder_version(folder)
        if bundled is None or (found and version_key(found) > version_key(bundled)):
            return TzDatabase(found or "unknown", folder)
        break
    return TzDatabase(bundled or "unknown", None)


@functools.cache
def database() -> TzDatabase:
    """Choose the database once and point zoneinfo at it alone; later calls return the choice.

    >>> database() is database() and database().source in ("bundled", "system")
    True
    """
    chosen = choose(system_folders(), package_version())
    zoneinfo.reset_tzpath([folder] if (folder := _zone_folder(chosen)) else [])
    zoneinfo.ZoneInfo.clear_cache()
    return chosen


def _zone_folder(chosen: TzDatabase) -> str | None:
    """Where zoneinfo reads the chosen database's files: the system folder, or the package's.

    zoneinfo finds the bundled package's zones on its own (through ``importlib.resources``,
    whose imports cost a command more than its whole TZif reading); naming the package's
    folder reads the very same files directly. A package inside an archive has no folder:
    zoneinfo then reads it as before.
    """
    return chosen.folder if chosen.folder is not None else bundled_zone_folder()


def tz_version() -> str:
    """The release of the database in use, as ``--version`` and the exports state it.

    >>> tz_version() == database().version
    True
    """
    return database().version


@functools.cache
def zone_names() -> frozenset[str]:
    """Every zone name the chosen database holds (none from the other one).

    >>> "Asia/Kathmandu" in zone_names()
    True
    """
    chosen = database()
    if chosen.folder is None:
        folder = bundled_zone_folder()
        if folder is not None:  # the list the package ships, as zoneinfo would read it
            with open(os.path.join(os.path.dirname(folder), "zones"), encoding="utf-8") as listed:
                return frozenset(listed.read().split())
        return frozenset(zoneinfo.available_timezones())
    names = zoneinfo.available_timezones()
    return frozenset(name for name in names if os.path.isfile(os.path.join(chosen.folder, name)))


def table_text(name: str) -> str:
    r"""A table of the chosen database (``iso3166.tab``, ``zone.tab``, ``zone1970.tab``).

    A system folder without the table falls back to the package's copy.

    >>> "NP\tNepal" in table_text("iso3166.tab")
    True
    """
    folder = database().folder
    for chosen in (folder, bundled_zone_folder()):  # the system folder's table, else the package's
        if chosen is not None and os.path.isfile(os.path.join(chosen, name)):
            with open(os.path.join(chosen, name), encoding="utf-8") as table:
                return table.read()
    from importlib import resources

    return resources.files("tzdata").joinpath("zoneinfo", name).read_text(encoding="utf-8")
