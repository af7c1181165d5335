"""Entities recognised while an import runs (:class:`EntityLane`), so that an article
is indexed once, with them, rather than at once without them and again when they come.

The window's import asks for it: articles are listed as soon as they are stored, but
an article whose entities are not known yet (no run of its text in the cache, no shipped
mentions) is not indexed at once. Its entities are recognised on a thread of the lane's
own, off the writer, while the next files are parsed; the writer then saves them and
hands the article's document, entities included, to the import's one writer of the
index.

The import never waits for the model. The lane keeps at most :data:`BACKLOG` articles
waiting: when the parse outruns it (a model that is still loading, or slower than the
parse: spaCy takes a third of a second an English article, the parse a few
milliseconds), the oldest are indexed at once without their entities, as the import did
before. When the parse ends, what still waits is handed to the :class:`~reader.services.
indexing.Indexer` (``hold``): the recognition that follows the import
(``recognize_pending``) indexes each once, with its entities, as it saves them; a search
that comes first indexes them at once, without (so it finds the whole import), and the
recognition indexes them again.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from reader.core.errors import NotFound
from reader.services.changes import Changes

if TYPE_CHECKING:
    from reader.core.model import Article, EntityMention
    from reader.services.engines import Engines
    from reader.services.indexing import Indexer

log = logging.getLogger(__name__)
BACKLOG = 64  # articles kept waiting for their entities at most (one stored batch)
SAVE_BATCH = 16  # recognised articles saved and indexed together (one transaction)


class EntityLane:
    """One import's recognition of the articles it stores without known entities."""

    def __init__(self, engines: Engines, indexer: Indexer) -> None:
        self.engines = engines
        self.indexer = indexer
        self._waiting: dict[str, Article] = {}  # stored, not yet indexed, oldest first
        self._guard = threading.Lock()  # _waiting: changed on the writer, read by the lane
        self._queue: queue.SimpleQueue[list[Article] | None] = queue.SimpleQueue()
        self._closed = threading.Event()
        self._thread = threading.Thread(target=self._run, name="import-entities", daemon=True)
        self._thread.start()

    # -- on the writer ----------------------------------------------------------------

    def give(self, articles: list[Article]) -> None:
        """Articles just stored whose entities are to be recognised before they are
        indexed; the oldest beyond :data:`BACKLOG` are indexed now, without them."""
        with self._guard:
            for article in articles:
                self._waiting[article.id] = article
            behind = list(self._waiting)[: max(0, len(self._waiting) - BACKLOG)]
        if articles:
            self._queue.put(list(articles))
        self._index_without(behind)

    def _keep(self, found: list[tuple[Article, list[EntityMention]]], version: str) -> None:
        """Save recognised entities (one transaction) and index each waiting article
        once, with them; one indexed meanwhile without them is indexed again."""
        store, entity_store = self.engines.store, self.engines.entity_store
        first, late = [], set()
        with store.transaction(), self._guard:
            for article, mentions in found:
                entity_store.save(article.id, article.version, version, mentions)
                waiting = self._waiting.get(article.id)
                if waiting is None:
                    late.add(article.id)
                elif waiting.version == article.version:
                    del self._waiting[article.id]
                    first.append((article.id, mentions))
        docs = []
        for article_id, mentions in first:
            try:  # read again: saving the entities moved its change stamp
                docs.append(self.indexer.document(store.get(article_id), mentions))
            except NotFound:  # deleted meanwhile
                continue
        if docs:
            self.indexer.feed(docs)
            self.indexer.announce(Changes(entities={d.id for d in docs}))
        if late:
            self.indexer.touched(Changes(entities=late))

    def _index_without(self, ids: list[str]) -> None:
        """Index, without their entities, waiting articles the lane has not reached."""
        with self._guard:
            ids = [i for i in ids if self._waiting.pop(i, None) is not None]
        store, docs = self.engines.store, []
        for article_id in ids:
            try:
                docs.append(self.indexer.document(store.get(article_id)))
            except NotFound:
                continue
        if docs:
            self.indexer.feed(docs)

    def _hand_over(self) -> None:
        with self._guard:
            ids, self._waiting = list(self._waiting), {}
        self.indexer.hold(ids)

    # -- the import's thread ----------------------------------------------------------

    def finish(self) -> None:
        """When the parse has ended: what is still waiting is the indexer's to hold
        until the recognition after the import (or a search) indexes it."""
        self._closed.set()  # what it is recognising now is dropped: recognised again
        self._queue.put(None)
        self.engines.writer.run(self._hand_over)

    # -- the lane's thread ------------------------------------------------------------

    def _run(self) -> None:
        while (articles := self._queue.get()) is not None:
            try:
                self._recognise(articles)
            except Exception:  # the recognition after the import will try again
                log.exception("recognising the entities of imported articles failed")

    def _recognise(self, articles: list[Article]) -> None:
        pipeline = self.engines.pipeline
        found: list[tuple[Article, list[EntityMention]]] = []
        for article in articles:
            if self._closed.is_set():  # the import has ended: the rest is left to the
                break  # recognition that follows it
            with self._guard:
                if article.id not in self._waiting:  # indexed without (the backlog)
                    continue
            found.append((article, pipeline.recognize(article)))
            if len(found) >= SAVE_BATCH:
                self._submit(found, pipeline.version)
                found = []
        self._submit(found, pipeline.version)

    def _submit(self, found: list[tuple[Article, list[EntityMention]]], version: str) -> None:
        if not found or self._closed.is_set():
            return  # the import has ended: its articles are the recognition's that follows
        job: Callable[[], None] = lambda: self._keep(found, version)  # noqa: E731
        try:
            self.engines.writer.run(job)
        except RuntimeError:  # the library closed meanwhile: recognised again next time
            log.debug("the library closed before imported entities were saved")
