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

From Python 3.12 on, ``dataclasses`` reads every class's own annotations with
``inspect.get_annotations(cls)``. The stand-in for ``inspect`` answers that call itself,
for a class and without options, as ``inspect`` does (the class's own ``__annotations__``
as a new dict: :func:`class_annotations`); any other call goes to the real module.

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


def class_annotations(obj: Any, **options: Any) -> dict[str, Any]:
    """``inspect.get_annotations(obj)`` for a class without options; else the real one's.

    For a class, ``inspect.get_annotations`` returns a new dict of the class's own
    ``__annotations__`` (none: empty; not a dict: ValueError), leaving strings as they
    are unless ``eval_str``: the same steps, without importing ``inspect``.

    >>> class Shift:
    ...     start: int
    >>> class Night(Shift):
    ...     pass
    >>> class_annotations(Shift) == vars(Shift)["__annotations__"], class_annotations(Night)
    (True, {})
    """
    if options or not isinstance(obj, type):
        return importlib.import_module("inspect").get_annotations(obj, **options)  # type: ignore[no-any-return]
    namespace = getattr(obj, "__dict__", None)
    annotations = None
    if namespace and hasattr(namespace, "get"):
        annotations = namespace.get("__annotations__", None)
        if isinstance(annotations, types.GetSetDescriptorType):
            annotations = None
    if annotations is None:
        return {}
    if not isinstance(annotations, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    return dict(annotations)


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
    if "inspect" in stand_ins:
        stand_ins["inspect"].get_annotations = class_annotations  # type: ignore[attr-defined]
    sys.modules.update(stand_ins)
    try:
        import dataclasses  # noqa: F401 - the import is the point
    finally:
        for name, stand_in in stand_ins.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]


def _message(message: str) -> str:
    return message


def _plural(singular: str, plural: str, count: int) -> str:
    return singular if count == 1 else plural


def import_argparse() -> None:
    """Import ``argparse`` (once) with its messages in English, without ``gettext``.

    ``argparse`` reads ``gettext`` and ``ngettext`` from ``gettext`` for its own messages
    (usage, errors, help headings), and ``gettext`` brings ``locale`` and compiles a
    pattern: about 2.5 ms of every fresh command. The command line speaks English whatever
    the machine's language (its own messages are English; an argparse message translated
    by a catalogue the system happens to hold would be the only one that is not), so
    ``argparse`` gets a stand-in whose two functions return the English text, as
    ``gettext`` does when it finds no catalogue. The stand-in is taken out of
    ``sys.modules`` right after: any other import of ``gettext`` loads the real one. Nothing
    is replaced when ``gettext`` or ``argparse`` is already loaded.

    >>> import_argparse()
    >>> import argparse
    >>> argparse.ngettext("expected %s argument", "expected %s arguments", 2)
    'expected %s arguments'
    """
    if "argparse" in sys.modules or "gettext" in sys.modules:
        return
    stand_in = types.ModuleType("gettext")
    stand_in.__spec__ = ModuleSpec("gettext", None)
    stand_in.gettext = _message  # type: ignore[attr-defined]
    stand_in.ngettext = _plural  # type: ignore[attr-defined]
    sys.modules["gettext"] = stand_in
    try:
        import argparse  # noqa: F401 - the import is the point
    finally:
        if sys.modules.get("gettext") is stand_in:
            del sys.modules["gettext"]
