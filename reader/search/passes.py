"""The passes a search makes over the index beside Whoosh's own: which ranked articles
hold some query, the nearness of the typed words added to the ranked window, the
paragraphs worth analysing for a snippet, and the "most words" tiers.

They read Whoosh's matchers segment by segment and skip from one wanted article to the
next, so their cost follows the few hundred articles ranked, not the tens of thousands
that match a common word in a large library.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from whoosh import query
from whoosh.query import Query

from reader.search.analysis import LanguageTokenizer, sentence_language
from reader.search.arrays import matching
from reader.search.plan import Plan

HANDFUL = 10  # below this many articles with every word, those with most words follow
NEAR_MAX_DOCS = 5000  # above this many matches, no nearness boost (see nearer)
PHRASE_FEW = HANDFUL  # below this many articles holding a quoted phrase, its words near follow


def _matching(
    searcher: Any, made: Query, docnums: Iterable[int], scored: bool
) -> Iterator[tuple[int, float]]:
    """``(docnum, score)`` for each of ``docnums`` that ``made`` matches, read on arrays
    (see :func:`reader.search.arrays.matching`): at 50,000 articles a common word's
    thousands of matches are not listed to test the few hundred ranked, and a phrase's
    positions are compared at those few hundred only."""
    return matching(searcher, made, docnums, scored)


FREQUENCIES_KEPT = 100_000  # distinct terms remembered per reader (see remember_frequencies)


def remember_frequencies(searcher: Any) -> None:
    """Make ``searcher``'s readers remember how many articles hold each term they were
    asked about. Whoosh orders and sizes the parts of a query by these counts, asking
    again for every part of every nested ``Or`` each time a matcher is built: over a
    thousand lookups in the term table for a typed query in seven fields with its
    alternatives, a fifth of its time. A segment's counts never change (a deletion is
    only counted out when segments merge, which makes new readers), so they are kept for
    the reader's life."""
    seen: set[int] = set()
    for reader in (searcher.reader(), *(sub.reader() for sub, _ in searcher.leaf_searchers())):
        if id(reader) in seen:
            continue
        seen.add(id(reader))
        reader.doc_frequency = _remembering(reader.doc_frequency)


def _remembering(count: Any) -> Any:
    kept: dict[tuple[str, Any], int] = {}

    def doc_frequency(fieldname: str, text: Any) -> int:
        key = (fieldname, text)
        found = kept.get(key)
        if found is None:
            if len(kept) >= FREQUENCIES_KEPT:
                kept.clear()
            found = kept[key] = count(fieldname, text)
        return found

    return doc_frequency


def pruned(searcher: Any, plan: Plan) -> Plan:
    """``plan`` less the words no article holds in a field: a typed word is searched in
    seven fields, stemmed and unstemmed, and so is each of its alternatives, though a
    library of English news holds none of them in the French fields. Every pass below
    builds its matchers from these queries again, and Whoosh looks each term up in
    every segment to size and order them; once looked up here, an absent term is gone.

    Only exact terms are dropped (not phrases, typos or wildcards); an ``And`` that
    loses a term matches nothing, as it would have."""
    reader = searcher.reader()

    def prune(node: Query) -> Query:
        # by hand, not Query.normalize(): that also merges and de-duplicates
        # subqueries, which changes scores; here only absent terms go
        if type(node) is query.Term:
            held = reader.doc_frequency(node.fieldname, node.text)
            return node if held else query.NullQuery
        if isinstance(node, query.Or):
            kept = [q for q in map(prune, node.subqueries) if q is not query.NullQuery]
            if not kept:
                return query.NullQuery
            return node if len(kept) == len(node.subqueries) else _like(node, kept)
        if isinstance(node, query.And):
            kept = [prune(q) for q in node.subqueries]
            if any(q is query.NullQuery for q in kept):
                return query.NullQuery
            return (
                node
                if all(a is b for a, b in zip(kept, node.subqueries, strict=True))
                else _like(node, kept)
            )
        return node

    def maybe(node: Query | None) -> Query | None:
        return None if node is None else prune(node)

    def apart(node: Query | None) -> Query | None:
        kept = maybe(node)
        return None if kept is query.NullQuery else kept

    return plan.each_query(prune, apart)


def _like(node: Any, subqueries: list[Query]) -> Query:
    made = copy.copy(node)  # Query.copy() is a deep copy of every subquery
    made.subqueries = subqueries
    return made


def among(searcher: Any, made: Query, docnums: Sequence[int]) -> set[int]:
    """Which of ``docnums`` match ``made``."""
    return {docnum for docnum, _score in _matching(searcher, made, docnums, scored=False)}


