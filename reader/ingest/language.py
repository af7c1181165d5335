"""Language detection: the script first, then langdetect, made deterministic and cheap.

The script settles what it can (:mod:`reader.ingest.scripts`: Hangul, kana, Han, Greek,
Thai…), because langdetect's statistics labelled Traditional Chinese as Korean; langdetect
decides the rest (Latin, Cyrillic, Arabic, Devanagari… scripts shared by many languages),
and an answer of its that the scripts rule out (Korean without Hangul) is refused. Codes
are langdetect's (``fr``, ``zh-cn`` for Simplified Chinese, ``zh-tw`` for Traditional).

langdetect is random unless seeded, and unreliable on short strings. So: one detection
per article (on its body, furniture excluded); a paragraph gets its own language only
when it is long and a cheap stop-word test suggests it differs from the article's, and
langdetect then confirms it.

When langdetect is torn (its first answer under nine chances in ten), the text is read
again without its quotations, which are often in another language (a Slovak article
quoting a Czech law), and the surer reading is kept. Between Danish and Norwegian, the
words the two spell differently (``mig``/``meg``, ``af``/``av``) have the last word.

langdetect was also a third of an import's parsing. A text whose vote of function words
found in no neighbouring language (``the``, ``which``; ``dans``, ``avec``) is beyond
doubt — a tenth of its words are one language's, five times more than the other's — is
that language without asking it (:func:`_marker_vote`); every other text is asked.
"""

from __future__ import annotations

import re
import threading
from collections import Counter

from reader.ingest.scripts import admissible, chinese_form, script_counts, script_language

MIN_ARTICLE_CHARS = 20
MIN_PARAGRAPH_CHARS = 200
_SAMPLE_CHARS = 600
TRIALS = 3
_lock = threading.Lock()
_WORD = re.compile(r"\w+")

# The most frequent function words; enough to notice a paragraph in the other language.
_STOPWORDS = {
    "fr": frozenset(
        """le la les des du de un une et est dans que qui pour pas sur au aux avec ce
        cette ces il elle ils nous vous sont ont été par plus se sa son ses leur""".split()
    ),
    "en": frozenset(
        """the of and to in is that for it with as was on are be by this have from
        at which but has were they their an not been its would who will""".split()
    ),
}


# Function words of each language that its neighbours do not write as words (French
# "de", "la", "que", "il" are Spanish, Italian, Catalan or Portuguese too, "le", "et",
# "est" Latin or Interlingua; English "of", "is", "in" are Dutch or German): a text made
# of these is that language.
_MARKERS = {
    "fr": frozenset(
        """les des du dans une qui pour pas sur au aux avec cette ces nous vous sont ont
        été leur elle ils mais était""".split()
    ),
    "en": frozenset(
        """the and of to that for with was were which this have from would been their
        they who will has are its""".split()
    ),
}
_MARKER_SHARE = 0.10  # of the sample's words, at least
_MARKER_WORDS = 40  # a vote of fewer words is left to langdetect
_MARKER_LEAD = 5  # times the other language's count


def _marker_vote(sample: str) -> str | None:
    """French or English when the sample's function words leave no doubt, else None."""
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < _MARKER_WORDS:
        return None
    scores = {lang: sum(w in marks for w in words) for lang, marks in _MARKERS.items()}
    best = max(scores, key=lambda k: scores[k])
    other = max(v for k, v in scores.items() if k != best)
    if scores[best] >= _MARKER_SHARE * len(words) and scores[best] >= _MARKER_LEAD * max(other, 1):
        return best
    return None


def _detector_langs(text: str) -> list[tuple[str, float]]:
    from langdetect import DetectorFactory
    from langdetect.detector_factory import _factory, init_factory
    from langdetect.lang_detect_exception import LangDetectException

    with _lock:  # the factory and its seed are module-global in langdetect
        DetectorFactory.seed = 0
        if _factory is None:
            init_factory()
        from langdetect.detector_factory import _factory as factory

        detector = factory.create()
        # 3 trials over 600 characters instead of the defaults (7 over 10,000): 3× faster,
        # and every one of the 2,225 BBC and 100 Wikinews articles still comes out right.
        detector.n_trial = TRIALS
        detector.max_text_length = _SAMPLE_CHARS
        detector.append(text)
        try:
            return [(str(lang.lang), float(lang.prob)) for lang in detector.get_probabilities()]
        except LangDetectException:
            return []


