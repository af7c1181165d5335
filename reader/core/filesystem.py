"""Reading a file the user named, when the name may not be a file at all.

A folder to import, or a file given on the command line, may hold a named pipe (reading
it waits for a writer that never comes), a device (``/dev/zero`` never ends), a socket,
or a link to any of these. Only regular files are read: the kind is checked before the
file is opened, checked again on the opened file (it may have been swapped in between),
and the read stops one byte past the size limit whatever the size said.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from reader.core import messages
from reader.core.errors import Hint, ReaderError

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
)


class NotRegularFile(ReaderError):
    """The path names something other than a regular file (or a link to one)."""


class FileTooLarge(ReaderError):
    """The file holds more than the limit; ``size`` is how much is known to be there."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"the file is larger than {limit:,} bytes")
        self.size = size
        self.limit = limit


def kind(mode: int) -> str | None:
    """What a non-regular file is, in words ("a named pipe"); None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    return next((name for test, name in _KINDS if test(mode)), "not a file")


def _refuse(mode: int) -> None:
    what = kind(mode)
    if what is not None:
        raise NotRegularFile(Hint(messages.NOT_REGULAR, what))


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at ``path`` (links followed), at most ``limit``.

    Raises :class:`NotRegularFile`, :class:`FileTooLarge`, or ``OSError`` (missing,
    permission denied) for the caller to put in its own words."""
    _refuse(path.stat().st_mode)
    # O_NONBLOCK: a pipe swapped in after the check opens at once instead of waiting
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb") as handle:
        opened = os.fstat(handle.fileno())
        _refuse(opened.st_mode)
        if opened.st_size > limit:
            raise FileTooLarge(opened.st_size, limit)
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise FileTooLarge(len(data), limit)
    return data
