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
DISTINCTIVE = 40  # a quote this long is evidence enough of its place, in any context
IN_CONTEXT = 0.85  # a context side at least this alike is the quote's own
MIN_SIDE = 8  # context shorter than this on both sides recurs too often to bound a quote
MIN_BETWEEN_RATIO = 0.5  # bounded by its own context, a quote may change this much


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
    return sum(_context_sides(text, start, end, quote))


def _context_sides(text: str, start: int, end: int, quote: TextQuote) -> list[float]:
    """How alike the text before and after ``start:end`` is to the quote's prefix and
    suffix (0 to 1 each). A quote with no prefix stood at the start of the text: standing
    there again is its context (the same for the end)."""
    if quote.prefix:
        before = text[max(0, start - len(quote.prefix)) : start]
        first = SequenceMatcher(None, before, quote.prefix).ratio()
    else:
        first = 1.0 if start == 0 else 0.0
    if quote.suffix:
        after = text[end : end + len(quote.suffix)]
        second = SequenceMatcher(None, after, quote.suffix).ratio()
    else:
        second = 1.0 if end == len(text) else 0.0
    return [first, second]


def _in_context(text: str, start: int, end: int, quote: TextQuote) -> bool:
    """Whether ``start:end`` stands in the quote's own context, or the quote is long
    enough to be its own evidence. Two random stretches of news text score at most about
    0.5 (99th percentile, BBC articles; two sentences saying the same thing 0.75); one
    side edited still leaves the other near 1.
    A short quote ("9", "the company said") recurs anywhere: its context decides."""
    if len(quote.exact) >= DISTINCTIVE:
        return True
    return max(_context_sides(text, start, end, quote)) >= IN_CONTEXT


def _occurrences(text: str, needle: str) -> list[int]:
    found, at = [], text.find(needle)
    while at >= 0 and needle:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def anchor(text: str, start: int, end: int, quote: TextQuote) -> Anchor:
    """Find the annotation ``quote`` (last seen at ``start:end``) in ``text``.

    In order: the old place, if the quote and its context are still there; the exact
    quote elsewhere in its context; whatever now stands between its prefix and suffix
    (a word changed inside); an approximate match in context; else orphaned. A short
    quote found out of context is orphaned rather than guessed."""
    exact = quote.exact
    if not exact:
        return Anchor(start, end, AnchorStatus.ORPHANED)
    here = 0 <= start <= end <= len(text) and text[start:end] == exact
    if here and (
        len(exact) >= DISTINCTIVE
        or (
            text[max(0, start - len(quote.prefix)) : start] == quote.prefix
            and text[end : end + len(quote.suffix)] == quote.suffix
        )
    ):
        return Anchor(start, end, AnchorStatus.ANCHORED)
    candidates = [
        at for at in _occurrences(text, exact) if _in_context(text, at, at + len(exact), quote)
    ]
    best = None
    if candidates:
        # the best context wins; the old place only breaks ties ("9" stays on its own 9,
        # not on the one that text inserted before it pushed into its old place)
        best = max(
            candidates,
            key=lambda at: (_context_score(text, at, at + len(exact), quote), -abs(at - start)),
        )
        if best == start:
            return Anchor(start, end, AnchorStatus.ANCHORED)
        if min(_context_sides(text, best, best + len(exact), quote)) >= IN_CONTEXT:
            return Anchor(best, best + len(exact), AnchorStatus.MOVED)
    between = _between(text, start, quote)
    if between is not None:
        return Anchor(between[0], between[1], AnchorStatus.MOVED)
    fuzzy = _fuzzy(text, start, quote)
    if fuzzy is not None and not _in_context(text, *fuzzy, quote):
        fuzzy = None
    if best is not None:
        exact_score = _context_score(text, best, best + len(exact), quote) + 1.0
        # The same words elsewhere (a repeated caption) lose to a near-exact match that
        # stands in the annotation's own context.
        if fuzzy is None or exact_score >= _fuzzy_score(text, fuzzy, quote):
            return Anchor(best, best + len(exact), AnchorStatus.MOVED)
    if fuzzy is not None:
        return Anchor(fuzzy[0], fuzzy[1], AnchorStatus.MOVED)
    return Anchor(start, end, AnchorStatus.ORPHANED)


def _between(text: str, hint: int, quote: TextQuote) -> tuple[int, int] | None:
    """The stretch between the quote's unchanged prefix and suffix, when it still looks
    like the quote: a word changed inside a short highlight keeps it, and its ends are
    where the context says (never a full stop more)."""
    if len(quote.prefix) + len(quote.suffix) < 2 * MIN_SIDE or not (quote.prefix or quote.suffix):
        return None
    best: tuple[int, int] | None = None
    reach = 2 * len(quote.exact) + 16
    for at in _occurrences(text, quote.prefix) if quote.prefix else [hint]:
        first = at + len(quote.prefix)
        if quote.suffix:
            last = text.find(quote.suffix, first, first + reach + len(quote.suffix))
        else:
            last = len(text) if len(text) - first <= reach else -1
        if last <= first:
            continue
        if SequenceMatcher(None, text[first:last], quote.exact).ratio() < MIN_BETWEEN_RATIO:
            continue
        if best is None or abs(first - hint) < abs(best[0] - hint):
            best = (first, last)
    return best


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
