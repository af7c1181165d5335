"""The passes that visit every match of a query — its total, its facets, the ranking of
every match — done on arrays instead of by stepping through Whoosh's matchers.

Whoosh's matchers are pure Python: at 50,000 articles a common word has ten thousand
matches, and each costs several nested method calls in every pass (three quarters of a
typed query's time). Here the matcher tree Whoosh builds for a query is read as a
formula: each term's postings are read whole, block by block, into arrays (kept for the
searcher's life: a segment never changes), and unions, intersections and exclusions
are array operations. Scores are BM25F computed element by element with the operations
of Whoosh's scorer in the same order, and added up along the same tree, so they are
Whoosh's to the last bit and the ranking is unchanged (but for a phrase of function words
only, which Whoosh scores 0: reader.search.smallwords). A part of the tree not known here
(a phrase, a span) is stepped through by Whoosh as before, that part only.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching import binary, mcore, wrappers
from whoosh.query import Query
from whoosh.query.spans import SpanNear2, SpanWrappingMatcher
from whoosh.scoring import BM25FScorer, WeightScorer
from whoosh.searching import Results

import reader.search.mirror as mirror
import reader.search.smallwords as smallwords
from reader.search.kept import LENGTHS, Kept, Segment, field_lengths, kept_for, positions
from reader.search.links import ATTRIBUTE, Between, stand_linked
from reader.search.phrases import deferring, settle
from reader.search.phrases import install as install_phrases

install_phrases()  # phrases built here leave their first match for later (see phrases.py)

_EMPTY_IDS = np.zeros(0, dtype=np.int64)
_EMPTY_SCORES = np.zeros(0, dtype=np.float64)


def _near_spans(
    positions: Callable[[int], tuple[int, ...]],
    count: int,
    slop: int,
    ordered: bool,
    mindist: int,
) -> bool:
    """Whether ``SpanNear2Matcher._get_spans`` finds a span at this document, by its own
    steps, ``positions(i)`` giving the i-th word's positions (sorted). Its spans are
    ``(start, end)`` pairs here, not Whoosh's ``Span`` objects: a word's span is its
    position, two spans joined reach from the first start to the last end, and the
    distance between a span and a word's is 0 when the word lies within it. Only
    whether some span is left is asked, so the order spans are tried in is free."""
    aspans = [(p, p) for p in positions(0)]
    i = 1
    while i < count and aspans:
        bspans = positions(i)
        found: set[tuple[int, int]] = set()
        for start, end in aspans:
            j = bisect_left(bspans, start if ordered else max(0, start - slop))
            while j < len(bspans):
                b = bspans[j]
                j += 1
                if b < start - slop or (ordered and start > b):
                    continue
                if b > end + slop:
                    break
                distance = b - end if b > end else start - b if b < start else 0
                if mindist <= distance <= slop:
                    found.add((min(start, b), max(end, b)))
        aspans = list(found)
        i += 1
    return i == count and bool(aspans)


@dataclass
class _Part:
    """One node of a matcher tree, evaluated: the documents it matches (sorted), their
    scores, and what the matched terms of a document are read from."""

    ids: np.ndarray
    scores: np.ndarray | None
    kind: str
    children: tuple[_Part, ...] = ()
    term: tuple[str, bytes] | None = None
    stepped: dict[int, list[tuple[str, bytes]]] | None = None  # terms of a stepped part


class _Unknown(Exception):
    """A part of a matcher tree that only Whoosh's stepping can tell."""


