"""Compiled dataclass methods kept on disk, so a fresh process does not compile them again.

Creating a dataclass writes the source of its ``__init__``, ``__repr__``, ``__eq__``,
``__hash__``, ``__setattr__`` and ``__delattr__`` and compiles it: about 0.6 ms a class
on Python 3.11, most of what a fresh ``analyze`` pays for its 38 domain classes and the
desktop app for its 71. The compiled code depends only on that source text and the
Python version, as a module's bytecode in ``__pycache__`` does, so it is kept the same way:
``dataclass-code.<tag>.marshal`` in :func:`planner.cache_folder.cache_root`, the tag as in
``__pycache__`` (``cpython-311``).

How: ``dataclasses`` compiles each method with ``exec(source, globals, namespace)``,
calling ``exec`` by its name from its own module. :func:`install` gives that module an
``exec`` of its own, which looks the source text up and passes the builtin ``exec`` the
code compiled earlier (compiled exactly as the builtin would: no future flags of this
module); a text not found is compiled, used and kept. The file holds, per module that made
the classes, the marshal of its ``{source: code}``; a module's table is unmarshalled when
its first class is made. At exit, when something new was compiled, the file is written
again (atomically): the tables of the modules used in this run hold what they used, the
others stay as they were, so the methods of a class since changed do not pile up.

``collections.namedtuple`` (and so ``typing.NamedTuple``) makes each tuple class's
``__new__`` with ``eval`` of a lambda's text in the same way: it gets a cached ``eval``
too, its texts kept per tuple class (``namedtuple_<name>``, as its namespace names it).

Nothing is read or written when the cache is turned off (``OVERLAP_PLANNER_CACHE_DIR``
empty); nothing is written when Python is told not to write bytecode
(``PYTHONDONTWRITEBYTECODE``, ``-B``). A file that cannot be read, or holds anything but
these tables, is ignored and replaced.
"""

from __future__ import annotations

import atexit
import builtins
import collections
import dataclasses
import marshal
import os
import sys
from collections.abc import Mapping
from types import CodeType
from typing import Any

from planner.cache_folder import cache_root, store_file

_PREFIX = "dataclass-code"


def cache_file() -> str | None:
    """The file of this Python's compiled methods, or None when the cache is off.

    >>> path = cache_file()
    >>> path is None or path.endswith(f"dataclass-code.{sys.implementation.cache_tag}.marshal")
    True
    """
    root = cache_root()
    tag = sys.implementation.cache_tag
    if root is None or tag is None:
        return None
    return os.path.join(root, f"{_PREFIX}.{tag}.marshal")


class _Store:
    """The tables of one process: packed as read, unpacked on a module's first class."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.packed: dict[str, bytes] = _read_tables(path)
        self.tables: dict[str, dict[str, CodeType]] = {}
        self.used: dict[str, dict[str, CodeType]] = {}
        self.compiled = 0  # texts not found, compiled in this process

    def code(self, source: str, module: str, mode: str = "exec") -> CodeType:
        """The code of ``source`` (compiled in ``mode``), from the table of ``module`` or compiled now."""
        table = self.tables.get(module)
        if table is None:
            table = self.tables[module] = _unpack(self.packed.get(module))
        key = source if mode == "exec" else f"{mode}\0{source}"
        code = table.get(key)
        if code is None:
            # dont_inherit: compiled as exec and eval compile a text in dataclasses and
            # collections, whose modules have no __future__ imports (this one has).
            code = table[key] = compile(source, "<string>", mode, dont_inherit=True)
            self.compiled += 1
        self.used.setdefault(module, {})[key] = code
        return code

    def save(self) -> None:
        """Write the file again when something new was compiled (and writing is allowed)."""
        if not self.compiled or self.path is None or sys.dont_write_bytecode:
            return
        packed = _read_tables(self.path)  # another process may have added its modules
        for module, table in self.used.items():
            packed[module] = marshal.dumps(table)
        store_file(self.path, marshal.dumps(packed))
        self.compiled = 0


_store: _Store | None = None


def install() -> None:
    """Give ``dataclasses`` the cached ``exec``; does nothing when the cache is off.

    >>> install()
    >>> uninstall()
    >>> "exec" in vars(dataclasses), "eval" in vars(collections)
    (False, False)
    """
    global _store
    path = cache_file()
    if path is None or _store is not None:
        return
    _store = _Store(path)
    vars(dataclasses)["exec"] = _exec
    vars(collections)["eval"] = _eval
    atexit.register(_save)


def uninstall() -> None:
    """Take the cached ``exec`` away again and write what is new (for tests)."""
    global _store
    vars(dataclasses).pop("exec", None)
    vars(collections).pop("eval", None)
    if _store is not None:
        _store.save()
    _store = None
    atexit.unregister(_save)


def _cached(source: str | CodeType, globals: dict[str, Any] | None, mode: str) -> str | CodeType:
    """``source`` compiled in ``mode`` from the store, or ``source`` itself without one."""
    store = _store
    if store is not None and type(source) is str and globals is not None:
        module = globals.get("__name__")
        return store.code(source, module if isinstance(module, str) else "", mode)
    return source


def _exec(
    source: str | CodeType,
    globals: dict[str, Any] | None = None,
    locals: Mapping[str, object] | None = None,
) -> None:
    builtins.exec(_cached(source, globals, "exec"), globals, locals)


def _eval(
    source: str | CodeType,
    globals: dict[str, Any] | None = None,
    locals: Mapping[str, object] | None = None,
) -> Any:
    return builtins.eval(_cached(source, globals, "eval"), globals, locals)


def _save() -> None:
    if _store is not None:
        _store.save()


def _read_tables(path: str | None) -> dict[str, bytes]:
    """``{module: marshalled {source: code}}`` from ``path``; empty when missing or damaged."""
    if path is None:
        return {}
    try:
        with open(path, "rb") as handle:
            tables = marshal.loads(handle.read())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if not isinstance(tables, dict):
        return {}
    return {
        module: packed
        for module, packed in tables.items()
        if isinstance(module, str) and isinstance(packed, bytes)
    }


def _unpack(packed: bytes | None) -> dict[str, CodeType]:
    if packed is None:
        return {}
    try:
        table = marshal.loads(packed)
    except (ValueError, EOFError, TypeError):
        return {}
    if not isinstance(table, dict):
        return {}
    return {
        source: code
        for source, code in table.items()
        if isinstance(source, str) and isinstance(code, CodeType)
    }