def detect_language(text: str) -> str | None:
    """The language code (``fr``, ``en``, ``zh-cn``…) of a text, or None if unsure.

    The script rules need no minimum length beyond a few letters: a one-line Chinese title
    has no spaces, so it is never three words, yet its characters say it is Chinese."""
    sample = text[:_SAMPLE_CHARS]
    counts = script_counts(sample)
    decided = script_language(sample, counts)
    if decided is not None:
        return decided
    if len(_WORD.findall(sample)) < 3 or len(sample.strip()) < MIN_ARTICLE_CHARS:
        return None
    latin = counts.get("latin", 0) >= 0.95 * sum(counts.values())
    if latin and (voted := _marker_vote(sample)) is not None:
        return voted
    langs = _weighed(sample, counts)
    if langs and langs[0][1] < _SURE:
        # torn between neighbours (Slovak and Czech): a quotation may be in the other
        # language, so the text's own words are read again without it
        own = _QUOTATION.sub(" ", sample)
        if len(own.strip()) >= _OWN_CHARS and len(own) < len(sample):
            again = _weighed(own, counts)
            if again and again[0][1] > langs[0][1]:
                langs = again
    if not langs or langs[0][1] < 0.5:
        return None
    lang = langs[0][0]
    if lang in _SPELLINGS:
        return spelled(sample) or lang
    return chinese_form(sample) if lang.startswith("zh") else lang


# Danish and Norwegian share most of their words, and langdetect's profiles (modern
# Danish, modern Bokmål) tell a short text apart by letters' statistics only. Their
# spellings differ in a few frequent words: Bokmål (and Nynorsk) "meg", "av", "etter",
# "hva", "noe", Danish "mig", "af", "efter", "hvad", "noget". A text that writes more of
# one side's forms is that side's language, whatever langdetect leaned to.
_SPELLINGS = {
    "no": frozenset(
        """meg deg seg hva noe mye etter av noen ble bli enn mellom gjennom nå vært språk
        ikkje eg dei frå kva berre mykje""".split()
    ),
    "da": frozenset(
        """mig dig sig hvad noget meget efter af nogen blev blive mellem gennem end nu været
        sprog""".split()
    ),
}


def spelled(text: str) -> str | None:
    """``da`` or ``no`` when ``text`` writes more of that language's own forms of the
    words the two spell differently, else None."""
    words = [w.lower() for w in _WORD.findall(text)]
    counts = {lang: sum(w in forms for w in words) for lang, forms in _SPELLINGS.items()}
    if counts["no"] == counts["da"]:
        return None
    return "no" if counts["no"] > counts["da"] else "da"


_SURE = 0.9  # langdetect's share for its first answer, above which it is not read again
_OWN_CHARS = 150  # what must be left without the quotations to read it again
# A quotation between typewriter, English, German or French quotation marks
_QUOTATION = re.compile(r'"[^"]{20,}"|“[^”]{20,}”|„[^“”]{20,}[“”]|«[^»]{20,}»')


def _weighed(sample: str, counts: Counter[str]) -> list[tuple[str, float]]:
    """langdetect's answers that the scripts allow, their shares among themselves."""
    langs = [(lang, p) for lang, p in _detector_langs(sample) if admissible(lang, counts)]
    total = sum(p for _, p in langs)
    return [(lang, p / total) for lang, p in langs] if total else []


def _stopword_guess(text: str) -> str | None:
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < 20:
        return None
    scores = {lang: sum(w in stops for w in words) for lang, stops in _STOPWORDS.items()}
    best = max(scores, key=lambda k: scores[k])
    others = max(v for k, v in scores.items() if k != best)
    if scores[best] >= 0.12 * len(words) and scores[best] > 3 * others:
        return best
    return None


def paragraph_language(text: str, article_lang: str | None) -> str | None:
    """A long paragraph's language when it differs from the article's, else None
    (the paragraph inherits the article's language)."""
    if len(text) < MIN_PARAGRAPH_CHARS:
        return None
    guess = _stopword_guess(text)
    if guess is None or guess == article_lang:
        return None
    confirmed = detect_language(text)
    return confirmed if confirmed and confirmed != article_lang else None


def warm_up() -> None:
    """Load langdetect's language profiles now (about 0.3 s, many long-lived objects)
    rather than in the middle of the first import."""
    _detector_langs("Ceci est une phrase en français, this is an English sentence.")
