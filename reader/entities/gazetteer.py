"""The gazetteer: known entities of the domain (and the user's own), matched with an
Aho-Corasick automaton (pyahocorasick) over case-folded text, with word-boundary and
case checks so that *Arm* the company is not *arm* the limb."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import ahocorasick

from reader.entities.base import Block, Candidate, Label


@dataclass(frozen=True)
class Entry:
    name: str
    label: Label
    aliases: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


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
        data = json.dumps([(e.name, e.label.value, e.aliases) for e in self.entries])
        return hashlib.sha256(data.encode("utf-8")).hexdigest()[:12]

    def canonical_of(self) -> dict[str, tuple[str, Label]]:
        """Every form, case-folded → (canonical name, label)."""
        table: dict[str, tuple[str, Label]] = {}
        for entry in self.entries:
            for form in entry.forms:
                table.setdefault(fold_case(form), (entry.name, entry.label))
        return table


def parse_entries(data: dict[str, Any]) -> list[Entry]:
    return [
        Entry(str(e["name"]), Label(e["type"]), tuple(str(a) for a in e.get("aliases", ())))
        for e in data.get("entities", [])
    ]


def fold_case(text: str) -> str:
    """Case-fold keeping the string's length (offsets must map one to one)."""
    folded = text.lower()
    return folded if len(folded) == len(text) else "".join(c.lower()[:1] or c for c in text)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _case_ok(form: str, surface: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) <= 5:
        return surface == form  # acronyms: exact case (AMD, not "amd")
    if form[:1].isupper():
        return surface[:1].isupper()  # names start with a capital in running text
    return True


class GazetteerRecognizer:
    name = "gazetteer"
    priority = 80

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or Gazetteer.bundled()
        self.version = "1-" + self.gazetteer.fingerprint()
        self._automaton = ahocorasick.Automaton()
        for entry in self.gazetteer.entries:
            for form in entry.forms:
                key = fold_case(unicodedata.normalize("NFC", form))
                if key and key not in self._automaton:
                    self._automaton.add_word(key, (form, entry.name, entry.label.value))
        if len(self._automaton):
            self._automaton.make_automaton()

    def recognize(self, text: str, blocks: Sequence[Block], lang: str | None) -> list[Candidate]:
        if not len(self._automaton):
            return []
        found: list[Candidate] = []
        for block in blocks:
            chunk = text[block.start : block.end]
            folded = fold_case(chunk)
            for end_index, (form, canonical, label) in self._automaton.iter(folded):
                start = end_index - len(form) + 1
                end = end_index + 1
                if start > 0 and _is_word_char(chunk[start - 1]):
                    continue
                if end < len(chunk) and _is_word_char(chunk[end]):
                    continue
                if not _case_ok(form, chunk[start:end]):
                    continue
                found.append(
                    Candidate(
                        block.start + start, block.start + end, Label(label), self.name, canonical
                    )
                )
        return found
