"""Where two copies of a passage agree and where they differ, word by word.

difflib aligns the two paragraphs' words (folded, as they are compared); the shared
stretch runs from the first to the last word they have in common, and the words of the
stretch outside the matching runs are what one outlet changed. Offsets are character
offsets into each text, so the reader can mark them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from reader.passages.units import fold

_WORD = re.compile(r"\w+")
MIN_RUN = 2  # a lone common word ("the", "de") inside changed text is not agreement
MIN_EDGE = 3  # words in a run that may begin or end the shared stretch


@dataclass(frozen=True)
class Alignment:
    shared_a: tuple[int, int]
    shared_b: tuple[int, int]
    changed_a: tuple[tuple[int, int], ...]
    changed_b: tuple[tuple[int, int], ...]
    ratio: float  # difflib's: 2 × words matched / words of both


def _merge(spans: list[tuple[int, int]], text: str) -> tuple[tuple[int, int], ...]:
    """Adjacent changed words (only spaces or punctuation between) as one span."""
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and not _WORD.search(text, merged[-1][1], s):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return tuple(merged)


def align(a: str, b: str) -> Alignment:
    """Align ``a`` and ``b`` (two paragraphs' texts)."""
    wa = [(m.start(), m.end()) for m in _WORD.finditer(a)]
    wb = [(m.start(), m.end()) for m in _WORD.finditer(b)]
    fa = [fold(a[s:e]) for s, e in wa]
    fb = [fold(b[s:e]) for s, e in wb]
    matcher = SequenceMatcher(None, fa, fb, autojunk=False)
    blocks = [m for m in matcher.get_matching_blocks() if m.size >= MIN_RUN]
    if not blocks:
        return Alignment((0, 0), (0, 0), (), (), 0.0)
    # the stretch is bounded by runs of a few words: two paragraphs that share a sentence
    # also share "of the" and "said that" elsewhere, which would stretch it over all
    long = [m for m in blocks if m.size >= MIN_EDGE] or blocks
    first, last = long[0], long[-1]
    blocks = [m for m in blocks if m.a >= first.a and m.a + m.size <= last.a + last.size]
    shared_a = (wa[first.a][0], wa[last.a + last.size - 1][1])
    shared_b = (wb[first.b][0], wb[last.b + last.size - 1][1])
    same_a = {i for m in blocks for i in range(m.a, m.a + m.size)}
    same_b = {i for m in blocks for i in range(m.b, m.b + m.size)}
    changed_a = [wa[i] for i in range(first.a, last.a + last.size) if i not in same_a]
    changed_b = [wb[i] for i in range(first.b, last.b + last.size) if i not in same_b]
    matched = sum(m.size for m in blocks)
    ratio = 2 * matched / (len(fa) + len(fb)) if fa or fb else 0.0
    return Alignment(
        shared_a, shared_b, _merge(changed_a, a), _merge(changed_b, b), round(ratio, 3)
    )


def map_span(a: str, b: str, start: int, end: int) -> tuple[int, int] | None:
    """Where ``a[start:end]`` stands in ``b``, word by word: a word the two share maps to
    itself, a word ``b`` replaced maps to the words that replaced it (a highlight over
    "assez important" lands on "considérable"). None when ``a[start:end]`` holds no word,
    or only words ``b`` dropped."""
    wa = [(m.start(), m.end()) for m in _WORD.finditer(a)]
    wb = [(m.start(), m.end()) for m in _WORD.finditer(b)]
    inside = [i for i, (s, e) in enumerate(wa) if s >= start and e <= end]
    if not inside or not wb:
        return None
    matcher = SequenceMatcher(
        None, [fold(a[s:e]) for s, e in wa], [fold(b[s:e]) for s, e in wb], autojunk=False
    )
    first, last = inside[0], inside[-1]
    lo: int | None = None
    hi: int | None = None
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "insert" or j1 == j2:
            continue
        if i1 <= first < i2 and lo is None:
            lo = j1 + (first - i1) if tag == "equal" else j1
        if i1 <= last < i2:
            hi = j1 + (last - i1) if tag == "equal" else j2 - 1
        if lo is None and i1 > first:  # the first word was dropped: start at what follows
            lo = j1
        if i1 > last:
            break
    if lo is None or hi is None or hi < lo:
        return None
    return wb[lo][0], wb[hi][1]
