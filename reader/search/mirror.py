"""The matcher tree Whoosh would build for a query in one segment, made of stand-ins
that the array passes (:mod:`reader.search.arrays`) read as they read Whoosh's own.

The array passes never step the matchers of terms, unions, intersections and phrases:
they only read the tree's shape. Building those matchers cost a fifth of a typed
query's time at 50,000 articles: each term looked up in the segment's term table three
times (is it there, its size to order the tree, where its postings are), its first
posting block read, a scorer made in each segment for statistics that are the whole
index's, and each compound's size summed again at each level of the tree. Here a term
is looked up once per segment and searcher, its scorer made once per searcher, and
each part's size computed once per build.

The tree is Whoosh's to the last detail, so that scores add up in the same order: the
same binary and weighted trees (Whoosh's own ``make_binary_tree`` and
``make_weighted_tree``, on stand-ins that compare as its matchers do, by class), the
same sizes, the same boosts and deletion filters. A query of another kind (a fuzzy
word, a wildcard, a negation, a phrase with a word whose postings are inlined) is
built by Whoosh, its matcher standing in the tree as it is.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from whoosh import query
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3LeafMatcher
from whoosh.matching import binary, mcore, wrappers
from whoosh.query.spans import SpanNear2
from whoosh.reading import SegmentReader, TermNotFound
from whoosh.scoring import BM25FScorer, WeightScorer
from whoosh.util import make_binary_tree, make_weighted_tree

from reader.search.kept import Kept, Located, Segment
from reader.search.links import LinkedPhrase

_PHRASE = SpanNear2.SpanNear2Matcher
TERMS_KEPT = 20_000  # terms' places and sizes kept per segment and searcher (a few MB)


class Node:
    """A stand-in for one of Whoosh's matchers: ``kind`` is the class it stands for.
    Compared as Whoosh's matchers compare (``Matcher.__eq__`` and ``__lt__``: by
    class), which orders equal sizes in ``make_weighted_tree``."""

    __slots__ = ("kind",)
    kind: type

    def __eq__(self, other: object) -> bool:
        return self.kind is getattr(other, "kind", None)

    def __lt__(self, other: Node) -> bool:
        return other.kind is self.kind

    __hash__ = None  # type: ignore[assignment]


class Real(Node):
    """A matcher Whoosh built."""

    __slots__ = ("matcher",)

    def __init__(self, matcher: Any) -> None:
        self.kind, self.matcher = type(matcher), matcher


class Null(Node):
    __slots__ = ()

    def __init__(self) -> None:
        self.kind = mcore.NullMatcherClass


class Leaf(Node):
    """A term's postings in the segment (``W3LeafMatcher``); ``scorer`` None when the
    tree is not scored."""

    __slots__ = ("located", "scorer")

    def __init__(self, located: Located, scorer: Any) -> None:
        self.kind, self.located, self.scorer = W3LeafMatcher, located, scorer


class Filter(Node):
    """The segment's deleted documents left out (``FilterMatcher``, as a segment reader
    wraps each term's postings)."""

    __slots__ = ("child", "deleted")

    def __init__(self, child: Node, deleted: np.ndarray) -> None:
        self.kind, self.child, self.deleted = wrappers.FilterMatcher, child, deleted


class Wrap(Node):
    """A boost (``WrappingMatcher``)."""

    __slots__ = ("boost", "child")

    def __init__(self, child: Node, boost: float) -> None:
        self.kind, self.child, self.boost = wrappers.WrappingMatcher, child, boost


class Pair(Node):
    """A union or an intersection of two parts."""

    __slots__ = ("a", "b")

    def __init__(self, kind: type, a: Node, b: Node) -> None:
        self.kind, self.a, self.b = kind, a, b


