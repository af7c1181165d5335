"""The :class:`Library`: open a data directory, import, list, show, search, reindex.

The GUI and the CLI build one and pass it down. The library keeps one store connection
per thread (SQLite connections are per thread) and serialises index writes with a lock
(Whoosh allows one writer).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.errors import IndexBehind, IndexBusy, IndexRebuilding, NotFound, ReaderError
from reader.core.model import (
    Article,
    ArticleSummary,
    ImportOutcome,
    ImportReport,
    ImportStatus,
    SearchHit,
    SearchResults,
)
from reader.core.paths import DataPaths, resolve_data_dir
from reader.core.resources import bundled_corpus
from reader.core.secrets import Secrets
from reader.ingest import discover
from reader.ingest.decode import decode_bytes
from reader.ingest.files import SUPPORTED_SUFFIXES, parse_text
from reader.ingest.language import warm_up as warm_up_language
from reader.ingest.parallel import parse_all
from reader.search import IndexDoc
from reader.search.snippet import make_snippet
from reader.services.annotations import AnnotationServices, complete_reanchoring
from reader.services.entities import EntityServices
from reader.services.exports import ExportServices
from reader.services.marking import merged, text_to_body
from reader.services.safety import BackupServices
from reader.services.translations import TranslationServices
from reader.store.backend import open_backend, team_paths
from reader.store.lock import LibraryUse, WriterLock

if TYPE_CHECKING:
    from reader.entities.pipeline import EntityPipeline
    from reader.search.index import SearchIndex
    from reader.services.expansion import QueryExpander
    from reader.store.interface import Change, Entities, Store

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], None]  # done, total, current file
BUNDLE_SEEDED = "bundled_corpus_seeded"
CROSS_LANGUAGE = "search.cross_language"


def library_paths(
    data_dir: str | os.PathLike[str] | None = None, team: str | None = None
) -> DataPaths:
    """The local folder of a library: the data folder's own, or, for the team library at
    ``team``, a folder inside it that keeps that library's index, settings and locks."""
    paths = resolve_data_dir(data_dir)
    return team_paths(paths, team) if team else paths


def index_doc(
    article: Article,
    entities: tuple[tuple[str, str], ...] = (),
    forms: tuple[tuple[str, str], ...] = (),
) -> IndexDoc:
    """The searchable form of an article: its text without furniture, its entities."""
    body = "\n".join(
        article.text[s.start : s.end] for s in article.blocks() if not s.kind.is_furniture
    )
    return IndexDoc(
        id=article.id,
        stamp=article.stamp,
        lang=article.lang,
        title=article.title,
        body=body,
        source=article.source,
        tags=article.tags,
        entities=entities,
        entity_forms=forms,
    )


