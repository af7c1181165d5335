"""The gazetteer: known entities of the domain (and the user's own), matched with an
Aho-Corasick automaton (pyahocorasick) over case-folded text, with word-boundary and
case checks so that *Arm* the company is not *arm* the limb.

An entry's ``name`` is its key: the English name, which the cache, the index and the
user's corrections keep whatever language the window shows. Its name in another
language (``"fr": "Chine"``) is one of its forms, and what :mod:`reader.entities.naming`
shows to a reader of that language. An entry with ``"match": false`` is never looked
for in the text (its English name is also a common word or a first name: *Jordan*,
*Chad*); it still names what the other recognisers find and serves search."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import ahocorasick

from reader.entities.base import Block, Candidate, Label

_LANGUAGE_KEY = re.compile(r"^[a-z]{2}$")


@dataclass(frozen=True)
class Entry:
    name: str
    label: Label
    aliases: tuple[str, ...] = ()
    #: (language, name) where the name in that language is not ``name``: ("fr", "Chine")
    names: tuple[tuple[str, str], ...] = ()
    match: bool = True  # looked for in the text (else it only names and serves search)

    @property
    def forms(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((self.name, *(n for _, n in self.names), *self.aliases)))

    def name_in(self, lang: str | None) -> str:
        """The entity's name for a reader of ``lang``; the English name when the entry
        has none in that language."""
        return next((name for code, name in self.names if code == lang), self.name)


@dataclass
class Gazetteer:
    entries: list[Entry] = field(default_factory=list)

    @classmethod
    def bundled(cls) -> Gazetteer:
        folder = resources.files("reader._resources") / "gazetteer"
        entries: list[Entry] = []
        for item in sorted(folder.iterdir(), key=lambda p: p.name):
            if item.name.endswith(".json"):
                entries.extend(parse_entries(json.loads(item.read_text(encoding="utf-8"))))
        return cls(entries)

    def extended(self, extra: Iterable[Entry]) -> Gazetteer:
        return Gazetteer([*self.entries, *extra])

    def fingerprint(self) -> str:
        data = json.dumps(
            [(e.name, e.label.value, e.aliases, e.names, e.match) for e in self.entries]
        )
        return hashlib.sha256(data.encode("utf-8")).hexdigest()[:12]

    def canonical_of(self) -> dict[str, tuple[str, Label]]:
        """Every form, case-folded → (canonical name, label), for the names the other
        recognisers find; an entry left out of matching is left out here too (a person
        called *Jordan* is no country)."""
        table: dict[str, tuple[str, Label]] = {}
        for entry in self.entries:
            for form in entry.forms if entry.match else ():
                table.setdefault(fold_case(form), (entry.name, entry.label))
        return table


def parse_entries(data: dict[str, Any]) -> list[Entry]:
    return [
        Entry(
            str(e["name"]),
            Label(e["type"]),
            tuple(str(a) for a in e.get("aliases", ())),
            tuple((k, str(v)) for k, v in e.items() if _LANGUAGE_KEY.match(k) and k != "en"),
            bool(e.get("match", True)),
        )
        for e in data.get("entities", [])
    ]


def fold_case(text: str) -> str:
    """Case-fold keeping the string's length (offsets must map one to one); a typographic
    apostrophe is the typewriter's (*Moody’s* is *Moody's*)."""
    folded = text.lower()
    if len(folded) != len(text):
        folded = "".join(c.lower()[:1] or c for c in text)
    return folded.replace("’", "'")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _case_ok(form: str, surface: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) <= 5:
        return surface == form  # acronyms: exact case (AMD, not "amd")
    # names start with a capital in running text, and so does each capitalised word of
    # a longer one: "Le Monde" the newspaper, not "Le monde entier" starting a sentence;
    # "L'Équipe" the newspaper, not "L'équipe a gagné" (a word after an apostrophe)
    return all(
        not f[:1].isupper() or s[:1].isupper()
        for f, s in zip(_APOSTROPHES.split(form), _APOSTROPHES.split(surface), strict=False)
    )


_APOSTROPHES = re.compile(r"\s+|(?<=\w)['’](?=\w)")


_GLUED_BEFORE = re.compile(r"(?:^|[^\w-])[A-ZÀ-Ý][\w’']*-$")


def _compound(chunk: str, start: int, end: int) -> bool:
    """Whether the match is glued by a hyphen to another capitalised name, which makes
    another name in French: *Paris* in *Rio-Paris* (a flight), *Lorraine* in
    *Alsace-Lorraine* (*anti-Chine* keeps *Chine*)."""
    after = chunk[end : end + 2]
    glued_after = len(after) == 2 and after[0] == "-" and after[1].isupper()
    return glued_after or bool(_GLUED_BEFORE.search(chunk, max(0, start - 40), start))


def _lax(form: str, than: str) -> bool:
    """Whether ``form``'s case check accepts more than ``than``'s does."""

    def rank(text: str) -> int:
        letters = [c for c in text if c.isalpha()]
        if letters and all(c.isupper() for c in letters) and len(letters) <= 5:
            return 0
        return 1 if text[:1].isupper() else 2

    return rank(form) > rank(than)


class GazetteerRecognizer:
    name = "gazetteer"
    priority = 80

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or Gazetteer.bundled()
        self.version = "5-" + self.gazetteer.fingerprint()
        self._automaton = ahocorasick.Automaton()
        words: dict[str, tuple[str, str, str]] = {}
        for entry in self.gazetteer.entries:
            for form in entry.forms if entry.match else ():
                key = fold_case(unicodedata.normalize("NFC", form))
                known = words.get(key)
                # the first entry keeps a form; of its own spellings, the one whose case
                # accepts most ("prix Nobel" also finds "Prix Nobel", not the reverse)
                if key and (known is None or (known[1] == entry.name and _lax(form, known[0]))):
                    words[key] = (form, entry.name, entry.label.value)
        for key, value in words.items():
            self._automaton.add_word(key, value)
        if len(self._automaton):
            self._automaton.make_automaton()

    def recognize(self, text: str, blocks: Sequence[Block], lang: str | None) -> list[Candidate]:
        if not len(self._automaton):
            return []
        found: list[Candidate] = []
        for block in blocks:
            chunk = text[block.start : block.end]
            folded = fold_case(chunk)
            french = (block.lang or lang) == "fr"
            for end_index, (form, canonical, label) in self._automaton.iter(folded):
                start = end_index - len(form) + 1
                end = end_index + 1
                if start > 0 and _is_word_char(chunk[start - 1]):
                    continue
                if end < len(chunk) and _is_word_char(chunk[end]):
                    continue
                if not _case_ok(form, chunk[start:end]):
                    continue
                if french and _compound(chunk, start, end):
                    continue
                found.append(
                    Candidate(
                        block.start + start, block.start + end, Label(label), self.name, canonical
                    )
                )
        return found
