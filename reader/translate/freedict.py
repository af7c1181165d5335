"""Word gloss from FreeDict dictionaries in the dictd format (Debian's
``dict-freedict-fra-eng`` and siblings install them in ``/usr/share/dictd``). Offline, and a
hook like the others, but for single words: it looks a selected word up instead of
translating paragraphs.

A dictd dictionary is an ``.index`` of ``headword TAB offset TAB length`` (numbers in
base 64) and a ``.dict`` or dictzip'd ``.dict.dz`` holding the entries. An inflected word
("puces", "l'État") is found through its elision, its case and its Snowball stem."""

from __future__ import annotations

import gzip
import os
import re
import threading
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reader.translate.base import Settings, ShouldStop, TranslationError, normalize_lang

DEFAULT_DIRS = ("/usr/share/dictd", "/usr/local/share/dictd", "~/.local/share/dictd")
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUE = {c: i for i, c in enumerate(_B64)}
_NAME = re.compile(r"^freedict-([a-z]{2,3})-([a-z]{2,3})\.index$")
_HEAD = re.compile(r"^(?P<head>[^/<]+?)\s*(?:/(?P<pron>[^/]*)/)?\s*(?:<(?P<pos>[^>]*)>)?\s*$")
_SENSE_NUMBER = re.compile(r"^\d+\.\s*")
_ELISION = re.compile(r"^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)
_STEMMERS = {
    "fr": "french",
    "en": "english",
    "de": "german",
    "es": "spanish",
    "it": "italian",
    "pt": "portuguese",
    "nl": "dutch",
    "sv": "swedish",
    "da": "danish",
    "ru": "russian",
}


@dataclass(frozen=True)
class Gloss:
    headword: str
    pronunciation: str
    grammar: str  # part of speech and gender as the dictionary gives them
    senses: tuple[str, ...]
    #: where the entry comes from: "freedict", or "glossary" (the user's own, shown first)
    origin: str = "freedict"
    note: str = ""

    def summary(self) -> str:
        return "; ".join(self.senses)


def _number(text: str) -> int:
    value = 0
    for char in text:
        value = value * 64 + _B64_VALUE[char]
    return value


def fold(word: str) -> str:
    """dictd's headword key: lower case, letters, digits and spaces only."""
    return "".join(c for c in word.casefold() if c.isalnum() or c == " ").strip()


def parse_entry(text: str) -> Gloss:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    head = _HEAD.match(lines[0]) if lines else None
    senses = tuple(_SENSE_NUMBER.sub("", line) for line in lines[1:])
    if head is None:
        return Gloss(lines[0] if lines else "", "", "", senses)
    return Gloss(head["head"].strip(), head["pron"] or "", head["pos"] or "", senses)


class Dictionary:
    """One dictd dictionary, read whole on first use (FreeDict files are a few hundred KB)."""

    def __init__(self, index: Path, language: str) -> None:
        self.index_path = index
        self.language = language
        self._entries: dict[str, list[tuple[int, int]]] = {}
        self._by_stem: dict[str, list[str]] = {}
        self._by_plain: dict[str, list[str]] = {}  # headwords by their unaccented spelling
        self._data = b""
        self._loaded = False
        self._lock = threading.Lock()

    def _data_path(self) -> Path:
        stem = self.index_path.with_suffix("")
        for candidate in (stem.with_suffix(".dict.dz"), stem.with_suffix(".dict")):
            if candidate.exists():
                return candidate
        raise TranslationError(f"the dictionary {stem.name} has an index but no entries")

    def _load(self) -> None:
        with self._lock:
            if self._loaded:
                return
            path = self._data_path()
            try:
                raw = path.read_bytes()
                self._data = gzip.decompress(raw) if path.suffix == ".dz" else raw
                lines = self.index_path.read_text("utf-8").splitlines()
            except (OSError, EOFError, gzip.BadGzipFile, UnicodeDecodeError) as exc:
                raise TranslationError(f"the dictionary {path.name} cannot be read: {exc}") from exc
            stem = _stemmer(self.language)
            for line in lines:
                parts = line.split("\t")
                if len(parts) != 3 or parts[0].startswith("00database"):
                    continue
                try:
                    place = (_number(parts[1]), _number(parts[2]))
                except KeyError:
                    continue
                key = fold(parts[0])
                if key not in self._entries:
                    self._entries[key] = []
                    self._by_plain.setdefault(_plain(key), []).append(key)
                    if stem is not None and " " not in key:
                        stemmed = stem(key)
                        self._by_stem.setdefault(stemmed, []).append(key)
                        if _plain(stemmed) != stemmed:  # for a word typed without accents
                            self._by_stem.setdefault(_plain(stemmed), []).append(key)
                self._entries[key].append(place)
            self._loaded = True

    def _entry(self, key: str) -> list[Gloss]:
        return [
            parse_entry(self._data[offset : offset + length].decode("utf-8", "replace"))
            for offset, length in self._entries.get(key, ())
        ]

    def lookup(self, word: str) -> list[Gloss]:
        """Entries for ``word`` as written, then as typed without its accents
        (``economie``: *économie*), then for the words sharing its stem."""
        self._load()
        word = unicodedata.normalize("NFC", word.strip())
        keys = [fold(word), fold(_ELISION.sub("", word))]
        for key in keys:
            if key in self._entries:
                return self._entry(key)
        key = keys[-1]
        unaccented = self._by_plain.get(_plain(key), ())
        if unaccented:
            return [gloss for other in sorted(unaccented)[:3] for gloss in self._entry(other)]
        stem = _stemmer(self.language)
        if stem is None:
            return []
        # a word typed with its accents meets the words of its own stem only (pêches:
        # pêche, pêcher — not péché); one typed without them, those of any accents
        stemmed = stem(key)
        related = sorted(
            self._by_stem.get(stemmed if key != _plain(key) else _plain(stemmed), ()),
            key=lambda k: (abs(len(k) - len(key)), k),
        )
        return [gloss for other in related[:3] for gloss in self._entry(other)]


def without_elision(word: str) -> str:
    """``word`` without a French elided article (*s'est*: *est*, *l'État*: *État*)."""
    return _ELISION.sub("", word.strip())


def by_lemma(
    word: str, lookup: Callable[[str], list[Gloss]], readings: Sequence[str]
) -> list[Gloss]:
    """The entries of ``word`` read as the analyser reads it (``readings``: Apertium's,
    ``pouvoir<vbmod><cni><p3><pl>``): the verb it is a form of first (*pourraient*:
    *pouvoir*, not *pourrir*, which only shares its stem; *est*: *être*, then *est*, the
    east), then its own entries, then its other dictionary forms (*puces*: *puce*). Only
    when none of these is in the dictionary, the words sharing its stem
    (:meth:`Dictionary.lookup`)."""
    key = _plain(fold(without_elision(word)))
    found = lookup(word)

    def same(headword: str, form: str) -> bool:
        return _plain(fold(headword)) == form

    verbs: list[str] = []
    others: list[str] = []
    for reading in readings:
        lemma, _, tags = reading.partition("<")
        if lemma and _plain(fold(lemma)) != key:
            (verbs if tags.startswith("vb") else others).append(lemma)
    entries: list[Gloss] = []
    for lemma in dict.fromkeys(verbs):
        entries += [g for g in lookup(lemma) if same(g.headword, _plain(fold(lemma)))]
    entries += [g for g in found if same(g.headword, key)]
    for lemma in dict.fromkeys(others):
        entries += [g for g in lookup(lemma) if same(g.headword, _plain(fold(lemma)))]
    unique = list({(g.headword, g.grammar, g.senses): g for g in entries}.values())
    return unique or found


def _plain(key: str) -> str:
    """A headword key without its accents, as people type it."""
    if key.isascii():
        return key
    decomposed = unicodedata.normalize("NFKD", key)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=16)
