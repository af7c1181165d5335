"""Analysers per language: French and English stemming (Snowball in C, PyStemmer),
elision and possessives, stop words, and accents folded both *after* stemming (the
stemmers need them: ``sécurité`` → ``secur``) and *before* it (what a query typed without
accents gives: ``securite`` → ``securit``). An accented word whose two forms differ is
indexed under both at the same position, so ``securite``, ``Sécurité`` and ``SECURITE``
all meet, ``etats-unis`` finds ``États-Unis`` and ``IA`` finds ``l’IA``. Measured on the
French Wikinews and seed vocabulary: 344 of 1,782 accented words stem differently once
their accents are gone.

The classes here are pickled into the index's table of contents by Whoosh: keep their
names and modules stable.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from typing import Any

from whoosh.analysis import Analyzer, Token, Tokenizer
from whoosh.lang import stopwords_for_language
from whoosh.support.charset import accent_map

# Words with inner apostrophes, dots (JD.com) and soft hyphens stay one token; the
# tokenizer below splits off elisions and drops soft hyphens.
TOKEN_PATTERN = r"\w+(?:[.'’\u00ad]\w+)*"
LANGUAGES = ("fr", "en")
FALLBACK = "xx"
_STEMMERS = {"fr": "french", "en": "english"}
_ELISION = re.compile(r"^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)'", re.I)
_POSSESSIVE = re.compile(r"'s?$", re.I)
# Function words Snowball's lists (Whoosh's) leave out: French "les" is not in it, so a
# query "les États-Unis" required "les", which no English article holds
# …and forms of avoir and être in it that are also common nouns: "avions" (planes),
# "été" (summer), "sommes" (sums) are words people search for
_NOT_STOPS = {"fr": frozenset({"avions", "été", "étés", "sommes"})}
# A function word's term starts with this mark, which no word holds (it is not ``\w``):
# unmarked, ``down`` (a function word) was the term of *Downing* and *downs* stemmed,
# ``moi`` that of *mois*, ``sur`` that of *sûr*, so searching the content word found
# every article holding the function word, and scored 0 where both stood
FUNCTION_MARK = "\u00b7"
# A name's own term (a word written with a capital, as written, without accents) starts
# with this mark, when its stem is not the word (nor the word less a final *s*):
# *Martinique* is ``martin`` to the French stemmer, *Martin*'s stem. Indexed with no
# weight, out of the field's length, like a function word: a search of ``Martinique``
# requires it beside the stem (reader.search.names), scores and lengths unchanged
NAME_MARK = "^"
_MORE_STOPS = {
    "fr": frozenset(
        "les cette cet ceux celle celles celui leurs dont ni car chez sans sous vers "
        "entre selon lors où quand comme si".split()
    ),
}


def _stops(lang: str) -> frozenset[str]:
    """The function words of ``lang``, and the same typed without accents where that is
    no other word (``a`` for ``à``: "pointe-a-calliere" was the phrase "pointe a
    calliere", which no text holds, the text's ``à`` being left out)."""
    if lang not in _STEMMERS:
        return frozenset()
    kept = _NOT_STOPS.get(lang, frozenset())
    stops = (frozenset(stopwords_for_language(lang)) | _MORE_STOPS.get(lang, frozenset())) - kept
    folded = {w.translate(accent_map) for w in stops} - {w.translate(accent_map) for w in kept}
    return stops | folded


class TermForms:
    """Words as written and their indexed forms as bytes: ``first`` (every word's
    term; ``text``, the same as a string), ``second`` (the stem without accents, for
    the words where it differs) and ``function`` (the terms of function words)."""

    def __init__(self) -> None:
        self.first: dict[str, bytes] = {}
        self.text: dict[str, str] = {}  # the first form as a string
        self.second: dict[str, bytes] = {}
        self.name: dict[str, bytes] = {}  # a name's own term (NAME_MARK), no weight
        self.function: set[bytes] = set()

    def add(
        self, word: str, text: str, stopped: bool, second: str | None, name: str | None = None
    ) -> None:
        term = text.encode("utf-8")
        self.first[word] = term
        self.text[word] = text
        if stopped:
            self.function.add(term)
        if second is not None:
            self.second[word] = second.encode("utf-8")
        if name is not None:
            named = self.name[word] = name.encode("utf-8")
            self.function.add(named)  # no weight, out of the length

    def clear(self) -> None:
        for kept in (self.first, self.text, self.second, self.name, self.function):
            kept.clear()


class LanguageTokenizer(Tokenizer):  # type: ignore[misc]
    """The whole chain in one pass: words (``TOKEN_PATTERN``), typographic apostrophes and
    soft hyphens normalised, lower case, French elision or English possessive, stop words,
    Snowball stem (PyStemmer, in C), accents folded after stemming.

    It does what ``RegexTokenizer | NormalizeFilter | LowercaseFilter | ElisionFilter |
    StopFilter | PyStemmerFilter | CharsetFilter`` did, but each distinct word is worked
    out once and cached: profiles of an import showed Whoosh's generator chain (seven
    Python calls a token) as most of the indexing time.

    Function words are indexed too, each at its place (without accents: ``à`` as
    ``a``), under terms of their own (``FUNCTION_MARK``, never a content word's stem):
    a quoted phrase holds them, as FTS5's does, so ``"said it would"`` no longer
    meets *said he would*. A query drops them unless other words stand with them (a
    phrase, ``pointe-a-calliere``): alone they would match every article of the
    language, and an unquoted query leaves them out before (reader.search.plan)."""

    CACHE_LIMIT = 200_000

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._setup()

    def _setup(self) -> None:
        self.expression = re.compile(TOKEN_PATTERN)
        self._stops: frozenset[str] = _stops(self.lang)
        self._stem: Any = None
        if self.lang in _STEMMERS:
            import Stemmer

            # without PyStemmer's own cache of 10,000 words: each entry a Python list the
            # garbage collector walked at each full collection (a search's pause of
            # 50 ms at 50,000 articles), and the per-word cache below holds the stems
            stemmer = Stemmer.Stemmer(_STEMMERS[self.lang], 0)
            self._stem = stemmer.stemWord
        self._cache: dict[str, tuple[str, bool, str | None]] = {}
        self._names: dict[str, str | None] = {}
        self._terms = TermForms()

    def __getstate__(self) -> dict[str, Any]:
        return {"lang": self.lang}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.lang = state["lang"]
        self._setup()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LanguageTokenizer) and other.lang == self.lang

    def __hash__(self) -> int:
        return hash((LanguageTokenizer, self.lang))

    def _plural(self, stem: str) -> str:
        """French Snowball keeps the ``s`` of a plural after ``a``, ``i``, ``o``, ``u``
        (``vidéos``, ``euros``, ``amis``, ``menus``, ``Nintendos``), so the singular
        typed missed the plural written and the other way round; it goes here. A word
        that ends so in the singular (``avis``, ``repas``) loses it in both forms
        alike, and words of three letters (``cas``, ``jus``) keep it."""
        if self.lang == "fr" and len(stem) >= 4 and stem[-1] == "s" and stem[-2] in "aiouy":
            return stem[:-1]
        return stem

    def normalize(self, word: str) -> tuple[str, bool, str | None]:
        """``(indexed form, is a stop word, second form)`` of one word: the second form
        is the stem of the word without its accents, when it differs from the first."""
        found = self._cache.get(word)
        if found is not None:
            return found
        text = word
        if "’" in text or "\u00ad" in text:
            text = text.replace("’", "'").replace("\u00ad", "")
        text = text.lower()
        if "'" in text:
            if self.lang == "fr":
                text = _ELISION.sub("", text)
            elif self.lang == "en":
                text = _POSSESSIVE.sub("", text)
        if text in self._stops:
            # without accents: "à" typed as "a" in a phrase ("pointe-a-calliere")
            marked = FUNCTION_MARK + text.translate(accent_map)
            result: tuple[str, bool, str | None] = (marked, True, None)
        elif self._stem is not None:
            first = self._plural(self._stem(text).translate(accent_map))
            bare = text.translate(accent_map)
            second = self._plural(self._stem(bare)) if bare != text else first
            result = (first, False, second if second != first else None)
        else:
            result = (text.translate(accent_map), False, None)
        if len(self._cache) >= self.CACHE_LIMIT:
            self._cache.clear()
        self._cache[word] = result
        return result

    def name_form(self, word: str) -> str | None:
        """The name term of ``word`` as written (``^martinique`` of *Martinique*): for a
        word with a capital whose stem is not the word nor the word less a final *s*
        (see ``NAME_MARK``); None for any other word, and in a language without a
        stemmer."""
        if not word[:1].isupper() or self._stem is None:
            return None
        if word in self._names:
            return self._names[word]
        stem, stopped, _second = self.normalize(word)
        bare = None
        if not stopped:
            text = word.replace("’", "'").replace("\u00ad", "").lower()
            if "'" in text:
                text = (_ELISION if self.lang == "fr" else _POSSESSIVE).sub("", text)
            bare = text.translate(accent_map)
            if bare in (stem, stem + "s"):
                bare = None  # a plural's *s* makes no other name (*Lyons*, *Jones*)
        made = None if bare is None else NAME_MARK + bare
        if len(self._names) >= self.CACHE_LIMIT:
            self._names.clear()
        self._names[word] = made
        return made

    def terms(self, words: set[str]) -> TermForms:
        """The indexed forms of ``words`` (distinct words as written) as the index's
        bytes: a cache holding at least these, so that a field's postings are made a
        word at a time by dictionary lookups (:mod:`reader.search.postings`)."""
        forms = self._terms
        missing = words.difference(forms.first)
        if missing:
            if len(forms.first) + len(missing) > self.CACHE_LIMIT:
                forms.clear()
                missing = words
            normalize, name_form = self.normalize, self.name_form
            for word in missing:
                forms.add(word, *normalize(word), name_form(word))
        return forms

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Any]:
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        normalize = self.normalize
        if not tokenize:
            text, stopped, _second = normalize(value)
            if stopped and removestops:
                return
            t.original = value
            t.text, t.stopped, t.boost = text, stopped, 1.0
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar, t.endchar = start_char, start_char + len(value)
            yield t
            return
        matches: Iterable[re.Match[str]] = self.expression.finditer(value)
        keep = True
        if mode == "query" and removestops:
            # function words are indexed at their places, so that a quoted phrase holds
            # them ("said it would" is not "said he would"); a query of them alone
            # ("la", "the") searches nothing in this field, where every article has them
            matches = list(matches)
            keep = not all(normalize(m.group(0))[1] for m in matches)
        # a query gets the first form only (Whoosh would read two tokens as a phrase);
        # the parser adds the second where it matters (reader.search.query)
        seconds = mode != "query"
        for index, match in enumerate(matches):
            word = match.group(0)
            text, stopped, second = normalize(word)
            if stopped and not keep:
                continue
            # yielded, a function word is a term (Whoosh leaves out a token marked
            # stopped); ``function`` keeps it out of the field's length (FunctionWords)
            t.text, t.stopped, t.boost, t.function = text, False, 1.0, stopped
            if keeporiginal:
                t.original = word
            if positions:
                t.pos = start_pos + index
            if chars:
                t.startchar = start_char + match.start()
                t.endchar = start_char + match.end()
            yield t
            if second is not None and seconds:
                t.text = second  # the same place, the same characters
                yield t
            if seconds and (name := self.name_form(word)) is not None:
                t.text, t.function = name, True  # no weight, out of the length
                yield t


