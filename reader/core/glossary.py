"""The user's glossary: what its entries are and where they occur in a text.

One glossary per library and language pair holds terms with the translation the user wants
(``puce → chip``) and names to leave as written (``Made in China``). The translation hooks,
the word gloss card and the entity layer all read the same entries, so each needs the same
answer to "which entries occur in this text, where, and what is written there": that answer
is here, with no engine behind it.

A term matches as a whole word, whatever its case ("Puce" at the start of a sentence is
"puce"), and a one-word term matches its regular plural too (``puces``), whose
translation is then put in the plural of the target language when that plural is regular
(``chips``; left as the entry says otherwise)."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

#: the plural endings a one-word term may take, by source language
_PLURALS = {"fr": ("s", "x"), "en": ("s", "es"), "es": ("s", "es"), "ca": ("s",), "pt": ("s",)}
_VOWELS = "aeiouáéíóúàèìòùâêîôûäëïöü"


@dataclass(frozen=True)
class GlossaryEntry:
    """One entry: ``term`` in ``source`` is written ``translation`` in ``target``, or, when
    ``keep`` is set, left as written (a name)."""

    source: str
    target: str
    term: str
    translation: str = ""
    keep: bool = False
    note: str = ""
    id: int | None = None

    @property
    def rendering(self) -> str:
        """What a translation writes for the term."""
        return self.term if self.keep else self.translation

    @property
    def key(self) -> str:
        return term_key(self.term)


@dataclass(frozen=True)
class Occurrence:
    """Where an entry occurs in a text, and what a translation writes there."""

    start: int
    end: int
    entry: GlossaryEntry
    written: str  # the text there, as the source writes it

    @property
    def rendering(self) -> str:
        if self.entry.keep:
            return self.written
        text = self.entry.translation
        if len(self.written) > len(self.entry.term) and " " not in self.entry.term:
            text = plural(text, self.entry.target)
        if self.written[:1].isupper() and not self.entry.term[:1].isupper():
            text = text[:1].upper() + text[1:]
        return text


def term_key(term: str) -> str:
    """How a term is compared: NFC, case folded, spaces collapsed."""
    return " ".join(unicodedata.normalize("NFC", term).casefold().split())


def plural(text: str, lang: str) -> str:
    """The regular plural of a translation's last word in ``lang``; ``text`` as it is for a
    language whose plural is not a suffix, or a word that already ends like one."""
    word = text.rstrip()
    if not word or lang not in ("en", "fr", "es", "ca", "pt"):
        return text
    last = word[-1].lower()
    if lang == "en":
        if word.lower().endswith(("s", "x", "z", "ch", "sh")):
            return word + "es"
        if last == "y" and len(word) > 1 and word[-2].lower() not in _VOWELS:
            return word[:-1] + "ies"
        return word + "s"
    if lang == "fr":
        return word if last in "sxz" else word + "s"
    if lang == "es":
        return word + "s" if last in _VOWELS else word + "es"
    return word + "s"


def _pattern(entry: GlossaryEntry) -> re.Pattern[str]:
    words = [re.escape(w) for w in entry.term.split()]
    body = r"\s+".join(words)
    endings = _PLURALS.get(entry.source, ()) if len(words) == 1 and not entry.keep else ()
    tail = "(?:" + "|".join(endings) + ")?" if endings else ""
    return re.compile(r"(?<![\w-])" + body + tail + r"(?![\w-])", re.IGNORECASE)


def occurrences(text: str, entries: Iterable[GlossaryEntry]) -> list[Occurrence]:
    """Where ``entries`` occur in ``text``: longest terms first, never overlapping, in the
    order of the text. A name to keep matches as it is written, case included (a person
    called "Rose" is not the flower)."""
    found: list[Occurrence] = []
    for entry in sorted(entries, key=lambda e: len(e.term), reverse=True):
        if not entry.term.strip():
            continue
        pattern = _pattern(entry)
        for match in pattern.finditer(text):
            a, b = match.span()
            written = text[a:b]
            if entry.keep and " ".join(written.split()) != " ".join(entry.term.split()):
                continue
            if all(b <= o.start or a >= o.end for o in found):
                found.append(Occurrence(a, b, entry, written))
    return sorted(found, key=lambda o: o.start)


def fingerprint(entries: Sequence[GlossaryEntry]) -> str:
    """A short hash of the entries a text was translated with: '' for none, so a text
    made before the glossary had anything for it still answers from the cache."""
    if not entries:
        return ""
    parts = sorted({f"{e.key}\t{e.translation}\t{int(e.keep)}" for e in entries})
    return hashlib.sha1("\n".join(parts).encode("utf-8")).hexdigest()[:12]


def lookup(word: str, entries: Iterable[GlossaryEntry]) -> list[GlossaryEntry]:
    """The entries a looked-up word or expression is (its plural included)."""
    text = " ".join(word.split())
    return [
        e
        for e in entries
        if any(o.start == 0 and o.end == len(text) for o in occurrences(text, [e]))
    ]
