"""The shipped place index (``resources/places/places.idx``), read a block at a time.

``packaging/build_places.py`` writes it. The first lines are a directory (ended by an
empty line); the rest are zlib-compressed blocks, section after section. A search reads the directory and the
blocks its query reaches, nothing else:

- ``main``, ``other``, ``names``, ``codes``: sorted lines ``key<TAB>value`` (folded keys:
  a city's own name, its other names, the names of countries, admin areas and zones, and
  the codes of cities and countries and ISO suffixes of admin areas),
  in blocks whose first lines the directory lists, so that an exact key or a prefix is
  found by bisection in one or two blocks.
- ``cities``: one line per city (name, other names, codes, then the name and each other
  name folded as the search compares them, or "" where that is the name in lower case),
  in blocks of :data:`ROWS_PER_BLOCK`, decompressed only for the hits.
- ``columns``: per city, population, place in name order, zone, country, admin area and
  flags as little-endian binary arrays, stored uncompressed and read in place (what
  ranking needs, without reading a name).
- ``leaders``: for each prefix of more than :data:`LEADERS_FROM` cities' names, the first
  :data:`LEADERS` of those cities in the ranking (the first keystrokes rank those); of
  the ``main`` table each with its name (and folded name), of the ``other`` table each
  with its other names (folded) that are longer than the prefix and start with it.
- ``admins``: the admin areas' lines, sorted and blocked like the key tables.
- ``countries``, ``zones``, ``weights``: small tables as text lines.

Nothing executable is loaded: text, zlib and :mod:`array` only.
"""

from __future__ import annotations

import functools
import importlib
import mmap
import os
import sys
import zlib
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from planner.errors import PlannerError
from planner.text import Text

Buffer = bytes | mmap.mmap

PACKAGE = "resources.places"
FILE = "places.idx"
FORMAT = "overlap-planner place index 3"
ROWS_PER_BLOCK = 128
LEADERS = 256  # the first cities kept for a prefix of many names (see ``leaders``)
LEADERS_FROM = 400  # ... that more cities than this have (each city a line of the table)
LEADER_SEPARATOR = "\x1f"  # between the cities of a prefix in ``leaders`` (names hold commas)
LINES_PER_BLOCK = 256
# The binary columns, in their order in the ``columns`` section: (name, array type code).
COLUMNS = (
    ("population", "I"),
    ("alpha", "I"),
    ("rank", "I"),
    ("zone", "H"),
    ("country", "H"),
    ("admin", "H"),
    ("flags", "B"),
)
_SIZES = {"I": 4, "H": 2, "B": 1}  # bytes per item (array's and memoryview's native sizes)
CAPITAL = 1  # flags: the country's capital
ZONE_CITY = 2  # flags: the city is its GeoNames zone's own city ("Manila" for Asia/Manila)
END = "\x7f"  # sorts after every character of a folded key
LAST = "\U0010ffff"  # sorts after every character


class Columns(NamedTuple):
    """The per-city arrays; entry ``i`` of each is city ``i``.

    Attributes:
        population: people.
        alpha: the city's place when every city is sorted by (folded name, number).
        rank: its place in the search's ranking (largest first, capitals and each GeoNames
            zone's own city ten times their population, then by ``alpha``).
        zone, country, admin: indexes into the directory's ``zones``, ``countries`` and
            ``admin_codes`` lists (GeoNames' zone, ISO code, first-level admin code).
        flags: :data:`CAPITAL` | :data:`ZONE_CITY`.
    """

    population: Sequence[int]
    alpha: Sequence[int]
    rank: Sequence[int]
    zone: Sequence[int]
    country: Sequence[int]
    admin: Sequence[int]
    flags: Sequence[int]