def language_analyzer(lang: str) -> Analyzer:
    """The analyser for ``fr``, ``en``, or any other code (no stemming, no stop words)."""
    return LanguageTokenizer(lang)


def forms(analyzer: Analyzer, word: str) -> tuple[str, ...]:
    """Every indexed form of one typed ``word`` (one or two; none for a stop word)."""
    if not isinstance(analyzer, LanguageTokenizer):
        return tuple(t.text for t in analyzer(word, mode="query"))
    text, stopped, second = analyzer.normalize(word)
    if stopped:
        return ()
    return (text,) if second is None else (text, second)


# French adjectives whose masculine and feminine the stemmer keeps apart (*nouveau*,
# *nouvelle*: ``nouveau``, ``nouvel``), as stems: a closed class, listed, not a rule
# (*eau* to *el* would make *chapelle* of *chapeau*, *sel* of *seau*)
_FRENCH_GENDERS = {
    "nouveau": "nouvel",
    "beau": "bel",
    "jumeau": "jumel",
    "vieux": "vieil",
    "fou": "foll",
    "mou": "moll",
    "public": "publiqu",
    "turc": "turqu",
    "grec": "grecqu",
    "blanc": "blanch",
    "sec": "sech",
    "long": "longu",
    "doux": "douc",
    "faux": "fauss",
    "roux": "rouss",
}
_FRENCH_GENDERS.update({b: a for a, b in list(_FRENCH_GENDERS.items())})
_LONGEST_IF = 4  # letters of the shortest stem in *-if* read as an adjective (*actif*)


