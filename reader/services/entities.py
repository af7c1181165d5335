"""The entities of a library (:class:`Recognition`): recognition in the background, the
cache, the user's corrections, library-wide counts."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from reader.core.model import ArticleSummary, EntityCorrection, EntityMention, EntitySummary
from reader.entities.corrections import apply_corrections
from reader.services.changes import Changes
from reader.services.marking import entity_clauses, mention_marks

if TYPE_CHECKING:
    from reader.core.model import Article
    from reader.entities.pipeline import EntityPipeline
    from reader.services.catalog import Catalog
    from reader.services.engines import Engines
    from reader.services.glossary import Glossary
    from reader.services.indexing import Indexer
    from reader.store.interface import Entities, Store

Progress = Callable[[int, int, str], None]
# Recognised articles saved (and re-indexed) together: an index commit each cost more
# than the save; the underlines of a batch show at most a second after it began.
SAVE_BATCH = 50
SAVE_SECONDS = 1.0


class Recognition:
    """Entities of the articles: recognised off the writer, each article's saved through
    it and re-indexed; the glossary's names read as aliases (never written here)."""

    def __init__(
        self, engines: Engines, indexer: Indexer, glossary: Glossary, catalog: Catalog
    ) -> None:
        self.engines = engines
        self.indexer = indexer
        self.glossary = glossary
        self.catalog = catalog  # the articles it recognises in

    @property
    def store(self) -> Store:
        return self.engines.store

    @property
    def pipeline(self) -> EntityPipeline:
        return self.engines.pipeline

    @property
    def entity_store(self) -> Entities:
        return self.engines.entity_store

    def _save(self, found: list[tuple[Article, list[EntityMention]]], version: str) -> None:
        """Keep articles' mentions (on the writer, one transaction) and re-index those
        articles, once."""

        def write() -> None:
            entity_store = self.entity_store
            with self.store.transaction():
                for article, mentions in found:
                    entity_store.save(article.id, article.version, version, mentions)
            self.indexer.touched(Changes(entities={article.id for article, _ in found}))

        if found:
            self.engines.writer.run(write)

    def entities(self, ref: str) -> list[EntityMention]:
        """An article's entity mentions, with the user's corrections applied: cached for
        its version and the pipeline's, or recognised now (and cached)."""
        article = self.catalog.article(ref)
        pipeline = self.pipeline
        raw = self.entity_store.cached(article.id, article.version, pipeline.version)
        if raw is None:
            raw = pipeline.recognize(article)
            self._save([(article, raw)], pipeline.version)
        mentions = apply_corrections(raw, article.text, self.entity_store.corrections(), article.id)
        return self.glossary.glossary_aliases(mentions, article.lang or "")

    def cached_entities(self, article_id: str) -> list[EntityMention] | None:
        """The corrected mentions if already recognised with the current pipeline."""
        article = self.store.get(article_id)
        raw = self.entity_store.cached(article.id, article.version, self.pipeline.version)
        if raw is None:
            return None
        return apply_corrections(raw, article.text, self.entity_store.corrections(), article.id)

    def named_marks(self, article: Article, query: str) -> list[tuple[int, int]]:
        """The mentions an ``entity:`` clause of ``query`` names, as canonical spans (the
        index matches entity names, which have no place in the text; see
        :mod:`reader.services.marking`). Nothing is recognised here: the cache answers."""
        clauses = entity_clauses(query)
        if not clauses:
            return []
        return mention_marks(self.cached_entities(article.id) or [], clauses)

    def correct_entity(self, correction: EntityCorrection) -> None:
        """Record a correction; the articles it touches are re-indexed."""

        def write() -> None:
            self.entity_store.add_correction(correction)
            # a correction renames or removes a name wherever it is found: the articles
            # it touches are those whose change stamp the store moved
            self.indexer.touched(Changes(everything=True))

        self.engines.writer.run(write)

    def entity_corrections(self) -> list[EntityCorrection]:
        return self.entity_store.corrections()

    def recognize_pending(
        self,
        progress: Progress | None = None,
        should_stop: Callable[[], bool] = lambda: False,
    ) -> int:
        """Recognise the entities of every article that lacks them (after an import, or
        when the recognisers changed), then update the index."""
        pipeline = self.pipeline
        pending = self.entity_store.pending(pipeline.version)
        done, found, started = 0, [], time.monotonic()
        for done, article_id in enumerate(pending, start=1):
            if should_stop():
                break
            article = self.store.get(article_id)
            found.append((article, pipeline.recognize(article)))
            if len(found) >= SAVE_BATCH or time.monotonic() - started > SAVE_SECONDS:
                self._save(found, pipeline.version)
                found, started = [], time.monotonic()
            if progress:
                progress(done, len(pending), article.title)
        self._save(found, pipeline.version)
        return done

    def entity_articles(self, canonical: str) -> list[ArticleSummary]:
        """The articles that mention an entity, newest first."""
        ids = self.entity_store.articles_with(canonical)
        return self.store.summaries(ids=ids, sort="date", descending=True) if ids else []

    def entity_cooccurrences(self, canonical: str, label: str) -> list[tuple[str, str, int]]:
        """The entities most often found in the same articles: (name, type, articles)."""
        return self.entity_store.cooccurring(canonical, label)

    def entity_summaries(self, label: str | None = None) -> list[EntitySummary]:
        """Every entity with its mention and article counts, corrections applied."""
        corrections = self.entity_store.corrections()
        if not corrections:
            return self.entity_store.summaries(label)
        mentions: dict[tuple[str, str], int] = {}
        articles: dict[tuple[str, str], set[str]] = {}
        for article_id in self.store.stamps():
            for m in self.cached_entities(article_id) or []:
                key = (m.canonical, m.label)
                mentions[key] = mentions.get(key, 0) + 1
                articles.setdefault(key, set()).add(article_id)
        rows = [
            EntitySummary(name, kind, count, len(articles[(name, kind)]))
            for (name, kind), count in mentions.items()
            if label is None or kind == label
        ]
        rows.sort(key=lambda e: (-e.articles, -e.mentions, e.canonical))
        return rows
