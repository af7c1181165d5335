"""The :class:`Library`: one data directory's services, composed around one writer.

The GUI and the CLI build one and pass it down. It holds the :class:`Engines` (backend,
each thread's connection, the index and recognisers, the one :class:`Writer`) and the
services built on them, each given only what it uses::

    Catalog      import, list, read articles            (catalog.py)
    Indexer      the search index kept current          (indexing.py)
    Finder       search, alternatives, hits in a text   (finder.py)
    Notes        highlights, notes, tags                (annotations.py)
    Recognition  entities, corrections                  (entities.py)
    Glossary     the user's terms and names             (glossary.py)
    Translation  hooks, cache, corrections              (translations.py)
    Exports      notes out, W3C annotations in          (exports.py)
    Safety       backups, checks                        (safety.py)
    OtherWriters what other processes wrote             (journal.py)

Callers may reach a service (``library.notes.annotate``) or the same member on the
library itself (``library.annotate``): the names below are a table of where each
lives, not code of their own.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, overload

from reader.core.errors import ReaderError
from reader.core.paths import DataPaths
from reader.services.annotations import Notes, complete_reanchoring
from reader.services.catalog import BUNDLE_SEEDED, Catalog
from reader.services.changes import Changes
from reader.services.engines import Engines, library_paths
from reader.services.entities import Recognition
from reader.services.exports import Exports
from reader.services.finder import CROSS_LANGUAGE, Finder
from reader.services.glossary import Glossary
from reader.services.indexing import Indexer
from reader.services.journal import OtherWriters
from reader.services.safety import Safety
from reader.services.translations import Translation

if TYPE_CHECKING:
    from reader.core.secrets import Secrets
    from reader.entities.pipeline import EntityPipeline
    from reader.search.index import SearchIndex
    from reader.services.writer import Writer
    from reader.store.interface import Annotations, Backend, Change, Entities, Store

__all__ = ["BUNDLE_SEEDED", "CROSS_LANGUAGE", "Changes", "Library", "library_paths"]
log = logging.getLogger(__name__)
P = ParamSpec("P")
R = TypeVar("R")
S = TypeVar("S")


class _Via(Generic[S, P, R]):
    """A member of the library that is a service's: ``annotate = _Via("notes",
    Notes.annotate)`` reads ``library.notes.annotate``, typed as that method."""

    def __init__(self, service: str, method: Callable[Concatenate[S, P], R]) -> None:
        self.service = service
        self.method = method
        self.name = method.__name__

    @overload
    def __get__(self, obj: None, owner: type) -> Callable[Concatenate[S, P], R]: ...
    @overload
    def __get__(self, obj: object, owner: type) -> Callable[P, R]: ...
    def __get__(self, obj: object | None, owner: type) -> Any:
        if obj is None:
            return self.method  # the service's method: its signature, its docstring
        return getattr(getattr(obj, self.service), self.name)


class Library:
    """One user library: the SQLite file (or a team's PostgreSQL library, ``team``) and
    the search index derived from it."""

    def __init__(self, paths: DataPaths, team: str | None = None) -> None:
        self.engines = engines = Engines(paths, team)
        self.indexer = Indexer(engines)
        self.others = OtherWriters(engines, self.indexer)  # what other processes write
        self.catalog = Catalog(engines, self.indexer)
        self.notes = Notes(engines, self.indexer)
        self.terms = Glossary(engines)
        self.recognition = Recognition(engines, self.indexer, self.terms, self.catalog)
        self.finder = Finder(engines, self.indexer, self.recognition)
        self.translation = Translation(engines, self.terms, self.recognition, self.catalog)
        self.exports = Exports(
            engines, self.indexer, self.notes, self.recognition, self.finder, self.catalog
        )
        self.safety = Safety(paths, engines.backend)
        try:
            engines.writer.run(self._complete_reanchoring)
            self.notes.tidy_kept_tags()
        except ReaderError as exc:  # a read-only library: shown as it is
            log.warning("cannot re-anchor annotations or tidy tags: %s", exc)
        except BaseException:
            engines.close()
            raise

    def _complete_reanchoring(self) -> None:
        store = self.engines.store
        complete_reanchoring(store, self.engines.annotation_store, self.backend.author(store))

    @classmethod
    def open(
        cls, data_dir: str | os.PathLike[str] | None = None, team: str | None = None
    ) -> Library:
        """The library of a data folder; with ``team`` (a ``postgresql://`` address),
        that team library, its index and settings kept in a folder of its own there."""
        return cls(library_paths(data_dir, team), team)

    def close(self) -> None:
        self.others.stop()
        self.engines.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- what every service shares (reader.services.engines) -------------------------------

    @property
    def paths(self) -> DataPaths:
        return self.engines.paths

    @property
    def backend(self) -> Backend:
        return self.engines.backend

    @property
    def store(self) -> Store:
        """This thread's connection to the library (for reading)."""
        return self.engines.store

    @property
    def writer(self) -> Writer:
        """The one writer: ``library.writer.run(fn)`` runs a write in order."""
        return self.engines.writer

    @property
    def index(self) -> SearchIndex:
        return self.engines.index

    @property
    def pipeline(self) -> EntityPipeline:
        return self.engines.pipeline

    @property
    def entity_store(self) -> Entities:
        return self.engines.entity_store

    @property
    def annotation_store(self) -> Annotations:
        return self.engines.annotation_store

    @property
    def secrets(self) -> Secrets:
        return self.engines.secrets

    def follow(self, callback: Callable[[Change], None]) -> None:
        """Call ``callback`` (from another thread) with each change teammates make to a
        team library, until the library is closed (a library of one's own: never)."""
        self.engines.follow(callback)

    def on_change(self, callback: Callable[[Changes], None]) -> None:
        """Call ``callback`` (on the writer's thread) with what each write changed."""
        self.indexer.listen(callback)

    @property
    def cross_language(self) -> bool:
        return self.finder.cross_language

    # -- where each member lives --------------------------------------------------------

    seed_if_empty = _Via("catalog", Catalog.seed_if_empty)
    import_paths = _Via("catalog", Catalog.import_paths)
    articles = _Via("catalog", Catalog.articles)
    warm_up = _Via("catalog", Catalog.warm_up)
    count = _Via("catalog", Catalog.count)
    article = _Via("catalog", Catalog.article)
    article_ids = _Via("catalog", Catalog.article_ids)
    summaries = _Via("catalog", Catalog.summaries)
    facet_values = _Via("catalog", Catalog.facet_values)

    ensure_index = _Via("indexer", Indexer.ensure)
    sync_index = _Via("indexer", Indexer.sync)
    compact_index = _Via("indexer", Indexer.compact)
    reindex = _Via("indexer", Indexer.reindex)

    set_cross_language = _Via("finder", Finder.set_cross_language)
    warm_search = _Via("finder", Finder.warm_up)
    alternatives = _Via("finder", Finder.alternatives)
    search = _Via("finder", Finder.search)
    snippets = _Via("finder", Finder.snippets)
    hit_offsets = _Via("finder", Finder.hit_offsets)

    annotate = _Via("notes", Notes.annotate)
    add_annotation = _Via("notes", Notes.add_annotation)
    save_annotation = _Via("notes", Notes.save_annotation)
    delete_annotation = _Via("notes", Notes.delete_annotation)
    annotations = _Via("notes", Notes.annotations)
    reanchor = _Via("notes", Notes.reanchor)
    tag_state = _Via("notes", Notes.tag_state)
    restore_tag_state = _Via("notes", Notes.restore_tag_state)
    color_meanings = _Via("notes", Notes.color_meanings)
    set_color_meaning = _Via("notes", Notes.set_color_meaning)
    tags = _Via("notes", Notes.tags)
    rename_tag = _Via("notes", Notes.rename_tag)
    delete_tag = _Via("notes", Notes.delete_tag)
    set_article_tags = _Via("notes", Notes.set_article_tags)

    entities = _Via("recognition", Recognition.entities)
    cached_entities = _Via("recognition", Recognition.cached_entities)
    named_marks = _Via("recognition", Recognition.named_marks)
    correct_entity = _Via("recognition", Recognition.correct_entity)
    entity_corrections = _Via("recognition", Recognition.entity_corrections)
    recognize_pending = _Via("recognition", Recognition.recognize_pending)
    entity_articles = _Via("recognition", Recognition.entity_articles)
    entity_cooccurrences = _Via("recognition", Recognition.entity_cooccurrences)
    entity_summaries = _Via("recognition", Recognition.entity_summaries)

    glossary = _Via("terms", Glossary.glossary)
    save_glossary_entries = _Via("terms", Glossary.save_glossary_entries)
    add_glossary_entry = _Via("terms", Glossary.add_glossary_entry)
    delete_glossary_entries = _Via("terms", Glossary.delete_glossary_entries)
    export_glossary = _Via("terms", Glossary.export_glossary)
    import_glossary = _Via("terms", Glossary.import_glossary)
    glossary_for = _Via("terms", Glossary.glossary_for)
    glossary_names = _Via("terms", Glossary.glossary_names)
    glossary_aliases = _Via("terms", Glossary.glossary_aliases)
    glossary_in = _Via("terms", Glossary.glossary_in)

    translator_settings = _Via("translation", Translation.translator_settings)
    set_translator_setting = _Via("translation", Translation.set_translator_setting)
    translators = _Via("translation", Translation.translators)
    translate = _Via("translation", Translation.translate)
    cached_translation = _Via("translation", Translation.cached_translation)
    edit_translation = _Via("translation", Translation.edit_translation)
    accept_offer = _Via("translation", Translation.accept_offer)
    import_translation = _Via("translation", Translation.import_translation)
    gloss = _Via("translation", Translation.gloss)

    export_document = _Via("exports", Exports.export_document)
    export = _Via("exports", Exports.export)
    write_export = _Via("exports", Exports.write_export)
    import_annotations = _Via("exports", Exports.import_annotations)

    backups = _Via("safety", Safety.backups)
    backup = _Via("safety", Safety.backup)
    backup_to = _Via("safety", Safety.backup_to)
    auto_backup = _Via("safety", Safety.auto_backup)
    check = _Via("safety", Safety.check)