class Phrase(Node):
    """A phrase's words (``SpanNear2Matcher``): ``child`` the intersection of their
    postings, ``words`` where each word's positions are read."""

    __slots__ = ("child", "links", "mindist", "ordered", "slop", "words")

    def __init__(
        self,
        child: Node,
        words: list[Located],
        slop: int,
        links: tuple[str, tuple[bytes, ...]] | None = None,
    ) -> None:
        self.kind, self.child, self.words = _PHRASE, child, words
        self.slop, self.ordered, self.mindist = slop, True, 1
        self.links = links  # a LinkedPhrase's field and linking words (reader.search.links)


def _union(a: Node, b: Node) -> Node:
    return Pair(binary.UnionMatcher, a, b)


def _intersection(a: Node, b: Node) -> Node:
    return Pair(binary.IntersectionMatcher, a, b)


def located(segment: Segment, fieldname: str, text: bytes) -> Located | str | None:
    """Where the term's postings are in the segment ("inlined" for a term whose
    postings are in its entry; None when the segment lacks it), looked up once per
    segment and searcher."""
    key = (fieldname, text)
    infos = segment.located
    if key in infos:
        known: Located | str | None = infos[key]
        return known
    if len(infos) >= TERMS_KEPT:
        infos.clear()
    terms = segment.reader._terms
    try:
        info = terms.term_info(fieldname, text)
    except TermNotFound:
        found: Located | str | None = None
    else:
        if info.is_inlined():
            found = "inlined"
        else:
            offset, _length = info.extent()
            postfile = terms._postfile
            if postfile.get(offset, len(WHOOSH3_HEADER_MAGIC)) != WHOOSH3_HEADER_MAGIC:
                raise ValueError(f"Block tag error at {offset}")
            format_ = segment.reader.schema[fieldname].format
            found = Located(key, postfile, offset + len(WHOOSH3_HEADER_MAGIC), format_)
    infos[key] = found
    return found


def mirrored(sub: Any) -> bool:
    """Whether the tree of a leaf searcher's segment can be built here (an empty
    index's reader is not a segment's)."""
    return type(sub.reader()) is SegmentReader


