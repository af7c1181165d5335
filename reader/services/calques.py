"""A multi-word query's translations that are only its words' own, side by side.

An expression of two or three words is translated as a whole (reader.services.expansion:
"death penalty" → *peine de mort*). Where the translation route has no such expression
it gives the words one by one, in the typed order ("coupe du monde" → *cup of the
world*): a phrase no article holds, whose check reads the positions of every article
with its words, and which the words' own alternatives find already. Those are left
out, and a French one of two content words is turned round to the English order
(*video games* for ``jeux vidéo``).
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.search.analysis import fold_accents, is_stop_word
from reader.search.plan import key
from reader.search.senses import Translation


def loose(name: str) -> str:
    """A name as it may be typed: without accents, hyphens as spaces ("etats unis")."""
    return key(fold_accents(name).replace("-", " "))


def _calque(translation: str, words: Sequence[str], senses: dict[str, list[str]]) -> bool:
    """Whether an expression's translation is only its words' own translations side by
    side, in order ("coupe du monde" → "cup of the world", "jeux vidéo" → "games
    video"): the words' alternatives already find those articles, and as a phrase it is
    a string no article holds, whose check reads the positions of every article with its
    words. A word the other language writes the same (*vidéo*, *video*) has no
    alternative of its own, and is its own translation here."""
    places = _places(translation, words, senses)
    # in the same order: "peine de mort" for "death penalty" is a real expression
    return bool(places) and -1 not in places and places == sorted(places)


def _places(translation: str, words: Sequence[str], senses: dict[str, list[str]]) -> list[int]:
    """For each content word of ``translation``, which of ``words`` it translates (-1:
    none of them)."""
    where = {key(s): n for n, w in enumerate(words) for t in senses.get(w, ()) for s in t.split()}
    for n, word in enumerate(words):
        where.setdefault(loose(word), n)
    return [where.get(key(w), -1) for w in translation.split() if not is_stop_word(w)]


def _turned(translation: str, words: Sequence[str], senses: dict[str, list[str]]) -> str:
    """A French expression's calque of two content words turned round ("" when it is no
    such calque): French puts the word that names the thing first and English last
    ("jeux vidéo" → *video games*, "coupe du monde" → *world cup*), which a word-by-word
    translation keeps in the French order."""
    content = [w for w in translation.split() if not is_stop_word(w)]
    if len(content) != 2 or _places(translation, words, senses) != [0, len(words) - 1]:
        return ""
    turned = f"{content[1]} {content[0]}"
    if isinstance(translation, Translation):
        return type(translation)(turned, translation.source)
    return turned


def without_calques(expression: str, senses: dict[str, list[str]]) -> list[str]:
    """The alternatives of ``expression`` in ``senses`` (every query word's alternatives,
    by the word) without its calques, with the French ones turned (above)."""
    parts = expression.split()
    calques = [t for t in senses[expression] if _calque(t, parts, senses)]
    # turned from French only: English puts the head last already
    turned = [_turned(t, parts, senses) for t in calques if getattr(t, "source", "") == "fr"]
    others = [t for t in senses[expression] if t not in calques]
    return others + [t for t in turned if t]
