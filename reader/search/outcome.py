"""What a search returns (:class:`SearchOutcome`, a :class:`Match` per hit) and how a
Whoosh hit becomes one: the terms to mark in the article, the facets counted over the
matches. Plain values, so that the window's threads and the command line share them
without holding a searcher.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from whoosh.query import Query

from reader.search.kept import column_counts
from reader.search.schema import text_lang

ENTITY_FACETS = 12  # the most frequent entities among the best matches
ENTITY_WINDOW = 200  # how many of the best matches the entity counts look at


@dataclass(frozen=True)
class Match:
    id: str
    score: float
    lang: str
    terms: frozenset[str]  # analysed terms this hit matched on their own
    phrases: tuple[tuple[str, ...], ...] = ()  # analysed phrases of the query


@dataclass(frozen=True)
class SearchOutcome:
    total: int
    matches: tuple[Match, ...]
    facets: dict[str, dict[str, int]]
    hint: str = ""  # what looked wrong in the query (see query.check)
    strict_total: int = 0  # how many have every clause
    relaxed: tuple[str, ...] = ()  # the clauses, when articles with most of them follow
    alternatives: dict[str, tuple[str, ...]] = field(default_factory=dict)  # searched too
    dropped: tuple[str, ...] = ()  # function words left out
    suggestion: str = ""  # the query spelt as the library spells it
    corrected: bool = False  # the results are the suggestion's (the query had none)


def match_of(hit: Any, query: Query) -> Match:
    """The hit as a :class:`Match`: the words it matched alone and the query's phrases,
    in the fields of its own language."""
    return matches_of([hit], query)[0]


def matches_of(hits: Iterable[Any], query: Query) -> list[Match]:
    """:func:`match_of` of each hit, the query's phrases read once (a tree of hundreds
    of leaves was walked again for each of the fifty hits)."""
    singles, phrases = query.phrases()
    marking: dict[str, tuple[tuple[str, str], set[tuple[str, ...]], frozenset[str]]] = {}
    found = []
    for hit in hits:
        lang = text_lang(hit.get("lang"))
        if lang not in marking:
            fields = (f"body_{lang}", f"title_{lang}")
            phrase_words = {
                tuple(p.words) for p in phrases if p.fieldname in fields and len(p.words) > 1
            }
            alone = {t.text for t in singles if t.fieldname in fields}
            in_phrases = {w for p in phrase_words for w in p}
            # a matched term is marked alone unless it is only a phrase's word
            inside = frozenset(in_phrases - alone)
            marking[lang] = (fields, phrase_words, inside)
        fields, phrase_words, inside = marking[lang]
        matched = frozenset(
            term.decode("utf-8") if isinstance(term, bytes) else str(term)
            for field, term in hit.matched_terms()
            if field in fields
        )
        terms = frozenset(t for t in matched if t not in inside)
        found.append(
            Match(hit["id"], float(hit.score or 0.0), lang, terms, tuple(sorted(phrase_words)))
        )
    return found


def facets_of(searcher: Any, docs: np.ndarray, hits: list[Any]) -> dict[str, dict[str, int]]:
    """Source and language counts over every listed match (read from the fields'
    columns), entity counts over the best :data:`ENTITY_WINDOW`."""
    entities: dict[str, int] = {}
    for hit in hits[:ENTITY_WINDOW]:
        for name in hit.get("entity_names", ()):
            entities[name] = entities.get(name, 0) + 1
    found = {
        name: column_counts(searcher, field, docs)
        for name, field in (("source", "source_facet"), ("lang", "lang"))
    }
    top = sorted(entities.items(), key=lambda kv: (-kv[1], kv[0]))[:ENTITY_FACETS]
    found["entity"] = dict(top)
    return found
