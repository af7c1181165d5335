"""The annotation side of the :class:`~reader.services.Library`: highlights, notes,
tags, and re-anchoring when an article's text changes."""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.model import Article
    from reader.store.interface import Annotations, Backend, Store
    from reader.store.lock import WriterLock

from reader.core.anchoring import AnchorStatus, TextQuote, anchor, describe
from reader.core.colors import COLORS
from reader.core.errors import NotFound, ReaderError
from reader.core.model import Annotation, TagSummary

log = logging.getLogger(__name__)

COLOR_MEANINGS = "color_meanings"


@dataclass(frozen=True)
class TagState:
    passages: dict[str, tuple[str, ...]]
    articles: dict[str, tuple[str, ...]]


class AnnotationServices:
    # provided by the Library
    _write_lock: WriterLock
    backend: Backend
    article: Callable[[str], Article]
    sync_index: Callable[[], int]
    if TYPE_CHECKING:

        @property
        def store(self) -> Store: ...

    @property
    def annotation_store(self) -> Annotations:
        return self.backend.annotations(self.store)

    def annotate(
        self,
        ref: str,
        quote: str,
        occurrence: int = 1,
        color: str = "yellow",
        note: str = "",
        tags: Sequence[str] = (),
        shared: bool = False,
    ) -> Annotation:
        """Highlight the ``occurrence``-th appearance (from 1) of ``quote`` in an article
        (``shared``: seen by the team, in a team library)."""
        article = self.article(ref)
        starts, at = [], article.text.find(quote)
        while at >= 0 and quote:
            starts.append(at)
            at = article.text.find(quote, at + 1)
        if not starts:
            raise NotFound(f"{quote!r} is not in the article {article.id}")
        if not 1 <= occurrence <= len(starts):
            raise NotFound(
                f"{quote!r} appears {len(starts)} time(s) in the article, not {occurrence}"
            )
        start = starts[occurrence - 1]
        return self.add_annotation(
            article.id, start, start + len(quote), color, note, tags, shared=shared
        )

    def add_annotation(
        self,
        article_id: str,
        start: int,
        end: int,
        color: str = "yellow",
        note: str = "",
        tags: Sequence[str] = (),
        annotation_id: str | None = None,
        shared: bool = False,
    ) -> Annotation:
        if color not in COLORS:
            raise ReaderError(f"unknown colour {color!r}; one of {', '.join(COLORS)}")
        article = self.store.get(article_id)
        if not 0 <= start < end <= len(article.text):
            raise ReaderError("the passage to highlight is outside the article")
        quote = describe(article.text, start, end)
        annotation = Annotation(
            id=annotation_id or str(uuid.uuid4()),
            article_id=article.id,
            start=start,
            end=end,
            exact=quote.exact,
            prefix=quote.prefix,
            suffix=quote.suffix,
            color=color,
            note=note,
            tags=tuple(tags),
            version=article.version,
            shared=shared,
        )
        if shared and self.backend.local:
            raise ReaderError("only a team library's notes are shared; this library is yours")
        with self._write_lock:
            saved = self.annotation_store.save(annotation)
        self.sync_index()
        return saved

    def save_annotation(self, annotation: Annotation) -> Annotation:
        """Store an edited annotation (colour, note, tags) as it is."""
        with self._write_lock:
            saved = self.annotation_store.save(annotation)
        self.sync_index()
        return saved

    def delete_annotation(self, annotation_id: str) -> None:
        with self._write_lock:
            self.annotation_store.delete(annotation_id)
        self.sync_index()

    def annotations(self, ref: str | None = None, tag: str | None = None) -> list[Annotation]:
        article_id = self.store.resolve(ref) if ref else None
        return self.annotation_store.find(article_id, tag)

    def reanchor(self, article_id: str) -> dict[str, int]:
        """Find every annotation of an article again in its current text; returns how many
        stayed, moved or were orphaned (orphans are kept, never deleted)."""
        with self._write_lock:
            me = self.backend.author(self.store)
            return reanchor_article(self.store, self.annotation_store, article_id, me)

    def tag_state(self) -> TagState:
        """Every passage's and article's tags, to undo a rename, merge or delete."""
        passages = {a.id: a.tags for a in self.annotation_store.find()}
        return TagState(passages, self.annotation_store.article_tags())

    def restore_tag_state(self, state: TagState) -> None:
        with self._write_lock:
            store = self.annotation_store
            for a in store.find():
                if a.id in state.passages and a.tags != state.passages[a.id]:
                    store.save(replace(a, tags=state.passages[a.id]))
            current = store.article_tags()
            for article_id in set(current) | set(state.articles):
                if current.get(article_id, ()) != state.articles.get(article_id, ()):
                    store.set_article_tags(article_id, state.articles.get(article_id, ()))
            store.prune_tags()
        self.sync_index()

    def color_meanings(self) -> dict[str, str]:
        """The names the user gave the highlight colours (missing ones: the defaults)."""
        raw = self.store.setting(COLOR_MEANINGS)
        return dict(json.loads(raw)) if raw else {}

    def set_color_meaning(self, color: str, meaning: str) -> None:
        meanings = self.color_meanings()
        meanings[color] = meaning.strip()
        with self._write_lock:
            self.store.set_setting(COLOR_MEANINGS, json.dumps(meanings, ensure_ascii=False))

    def tags(self) -> list[TagSummary]:
        return self.annotation_store.tags()

    def rename_tag(self, old: str, new: str) -> None:
        """Rename a tag; onto an existing tag, the two merge."""
        with self._write_lock:
            self.annotation_store.rename_tag(old, new)
        self.sync_index()

    def delete_tag(self, name: str) -> None:
        with self._write_lock:
            self.annotation_store.delete_tag(name)
        self.sync_index()

    def set_article_tags(self, article_id: str, names: Sequence[str]) -> None:
        with self._write_lock:
            self.annotation_store.set_article_tags(article_id, names)
        self.sync_index()


