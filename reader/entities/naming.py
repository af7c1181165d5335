"""One naming language: the name an entity is shown by, in the language the reader chose.

Recognition keeps one key per entity — the gazetteer's English name ("China"), or the
name as written when the gazetteer does not know it ("Maroc") — because the cache, the
search index and the user's corrections are keyed by it and must not change when the
window's language does. What a reader sees is chosen here: for a known entity its name in
the reader's language (China → *Chine* for a French reader, *Maroc* → *Morocco* for an
English one), every other form staying an alias that search still finds.

The rule the user picks (:class:`NameRule`): names in the interface's language, or in
each article's own language. A name the gazetteer does not know is shown as written.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from reader.core.model import EntityMention

if TYPE_CHECKING:  # the gazetteer loads with the first Naming, not with NameRule
    from reader.entities.gazetteer import Entry, Gazetteer


class NameRule(enum.StrEnum):
    """Which language entity names are shown in."""

    INTERFACE = "interface"  # the window's language, for every article
    ARTICLE = "article"  # each article's own language

    @classmethod
    def parse(cls, value: object) -> NameRule:
        """The rule a stored setting names; the default for anything else."""
        try:
            return cls(str(value))
        except ValueError:
            return cls.INTERFACE

    def language(self, interface: str, article: str | None) -> str:
        """The language names are shown in, for an article in ``article`` read in a
        window in ``interface``."""
        if self is NameRule.ARTICLE and article:
            return article
        return interface


class Naming:
    """Names in one language for the entities of the gazetteer; any other name as is."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        # the gazetteer's module is loaded with the first Naming, not with NameRule
        from reader.entities.gazetteer import fold_case

        self._fold = fold_case
        self._entries: dict[tuple[str, str], Entry] = {}
        self._any: dict[str, Entry] = {}  # of whichever type, for a name without one
        for entry in entries:
            for form in entry.forms:
                # the first entry keeps a form, as the recogniser does
                self._entries.setdefault((fold_case(form), entry.label.value), entry)
                self._any.setdefault(fold_case(form), entry)

    @classmethod
    def of(cls, gazetteer: Gazetteer) -> Naming:
        return cls(gazetteer.entries)

    def entry(self, name: str, label: str) -> Entry | None:
        """The gazetteer entry a name of that type is a form of."""
        return self._entries.get((self._fold(name.strip()), label))

    def name(self, canonical: str, label: str, lang: str | None) -> str:
        """``canonical`` as a reader of ``lang`` is shown it."""
        entry = self.entry(canonical, label)
        return entry.name_in(lang) if entry is not None else canonical

    def untyped(self, canonical: str, lang: str | None) -> str:
        """``canonical`` as a reader of ``lang`` is shown it, where its type is not at
        hand (the search's entity chips, the index's names)."""
        entry = self._any.get(self._fold(canonical.strip()))
        return entry.name_in(lang) if entry is not None else canonical

    def key(self, name: str, label: str) -> str:
        """What tells entities apart whatever name they are shown by: the gazetteer's
        key for a known one ("Chine" and "China": "China"), else the name case-folded
        ("Parti Pirate" and "Parti pirate" are one)."""
        entry = self.entry(name, label)
        return entry.name if entry is not None else self._fold(" ".join(name.split()))

    def same(self, a: str, b: str, label: str) -> bool:
        """Whether two names of that type name the same entity."""
        return a == b or self.key(a, label) == self.key(b, label)

    def forms(self, canonical: str, label: str) -> tuple[str, ...]:
        """Every name the entity is known by (its aliases included), for search."""
        entry = self.entry(canonical, label)
        return entry.forms if entry is not None else (canonical,)

    def rename(self, mentions: Sequence[EntityMention], lang: str | None) -> list[EntityMention]:
        """The mentions with their canonical names in ``lang``. Names the gazetteer does
        not know, written in several ways in one article ("Frères musulmans", "Frères
        Musulmans"), take the way written most often, so they are listed once."""
        shown: dict[tuple[str, str], str] = {}
        written: dict[tuple[str, str], dict[str, int]] = {}
        for m in mentions:
            group = (self.key(m.canonical, m.label), m.label)
            counts = written.setdefault(group, {})
            counts[m.canonical] = counts.get(m.canonical, 0) + 1
        for group, counts in written.items():
            most = max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]
            shown[group] = self.name(most, group[1], lang)
        return [
            replace(m, canonical=shown[(self.key(m.canonical, m.label), m.label)]) for m in mentions
        ]
