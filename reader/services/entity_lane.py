"""Entities recognised while an import runs (:class:`EntityLane`), so that an article
is indexed once, with them, rather than at once without them and again when they come.

The window's import asks for it: articles are listed as soon as they are stored, but
an article whose entities are not known yet (no run of its text in the cache, no shipped
mentions) is not indexed at once. Its entities are recognised on a thread of the lane's
own, off the writer, while the next files are parsed; the writer then saves them and
hands the article's document, entities included, to the import's one writer of the
index. The model is never waited for long: when the parse ends, the lane has
:data:`GRACE` seconds to finish what it was given (a warm model needs a fraction of a
second an article); what it has not reached by then is indexed without its entities,
so that everything imported is searchable when the import ends, and indexed again when
the background recognition that follows (``recognize_pending``) finds them.
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
GRACE = 2.0  # seconds the end of an import waits for the entities it asked for
SAVE_BATCH = 16  # recognised articles saved and indexed together (one transaction)


class EntityLane:
    """One import's recognition of the articles it stores without known entities."""

    def __init__(self, engines: Engines, indexer: Indexer) -> None:
        self.engines = engines
        self.indexer = indexer
        self._waiting: dict[str, Article] = {}  # stored, not yet indexed (the writer's)
        self._queue: queue.SimpleQueue[list[Article] | None] = queue.SimpleQueue()
        self._closed = threading.Event()
        self._thread = threading.Thread(target=self._run, name="import-entities", daemon=True)
        self._thread.start()

    # -- on the writer ----------------------------------------------------------------

    def give(self, articles: list[Article]) -> None:
        """Articles just stored whose entities are to be recognised before they are
        indexed."""
        for article in articles:
            self._waiting[article.id] = article
        if articles:
            self._queue.put(list(articles))

    def _keep(self, found: list[tuple[Article, list[EntityMention]]], version: str) -> None:
        """Save recognised entities (one transaction) and index each waiting article
        once, with them; one indexed meanwhile without them is indexed again."""
        store, entity_store = self.engines.store, self.engines.entity_store
        first, late = [], set()
        with store.transaction():
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

    def _flush(self) -> None:
        """Index, without their entities, the articles the lane did not reach."""
        store = self.engines.store
        docs = []
        for article_id in list(self._waiting):
            try:
                docs.append(self.indexer.document(store.get(article_id)))
            except NotFound:
                continue
        self._waiting.clear()
        if docs:
            self.indexer.feed(docs)

    # -- the import's thread ----------------------------------------------------------

    def finish(self, grace: float = GRACE) -> None:
        """When the parse has ended: wait at most ``grace`` seconds for the entities
        asked for, then index what is still waiting without them."""
        self._queue.put(None)
        self._thread.join(grace)
        self._closed.set()  # what it recognises from now on is saved, re-indexed after
        self.engines.writer.run(self._flush)

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
            found.append((article, pipeline.recognize(article)))
            if len(found) >= SAVE_BATCH:
                self._submit(found, pipeline.version)
                found = []
        self._submit(found, pipeline.version)

    def _submit(self, found: list[tuple[Article, list[EntityMention]]], version: str) -> None:
        if not found:
            return
        job: Callable[[], None] = lambda: self._keep(found, version)  # noqa: E731
        try:
            if self._closed.is_set():
                self.engines.writer.submit(job)  # the import has ended: not waited for
            else:
                self.engines.writer.run(job)
        except RuntimeError:  # the library closed meanwhile: recognised again next time
            log.debug("the library closed before imported entities were saved")
