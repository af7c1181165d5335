"""One window per library: an operating-system file lock in the data directory.

SQLite (WAL, busy timeout) and Whoosh's writer lock make a command-line import while the
window is open safe; two windows on one library would still each cache state the other
changes and both compact the index, and a restore must not swap the file under a running
app. The lock is a kernel lock (``flock``), so it vanishes with its process, even one
killed with ``kill -9``: there is never a stale lock to clean up by hand.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from reader.core.errors import StoreError

LOCK_NAME = "liseuse.lock"


class LibraryInUse(StoreError):
    """Another window has this library open."""


class InstanceLock:
    """Held for as long as a window (or a restore) uses the library at ``root``."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.path = root / LOCK_NAME
        self._lock = FileLock(
            self.path, timeout=0, thread_local=False, fallback_to_soft=False, is_singleton=False
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
