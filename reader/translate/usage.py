"""Which language a word both languages write is far more used in: ``fine``, ``rates``,
``four`` are English words before they are French ones, ``pays``, ``vie``, ``coup``
French ones before English.

Cross-language search reads a query's words in each language they are words of and
translates each reading into the other (reader.services.expansion). For a word both
write, the rarer reading's translations were searched beside the word itself: ``fine``
read as French added *end*, *ending* and *lively* to the English articles, 93 results for
the 14 that say *fine*. A single word has no other words to tell its language by, so its
use in each language does: wordfreq's frequencies (Zipf scale: 6 is once in a thousand
words, 3 once in a million), from subtitles, news, books, Wikipedia and the web. A word
read in one language only is still searched as typed everywhere: ``fine`` still meets
the French articles that say *fine*, it is only not translated from French.

A word whose uses are close in both (``pain``, ``chat``, ``place``) stays read both ways.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import lru_cache

log = logging.getLogger(__name__)
# how much more used, on the Zipf scale (log10), a word must be in one language to be
# read in it alone: 0.5 is about three times as often, so the rarer reading is at most
# one in four
MARGIN = 0.5


@lru_cache(maxsize=4096)
def _zipf(word: str, lang: str) -> float:
    """``word``'s frequency in ``lang``, 0 when unknown or when the lists cannot be read
    (the word is then read both ways, as before this module)."""
    try:
        from wordfreq import zipf_frequency  # its lists load on first use (about 0.6 s)

        return float(zipf_frequency(word, lang))
    except (ImportError, OSError, LookupError, ValueError) as exc:
        log.warning("no word frequencies for %s: %s", lang, exc)
        return 0.0


def usual_language(word: str, langs: Sequence[str]) -> str | None:
    """The one of ``langs`` that uses ``word`` far more than every other (None when
    none does, or ``word`` is several words)."""
    if " " in word or len(langs) < 2:
        return None
    ranked = sorted(((_zipf(word, lang), lang) for lang in langs), reverse=True)
    (first, lang), (second, _) = ranked[0], ranked[1]
    return lang if first > 0 and first - second >= MARGIN else None
