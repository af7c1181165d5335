"""Which language a word both languages write is far more used in: ``fine``, ``rates``,
``four`` are English words before they are French ones, ``pays``, ``vie``, ``coup``
French ones before English.

Cross-language search reads a query's words in each language they are words of and
translates each reading into the other (reader.services.expansion). For a word both
write, the rarer reading's translations were searched beside the word itself: ``fine``
read as French added *end*, *ending* and *lively* to the English articles, 93 results for
the 14 that say *fine*. A single word has no other words to tell its language by, so its
use in each language does, from wordfreq's word lists (subtitles, news, books, Wikipedia
and the web): a word is read in the language where it is at least MARGIN higher on the
Zipf scale (log10 of its uses per billion words). A word read in one language only is
still searched as typed everywhere: ``fine`` still meets the French articles that say
*fine*, it is only not translated from French.

The table is made once from wordfreq (``packaging/word_languages.py``) and shipped in
``resources/word_languages.txt.gz``: the words of both lists with the language that uses
each far more, about 58,000 — wordfreq's two full lists would hold 80 MB in every process
that searches. A word used alike in both (``pain``, ``chat``, ``place``), or in one
language's list only, is not in it and is read both ways.
"""

from __future__ import annotations

import gzip
import logging
import unicodedata
from collections.abc import Sequence
from functools import cache
from importlib import resources

log = logging.getLogger(__name__)
LANGS = ("en", "fr")
# how much more used, on the Zipf scale, a word must be in one language to be read in it
# alone: 0.5 is about three times as often, so the rarer reading is at most one in four
MARGIN = 0.5
TABLE = "word_languages.txt.gz"


@cache
def _table() -> dict[str, str]:
    """The shipped table, word → language (empty, and logged, when it cannot be read:
    every word is then read both ways)."""
    try:
        data = (resources.files("reader._resources") / TABLE).read_bytes()
        lines = gzip.decompress(data).decode("utf-8").splitlines()
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        log.warning("the word languages table cannot be read: %s", exc)
        return {}
    found = {}
    for line in lines:
        lang, _, word = line.partition("\t")
        if word and not line.startswith("#"):
            found[word] = lang
    return found


def usual_language(word: str, langs: Sequence[str]) -> str | None:
    """The one of ``langs`` that uses ``word`` far more than the other (None when neither
    does, or ``word`` is several words, or typed in capitals: the lists count words in
    lower case, and ``AI`` is no *ai*, the French *has*)."""
    if " " in word or len(langs) < 2 or (len(word) > 1 and word.isupper()):
        return None
    key = unicodedata.normalize("NFC", word.replace("’", "'")).casefold()
    lang = _table().get(key)
    return lang if lang in langs else None
