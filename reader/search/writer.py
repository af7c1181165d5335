"""Whoosh's writer in several processes, with workers that end with their parent.

``whoosh.multiproc.MpWriter`` starts sub-writer processes that wait on a queue for
batches of documents. If the app is killed (``kill -9``, a crash) while they wait,
nothing tells them: they waited for ever, holding their memory (~70 MB each) and
multiprocessing's helper process. Here each one first starts the app's worker watchdog
(:func:`reader.core.workers.start_worker`): lower priority, and an exit when its parent
is gone."""

from __future__ import annotations

from typing import Any

from whoosh.multiproc import MpWriter, SubWriterTask

from reader.core.workers import start_worker


class WatchedSubWriterTask(SubWriterTask):  # type: ignore[misc]
    """A sub-writer that ends when the process that started it ends."""

    def run(self) -> None:
        start_worker()
        super().run()


class WatchedMpWriter(MpWriter):  # type: ignore[misc]
    """``MpWriter`` whose sub-writers are :class:`WatchedSubWriterTask`."""

    def _new_task(self) -> Any:
        task = WatchedSubWriterTask(
            self.storage,
            self.indexname,
            self.jobqueue,
            self.resultqueue,
            self.subargs,
            self.multisegment,
        )
        self.tasks.append(task)
        task.start()
        return task
