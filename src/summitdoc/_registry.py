"""An ordered registry of named items, after Python-Markdown's ``util.Registry``.

Items are kept in priority order (highest first; ties keep registration order). Parsers register
their stages and block rules here, and an outlet parser adds, replaces, reorders or drops them by
name without copying the rest.

>>> reg: Registry[str] = Registry()
>>> reg.register("b", "second", 10)
>>> reg.register("a", "first", 20)
>>> list(reg)
['a', 'b']
>>> reg.deregister("first")
>>> "first" in reg, reg["second"]
(False, 'b')
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["Registry"]

T = TypeVar("T")


class Registry(Generic[T]):
    """Named items iterated in priority order (highest first)."""

    __slots__ = ("_items", "_order", "_priority", "_serial", "_sorted")

    def __init__(self) -> None:
        self._items: dict[str, T] = {}
        self._priority: dict[str, tuple[float, int]] = {}
        self._serial = 0
        self._order: list[str] = []
        self._sorted = True

    def register(self, item: T, name: str, priority: float) -> None:
        """Add ``item`` under ``name``; an item already under that name is replaced."""
        if not isinstance(name, str) or not name:
            raise ValueError("a registry name must be a non-empty string")
        if name not in self._items:
            self._order.append(name)
        self._items[name] = item
        # A decreasing serial keeps registration order among equal priorities once sorted.
        self._serial -= 1
        self._priority[name] = (priority, self._serial)
        self._sorted = False

    def deregister(self, name: str, *, strict: bool = True) -> None:
        """Remove the item under ``name`` (a missing name is a KeyError unless ``strict=False``)."""
        if name not in self._items:
            if strict:
                raise KeyError(name)
            return
        del self._items[name]
        del self._priority[name]
        self._order.remove(name)

    def priority(self, name: str) -> float:
        """The priority ``name`` was registered with."""
        return self._priority[name][0]

    def names(self) -> list[str]:
        """The registered names in priority order."""
        self._sort()
        return list(self._order)

    def copy(self) -> Registry[T]:
        """A shallow copy that can be changed without touching this registry."""
        new: Registry[T] = Registry()
        new._items = dict(self._items)
        new._priority = dict(self._priority)
        new._serial = self._serial
        new._order = list(self._order)
        new._sorted = self._sorted
        return new

    def _sort(self) -> None:
        if not self._sorted:
            self._order.sort(key=lambda n: self._priority[n], reverse=True)
            self._sorted = True

    def __iter__(self) -> Iterator[T]:
        self._sort()
        return iter([self._items[n] for n in self._order])

    def __contains__(self, name: object) -> bool:
        return name in self._items

    def __getitem__(self, name: str) -> T:
        return self._items[name]

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        self._sort()
        inner = ", ".join(f"{n!r}: {self._priority[n][0]}" for n in self._order)
        return f"Registry({{{inner}}})"
