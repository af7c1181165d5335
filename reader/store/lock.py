"""Locks between processes on one library, all operating-system file locks in the data
directory: one window per library (:class:`InstanceLock`), one writer at a time
(:class:`WriterLock`), and no restore under a running process (:class:`LibraryUse`).

SQLite (WAL, busy timeout) and Whoosh's writer lock make a command-line import while the
window is open safe; two windows on one library would still each cache state the other
changes and both compact the index, and a restore must not swap the file under a running
app. The lock is a kernel lock (``flock``), so it vanishes with its process, even one
killed with ``kill -9``: there is never a stale lock to clean up by hand.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

from filelock import FileLock, Timeout

from reader.core.errors import StoreError

try:
    import fcntl
except ImportError:  # Windows: the instance lock (filelock) still holds; these two do not
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)
LOCK_NAME = "liseuse.lock"
WRITE_LOCK_NAME = "liseuse.write.lock"
USE_LOCK_NAME = "liseuse.use.lock"
# A rebuild of the index of a large library takes minutes on a slow machine: a second
# writer waits that long, saying so, before it gives up with a message.
WRITER_WAIT = 600.0
USE_WAIT = 30.0  # a restore holds the library for a few seconds at most
POLL = 0.05
PROBE_PATIENCE = 1.0  # seconds an instance lock is waited for before it is said taken


class LibraryInUse(StoreError):
    """Another window has this library open."""


class InstanceLock:
    """Held for as long as a window (or a restore) uses the library at ``root``."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.path = root / LOCK_NAME
        # a moment's patience: a starting window tests the lock by taking it for an
        # instant (reader.ui.first_frame.held_elsewhere), which must not make another
        # start or a restore at that instant say the library is in use
        self._lock = FileLock(
            self.path,
            timeout=PROBE_PATIENCE,
            thread_local=False,
            fallback_to_soft=False,
            is_singleton=False,
        )

    def acquire(self, purpose: str = "open") -> InstanceLock:
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            self._lock.acquire()
        except Timeout:
            raise LibraryInUse(
                f"the library at {self.root} is already open in another Liseuse window; "
                f"close it first to {purpose} it here, or choose another library with --data-dir"
            ) from None
        except OSError as exc:
            raise StoreError(
                f"cannot lock the library at {self.root} ({exc.strerror or exc}); "
                "check that the folder is writable"
            ) from exc
        return self

    @property
    def held(self) -> bool:
        return bool(self._lock.is_locked)

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


class LibraryBusy(StoreError):
    """Another process kept the library's writer lock for longer than we wait."""


def _open_lock_file(path: Path) -> int | None:
    """A descriptor of the lock file, or None where it cannot be made (a read-only
    library: nothing can write it, so there is nothing to keep in order)."""
    if fcntl is None:
        return None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    except OSError as exc:
        log.debug("no lock file %s (%s): going on without it", path, exc)
        return None


def _try(fd: int, operation: int) -> bool:
    try:
        fcntl.flock(fd, operation | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


class WriterLock:
    """One writer at a time on a library, across processes and threads: every write to
    the library file and its search index (an import, an edit, an index update or
    rebuild, in the window or on the command line) holds it. Re-entrant in the thread
    that holds it. A second writer waits, saying so through ``on_wait`` (a log warning
    by default), for at most :data:`WRITER_WAIT` seconds.

    It stands where a ``threading.RLock`` did (``with library._write_lock:``): a kernel
    lock (``flock``) under a thread lock, so it also vanishes with a killed process."""

    def __init__(
        self,
        root: Path,
        on_wait: Callable[[str], None] | None = None,
        wait: float = WRITER_WAIT,
    ) -> None:
        self.path = root / WRITE_LOCK_NAME
        self.on_wait = on_wait or (lambda message: log.warning("%s", message))
        self.wait = wait
        self._thread = threading.RLock()
        self._depth = 0
        self._fd: int | None = None
        self._held: Callable[[], None] = lambda: None
        self._freeing: Callable[[], None] = lambda: None

    def watch(self, held: Callable[[], None], freeing: Callable[[], None]) -> None:
        """Call ``held`` each time the lock is taken (not again inside itself) and
        ``freeing`` before it is let go, on the thread holding it: between the two, no
        other process writes (the change journal tells this process's writes from the
        others' this way). Their failures are logged, never the write's."""
        self._held, self._freeing = held, freeing

    @property
    def exclusive(self) -> bool:
        """Whether the lock held keeps other processes out (False where its file cannot
        be made, a read-only folder: then only this process's threads wait)."""
        return self._fd is not None

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        self._thread.acquire()
        if self._depth == 0:
            try:
                self._fd = self._lock()
            except BaseException:
                self._thread.release()
                raise
            self._call(self._held)
        self._depth += 1
        return True

    @staticmethod
    def _call(hook: Callable[[], None]) -> None:
        try:
            hook()
        except Exception:
            log.exception("watching the library's writer lock failed")

    def _lock(self) -> int | None:
        fd = _open_lock_file(self.path)
        if fd is None or _try(fd, fcntl.LOCK_EX):
            return fd
        self.on_wait(
            f"another Liseuse process is writing to the library in {self.path.parent}; "
            "waiting for it to finish…"
        )
        deadline = time.monotonic() + self.wait
        while time.monotonic() < deadline:
            time.sleep(POLL)
            if _try(fd, fcntl.LOCK_EX):
                return fd
        os.close(fd)
        raise LibraryBusy(
            f"another Liseuse process has been writing to the library in {self.path.parent} "
            f"for more than {self.wait / 60:.0f} minutes; try again when it has finished"
        )

    def release(self) -> None:
        if self._depth == 1:
            self._call(self._freeing)
        self._depth -= 1
        if self._depth == 0 and self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the flock
            self._fd = None
        self._thread.release()

    def __enter__(self) -> WriterLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


class LibraryUse:
    """Held, shared, by every process that has the library open (the window, each
    command); a restore takes it alone, so that it never swaps the file under a process
    still writing to the one it replaces (that process would go on writing into a file
    no longer the library, and report as saved what is lost)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.path = root / USE_LOCK_NAME
        self._fd: int | None = None

    def share(self, wait: float = USE_WAIT) -> LibraryUse:
        """Join the processes using the library (waiting out a restore)."""
        if self._fd is not None:
            return self
        fd = _open_lock_file(self.path)
        deadline = time.monotonic() + wait
        while fd is not None and not _try(fd, fcntl.LOCK_SH):
            if time.monotonic() > deadline:
                os.close(fd)
                raise LibraryBusy(
                    f"the library at {self.root} is being restored; try again in a moment"
                )
            time.sleep(POLL)
        self._fd = fd
        return self

    def alone(self, purpose: str = "restore") -> LibraryUse:
        """Hold the library alone, or refuse at once while another process uses it."""
        fd = _open_lock_file(self.path)
        if fd is not None and not _try(fd, fcntl.LOCK_EX):
            os.close(fd)
            raise LibraryInUse(
                f"the library at {self.root} is in use by another Liseuse process (an "
                f"import, a search, an export…); {purpose} it when that one has finished"
            )
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