class Library(
    AnnotationServices, EntityServices, TranslationServices, ExportServices, BackupServices
):
    """One user library: the SQLite file (or a team's PostgreSQL library, ``team``) and
    the search index derived from it."""

    def __init__(self, paths: DataPaths, team: str | None = None) -> None:
        self.paths = paths
        self._local = threading.local()
        # every write, in any process, goes through one lock; a restore waits for
        # every process that has the library open (see reader.store.lock)
        self._write_lock = WriterLock(paths.root)
        self._use = LibraryUse(paths.root).share()
        self._init_lock = threading.RLock()  # the index and the pipeline, made once
        self.secrets = Secrets()
        self._stores: list[Store] = []
        self._followers: list[Callable[[], None]] = []
        self._stores_lock = threading.Lock()
        try:
            self.backend = open_backend(paths.database, team, self.secrets.get)
        except BaseException:
            self._use.release()
            raise
        try:
            first = self.backend.open(migrate=True)  # create or upgrade once, up front
        except BaseException:
            self.backend.close()
            self._use.release()
            raise
        try:
            with self._write_lock:
                complete_reanchoring(
                    first, self.backend.annotations(first), self.backend.author(first)
                )
        except ReaderError as exc:  # a read-only library: shown as it is
            log.warning("cannot re-anchor annotations: %s", exc)
        finally:
            first.close()
        self._index: SearchIndex | None = None
        # (articles indexed, articles to index, rebuilding thread) while the index is
        # rebuilt: searches from other threads say so instead of waiting for it
        self._rebuilding: tuple[int, int, int] | None = None
        self._index_behind = False  # a write could not reach the index (it was busy)
        self._pipeline: EntityPipeline | None = None
        self._expander: QueryExpander | None = None

    @classmethod
    def open(
        cls, data_dir: str | os.PathLike[str] | None = None, team: str | None = None
    ) -> Library:
        """The library of a data folder; with ``team`` (a ``postgresql://`` address),
        that team library, its index and settings kept in a folder of its own there."""
        return cls(library_paths(data_dir, team), team)

    def follow(self, callback: Callable[[Change], None]) -> None:
        """Call ``callback`` (from another thread) with each change teammates make to a
        team library, until the library is closed (a library of one's own: never)."""
        self._followers.append(self.backend.follow(callback))

    def close(self) -> None:
        for stop in self._followers:
            stop()
        self._followers.clear()
        if self._index is not None:
            self._index.close()
        if self._expander is not None:
            self._expander.close()
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

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

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
    def entity_store(self) -> Entities:
        return self.backend.entities(self.store)

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

    # -- import ------------------------------------------------------------------------

    def seed_if_empty(self) -> ImportReport | None:
        """Import the bundled corpus into a library of one's own that has never had it
        (a team library holds what its team imports)."""
        if not self.backend.local or self.store.setting(BUNDLE_SEEDED) or self.store.count():
            return None
        report = ImportReport()
        for item in bundled_corpus():
            suffix = Path(item.name).suffix.lower()
            try:
                raw, _ = decode_bytes(item.data, html=suffix in (".html", ".htm"))
                parsed = parse_text(raw, SUPPORTED_SUFFIXES[suffix], item.origin)
                stored = self.store.save(parsed)
            except ReaderError as exc:
                report.outcomes.append(
                    ImportOutcome(item.name, ImportStatus.FAILED, reason=str(exc))
                )
                continue
            report.outcomes.append(
                ImportOutcome(item.name, stored.status, stored.article_id, stored.title)
            )
        self.store.set_setting(BUNDLE_SEEDED, "1")
        self.sync_index()
        return report

    def import_paths(
        self,
        paths: Iterable[str | os.PathLike[str]],
        progress: Progress | None = None,
        should_stop: Callable[[], bool] = lambda: False,
    ) -> ImportReport:
        """Import files and folders; a bad file is reported and the others go on."""
        files = list(discover(paths))
        report = ImportReport()
        changed: list[str] = []
        for done, (path, parsed) in enumerate(parse_all(files, should_stop)):
            if progress:
                progress(done, len(files), str(path))
            if isinstance(parsed, str):
                report.outcomes.append(ImportOutcome(str(path), ImportStatus.FAILED, reason=parsed))
                continue
            anchored: dict[str, int] = {}
            try:
                # a new version and its re-anchored annotations: one transaction
                with self._write_lock, self.store.transaction():
                    stored = self.store.save(parsed)
                    if stored.status is ImportStatus.UPDATED:
                        anchored = self.reanchor(stored.article_id)
            except ReaderError as exc:
                report.outcomes.append(
                    ImportOutcome(str(path), ImportStatus.FAILED, reason=str(exc))
                )
                continue
            report.outcomes.append(
                ImportOutcome(
                    str(path), stored.status, stored.article_id, stored.title, stored.note
                )
            )
            if stored.status in (ImportStatus.IMPORTED, ImportStatus.UPDATED):
                changed.append(stored.article_id)
            for status, count in anchored.items():
                report.annotations[status] = report.annotations.get(status, 0) + count
        report.cancelled = len(report.outcomes) < len(files) and should_stop()
        if progress:
            progress(len(files) if not report.cancelled else len(report.outcomes), len(files), "")
        if changed:
            self.sync_index()
        return report

    # -- reading -----------------------------------------------------------------------

    def articles(self, sort: str = "title", descending: bool = False) -> list[ArticleSummary]:
        return self.store.summaries(sort=sort, descending=descending)

    def warm_up(self) -> None:
        """Load what the first import would otherwise load on the way (language profiles)."""
        warm_up_language()

    def count(self) -> int:
        return self.store.count()

    def article(self, ref: str) -> Article:
        """An article by id or unique id prefix."""
        return self.store.get(self.store.resolve(ref))

    def article_ids(
        self,
        *,
        sort: str = "title",
        descending: bool = False,
        text: str = "",
        source: str | None = None,
        lang: str | None = None,
        tag: str | None = None,
    ) -> list[str]:
        """The ids of the library rows that pass the filters, in display order."""
        return self.store.ids(
            sort=sort, descending=descending, text=text, source=source, lang=lang, tag=tag
        )

    def summaries(self, ids: Sequence[str]) -> list[ArticleSummary]:
        """The rows for ``ids`` (in any order)."""
        return self.store.summaries(ids=ids)

    def facet_values(self) -> dict[str, list[tuple[str, int]]]:
        """Sources and languages with their article counts, for the library filters."""
        return {
            "source": self.store.sources(),
            "lang": self.store.languages(),
            "tag": [(t.name, t.articles) for t in self.annotation_store.tags() if t.articles],
        }

    # -- search ------------------------------------------------------------------------

    def ensure_index(self, should_stop: Callable[[], bool] = lambda: False) -> None:
        """Open the index, rebuilding it from the library if missing or damaged, and
        bring it up to date."""
        with self._write_lock:
            if self.index.is_open or self.index.open():
                self.sync_index()
            else:
                self.reindex(should_stop)

    def _index_current(self) -> None:
        """Bring the index up to date when this connection sees changes it did not make
        (another thread's or process's commit): comparing every stamp costs 20 ms on
        2,000 articles, so it is done only then. Writes in this process sync themselves."""
        signature = self.store.signature()
        if (
            self.index.is_open
            and not self._index_behind
            and self._local.__dict__.get("signature") == signature
        ):
            return
        self._index_behind = False
        try:
            self.ensure_index()  # a sync that cannot write says so and sets _index_behind
        except IndexBusy as exc:
            log.warning("%s", exc)
            self._index_behind = True
        if not self._index_behind:  # else: search what is indexed; catch up next time
            self._local.signature = signature

    def sync_index(self) -> int:
        """Re-index exactly the articles that changed since they were indexed. Called
        after every write: an index that cannot follow (busy, a full disk, a read-only
        folder) is said in one warning, never a failure of the write that was saved."""
        try:
            with self._write_lock:
                if not self.index.is_open and not self.index.open():
                    return self.reindex()
                update, delete = self.index.stale(self.store.stamps())
                if not update and not delete:
                    return 0
                docs = (self._index_doc(i) for i in update)
                return self.index.update(docs, delete, expected=len(update))
        except IndexBehind as exc:
            log.warning("%s", exc)
            self._index_behind = True
            return 0

    def compact_index(self) -> None:
        """Merge the index's segments into one (after a large import, when idle): each
        segment is searched on its own, so fewer make every query faster."""
        with self._write_lock:
            if self.index.is_open or self.index.open():
                self.index.compact()

    def reindex(self, should_stop: Callable[[], bool] = lambda: False) -> int:
        """Rebuild the whole index from the library."""
        with self._write_lock:
            ids = list(self.store.stamps())
            me = threading.get_ident()

            def docs() -> Iterable[IndexDoc]:
                for done, article_id in enumerate(ids):
                    self._rebuilding = (done, len(ids), me)
                    yield self._index_doc(article_id)

            self._rebuilding = (0, len(ids), me)
            try:
                return self.index.rebuild(docs(), should_stop, expected=len(ids))
            finally:
                self._rebuilding = None

    def _check_rebuilding(self) -> None:
        state = self._rebuilding
        if state is not None and state[2] != threading.get_ident():
            raise IndexRebuilding(state[0], state[1])

    def _index_doc(self, article_id: str) -> IndexDoc:
        article = self.store.get(article_id)
        annotations = self.annotation_store.find(article_id)
        tags = tuple(sorted({*article.tags, *(t for a in annotations for t in a.tags)}))
        notes = "\n".join(a.note for a in annotations if a.note)
        if not self.entity_store.corrections():
            canonical, forms = self.entity_store.names(article_id)
            entities, entity_forms = tuple(canonical), tuple(forms)
        else:
            mentions = self.cached_entities(article_id) or []
            entities = tuple(sorted({(m.canonical, m.label) for m in mentions}))
            entity_forms = tuple(sorted({(" ".join(m.text.split()), m.label) for m in mentions}))
        doc = index_doc(article, entities, entity_forms)
        return replace(doc, tags=tags, notes=notes)

    @property
    def cross_language(self) -> bool:
        """Whether searches also look for the query's words in the library's other
        languages (a setting of the library, on unless turned off)."""
        return self.store.setting(CROSS_LANGUAGE, "1") != "0"

    def set_cross_language(self, on: bool) -> None:
        with self._write_lock:
            self.store.set_setting(CROSS_LANGUAGE, "1" if on else "0")

    def alternatives(
        self, query: str, exclude: Sequence[str] = (), force: bool = False
    ) -> dict[str, tuple[str, ...]]:
        """Other words searched beside the words of ``query`` (see
        :mod:`reader.services.expansion`); none when cross-language search is off,
        unless ``force``."""
        if not (force or self.cross_language):
            return {}
        if self._expander is None:
            from reader.services.expansion import QueryExpander  # Whoosh loads with it

            self._expander = QueryExpander()
        languages = [lang for lang, _count in self.store.languages()]
        return self._expander.alternatives(query, languages, exclude)

    def search(
        self,
        query: str,
        limit: int = 20,
        exclude: Sequence[str] = (),
        cross_language: bool | None = None,
    ) -> SearchResults:
        """Ranked articles for ``query``, with snippets and facet counts. ``exclude``:
        alternatives the user took off; ``cross_language`` overrides the setting."""
        if not query.strip():
            return SearchResults(query, 0, (), {})
        self._check_rebuilding()
        self._index_current()

        def others(text: str) -> dict[str, tuple[str, ...]]:
            if cross_language is False:
                return {}
            return self.alternatives(text, exclude, force=cross_language is True)

        try:
            outcome = self.index.search(query, limit, others(query), correct=False)
        except ReaderError:
            raise
        except Exception:
            # A damaged segment shows up only when read: rebuild, then try once more.
            log.warning("search failed; rebuilding the index", exc_info=True)
            self.reindex()
            outcome = self.index.search(query, limit, others(query), correct=False)
        if outcome.suggestion and not outcome.strict_total:
            # nothing has every word as typed: if the spelling the library knows fixes
            # that, show its hits (with the alternatives of its own words)
            text = outcome.suggestion
            fixed = self.index.search(text, limit, others(text), correct=False)
            if fixed.strict_total or (fixed.total and not outcome.total):
                outcome = replace(fixed, suggestion=text, corrected=True, hint=outcome.hint)
        hits = []
        for match in outcome.matches:
            try:
                article = self.store.get(match.id)
            except NotFound:
                continue  # deleted since it was indexed
            body = index_doc(article).body
            snippet, first = self.index.snippet(match, body)
            first_in_text = _body_offset_to_text(article, first) if first else None
            if named := self.named_marks(article, query):  # entity: marks its mentions
                marks = merged(self.index.hit_offsets(match, body, 2), text_to_body(article, named))
                snippet = make_snippet(body, marks)
                first_in_text = _body_offset_to_text(article, marks[0]) if marks else None
            hits.append(
                SearchHit(
                    id=article.id,
                    title=article.title,
                    source=article.source,
                    lang=article.lang,
                    score=round(match.score, 4),
                    snippet=snippet,
                    first_hit=first_in_text,
                )
            )
        return SearchResults(
            query,
            outcome.total,
            tuple(hits),
            outcome.facets,
            outcome.hint,
            strict_total=outcome.strict_total,
            relaxed=outcome.relaxed,
            alternatives=tuple(outcome.alternatives.items()),
            suggestion=outcome.suggestion,
            corrected=outcome.corrected,
        )

    def hit_offsets(
        self, article_id: str, query: str, exclude: Sequence[str] = ()
    ) -> list[tuple[int, int]]:
        """Where ``query`` matches in the article's canonical text, in text order: its
        words, and the alternatives searched with them."""
        if not query.strip() or self._rebuilding is not None:
            return []  # the marks come when the index is back
        self.ensure_index()
        match = self.index.match_in(query, article_id, self.alternatives(query, exclude))
        if match is None:
            return []
        article = self.store.get(article_id)
        offsets = self.index.hit_offsets(match, index_doc(article).body)
        mapped = (_body_offset_to_text(article, span) for span in offsets)
        found = [span for span in mapped if span is not None]
        return merged(found, self.named_marks(article, query))


def _body_offset_to_text(article: Article, span: tuple[int, int]) -> tuple[int, int] | None:
    """Map offsets in :func:`index_doc`'s body back to the canonical text."""
    pos = 0
    for block in article.blocks():
        if block.kind.is_furniture:
            continue
        length = block.end - block.start
        if pos <= span[0] < pos + length:
            delta = block.start - pos
            return span[0] + delta, span[1] + delta
        pos += length + 1
    return None