class _Evaluator:
    """Reads one segment's matcher tree as arrays. With ``wanted`` (sorted document
    numbers), the parts Whoosh steps through look at those documents only."""

    def __init__(
        self,
        kept: Kept,
        segment: Segment,
        scored: bool,
        terms: bool,
        wanted: np.ndarray | None = None,
        loose: bool = False,
    ) -> None:
        self.kept, self.segment, self.scored, self.terms = kept, segment, scored, terms
        self.wanted = wanted
        # loose: the documents that may match, a span's positions not compared, and no
        # matcher moved (a part that would have to be stepped raises _Unknown)
        self.loose = loose

    def run(self, m: Any) -> _Part:
        kind = type(m)
        if kind is W3LeafMatcher and m.term() is not None:
            return self._leaf(m)
        if isinstance(m, mcore.NullMatcherClass):
            return _Part(_EMPTY_IDS, _EMPTY_SCORES if self.scored else None, "null")
        if kind is binary.UnionMatcher:
            return self._union(self.run(m.a), self.run(m.b))
        if kind is binary.IntersectionMatcher:
            return self._intersection(self.run(m.a), self.run(m.b))
        if kind is binary.AndNotMatcher:
            a, b = self.run(m.a), self.run(m.b)
            keep = ~np.isin(a.ids, b.ids, assume_unique=True)
            scores = a.scores[keep] if a.scores is not None else None
            return _Part(a.ids[keep], scores, "first", (a,))
        if kind is binary.AndMaybeMatcher:
            return self._maybe(self.run(m.a), self.run(m.b))
        if kind is wrappers.WrappingMatcher:
            child = self.run(m.child)
            return _Part(child.ids, self._boosted(child.scores, m.boost), "first", (child,))
        if kind is wrappers.FilterMatcher:
            child = self.run(m.child)
            listed = np.fromiter(m._ids, dtype=np.int64, count=len(m._ids))
            keep = np.isin(child.ids, listed, invert=m._exclude)
            scores = (
                self._boosted(child.scores[keep], m.boost) if child.scores is not None else None
            )
            return _Part(child.ids[keep], scores, "first", (child,))
        if isinstance(m, SpanWrappingMatcher):
            return self._spans(m)
        return self._stepped(m)

    def node(self, n: Any) -> _Part:
        """A stand-in tree (see :mod:`reader.search.mirror`) read as :meth:`run` reads
        the matchers it stands for."""
        kind = type(n)
        if kind is mirror.Real:
            return self.run(n.matcher)
        if kind is mirror.Leaf:
            return self._located(n)
        if kind is mirror.Pair:
            a, b = self.node(n.a), self.node(n.b)
            return self._union(a, b) if n.kind is binary.UnionMatcher else self._intersection(a, b)
        if kind is mirror.Wrap:
            child = self.node(n.child)
            return _Part(child.ids, self._boosted(child.scores, n.boost), "first", (child,))
        if kind is mirror.Filter:
            child = self.node(n.child)
            keep = np.isin(child.ids, n.deleted, invert=True)
            scores = self._boosted(child.scores[keep], 1.0) if child.scores is not None else None
            return _Part(child.ids[keep], scores, "first", (child,))
        if kind is mirror.Phrase:
            return self._phrase(n)
        return _Part(_EMPTY_IDS, _EMPTY_SCORES if self.scored else None, "null")

    def _located(self, n: mirror.Leaf) -> _Part:
        """:meth:`_leaf` for a stand-in leaf."""
        term = n.located.term()
        ids, weights, _blocks = self.kept.postings(self.segment, n.located)
        scores = self._scores(n.scorer, ids, weights, term) if self.scored else None
        return _Part(ids, scores, "leaf", term=term)

    def _phrase(self, n: mirror.Phrase) -> _Part:
        """:meth:`_spans` for a stand-in phrase."""
        child = _Evaluator(self.kept, self.segment, self.scored, self.terms, loose=True).node(
            n.child
        )
        if self.loose:
            return child
        return self._near(child, n.words, n.slop, n.ordered, n.mindist, 1.0, n.links)

    @staticmethod
    def _boosted(scores: np.ndarray | None, boost: float) -> np.ndarray | None:
        return None if scores is None else scores * boost

    def _leaf(self, m: Any) -> _Part:
        ids, weights, _blocks = self.kept.postings(self.segment, m)
        if not self.scored:
            return _Part(ids, None, "leaf", term=m.term())
        scorer = m.scorer
        if type(scorer) not in (BM25FScorer, WeightScorer) and scorer is not None:
            return self._stepped(m)
        return _Part(ids, self._scores(scorer, ids, weights, m.term()), "leaf", term=m.term())

    def _scores(
        self, scorer: Any, ids: np.ndarray, weights: np.ndarray, term: tuple[str, bytes]
    ) -> np.ndarray:
        """A term's scores in the segment, as its scorer (BM25F, or the weights) gives them."""
        if type(scorer) is BM25FScorer:
            tf = weights.astype(np.float64)  # Whoosh's float of each stored weight
            fl = LENGTHS[field_lengths(self.segment, term[0])[ids]]
            idf, avgfl, b, k1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
            # whoosh.scoring.bm25, operation by operation
            scores: np.ndarray = idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * fl / avgfl)))
            return scores
        return weights.astype(np.float64)

    def _union(self, a: _Part, b: _Part) -> _Part:
        ids = _merged(a.ids, b.ids)
        scores = None
        if a.scores is not None and b.scores is not None:
            # a document in both gets a + b, as UnionMatcher.score adds them
            scores = np.zeros(len(ids))
            scores[np.searchsorted(ids, a.ids)] += a.scores
            scores[np.searchsorted(ids, b.ids)] += b.scores
        return _Part(ids, scores, "any", (a, b))

    def _intersection(self, a: _Part, b: _Part) -> _Part:
        ids, at_a, at_b = np.intersect1d(a.ids, b.ids, assume_unique=True, return_indices=True)
        scores = None
        if a.scores is not None and b.scores is not None:
            scores = a.scores[at_a] + b.scores[at_b]
        return _Part(ids, scores, "all", (a, b))

    def _maybe(self, a: _Part, b: _Part) -> _Part:
        scores = None
        if a.scores is not None and b.scores is not None:
            scores = a.scores.copy()
            _ids, at_a, at_b = np.intersect1d(a.ids, b.ids, assume_unique=True, return_indices=True)
            scores[at_a] = a.scores[at_a] + b.scores[at_b]
        return _Part(a.ids, scores, "maybe", (a, b))

    def _spans(self, m: Any) -> _Part:
        """A phrase (or another span query): the documents with all its words come from
        the arrays; the positions are compared at those documents only. Its own ``next``
        would read the positions of every document up to the next match, past the few
        hundred ranked ones that the nearness boost asks about."""
        words: list[Any] = [_leaf_of(w) for w in getattr(m, "ms", None) or []]
        if type(m) is not SpanNear2.SpanNear2Matcher or not all(
            w is not None and w.term() is not None for w in words
        ):
            return self._stepped_spans(m)
        try:
            # the words' matches, scored and summed in the same tree as the phrase's
            child = _Evaluator(self.kept, self.segment, self.scored, self.terms, loose=True).run(
                m.child
            )
        except _Unknown:
            return self._stepped(m)
        if self.loose:
            return child
        links = getattr(m, ATTRIBUTE, None)
        return self._near(child, words, m.slop, m.ordered, m.mindist, m.boost, links)

    def _near(
        self,
        child: _Part,
        words: list[Any],
        slop: int,
        ordered: bool,
        mindist: int,
        boost: float,
        links: tuple[str, tuple[bytes, ...]] | None = None,
    ) -> _Part:
        """The documents of ``child`` (a phrase's words) where ``words`` stand as the
        phrase asks, compared at the wanted documents only (``links``: a
        :class:`reader.search.links.LinkedPhrase`'s field and linking words)."""
        keep = np.ones(len(child.ids), dtype=bool)
        if self.wanted is not None:
            keep = np.isin(child.ids, self.wanted, assume_unique=True)
        kept, segment = self.kept, self.segment
        # a phrase of function words only, whose words carry no score: scored by how
        # often each article holds it (reader.search.smallwords)
        tfs = (
            np.zeros(len(child.ids))
            if self.scored and smallwords.function_words_only(words)
            else None
        )
        for at in np.flatnonzero(keep).tolist():
            docnum = int(child.ids[at])

            def spans(i: int, docnum: int = docnum) -> tuple[int, ...]:
                return positions(kept, segment, words[i], docnum)

            if links is not None:
                keep[at] = _linked(kept, segment, links, spans, len(words), docnum)
                continue
            if tfs is not None and ordered and mindist == 1:
                # counted, the words found in order at the same time
                tfs[at] = smallwords.occurrences(spans, len(words), slop)
                keep[at] = tfs[at] > 0
                continue
            keep[at] = _near_spans(spans, len(words), slop, ordered, mindist)
            if tfs is not None and keep[at]:
                tfs[at] = smallwords.occurrences(spans, len(words), slop)
        scores = None if child.scores is None else child.scores[keep] * boost
        if tfs is not None:
            scores = self._counted(child.ids, tfs, keep, words) * boost
        return _Part(child.ids[keep], scores, "first", (child,))

    def _counted(
        self, ids: np.ndarray, tfs: np.ndarray, keep: np.ndarray, words: list[Any]
    ) -> np.ndarray:
        """A phrase of function words only: BM25 of how often each kept article holds it."""
        fieldname = words[0].term()[0]
        reader = self.segment.reader
        total = reader.doc_count()
        average = reader.field_length(fieldname) / total if total else 1.0
        lengths = LENGTHS[field_lengths(self.segment, fieldname)[ids[keep]]]
        return smallwords.scores(tfs[keep], lengths, average, len(ids), total)

    def _stepped_spans(self, m: Any) -> _Part:
        """Another span query: its candidates from the arrays, stepped by Whoosh."""
        try:
            loose = _Evaluator(self.kept, self.segment, False, False, loose=True).run(m.child)
        except _Unknown:
            return self._stepped(m)
        if self.loose:
            return loose
        candidates = loose.ids
        if self.wanted is not None:
            candidates = candidates[np.isin(candidates, self.wanted, assume_unique=True)]
        settle(m)
        inner = m.child
        ids: list[int] = []
        scores: list[float] = []
        stepped: dict[int, list[tuple[str, bytes]]] | None = {} if self.terms else None
        for docnum in candidates.tolist():
            if not inner.is_active():
                break
            if inner.id() < docnum:
                inner.skip_to(docnum)
            if not inner.is_active() or inner.id() != docnum or not m._get_spans():
                continue
            self._take(m, docnum, ids, scores, stepped)
        return self._made(ids, scores, stepped)

    def _stepped(self, m: Any) -> _Part:
        """A matcher not read as a formula, stepped through by Whoosh (with ``wanted``,
        skipping from one wanted document to the next)."""
        if self.loose:
            raise _Unknown
        settle(m)
        ids: list[int] = []
        scores: list[float] = []
        stepped: dict[int, list[tuple[str, bytes]]] | None = {} if self.terms else None
        if self.wanted is not None:
            for docnum in self.wanted.tolist():
                if not m.is_active():
                    break
                if m.id() < docnum:
                    m.skip_to(docnum)
                if m.is_active() and m.id() == docnum:
                    self._take(m, docnum, ids, scores, stepped)
            return self._made(ids, scores, stepped)
        while m.is_active():
            self._take(m, m.id(), ids, scores, stepped)
            m.next()
        return self._made(ids, scores, stepped)

    def _take(
        self,
        m: Any,
        docnum: int,
        ids: list[int],
        scores: list[float],
        stepped: dict[int, list[tuple[str, bytes]]] | None,
    ) -> None:
        ids.append(docnum)
        if self.scored:
            scores.append(m.score())
        if stepped is not None:
            stepped[docnum] = list(m.matching_terms(docnum))

    def _made(
        self,
        ids: list[int],
        scores: list[float],
        stepped: dict[int, list[tuple[str, bytes]]] | None,
    ) -> _Part:
        return _Part(
            np.array(ids, dtype=np.int64),
            np.array(scores, dtype=np.float64) if self.scored else None,
            "stepped",
            stepped=stepped,
        )