class Builder:
    """Builds the stand-in tree of queries in one segment (``sub``: its leaf searcher,
    ``context``: the search context Whoosh's matchers would be given)."""

    def __init__(self, kept: Kept, segment: Segment, sub: Any, context: Any) -> None:
        self.kept, self.segment, self.sub, self.context = kept, segment, sub, context
        self.reader = sub.reader()
        self.schema = sub.schema
        self.weighting = context.weighting if context is not None else None
        self.sizes: dict[int, int] = {}  # each query's estimated size, by its id

    def build(self, made: Any) -> Node:
        kind = type(made)
        if kind is query.Term and not made.minquality:
            return self._term(made)
        if (
            kind is query.Or
            and not made.minmatch
            and not made.scale
            and made.matcher_type == query.Or.DEFAULT_MATCHER
        ):
            return self._compound(made, _union, 1)
        if kind is query.And:
            return self._compound(made, _intersection, -1)
        if kind is query.Phrase or kind is LinkedPhrase:
            return self._phrase(made)
        return Real(made.matcher(self.sub, self.context))

    def _compound(self, made: Any, pair: Any, sign: int) -> Node:
        """``CompoundQuery.matcher``: one part alone is its own matcher (the compound's
        boost left out, as Whoosh leaves it); more in Whoosh's weighted tree, by size
        (an ``Or``) or by minus the size (an ``And``), then the boost."""
        subs = made.subqueries
        if not subs:
            return Null()
        if len(subs) == 1:
            return self.build(subs[0])
        nodes = [self.build(q) for q in subs]
        weighed = [(sign * self.size(q), n) for q, n in zip(subs, nodes, strict=True)]
        node: Node = make_weighted_tree(pair, weighed)
        return Wrap(node, made.boost) if made.boost != 1.0 else node

    def _term(self, made: Any) -> Node:
        """``Term.matcher``: the term's postings, its deleted documents filtered out,
        then its boost; an inlined term (in one document) is Whoosh's own matcher."""
        fieldname = made.fieldname
        if fieldname not in self.schema:
            return Null()
        try:
            text = self.schema[fieldname].to_bytes(made.text)
        except ValueError:
            return Null()
        located = self._located(fieldname, text)
        if located is None:
            return Null()
        if not isinstance(located, Located):  # inlined: Whoosh's list of postings
            return Real(made.matcher(self.sub, self.context))
        scorer = None
        if self.weighting is not None:
            scorer = self.kept.scorer(self.weighting, self.sub, fieldname, text)
            if type(scorer) not in (BM25FScorer, WeightScorer):  # read by stepping
                return Real(made.matcher(self.sub, self.context))
        node: Node = Leaf(located, scorer)
        deleted = self._deleted()
        if deleted is not None:
            node = Filter(node, deleted)
        return Wrap(node, made.boost) if made.boost != 1.0 else node

    def _phrase(self, made: Any) -> Node:
        """``Phrase.matcher``: nothing when a word is missing from the segment, else
        its words' ``SpanNear2`` matcher (ordered, at least one apart), then its boost;
        Whoosh's own when a word's postings are inlined."""
        fieldname = made.fieldname
        if fieldname not in self.schema:
            return Null()
        field = self.schema[fieldname]
        if not field.format or not field.format.supports("positions"):
            return Real(made.matcher(self.sub, self.context))  # raises as Whoosh does
        words: list[bytes] = []
        for word in made.words:
            try:
                text = field.to_bytes(word)
            except ValueError:
                return Null()
            if self._located(fieldname, text) is None:
                return Null()
            words.append(text)
        nodes = [self._term(query.Term(fieldname, text)) for text in words]
        leaves = [n.child if type(n) is Filter else n for n in nodes]
        if not all(type(n) is Leaf for n in leaves):
            return Real(made.matcher(self.sub, self.context))
        child = make_binary_tree(_intersection, nodes)
        links = made.links if type(made) is LinkedPhrase else None
        node: Node = Phrase(child, [n.located for n in leaves], made.slop, links)  # type: ignore[attr-defined]
        return Wrap(node, made.boost) if made.boost != 1.0 else node

    def _located(self, fieldname: str, text: bytes) -> Located | str | None:
        return located(self.segment, fieldname, text)

    def _deleted(self) -> np.ndarray | None:
        segment = self.segment
        if segment.deleted is None:
            deleted = self.reader.deleted_docs_set
            segment.deleted = (
                np.fromiter(deleted, dtype=np.int64, count=len(deleted)) if deleted else False
            )
        return segment.deleted if segment.deleted is not False else None

    def size(self, made: Any) -> int:
        """``made.estimate_size(reader)``, each part's once per build."""
        found = self.sizes.get(id(made))
        if found is not None:
            return found
        kind = type(made)
        reader = self.reader
        if kind is query.Term:
            found = self._term_size(made.fieldname, made.text)
        elif kind is query.Or and made.subqueries:
            total = sum(self.size(q) for q in made.subqueries)
            found = min(total, self._doc_count())
        elif kind is query.And and made.subqueries:
            found = min(self.size(q) for q in made.subqueries)
        elif kind is query.Phrase and made.words:
            found = min(self._term_size(made.fieldname, w) for w in made.words)
        else:
            found = made.estimate_size(reader)
        self.sizes[id(made)] = found
        return found

    def _term_size(self, fieldname: str, text: Any) -> int:
        """``Term(fieldname, text).estimate_size(reader)``, kept for the segment."""
        key = (fieldname, text)
        sizes = self.segment.term_sizes
        found = sizes.get(key)
        if found is None:
            if len(sizes) >= TERMS_KEPT:
                sizes.clear()
            found = sizes[key] = query.Term(fieldname, text).estimate_size(self.reader)
        return found

    def _doc_count(self) -> int:
        segment = self.segment
        if segment.doc_count is None:
            segment.doc_count = self.reader.doc_count()
        return segment.doc_count
