r"""File names written inside a plan (e.g. a CSV beside it), the same on every platform.

A plan travels between Windows, macOS and Linux, so a path in it may be written with
either separator. :func:`resolve_plan_path` reads one: relative paths (``contacts.csv``,
``data/contacts.csv``, ``data\contacts.csv``) are relative to the plan's folder; absolute
ones are taken as they are where they can be (``C:\data\x.csv`` and ``\\server\share\x.csv``
on Windows, ``/srv/x.csv`` elsewhere). A Windows path on macOS or Linux cannot name a file
there: that is a PlannerError saying to write it relative to the plan.
:func:`plan_relative_text` writes one back portably, with ``/``.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

from planner.errors import PlannerError
from planner.text import Text


def resolve_plan_path(text: str, folder: Path | None) -> Path:
    r"""The file that ``text``, written in a plan in ``folder``, names on this computer.

    ``folder`` is None for a plan never saved: paths are then relative to the current
    folder. See :func:`plan_path` for the rules and the errors.

    >>> found = resolve_plan_path("data\\contacts.csv", Path("plans"))
    >>> found == Path("plans", "data", "contacts.csv")
    True
    """
    return Path(plan_path(text, Path.cwd() if folder is None else folder, windows=os.name == "nt"))


def plan_path(text: str, folder: PurePath, *, windows: bool) -> PurePath:
    r"""The path ``text`` names for a plan in ``folder``, read as Windows or POSIX systems do.

    Raises:
        PlannerError: the path is empty, names a drive without a folder, or is a Windows
            path (drive letter, UNC share) read on another platform.

    >>> plan_path("data\\contacts.csv", PurePosixPath("/plans"), windows=False)
    PurePosixPath('/plans/data/contacts.csv')
    >>> plan_path("data/contacts.csv", PureWindowsPath("C:/plans"), windows=True)
    PureWindowsPath('C:/plans/data/contacts.csv')
    >>> plan_path("D:\\shared\\contacts.csv", PureWindowsPath("C:/plans"), windows=True)
    PureWindowsPath('D:/shared/contacts.csv')
    """
    written = text.strip()
    if not written:
        raise PlannerError(
            Text("the path is empty: name a file, e.g. contacts.csv beside the plan")
        )
    as_windows = PureWindowsPath(written)
    if as_windows.drive and not as_windows.root:
        raise PlannerError(
            Text(
                '"{written}" names a drive without a folder: write "{drive}\\folder\\file" or a path relative to the plan',
                written=written,
                drive=as_windows.drive,
            )
        )
    if not windows and as_windows.drive:
        raise PlannerError(
            Text(
                '"{written}" is a Windows path ({drive}), which does not exist on this computer: write the path relative to the plan\'s folder, e.g. contacts.csv',
                written=written,
                drive=as_windows.drive,
            )
        )
    if windows:
        return PureWindowsPath(folder, as_windows)
    return PurePosixPath(folder, written.replace("\\", "/"))


def plan_relative_text(target: Path, folder: Path | None) -> str:
    r"""How to write ``target`` in a plan in ``folder``: with ``/``, relative when beside it.

    A file in the plan's folder or below is written relative to the plan; any other (or
    any, for a plan never saved: ``folder`` None) keeps its full path
    (``C:/data/contacts.csv`` on Windows, which Windows reads back as well).

    >>> plan_relative_text(Path("/plans/data/contacts.csv"), Path("/plans"))
    'data/contacts.csv'
    >>> plan_relative_text(Path("/srv/contacts.csv"), Path("/plans"))
    '/srv/contacts.csv'
    """
    if folder is not None:
        try:
            relative = target.relative_to(folder)
        except ValueError:
            pass
        else:
            return relative.as_posix()
    return target.as_posix()