def other_genders(lang: str, stem: str) -> tuple[str, ...]:
    """The stems of a French word's other gender when the stemmer keeps them apart:
    ``nouveau`` → ``nouvel`` (*nouvelle*, *nouvel*), ``sportif`` → ``sportiv``
    (*sportive*), and back; none in any other language or for any other word. A search
    of ``nouveau`` met *nouveaux* but not *nouvelle*."""
    if lang != "fr":
        return ()
    listed = _FRENCH_GENDERS.get(stem)
    if listed is not None:
        return (listed,)
    if len(stem) >= _LONGEST_IF and stem.endswith("if"):
        return (stem[:-2] + "iv",)
    if len(stem) >= _LONGEST_IF and stem.endswith("iv"):
        return (stem[:-2] + "if",)
    return ()


def typed_as_name(word: str) -> bool:
    """Whether a word typed in a query reads as a name: a capital, then lower case
    (``Martinique``, ``Braun``); a word typed all in capitals (``METEO``) may be
    anything shouted, and one in lower case anything."""
    return word[:1].isupper() and not word.isupper()


def fold_accents(text: str) -> str:
    """``text`` without its accents, as the index folds them (``États`` → ``Etats``)."""
    return text.translate(accent_map)


def sentence_language(words: Sequence[str], least: int = 3) -> str | None:
    """The language a run of words is written in when its function words say so
    plainly: at least ``least`` that are function words of that language alone
    (``le``, ``que``, ``dans``; ``the``, ``of``, ``which``) and none of another's. A
    pasted sentence names its language so; a few key words typed (``chip export ban``,
    ``la Chine``) do not, and are None."""
    found = {lang: 0 for lang in ("fr", "en")}
    stops = {lang: _stops(lang) for lang in found}
    for word in words:
        lowered = word.lower().replace("’", "'").split("'", 1)[0]  # l'État: l
        holding = [lang for lang in found if lowered in stops[lang]]
        if len(holding) == 1:
            found[holding[0]] += 1
    plain = [lang for lang, count in found.items() if count >= least]
    if len(plain) == 1 and all(c == 0 for lang, c in found.items() if lang != plain[0]):
        return plain[0]
    return None


def is_stop_word(word: str) -> bool:
    """Whether ``word`` is a function word in any language the index stems (``la``,
    ``de``, ``the``, ``of``): a query cannot require such a word outside a phrase, as no
    article of the other language holds it, and it is in nearly every one of its own."""
    return any(_tokenizer(lang).normalize(word)[1] for lang in LANGUAGES)


def plain_analyzer() -> Analyzer:
    """For names and short fields (source, entity): lower case, accents folded."""
    return language_analyzer(FALLBACK)


@cache
def _tokenizer(lang: str) -> LanguageTokenizer:
    return LanguageTokenizer(lang)
