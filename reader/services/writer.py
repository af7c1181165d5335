"""The one writer of a library: every write, from the window or the command line, runs
on one thread, in the order it was asked, holding the library's :class:`WriterLock`.

Before, each caller took the lock on its own thread: the window's write lane, but also
searches, entity loading and translations on the read lanes, each with its own
connection, so that two serialisations disagreed and any thread could be a writer. Now
a write is a small function handed to :meth:`Writer.run` (wait for it) or
:meth:`Writer.submit` (don't); it runs on the writer's thread with that thread's
connection, and reads never wait on a lock. The :class:`WriterLock` still keeps two
processes (a window and a ``reader import``) from writing at once, as RELIABILITY.md
promises.

Long work stays outside: an import parses, recognises and matches on its own thread and
hands the writer only the saves, so another write (a tag accepted, a note) waits for one
batch, never for the whole import.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
import weakref
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from reader.store.lock import WriterLock

log = logging.getLogger(__name__)
T = TypeVar("T")
_STOP = object()
_LOCKS: weakref.WeakSet[WriterLock] = weakref.WeakSet()  # every writer's, for _forked


def _forked() -> None:
    """In a process forked while a write held the library's lock (the index's
    sub-writers, which an import keeps from its first batch to its end): the child's
    copy of the lock's descriptor would hold the lock after the writer let it go, and
    the writer's next write waited for the child to end — for ever, the child waiting
    for that write's documents. The child never writes the library: it closes it."""
    for lock in list(_LOCKS):
        fd, lock._fd = lock._fd, None
        if fd is not None:
            try:
                os.close(fd)
            except OSError:
                pass


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forked)


class Writer:
    """A single-thread queue of writes around one :class:`WriterLock`.

    ``on_exit`` runs on the writer's thread when it stops (closing that thread's
    connection: SQLite connections belong to the thread that made them)."""

    def __init__(self, lock: WriterLock, on_exit: Callable[[], None] = lambda: None) -> None:
        self.lock = lock
        _LOCKS.add(lock)
        self._on_exit = on_exit
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._start = threading.Lock()
        self._closed = False

    @property
    def on_thread(self) -> bool:
        """Whether the caller is the writer itself (a write inside a write runs inline)."""
        return self._thread is not None and threading.current_thread() is self._thread

    def submit(self, fn: Callable[[], T]) -> Future[T]:
        """Queue ``fn``; its result (or exception) comes through the future."""
        future: Future[T] = Future()
        if self.on_thread:
            self._call(fn, future)
            return future
        if self._closed:
            raise RuntimeError("the library is closed")
        self._ensure_thread()
        self._queue.put((fn, future))
        return future

    def run(self, fn: Callable[[], T]) -> T:
        """Run ``fn`` on the writer and wait for it; its exception is raised here."""
        return self.submit(fn).result()

    def _ensure_thread(self) -> None:
        if self._thread is not None:
            return
        with self._start:
            if self._thread is None:
                # a daemon: a process that never closes its library still exits (the
                # database is consistent whatever unit a kill interrupts)
                thread = threading.Thread(target=self._loop, name="library-writer", daemon=True)
                thread.start()
                self._thread = thread

    def _call(self, fn: Callable[[], T], future: Future[T]) -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            with self.lock:
                result = fn()
        except BaseException as exc:
            future.set_exception(exc)
        else:
            future.set_result(result)

    def _loop(self) -> None:
        try:
            while True:
                item = self._queue.get()
                if item is _STOP:
                    return
                self._call(*item)
        finally:
            try:
                self._on_exit()
            except Exception:
                log.debug("closing the writer's connection failed", exc_info=True)

    def close(self) -> None:
        """Finish the writes queued, then stop the thread."""
        self._closed = True
        thread = self._thread
        if thread is None or self.on_thread:
            return
        self._queue.put(_STOP)
        thread.join()
