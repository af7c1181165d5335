"""What a searcher remembers of the words it was asked about.

A search checks which of the typed words' alternatives the library holds (their count
of articles, or whether any article holds a name of several words), and the search box
asks again at each letter typed: parsing each alternative was a tenth of a typed
query's time. The answers are kept with the searcher, whose index never changes under
it (a new generation of the index gets a new searcher, and starts afresh).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

WORDS_KEPT = 4096  # answers a searcher keeps
T = TypeVar("T")


def remembered(searcher: Any, key: tuple[str, str], find: Callable[[], T]) -> T:
    """``find()``, asked once per searcher for ``key``."""
    kept: dict[tuple[str, str], Any] | None = getattr(searcher, "_liseuse_words", None)
    if kept is None:
        kept = searcher._liseuse_words = {}
    if key in kept:
        found: T = kept[key]
        return found
    if len(kept) >= WORDS_KEPT:
        kept.clear()
    value = kept[key] = find()
    return value
