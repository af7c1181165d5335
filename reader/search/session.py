"""One writer of the index kept open through an import (:class:`IndexSession`).

An import used to index its articles a thousand to a commit, each commit opening a new
writer: Whoosh's parallel writer starts its sub-writer processes when it opens and
finishes their segments when it commits, so the last batch was indexed alone, after
the parse, on one core. A session opens one writer at the first document and keeps it:
each batch of stored articles is handed to it at once, its sub-writers (from
``PARALLEL_FROM`` documents expected, see :mod:`reader.search.index`) analyse them
while the next files are parsed, and the commit at the end only writes the segments.

The index is derived from the library: a crash loses at most what was fed since the
last commit, and the next start indexes it again from the articles' change stamps.
So that this stays small, the session commits at most every ``COMMIT_SECONDS`` (and
whenever another write of the index must go first: see
:class:`reader.services.indexing.Indexer`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any

from reader.core.errors import IndexBehind
from reader.search.document import IndexDoc
from reader.search.folder import cancel_writer, unwritable
from reader.search.index import SearchIndex
from reader.search.schema import to_fields

COMMIT_SECONDS = 30.0


class IndexSession:
    """Documents added to one open writer of ``index``, committed at most every
    ``every`` seconds and by :meth:`commit`. ``expected``: how many documents the
    import may bring, to choose the writer (parallel from ``PARALLEL_FROM``)."""

    def __init__(
        self,
        index: SearchIndex,
        expected: int,
        every: float = COMMIT_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._index = index
        self._expected = expected
        self._every = every
        self._clock = clock
        self._writer: Any = None
        self._opened = 0.0
        self.pending = 0  # documents added since the last commit
        self.committed = 0  # documents committed by this session

    @property
    def open(self) -> bool:
        """Whether its writer is open (holding the index's lock until its commit)."""
        return self._writer is not None

    def add(self, docs: Iterable[IndexDoc]) -> int:
        """Add (or replace) ``docs``; commit when the writer has been open long enough.
        A writer that fails is cancelled (its lock freed, its files removed) and the
        failure raised as :class:`IndexBehind`: the articles are in the library, and
        the index catches up from their stamps."""
        count = 0
        for doc in docs:
            writer = self._open()
            try:
                writer.update_document(**to_fields(doc))
            except BaseException as exc:
                self._drop(exc)
                raise
            count += 1
            self.pending += 1
        if self._writer is not None and self._clock() - self._opened >= self._every:
            self.commit()
        return count

    def commit(self) -> int:
        """Make what was added searchable; returns how many documents that was."""
        writer, count = self._writer, self.pending
        if writer is None:
            return 0
        try:
            writer.commit()
        except BaseException as exc:
            self._drop(exc)
            raise
        self._writer, self.pending = None, 0
        self.committed += count
        return count

    def cancel(self) -> None:
        """Give up what was added since the last commit (the import was stopped before
        anything was stored, or the index must be rebuilt anyway)."""
        if self._writer is not None:
            cancel_writer(self._writer)
        self._writer, self.pending = None, 0

    def _open(self) -> Any:
        if self._writer is None:
            try:
                # the index's own choice of writer (parallel from PARALLEL_FROM), on
                # the Whoosh index it opened
                self._writer = SearchIndex._writer(self._index._index, self._expected)
            except OSError as exc:  # its lock file cannot be made
                raise unwritable(exc, self._index.directory) from None
            self._opened = self._clock()
        return self._writer

    def _drop(self, exc: BaseException) -> None:
        cancel_writer(self._writer)
        self._writer, self.pending = None, 0
        if isinstance(exc, OSError):
            raise unwritable(exc, self._index.directory) from None
        if isinstance(exc, IndexBehind):
            raise exc
