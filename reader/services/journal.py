"""What other processes wrote to the library, learnt from the change itself.

The store's change journal (:mod:`reader.store.journal`) holds a row for each thing each
write changed, in the write's own transaction. :class:`OtherWriters` remembers the last
row this process has seen and reads the rows after it:

- when this process takes the writer lock, the rows written since are another
  process's (a ``reader import`` beside the window, another window): no process writes
  without that lock, so nothing of this process's is among them;
- before it lets the lock go, the rows written meanwhile are its own: already indexed
  and announced by the write that made them, they are only marked seen.

What others wrote waits as a :class:`Changes` until :meth:`OtherWriters.catch_up`
(every second, on a thread of its own, once :meth:`OtherWriters.watch` is called: the
window does): the :class:`Indexer` re-indexes those of them the other process could not
index itself (the index is shared) and tells the listeners, so the window's views follow
another process's import as they follow their own writes. A reader so far behind that
the rows it needs were pruned is told ``everything``: the index compares every
article's stamp, once, and every view reads again.

A team library has no journal: its server says what teammates change
(:meth:`Library.follow`)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader.services.changes import Changes
from reader.store.journal import ChangeJournal, Entry

if TYPE_CHECKING:
    from reader.services.engines import Engines
    from reader.services.indexing import Indexer

log = logging.getLogger(__name__)


def changes_of(entries: Sequence[Entry]) -> Changes:
    """What rows of the journal say changed."""
    changes = Changes()
    stamped: set[str] = set()
    for entry in entries:
        kind, article_id = entry.kind, entry.article_id
        if kind == "article":
            changes.articles.add(article_id)
            changes.imported = True
        elif kind == "annotation":
            changes.articles.add(article_id)
            changes.annotations.add(entry.item)
        elif kind == "tags":
            changes.tags = True
            if article_id:
                changes.articles.add(article_id)
        elif kind == "entities":
            changes.entities.add(article_id)
        elif kind == "names":
            changes.everything = True
        elif kind == "stamp":  # indexed again; said by the rows above when one says why
            stamped.add(article_id)
    changes.articles |= stamped - changes.entities
    return changes


class OtherWriters:
    """Follows the journal of a library of one's own for what other processes write."""

    def __init__(self, engines: Engines, indexer: Indexer) -> None:
        self.engines = engines
        self.indexer = indexer
        self.enabled = bool(engines.backend.local)
        self._guard = threading.Lock()
        self._pending = Changes()
        self._queued = False
        self._stop = threading.Event()
        self._watcher: threading.Thread | None = None
        self._seen = 0
        self._sure = False  # this hold read the journal, and no other process writes
        if self.enabled:
            try:
                self._seen = self._journal().last()
            except Exception as exc:  # a library it could not upgrade: shown as it is
                log.warning("the library's change journal cannot be read: %s", exc)
                self.enabled = False
        if self.enabled:
            engines.writer.lock.watch(self._held, self._freeing)

    def _journal(self) -> ChangeJournal:
        return ChangeJournal(self.engines.store)  # the calling thread's connection

    # -- on the thread that holds the writer lock -----------------------------------------

    def _held(self) -> None:
        self._sure = False
        journal = self._journal()
        entries = journal.since(self._seen)
        with self._guard:
            if entries is None:  # pruned past what was seen: too far behind to be told
                self._pending.everything = True
                self._seen = journal.last()
            elif entries:
                self._pending = self._pending.merge(changes_of(entries))
                self._seen = entries[-1].seq
        self._sure = self.engines.writer.lock.exclusive

    def _freeing(self) -> None:
        # The rows written during this hold are this process's own only if the journal
        # was read when it began and the lock kept others out meanwhile; if not, they
        # are left to be read as new at the next hold (told twice, never missed).
        if self._sure:
            self._seen = self._journal().last()
        self._sure = False

    # -- any thread -------------------------------------------------------------------

    def behind(self, journal: ChangeJournal | None = None) -> bool:
        """Whether another process wrote what this one has not caught up with (a read
        of one row: cheap enough to ask every second); ``journal``: read through it
        rather than this thread's connection."""
        if not self.enabled:
            return False
        return bool(self._pending) or (journal or self._journal()).last() > self._seen

    def catch_up(self) -> Changes:
        """On the writer, and waiting for it: index what other processes wrote, and tell
        the listeners. Returns what they were told."""
        return self.engines.writer.run(self._catch_up)

    def catch_up_soon(self, journal: ChangeJournal | None = None) -> None:
        """Queue :meth:`catch_up` on the writer when behind, without waiting (an import
        running meanwhile is not waited for)."""
        if not self.behind(journal):
            return
        with self._guard:
            if self._queued:
                return
            self._queued = True
        # queued until it has run, or failed (the writer lock not had: another
        # process writing for minutes): then the next second asks again
        self.engines.writer.submit(self._catch_up).add_done_callback(self._ran)

    def _ran(self, _: object) -> None:
        with self._guard:
            self._queued = False

    def watch(self, every: float = 1.0) -> None:
        """Catch up every ``every`` seconds, on a thread of its own (a read of one row;
        the re-indexing is queued on the writer), until :meth:`stop`."""
        if not self.enabled or self._watcher is not None:
            return

        def loop() -> None:
            store = self.engines.backend.open()  # its own, closed on its own thread
            try:
                journal = ChangeJournal(store)
                while not self._stop.wait(every):
                    try:
                        self.catch_up_soon(journal)
                    except Exception:  # the library closing, a locked file: next time
                        log.debug("catching up with other writers failed", exc_info=True)
            finally:
                store.close()

        self._watcher = threading.Thread(target=loop, name="other-writers", daemon=True)
        self._watcher.start()

    def stop(self) -> None:
        """Stop watching (before the library closes)."""
        self._stop.set()
        if self._watcher is not None:
            self._watcher.join()
            self._watcher = None

    def _catch_up(self) -> Changes:
        with self._guard:  # the writer lock is held: _held has gathered what is new
            changes, self._pending = self._pending, Changes()
            self._queued = False
        if changes:
            self.indexer.caught_up(changes)
        return changes
