"""The towns of a comparison, kept in memory up to a few thousand and on disk past that, in sorted order.

`compare` keeps each town as its worker made it (a row of the matrix, a record of the JSON document:
dxcheck.model.town.Shaped) until every town is audited, because the report is sorted. The whole
country (1,741 municipalities) stays in memory, as it always did: `IN_MEMORY` towns. Past that, every
town is written, packed (`Packed.pack`: tuples of text and numbers, no objects), to a temporary file
that has no name (`tempfile.TemporaryFile`: nothing else can open, read or replace it, and it is gone
when the process ends, however it ends), and read back one at a time whenever the report goes over
the towns. What stays in memory is what sorts them, a few hundred bytes a town while they arrive and
8 bytes a town once sorted, so compare's own memory no longer grows with the towns' verdicts
(issue 25, row 14: 20,000 plans held 2.4 GB). The entries are `marshal` data that this process
wrote: marshal reads only plain values (it cannot build an object of a class, let alone run code),
and the file is not a cache — no other run ever reads it.
"""

from __future__ import annotations

import marshal
import os
import tempfile
from array import array
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any, Generic, Protocol, TypeVar, overload

# The whole country (1,741 municipalities) and some: kept as they are, read over at no cost.
IN_MEMORY = 2048


class SpillFailed(Exception):
    """The temporary file could not be written (a full disk, TMPDIR not writable): the OS's words."""


class Packed(Protocol):
    def pack(self) -> tuple[Any, ...]:
        """The town as plain values (marshal's: str, int, float, None, bool, tuple, list, dict)."""
        ...


T = TypeVar("T", bound=Packed)


class Towns(Sequence[T], Generic[T]):
    """Towns added one at a time (`add`), then put in order once (`sort`); read as a sequence, in that order.

    `unpack` makes a town of what its `pack` gave; `restore` then puts back what towns share and
    `pack` left out (an edition's items, kept once by the caller)."""

    def __init__(
        self,
        unpack: Callable[[tuple[Any, ...]], T],
        restore: Callable[[T], None] = lambda town: None,
        *,
        in_memory: int | None = None,
    ) -> None:
        self._unpack, self._restore = unpack, restore
        self._limit = IN_MEMORY if in_memory is None else in_memory
        self._kept: list[T] = []
        self._file: IO[bytes] | None = None
        self._ends = array("q")  # where each town's entry ends in the file (the next one's start)
        self._count = 0
        self._keys: list[tuple[Any, int]] | None = []
        self._order: array[int] | None = None

    def add(self, town: T, key: Callable[[T], Any]) -> None:
        """Keep `town`, and its sort key (`key(town)`) until `sort`."""
        assert self._keys is not None, "towns are added before they are sorted"
        self._keys.append((key(town), self._count))
        self._count += 1
        if self._file is None and len(self._kept) < self._limit:
            self._kept.append(town)
            return
        try:
            if self._file is None:  # past the limit: every town so far to the file, and from now on
                self._file = tempfile.TemporaryFile(buffering=0)  # noqa: SIM115  # open until `close`, read many times
                for kept in self._kept:
                    self._write(kept)
                self._kept = []
            self._write(town)
        except OSError as exc:
            raise SpillFailed(exc.strerror or str(exc)) from exc

    def _write(self, town: T) -> None:
        assert self._file is not None
        data = memoryview(marshal.dumps(town.pack()))
        at = self._ends[-1] if self._ends else 0
        self._ends.append(at + len(data))
        while data:  # a write may take less than it is given
            written = os.pwrite(self._file.fileno(), data, at)
            data, at = data[written:], at + written

    def sort(self) -> None:
        """The towns in the order of their keys (ties: the order they were added in)."""
        assert self._keys is not None, "towns are sorted once"
        self._keys.sort()
        self._order = array("q", (index for _, index in self._keys))
        self._keys = None

    @property
    def spilled(self) -> bool:
        """Whether the towns are on disk (more than IN_MEMORY of them)."""
        return self._file is not None

    def __len__(self) -> int:
        return self._count

    def _town(self, index: int) -> T:
        if self._file is None:
            return self._kept[index]
        start = self._ends[index - 1] if index else 0
        data = os.pread(self._file.fileno(), self._ends[index] - start, start)
        town = self._unpack(marshal.loads(data))
        self._restore(town)
        return town

    @overload
    def __getitem__(self, position: int) -> T: ...
    @overload
    def __getitem__(self, position: slice) -> Sequence[T]: ...
    def __getitem__(self, position: int | slice) -> T | Sequence[T]:
        order = self._sorted()
        if isinstance(position, slice):
            return [self._town(order[n]) for n in range(*position.indices(self._count))]
        if position < 0:
            position += self._count
        if not 0 <= position < self._count:
            raise IndexError(position)
        return self._town(order[position])

    def __iter__(self) -> Iterator[T]:
        order = self._sorted()
        if self._file is None:
            kept = self._kept
            return (kept[index] for index in order)
        return (self._town(index) for index in order)

    def _sorted(self) -> array[int]:
        assert self._order is not None, "towns are read once sorted"
        return self._order

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
