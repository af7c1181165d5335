"""A quoted phrase of function words only (``"in the"``, ``"pour moi"``, ``"let it
be"``), scored by how often an article holds it.

Function words are indexed at their places for phrases, with no weight (their postings
would otherwise lengthen every article and rank any "to"-heavy article first:
reader.search.schema.FunctionWordPositions). A phrase of content words is scored by its
words, as Whoosh scores it. A phrase of function words only had nothing to be scored by:
every article holding it scored 0 and came in the library's order, so the article saying
*pour moi* five times in a paragraph could come last. Its articles are ranked here as
BM25 ranks a word, the phrase standing for the word: how often the article holds it
(its places, read where the array passes already compare them), against the article's
length and the share of articles that hold its words.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from reader.search.analysis import FUNCTION_MARK

MARK = FUNCTION_MARK.encode("utf-8")
# Whoosh's BM25F defaults: the index's searchers score with Whoosh's default weighting
B, K1 = 0.75, 1.2


def function_words_only(words: Sequence[Any]) -> bool:
    """Whether every word of a phrase (its leaf matchers, or where their postings are)
    is a function word's term."""
    return bool(words) and all(w.term()[1].startswith(MARK) for w in words)


def occurrences(starts: Callable[[int], Sequence[int]], count: int, slop: int) -> int:
    """How many times the ``count`` words stand in order, each at most ``slop`` places
    after the one before, counted by the first word's places: ``starts(i)`` is the i-th
    word's places, sorted."""
    if slop == 1:  # a phrase as typed: each place of its first word starts one at most
        ends = set(starts(0))
        for i in range(1, count):
            ends = {p + 1 for p in ends}.intersection(starts(i))
        return len(ends)
    later = [set(starts(i)) for i in range(1, count)]
    found = 0
    for first in starts(0):
        reached = {first}
        for places in later:
            reached = {p + d for p in reached for d in range(1, slop + 1) if p + d in places}
            if not reached:
                break
        found += bool(reached)
    return found


def scores(
    tfs: np.ndarray, lengths: np.ndarray, average: float, holding: int, total: int
) -> np.ndarray:
    """BM25 of a phrase held ``tfs`` times by articles of ``lengths`` words (``average``
    in the segment), ``holding`` of the segment's ``total`` articles holding its words:
    Whoosh's ``bm25`` with Whoosh's ``idf``."""
    idf = math.log(total / (holding + 1)) + 1
    average = average or 1.0
    made: np.ndarray = idf * ((tfs * (K1 + 1)) / (tfs + K1 * ((1 - B) + B * lengths / average)))
    return made
