"""Where a match's words stand in an article's text: the offsets the reader pane marks
and the snippet of a result list is cut around, found by analysing the text as the
index analysed it.

A snippet was a quarter of a search's time: the paragraphs that may hold a mark were
read twice (once to tell, once by the analyser) and each of their words made a token.
With the index's own analyser (:class:`LanguageTokenizer`) a paragraph's distinct words
are looked up once in the analyser's per-word cache, and only the words the match
stands for become tokens, at the positions and characters the analyser gives them (a
mark or a phrase needs no other); any other analyser is run as is.
"""

from __future__ import annotations

from typing import Any

from reader.search.analysis import LanguageTokenizer
from reader.search.outcome import Match
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
    wanted = match.terms | {w for p in match.phrases for w in p}
    if enough is None:
        tokens = tokens_of(analyzer, text, 0, wanted, wanted)
        return find_marks(tokens or (), match.terms, match.phrases)
    marks: list[tuple[int, int]] = []
    firsts = match.terms | {p[0] for p in match.phrases if p}
    at = 0
    for paragraph in text.split("\n"):
        if paragraph.strip():
            tokens = tokens_of(analyzer, paragraph, at, wanted, firsts)
            if tokens is not None:
                marks.extend(find_marks(tokens, match.terms, match.phrases))
                if len(marks) >= enough:
                    break
        at += len(paragraph) + 1
    return marks


def tokens_of(
    analyzer: Any, text: str, at: int, wanted: frozenset[str], firsts: frozenset[str]
) -> list[AnalysedToken] | None:
    """The tokens of ``text`` whose indexed form is in ``wanted``, as the index analyses
    it (``mode="index"``: function words kept, a word's unaccented second form at its
    place), characters counted from ``at``; None when no word has a form in ``firsts``
    (then the text holds no mark)."""
    if not isinstance(analyzer, LanguageTokenizer):
        return [
            AnalysedToken(t.text, t.pos, t.startchar + at, t.endchar + at)
            for t in analyzer(text, positions=True, chars=True, mode="index")
        ]
    normalize = analyzer.normalize
    words = analyzer.expression.findall(text)
    forms: dict[str, tuple[str, str | None]] = {}
    held = False
    for word in set(words):
        form, _stopped, second = normalize(word)
        if form in wanted or second in wanted:
            forms[word] = (form, second)
            held = held or form in firsts or second in firsts
    if not held:
        return None
    found = list(analyzer.expression.finditer(text))
    tokens: list[AnalysedToken] = []
    for pos in [i for i, word in enumerate(words) if word in forms]:
        form, second = forms[words[pos]]
        start, end = found[pos].start() + at, found[pos].end() + at
        tokens.append(AnalysedToken(form, pos, start, end))
        if second is not None:
            tokens.append(AnalysedToken(second, pos, start, end))
    return tokens
