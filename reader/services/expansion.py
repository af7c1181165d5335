"""Cross-language search: other words for the words of a query, from what the app
already has offline.

- the gazetteer's names: every other name of an entity the query names (``Chine`` ↔
  ``China``, ``ONU`` ↔ ``Nations unies`` ↔ ``UN``), multi-word names included;
- word translations between the library's languages: the installed Apertium route
  (``chômage`` → ``unemployment``), kept running (reader.translate.apertium_words): a
  query's words cost a few milliseconds; and the installed FreeDict dictionary (the
  words of an entry's first senses, or of its lemma's for an inflected word:
  ``killed`` → ``kill`` → ``tuer``, reader.translate.lemmas). A word is looked up
  without its elided article or possessive (``l’ouragan``, ``Liverpool's``). After
  these, up to two senses read through a third language's bilingual dictionaries
  (reader.translate.pivot: ``victimes`` → *casualty*, which neither gives), for a word
  they know only; then up to two of how news writes the word (reader.translate.newswords:
  ``bilan`` → *death toll*, ``travailliste`` → *Labour*, ``MP`` → *député*), which the
  dictionaries do not give, searched with less weight than their senses.

Only offline resources are asked: a query never leaves the machine. The index keeps an
alternative only when some article holds it, and searches it with a lower weight, so
articles in the query's own words rank first (reader.search.plan). Answers are kept for
the session: typing on in the search box asks nothing twice.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from itertools import product
from math import prod

from reader.entities.gazetteer import Gazetteer, fold_case
from reader.search.analysis import LanguageTokenizer, fold_accents, is_stop_word
from reader.search.plan import key, pieces
from reader.search.senses import Alias, Expansion, LesserSense, Loanword, Translation
from reader.services.calques import loose, without_calques
from reader.translate.acronyms import acronym
from reader.translate.apertium_words import ApertiumWords
from reader.translate.base import TranslationError
from reader.translate.freedict import FreeDictGlossary, Gloss
from reader.translate.lemmas import Lemmatizer
from reader.translate.newswords import news_senses
from reader.translate.pivot import PivotLexicon
from reader.translate.usage import usual_language

log = logging.getLogger(__name__)
LANGS = ("fr", "en")  # the languages whose fields are stemmed, and translated between
MAX_NAMES = 4  # other names of one entity
MAX_SENSES = 4  # translations of one word
DICTIONARY_SENSES = 2  # senses of a dictionary entry read
DICTIONARY_WORDS = 3  # words kept from them
PIVOT_SENSES = 2  # senses through a third language added after the direct ones
PIVOT_AGREED = 1  # pivots that must give a sense
NEWS_SENSES = 2  # senses of how news writes a word, after the dictionaries' (newswords)
CACHE_SIZE = 2000
MAX_WORDS = 12  # words of a query looked up in the other language
# accents a French word may have lost when typed ("debats", "agees", "DECES"), and how
# many spellings of one word are asked of the French analyser at most
_ACCENTS = {"e": "eéèê", "a": "aàâ", "i": "iîï", "o": "oô", "u": "uùû", "c": "cç"}
MAX_SPELLINGS = 4096
MAX_RESTORED = 2
_WORD = re.compile(r"^[^\W\d_][\w'’-]*$")
_LATIN = re.compile(r"^[\x00-\u024f\s'’.-]+$")
_NOTE = re.compile(r"\([^)]*\)|\[[^]]*\]")
# what a word is looked up as in each language: French without its elided article
# ("l’ouragan" → "ouragan"), English without its possessive ("Liverpool's" → "Liverpool");
# a word with the other language's mark is not looked up in this one
_ELIDED = re.compile(r"^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](?=\w)", re.I)
_POSSESSIVE = re.compile(r"(?<=\w)['’]s?$", re.I)
_ACCENTED = re.compile(r"[^\x00-\x7f]")
# two capitals ("MP", "PM", "TV"): looked up as a word, as longer ones are
_ACRONYM = re.compile(r"^[A-Z]{2}$")


@cache
def _analysers() -> dict[str, LanguageTokenizer]:
    """The index's analysers of the languages translated between, made once."""
    return {lang: LanguageTokenizer(lang) for lang in LANGS}