def reanchor_article(
    store: Store, annotations: Annotations, article_id: str, author: str = ""
) -> dict[str, int]:
    """Re-anchor an article's annotations on its current version, in one transaction.
    In a team library, ``author``'s only: the others' are re-anchored by their authors
    when they next open it (see :func:`complete_reanchoring`).

    Inside an import's transaction (a new version), the version and its re-anchored
    annotations commit together: no reader, and no kill in between, ever sees the new
    text with the old offsets. An annotation whose version is not the article's is
    what re-anchoring still has to do (see :func:`complete_reanchoring`)."""
    article = store.get(article_id)
    counts = {s.value: 0 for s in AnchorStatus}
    with store.transaction():
        for a in annotations.find(article_id):
            if a.author != author:
                continue
            if a.version == article.version and a.status != AnchorStatus.ORPHANED:
                counts[AnchorStatus.ANCHORED] += 1
                continue
            found = anchor(article.text, a.start, a.end, TextQuote(a.exact, a.prefix, a.suffix))
            counts[found.status.value] += 1
            if found.status is AnchorStatus.ORPHANED:
                moved = replace(a, status=found.status.value, version=article.version)
            else:
                quote = describe(article.text, found.start, found.end)
                moved = replace(
                    a,
                    start=found.start,
                    end=found.end,
                    exact=quote.exact,
                    prefix=quote.prefix,
                    suffix=quote.suffix,
                    status=found.status.value,
                    version=article.version,
                )
            annotations.save(moved)
    return counts


def complete_reanchoring(store: Store, annotations: Annotations, author: str = "") -> list[str]:
    """Re-anchor the annotations left on an older version of their article (by a
    version written without them, as earlier releases did, then killed); returns the
    articles repaired. Run when a library is opened, so that they are put right before
    anything shows them."""
    pending = annotations.behind_their_article()
    for article_id in pending:
        log.warning("re-anchoring the annotations of %s on its current text", article_id)
        reanchor_article(store, annotations, article_id, author)
    return pending
