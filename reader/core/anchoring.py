"""Anchoring annotations to the canonical text, the way web annotators do (W3C selectors).

An annotation keeps a ``TextPositionSelector`` (code-point offsets) and a
``TextQuoteSelector`` (the exact text with about 32 characters of context on each side).
When the text changes, the annotation is found again: first where it was, then wherever
the exact quote stands (the context picks among repeats, closeness to the old place
breaks ties), then approximately (diff-match-patch's Bitap), else it is *orphaned* —
kept and shown, never deleted.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from difflib import SequenceMatcher

CONTEXT = 32
MIN_FUZZY_RATIO = 0.75


class AnchorStatus(enum.StrEnum):
    ANCHORED = "anchored"  # found where it was
    MOVED = "moved"  # found elsewhere, or with small changes
    ORPHANED = "orphaned"  # not found: kept, listed, can be re-attached


@dataclass(frozen=True)
class TextQuote:
    exact: str
    prefix: str
    suffix: str


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    status: AnchorStatus


def describe(text: str, start: int, end: int) -> TextQuote:
    """The quote selector for ``text[start:end]``."""
    return TextQuote(
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT) : start],
        suffix=text[end : end + CONTEXT],
    )


def _context_score(text: str, start: int, end: int, quote: TextQuote) -> float:
    before = text[max(0, start - len(quote.prefix)) : start]
    after = text[end : end + len(quote.suffix)]
    score = 0.0
    if quote.prefix:
        score += SequenceMatcher(None, before, quote.prefix).ratio()
    if quote.suffix:
        score += SequenceMatcher(None, after, quote.suffix).ratio()
    return score


def _occurrences(text: str, needle: str) -> list[int]:
    found, at = [], text.find(needle)
    while at >= 0 and needle:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def anchor(text: str, start: int, end: int, quote: TextQuote) -> Anchor:
    """Find the annotation ``quote`` (last seen at ``start:end``) in ``text``."""
    exact = quote.exact
    if not exact:
        return Anchor(start, end, AnchorStatus.ORPHANED)
    if 0 <= start <= end <= len(text) and text[start:end] == exact:
        return Anchor(start, end, AnchorStatus.ANCHORED)
    candidates = _occurrences(text, exact)
    fuzzy = _fuzzy(text, start, quote)
    if candidates:
        best = max(
            candidates,
            key=lambda at: (_context_score(text, at, at + len(exact), quote), -abs(at - start)),
        )
        exact_score = _context_score(text, best, best + len(exact), quote) + 1.0
        # The same words elsewhere (a repeated caption) lose to a near-exact match that
        # stands in the annotation's own context.
        if fuzzy is None or exact_score >= _fuzzy_score(text, fuzzy, quote):
            return Anchor(best, best + len(exact), AnchorStatus.MOVED)
    if fuzzy is not None:
        return Anchor(fuzzy[0], fuzzy[1], AnchorStatus.MOVED)
    return Anchor(start, end, AnchorStatus.ORPHANED)


def _fuzzy_score(text: str, span: tuple[int, int], quote: TextQuote) -> float:
    window = text[span[0] : span[1]]
    return (
        _context_score(text, span[0], span[1], quote)
        + SequenceMatcher(None, window, quote.exact).ratio()
    )


def _fuzzy(text: str, hint: int, quote: TextQuote) -> tuple[int, int] | None:
    """Approximate match: Bitap on the quote's head (and tail, for long quotes), then a
    similarity check of the whole span."""
    from diff_match_patch import diff_match_patch  # only when a quote moved: off start-up

    dmp = diff_match_patch()
    dmp.Match_Threshold = 0.35
    exact = quote.exact
    bits = dmp.Match_MaxBits
    head = exact[:bits]
    loc = min(max(0, hint), len(text))
    first = -1
    # near the old place first (an edit in place), then anywhere (an edit and a move)
    for distance in (200, max(1000, len(text))):
        dmp.Match_Distance = distance
        first = dmp.match_main(text, head, loc)
        if first >= 0:
            break
    if first < 0 and quote.prefix:
        # the quote's first words may have changed: look for its context instead
        context = dmp.match_main(text, quote.prefix[-bits:], max(0, loc - len(quote.prefix)))
        if context >= 0:
            first = context + len(quote.prefix[-bits:])
    if first < 0:
        return None
    if len(exact) <= bits:
        end = first + len(exact)
    else:
        tail = exact[-bits:]
        expected = first + len(exact) - len(tail)
        last = dmp.match_main(text, tail, min(expected, len(text)))
        if last < 0 or last < first:
            return None
        end = last + len(tail)
    window = text[first:end]
    if SequenceMatcher(None, window, exact).ratio() < MIN_FUZZY_RATIO:
        return None
    return first, end
