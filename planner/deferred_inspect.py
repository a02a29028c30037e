"""``dataclasses`` imported with its ``inspect`` loaded on first use, not at import.

On Python 3.11 ``dataclasses`` imports ``inspect`` (and with it ``ast``, ``dis``,
``tokenize`` and ``linecache``: about 5 ms of every fresh command) for a single call,
``inspect.signature`` of a class without a docstring, which none of ours is. While
``dataclasses`` is imported, ``sys.modules`` holds a stand-in for ``inspect``, which
``dataclasses`` keeps as its ``inspect``; the stand-in is taken out again right after, so
any other ``import inspect`` loads the real module as usual. The stand-in imports the real
module when an attribute it lacks is first read (and copies its namespace, so later reads
are plain attribute reads): whatever ``dataclasses`` asks of it, it gets from the real one.

Nothing is deferred when ``inspect`` or ``dataclasses`` is already loaded (a test runner,
a debugger), nor on a Python whose ``inspect`` cannot be found as a module of its own.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from typing import Any

_NAME = "inspect"


class DeferredModule(types.ModuleType):
    """A module's stand-in that imports the real module when it is first really used."""

    def __getattr__(self, attribute: str) -> Any:
        """Load the real module and read ``attribute`` from it (an attribute this lacks)."""
        real = importlib.import_module(self.__name__)
        vars(self).update(vars(real))
        return getattr(real, attribute)


def import_dataclasses() -> None:
    """Import ``dataclasses`` (once) with a stand-in for the ``inspect`` it imports.

    >>> import_dataclasses()
    >>> import dataclasses
    >>> dataclasses.inspect.signature(lambda a: a)
    <Signature (a)>
    """
    if "dataclasses" in sys.modules or _NAME in sys.modules:
        return
    spec = importlib.util.find_spec(_NAME)
    if spec is None:
        return
    stand_in = DeferredModule(_NAME)
    stand_in.__spec__ = spec
    stand_in.__loader__ = spec.loader
    stand_in.__package__ = ""
    sys.modules[_NAME] = stand_in
    try:
        import dataclasses  # noqa: F401 - the import is the point
    finally:
        if sys.modules.get(_NAME) is stand_in:
            del sys.modules[_NAME]
