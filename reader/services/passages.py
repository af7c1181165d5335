"""The shared-passage side of the :class:`~reader.services.Library` ("Also in…"):
finding, in the background after an import, the paragraphs that other articles share;
what a paragraph's copies changed; story groups; an annotation offered to the copies.

Finding is incremental: each article version is read once, its sentences' LSH keys are
stored, and a new article is compared only with the sentences its keys point to."""

from __future__ import annotations

from collections import OrderedDict, defaultdict
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from reader.core.anchoring import AnchorStatus, anchor, describe
from reader.core.errors import NotFound, ReaderError
from reader.core.model import Annotation, ArticleSummary
from reader.core.passages import PassageCopy, SharedPassage, StoryGroup, StoryMember
from reader.passages import ENGINE_VERSION, align, jaccard, units
from reader.passages.align import map_span
from reader.passages.units import PASSAGE_KINDS, THRESHOLD, Unit, unit_keys
from reader.store import ArticleStore
from reader.store.passages import Link, PassageStore

if TYPE_CHECKING:
    from reader.core.model import Article
    from reader.services.library import Library

Progress = Callable[[int, int, str], None]
# Two articles are one story when the paragraphs they share are this part of one of
# them: a story filed again, extended or with its lead rewritten, keeps most of its
# paragraphs; a follow-up or another story on the same subject repeats a background
# sentence or two of many. Chosen on the BBC's business, entertainment and sport
# folders (duplicates found 30 of 30, 2 pairs more, both the same story rewritten);
# politics and tech were held out (benchmarks/passages.py, BENCHMARKS.md).
SAME_STORY_PART = 0.8
_CACHE = 2000  # articles whose units are kept while reading
_BATCH = 25  # articles saved in one transaction


