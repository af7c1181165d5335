"""Fuzzy terms (``word~1``) expanded once per segment and search, not once per use.

Whoosh expands a fuzzy term by walking a segment's term table with a Levenshtein
automaton in Python, and a query asks for that expansion three times in each segment
(to size the query's parts, to build its matcher, for its matched words) and again in
each pass of a search: a fifth of the mixed queries' time on the BBC library went to
it. A segment's term table never changes, so each segment reader keeps the words it
found for each (field, word, distance, prefix), in the order Whoosh gave them (the
order the query's parts are then built in). The cache lives and dies with the reader,
which lives as long as the searcher: a new index generation starts afresh. Installed
once, when the index module is imported; Whoosh is pinned (whoosh-reloaded 2.7.5) and
a test checks the expansions are Whoosh's.
"""

from __future__ import annotations

from collections.abc import Iterable

from whoosh.reading import SegmentReader

EXPANSIONS_KEPT = 512  # fuzzy words remembered per segment reader
_WHOOSHS = SegmentReader.terms_within


def _terms_within(
    self: SegmentReader, fieldname: str, text: str, maxdist: int, prefix: int = 0
) -> Iterable[bytes]:
    kept: dict[tuple[str, str, int, int], tuple[bytes, ...]] | None = getattr(
        self, "_liseuse_within", None
    )
    if kept is None:
        kept = self._liseuse_within = {}
    key = (fieldname, text, maxdist, prefix)
    found = kept.get(key)
    if found is None:
        found = tuple(_WHOOSHS(self, fieldname, text, maxdist, prefix))
        if len(kept) >= EXPANSIONS_KEPT:
            kept.clear()
        kept[key] = found
    return iter(found)


def install() -> None:
    """Make every segment reader keep its fuzzy expansions (idempotent)."""
    SegmentReader.terms_within = _terms_within


def installed() -> bool:
    return SegmentReader.terms_within is _terms_within