def _stemmer_for(name: str) -> Callable[[str], str]:
    import Stemmer

    stem: Callable[[str], str] = Stemmer.Stemmer(name).stemWord
    return stem


def _stemmer(language: str) -> Callable[[str], str] | None:
    name = _STEMMERS.get(language)
    return _stemmer_for(name) if name else None


@lru_cache(maxsize=32)
def _dictionary(index: str, language: str) -> Dictionary:
    return Dictionary(Path(index), language)


class FreeDictGlossary:
    name = "freedict"
    remote = False
    words_only = True

    def __init__(self, settings: Settings | None = None) -> None:
        settings = settings or {}
        configured = settings.get("freedict.dirs") or os.environ.get("READER_DICTD_DIRS", "")
        dirs = configured.split(os.pathsep) if configured else list(DEFAULT_DIRS)
        self.dirs = [Path(d).expanduser() for d in dirs if d]

    def _found(self) -> dict[tuple[str, str], Path]:
        found: dict[tuple[str, str], Path] = {}
        for folder in self.dirs:
            try:
                names = sorted(p.name for p in folder.iterdir())
            except OSError:
                continue
            for name in names:
                match = _NAME.match(name)
                if match:
                    pair = (normalize_lang(match[1]), normalize_lang(match[2]))
                    found.setdefault(pair, folder / name)
        return found

    def available(self) -> bool:
        return bool(self._found())

    def pairs(self) -> set[tuple[str, str]]:
        return set(self._found())

    def lookup(self, word: str, source: str, target: str) -> list[Gloss]:
        source, target = normalize_lang(source), normalize_lang(target)
        index = self._found().get((source, target))
        if index is None:
            raise TranslationError(f"no FreeDict dictionary {source}→{target} is installed")
        return _dictionary(str(index), source).lookup(word)

    def translate(
        self,
        paragraphs: Sequence[str],
        source: str,
        target: str,
        should_stop: ShouldStop = lambda: False,
    ) -> list[str]:
        """Each paragraph taken as one word or expression: its senses, or "" if unknown."""
        results = []
        for text in paragraphs:
            if should_stop():
                break
            glosses = self.lookup(text, source, target)
            results.append(" | ".join(g.summary() for g in glosses if g.senses))
        return results