def may_hold(analyzer: Any, paragraph: str, firsts: frozenset[str]) -> bool:
    """Whether some word of ``paragraph`` has an indexed form in ``firsts`` (a matched
    term, or a phrase's first word): a paragraph without one holds no mark, and telling
    so from the analyser's per-word cache is several times cheaper than analysing it
    (snippets were a fifth of a search's time on the BBC library)."""
    if not isinstance(analyzer, LanguageTokenizer):
        return True
    normalize = analyzer.normalize
    for found in analyzer.expression.finditer(paragraph):
        text, _stopped, second = normalize(found.group(0))
        if text in firsts or second in firsts:
            return True
    return False


def nearer(
    searcher: Any, plan: Plan, found: Iterable[Any], near: bool = True, relaxed: bool = False
) -> list[Any]:
    """``found`` (ranked by their words), ranked again with the nearness of the typed
    words added to each score as ``AndMaybe(query, near)`` would add it, for the
    ranked window only: an article outside the best few hundred by its words is not
    lifted into the first page by nearness alone, and the ranking pass itself stays a
    pass over words. Whoosh's phrase matcher still reads positions from one ranked
    article to the next match, so past NEAR_MAX_DOCS matches (``near`` False) the
    words alone rank."""
    # iterated, never list(): list() asks Whoosh's results for their length, which runs
    # the whole query again unscored (up to 1.5 s at 50,000 articles)
    hits = [hit for hit in found]
    # a tier's articles may hold a quoted phrase otherwise than typed (``relaxed``): those
    # closest to it rank first there; every article with all clauses holds it as typed
    parts = [q for q in (plan.near, plan.close if relaxed else None) if q is not None]
    if not parts or not hits or not near:
        return hits
    boost = parts[0] if len(parts) == 1 else query.Or(parts)
    extra = dict(_matching(searcher, boost, (hit.docnum for hit in hits), scored=True))
    for hit in hits:
        hit.score = (hit.score or 0.0) + extra.get(hit.docnum, 0.0)
    hits.sort(key=lambda hit: -hit.score)  # stable: the words' order among equals
    return hits


def tiers(searcher: Any, plan: Plan, strict: set[int]) -> list[set[int]]:
    """Articles with all clauses but one, all but two…, best first, until a handful
    are found; every filter still holds. A compound typed ("UK-based", "China-US")
    counts for an article holding its words apart, and those with every clause so come
    first, right after the articles holding the compound as written.

    A query written as a sentence, whose function words name its language (see
    :func:`~reader.search.analysis.sentence_language`), lists first the articles
    holding more of its words as typed: a French sentence pasted whole lists the French
    articles that share most of its words before the English ones its translations
    reach (*gouvernement*: government, *coût*: cost). Key words typed (``chip export
    ban``) are counted with their translations: an English article holding one of them
    does not come before the French one holding all three."""
    allowed = None if plan.filters is None else set(searcher.docs_for_query(plan.filters))
    # a quoted phrase's words near one another only when fewer than a handful hold it as typed
    loose = [
        c.apart is not None and not (c.fallback and len(strict) >= PHRASE_FEW) for c in plan.clauses
    ]
    counts: dict[int, int] = {}
    typed: dict[int, int] = {}  # clauses held in the words typed
    words = [w for c in plan.clauses for w in c.words] + list(plan.dropped)
    sentence = sentence_language(words) is not None
    for clause, apart in zip(plan.clauses, loose, strict=True):
        # a quoted phrase's words near one another include the phrase as typed: one
        # pass over their positions, not two (its articles as typed are in ``strict``)
        counted = clause.query if not apart else clause.apart if clause.fallback else clause.either
        held: set[int] = set()
        for docnum in searcher.docs_for_query(counted):
            if allowed is None or docnum in allowed:
                counts[docnum] = counts.get(docnum, 0) + 1
                held.add(docnum)
        if not sentence:
            continue
        if clause.own is not None and held:  # the clause has alternatives: which held it as typed
            held.intersection_update(searcher.docs_for_query(clause.own))
        for docnum in held:
            typed[docnum] = typed.get(docnum, 0) + 1
    found, tiers = len(strict), []
    most = len(plan.clauses) - (not any(loose))
    grouped: dict[tuple[int, int], set[int]] = {}
    for docnum, count in counts.items():
        if count <= most and docnum not in strict:
            first = typed.get(docnum, 0) if sentence else count
            grouped.setdefault((first, count), set()).add(docnum)
    for key in sorted(grouped, reverse=True):
        if found >= HANDFUL:
            break
        tiers.append(grouped[key])
        found += len(grouped[key])
    return tiers
