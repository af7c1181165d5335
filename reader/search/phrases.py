"""Phrase matchers built for the array passes without looking for their first match.

Whoosh's ``SpanWrappingMatcher`` looks for the first document where a phrase's words
stand together as soon as it is built, reading their positions document after document
(the nearness phrase of a typed query, built again at each search, spent a tenth of its
time there at 50,000 articles). The array passes (:mod:`reader.search.arrays`) compare
positions at the ranked articles only and never step such a matcher. While they build
a tree whose phrases are reached through unions and boosts only — matchers that never
move their children when built — that search is left undone; :func:`settle` does it,
as Whoosh's constructor would have, before anything of the tree is stepped.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from whoosh import query
from whoosh.matching import wrappers
from whoosh.query import Query
from whoosh.query.spans import SpanQuery, SpanWrappingMatcher

_WHOOSHS = SpanWrappingMatcher.__init__
_state = threading.local()


def _init(self: Any, child: Any) -> None:
    """``SpanWrappingMatcher.__init__``, its first match left to :func:`settle` while
    a tree is built under :func:`deferring`."""
    if not getattr(_state, "on", False):
        _WHOOSHS(self, child)
        return
    wrappers.WrappingMatcher.__init__(self, child)
    self._spans = None
    self._liseuse_unsettled = True


def install() -> None:
    SpanWrappingMatcher.__init__ = _init


def installed() -> bool:
    return SpanWrappingMatcher.__init__ is _init


def deferrable(made: Query) -> bool:
    """Whether every phrase of ``made`` (of plain words) is reached from its top through
    unions and boosts only, and no other span query is in it."""
    if isinstance(made, query.Phrase):
        return True
    if (
        type(made) is query.Or
        and not made.minmatch
        and not made.scale
        and len(made.subqueries) < query.Or.TOO_MANY_CLAUSES
    ):
        return all(deferrable(sub) for sub in made.subqueries)
    return not _has_spans(made)


def _has_spans(made: Query) -> bool:
    if isinstance(made, (query.Phrase, SpanQuery)):
        return True
    return any(_has_spans(child) for child in made.children())


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
    """Look for the first match of every phrase of ``matcher`` left undone, children
    before parents, as Whoosh's constructors do: the tree is then as Whoosh builds it."""
    for child in matcher.children():
        settle(child)
    if getattr(matcher, "_liseuse_unsettled", False):
        matcher._liseuse_unsettled = False
        if matcher.is_active():
            matcher._find_next()
