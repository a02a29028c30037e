"""A sequence whose items are made when first read: a day block's rows and overlap rows."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator, Sequence
from typing import Generic, TypeVar, overload

T = TypeVar("T")


class LazyRows(Sequence[T], Generic[T]):
    """``count`` items, item ``i`` made by ``make(i)`` when first read and then kept.

    ``keys`` names each item without making it (a row's team id, an overlap row's pair).
    It equals (and hashes as) the tuple of its items, so a block made lazily compares with
    one made whole.

    >>> made = []
    >>> rows = LazyRows(3, lambda i: made.append(i) or i * 10, ("a", "b", "c"))
    >>> rows[2], rows[-1], made, len(rows), rows.keys
    (20, 20, [2], 3, ('a', 'b', 'c'))
    >>> rows == (0, 10, 20), list(rows[1:]), made, rows.index_of("b")
    (True, [10, 20], [2, 0, 1], 1)
    """

    __slots__ = ("_index", "_made", "_make", "keys")

    def __init__(self, count: int, make: Callable[[int], T], keys: tuple[Hashable, ...]) -> None:
        """``count`` items made by ``make``; ``keys``: one per item."""
        assert len(keys) == count
        self._made: list[T | None] = [None] * count
        self._make = make
        self.keys = keys
        self._index: dict[Hashable, int] | None = None

    def __len__(self) -> int:
        return len(self._made)

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[T, ...]: ...
    def __getitem__(self, index: int | slice) -> T | tuple[T, ...]:
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self._made))))
        made = self._made
        if index < 0:
            index += len(made)
        if not 0 <= index < len(made):
            raise IndexError(index)
        found = made[index]
        if found is None:
            found = made[index] = self._make(index)
        return found

    def __iter__(self) -> Iterator[T]:
        for index in range(len(self._made)):
            yield self[index]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (LazyRows, tuple, list)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return repr(tuple(self))

    def carry(self, other: LazyRows[T], keep: Callable[[Hashable], bool]) -> None:
        """Take the items ``other`` (with the same keys) has made whose key ``keep`` accepts.

        >>> rows = LazyRows(2, lambda i: i * 10, ("a", "b"))
        >>> rows[0], rows[1]
        (0, 10)
        >>> again = LazyRows(2, lambda i: -1 - i, ("a", "b"))
        >>> again.carry(rows, lambda key: key == "b")
        >>> again[0], again[1]
        (-1, 10)
        """
        assert other.keys == self.keys
        made = self._made
        for index, (item, key) in enumerate(zip(other._made, self.keys, strict=True)):
            if item is not None and made[index] is None and keep(key):
                made[index] = item

    def made(self) -> list[T | None]:
        """The items made so far, None for the others (a list of its own; nothing is made).

        >>> rows = LazyRows(2, lambda i: i * 10, ("a", "b"))
        >>> rows[1], rows.made()
        (10, [None, 10])
        """
        return list(self._made)

    def index_of(self, key: Hashable) -> int:
        """The index of the (first) item named ``key``; ValueError when none is."""
        index = self._index
        if index is None:
            index = self._index = {}
            for position, each in enumerate(self.keys):
                index.setdefault(each, position)
        try:
            return index[key]
        except KeyError:
            raise ValueError(key) from None