def _content(translation: str) -> str:
    """A translation without the function words it starts with ("it changes" → "changes",
    "le pouvoir" → "pouvoir"): they would make a phrase of it that nothing matches."""
    words = translation.split()
    while len(words) > 1 and is_stop_word(words[0]):
        words.pop(0)
    return " ".join(words)


def _kept(senses: Iterable[str], word: str) -> tuple[str, ...]:
    """``senses`` worth searching for ``word``: without their leading function words,
    once each, none that is the word itself or a single letter."""
    return tuple(
        s
        for s in dict.fromkeys(_content(t) for t in senses)
        if s and key(s) != key(word) and len(s) > 1
    )


def _senses(entries: Sequence[Gloss]) -> str:
    """The first entry's first senses, their words of one or two words ("|"-joined)."""
    senses = [s for g in entries[:1] for s in g.senses[:DICTIONARY_SENSES]]
    parts = [p.strip() for s in senses for p in _NOTE.sub("", s).split(",")]
    return "|".join([p for p in parts if p and len(p.split()) <= 2][:DICTIONARY_WORDS])


def _bare(word: str, lang: str) -> str:
    """``word`` as the translation route and the dictionary know it in ``lang`` ("" when
    it is not a word of that language): Apertium read "l’attaquant" as "attacking it",
    "Trump's" as "triomphe est" and left "l’Europe" untranslated."""
    elided, possessive = _ELIDED.match(word), _POSSESSIVE.search(word)
    if lang == "fr":
        return "" if possessive else word[elided.end() :] if elided else word
    if lang == "en":
        return "" if elided else word[: possessive.start()] if possessive else word
    return word


def _spellings(word: str) -> list[str]:
    """``word`` (lower case, without accents) with the accents French could put on its
    letters, the word itself aside; none when there would be more than MAX_SPELLINGS."""
    options = [_ACCENTS.get(c, c) for c in word]
    if prod(len(o) for o in options) > MAX_SPELLINGS:
        return []
    return ["".join(p) for p in product(*options)][1:]


def _alone(sense: str) -> str:
    """A copy of a translation marked as one of a word only French knows
    (reader.search.senses: ``alone``); anything else as it is."""
    if not isinstance(sense, Translation):
        return sense
    made = type(sense)(sense, sense.source)
    made.alone = True
    return made


def _holds(name: str, words: str) -> bool:
    """Whether ``name`` contains ``words`` as whole words (case aside)."""
    return f" {key(words)} " in f" {key(name)} "


