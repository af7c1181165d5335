"""The search index kept in step with the library (:class:`Indexer`).

The index is derived: rebuilt when missing, stale or damaged. A write of this process
says what it touched (a :class:`~reader.services.changes.Changes`) and exactly those
articles are indexed again, on the writer, right after the write. Only what this
process did not write (another process, a teammate) is found by comparing the articles'
change stamps with the index's, when a read sees that another connection committed.

An import feeds one open writer of the index (an :class:`~reader.search.session.
IndexSession`) from its first stored batch to its end, so that the index's workers
analyse articles while the next files are parsed. Any other write of the index, and a
search that must see the import's articles, first commits what the session was given.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from reader.core.errors import IndexBehind, IndexBusy, IndexRebuilding, NotFound
from reader.entities.corrections import apply_corrections
from reader.search.document import IndexDoc, entity_names, to_document
from reader.search.session import IndexSession
from reader.services.changes import Changes
from reader.store.journal import ChangeJournal

if TYPE_CHECKING:
    from reader.core.model import Article, EntityMention
    from reader.search.index import SearchIndex
    from reader.services.engines import Engines
    from reader.store.interface import Store

log = logging.getLogger(__name__)


class Indexer:
    """Keeps the search index of one library current; tells listeners what changed."""

    def __init__(self, engines: Engines) -> None:
        self.engines = engines
        # (articles indexed, articles to index, rebuilding thread) while the index is
        # rebuilt: searches from other threads say so instead of waiting for it
        self.rebuilding: tuple[int, int, int] | None = None
        self._behind = False  # a write could not reach the index (it was busy)
        self._seen = threading.local()  # each reading connection's last signature
        self._listeners: list[Callable[[Changes], None]] = []
        self._session: IndexSession | None = None  # an import's open writer
        self._holding = False  # the library's writer lock kept while that writer is open
        # the change journal's newest row when the index was last found to hold the
        # library as it is (None: not checked yet, or the journal cannot say)
        self._position: int | None = None
        # articles stored and not indexed yet: their entities are being recognised, and
        # the write that saves them indexes them once (a search needs them first: then
        # they are indexed at once, without)
        self._held: set[str] = set()
        self._held_guard = threading.Lock()

    @property
    def index(self) -> SearchIndex:
        return self.engines.index

    def listen(self, callback: Callable[[Changes], None]) -> None:
        """Call ``callback`` (on the writer's thread) with what each write changed."""
        self._listeners.append(callback)

    def check_rebuilding(self) -> None:
        state = self.rebuilding
        if state is not None and state[2] != threading.get_ident():
            raise IndexRebuilding(state[0], state[1])

    # -- writes: on the writer ----------------------------------------------------------

    def touched(self, changes: Changes) -> int:
        """Re-index what a write touched (on the writer, after the write), then tell the
        listeners. An index that cannot follow (busy, a full disk, a read-only folder)
        is said in one warning, never a failure of the write that was saved."""
        indexed = 0
        if changes.everything:
            indexed = self.sync()
        elif ids := changes.articles | changes.entities:
            indexed = self.engines.writer.run(lambda: self._update(ids))
        self.announce(changes)
        return indexed

    def caught_up(self, changes: Changes) -> int:
        """What another process wrote (on the writer): the index is shared, and that
        process indexed its writes as it made them, so only the articles the index does
        not hold as the library does are indexed here (its index update failed: busy,
        a full disk); then the listeners are told."""
        indexed = 0
        if changes.everything:
            indexed = self.sync()
        elif ids := changes.articles | changes.entities:
            indexed = self.engines.writer.run(lambda: self._update(ids, stale_only=True))
        self.announce(changes)
        return indexed

    def hold(self, ids: Iterable[str]) -> None:
        """On the writer: articles just stored that are indexed when their entities are
        saved (:meth:`touched`), or when a search needs them (:meth:`current`)."""
        with self._held_guard:
            self._held.update(ids)

    def _index_held(self) -> None:
        """On the writer: index the held articles as they are, without waiting for
        their entities (a search is about to read the index)."""
        with self._held_guard:
            held, self._held = self._held, set()
        if held:
            self._update(held)

    def announce(self, changes: Changes) -> None:
        """Tell the listeners what a write changed (its articles already indexed)."""
        for listener in list(self._listeners):
            try:
                listener(changes)
            except Exception:
                log.exception("a listener of the library's changes failed")

    def _update(self, ids: Iterable[str], stale_only: bool = False) -> int:
        """Index ``ids`` again (``stale_only``: those the index holds at another stamp
        than the library's, or holds deleted)."""
        self._settle()
        try:
            if not self.index.is_open and not self.index.open():
                return self.reindex()
            store = self.engines.store
            wanted = sorted(set(ids))
            if self._held:
                with self._held_guard:
                    self._held.difference_update(wanted)
            held = self.index.stamps_of(wanted) if stale_only else {}
            docs, gone = [], []
            for article_id in wanted:
                try:
                    article = store.get(article_id)
                except NotFound:  # deleted
                    if not stale_only or article_id in held:
                        gone.append(article_id)
                    continue
                if not stale_only or held.get(article_id) != article.stamp:
                    docs.append(self.document(article))
            if not docs and not gone:
                return 0
            return self.index.update(docs, gone, expected=len(docs))
        except IndexBehind as exc:
            log.warning("%s", exc)
            self._behind = True
            return 0

    def sync(self) -> int:
        """Re-index the articles whose change stamp is not the index's (what another
        process or a teammate wrote, or a write whose index update failed)."""

        def write() -> int:
            self._settle()
            try:
                if not self.index.is_open and not self.index.open():
                    return self.reindex()
                store = self.engines.store
                position = self._journal_last(store)  # no process writes meanwhile
                with self._held_guard:  # every article is indexed below as it stands
                    self._held.clear()
                update, delete = self.index.stale(store.stamps())
                indexed = 0
                if update or delete:
                    docs = (self.document(store.get(i)) for i in update)
                    indexed = self.index.update(docs, delete, expected=len(update))
                self._position = position
                return indexed
            except IndexBehind as exc:
                log.warning("%s", exc)
                self._behind = True
                return 0

        return self.engines.writer.run(write)

    def add(self, docs: list[IndexDoc]) -> int:
        """Index documents made by the caller (an import's, made as it stored them)."""

        def write() -> int:
            self._settle()
            try:
                if not self.index.is_open and not self.index.open():
                    return self.reindex()
                return self.index.update(docs, (), expected=len(docs))
            except IndexBehind as exc:
                log.warning("%s", exc)
                self._behind = True
                return 0

        return self.engines.writer.run(write)

    def ensure(self, should_stop: Callable[[], bool] = lambda: False) -> None:
        """Open the index, rebuilding it from the library if missing or damaged, and
        bring it up to date."""

        def write() -> None:
            self._settle()
            if self.index.is_open or self.index.open():
                self.sync()
            else:
                self.reindex(should_stop)

        self.engines.writer.run(write)

    def compact(self) -> None:
        """Merge the index's segments into one (after a large import, when idle): each
        segment is searched on its own, so fewer make every query faster."""

        def write() -> None:
            self._settle()
            if self.index.is_open or self.index.open():
                self.index.compact()

        self.engines.writer.run(write)

    def reindex(self, should_stop: Callable[[], bool] = lambda: False) -> int:
        """Rebuild the whole index from the library."""

        def write() -> int:
            if self._session is not None:  # what it was given is rebuilt below
                self._session.cancel()
                self._keep_lock()
            store = self.engines.store
            position = self._journal_last(store)
            with self._held_guard:
                self._held.clear()
            ids = list(store.stamps())
            me = threading.get_ident()

            def docs() -> Iterable[IndexDoc]:
                for done, article_id in enumerate(ids):
                    self.rebuilding = (done, len(ids), me)
                    yield self.document(store.get(article_id))

            self.rebuilding = (0, len(ids), me)
            try:
                indexed = self.index.rebuild(docs(), should_stop, expected=len(ids))
            finally:
                self.rebuilding = None
            if not should_stop():
                self._position = position
            return indexed

        return self.engines.writer.run(write)

    # -- an import: one writer of the index from its first batch to its end -------------

    def begin_import(self, expected: int) -> None:
        """On the writer, before an import stores anything: an index that is missing or
        damaged is rebuilt from the library first (quick when the library is new), then
        the import's documents go to one session (``expected``: how many files)."""
        try:
            if not self.index.is_open and not self.index.open():
                self.reindex()
        except IndexBehind as exc:
            log.warning("%s", exc)
            self._behind = True
        self._session = IndexSession(self.index, expected)

    def feed(self, docs: list[IndexDoc]) -> None:
        """On the writer: index the documents of a batch an import has just stored
        (searchable at the session's next commit)."""
        session = self._session
        if session is None or not self.index.is_open:
            self.add(docs)
            return
        try:
            session.add(docs)  # (commits when its writer has been open long enough)
        except IndexBehind as exc:  # caught up later, from the articles' stamps
            log.warning("%s", exc)
            self._behind = True
        finally:
            self._keep_lock()

    def end_import(self) -> int:
        """On the writer, when an import ends (finished, stopped or failed): commit what
        its session was given; returns how many documents it indexed in all."""
        session, self._session = self._session, None
        if session is None:
            return 0
        self._commit(session)
        return session.committed

    def _commit(self, session: IndexSession) -> None:
        """On the writer: commit what ``session`` was given; an index that cannot take
        it is said in one warning and caught up later, from the articles' stamps."""
        try:
            session.commit()
        except IndexBehind as exc:
            log.warning("%s", exc)
            self._behind = True
        finally:
            self._keep_lock()

    def _keep_lock(self) -> None:
        """On the writer: hold the library's writer lock for as long as the import's
        writer of the index is open, not only while a batch is stored. Whoosh's own
        lock on the index is then only ever taken under the library's: another process
        storing a batch while this one kept the index open between two of its batches
        waited for the index while holding the library, which this process waited for
        (both imports crawled, thirty seconds a batch)."""
        session = self._session
        wanted = session is not None and session.open
        if wanted and not self._holding:
            self.engines.writer.lock.acquire()  # re-entrant: the writer's thread has it
            self._holding = True
        elif self._holding and not wanted:
            self._holding = False
            self.engines.writer.lock.release()

    def _settle(self) -> None:
        """On the writer, before any other write of the index (or a search that must
        see the import): commit what the import's session was given."""
        session = self._session
        if session is not None and session.pending:
            self._commit(session)

    # -- reads ------------------------------------------------------------------------

    def current(self) -> None:
        """Before a read of the index: bring it up to date when this connection sees
        changes it did not make (another process's commit, or a teammate's). The
        writes of this process index what they touched as they are made, so nothing
        is checked unless the signature moved; then the change journal says which
        articles changed since the index was last found current, and only those are
        compared with the index (see :meth:`_stale_since`)."""
        session = self._session
        if session is not None and session.pending:  # an import's articles made searchable
            self.engines.writer.run(self._settle)
        if self._held:  # stored articles whose entities are on their way: needed now
            self.engines.writer.run(self._index_held)
        store = self.engines.store
        signature = store.signature()
        position = None
        if self.index.is_open and not self._behind:
            if getattr(self._seen, "signature", None) == signature:
                return
            # a read first: only when something is to be indexed does this wait for
            # the writer (a new thread's first search never does)
            found = self._stale_since(store)
            if found is not None:
                position, stale = found
                if stale:
                    self._index_stale(stale)
                if not self._behind:
                    self._seen.signature, self._position = signature, position
                return
            position = self._journal_last(store)
            update, delete = self.index.stale(store.stamps())
            if not update and not delete:
                self._seen.signature, self._position = signature, position
                return
        if position is None:
            position = self._journal_last(store)
        self._behind = False
        try:
            self.ensure()  # a sync that cannot write says so and sets _behind
        except IndexBusy as exc:
            log.warning("%s", exc)
            self._behind = True
        if not self._behind:  # else: search what is indexed; catch up next time
            self._seen.signature = self.engines.store.signature()
            self._position = position

    def _stale_since(self, store: Store) -> tuple[int, list[str]] | None:
        """From the change journal: the newest row read, and the articles named since
        the index was last found current that it does not hold as the library does.
        None when the journal cannot say: no check yet in this process (the index may
        be another's, or older), rows pruned past it, a library copy put back, a team
        library (no journal) — then every article's stamp is compared."""
        position = self._position
        if position is None or not self.engines.backend.local:
            return None
        try:
            found = ChangeJournal(store).articles_since(position)
        except Exception as exc:  # a library the journal's upgrade has not reached
            log.debug("the change journal cannot be read: %s", exc)
            return None
        if found is None:
            return None
        last, stamps = found
        held = self.index.stamps_of(sorted(stamps)) if stamps else {}
        stale = [i for i, stamp in stamps.items() if held.get(i) != stamp]
        return last, stale

    def _index_stale(self, ids: list[str]) -> None:
        """Index (or drop) articles the index holds at another stamp than the library."""
        try:
            self.engines.writer.run(lambda: self._update(ids, stale_only=True))
        except IndexBusy as exc:
            log.warning("%s", exc)
            self._behind = True

    def _journal_last(self, store: Store) -> int | None:
        if not self.engines.backend.local:  # a team library has no journal
            return None
        try:
            return ChangeJournal(store).last()
        except Exception as exc:  # a library the journal's upgrade has not reached
            log.debug("the change journal cannot be read: %s", exc)
            return None

    # -- the document -----------------------------------------------------------------

    def document(self, article: Article, mentions: list[EntityMention] | None = None) -> IndexDoc:
        """The index document of ``article`` as the library holds it: its annotations,
        and its entities (``mentions``, as recognised, when the caller has them)."""
        engines = self.engines
        entity_store = engines.entity_store
        corrections = entity_store.corrections()
        if mentions is not None:
            found = apply_corrections(mentions, article.text, corrections, article.id)
            canonical, forms = entity_names(found)
        elif not corrections:
            names, written = entity_store.names(article.id)
            canonical, forms = tuple(names), tuple(written)
        else:
            raw = entity_store.cached(article.id, article.version, engines.pipeline.version)
            found = apply_corrections(raw or [], article.text, corrections, article.id)
            canonical, forms = entity_names(found)
        annotations = engines.annotation_store.find(article.id)
        return to_document(article, canonical, forms, annotations)
