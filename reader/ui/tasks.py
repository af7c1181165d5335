"""Background work, one style for the whole UI.

A task is a plain function run off the GUI thread; its result (a dataclass, never a
widget) comes back on the GUI thread through a queued signal. The reader's edits go to
one serial lane, so that they reach the library's writer (:mod:`reader.services.writer`,
where every write of the process runs) in the order they were made; reads and NLP to a
small pool; a translation (a server that may take two minutes to answer) to a lane of
its own. Tasks started
under the same ``key`` supersede each other: a result that arrives after the user moved
on is dropped, not applied. Failures go to one error display unless the caller handles
them.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a task whose user pressed Cancel."""


@dataclass
class TaskContext:
    """Handed to the task function: report progress, check for cancellation."""

    _emit_progress: Callable[[int, int, str], None]
    _cancel: threading.Event = field(default_factory=threading.Event)

    def progress(self, done: int, total: int, label: str = "") -> None:
        self._emit_progress(done, total, label)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object, str)
    progressed = Signal(int, int, str)
    finished = Signal()


class TaskHandle:
    """A running task: cancel it, or ask whether it is still current."""

    def __init__(self, context: TaskContext) -> None:
        self._context = context
        self.done = False

    def cancel(self) -> None:
        self._context._cancel.set()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskContext], Any], signals: _Signals, ctx: TaskContext):
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._signals = signals
        self._ctx = ctx

    def run(self) -> None:
        try:
            result = self._fn(self._ctx)
        except BaseException as exc:  # reported on the GUI thread, never swallowed
            self._signals.failed.emit(exc, traceback.format_exc())
        else:
            self._signals.succeeded.emit(result)
        finally:
            self._signals.finished.emit()


class TaskRunner(QObject):
    """Starts tasks; one serial queue for writes, a pool for the reads the reader waits
    on (an article opened, a search, a panel), a lane of their own for slow background
    reads (entities recognised, shared passages, suggested tags, the pictures): with two
    threads shared, a batch of passages held an article's opening for seconds; and one
    for translations (``remote``): a server's time-out delays neither a search nor the
    slow lane, and the recognition of a large import's entities (minutes) does not
    hold a translation back."""

    error = Signal(object, str)  # an unhandled failure: exception, formatted traceback

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(2)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)  # the reader's edits, in the order made
        self._slow = QThreadPool(self)
        self._slow.setMaxThreadCount(2)
        self._remote = QThreadPool(self)
        # A translation's key supersedes the one before; Cancel stops it only between two
        # requests, so one stuck on a server that never answers keeps its thread until its
        # time-out (up to two minutes): spare threads let the reader's next one start now.
        self._remote.setMaxThreadCount(4)
        self._generations: dict[str, int] = {}
        self._alive: set[_Signals] = set()
        self._handles: list[TaskHandle] = []
        self._state = {"closed": False}  # plain Python: readable after Qt deleted us

    def run(
        self,
        fn: Callable[[TaskContext], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_finished: Callable[[], None] | None = None,
        write: bool = False,
        slow: bool = False,
        remote: bool = False,
        key: str | None = None,
    ) -> TaskHandle:
        signals = _Signals()
        context = TaskContext(signals.progressed.emit)
        handle = TaskHandle(context)
        generation = self._generations.get(key, 0) + 1 if key else 0
        if key:
            self._generations[key] = generation

        state = self._state

        def current() -> bool:
            if state["closed"]:
                return False  # the window is gone: nothing to show the result in
            return key is None or self._generations.get(key) == generation

        # The task's function has returned when its result or failure arrives: the handle
        # says so before the callbacks run, so that one of them may start the next (an
        # import's end shown, and the files dropped then imported, not refused).
        def succeeded(result: Any) -> None:
            handle.done = True
            if current() and on_success is not None:
                on_success(result)

        def failed(exc: BaseException, details: str) -> None:
            handle.done = True
            if isinstance(exc, Cancelled) or not current():
                return
            if on_failure is not None:
                on_failure(exc)
            else:
                self.error.emit(exc, details)

        def progressed(done: int, total: int, label: str) -> None:
            if current() and on_progress is not None:
                on_progress(done, total, label)

        def finished() -> None:
            handle.done = True
            self._alive.discard(signals)
            if handle in self._handles:
                self._handles.remove(handle)
            if on_finished is not None and current():
                on_finished()

        queued = Qt.ConnectionType.QueuedConnection  # always delivered on the GUI thread
        signals.succeeded.connect(succeeded, queued)
        signals.failed.connect(failed, queued)
        signals.progressed.connect(progressed, queued)
        signals.finished.connect(finished, queued)
        self._alive.add(signals)  # keep the signal object alive until the task ends
        self._handles.append(handle)
        pool = self._reads
        if write:
            pool = self._writes
        elif remote:
            pool = self._remote
        elif slow:
            pool = self._slow
        pool.start(_Runnable(fn, signals, context))
        return handle

    def invalidate(self, key: str) -> None:
        """Drop the results of any running task under ``key``."""
        self._generations[key] = self._generations.get(key, 0) + 1

    def shutdown(self) -> None:
        """The window is closing: cancel what runs and deliver no more results."""
        self._state["closed"] = True
        for handle in list(self._handles):
            handle.cancel()

    def pending(self) -> int:
        """Tasks started whose results have not been delivered yet (tests wait for 0)."""
        return len(self._handles)

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for every task (at shutdown and in tests)."""
        pools = (self._reads, self._slow, self._remote, self._writes)
        return all(pool.waitForDone(msecs) for pool in pools)
