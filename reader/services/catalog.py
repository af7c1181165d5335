"""The articles of a library (:class:`Catalog`): import, the bundled corpus, listing and
reading them.

An import is one pass: files are parsed (in worker processes for large batches) while
the writer stores the articles parsed before, many to a transaction; each article stored
is made into its index document at once, with the entities its text already has (the
cache of an earlier version with the same text, or the mentions shipped with a bundled
article), and handed to the import's one open writer of the index, whose workers index
it while the next files are parsed (see :class:`reader.search.session.IndexSession`).
The window's import (``entities=True``) has the entities of the other articles
recognised while it runs (:class:`reader.services.entity_lane.EntityLane`), so that they
too are indexed once, with them; entities recognised later re-index only their articles.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.errors import ReaderError, message
from reader.core.model import (
    Article,
    ArticleSummary,
    EntityMention,
    ImportOutcome,
    ImportReport,
    ImportStatus,
    ParsedArticle,
)
from reader.core.resources import bundled_corpus
from reader.entities import shipped
from reader.ingest import discover
from reader.ingest.decode import decode_bytes
from reader.ingest.files import SUPPORTED_SUFFIXES, parse_text
from reader.ingest.language import warm_up as warm_up_language
from reader.ingest.parallel import parse_all
from reader.search.document import IndexDoc
from reader.services.annotations import reanchor_article
from reader.services.changes import Changes
from reader.services.entity_lane import EntityLane

if TYPE_CHECKING:
    from reader.services.engines import Engines
    from reader.services.indexing import Indexer

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], None]  # done, total, current file
BUNDLE_SEEDED = "bundled_corpus_seeded"
# Articles stored in one transaction: a commit each cost more than the save itself. A
# kill loses at most the batch in flight (never half an article: each batch commits
# whole), and those files are not reported as imported.
BATCH = 64
BATCH_SECONDS = 0.5  # a slow parse still stores its articles soon


@dataclass
class _Stored:
    """What one batch did: the outcomes, in file order, the documents to index and the
    articles whose entities are to be recognised before they are indexed."""

    outcomes: list[ImportOutcome] = field(default_factory=list)
    docs: list[IndexDoc] = field(default_factory=list)
    annotations: dict[str, int] = field(default_factory=dict)
    waiting: list[Article] = field(default_factory=list)


class Catalog:
    """Import, list and read a library's articles."""

    def __init__(self, engines: Engines, indexer: Indexer) -> None:
        self.engines = engines
        self.indexer = indexer

    # -- import ------------------------------------------------------------------------

    def seed_if_empty(self) -> ImportReport | None:
        """Import the bundled corpus into a library of one's own that has never had it
        (a team library holds what its team imports)."""
        store = self.engines.store
        if not self.engines.backend.local or store.setting(BUNDLE_SEEDED) or store.count():
            return None
        parsed: list[tuple[str, ParsedArticle | str]] = []
        for item in bundled_corpus():
            suffix = Path(item.name).suffix.lower()
            try:
                raw, _ = decode_bytes(item.data, html=suffix in (".html", ".htm"))
                parsed.append((item.name, parse_text(raw, SUPPORTED_SUFFIXES[suffix], item.origin)))
            except ReaderError as exc:
                parsed.append((item.name, message(exc)))

        def write() -> _Stored:
            stored = self._store_and_index(parsed)
            self.engines.store.set_setting(BUNDLE_SEEDED, "1")
            return stored

        return ImportReport(outcomes=self.engines.writer.run(write).outcomes)

    def import_paths(
        self,
        paths: Iterable[str | os.PathLike[str]],
        progress: Progress | None = None,
        should_stop: Callable[[], bool] = lambda: False,
        entities: bool = False,
    ) -> ImportReport:
        """Import files and folders; a bad file is reported and the others go on.

        This thread parses while the writer stores what was parsed before, a batch to a
        transaction, and hands each batch's documents to the import's one writer of the
        index; its commit at the end makes the last of them searchable. ``entities``:
        recognise the entities of articles that have none known while the import runs,
        and index those articles with them (see :mod:`reader.services.entity_lane`)."""
        left_out: list[Path] = []
        files = list(discover(paths, left_out))
        report = ImportReport(left_out=[str(path) for path in left_out])
        batch: list[tuple[str, ParsedArticle | str]] = []
        started = time.monotonic()
        pending: list[Future[_Stored]] = []

        def collect(future: Future[_Stored]) -> None:
            stored = future.result()
            report.outcomes.extend(stored.outcomes)
            for status, count in stored.annotations.items():
                report.annotations[status] = report.annotations.get(status, 0) + count

        def flush() -> None:
            nonlocal batch, started
            if batch:
                items = batch
                pending.append(
                    self.engines.writer.submit(lambda: self._store_and_feed(items, lane))
                )
            batch, started = [], time.monotonic()
            while pending and (pending[0].done() or len(pending) > 2):
                collect(pending.pop(0))  # the parse runs at most two batches ahead

        lane = EntityLane(self.engines, self.indexer) if entities and files else None
        if files:
            self.engines.writer.run(lambda: self.indexer.begin_import(len(files)))
        try:
            for done, (path, parsed) in enumerate(parse_all(files, should_stop)):
                if progress:
                    progress(done, len(files), str(path))
                batch.append((str(path), parsed))
                if len(batch) >= BATCH or time.monotonic() - started > BATCH_SECONDS:
                    flush()
            flush()
            while pending:
                collect(pending.pop(0))
        finally:
            if lane is not None:  # what still waits for its entities: held, not indexed
                lane.finish()
            if files:  # queued after every batch: the writer runs them in order
                self.engines.writer.run(self.indexer.end_import)
        report.cancelled = len(report.outcomes) < len(files) and should_stop()
        if progress:
            progress(len(files) if not report.cancelled else len(report.outcomes), len(files), "")
        return report

    def _store_and_index(self, items: Sequence[tuple[str, ParsedArticle | str]]) -> _Stored:
        """On the writer: store a batch, index what it changed, say so."""
        stored = self._store_batch(items)
        self._index(stored.docs)
        return stored

    def _store_and_feed(
        self, items: Sequence[tuple[str, ParsedArticle | str]], lane: EntityLane | None
    ) -> _Stored:
        """On the writer: store a batch, hand its documents to the import's writer of
        the index (and to ``lane`` the articles whose entities it recognises first),
        say what changed (the window lists the articles at once; a search that must
        find them commits the index first)."""
        stored = self._store_batch(items, lane is not None)
        if stored.docs:
            self.indexer.feed(stored.docs)
        if lane is not None:
            lane.give(stored.waiting)
        if changed := {d.id for d in stored.docs} | {a.id for a in stored.waiting}:
            self.indexer.announce(Changes(articles=changed, imported=True))
        return stored

    def _index(self, docs: list[IndexDoc]) -> None:
        """Index the documents of stored articles (one commit of the index: each costs
        a segment, so an import gathers many) and say they changed."""
        if docs:
            self.indexer.add(docs)
            self.indexer.announce(Changes(articles={d.id for d in docs}, imported=True))

    def _store_batch(
        self, items: Sequence[tuple[str, ParsedArticle | str]], defer: bool = False
    ) -> _Stored:
        """On the writer: store parsed files in one transaction, then make the documents
        of what changed (``defer``: not of those whose entities are not known). When a
        file cannot be stored (a full disk…), the batch is stored again one file to a
        transaction, so that each file says what became of it and the others are kept."""
        store = self.engines.store
        done = _Stored()
        try:
            with store.transaction():
                changed = [self._store_one(name, parsed, done) for name, parsed in items]
        except ReaderError as exc:
            if len(items) == 1:
                failed = ImportOutcome(items[0][0], ImportStatus.FAILED, reason=message(exc))
                done = _Stored([failed])
                changed = []
            else:
                log.info("storing a batch failed (%s): one file at a time", exc)
                singly = [self._store_batch([item], defer) for item in items]
                return _Stored(
                    [o for part in singly for o in part.outcomes],
                    [d for part in singly for d in part.docs],
                    _sum_counts(part.annotations for part in singly),
                    [a for part in singly for a in part.waiting],
                )
        for article_id in dict.fromkeys(i for i in changed if i):
            article = store.get(article_id)
            known = self._known_mentions(article)
            if known is None and defer:
                done.waiting.append(article)
            else:
                done.docs.append(self.indexer.document(article, known))
        return done

    def _store_one(self, name: str, parsed: ParsedArticle | str, done: _Stored) -> str | None:
        """Store one parsed file inside the batch's transaction: a new version and its
        re-anchored annotations together. Returns the article id when it changed."""
        if isinstance(parsed, str):
            done.outcomes.append(ImportOutcome(name, ImportStatus.FAILED, reason=parsed))
            return None
        store = self.engines.store
        stored = store.save(parsed)
        if stored.status is ImportStatus.UPDATED:
            me = self.engines.backend.author(store)
            anchored = reanchor_article(store, self.engines.annotation_store, stored.article_id, me)
            for status, count in anchored.items():
                done.annotations[status] = done.annotations.get(status, 0) + count
        done.outcomes.append(
            ImportOutcome(name, stored.status, stored.article_id, stored.title, stored.note)
        )
        if stored.status in (ImportStatus.IMPORTED, ImportStatus.UPDATED):
            return stored.article_id
        return None

    def _known_mentions(self, article: Article) -> list[EntityMention] | None:
        """The entities an article's text already has without recognising it: the
        cached ones of this version, else those shipped with a bundled article."""
        found = self.engines.entity_store.last_run(article.id, article.version)
        return found if found is not None else shipped.mentions(article, None)

    # -- reading -----------------------------------------------------------------------

    def articles(self, sort: str = "title", descending: bool = False) -> list[ArticleSummary]:
        return self.engines.store.summaries(sort=sort, descending=descending)

    def warm_up(self) -> None:
        """Load what the first import would otherwise load on the way (language profiles)."""
        warm_up_language()

    def count(self) -> int:
        return self.engines.store.count()

    def article(self, ref: str) -> Article:
        """An article by id or unique id prefix."""
        store = self.engines.store
        return store.get(store.resolve(ref))

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
        return self.engines.store.ids(
            sort=sort, descending=descending, text=text, source=source, lang=lang, tag=tag
        )

    def summaries(self, ids: Sequence[str]) -> list[ArticleSummary]:
        """The rows for ``ids`` (in any order)."""
        return self.engines.store.summaries(ids=ids)

    def facet_values(self) -> dict[str, list[tuple[str, int]]]:
        """Sources and languages with their article counts, for the library filters."""
        store = self.engines.store
        return {
            "source": store.sources(),
            "lang": store.languages(),
            "tag": [
                (t.name, t.articles) for t in self.engines.annotation_store.tags() if t.articles
            ],
        }


def _sum_counts(parts: Iterable[dict[str, int]]) -> dict[str, int]:
    total: dict[str, int] = {}
    for part in parts:
        for key, count in part.items():
            total[key] = total.get(key, 0) + count
    return total
