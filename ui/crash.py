"""The last line of defence: an unexpected exception gets a crash dialog and a recovery copy.

``ui/`` catches only PlannerError for user messages; everything else reaches
:class:`CrashHandler` (installed as ``sys.excepthook``, which PySide calls for exceptions
raised in slots and event handlers). It writes the open plan to a recovery file, logs the
traceback, and asks whether to continue or quit.
"""

from __future__ import annotations

import contextlib
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Protocol


class CrashDialogs(Protocol):
    """The one dialog the handler needs (``ui.dialogs.Dialogs`` provides it)."""

    def crash(self, summary: str, details: str, recovery: str | None) -> bool:
        """Show the error; True when the user chose to quit."""
        ...


Snapshot = Callable[[], tuple[str, str] | None]
"""Returns (display name, plan text) of the open plan, or None when there is none."""


def write_recovery_copy(folder: Path, name: str, text: str, now: datetime) -> Path:
    """Write ``text`` to ``folder/<name stem>-<timestamp>.toml`` and return the path."""
    from planner.atomic import write_atomic

    folder.mkdir(parents=True, exist_ok=True)
    stem = Path(name).stem or "plan"
    target = folder / f"{stem}-recovered-{now:%Y%m%d-%H%M%S}.toml"
    number = 2
    while target.exists():
        target = folder / f"{stem}-recovered-{now:%Y%m%d-%H%M%S}-{number}.toml"
        number += 1
    write_atomic(target, text.encode("utf-8"))
    return target


class CrashHandler:
    """Turns an uncaught exception into a recovery file and a crash dialog."""

    def __init__(
        self,
        folder: Path | Callable[[], Path],
        dialogs: Callable[[], CrashDialogs],
        snapshot: Snapshot,
        quit_app: Callable[[], None],
        before: Callable[[], None] | None = None,
    ) -> None:
        """Set up the handler.

        Args:
            folder: the user data folder (or a function giving it, asked when needed);
                recovery copies go to ``folder/recovery``.
            dialogs: gives the dialog service to show the crash with.
            snapshot: gives the open plan's name and text.
            quit_app: ends the app when the user chooses to quit.
            before: run first (e.g. a last autosave); its own errors are ignored.
        """
        self._folder = folder
        self._dialogs = dialogs
        self._snapshot = snapshot
        self._quit = quit_app
        self._before = before
        self._handling = False
        self.last_recovery: Path | None = None
        self._previous_hook = sys.excepthook

    @property
    def folder(self) -> Path:
        """The user data folder."""
        return self._folder if isinstance(self._folder, Path) else self._folder()

    def install(self) -> None:
        """Become ``sys.excepthook``."""
        self._previous_hook = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        """Give ``sys.excepthook`` back."""
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous_hook

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        """Deal with one uncaught exception."""
        if issubclass(kind, KeyboardInterrupt):
            self._previous_hook(kind, error, trace)
            return
        details = "".join(traceback.format_exception(kind, error, trace))
        sys.stderr.write(details)
        if self._handling:
            return  # an error while reporting an error: stderr is all we can trust
        self._handling = True
        try:
            if self._before is not None:
                with contextlib.suppress(Exception):
                    self._before()
            recovery = self._write_recovery()
            self._log(details)
            summary = f"{kind.__name__}: {error}"
            if self._dialogs().crash(summary, details, str(recovery) if recovery else None):
                self._quit()
        finally:
            self._handling = False

    def _write_recovery(self) -> Path | None:
        try:
            snapshot = self._snapshot()
            if snapshot is None:
                return None
            name, text = snapshot
            self.last_recovery = write_recovery_copy(
                self.folder / "recovery", name, text, datetime.now().astimezone()
            )
        except Exception as exc:  # the plan itself may be what is broken
            sys.stderr.write(f"could not write a recovery copy: {exc!r}\n")
            return None
        return self.last_recovery

    def _log(self, details: str) -> None:
        with contextlib.suppress(OSError):
            self.folder.mkdir(parents=True, exist_ok=True)
            stamp = datetime.now().astimezone().isoformat(timespec="seconds")
            with (self.folder / "crash.log").open("a", encoding="utf-8") as log:
                log.write(f"--- {stamp}\n{details}\n")
