"""JSON written as it is computed: arrays item by item, so output of any size needs no memory.

The layout is that of ``json.dumps(value, indent=2, ensure_ascii=False)`` with one change
that keeps large reports readable and small: an object or array holding only scalars (or
arrays of scalars) is written on one line, ``{"start": "2027-03-01T14:00Z", "end": ...}``.
Values may be iterators (written as arrays, one item at a time) and :class:`RawJson`
(text already encoded, for long lists rendered by a fast path).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TextIO

INDENT = "  "
# What json.dumps(text, ensure_ascii=False) gives for a string, without building an encoder.
_encode_text = json.encoder.encode_basestring
# Values whose type alone makes them scalars (the checks below find them first).
_PLAIN = frozenset({str, int, float, bool, type(None)})


class RawJson(str):
    """JSON text written as it is; its lines after the first are indented to where it goes."""

    __slots__ = ()


def _float_text(value: float) -> str:
    """What ``json.dumps`` gives for a float, without its encoder (made for every call).

    >>> _float_text(12.5), _float_text(float("nan")), _float_text(-float("inf"))
    ('12.5', 'NaN', '-Infinity')
    """
    if value != value:
        return "NaN"
    if value == _INFINITY:
        return "Infinity"
    if value == -_INFINITY:
        return "-Infinity"
    return float.__repr__(value)


_INFINITY = float("inf")


def _scalar(value: Any) -> str:
    kind = type(value)
    if kind is str:
        return _encode_text(value)
    if kind is float:
        return _float_text(value)
    if isinstance(value, str):
        return _encode_text(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is int:
        return str(value)
    return json.dumps(value)


def _is_flat(value: Any) -> bool:
    """An object or array of scalars, or of arrays of scalars: written on one line."""
    items = value.values() if isinstance(value, Mapping) else value
    for item in items:
        if type(item) in _PLAIN:
            continue
        if isinstance(item, Mapping | RawJson | Iterator):
            return False
        if isinstance(item, list | tuple) and any(
            isinstance(inner, Mapping | list | tuple) for inner in item
        ):
            return False
    return True


def _one_line(value: Any) -> str:
    if type(value) in _PLAIN:
        return _scalar(value)
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{_scalar(str(k))}: {_one_line(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_one_line(v) for v in value) + "]"
    return _scalar(value)


def encode(value: Any, level: int = 0) -> str:
    """``value`` as JSON text in this module's layout, for a place ``level`` deep.

    >>> print(encode({"a": [{"x": 1}, {"x": 2}], "b": None}))
    {
      "a": [
        {"x": 1},
        {"x": 2}
      ],
      "b": null
    }
    """
    if type(value) in _PLAIN:
        return _scalar(value)
    if isinstance(value, RawJson):
        return value.replace("\n", "\n" + INDENT * level)
    if isinstance(value, Mapping):
        if not value:
            return "{}"
        if _is_flat(value):
            return _one_line(value)
        inner = "\n" + INDENT * (level + 1)
        parts = [f"{_scalar(str(k))}: {encode(v, level + 1)}" for k, v in value.items()]
        return "{" + inner + ("," + inner).join(parts) + "\n" + INDENT * level + "}"
    if isinstance(value, list | tuple | Iterator):
        items = list(value)
        if not items:
            return "[]"
        if _is_flat(items):
            return _one_line(items)
        inner = "\n" + INDENT * (level + 1)
        parts = [encode(v, level + 1) for v in items]
        return "[" + inner + ("," + inner).join(parts) + "\n" + INDENT * level + "]"
    return _scalar(value)


def write_document(out: TextIO, document: Mapping[str, Any]) -> None:
    """Write a top-level object; values that are iterators are streamed item by item.

    >>> import io
    >>> buffer = io.StringIO()
    >>> write_document(buffer, {"items": iter([{"id": 1}, {"id": 2}]), "none": iter([])})
    >>> print(buffer.getvalue(), end="")
    {
      "items": [
        {"id": 1},
        {"id": 2}
      ],
      "none": []
    }
    """
    out.write("{")
    first = True
    for key, value in document.items():
        out.write(("\n" if first else ",\n") + INDENT + _scalar(str(key)) + ": ")
        first = False
        if isinstance(value, Iterator):
            _write_stream(out, value)
        else:
            out.write(encode(value, 1))
    out.write("\n}\n" if not first else "}\n")


def _write_stream(out: TextIO, items: Iterable[Any]) -> None:
    separator = "[\n" + INDENT * 2
    empty = True
    for item in items:
        out.write(separator + encode(item, 2))
        separator = ",\n" + INDENT * 2
        empty = False
    out.write("[]" if empty else "\n" + INDENT + "]")
