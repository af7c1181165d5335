"""The annotations of a library (:class:`Notes`): highlights, notes, tags, and
re-anchoring when an article's text changes. Every change goes through the library's
writer and re-indexes the articles it touched."""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from reader.core.anchoring import AnchorStatus, TextQuote, anchor, describe
from reader.core.colors import COLORS
from reader.core.errors import NotFound, ReaderError
from reader.core.finding import find_quote
from reader.core.model import Annotation, TagSummary
from reader.core.tags import loose_tag, tidy_tag
from reader.services.changes import Changes
from reader.store.annotations import tag_key

if TYPE_CHECKING:
    from reader.services.engines import Engines
    from reader.services.indexing import Indexer
    from reader.store.interface import Annotations, Store

log = logging.getLogger(__name__)

COLOR_MEANINGS = "color_meanings"


@dataclass(frozen=True)
class TagState:
    passages: dict[str, tuple[str, ...]]
    articles: dict[str, tuple[str, ...]]


class Notes:
    """Highlights, notes and tags; each write through the one writer, then the articles
    it touched re-indexed (their tags and notes are searchable)."""

    def __init__(self, engines: Engines, indexer: Indexer) -> None:
        self.engines = engines
        self.indexer = indexer

    @property
    def annotation_store(self) -> Annotations:
        return self.engines.annotation_store

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
        (``shared``: seen by the team, in a team library). The quote as given is looked
        for first, then as a person types it (other case, accents, apostrophes, spaces
        or line breaks: :func:`reader.core.finding.find_quote`)."""
        store = self.engines.store
        article = store.get(store.resolve(ref))
        spans = find_quote(article.text, quote)
        if not spans:
            raise NotFound(f"{quote!r} is not in the article {article.id}")
        if not 1 <= occurrence <= len(spans):
            raise NotFound(
                f"{quote!r} appears {len(spans)} time(s) in the article, not {occurrence}"
            )
        start, end = spans[occurrence - 1]
        return self.add_annotation(article.id, start, end, color, note, tags, shared=shared)

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
        article = self.engines.store.get(article_id)
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
            tags=tidy_tags(tags),
            version=article.version,
            shared=shared,
        )
        if shared and self.engines.backend.local:
            raise ReaderError("only a team library's notes are shared; this library is yours")
        return self.save_annotation(annotation)

    def save_annotation(self, annotation: Annotation, base: Annotation | None = None) -> Annotation:
        """Store an edited annotation (colour, note, tags) as it is. ``base``: the
        version the edit was made on; when the note changed meanwhile (another window or
        desktop), the edit is kept beside that change as a conflict copy, returned."""

        annotation = replace(annotation, tags=tidy_tags(annotation.tags))

        def write() -> Annotation:
            saved = self.annotation_store.save(annotation, base)
            self.indexer.touched(Changes(articles={saved.article_id}, annotations={saved.id}))
            return saved

        return self.engines.writer.run(write)

    def delete_annotation(self, annotation_id: str) -> None:
        def write() -> None:
            store = self.annotation_store
            try:
                article_id = store.get(annotation_id).article_id
            except NotFound:
                article_id = None
            store.delete(annotation_id)
            if article_id is not None:
                self.indexer.touched(Changes(articles={article_id}, annotations={annotation_id}))

        self.engines.writer.run(write)

    def annotations(self, ref: str | None = None, tag: str | None = None) -> list[Annotation]:
        """The annotations of an article, of a tag (and its sub-tags), or all. A tag no
        passage or article holds is said so, naming the tags it was likely typed for,
        rather than answered with nothing."""
        article_id = self.engines.store.resolve(ref) if ref else None
        found = self.annotation_store.find(article_id, tag)
        if tag and not found and tidy_tag(tag) != tag:  # "Pays / Chine" asked for as typed
            found = self.annotation_store.find(article_id, tidy_tag(tag))
        if tag and not found:
            self._known_tag(tag)
        return found

    def _known_tag(self, name: str) -> None:
        """Raise :class:`NotFound` unless ``name`` is a tag or a parent of tags, naming
        those it reads as once case, accents and spaces are set aside (``economie`` for
        *Économie / Banques*), or the library's first tags."""
        names = [t.name for t in self.tags()]
        key = tag_key(name)
        if any(tag_key(n) == key or tag_key(n).startswith(key + "/") for n in names):
            return
        loose = loose_tag(name)
        near = [n for n in names if loose_tag(n) == loose or loose_tag(n).startswith(loose + "/")]
        if near:
            hint = "did you mean " + " or ".join(f"“{n}”" for n in near[:3]) + "?"
        elif names:
            hint = "the tags are " + ", ".join(f"“{n}”" for n in names[:5])
            hint += f" and {len(names) - 5} more" if len(names) > 5 else ""
        else:
            hint = "the library has no tags yet"
        raise NotFound(f"no tag “{name}”; {hint}")

    def reanchor(self, article_id: str) -> dict[str, int]:
        """Find every annotation of an article again in its current text; returns how many
        stayed, moved or were orphaned (orphans are kept, never deleted)."""

        def write() -> dict[str, int]:
            store = self.engines.store
            me = self.engines.backend.author(store)
            return reanchor_article(store, self.annotation_store, article_id, me)

        return self.engines.writer.run(write)

    def tag_state(self) -> TagState:
        """Every passage's and article's tags, to undo a rename, merge or delete."""
        passages = {a.id: a.tags for a in self.annotation_store.find()}
        return TagState(passages, self.annotation_store.article_tags())

    def restore_tag_state(self, state: TagState) -> None:
        def write() -> None:
            store = self.annotation_store
            touched = Changes(tags=True)
            for a in store.find():
                if a.id in state.passages and a.tags != state.passages[a.id]:
                    store.save(replace(a, tags=state.passages[a.id]))
                    touched.articles.add(a.article_id)
                    touched.annotations.add(a.id)
            current = store.article_tags()
            for article_id in set(current) | set(state.articles):
                if current.get(article_id, ()) != state.articles.get(article_id, ()):
                    store.set_article_tags(article_id, state.articles.get(article_id, ()))
                    touched.articles.add(article_id)
            store.prune_tags()
            self.indexer.touched(touched)

        self.engines.writer.run(write)

    def color_meanings(self) -> dict[str, str]:
        """The names the user gave the highlight colours (missing ones: the defaults)."""
        raw = self.engines.store.setting(COLOR_MEANINGS)
        return dict(json.loads(raw)) if raw else {}

    def set_color_meaning(self, color: str, meaning: str) -> None:
        def write() -> None:
            meanings = self.color_meanings()
            meanings[color] = meaning.strip()
            self.engines.store.set_setting(COLOR_MEANINGS, json.dumps(meanings, ensure_ascii=False))

        self.engines.writer.run(write)

    def tags(self) -> list[TagSummary]:
        return self.annotation_store.tags()

    def _as_kept(self, name: str) -> str:
        """``name`` as the library keeps it: ``Pays / Chine`` typed as the passage was
        tagged is the tag ``Pays/Chine`` (see :func:`tidy_tag`); one kept with its
        spaces by an earlier version is found as typed."""
        keys = {tag_key(t.name) for t in self.tags()}

        def held(key: str) -> bool:
            return key in keys or any(k.startswith(key + "/") for k in keys)

        return name if held(tag_key(name)) or not held(tag_key(tidy_tag(name))) else tidy_tag(name)

    def rename_tag(self, old: str, new: str) -> None:
        """Rename a tag; onto an existing tag, the two merge."""
        old = self._as_kept(old)
        self._known_tag(old)
        self._retag(lambda store: store.rename_tag(old, tidy_tag(new)), old, subtags=True)

    def tidy_kept_tags(self) -> None:
        """Keep the tags an earlier version kept as typed (``Pays / Chine``) as tags are
        kept now (``Pays/Chine``, under ``Pays``), merged with the tidy one where both
        exist: run when a library is opened, so a library tagged both ways lists one."""
        for name in self.annotation_store.untidy_tags():

            def tidy(store: Annotations, name: str = name) -> None:
                store.rename_tag(name, tidy_tag(name))

            self._retag(tidy, name, subtags=True)

    def delete_tag(self, name: str) -> None:
        name = self._as_kept(name)
        if not any(tag_key(t.name) == tag_key(name) for t in self.tags()):
            self._known_tag(name)  # a parent of tags is not deleted whole: say which
            raise NotFound(f"no tag “{name}”; only a tag itself is deleted, not its sub-tags")
        self._retag(lambda store: store.delete_tag(name), name, subtags=False)

    def _retag(self, change: Callable[[Annotations], None], name: str, subtags: bool) -> None:
        """A change to a tag (and its sub-tags): the articles that held it (as an
        article's tag or a passage's) are the ones re-indexed."""
        key = tag_key(name)

        def holds(tag: str) -> bool:
            found = tag_key(tag)
            return found == key or (subtags and found.startswith(key + "/"))

        def write() -> None:
            store = self.annotation_store
            touched = Changes(tags=True)
            for a in store.find():
                if any(holds(t) for t in a.tags):
                    touched.articles.add(a.article_id)
                    touched.annotations.add(a.id)
            for article_id, tags in store.article_tags().items():
                if any(holds(t) for t in tags):
                    touched.articles.add(article_id)
            change(store)
            self.indexer.touched(touched)

        self.engines.writer.run(write)

    def set_article_tags(self, article_id: str, names: Sequence[str]) -> None:
        def write() -> None:
            self.annotation_store.set_article_tags(article_id, tidy_tags(names))
            self.indexer.touched(Changes(articles={article_id}, tags=True))

        self.engines.writer.run(write)


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


def tidy_tags(names: Sequence[str]) -> tuple[str, ...]:
    return tuple(tidy_tag(name) for name in names)
