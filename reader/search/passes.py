"""The passes a search makes over the index beside Whoosh's own: which ranked articles
hold some query, the nearness of the typed words added to the ranked window, the
paragraphs worth analysing for a snippet, and the "most words" tiers.

They read Whoosh's matchers segment by segment and skip from one wanted article to the
next, so their cost follows the few hundred articles ranked, not the tens of thousands
that match a common word in a large library.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from whoosh.query import Query

from reader.search.analysis import LanguageTokenizer
from reader.search.plan import Plan

HANDFUL = 5  # below this many articles with every word, those with most words follow
NEAR_MAX_DOCS = 5000  # above this many matches, no nearness boost (see nearer)


def _matching(
    searcher: Any, made: Query, docnums: Iterable[int], scored: bool
) -> Iterator[tuple[int, float]]:
    """``(docnum, score)`` for each of ``docnums`` that ``made`` matches: each segment's
    matcher skips from one to the next, instead of listing every match in the library
    (at 50,000 articles a common word's thousands) to test the few hundred ranked."""
    wanted = sorted(set(docnums))
    for sub, offset in searcher.leaf_searchers():
        end = offset + sub.doc_count_all()
        local = [d - offset for d in wanted if offset <= d < end]
        if not local:
            continue
        # the current article is read at each step: no preloading matcher
        weighting = sub.weighting if scored else None
        matcher = made.matcher(sub, sub.context(needs_current=True, weighting=weighting))
        for docnum in local:
            if not matcher.is_active():
                break
            if matcher.id() < docnum:
                matcher.skip_to(docnum)
            if matcher.is_active() and matcher.id() == docnum:
                yield docnum + offset, (matcher.score() if scored else 0.0)


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


def nearer(searcher: Any, plan: Plan, found: Iterable[Any], near: bool = True) -> list[Any]:
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
    if plan.near is None or not hits or not near:
        return hits
    extra = dict(_matching(searcher, plan.near, (hit.docnum for hit in hits), scored=True))
    for hit in hits:
        hit.score = (hit.score or 0.0) + extra.get(hit.docnum, 0.0)
    hits.sort(key=lambda hit: -hit.score)  # stable: the words' order among equals
    return hits


def tiers(searcher: Any, plan: Plan, strict: set[int]) -> list[set[int]]:
    """Articles with all clauses but one, all but two…, best first, until a handful
    are found; every filter still holds."""
    allowed = None if plan.filters is None else set(searcher.docs_for_query(plan.filters))
    counts: dict[int, int] = {}
    for clause in plan.clauses:
        for docnum in searcher.docs_for_query(clause.query):
            if allowed is None or docnum in allowed:
                counts[docnum] = counts.get(docnum, 0) + 1
    found, tiers = len(strict), []
    for wanted in range(len(plan.clauses) - 1, 0, -1):
        if found >= HANDFUL:
            break
        tier = {d for d, n in counts.items() if n == wanted and d not in strict}
        if tier:
            tiers.append(tier)
            found += len(tier)
    return tiers