class Store:
    """The index file: its directory, and its blocks decompressed on demand."""

    def __init__(self, raw: Buffer) -> None:
        end = raw.find(b"\n\n", 0, 1 << 20)
        magic = FORMAT.encode() + b"\n"
        if raw[: len(magic)] != magic or end < 0:
            raise ValueError(f"not a {FORMAT}")
        self.directory: dict[str, Any] = decode_directory(bytes(raw[:end]))
        self._raw = raw
        self._spans: dict[str, list[tuple[int, int]]] = {}
        offset = end + 2
        for name, section in self.directory["sections"].items():
            spans = []
            for size in section["sizes"]:
                spans.append((offset, offset + size))
                offset += size
            self._spans[name] = spans
        if offset != len(raw):
            raise ValueError("the file is cut short or has trailing bytes")

    def block(self, section: str, number: int) -> bytes:
        """One block of a section, decompressed."""
        start, end = self._spans[section][number]
        if self.directory["sections"][section].get("stored"):
            return bytes(self._raw[start:end])
        return zlib.decompress(self._raw[start:end])

    def blocks(self, section: str) -> int:
        """How many blocks the section has."""
        return len(self._spans[section])

    def text(self, section: str) -> str:
        """A whole (small) section as text."""
        return "\n".join(self.block(section, n).decode() for n in range(self.blocks(section)))

    def lines(self, section: str) -> list[str]:
        """A whole section's lines."""
        return self.text(section).splitlines()

    def columns(self) -> Columns:
        """The per-city arrays, read in place (the section is stored uncompressed)."""
        (start, end), *_ = self._spans["columns"]
        data = memoryview(self._raw)[start:end]
        count = int(self.directory["cities"])
        arrays: list[Sequence[int]] = []
        offset = 0
        for _, code in COLUMNS:
            size = _SIZES[code] * count
            part = data[offset : offset + size]
            if sys.byteorder == "big":
                from array import array

                column = array(code, part.tobytes())
                column.byteswap()
                arrays.append(column)
            else:
                arrays.append(part.cast(code))  # type: ignore[call-overload]
            if len(arrays[-1]) != count:
                raise ValueError("a city column of the wrong width")
            offset += size
        if offset != len(data):
            raise ValueError("the city columns are not of the city count")
        return Columns(*arrays)

    def logical(self) -> tuple[dict[str, Any], list[bytes]]:
        """What the file says, whatever zlib compressed it: the directory, every block."""
        directory = decode_directory(encode_directory(self.directory))
        for section in directory["sections"].values():
            del section["sizes"]
        return directory, [
            self.block(name, n) for name in self._spans for n in range(self.blocks(name))
        ]


# The directory: lines of fields (FORMAT, source, city count, zones, countries, admin codes,
# then a line per section: name, stored, block sizes, first lines), ended by an empty line.
# Plain text rather than JSON: the json module costs the first search more than reading it.
_FIELD = "\x1e"
_ITEM = "\x1f"


def encode_directory(directory: dict[str, Any]) -> bytes:
    """The directory as the file's first lines (the empty line that ends it not included)."""
    lines = [FORMAT, directory["source"], str(directory["cities"])]
    lines += [_ITEM.join(directory[k]) for k in ("zones", "countries", "admin_codes")]
    for name, section in directory["sections"].items():
        fields = [
            name,
            "1" if section.get("stored") else "",
            ",".join(map(str, section.get("sizes", ()))),
            _ITEM.join(section.get("heads", ())),
        ]
        lines.append(_FIELD.join(fields))
    text = "\n".join(lines)
    if "\n\n" in text:
        raise ValueError("an empty directory line")
    return text.encode("utf-8")


def decode_directory(data: bytes) -> dict[str, Any]:
    """The directory from the file's first lines.

    >>> decode_directory(encode_directory({"source": "s", "cities": 2, "zones": ["UTC"],
    ...     "countries": ["PH"], "admin_codes": ["00"], "sections": {"main": {"sizes": [5],
    ...     "heads": ["a b"]}}}))["sections"]
    {'main': {'sizes': [5], 'heads': ['a b']}}
    """
    lines = data.decode("utf-8").split("\n")
    directory: dict[str, Any] = {"format": lines[0], "source": lines[1], "cities": int(lines[2])}
    for key, line in zip(("zones", "countries", "admin_codes"), lines[3:6], strict=True):
        directory[key] = line.split(_ITEM) if line else []
    sections: dict[str, dict[str, Any]] = {}
    for line in lines[6:]:
        name, stored, sizes, heads = line.split(_FIELD)
        section: dict[str, Any] = {"sizes": [int(s) for s in sizes.split(",") if s]}
        if heads:
            section["heads"] = heads.split(_ITEM)
        if stored:
            section["stored"] = True
        sections[name] = section
    directory["sections"] = sections
    return directory


