"""Searching the Whoosh index: a query planned, its matches counted and ranked on
arrays, the outcome kept until the index changes.

The folder's upkeep (opening, checking, writing, rebuilding) is
:class:`reader.search.upkeep.IndexUpkeep`; what a search returns is in
:mod:`reader.search.outcome`; which words the library holds (alternatives kept,
spellings suggested) in :mod:`reader.search.presence`.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
from whoosh.query import Term

from reader.core.errors import QuerySyntaxError
from reader.search.arrays import evaluate, ids_of, ranked
from reader.search.dotted import dotted
from reader.search.expansions import install as install_expansions
from reader.search.kept import carry_over
from reader.search.marks import hit_offsets
from reader.search.names import named
from reader.search.outcome import (
    ENTITY_WINDOW,
    Match,
    SearchOutcome,
    facets_of,
    match_of,
    matches_of,
)
from reader.search.parses import keep_parses
from reader.search.passes import (
    HANDFUL,
    NEAR_MAX_DOCS,
    among,
    nearer,
    pruned,
    remember_frequencies,
    tiers,
)
from reader.search.plan import Plan, make_plan
from reader.search.presence import present, respelt, with_joined
from reader.search.query import (
    EXCLUDED_ONLY,
    SIGN_ALONE,
    check,
    make_parser,
    runnable,
    unreadable,
)
from reader.search.senses import LesserSense, source_fields
from reader.search.snippet import make_snippet
from reader.search.storage import install as install_storage
from reader.search.upkeep import IndexUpkeep

install_storage()  # compound segments read in place, not copied (see reader.search.storage)
install_expansions()  # fuzzy words expanded once per segment (see reader.search.expansions)

__all__ = ["Match", "SearchIndex", "SearchOutcome"]

FEW = 3  # below this many results, a spelling suggestion is looked for
# Outcomes kept per searcher (until the index changes): a query searched again — a letter
# typed then erased in the search box, a facet chip taken off — is answered at once
OUTCOMES_KEPT = 64


class SearchIndex(IndexUpkeep):
    """The index in one folder, searched from any thread (each its own searcher)."""

    def __init__(self, directory: Path) -> None:
        super().__init__(directory)
        self._parser = keep_parses(make_parser(self.schema))
        self._local = threading.local()  # each thread's searcher, kept between searches
        self._searchers: set[Any] = set()  # every thread's, closed with the index
        self._searchers_lock = threading.Lock()
        # searches' outcomes, shared by the threads (the window's lower snippets are made
        # on another than their search's), keyed by the index opened and its generation
        self._outcomes: OrderedDict[Any, SearchOutcome] = OrderedDict()
        self._outcomes_lock = threading.Lock()

    def _searcher(self) -> Any:
        """This thread's searcher, reopened only when the index changed: opening one reads
        every segment's metadata (2 ms at 2,000 articles), more than a search of a term."""
        searcher = getattr(self._local, "searcher", None)
        if (
            searcher is not None
            and getattr(self._local, "index", None) is self._index
            and searcher.up_to_date()
        ):
            return searcher
        # not searcher.refresh(): its reused segment readers miss deletions made since
        fresh = self._index.searcher()
        remember_frequencies(fresh)
        if searcher is not None:
            carry_over(searcher, fresh)  # what it kept of the segments both have
            with self._searchers_lock:
                self._searchers.discard(searcher)
            searcher.close()
        with self._searchers_lock:
            self._searchers.add(fresh)
        self._local.searcher, self._local.index = fresh, self._index
        return fresh

    def close(self) -> None:
        """Close every thread's searcher (their files stay open otherwise)."""
        with self._searchers_lock:
            searchers, self._searchers = self._searchers, set()
        for searcher in searchers:
            searcher.close()
        self._local = threading.local()

    def search(
        self,
        text: str,
        limit: int = 20,
        alternatives: Mapping[str, Sequence[str]] | None = None,
        correct: bool = True,
    ) -> SearchOutcome:
        """The best ``limit`` articles for ``text``: those with every clause first, then,
        when fewer than :data:`HANDFUL` have them all, those with most (see
        :mod:`reader.search.plan`). With no result and a word the library lacks, the
        closest spelling the index knows is searched instead (``correct``)."""
        searcher = self._searcher()
        # a lesser sense weighs half an ordinary one, a translation is searched outside
        # its source language's fields: each keys apart though it is equal
        alts = tuple(
            (w, tuple((x, isinstance(x, LesserSense), source_fields(x)) for x in a))
            for w, a in (alternatives or {}).items()
        )
        key = (self._opened, searcher.reader().generation(), text, limit, correct, alts)
        with self._outcomes_lock:
            found = self._outcomes.get(key)
        if found is None:
            found = self._search(searcher, text, limit, alternatives, correct)
            with self._outcomes_lock:
                self._outcomes[key] = found
                while len(self._outcomes) > OUTCOMES_KEPT:
                    self._outcomes.popitem(last=False)
        # the caller's copy of the counts: the one kept stays as searched
        return replace(found, facets={name: dict(c) for name, c in found.facets.items()})

    def _search(
        self,
        searcher: Any,
        text: str,
        limit: int,
        alternatives: Mapping[str, Sequence[str]] | None,
        correct: bool,
    ) -> SearchOutcome:
        typed, text = text, runnable(text)  # an operator left at an end waits for its word
        said = check(typed)
        if not text.strip() or getattr(said, "template", "") == EXCLUDED_ONLY:
            # operators only, or words left out only: nothing asked for yet
            return SearchOutcome(total=0, matches=(), facets={}, hint=said)
        try:
            plan = self._plan(searcher, text, alternatives)
            reshaped = pruned(searcher, named(searcher, dotted(searcher, plan)))
            outcome = self._run(searcher, reshaped, limit)
        except QuerySyntaxError:
            raise
        except Exception as exc:
            raise unreadable(text, exc) from exc
        hint = said
        if plan.clauses and getattr(hint, "template", "") == SIGN_ALONE:
            hint = ""  # read as punctuation: the query is plain words
        if not plan.clauses or (outcome.total >= FEW and outcome.strict_total):
            return replace(outcome, hint=hint)
        suggestion = self._spelling(searcher, text, plan)
        if not suggestion:
            return replace(outcome, hint=hint)
        if correct and not outcome.strict_total:
            # nothing has every word as typed: if the spelling fixes that, show its hits
            fixed = self.search(suggestion, limit, alternatives, correct=False)
            if fixed.strict_total or (fixed.total and not outcome.total):
                return replace(fixed, suggestion=suggestion, corrected=True, hint=hint)
        return replace(outcome, suggestion=suggestion, hint=hint)

    def _plan(
        self, searcher: Any, text: str, alternatives: Mapping[str, Sequence[str]] | None
    ) -> Plan:
        """``text``'s plan, with the alternatives some article holds (those the chips
        show): the search and the marks in an open article read the same plan."""
        alternatives = with_joined(searcher, self._parser, text, alternatives)
        return make_plan(self._parser, text, self._present(searcher, alternatives))

    def _present(
        self, searcher: Any, alternatives: Mapping[str, Sequence[str]] | None
    ) -> dict[str, tuple[str, ...]]:
        """The alternatives that some article holds (see :func:`reader.search.presence.present`)."""
        return present(searcher, self._parser, alternatives)

    def _spelling(self, searcher: Any, text: str, plan: Plan) -> str:
        return respelt(searcher, self._parser, text, plan)

    def _run(self, searcher: Any, plan: Plan, limit: int) -> SearchOutcome:
        window = max(1, limit, ENTITY_WINDOW)
        # every match, and the ranking of every match, on arrays (see reader.search.arrays)
        parts = evaluate(searcher, plan.strict)  # once, for the total and the ranking
        strict = ids_of(parts)
        relaxed: list[set[int]] = []
        if len(strict) < HANDFUL and plan.relaxable:
            relaxed = tiers(searcher, plan, set(strict.tolist()))
        near = len(strict) <= NEAR_MAX_DOCS
        hits = nearer(searcher, plan, ranked(searcher, plan.strict, window, parts=parts), near)
        if plan.own is not None:
            # articles in the words typed before those found through an alternative only
            typed = among(searcher, plan.own, [hit.docnum for hit in hits])
            hits.sort(key=lambda hit: hit.docnum not in typed)  # stable: scores within
        if relaxed:
            near = sum(len(tier) for tier in relaxed) <= NEAR_MAX_DOCS
            anyone = plan.any_clause()
            for tier in relaxed:
                if len(hits) >= window:
                    break
                found = ranked(searcher, anyone, window - len(hits), allow=tier)
                hits.extend(nearer(searcher, plan, found, near, relaxed=True))
        marking = plan.marking(relaxed=bool(relaxed))
        matches = matches_of(hits[: max(1, limit)], marking)
        docs = np.concatenate([strict, *(np.fromiter(t, np.int64, len(t)) for t in relaxed)])
        return SearchOutcome(
            total=len(docs),
            matches=tuple(matches),
            facets=facets_of(searcher, docs, hits),
            strict_total=len(strict),
            relaxed=_said(c.text for c in plan.clauses) if relaxed else (),
            alternatives=plan.alternatives,
            dropped=plan.dropped,
        )

    def match_in(
        self,
        text: str,
        article_id: str,
        alternatives: Mapping[str, Sequence[str]] | None = None,
    ) -> Match | None:
        """How ``text`` (a query) matches one article: the terms to mark in it, those of
        a clause the article lacks the others of included."""
        searcher = self._searcher()
        text = runnable(text)
        if not text.strip():
            return None
        try:
            plan = named(searcher, dotted(searcher, self._plan(searcher, text, alternatives)))
            exact = searcher.search(plan.strict & Term("id", article_id), limit=1)
            marking = plan.marking(relaxed=exact.is_empty())
            results = searcher.search(marking & Term("id", article_id), limit=1, terms=True)
            for hit in results:
                return match_of(hit, marking)
        except QuerySyntaxError:
            raise
        except Exception as exc:
            raise unreadable(text, exc) from exc
        return None

    def hit_offsets(
        self, match: Match, text: str, enough: int | None = None
    ) -> list[tuple[int, int]]:
        """Offsets of the words (and whole phrases) of ``text`` that the match stands for
        (see :func:`reader.search.marks.hit_offsets`)."""
        analyzer = self.schema[f"body_{match.lang}"].analyzer
        return hit_offsets(analyzer, match, text, enough)

    def snippet(
        self, match: Match, text: str, start: int = 0
    ) -> tuple[str, tuple[int, int] | None]:
        """A short extract of ``text`` around the hits (from ``start``: after the
        headline), hits in ``<mark>``, and the offsets of the first hit (None when only
        the title or a field matched)."""
        if 0 < start < len(text):
            # the hits after the headline, when there are some: those the extract shows
            after = self.hit_offsets(match, text[start:], enough=2)
            if after:
                marks = [(s + start, e + start) for s, e in after]
                return make_snippet(text, marks, start=start), marks[0]
        marks = self.hit_offsets(match, text, enough=2)
        return make_snippet(text, marks, start=start), (marks[0] if marks else None)


_PUNCTUATION = ".,;:!?…()[]{}"


def _said(words: Iterable[str]) -> tuple[str, ...]:
    """The clauses as the notice says them ("No article has all of: …"): a pasted
    sentence's words without the commas and full stops stuck to them, each once."""
    return tuple(dict.fromkeys(w for word in words if (w := word.strip(_PUNCTUATION))))
