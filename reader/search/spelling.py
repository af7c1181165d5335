"""Spelling suggestions from the library's own words ("did you mean").

The per-language fields hold stems (``strateg``), which are no words to offer a reader;
the ``spell`` field (:class:`SpellingField`) is every word of titles and texts as
written, only lower-cased and without accents, kept in each segment's word list
(:mod:`reader.search.wordlist`) and searched by nothing else. A suggestion is the word
nearest in edits (one for short words, two beyond; two letters swapped are one edit),
then the one most articles hold; for a name typed with a capital, a name of the
library with its consonants counts an edit nearer (*Braun* → *Brown*, not *brain*); a
name too far in edits from the library's spelling but sounding like it (*Timbuctoo*,
*Ioukos*: reader.search.sounds) is offered that spelling.
"""

from __future__ import annotations

import re
from typing import Any

from whoosh.fields import FieldType
from whoosh.support.levenshtein import distance

from reader.search.analysis import (
    NAME_MARK,
    TOKEN_PATTERN,
    LanguageTokenizer,
    is_stop_word,
    plain_analyzer,
    typed_as_name,
)
from reader.search.sounds import reach, sound_key, sounded
from reader.search.wordlist import library_words

SPELL_FIELD = "spell"
SHORT_WORD = 4  # up to this many letters, one edit only: two would match anything
# fewer letters than this are never respelt: an initial, an abbreviation or a word cut off
# at a paste's end ("p"), where any word one letter away ("pc") is a guess
MIN_RESPELT = 3
MIN_PART = 3  # the shortest word a run-together word is split into
# a name this short (*Mrs*, *Mme*, *Dr*) is not offered for its consonants: a title's
# abbreviation, which news writes with a capital inside sentences as it writes names
SHORT_NAME = 3
_plain = plain_analyzer()
_VOWELS = re.compile(r"[aeiouwyh]")
# a word inside a sentence (after a word, a comma, a parenthesis and a space): written
# there with a capital, it is a name; a sentence's first word says nothing
_INSIDE = re.compile(r"(?<=[^\s.!?:;\"«»“”] )" + TOKEN_PATTERN)


class SpellingField(FieldType):  # type: ignore[misc]
    """The words of an article as written (folded), for the suggestions only: not a
    field of the index's postings but each segment's word list, which the index's
    writer (:mod:`reader.search.writer`) fills from :meth:`words`. Kept in the index's
    table of contents by Whoosh: keep its name and module stable."""

    indexed = False
    stored = False
    scorable = False

    def __init__(self) -> None:
        pass

    @staticmethod
    def words(value: str) -> set[str]:
        """The distinct words of ``value`` as the plain analyser folds them, and each
        name among them once more, marked (``NAME_MARK``): a word written with a capital
        inside a sentence and never in lower case (*Brown* in *said Gordon Brown*), so
        that the word list counts the articles writing it as a name."""
        tokenizer = _plain
        assert isinstance(tokenizer, LanguageTokenizer)
        distinct = set(tokenizer.expression.findall(value))
        text = tokenizer.terms(distinct).text
        found = set(map(text.__getitem__, distinct))
        capital = {w for w in _INSIDE.findall(value) if w[:1].isupper()}
        if capital:
            lower = {text[w] for w in distinct if not w[:1].isupper()}
            found.update(NAME_MARK + name for name in set(map(text.__getitem__, capital)) - lower)
        return found


