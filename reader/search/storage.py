"""Read compound index segments without copying them.

Whoosh maps each compound segment file into memory and hands every sub-file out as a
``BufferFile`` over a ``memoryview`` of the map — but ``BufferFile`` also wraps the view
in a ``BytesIO`` for sequential reads, and ``BytesIO`` copies a memoryview whole. Opening
one searcher on 50,000 articles copied the terms and postings of every segment: +420 MB
for an instant, the peak of the app's memory (BENCHMARKS.md, P6).

:class:`ViewFile` reads the view in place and copies only the bytes asked for. Random
access (``get``, ``get_array``) already reads the view directly, so queries keep the
speed of mapped files. Installed once, when the index module is imported; Whoosh is
pinned (whoosh-reloaded 2.7.5), and a test checks that searching goes through it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from whoosh.filedb import structfile


class ViewFile:
    """A read-only file over a memoryview: ``read``, ``readline``, ``readinto``, ``seek``,
    ``tell`` — what ``StructFile`` and ``pickle.load`` use."""

    __slots__ = ("_pos", "_view", "closed")

    def __init__(self, view: memoryview | bytes) -> None:
        self._view = memoryview(view)
        self._pos = 0
        self.closed = False

    def read(self, size: int | None = -1) -> bytes:
        start = self._pos
        stop = len(self._view) if size is None or size < 0 else min(start + size, len(self._view))
        self._pos = max(start, stop)
        return self._view[start:stop].tobytes()

    def readinto(self, target: Any) -> int:
        data = self.read(len(memoryview(target).cast("B")))
        memoryview(target).cast("B")[: len(data)] = data
        return len(data)

    def readline(self, size: int | None = -1) -> bytes:
        view, start = self._view, self._pos
        limit = len(view) if size is None or size < 0 else min(len(view), start + size)
        stop = start
        while stop < limit:  # lines are short where Whoosh reads them (pickle protocol 0)
            chunk = view[stop : min(limit, stop + 256)].tobytes()
            newline = chunk.find(b"\n")
            if newline >= 0:
                stop += newline + 1
                break
            stop += len(chunk)
        self._pos = stop
        return view[start:stop].tobytes()

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._pos, os.SEEK_END: len(self._view)}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def __iter__(self) -> Iterator[bytes]:
        while line := self.readline():
            yield line

    def close(self) -> None:
        self.closed = True


def _buffer_file_init(
    self: structfile.BufferFile, buf: Any, name: str | None = None, onclose: Any = None
) -> None:
    self._buf = buf
    self._name = name
    self.file = ViewFile(buf)
    self.onclose = onclose
    self.is_real = False
    self.is_closed = False


def install() -> None:
    """Make Whoosh's ``BufferFile`` read through :class:`ViewFile` (idempotent)."""
    structfile.BufferFile.__init__ = _buffer_file_init


def installed() -> bool:
    return structfile.BufferFile.__init__ is _buffer_file_init
