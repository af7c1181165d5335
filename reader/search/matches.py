"""Every article a search counts, unranked: what the pictures of a search draw (the
timeline of its articles, the map of their entities). The ranked search
(:meth:`SearchIndex.search`) scores a window of the best matches only; a picture needs
them all and no score, so it reads the matches' ids from the id column of the index
instead of their stored fields.

It plans the query as the search does (the same alternatives kept, the same "most words"
tiers when too few articles have every word), so the picture counts what the result
list says it found.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reader.core.errors import QuerySyntaxError
from reader.search.arrays import doc_ids
from reader.search.index import SearchIndex
from reader.search.passes import HANDFUL, tiers
from reader.search.plan import make_plan
from reader.search.query import unreadable


def matching_ids(
    index: SearchIndex, text: str, alternatives: Mapping[str, Sequence[str]] | None
) -> set[str]:
    """The ids of every article ``index.search(text, …, alternatives)`` counts."""
    searcher = index._searcher()
    try:
        plan = make_plan(index._parser, text, index._present(searcher, alternatives))
        docs = doc_ids(searcher, plan.strict).tolist()  # on arrays, as the search counts
        if len(docs) < HANDFUL and plan.relaxable:
            docs += [d for tier in tiers(searcher, plan, set(docs)) for d in tier]
        column = searcher.reader().column_reader("id")
        return {column[d] for d in docs}
    except QuerySyntaxError:
        raise
    except Exception as exc:
        raise unreadable(text, exc) from exc
