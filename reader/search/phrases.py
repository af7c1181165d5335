"""Phrase and intersection matchers built for the array passes without looking for
their first match.

Whoosh's ``SpanWrappingMatcher`` looks for the first document where a phrase's words
stand together as soon as it is built, reading their positions document after document
(the nearness phrase of a typed query, built again at each search, spent a tenth of its
time there at 50,000 articles); its ``IntersectionMatcher`` steps both its sides to
their first common document, reading their posting blocks one by one (every "all these
words" of a query and every phrase's words: a twentieth of a typed query's time at
50,000 articles). The array passes (:mod:`reader.search.arrays`) read postings whole
and compare positions at the ranked articles only: they never step such matchers.
While they build a tree whose phrases and intersections are reached through unions,
intersections and boosts only — matchers that never move their children when built
once intersections wait too — those searches are left undone; :func:`settle` does
them, children before parents, as Whoosh's constructors would have, before anything of
the tree is stepped.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from whoosh import query
from whoosh.matching import binary, wrappers
from whoosh.query import Query
from whoosh.query.spans import SpanQuery, SpanWrappingMatcher

_WHOOSHS = SpanWrappingMatcher.__init__
_WHOOSHS_AND = binary.IntersectionMatcher.__init__
_state = threading.local()
# queries whose matchers intersect their parts (an And, a Require, a phrase's words, a
# sequence's, a span): below a query whose matcher steps its children when built (an
# AndNot, an AndMaybe, a coordination), none of them may wait
_INTERSECTING = (query.And, query.Require, query.Phrase, query.Sequence, SpanQuery)


def _init(self: Any, child: Any) -> None:
    """``SpanWrappingMatcher.__init__``, its first match left to :func:`settle` while
    a tree is built under :func:`deferring`."""
    if not getattr(_state, "on", False):
        _WHOOSHS(self, child)
        return
    wrappers.WrappingMatcher.__init__(self, child)
    self._spans = None
    self._liseuse_unsettled = True


def _and_init(self: Any, a: Any, b: Any) -> None:
    """``IntersectionMatcher.__init__``, its first common document left to
    :func:`settle` while a tree is built under :func:`deferring`."""
    if not getattr(_state, "on", False):
        _WHOOSHS_AND(self, a, b)
        return
    binary.AdditiveBiMatcher.__init__(self, a, b)
    self._liseuse_unsettled = True


def install() -> None:
    SpanWrappingMatcher.__init__ = _init
    binary.IntersectionMatcher.__init__ = _and_init


def installed() -> bool:
    return SpanWrappingMatcher.__init__ is _init and binary.IntersectionMatcher.__init__ is (
        _and_init
    )


def deferrable(made: Query) -> bool:
    """Whether every phrase and every intersection of ``made`` (phrases of plain words,
    plain Ands) is reached from its top through unions, intersections and boosts only,
    and no other span query, nor a query whose matcher moves its children when built,
    has one below it."""
    if isinstance(made, query.Phrase):
        return True
    if (
        type(made) is query.Or
        and not made.minmatch
        and not made.scale
        and len(made.subqueries) < query.Or.TOO_MANY_CLAUSES
    ) or type(made) is query.And:
        return all(deferrable(sub) for sub in made.subqueries)
    return not _intersects(made)


def _intersects(made: Query) -> bool:
    if isinstance(made, _INTERSECTING):
        return True
    return any(_intersects(child) for child in made.children())


@contextmanager
def deferring(made: Query) -> Iterator[None]:
    """Matchers built inside leave their phrases' first match to :func:`settle`, when
    ``made`` is :func:`deferrable`."""
    before = getattr(_state, "on", False)
    _state.on = deferrable(made)
    try:
        yield
    finally:
        _state.on = before


def settle(matcher: Any) -> None:
    """Look for the first match of every phrase and intersection of ``matcher`` left
    undone, children before parents, as Whoosh's constructors do: the tree is then as
    Whoosh builds it."""
    for child in matcher.children():
        settle(child)
    if getattr(matcher, "_liseuse_unsettled", False):
        matcher._liseuse_unsettled = False
        if isinstance(matcher, binary.IntersectionMatcher):
            matcher._find_first()
        elif matcher.is_active():
            matcher._find_next()