def _linked(
    kept: Kept,
    segment: Segment,
    links: tuple[str, tuple[bytes, ...]],
    spans: Callable[[int], tuple[int, ...]],
    count: int,
    docnum: int,
) -> bool:
    """Whether a :class:`reader.search.links.LinkedPhrase`'s words stand at this
    document with only linking words between."""
    linking = Between(kept, segment, links, docnum, mirror.located)
    return stand_linked(spans, count, linking)


def _leaf_of(word: Any) -> Any:
    """The leaf matcher whose positions are a phrase word's: the word's own, or the one
    a ``FilterMatcher`` wraps (a segment with deleted articles filters each word; its
    spans are its child's, and the arrays have already left the deleted ones out);
    None for any other matcher."""
    if type(word) is wrappers.FilterMatcher:
        word = word.child
    return word if type(word) is W3LeafMatcher else None


def _merged(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The union of two sorted arrays of distinct document numbers, sorted. ``union1d``
    hashes or sorts them as if in any order (a tenth of a typed query's time at 50,000
    articles); a stable sort of the two runs side by side merges them."""
    if not len(a) or not len(b):
        return (b if not len(a) else a).astype(np.result_type(a, b), copy=False)
    both = np.concatenate((a, b))
    both.sort(kind="stable")
    keep = np.empty(len(both), dtype=bool)
    keep[0] = True
    np.not_equal(both[1:], both[:-1], out=keep[1:])
    return both[keep]


def _terms_of(part: _Part, docs: np.ndarray, rows: list[list[tuple[str, bytes]]]) -> None:
    """The terms of ``part`` that match each of ``docs`` (which ``part`` matches), added
    to the row of each, in the order of the tree: every document of the ranked window
    at once, one ``searchsorted`` a node instead of one per node and document."""
    if part.kind == "leaf":
        for row in rows:
            row.append(part.term)  # type: ignore[arg-type]
    elif part.kind == "stepped":
        stepped = part.stepped or {}
        for docnum, row in zip(docs.tolist(), rows, strict=True):
            row.extend(stepped.get(docnum, ()))
    elif part.kind in ("first", "all"):
        for child in part.children[:1] if part.kind == "first" else part.children:
            _terms_of(child, docs, rows)
    else:  # any, maybe: the children that match it
        for n, child in enumerate(part.children):
            if part.kind == "maybe" and n == 0:
                _terms_of(child, docs, rows)
                continue
            held = _held(child.ids, docs)
            if held.all():
                _terms_of(child, docs, rows)
            elif held.any():
                picked = [row for row, h in zip(rows, held.tolist(), strict=True) if h]
                _terms_of(child, docs[held], picked)


def _held(ids: np.ndarray, docs: np.ndarray) -> np.ndarray:
    """Which of ``docs`` the sorted ``ids`` hold."""
    if not len(ids):
        return np.zeros(len(docs), dtype=bool)
    at = np.minimum(np.searchsorted(ids, docs), len(ids) - 1)
    held: np.ndarray = ids[at] == docs
    return held


def _tree(kept: Kept, segment: Segment, sub: Any, made: Query, scored: bool) -> mirror.Node:
    """The matcher tree of ``made`` in one segment, as stand-ins where they can be (see
    :mod:`reader.search.mirror`)."""
    weighting = sub.weighting if scored else None
    context = sub.context(needs_current=True, weighting=weighting)
    with deferring(made):  # phrases' first matches left to settle() (see phrases.py)
        if not mirror.mirrored(sub):
            return mirror.Real(made.matcher(sub, context))
        return mirror.Builder(kept, segment, sub, context).build(made)


def _parts(searcher: Any, made: Query, scored: bool, terms: bool) -> Iterable[tuple[_Part, int]]:
    kept = kept_for(searcher)
    for sub, offset in searcher.leaf_searchers():
        segment = kept.segment(sub.reader())
        tree = _tree(kept, segment, sub, made, scored)
        yield _Evaluator(kept, segment, scored, terms).node(tree), offset


def matching(
    searcher: Any, made: Query, docnums: Iterable[int], scored: bool
) -> Iterator[tuple[int, float]]:
    """``(docnum, score)`` for each of ``docnums`` that ``made`` matches (score 0.0
    unless ``scored``): the few hundred ranked articles tested against another query."""
    wanted = np.unique(np.fromiter(docnums, dtype=np.int64))
    kept = kept_for(searcher)
    for sub, offset in searcher.leaf_searchers():
        end = offset + sub.doc_count_all()
        local = wanted[(wanted >= offset) & (wanted < end)] - offset
        if not len(local):
            continue
        segment = kept.segment(sub.reader())
        tree = _tree(kept, segment, sub, made, scored)
        part = _Evaluator(kept, segment, scored, False, local).node(tree)
        keep = np.isin(part.ids, local, assume_unique=True)
        found = (part.ids[keep] + offset).tolist()
        scores = part.scores[keep].tolist() if part.scores is not None else [0.0] * len(found)
        yield from zip(found, scores, strict=True)


Evaluated = list[tuple[_Part, int]]  # a query's parts, one a segment, with its offset


def evaluate(searcher: Any, made: Query) -> Evaluated:
    """``made`` evaluated once, scored, for both :func:`ids_of` and :func:`ranked`: the
    total and the ranking of a search then build Whoosh's matchers once, not twice."""
    return list(_parts(searcher, made, True, True))


def ids_of(parts: Evaluated) -> np.ndarray:
    """Every document of an evaluated query, in order."""
    found = [part.ids + offset for part, offset in parts]
    return np.concatenate(found) if found else _EMPTY_IDS


def doc_ids(searcher: Any, made: Query) -> np.ndarray:
    """Every document ``made`` matches, in order (``searcher.docs_for_query``)."""
    return ids_of(list(_parts(searcher, made, False, False)))


def ranked(
    searcher: Any,
    made: Query,
    limit: int,
    allow: Collection[int] | None = None,
    parts: Evaluated | None = None,
) -> Results:
    """The best ``limit`` documents for ``made`` with the terms each matched, as
    ``searcher.search(made, limit=limit, filter=allow, terms=True)`` gives them: by
    score, then by document number (``parts``: ``made`` already evaluated)."""
    if parts is None:
        parts = evaluate(searcher, made)
    docnums = np.concatenate([p.ids + o for p, o in parts]) if parts else _EMPTY_IDS
    scores = np.concatenate([p.scores for p, _ in parts]) if parts else _EMPTY_SCORES
    if allow is not None:
        wanted = np.fromiter(allow, dtype=np.int64, count=len(allow))
        keep = np.isin(docnums, wanted)
        docnums, scores = docnums[keep], scores[keep]
    if len(scores) > limit:
        # every document scoring at least the limit-th best, ties included
        bar = np.partition(scores, len(scores) - limit)[len(scores) - limit]
        keep = scores >= bar
        docnums, scores = docnums[keep], scores[keep]
    order = np.lexsort((docnums, -scores))[:limit]
    top = [(float(scores[i]), int(docnums[i])) for i in order]
    results = Results(searcher, made, top)
    docterms: dict[int, list[tuple[str, bytes]]] = {}
    left = [docnum for _score, docnum in top]
    for part, offset in parts:
        if not left:
            break
        local = np.array(left, dtype=np.int64) - offset
        held = ((local >= 0) & _held(part.ids, local)).tolist()
        mine: dict[int, list[tuple[str, bytes]]] = {
            docnum: [] for docnum, h in zip(left, held, strict=True) if h
        }
        if mine:
            _terms_of(part, local[np.array(held)], list(mine.values()))
            docterms.update(mine)
            left = [docnum for docnum, h in zip(left, held, strict=True) if not h]
    results.docterms = docterms
    results.termdocs = {}
    return results