class SharedPassages:
    """The shared-passage features of one :class:`~reader.services.Library` (kept beside
    it rather than mixed in: it needs only the library's store, writer and annotations)."""

    def __init__(self, library: Library) -> None:
        self.library = library

    @property
    def passage_store(self) -> PassageStore | None:
        """The passage tables; None on a team's shared library, which keeps none (the
        feature is then off: nothing is found, no mark is shown)."""
        store = self.library.store
        return PassageStore(store) if isinstance(store, ArticleStore) else None

    def find_shared_passages(
        self,
        progress: Progress | None = None,
        should_stop: Callable[[], bool] = lambda: False,
    ) -> int:
        """Read every article version not read yet (after an import, or when the engine
        changed): store its keys and the paragraphs it shares with the others. Returns
        how many were read; a stop leaves the rest pending, each read one whole."""
        passages = self.passage_store
        if passages is None:
            return 0
        pending = passages.pending(ENGINE_VERSION)
        cache: OrderedDict[str, list[Unit]] = OrderedDict()

        def units_of(article_id: str) -> list[Unit]:
            if article_id in cache:
                cache.move_to_end(article_id)
                return cache[article_id]
            try:
                found = units(self.library.store.get(article_id))
            except NotFound:
                found = []
            cache[article_id] = found
            if len(cache) > _CACHE:
                cache.popitem(last=False)
            return found

        done = 0
        batch: list[tuple[str, int, list[tuple[int, int]], list[Link]]] = []
        unsaved: dict[int, list[tuple[str, int]]] = {}  # the batch's keys, not stored yet
        for done, article_id in enumerate(pending, start=1):
            if should_stop():
                done -= 1
                break
            try:
                article = self.library.store.get(article_id)
            except NotFound:
                continue
            mine = units(article)
            cache[article_id] = mine
            found_keys = unit_keys(mine)
            links = _links(mine, passages, found_keys, article_id, units_of, unsaved)
            batch.append((article_id, article.version, found_keys, links))
            for key, index in found_keys:
                unsaved.setdefault(key, []).append((article_id, index))
            if len(batch) >= _BATCH or done == len(pending):
                self._save(passages, batch)
                batch, unsaved = [], {}
            if progress:
                progress(done, len(pending), article.title)
        self._save(passages, batch)  # what a stop left unsaved: each is read whole
        return done

    def _save(
        self,
        passages: PassageStore,
        batch: Sequence[tuple[str, int, list[tuple[int, int]], list[Link]]],
    ) -> None:
        """Several articles in one transaction (a commit each cost more than reading
        them), on the library's one writer (``passages`` read them on this thread)."""
        if not batch:
            return

        def write() -> None:
            mine = self.passage_store  # the writer's connection
            if mine is None:
                return
            with self.library.store.transaction():
                for article_id, version, unit_keys, links in batch:
                    mine.save(article_id, version, ENGINE_VERSION, unit_keys, links)

        self.library.writer.run(write)

    def also_in(self, ref: str) -> list[SharedPassage]:
        """The article's paragraphs that other articles share, in text order, each with
        its copies and what they changed."""
        article = self.library.article(ref)
        passages = self.passage_store
        if passages is None:
            return []
        by_paragraph: dict[tuple[int, int], list[PassageCopy]] = {}
        others: dict[str, Article | None] = {}
        links = passages.links(article.id)
        mine: defaultdict[str, set[int]] = defaultdict(set)
        theirs_shared: defaultdict[str, set[int]] = defaultdict(set)
        for start, _, other_id, o_start, _, _ in links:
            mine[other_id].add(start)
            theirs_shared[other_id].add(o_start)
        paragraphs = _paragraphs(article)
        for start, end, other_id, o_start, o_end, score in links:
            if other_id not in others:
                try:
                    others[other_id] = self.library.store.get(other_id)
                except NotFound:
                    others[other_id] = None
            other = others[other_id]
            if other is None or o_end > len(other.text) or end > len(article.text):
                continue
            ours, theirs = article.text[start:end], other.text[o_start:o_end]
            al = align(ours, theirs)
            by_paragraph.setdefault((start, end), []).append(
                PassageCopy(
                    article_id=other.id,
                    title=other.title,
                    source=other.source,
                    date=other.date,
                    start=o_start,
                    end=o_end,
                    text=theirs,
                    score=round(score, 3),
                    shared=_shift(al.shared_a, start),
                    other_shared=_shift(al.shared_b, o_start),
                    changed=tuple(_shift(s, start) for s in al.changed_a),
                    other_changed=tuple(_shift(s, o_start) for s in al.changed_b),
                    same_story=same_story(
                        len(mine[other_id]),
                        paragraphs,
                        len(theirs_shared[other_id]),
                        _paragraphs(other),
                    ),
                )
            )
        return [
            SharedPassage(s, e, tuple(sorted(copies, key=_ranked)))
            for (s, e), copies in sorted(by_paragraph.items())
        ]

    def same_story_pairs(self) -> list[tuple[str, str]]:
        """The pairs of articles (first id < second id) that tell one story: they share
        most of one of them (:func:`same_story`), not a background sentence."""
        passages = self.passage_store
        pairs = passages.pair_counts() if passages is not None else []
        if not pairs:
            return []
        ids = sorted({p[0] for p in pairs} | {p[1] for p in pairs})
        rows = {s.id: s.paragraphs for s in self.library.store.summaries(ids=ids)}
        return [
            (a, b)
            for a, b, shared_a, shared_b in pairs
            if a in rows and b in rows and same_story(shared_a, rows[a], shared_b, rows[b])
        ]

    def story_groups(self) -> list[StoryGroup]:
        """Articles that share enough paragraphs, grouped (a group is closed under
        "shares enough with one of its members"), each group earliest first; the groups
        by their first member, earliest first."""
        passages = self.passage_store
        pairs = passages.pair_counts() if passages is not None else []
        if not pairs:
            return []
        ids = sorted({p[0] for p in pairs} | {p[1] for p in pairs})
        rows = {s.id: s for s in self.library.store.summaries(ids=ids)}
        parent = {i: i for i in rows}

        def root(i: str) -> str:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        shared: dict[str, int] = {}
        for a, b, shared_a, shared_b in pairs:
            if a not in rows or b not in rows:
                continue
            if same_story(shared_a, rows[a].paragraphs, shared_b, rows[b].paragraphs):
                parent[root(a)] = root(b)
                shared[a] = max(shared.get(a, 0), shared_a)
                shared[b] = max(shared.get(b, 0), shared_b)
        groups: dict[str, list[ArticleSummary]] = {}
        for i in shared:
            groups.setdefault(root(i), []).append(rows[i])
        result = []
        for members in groups.values():
            members.sort(key=_published)
            result.append(
                StoryGroup(
                    tuple(
                        StoryMember(m.id, m.title, m.source, m.date, m.imported_at, shared[m.id])
                        for m in members
                    )
                )
            )
        result.sort(key=lambda g: _published(g.first))
        return result

    def copy_annotation(
        self, annotation: Annotation, passage: SharedPassage, copy: PassageCopy
    ) -> Annotation:
        """Put an annotation of one copy of a passage on another copy: the same colour,
        note and tags, anchored in the other article's paragraph by the annotation's
        quote (:mod:`reader.core.anchoring`); where the other outlet changed the words,
        on the words it wrote instead."""
        source = self.library.article(annotation.article_id)
        target = self.library.article(copy.article_id)
        ours = source.text[passage.start : passage.end]
        theirs = target.text[copy.start : copy.end]
        rel = (annotation.start - passage.start, annotation.end - passage.start)
        mapped = map_span(ours, theirs, *rel)
        hint = mapped or (max(0, rel[0]), max(0, rel[0]) + len(annotation.exact))
        quote = describe(source.text, annotation.start, annotation.end)
        found = anchor(theirs, hint[0], hint[1], quote)
        placed = found.status is not AnchorStatus.ORPHANED
        if placed and theirs[found.start : found.end] == annotation.exact:
            span = (found.start, found.end)  # the same words, found by their quote
        elif mapped is not None:
            span = mapped  # words the other outlet changed: its own words
        elif placed:
            span = (found.start, found.end)
        else:
            raise ReaderError("the highlighted words are not in the other copy")
        return self.library.add_annotation(
            target.id,
            copy.start + span[0],
            copy.start + span[1],
            annotation.color,
            annotation.note,
            annotation.tags,
        )