class SortedTable:
    """A sorted section of ``key<TAB>value`` lines, bisected block by block."""

    def __init__(self, store: Store, section: str) -> None:
        self._store = store
        self.section = section
        self._heads: list[str] = store.directory["sections"][section]["heads"]
        self._cache: dict[int, tuple[str, ...]] = {}  # tuples: untracked by the collector

    def _lines(self, number: int) -> tuple[str, ...]:
        found = self._cache.get(number)
        if found is None:
            found = tuple(self._store.block(self.section, number).decode("utf-8").split("\n"))
            self._cache[number] = found
        return found

    def between(self, low: str, high: str) -> list[str]:
        """The lines ``low <= line < high``, in order."""
        found: list[str] = []
        number = max(0, bisect_right(self._heads, low) - 1)
        while number < len(self._heads) and self._heads[number] < high:
            lines = self._lines(number)
            found += lines[bisect_left(lines, low) : bisect_left(lines, high)]
            number += 1
        return found

    def few_between(self, low: str, high: str, most: int) -> bool:
        """Whether at most ``most`` lines are ``low <= line < high``, told from one block.

        False when the lines may span blocks (they are then not counted: the caller
        takes the path meant for many lines).
        """
        heads = self._heads
        if bisect_right(heads, low) != bisect_left(heads, high):
            return False  # a block starts inside the range
        return len(self.between(low, high)) <= most

    def exact(self, key: str) -> list[str]:
        """The values of ``key``."""
        return [line[len(key) + 1 :] for line in self.between(key + "\t", key + "\n")]

    def exact_many(self, keys: Iterable[str]) -> dict[str, list[str]]:
        """The values of each of many keys (only the keys found), as :meth:`exact` gives them.

        The keys are looked up in order, each in the block its bisection names, so that
        a thousand keys (every typo of a query) cost a bisection each, not a block walk.
        """
        found: dict[str, list[str]] = {}
        heads = self._heads
        number = -1
        lines: tuple[str, ...] = ()
        for key in sorted(keys):
            low = key + "\t"
            at = max(0, bisect_right(heads, low) - 1)
            if at != number:
                number, lines = at, self._lines(at)
            start = bisect_left(lines, low)
            if start < len(lines) and not lines[start].startswith(low):
                continue  # the next line of the block sorts after every line of the key
            values = self.exact(key)
            if values:
                found[key] = values
        return found

    def prefixed(self, prefix: str) -> list[tuple[str, str]]:
        """(key, value) of every key that starts with ``prefix`` (itself included)."""
        pairs: list[tuple[str, str]] = []
        for line in self.between(prefix, prefix + END):
            key, _, value = line.partition("\t")
            pairs.append((key, value))
        return pairs


def _path(name: str) -> str | None:
    """The file's path in the package's folder (None in an archive without files)."""
    location = getattr(importlib.import_module(PACKAGE), "__file__", None)
    path = os.path.join(os.path.dirname(location), name) if location else None
    return path if path is not None and os.path.isfile(path) else None


def read_resource(name: str) -> bytes:
    """A file of ``resources/places``.

    Read directly: importlib.resources costs more to import than the first search (an
    archive without files still goes through it).
    """
    path = _path(name)
    if path is not None:
        with open(path, "rb") as handle:
            return handle.read()
    from importlib import resources

    return resources.files(PACKAGE).joinpath(name).read_bytes()


def _read() -> Buffer:
    # The index is mapped: a search reads only the pages it needs.
    path = _path(FILE)
    if path is None:
        return read_resource(FILE)
    with open(path, "rb") as handle:
        return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)


@functools.cache
def store() -> Store:
    """The shipped index file, opened once.

    >>> store().directory["cities"] > 30000
    True
    """
    try:
        return Store(_read())
    except (OSError, ModuleNotFoundError, ValueError, KeyError, zlib.error) as exc:
        raise PlannerError(
            Text(
                "the place index {path} cannot be read ({reason}): reinstall Overlap Planner",
                path=f"{PACKAGE.replace('.', '/')}/{FILE}",
                reason=str(exc),
            )
        ) from exc
