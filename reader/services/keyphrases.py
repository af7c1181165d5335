"""What an article is about, in a few phrases: the keyphrase step of suggested tags.

Candidates are runs of content words between punctuation and function words (French
"de", "du", "des", "de la" may join two of them: *asie de l'est*, *rupture de la
quille*), grouped by their stems (the search analysers' Snowball stems, accents folded),
so that *puce* and *puces* are one candidate. A candidate scores by how often the
article uses it, how early it first comes (news puts what matters first, the title
most of all), whether it is a phrase of several words, and whether the entity recogniser
found a name there. Function words never make a candidate, so no corpus statistics are
needed: it works the same on a library of five articles or of fifty thousand. (Weighting
words by their rarity in general French, from ``wordfreq``, was tried on the development
half and lost 0.03 of F@5.) ``python -m benchmarks.keyphrases`` measures it against YAKE
and TF-IDF on Wikinews's reference keyphrases (see BENCHMARKS.md).
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from reader.search.analysis import language_analyzer

log = logging.getLogger(__name__)

# a word: letters and digits, inner hyphens, dots and apostrophes (grande-bretagne,
# JD.com, aujourd'hui); elisions are split off below
_WORD = re.compile(r"\w+(?:[-.'’]\w+)*")
_ELIDED = re.compile(r"^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)
# what may join two content words inside one phrase; "la"/"l'" only after "de"
_JOINERS = {
    "fr": frozenset({"de", "d'", "du", "des"}),
    "en": frozenset({"of"}),
}
_AFTER_DE = frozenset({"la", "l'", "the"})
# words the search keeps (a query may need them) but that never name what an article is
# about: adverbs, pronouns, quantities, the verbs that report speech
_NEVER = {
    "fr": frozenset(
        "plus moins ainsi aussi alors donc encore déjà très trop tout tous toute toutes "
        "autre autres même mêmes ils elles lui leur eux celui cela ceci ça on y "
        "notamment également toutefois cependant pourtant enfin puis ensuite aujourd'hui "
        "hier demain désormais depuis pendant après avant contre afin environ près "
        "beaucoup peu certains certaines plusieurs chaque bien mal non oui "
        "a ont avait avaient sera seront été être avoir fait faire peut peuvent doit "
        "dit déclaré annoncé affirmé indiqué expliqué ajouté estimé précisé souligné "
        "selon lors ici là va vont".split()
    ),
    "en": frozenset(
        "also more most very much many such even still just said says told added "
        "however thus then there here "
        # what English says of anything: its modal verbs, spans of time, and the
        # courtesy titles before a name (*Mr Blair* is *Tony Blair*, not a tag beside it)
        "would could should might must may will can shall "
        "year years month months week weeks day days "
        "mr mrs ms dr".split()
    ),
}
# between two words, anything but spaces ends a phrase (commas, colons, quotes…)
_GAP = re.compile(r"^[ \t\u00a0\u202f]*$")
MAX_WORDS = 4  # content words in one phrase
NAME_LABELS = frozenset({"PER", "ORG", "LOC", "PRODUCT", "MISC"})
# tuned on the development half of the Wikinews set (benchmarks/keyphrases.py)
TITLE_WEIGHT = 1.5
PHRASE_BONUS = 1.3
NAME_BONUS = 1.6


@dataclass(frozen=True)
class Keyphrase:
    """A phrase of the article, as it is mostly written there (names keep their
    capitals), its stems (``key``), its score, and whether it is a recognised name."""

    text: str
    key: str
    score: float
    name: bool = False
    canonical: str = ""


@dataclass
class _Candidate:
    words: tuple[str, ...]
    stems: tuple[str, ...]
    count: float = 0.0
    first: float = 1.0
    surfaces: dict[str, int] = field(default_factory=dict)
    name: bool = False
    canonical: str = ""


@dataclass(frozen=True)
class _Token:
    text: str  # as written
    start: int
    end: int
    stem: str  # "" for a function word or a bare number


def _analyzer_lang(lang: str | None) -> str:
    return lang if lang in ("fr", "en") else "xx"


def tokens(text: str, lang: str | None) -> list[_Token]:
    """The words of ``text`` with their places and stems; elisions are tokens of their own
    (``l'``), function words and bare numbers have no stem."""
    normalize = language_analyzer(_analyzer_lang(lang)).normalize
    never = _NEVER.get(lang or "", frozenset())
    out: list[_Token] = []
    for match in _WORD.finditer(text):
        word, start = match.group(0), match.start()
        elided = _ELIDED.match(word) if lang == "fr" else None
        if elided and len(word) > elided.end():
            cut = elided.end()
            out.append(_Token(word[:cut].replace("’", "'"), start, start + cut, ""))
            word, start = word[cut:], start + cut
        stem, stop, _second = normalize(word)
        if stop or word.isdigit() or len(word) < 2 or word.lower() in never:
            stem = ""
        out.append(_Token(word, start, start + len(word), stem))
    return out


def _phrases(text: str, toks: Sequence[_Token], lang: str | None) -> Iterable[list[_Token]]:
    """Every candidate phrase: its tokens, first and last a content word."""
    joiners = _JOINERS.get(lang or "", frozenset())
    # without a language's function words, a run of words is no phrase: single words
    longest = MAX_WORDS if lang in _JOINERS else 1
    run: list[_Token] = []  # the current stretch of content words and joiners
    for tok in toks:
        joined = bool(run) and _GAP.match(text[run[-1].end : tok.start]) is not None
        if not joined:
            yield from _spans(run, longest)
            run = []
        low = tok.text.lower()
        if tok.stem or (
            run and (low in joiners or (low in _AFTER_DE and run[-1].text.lower() in ("de", "of")))
        ):
            run.append(tok)
        else:
            yield from _spans(run, longest)
            run = []
    yield from _spans(run, longest)


def _spans(run: list[_Token], longest: int) -> Iterable[list[_Token]]:
    """The sub-phrases of a run that begin and end with a content word, up to
    ``longest`` content words."""
    content = [i for i, t in enumerate(run) if t.stem]
    for a, first in enumerate(content):
        for last in content[a : a + longest]:
            yield run[first : last + 1]


def extract(
    title: str,
    blocks: Sequence[str],
    lang: str | None,
    names: Sequence[tuple[str, str, str]] = (),
    limit: int = 10,
) -> list[Keyphrase]:
    """The ``limit`` best keyphrases of an article, best first. ``blocks`` is its text
    without furniture, title excluded; ``names`` its entity mentions as (surface, type,
    canonical name)."""
    name_keys: dict[tuple[str, ...], str] = {}
    for surface, label, canonical in names:
        if label in NAME_LABELS:
            stems = tuple(t.stem for t in tokens(surface, lang) if t.stem)
            if stems:
                name_keys.setdefault(stems, canonical)
    candidates: dict[tuple[str, ...], _Candidate] = {}
    parts = [(title, TITLE_WEIGHT), *((b, 1.0) for b in blocks)]
    total = sum(len(p) for p, _ in parts) or 1
    offset = 0
    for part, weight in parts:
        toks = tokens(part, lang)
        for phrase in _phrases(part, toks, lang):
            stems = tuple(t.stem for t in phrase if t.stem)
            written = part[phrase[0].start : phrase[-1].end]
            c = candidates.get(stems)
            if c is None:
                words = tuple(t.text for t in phrase if t.stem)
                c = candidates[stems] = _Candidate(words, stems)
            c.count += weight
            c.first = min(c.first, (offset + phrase[0].start) / total)
            c.surfaces[written] = c.surfaces.get(written, 0) + 1
        offset += len(part)
    for stems, canonical in name_keys.items():
        if stems in candidates:
            candidates[stems].name = True
            candidates[stems].canonical = canonical
    scored: list[Keyphrase] = []
    for c in candidates.values():
        if c.count < 1.5 and len(c.stems) == 1 and not c.name and c.first > 0.1:
            continue  # a common word said once, late: noise
        score = (1 + math.log(c.count)) * (1.5 - c.first)
        if len(c.stems) > 1:
            score *= PHRASE_BONUS
        if c.name:
            score *= NAME_BONUS
        surface = max(c.surfaces.items(), key=lambda kv: (kv[1], kv[0]))[0]
        scored.append(Keyphrase(_display(surface), " ".join(c.stems), score, c.name, c.canonical))
    scored.sort(key=lambda k: (-k.score, k.key))
    return _distinct(scored, limit)


def _display(surface: str) -> str:
    """A phrase as a tag: one line, lower case unless it holds a name (a capital or a
    digit after the first letter: Tencent, H20, JD.com)."""
    text = " ".join(surface.replace("’", "'").split())
    words = text.split()
    if any(w[:1].isupper() for w in words[1:]) or any(
        any(ch.isupper() for ch in w[1:]) for w in words
    ):
        return text
    if words and words[0][:1].isupper() and len(words) == 1:
        return text  # a single capitalised word: most often a name (Manille)
    return text[:1].lower() + text[1:]


def _distinct(ranked: list[Keyphrase], limit: int) -> list[Keyphrase]:
    """The best ones, leaving out a phrase whose stems are all in one already kept, in
    the same order (*typhon saola* ranked first, then *saola* is left out)."""
    kept: list[Keyphrase] = []
    for k in ranked:
        if any(f" {k.key} " in f" {o.key} " for o in kept):
            continue
        kept.append(k)
        if len(kept) == limit:
            break
    return kept
