"""Analysers per language: French and English stemming (Snowball in C, PyStemmer),
elision and possessives, stop words, accents folded *after* stemming (the stemmers need
them), so that ``etats-unis`` finds ``États-Unis`` and ``IA`` finds ``l’IA``.

The classes here are pickled into the index's table of contents by Whoosh: keep their
names and modules stable.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from whoosh.analysis import (
    Analyzer,
    CharsetFilter,
    Filter,
    LowercaseFilter,
    PyStemmerFilter,
    RegexTokenizer,
    StopFilter,
)
from whoosh.lang import stopwords_for_language
from whoosh.support.charset import accent_map

# Words with inner apostrophes, dots (JD.com) and soft hyphens stay one token; the
# filters below split off elisions and drop soft hyphens.
TOKEN_PATTERN = r"\w+(?:[.'’\u00ad]\w+)*"
LANGUAGES = ("fr", "en")
FALLBACK = "xx"
_STEMMERS = {"fr": "french", "en": "english"}
_ELISION = re.compile(r"^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)'", re.I)
_POSSESSIVE = re.compile(r"'s?$", re.I)


class NormalizeFilter(Filter):  # type: ignore[misc]
    """Typographic apostrophes become ``'``; soft hyphens disappear."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for token in tokens:
            text = token.text
            if "’" in text or "\u00ad" in text:
                token.text = text.replace("’", "'").replace("\u00ad", "")
            yield token


class ElisionFilter(Filter):  # type: ignore[misc]
    """French elision: ``l'ia`` → ``ia``, ``qu'elle`` → ``elle``."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for token in tokens:
            if "'" in token.text:
                token.text = _ELISION.sub("", token.text)
            yield token


class PossessiveFilter(Filter):  # type: ignore[misc]
    """English possessives: ``tencent's`` → ``tencent``."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for token in tokens:
            if "'" in token.text:
                token.text = _POSSESSIVE.sub("", token.text)
            yield token


def language_analyzer(lang: str) -> Analyzer:
    """The analyser for ``fr``, ``en``, or any other code (no stemming, no stop words)."""
    chain = RegexTokenizer(TOKEN_PATTERN) | NormalizeFilter() | LowercaseFilter()
    if lang == "fr":
        chain = chain | ElisionFilter()
    elif lang == "en":
        chain = chain | PossessiveFilter()
    if lang in _STEMMERS:
        chain = chain | StopFilter(stoplist=stopwords_for_language(lang), minsize=1)
        chain = chain | PyStemmerFilter(_STEMMERS[lang], cachesize=100_000)
    return chain | CharsetFilter(accent_map)


def plain_analyzer() -> Analyzer:
    """For names and short fields (source, entity): lower case, accents folded."""
    return language_analyzer(FALLBACK)
