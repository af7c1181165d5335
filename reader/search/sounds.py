"""Names spelt as another language hears them: *Timbuctoo* and *Tombouctou*, *Ioukos*
and *Yukos*, *Tchétchénie* and *Chechnya*.

French and English write a foreign name each with its own letters for the same sounds
(*ou* for *u*, *k* or *c* or *qu*, *Io* for *Yu*), and no dictionary or gazetteer lists
every spelling. Such a name is further than two edits from the other spelling, so the
"did you mean" of edit distance (reader.search.spelling) found nothing, and a query of it
listed nothing. Here a word is reduced to a key of its sounds (its letters for one sound
made one, its doubled letters single, a French final *e* dropped), and to the key's
consonants: two words whose consonants are the same, in order, and whose keys are at
most an edit apart sound alike. The consonants of each word of a segment's list are
computed once, for the words of the first letters that can sound so, when a word no
article holds first asks for them.
"""

from __future__ import annotations

import re

# letters that write one sound, in the order they are replaced
_SOUNDS = (
    (re.compile(r"^i(?=[aeou])"), "y"),  # Ioukos, Iakoutie: Yukos, Yakutia
    (re.compile(r"ou|oo"), "u"),
    (re.compile(r"tch|sch|ch|sh"), "s"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"(?<=[tkgd])h"), ""),  # Khodorkovski, Kadhafi
    (re.compile(r"ck|qu|q"), "k"),
    (re.compile(r"c(?=[eiy])"), "s"),
    (re.compile(r"c"), "k"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"z"), "s"),
    (re.compile(r"w"), "v"),
    (re.compile(r"(?<=.)y"), "i"),
    (re.compile(r"(.)\1+"), r"\1"),
    (re.compile(r"(?<=..[^aeiou])e$"), ""),  # Eltsine, Tombouctou's like
)
_VOWELS = re.compile(r"[aeiou]")
SHORTEST = 5  # letters of the shortest word sounded: shorter ones sound like too many
FEWEST_CONSONANTS = 3  # a key of fewer consonants meets unrelated words
LONG_KEY = 7  # sounds in a key from which two edits are allowed


# the first letters a word may have for its key to start with a given letter
_FIRSTS = {"y": "yi", "s": "sctz", "k": "kcq", "f": "fp", "v": "vw", "u": "uo"}


def firsts(bare: str) -> str:
    """The first letters of the words whose keys may start as ``bare`` does."""
    return _FIRSTS.get(bare[:1], bare[:1])


def sound_key(word: str) -> str:
    """The sounds of ``word`` (lower case, without accents) as one letter each."""
    for pattern, sound in _SOUNDS:
        word = pattern.sub(sound, word)
    return word


def consonants(key: str) -> str:
    """A sound key's first letter and its consonants: the part two spellings share."""
    return key[:1] + _VOWELS.sub("", key[1:])


def sounded(word: str) -> tuple[str, str] | None:
    """``(key, consonants)`` of a word long enough to sound like another, else None."""
    if len(word) < SHORTEST or not word.isalpha():
        return None
    key = sound_key(word)
    bare = consonants(key)
    if len(bare) < FEWEST_CONSONANTS:
        return None
    return key, bare


def reach(key: str) -> int:
    """Edits two sound keys may differ by: one, two for a long name (*Tchétchénie*)."""
    return 1 if len(key) < LONG_KEY else 2
