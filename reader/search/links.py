"""Quoted phrases whose typed words may have function words between them in the text,
and nothing else: ``"président commission"`` meets *président de la commission* but not
*président élu de la commission*, ``"prix au pétrole"`` *prix du pétrole* but not *prix
élevé du pétrole*.

People leave a phrase's small words out when they type it, or type others. A phrase
with some words allowed between (a slop) cannot tell *de la* from *élu de*: the one
that lets *de la* through lets any two words through. The index holds function words
at their places, under terms of their own (reader.search.analysis), so the words
between two typed words of a ranked article can be told apart: each place between must
hold one of the words that link a noun to what follows it (articles, the commonest
prepositions and conjunctions: :data:`LINKS`). Those are read only at the
few ranked articles whose typed words stand close, in order, and only when some place
lies between them (reader.search.arrays).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

import numpy as np
from whoosh import matching, query
from whoosh.query import Query
from whoosh.query.spans import SpanWrappingMatcher

from reader.search.analysis import LanguageTokenizer
from reader.search.kept import Kept, Located, Segment, positions
from reader.search.phrases import deferring

GAP = 3  # function words that may stand between two typed words
# The function words that stand between the words of a noun phrase or a name (*président
# de la commission*, *Bank of England*): articles and the commonest prepositions and
# conjunctions, the commonest first. Each is read, at a place asked about, until one
# stands there, so a place holding another word reads them all: the rarer ones (*chez*,
# *sans*, possessives, *into*) would cost more than the phrases they would find.
LINKS = {
    "fr": "de la le les des du à au aux en et un une pour par sur dans avec".split(),
    "en": "the of to a and in for on at by from with an its".split(),
}
ATTRIBUTE = "_liseuse_links"  # on a phrase's matcher: the terms that may stand between


def _terms(lang: str) -> tuple[bytes, ...]:
    """The index terms of ``lang``'s linking words (function words have terms of their
    own, without accents: *à* is ``·a``)."""
    tokenizer = LanguageTokenizer(lang)
    made = []
    for word in LINKS[lang]:
        text, stopped, _second = tokenizer.normalize(word)
        if stopped:
            made.append(text.encode("utf-8"))
    return tuple(dict.fromkeys(made))


TERMS = {lang: _terms(lang) for lang in LINKS}


def _lang(fieldname: str) -> str | None:
    """The language of a text field (``body_fr`` → ``fr``)."""
    return fieldname.rpartition("_")[2] if fieldname.startswith(("title_", "body_")) else None


class LinkedPhrase(query.Phrase):  # type: ignore[misc]
    """A phrase whose words stand in order with up to :data:`GAP` linking words between
    each two, and nothing else: Whoosh's sloppy phrase finds the articles where the
    words stand close, and the array passes keep those where every place between holds
    a linking word (its matcher carries their terms: :data:`ATTRIBUTE`). ``typed``: the
    function words the reader typed in the phrase, looked for first (``"said it
    would"``: *it* between *said* and *would*, though no linking word)."""

    def __init__(
        self, fieldname: str, words: list[str], boost: float = 1.0, typed: tuple[str, ...] = ()
    ) -> None:
        super().__init__(fieldname, words, slop=GAP + 1, boost=boost)
        self.typed = typed

    @property
    def links(self) -> tuple[str, tuple[bytes, ...]]:
        """Its field and the terms that may stand between its words there."""
        return self.fieldname, _links(_lang(self.fieldname), self.typed)

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        # its first match left to the array passes, which compare positions at the
        # ranked articles only: built by Whoosh below an AndNot (the phrase as typed
        # left out), it read the positions of article after article up to its first
        with deferring(self):
            made = super().matcher(searcher, context)
        inner = made.child if type(made) is matching.WrappingMatcher else made
        if isinstance(inner, SpanWrappingMatcher):
            setattr(inner, ATTRIBUTE, self.links)
        return made


@lru_cache(maxsize=256)
def _links(lang: str | None, typed: tuple[str, ...]) -> tuple[bytes, ...]:
    """The terms that may stand between a phrase's words in a field of ``lang``: the
    function words typed first, then the linking words."""
    if lang not in TERMS:
        return ()
    tokenizer = LanguageTokenizer(lang)
    own = [t.encode("utf-8") for t, stop, _ in map(tokenizer.normalize, typed) if stop]
    return tuple(dict.fromkeys([*own, *TERMS[lang]]))


def linked(made: Query, typed: tuple[str, ...] = ()) -> Query:
    """``made`` with each of its phrases (one a field) read as a :class:`LinkedPhrase`
    (``typed``: the phrase's function words as typed)."""

    def relink(node: Query) -> Query:
        if type(node) is query.Phrase:
            return LinkedPhrase(node.fieldname, list(node.words), node.boost, typed)
        return node

    return made.accept(relink)


def stand_linked(
    starts: Callable[[int], Sequence[int]], count: int, linking: Callable[[int], bool]
) -> bool:
    """Whether the ``count`` words stand in order, each within :data:`GAP` places of the
    one before, every place between them ``linking`` (holding a linking word: asked
    only of a place that lies between): ``starts(i)`` is the i-th word's places, sorted."""
    reached = starts(0)
    for i in range(1, count):
        places = starts(i)
        found: set[int] = set()
        for place in reached:
            lo = bisect_right(places, place)
            hi = bisect_left(places, place + GAP + 2)
            for nxt in places[lo:hi]:
                if all(linking(p) for p in range(place + 1, nxt)):
                    found.add(nxt)
        if not found:
            return False
        reached = sorted(found)
    return True


class Between:
    """Which places of one document hold a linking word of one field, its terms' places
    read one term at a time, the commonest first, only until the place asked about is
    found: a place holding the typed function word or a common linking word reads one
    or two terms, and only a place holding another word reads them all. ``located``
    tells where a term's postings are (reader.search.mirror.located)."""

    def __init__(
        self,
        kept: Kept,
        segment: Segment,
        links: tuple[str, tuple[bytes, ...]],
        docnum: int,
        located: Callable[[Segment, str, bytes], Any],
    ) -> None:
        self.kept, self.segment, self.docnum, self.located = kept, segment, docnum, located
        self.fieldname = links[0]
        self.left = iter(links[1])
        self.found: set[int] = set()

    def __call__(self, place: int) -> bool:
        while place not in self.found:
            text = next(self.left, None)
            if text is None:
                return False
            self.found.update(self._places(text))
        return True

    def _places(self, text: bytes) -> list[int]:
        where = self.located(self.segment, self.fieldname, text)
        if not isinstance(where, Located):  # absent, or in one article only: not read
            return []
        ids = self.kept.postings(self.segment, where)[0]
        at = int(np.searchsorted(ids, self.docnum))
        if at == len(ids) or ids[at] != self.docnum:
            return []
        return list(positions(self.kept, self.segment, where, self.docnum))
