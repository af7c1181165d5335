"""Where a match's words stand in an article's text: the offsets the reader pane marks
and the snippet of a result list is cut around, found by analysing the text as the
index analysed it.
"""

from __future__ import annotations

from typing import Any

from reader.search.outcome import Match
from reader.search.passes import may_hold
from reader.search.snippet import AnalysedToken, find_marks


def hit_offsets(
    analyzer: Any, match: Match, text: str, enough: int | None = None
) -> list[tuple[int, int]]:
    """Offsets of the words (and whole phrases) of the query that ``match`` stands for
    in ``text``, analysed by ``analyzer`` (its language's). With ``enough``, paragraphs
    are analysed one by one until that many are found (a snippet needs two; analysing
    whole articles was half the time of a search)."""
    if not match.terms and not match.phrases:
        return []
    if enough is None:
        tokens = (
            AnalysedToken(t.text, t.pos, t.startchar, t.endchar)
            for t in analyzer(text, positions=True, chars=True, mode="index")
        )
        return find_marks(tokens, match.terms, match.phrases)
    marks: list[tuple[int, int]] = []
    firsts = match.terms | {p[0] for p in match.phrases if p}
    at = 0
    for paragraph in text.split("\n"):
        if paragraph.strip() and may_hold(analyzer, paragraph, firsts):
            tokens = (
                AnalysedToken(t.text, t.pos, t.startchar + at, t.endchar + at)
                for t in analyzer(paragraph, positions=True, chars=True, mode="index")
            )
            marks.extend(find_marks(tokens, match.terms, match.phrases))
            if len(marks) >= enough:
                break
        at += len(paragraph) + 1
    return marks