def closest_word(reader: Any, word: str) -> str:
    """The library's word nearest to ``word`` ("" when none is within reach): the fewest
    edits, two letters swapped counting as one (*recieve* is one edit from *receive*, as
    from *relieve*), then the word most articles hold. On codespell's misspellings over
    the BBC library (``python -m benchmarks.spelling``) counting a swap as two edits
    picked the right word for fewer of them; letting a frequent word outweigh an edit,
    as Whoosh's own corrector does, for far fewer. A word of five letters or more typed
    with a capital (not all in capitals) is taken for a name: a name of the library with
    its consonants (its vowels the slip) counts an edit nearer (``Braun``: *Brown*, which
    more articles hold, not *brain*, an edit nearer), unless it is as short as a title's
    abbreviation (``Morsy``: *Morsi*, not *Mrs*). Any name first, or names first
    among the words as near, cost a common word typed with a capital its right spelling
    far more often (``Generl``: *Geneva*; ``Jont``: *Jon*, not *joint*)."""
    tokens = [t.text for t in _plain(word, mode="query")]
    if len(tokens) != 1 or tokens[0].isdigit() or len(tokens[0]) < MIN_RESPELT:
        return ""
    folded = tokens[0]
    reach = 1 if len(folded) <= SHORT_WORD else 2
    words = library_words(reader)
    # a name typed (longer than a short word: those have too many names an edit away)
    consonants = _consonants(folded) if typed_as_name(word) and reach > 1 else None
    best: tuple[int, int, int, str] | None = None
    # a swap is two edits to the automaton: ask it for two, keep those within reach
    for term in words.within(folded, 2, prefix=1):
        edits = distance(folded, term, limit=reach)
        if term != folded and edits <= reach:
            frequency = words.frequency(term)
            # Braun, Brown: a name with the name typed's consonants, its vowels the slip
            # a title's abbreviation is no name (*Mrs* for ``Morsy``)
            alike = (
                _consonants(term) == consonants
                and len(term) > SHORT_NAME
                and words.is_name(term, frequency)
            )
            # as near and as common, the nearest in edits first (``Mursi``: *Morsi*, one
            # edit, not *Marsh*, two, a name with the same consonants in as many articles)
            nearer = edits - 1 if alike and edits > 1 else edits
            found = (nearer, -frequency, edits, term)
            best = found if best is None else min(best, found)
    if best is not None:
        # a slip for a function word (``teh``, ``whcih``) is offered nothing: *the*
        # finds nothing a search can require, and a word further off is not what was meant
        return "" if is_stop_word(best[-1]) else best[-1]
    return _sounding(reader, folded) or _split(reader, folded)


def _consonants(word: str) -> str:
    """``word``'s consonants after its first letter (*w*, *y*, *h* as vowels): what a
    name misspelt by its vowels keeps (*Braun*, *Brown*: ``brn``)."""
    return word[:1] + _VOWELS.sub("", word[1:])


def _sounding(reader: Any, folded: str) -> str:
    """The library's word that sounds like ``folded`` ("" when none): a name as the
    other language spells it (*Timbuctoo*: *Tombouctou*; reader.search.sounds), the
    closest in sounds first, then the one most articles hold."""
    mine = sounded(folded)
    if mine is None:
        return ""
    key, bare = mine
    words = library_words(reader)
    best: tuple[int, int, str] | None = None
    for term in words.sounding(bare):
        edits = distance(key, sound_key(term), limit=reach(key))
        if term != folded and edits <= reach(key):
            found = (edits, -words.frequency(term), term)
            best = found if best is None else min(best, found)
    return best[2] if best else ""


def _split(reader: Any, folded: str) -> str:
    """Two words run together ("heatwave" → "heat wave"), each one the library holds:
    the split whose rarer half most articles hold."""
    words = library_words(reader)
    best: tuple[int, str] = (0, "")
    for at in range(MIN_PART, len(folded) - MIN_PART + 1):
        left, right = folded[:at], folded[at:]
        both = min(words.frequency(left), words.frequency(right))
        if both > best[0]:
            best = (both, f"{left} {right}")
    return best[1]


def same_case(suggestion: str, typed: str) -> str:
    """The suggestion written as the word was: ``Tencnet`` → ``Tencent``."""
    if typed.isupper() and len(typed) > 1:
        return suggestion.upper()
    if typed[:1].isupper():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion
