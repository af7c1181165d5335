"""Where a query matches in a text, and the short extract shown in result lists.

Phrases are marked as phrases: ``"stock de puces"`` marks the three words where they
stand together, not every *stock* and every *puces* of the article. Offsets are code
points into the text given (pure functions: no index, no Whoosh objects).
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import NamedTuple

SNIPPET_CHARS = 240
_CONTEXT = 70


class AnalysedToken(NamedTuple):
    """One analysed word: its indexed form, position and characters (a tuple: a
    snippet makes hundreds of them)."""

    text: str
    pos: int
    start: int
    end: int


def find_marks(
    tokens: Iterable[AnalysedToken],
    terms: frozenset[str],
    phrases: Sequence[tuple[str, ...]],
) -> list[tuple[int, int]]:
    """Spans of ``tokens`` matching single ``terms`` or whole ``phrases`` (consecutive
    positions, as the index counts them), merged and in text order."""
    listed = list(tokens)
    marks = [(t.start, t.end) for t in listed if t.text in terms]
    if phrases:
        # a word may stand at one position under two forms (see reader.search.analysis)
        by_pos: dict[tuple[int, str], AnalysedToken] = {(t.pos, t.text): t for t in listed}
        for phrase in phrases:
            if not phrase:
                continue
            for token in listed:
                if token.text != phrase[0]:
                    continue
                run = [token]
                for offset, word in enumerate(phrase[1:], start=1):
                    nxt = by_pos.get((token.pos + offset, word))
                    if nxt is None:
                        break
                    run.append(nxt)
                else:
                    marks.append((run[0].start, run[-1].end))
    marks.sort()
    merged: list[tuple[int, int]] = []
    for start, end in marks:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _word_start(text: str, index: int) -> int:
    if index <= 0:
        return 0
    space = text.rfind(" ", 0, index)
    return 0 if space < 0 else space + 1


def _word_end(text: str, index: int) -> int:
    if index >= len(text):
        return len(text)
    space = text.find(" ", index)
    return len(text) if space < 0 else space


def make_snippet(
    text: str, marks: Sequence[tuple[int, int]], width: int = SNIPPET_CHARS, start: int = 0
) -> str:
    """Up to two extracts around the marks, marks in ``<mark>``, the rest escaped; none
    before ``start`` (the headline, which a result shows above its snippet: a BBC
    article's snippet began by saying its title again) when a mark follows it — with
    marks in the headline only, the headline is the extract that says why the article
    is listed."""
    after = [(s - start, e - start) for s, e in marks if s >= start]
    if 0 < start < len(text) and text[start:].strip() and (after or not marks):
        return make_snippet(text[start:], after, width)
    flat = " ".join(text.split()) if not marks else None
    if flat is not None:
        cut = flat if len(flat) <= width else flat[: _word_start(flat, width)].rstrip() + " …"
        return html.escape(cut, quote=False)
    windows: list[tuple[int, int]] = []
    budget = width
    for start, end in marks:
        if windows and start <= windows[-1][1]:
            continue
        left = _word_start(text, max(0, start - _CONTEXT))
        right = _word_end(text, min(len(text), end + min(budget, width) - _CONTEXT))
        windows.append((left, right))
        budget -= right - left
        if len(windows) == 2 or budget < _CONTEXT:
            break
    pieces: list[str] = []
    for left, right in windows:
        inside = [(s, e) for s, e in marks if left <= s and e <= right]
        out, cursor = [], left
        for s, e in inside:
            out.append(html.escape(text[cursor:s], quote=False))
            out.append(f"<mark>{html.escape(text[s:e], quote=False)}</mark>")
            cursor = e
        out.append(html.escape(text[cursor:right], quote=False))
        piece = " ".join("".join(out).split())
        pieces.append(piece)
    joined = " … ".join(pieces)
    prefix = "… " if windows[0][0] > 0 else ""
    suffix = " …" if windows[-1][1] < len(text.rstrip()) else ""
    return prefix + joined + suffix