class QueryExpander:
    """Alternatives for a query's words and names, by the key reader.search.plan uses."""

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        glossary: FreeDictGlossary | None = None,
        translator: ApertiumWords | None = None,
        lemmatizer: Lemmatizer | None = None,
        pivot: PivotLexicon | None = None,
    ) -> None:
        self._gazetteer = gazetteer
        self._names: dict[str, tuple[str, ...]] | None = None
        self._glossary = glossary if glossary is not None else FreeDictGlossary()
        self._translator = translator if translator is not None else ApertiumWords()
        self._lemmatizer = lemmatizer if lemmatizer is not None else Lemmatizer()
        self._pivot = pivot if pivot is not None else PivotLexicon()
        self._cache: OrderedDict[tuple[str, str, str], tuple[str, ...]] = OrderedDict()
        self._known: dict[tuple[str, str, str], bool] = {}  # by the same keys
        # a word typed without accents → its accented spellings (and whether each is a name)
        self._spelt: OrderedDict[str, tuple[tuple[str, bool], ...]] = OrderedDict()
        self._lock = threading.Lock()

    # -- names -------------------------------------------------------------------------

    def _name_table(self) -> dict[str, tuple[str, ...]]:
        if self._names is None:
            gazetteer = self._gazetteer or Gazetteer.bundled()
            table: dict[str, list[str]] = {}
            for entry in gazetteer.entries:
                named = {entry.name, *(n for _, n in entry.names)}
                forms = [f if f in named else Alias(f) for f in entry.forms if _LATIN.match(f)]
                for form in forms:
                    others = [f for f in forms if fold_case(f) != fold_case(form)]
                    table.setdefault(key(form), []).extend(others)
                    if loose(form) != key(form):
                        # as typed without accents or hyphens: "etats unis", "egypte"
                        table.setdefault(loose(form), []).extend(others)
            self._names = {
                k: tuple(dict.fromkeys(sorted(v, key=len)))[:MAX_NAMES] for k, v in table.items()
            }
        return self._names

    # -- words -------------------------------------------------------------------------

    def _dictionary(self, words: Sequence[str], source: str, target: str) -> dict[str, str]:
        """The dictionary's words for each of ``words``: its entry's first senses, or those
        of its lemma when its own entry gives none ("killed" has no entry: "kill" →
        "tuer"; "enfants" has only "sons and daughters": "enfant" → "child")."""
        found: dict[str, str] = {}
        if (source, target) not in self._glossary.pairs():
            return found
        try:
            for word in words:
                if kept := _senses(self._entries(word, source, target)):
                    found[word] = kept
            missing = [w for w in words if w not in found and " " not in w]
            for word, lemmas in self._lemmatizer.lemmas(missing, source).items():
                entries = [e for lemma in lemmas for e in self._entries(lemma, source, target)]
                if kept := _senses(entries):
                    found[word] = kept
        except TranslationError:
            pass
        return found

    def _entries(self, word: str, source: str, target: str) -> list[Gloss]:
        glosses = self._glossary.lookup(word, source, target)
        return [g for g in glosses if fold_case(g.headword) == fold_case(word)]

    def _machine(self, words: Sequence[str], source: str, target: str) -> dict[str, str]:
        found = self._translator.translate(list(words), source, target)
        # a single word the route does not know as typed, asked again with a capital:
        # Apertium knows "Macedonians", not "macedonians"
        capital = {
            w.capitalize(): w for w in words if w not in found and w.islower() and " " not in w
        }
        if capital:
            again = self._translator.translate(list(capital), source, target)
            found.update({capital[a]: t for a, t in again.items()})
        # a word typed in lower case is shown so (Apertium capitalises a line's start)
        return {w: (t[:1].lower() + t[1:] if w[:1].islower() else t) for w, t in found.items()}

    def _pivoted(
        self, words: Sequence[str], source: str, target: str
    ) -> dict[str, tuple[str, ...]]:
        """Senses of ``words`` read through a third language's bilingual dictionaries
        (reader.translate.pivot), from their analyses: ``victimes`` → *victim*,
        *casualty*; ``partido`` → *party*, *match*."""
        single = [w for w in words if " " not in w]
        if not single or not self._pivot.routes(source, target):
            return {}
        readings = self._lemmatizer.readings(single, source)
        return self._pivot.senses(readings, source, target, PIVOT_AGREED)

    def _news(self, words: Sequence[str], source: str, target: str) -> dict[str, tuple[str, ...]]:
        """How news in ``target`` writes each of ``words`` (reader.translate.newswords),
        by the word as typed or its dictionary form (``déclare`` → ``déclarer``)."""
        single = [w for w in words if " " not in w]
        lemmas = self._lemmatizer.lemmas(single, source) if single else {}
        found = {w: news_senses(w, lemmas.get(w, ()), source, target) for w in words}
        return {w: senses for w, senses in found.items() if senses}

    def _borrowed(self, senses: Sequence[str], source: str, target: str) -> set[str]:
        """The ``senses`` (words of ``target``) that ``source`` writes too, meaning the
        same: French news writes *cloud* for ``nuage``. Such a sense is its own stem in
        ``source``'s fields, ``source``'s analyser knows it, and read as a word of
        ``source`` it translates to nothing or to itself: *post* (for ``courrier``) reads
        as the French *poste*, "place", *pain* (for ``douleur``) as "bread", *gaine* (for
        ``wage``) stems to the English *gain*, and none of them is searched in
        ``source``'s articles."""
        single = list(dict.fromkeys(s for s in senses if " " not in s and _WORD.match(s)))
        analyser = _analysers().get(source)
        if not single or analyser is None:
            return set()
        own = [s for s in single if analyser.normalize(s)[0] == fold_accents(s.lower())]
        # a word of ``source``'s own lexicon (Apertium's lists *cloud*, *blog*, *parking*
        # as French nouns), not a word of ``target`` only (*handheld*, *favour*)
        known = self._lemmatizer.readings(own, source) if own else {}
        own = [s for s in own if s in known]
        if not own:
            return set()
        machine = self._machine(own, source, target)
        glossed = self._dictionary(own, source, target)
        return {
            s
            for s in own
            if all(
                key(p) == key(s)
                for t in (machine.get(s), glossed.get(s))
                if t
                for p in t.split("|")
            )
        }

    def _translations(self, words: Sequence[str], source: str, target: str) -> None:
        """Look ``words`` up from ``source`` into ``target`` and keep the answers."""
        # the translation route's word first (its lexicon is made for running text:
        # "chômage" → "unemployment"), then the dictionary's first sense where it differs
        # (the route says "seism" for "séisme", the dictionary "earthquake"): on the
        # NTREX development set, asking both lifted the translation's rank ("other only")
        # from 0.647 to 0.659 nDCG@10, the monolingual development set unchanged; the
        # index keeps a sense only if it is not far rarer than the other (SearchIndex).
        # An expression keeps its elisions, which the route reads in context ("fans
        # d’arts" is "fans of arts", not "fans arts")
        bare: dict[str, str] = {}
        for word in words:
            parts = [_bare(p, source) for p in word.split()]
            if all(parts):
                bare[word] = parts[0] if len(parts) == 1 else word
        asked = list(dict.fromkeys(bare.values()))
        machine = self._machine(asked, source, target)
        glossed = self._dictionary(asked, source, target)
        pivoted = self._pivoted(asked, source, target)
        news = self._news(asked, source, target)
        found: dict[str, str] = {}
        for word, form in bare.items():
            both = [t for t in (machine.get(form), glossed.get(form)) if t and key(t) != key(word)]
            if both:
                # after the direct senses, those through a third language: a word no
                # direct source knows is not made a word of this language by them
                # (which would read an English query in French too)
                shown = {key(p) for t in both for p in t.split("|")}
                extra = [p for p in pivoted.get(form, ()) if key(p) not in shown]
                found[word] = "|".join(both + extra[:PIVOT_SENSES])
        known = {w for w, form in bare.items() if machine.get(form) or glossed.get(form)}
        kept = {w: _kept(found.get(w, "").split("|"), w)[:MAX_SENSES] for w in words}
        borrowed = self._borrowed([s for t in kept.values() for s in t], source, target)
        with self._lock:
            for word in words:
                # each a word of ``target``, searched outside ``source``'s fields, but
                # a loanword of ``source`` too ("cloud" for "nuage"), searched everywhere
                senses = tuple(
                    (Loanword if s in borrowed else Translation)(s, source) for s in kept[word]
                )
                # how news writes the word, after the dictionaries' senses and beyond
                # their count: "déclare" is *declares*, *state*, then *said*, *says*
                form = bare.get(word, "")
                written = _kept(news.get(form, ()), word)
                taken = {key(s) for s in senses}
                fresh = [s for s in written if key(s) not in taken]
                senses += tuple(LesserSense(s, source) for s in fresh[:NEWS_SENSES])
                self._cache[(word, source, target)] = senses
                # whether the route or the dictionary knows the word at all, though its
                # translation is itself ("budget"): read by _french_only
                self._known[(word, source, target)] = word in known
                while len(self._cache) > CACHE_SIZE:
                    gone, _ = self._cache.popitem(last=False)
                    self._known.pop(gone, None)

    def _translate_all(
        self, words: Sequence[str], languages: Iterable[str], both_ways: Sequence[str] = ()
    ) -> None:
        """Look ``words`` up into each language the library has, from the other (an
        English query finds French articles even in a library with no English one), and
        ``both_ways`` into every language, whether the library has it or not (what
        :meth:`_query_languages` reads): each direction in a thread of its own, at once,
        each asking what it has not asked before."""
        have = set(languages)
        jobs = []
        for target in LANGS:
            asked = [*(words if target in have else ()), *both_ways]
            for source in LANGS:
                if source == target:
                    continue
                with self._lock:
                    todo = [
                        w for w in dict.fromkeys(asked) if (w, source, target) not in self._cache
                    ]
                if todo:
                    jobs.append((todo, source, target))
        if len(jobs) == 1:
            self._translations(*jobs[0])
        elif jobs:
            with ThreadPoolExecutor(len(jobs)) as pool:
                for done in [pool.submit(self._translations, *job) for job in jobs]:
                    done.result()

    def _query_languages(self, words: Sequence[str], langs: Sequence[str]) -> tuple[str, ...]:
        """The languages the query's words are read in: both, unless two or more of its
        words are known (translated by the route or the dictionary) in one language
        only and none in the other alone. "Errors doomed first Dome sale" is English:
        its "sale" is not also searched as the French "sale" ("dirty"), nor "pain" in
        "pain relief" as "bread"."""
        single = [w for w in words if " " not in w]
        if len(single) < 2:
            return LANGS
        # each word in both directions, even into a language the library lacks
        self._translate_all(single, LANGS)
        alone: dict[str, int] = dict.fromkeys(LANGS, 0)
        with self._lock:
            for word in single:
                known = [
                    source
                    for source in LANGS
                    if any(self._cache.get((word, source, t), ()) for t in LANGS if t != source)
                ]
                if len(known) == 1:
                    alone[known[0]] += 1
        only = [lang for lang, n in alone.items() if n]
        if len(only) == 1 and alone[only[0]] >= 2:
            return (only[0],)
        return LANGS

    def _restored(self, words: Sequence[str]) -> dict[str, tuple[str, ...]]:
        """French words typed without their accents, with them: ``debats`` → *débats*,
        ``agees`` → *âgées*, ``DECES`` → *Décès*, ``indonesie`` → *Indonésie* — a word
        neither English nor French as typed that the French analyser knows once accented.
        Such a word is French: in the English fields its stem meets other words ("debat"
        is *debate*'s, "qualit" *quality*'s), which are not what was typed
        (reader.search.plan); and it is translated from its accented form."""
        bare = {w: w.lower() for w in words if " " not in w and not _ACCENTED.search(w)}
        bare = {w: b for w, b in bare.items() if b.isalpha() and len(b) > 2}
        with self._lock:
            todo = [b for b in dict.fromkeys(bare.values()) if b not in self._spelt]
        if todo:
            english = self._lemmatizer.readings(todo, "en")
            french = self._lemmatizer.readings(todo, "fr")
            unknown = [b for b in todo if b not in english and b not in french]
            # asked with a capital, which the analyser also reads as the word in lower
            # case, and which a name needs ("Indonésie")
            spellings = {b: [t.capitalize() for t in _spellings(b)] for b in unknown}
            asked = list(dict.fromkeys(s for found in spellings.values() for s in found))
            known = self._lemmatizer.readings(asked, "fr") if asked else {}
            with self._lock:
                for b in todo:
                    found = [s for s in spellings.get(b, ()) if s in known][:MAX_RESTORED]
                    self._spelt[b] = tuple((s, any("<np>" in r for r in known[s])) for s in found)
                while len(self._spelt) > CACHE_SIZE:
                    self._spelt.popitem(last=False)
        restored: dict[str, tuple[str, ...]] = {}
        with self._lock:
            for word, b in bare.items():
                # shown with a capital if typed with one, or a name ("Indonésie")
                spelt = self._spelt.get(b, ())
                found = [s if name or word[:1].isupper() else s.lower() for s, name in spelt]
                if found:
                    restored[word] = tuple(found)
        return restored

    def _french_only(self, word: str) -> bool:
        """Whether ``word`` (one word) was looked up both ways and only French knows it
        (``coupe``, ``grève``, not ``budget``, which English writes too); the caller
        holds the lock."""
        if " " in word:
            return False
        asked = [(word, s, t) for s in LANGS for t in LANGS if s != t]
        if not all(k in self._cache for k in asked):
            return False
        return {s for (_w, s, _t) in asked if self._known.get((_w, s, _t))} == {"fr"}

    def close(self) -> None:
        self._translator.close()
        self._lemmatizer.close()
        self._pivot.close()

    # -- queries -----------------------------------------------------------------------

    def alternatives(
        self, text: str, languages: Iterable[str], exclude: Iterable[str] = ()
    ) -> dict[str, tuple[str, ...]]:
        """``{word or name as typed: other words}`` for the plain words of ``text``;
        ``exclude`` lists alternatives the user took off (their chips)."""
        split = pieces(text)
        if split is None:
            return {}
        parts = split[0]
        # the first words only: a pasted paragraph is not translated word by word
        plain = [p if _WORD.match(p) else "" for p in parts[:MAX_WORDS]]
        names = self._name_table()
        out: dict[str, list[str]] = {}
        covered: set[int] = set()
        for size in (3, 2, 1):
            for i in range(len(plain) - size + 1):
                words = plain[i : i + size]
                if not all(words) or covered & set(range(i, i + size)):
                    continue
                joined = " ".join(words)
                name = next(
                    (
                        n
                        for n in (key(joined), key(_bare(joined, "en")), loose(joined))
                        if n in names
                    ),
                    "",
                )
                if not name:
                    continue
                # a longer name holding the one typed adds nothing ("Tencent Holdings"),
                # nor the name with other accents, which the index meets already
                others = [
                    n for n in names[name] if not _holds(n, name) and loose(n) != loose(joined)
                ]
                if others:
                    out[joined] = others
                # a name is not translated as a word ("Trump's" is not "triomphe")
                covered.update(range(i, i + size))
        # an acronym typed in capitals: what it stands for, in its language and the other
        # (``JO``: *Jeux olympiques*, *Olympics*), not its letters as a word translated
        for i, word in enumerate(plain):
            if i in covered or not word or (spelt := acronym(word)) is None:
                continue
            out.setdefault(word, []).extend(
                [
                    *(Expansion(w, spelt.lang) for w in spelt.words),
                    *(Translation(s, spelt.lang) for s in spelt.senses),
                ]
            )
            covered.add(i)
        langs = list(languages)
        words = [
            w
            for i, w in enumerate(plain)
            if w
            and i not in covered
            # two capitals are an acronym though lower case spells a function word
            # ("AI", "EU": French *ai*, *eu*)
            and (_ACRONYM.match(w) or (len(w) > 2 and not is_stop_word(w)))
        ]
        # expressions of two or three words translate as a whole ("death penalty" →
        # "peine de mort"): content words at both ends, names already covered aside
        for size in (2, 3):
            for i in range(len(plain) - size + 1):
                run = plain[i : i + size]
                if (
                    all(run)
                    and not covered & set(range(i, i + size))
                    and not is_stop_word(run[0])
                    and not is_stop_word(run[-1])
                ):
                    words.append(" ".join(run))
        words = list(dict.fromkeys(words))
        # a French word typed without its accents is searched, and translated, as French
        restored = self._restored(words)
        for word, accented in restored.items():
            out.setdefault(word, []).extend(accented)
        words = [w for w in words if w not in restored] + [s for t in restored.values() for s in t]
        # the words both ways too where two or more tell the query's language, in the
        # same round (read by _query_languages)
        single = [w for w in words if " " not in w]
        self._translate_all(words, langs, single if len(single) >= 2 else ())
        sources = self._query_languages(words, langs)
        spelt_as = {s: w for w, t in restored.items() for s in t}
        # a word both languages write, read in the one that uses it far more
        # (reader.translate.usage): ``fine`` is not translated from French
        usual = {w: usual_language(w, sources) for w in words}
        with self._lock:
            for word in words:
                french = self._french_only(word)
                read_as = usual[word]
                for source in (read_as,) if read_as is not None else sources:
                    for target in LANGS:
                        typed = spelt_as.get(word, word)
                        # a translation that is the word with other accents ("television"
                        # → "télévision") is what the word meets already; the same word
                        # with accents is how a French word typed without them is told
                        # (reader.search.plan), which an English word is not
                        senses = tuple(
                            s
                            for s in self._cache.get((word, source, target), ())
                            if loose(s) != loose(typed)
                        )
                        if french:
                            senses = tuple(_alone(s) for s in senses)
                        if senses:
                            out.setdefault(typed, []).extend(senses)
        for expression in [w for w in words if " " in w and w in out]:
            out[expression] = without_calques(expression, out)
        dropped = {key(x) for x in exclude}
        result = {}
        for word, alts in out.items():
            kept = tuple(a for a in dict.fromkeys(alts) if key(a) not in dropped)
            if kept:
                result[word] = kept
        return result
