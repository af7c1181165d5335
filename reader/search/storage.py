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

A posting block's header is read the same way (:func:`_goto`: its length and pickled
header taken from one slice of the view, not by ``pickle.load`` asking the file for a
few bytes at a time), and a block's document numbers are rebuilt from their gaps by
``itertools.accumulate`` rather than a Python generator: building a query's matchers
reads the first block of every term, and stepping through a phrase reads many.
"""

from __future__ import annotations

import io
import os
import pickle
import struct
from collections.abc import Iterator
from itertools import accumulate
from typing import Any

from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.filedb import structfile
from whoosh.util.numeric import byte_to_length

BLOCK_LENGTH = struct.Struct("!i")  # a posting block's length, negative for a term's last block
_HEADER_READ = 256  # bytes read for a block's length and its pickled header (some 60)
_WHOOSHS = (W3LeafMatcher._goto, W3LeafMatcher._read_ids)  # Whoosh's own, for the tests


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


def block_start(postfile: Any, position: int) -> tuple[int, tuple[Any, ...], int]:
    """``(length, header, data offset)`` of the posting block at ``position``, as
    ``W3PostingsWriter._write_block`` wrote it: its length (negative for a term's last
    block), then its pickled header (count, max id, max weight, compression, min and max
    length bytes), then its data."""
    head = postfile.get(position, _HEADER_READ)
    (length,) = BLOCK_LENGTH.unpack_from(head)
    header = io.BytesIO(head)
    header.seek(BLOCK_LENGTH.size)
    info = pickle.Unpickler(header).load()
    return length, info, position + header.tell()


def _goto(self: Any, position: int) -> None:
    """``W3LeafMatcher._goto``, the same state set from one read of the block's start."""
    self._data = self._ids = self._weights = self._values = None
    self._i = 0
    length, info, self._dataoffset = block_start(self._postfile, position)
    if length < 0:
        self._lastblock = True
        length = -length
    self._nextoffset = position + BLOCK_LENGTH.size + length
    (
        self._blocklength,
        self._maxid,
        self._maxweight,
        self._compression,
        least,
        most,
    ) = info
    self._minlength = byte_to_length(least)
    self._maxlength = byte_to_length(most)


def _read_ids(self: Any) -> None:
    """``W3LeafMatcher._read_ids``: the ids, or their gaps summed (``delta_decode``)."""
    if self._data is None:
        self._read_data()
    ids = self._data[0]
    self._ids = ids if self._byteids else tuple(accumulate(ids))


def install() -> None:
    """Make Whoosh's ``BufferFile`` read through :class:`ViewFile`, and its posting
    blocks be read by :func:`_goto` and :func:`_read_ids` (idempotent)."""
    structfile.BufferFile.__init__ = _buffer_file_init
    W3LeafMatcher._goto = _goto
    W3LeafMatcher._read_ids = _read_ids


def installed() -> bool:
    return (
        structfile.BufferFile.__init__ is _buffer_file_init
        and W3LeafMatcher._goto is _goto
        and W3LeafMatcher._read_ids is _read_ids
    )
