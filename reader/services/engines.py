"""What every service of a library shares: where it lives, its backend, each thread's
connection, the engines made on first use (the search index, the entity recognisers,
the query expander) and the one :class:`~reader.services.writer.Writer`.

The services (:mod:`reader.services.library` lists them) each hold this and only the
other services they call, instead of being mixed into one object that re-declared what
each borrowed.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from reader.core.paths import DataPaths, resolve_data_dir
from reader.core.secrets import Secrets
from reader.services.writer import Writer
from reader.store.backend import open_backend, team_paths
from reader.store.lock import LibraryUse, WriterLock

if TYPE_CHECKING:
    from reader.entities.pipeline import EntityPipeline
    from reader.search.index import SearchIndex
    from reader.services.expansion import QueryExpander
    from reader.store.interface import Annotations, Change, Entities, Store, Translations
    from reader.translate.lemmas import Lemmatizer

log = logging.getLogger(__name__)


def library_paths(
    data_dir: str | os.PathLike[str] | None = None, team: str | None = None
) -> DataPaths:
    """The local folder of a library: the data folder's own, or, for the team library at
    ``team``, a folder inside it that keeps that library's index, settings and locks."""
    paths = resolve_data_dir(data_dir)
    return team_paths(paths, team) if team else paths


class Engines:
    """One library's backend, connections, engines and writer."""

    def __init__(self, paths: DataPaths, team: str | None = None) -> None:
        self.paths = paths
        self.secrets = Secrets()
        self._local = threading.local()
        self._stores: list[Store] = []
        self._stores_lock = threading.Lock()
        self._init_lock = threading.RLock()  # the index and the pipeline, made once
        self._followers: list[Callable[[], None]] = []
        self._index: SearchIndex | None = None
        self._pipeline: EntityPipeline | None = None
        self._expander: QueryExpander | None = None
        self._lemmatizer: Lemmatizer | None = None
        # a restore waits for every process that has the library open
        self._use = LibraryUse(paths.root).share()
        try:
            self.backend = open_backend(paths.database, team, self.secrets.get)
        except BaseException:
            self._use.release()
            raise
        try:
            self.backend.open(migrate=True).close()  # create or upgrade once, up front
        except BaseException:
            self.backend.close()
            self._use.release()
            raise
        # every write, in any process, holds one lock (see reader.store.lock); in this
        # process they all run on the writer's thread
        self.writer = Writer(WriterLock(paths.root), on_exit=self._close_thread_store)

    @property
    def store(self) -> Store:
        """This thread's connection to the library: the file's, or a team library's."""
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = self.backend.open()
            self._local.store = store
            with self._stores_lock:
                self._stores.append(store)
        return store

    @property
    def annotation_store(self) -> Annotations:
        return self.backend.annotations(self.store)

    @property
    def entity_store(self) -> Entities:
        return self.backend.entities(self.store)

    def translation_cache(self) -> Translations:
        """The translation cache, through the backend (a team's PostgreSQL library has
        its own)."""
        return self.backend.translations(self.store)

    @property
    def index(self) -> SearchIndex:
        """The search index (Whoosh is imported on first use)."""
        if self._index is None:
            with self._init_lock:
                if self._index is None:
                    from reader.search import SearchIndex

                    self._index = SearchIndex(self.paths.index_dir)
        return self._index

    @property
    def pipeline(self) -> EntityPipeline:
        """The entity recognisers (spaCy's model loads on first recognition)."""
        if self._pipeline is None:
            with self._init_lock:
                if self._pipeline is None:
                    from reader.entities.pipeline import EntityPipeline

                    self._pipeline = EntityPipeline.default()
        return self._pipeline

    @property
    def expander(self) -> QueryExpander:
        if self._expander is None:
            with self._init_lock:
                if self._expander is None:
                    from reader.services.expansion import QueryExpander  # Whoosh loads with it

                    self._expander = QueryExpander(lemmatizer=self.lemmatizer)
        return self._expander

    @property
    def lemmatizer(self) -> Lemmatizer:
        """Words' dictionary forms (the Apertium analysers, kept running), shared by the
        query's expansion and the dictionary's look-up of a word read."""
        if self._lemmatizer is None:
            with self._init_lock:
                if self._lemmatizer is None:
                    from reader.translate.lemmas import Lemmatizer

                    self._lemmatizer = Lemmatizer()
        return self._lemmatizer

    def follow(self, callback: Callable[[Change], None]) -> None:
        """Call ``callback`` (from another thread) with each change teammates make to a
        team library, until the library is closed (a library of one's own: never)."""
        self._followers.append(self.backend.follow(callback))

    def _close_thread_store(self) -> None:
        store: Store | None = getattr(self._local, "store", None)
        if store is not None:
            self._local.store = None
            with self._stores_lock:
                if store in self._stores:
                    self._stores.remove(store)
            store.close()

    def close(self) -> None:
        self.writer.close()  # the writes asked for are done before anything closes
        for stop in self._followers:
            stop()
        self._followers.clear()
        if self._index is not None:
            self._index.close()
        if self._expander is not None:
            self._expander.close()
        if self._lemmatizer is not None:
            self._lemmatizer.close()
        with self._stores_lock:
            for store in self._stores:
                try:
                    store.close()
                except Exception:  # a connection of a finished thread
                    log.debug("closing a store failed", exc_info=True)
            self._stores.clear()
        self._local = threading.local()
        self.backend.close()
        self._use.release()