def _links(
    mine: Sequence[Unit],
    passages: PassageStore,
    unit_keys: Sequence[tuple[int, int]],
    article_id: str,
    units_of: Callable[[str], list[Unit]],
    unsaved: dict[int, list[tuple[str, int]]],
) -> list[Link]:
    """The paragraph pairs of this article and the others whose sentences match: a
    candidate from a shared key (stored, or of an article of this batch not saved yet)
    is kept when the shingles' Jaccard reaches THRESHOLD."""
    by_key: dict[int, list[int]] = {}
    for key, index in unit_keys:
        by_key.setdefault(key, []).append(index)
    best: dict[tuple[int, int, str, int, int], float] = {}
    seen: set[tuple[int, str, int]] = set()
    stored = passages.candidates(list(by_key), article_id)
    waiting = [(k, o, i) for k in by_key for o, i in unsaved.get(k, ()) if o != article_id]
    for key, other_id, other_index in stored + waiting:
        theirs = units_of(other_id)
        if other_index >= len(theirs):
            continue  # keys of a version since replaced: it is pending, read again soon
        other = theirs[other_index]
        for index in by_key[key]:
            if (index, other_id, other_index) in seen:
                continue
            seen.add((index, other_id, other_index))
            unit = mine[index]
            score = jaccard(unit.shingles, other.shingles)
            if score >= THRESHOLD:
                pair = (*unit.block, other_id, *other.block)
                best[pair] = max(best.get(pair, 0.0), score)
    return [(s, e, o, os_, oe, score) for (s, e, o, os_, oe), score in sorted(best.items())]


def same_story(shared_a: int, paragraphs_a: int, shared_b: int, paragraphs_b: int) -> bool:
    """Whether two articles that share ``shared_a`` of ``paragraphs_a`` paragraphs (and
    ``shared_b`` of ``paragraphs_b``) tell one story: most of one of them is in the
    other. A lone shared paragraph is a passage, not a story, however short the two."""
    if min(shared_a, shared_b) < 2:
        return False
    part = max(shared_a / max(1, paragraphs_a), shared_b / max(1, paragraphs_b))
    return part >= SAME_STORY_PART


def _paragraphs(article: Article | None) -> int:
    """How many of the article's blocks can carry a shared passage."""
    if article is None:
        return 0
    return sum(1 for b in article.blocks() if b.kind in PASSAGE_KINDS)


def _shift(span: tuple[int, int], by: int) -> tuple[int, int]:
    return span[0] + by, span[1] + by


def _published(row: ArticleSummary | StoryMember) -> tuple[str, str, str]:
    """Earliest first: the date the article gives, else the day it was imported."""
    return (row.date or row.imported_at[:10], row.imported_at, row.id)


def _ranked(copy: PassageCopy) -> tuple[bool, str, str]:
    """The copies of the same story first, each earliest first; other stories that
    repeat the passage after them."""
    return (not copy.same_story, copy.date or "9999", copy.article_id)
