"""``dataclasses`` imported with its ``inspect`` and ``copy`` loaded on first use.

On Python 3.11 ``dataclasses`` imports ``inspect`` (and with it ``ast``, ``dis``,
``tokenize`` and ``linecache``: about 5 ms of every fresh command) for a single call,
``inspect.signature`` of a class without a docstring, which none of ours is; and ``copy``
for ``asdict`` and ``astuple``, which we do not call. While ``dataclasses`` is imported,
``sys.modules`` holds a stand-in for each, which ``dataclasses`` keeps as its ``inspect``
and ``copy``; the stand-ins are taken out again right after, so any other import of these
modules loads the real ones as usual. A stand-in imports the real module when an
attribute it lacks is first read (and copies its namespace, so later reads are plain
attribute reads): whatever ``dataclasses`` asks of it, it gets from the real one.

A module already loaded is not deferred; nothing is when ``dataclasses`` is (a test
runner, a debugger).
"""

from __future__ import annotations

import importlib
import sys
import types
from importlib.machinery import ModuleSpec
from typing import Any

_DEFERRED = ("inspect", "copy")


class DeferredModule(types.ModuleType):
    """A module's stand-in that imports the real module when it is first really used."""

    def __getattr__(self, attribute: str) -> Any:
        """Load the real module and read ``attribute`` from it (an attribute this lacks).

        Read while ``dataclasses`` is being imported (an import hook, such as PySide6's,
        may look at source code then), the stand-in makes way in ``sys.modules`` for the
        real module, which every later import then gets.
        """
        name = self.__name__
        if sys.modules.get(name) is self:
            del sys.modules[name]
        real = importlib.import_module(name)
        if real is self:
            raise AttributeError(f"module {name!r} has no attribute {attribute!r}")
        vars(self).update(vars(real))
        return getattr(real, attribute)


def import_dataclasses() -> None:
    """Import ``dataclasses`` (once) with stand-ins for the ``inspect`` and ``copy`` it imports.

    >>> import_dataclasses()
    >>> import dataclasses
    >>> dataclasses.inspect.signature(lambda a: a)
    <Signature (a)>
    """
    if "dataclasses" in sys.modules:
        return
    stand_ins = {}
    for name in _DEFERRED:
        if name not in sys.modules:
            stand_in = stand_ins[name] = DeferredModule(name)
            # What an import statement reads of a module already in sys.modules (the real
            # module's own spec, found when it is loaded, replaces it).
            stand_in.__spec__ = ModuleSpec(name, None)
            stand_in.__package__ = ""
    sys.modules.update(stand_ins)
    try:
        import dataclasses  # noqa: F401 - the import is the point
    finally:
        for name, stand_in in stand_ins.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
