"""Find what a person types in a text, the way they type it.

A reader looking for a passage types ``l'IA`` where the article prints *l’IA*,
``etats-unis`` for *États-Unis*, ``oeuvre`` for *œuvre*, a hyphen for a dash, and pastes a
quote whose line breaks and spaces are not the article's. Matched exactly, each finds
nothing. Here both sides are folded alike — case, accents, ligatures, apostrophes,
quotation marks, dashes, runs of white space and the marks nobody sees (a soft hyphen a
page set inside a word, a zero-width space) — and each match is mapped back to the
text's own offsets, so what is shown or highlighted is the article's text itself.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# what people type for the typographic marks news prints
_MARKS = {
    "\u2019": "'",  # ’
    "\u2018": "'",  # ‘
    "\u02bc": "'",  # ʼ
    "\u00b4": "'",  # ´
    "`": "'",
    "\u201c": '"',  # “
    "\u201d": '"',  # ”
    "\u201e": '"',  # „
    "\u00ab": '"',  # «
    "\u00bb": '"',  # »
    "\u2010": "-",  # hyphen
    "\u2011": "-",  # non-breaking hyphen
    "\u2012": "-",  # figure dash
    "\u2013": "-",  # –
    "\u2014": "-",  # —
    "\u2212": "-",  # minus
    "\u2026": "...",  # …
    "œ": "oe",
    "æ": "ae",
}


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    """One character as it is compared: no case, no accent, plain marks."""
    if char.isspace():
        return " "
    if unicodedata.category(char) == "Cf":  # a soft hyphen, a zero-width space: unseen
        return ""
    if char in _MARKS:
        return _MARKS[char]
    decomposed = unicodedata.normalize("NFKD", char.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(_MARKS.get(c, c) for c in plain)


def fold_typed(typed: str) -> str:
    """What a person typed, folded as texts are: no case, accents or typographic
    marks, white space collapsed to single spaces, none at the ends."""
    return _fold(typed)[0].strip()


def _fold(text: str) -> tuple[str, tuple[int, ...]]:
    """``text`` folded, with the offset in ``text`` each folded character comes from.
    A run of white space becomes one space (from the run's first character), and none
    is kept beside a quotation mark: French sets *« chefs »* apart with spaces that
    ``"chefs"`` typed in English does not have."""
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = _fold_char(char)
        if not folded:
            continue
        if folded == " " and out and out[-1] in (" ", '"'):
            continue
        if folded.startswith('"') and out and out[-1] == " ":
            out.pop()
            origin.pop()
        out.append(folded)
        origin.extend([index] * len(folded))
    return "".join(out), tuple(origin)


# the few texts in use: the find bar folds its article once, not at each letter typed
_folded = lru_cache(maxsize=8)(_fold)


def find_folded(text: str, typed: str) -> list[tuple[int, int]]:
    """The (start, end) spans of ``text`` that read as ``typed`` once both are folded,
    in order, each starting after the previous one's start (repeats may overlap, as
    ``aa`` in ``aaa``)."""
    needle = fold_typed(typed)
    if not needle:
        return []
    haystack, origin = _folded(text)
    spans: list[tuple[int, int]] = []
    at = haystack.find(needle)
    while at >= 0:
        start = origin[at]
        end = origin[at + len(needle) - 1] + 1
        if not spans or spans[-1][0] != start:  # a folded ligature split across matches
            spans.append((start, end))
        at = haystack.find(needle, at + 1)
    return spans


def find_quote(text: str, quote: str) -> list[tuple[int, int]]:
    """Where a quote a person gave stands in ``text``: exactly as given when it is there
    (the quote's own case and accents choose among near spellings), else as
    :func:`find_folded` reads it — so a pasted quote with other line breaks, or one
    typed with a plain apostrophe, still finds its passage."""
    if quote:
        exact: list[tuple[int, int]] = []
        at = text.find(quote)
        while at >= 0:
            exact.append((at, at + len(quote)))
            at = text.find(quote, at + 1)
        if exact:
            return exact
    return find_folded(text, quote)
