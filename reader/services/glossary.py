"""The glossary of a library (:class:`Glossary`): the user's terms and names, one list
per language pair, and their CSV form.

The library has no settings file of its own to export: the glossary travels as a CSV file
(``export_glossary`` / ``import_glossary``, the glossary dialog's Export… and Import…),
with one row per entry and a header naming the columns, so that a spreadsheet opens it
and a file written by hand is read too. Backups copy it with the rest of the library."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from reader.core.errors import ReaderError
from reader.core.glossary import GlossaryEntry, lookup, occurrences
from reader.store.glossary import GlossaryStore
from reader.translate.base import normalize_lang

if TYPE_CHECKING:
    from reader.core.model import EntityMention
    from reader.services.engines import Engines

#: the CSV file's columns, in order
COLUMNS = ("source", "target", "term", "translation", "keep", "note")
_YES = {"1", "yes", "y", "true", "oui", "x", "keep"}


class GlossaryError(ReaderError):
    """A glossary entry or file that cannot be used as it is (the message says why)."""


def checked(entry: GlossaryEntry) -> GlossaryEntry:
    """The entry with its languages normalised, or a :class:`GlossaryError`."""
    source, target = normalize_lang(entry.source), normalize_lang(entry.target)
    term = " ".join(entry.term.split())
    if not source or not target:
        raise GlossaryError("a glossary entry needs its two languages")
    if source == target:
        raise GlossaryError(f"a glossary entry translates between two languages, not {source}")
    if not term:
        raise GlossaryError("a glossary entry needs a term")
    if not entry.keep and not entry.translation.strip():
        raise GlossaryError(
            f"“{term}” needs a translation, or to be marked as a name left as written"
        )
    return replace(entry, source=source, target=target, term=term)


def to_csv(entries: Iterable[GlossaryEntry]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for e in entries:
        writer.writerow(
            [e.source, e.target, e.term, e.translation, "yes" if e.keep else "", e.note]
        )
    return out.getvalue()


def from_csv(text: str, source: str = "", target: str = "") -> list[GlossaryEntry]:
    """Entries from a CSV file: with a header, its columns are read by name (``term`` and
    ``translation`` at least; languages missing from a row are ``source``/``target``);
    without one, the columns are term, translation, note. Commas, semicolons and tabs
    are all understood. A bad row stops the import with its line number: nothing is kept
    from a file read wrongly."""
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise GlossaryError("the glossary file is empty")
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
            text[:4096], delimiters=",;\t"
        )
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text), dialect))
    header = [c.strip().lower() for c in rows[0]] if rows else []
    named = "term" in header
    columns = header if named else ["term", "translation", "note"]
    entries: list[GlossaryEntry] = []
    for number, row in enumerate(rows[1:] if named else rows, start=2 if named else 1):
        if not any(cell.strip() for cell in row):
            continue
        cells = dict(zip(columns, (c.strip() for c in row), strict=False))
        entry = GlossaryEntry(
            source=cells.get("source") or source,
            target=cells.get("target") or target,
            term=cells.get("term", ""),
            translation=cells.get("translation", ""),
            keep=cells.get("keep", "").lower() in _YES,
            note=cells.get("note", ""),
        )
        try:
            entries.append(checked(entry))
        except GlossaryError as exc:
            raise GlossaryError(f"line {number} of the glossary file: {exc}") from exc
    if not entries:
        raise GlossaryError("the glossary file has no entry")
    return entries


class Glossary:
    """The user's glossary: read by translation and the entity layer, written here."""

    def __init__(self, engines: Engines) -> None:
        self.engines = engines

    def _glossary_store(self) -> GlossaryStore:
        """The library's glossary (a team library's is the team's)."""
        store: Any = self.engines.store  # either kind of library's store
        return GlossaryStore(store)

    def _writable_glossary(self) -> GlossaryStore:
        return self._glossary_store()

    def glossary(self, source: str | None = None, target: str | None = None) -> list[GlossaryEntry]:
        """The entries of one language pair, or all of them."""
        return self._glossary_store().entries(
            normalize_lang(source) if source else None, normalize_lang(target) if target else None
        )

    def save_glossary_entries(self, entries: Iterable[GlossaryEntry]) -> list[GlossaryEntry]:
        """Add or change entries (checked first; nothing is kept if one is wrong)."""
        good = [checked(e) for e in entries]
        return self.engines.writer.run(lambda: self._writable_glossary().save(good))

    def add_glossary_entry(self, entry: GlossaryEntry) -> GlossaryEntry:
        return self.save_glossary_entries([entry])[0]

    def delete_glossary_entries(self, entry_ids: Iterable[int]) -> None:
        ids = list(entry_ids)
        self.engines.writer.run(lambda: self._writable_glossary().delete(ids))

    def export_glossary(self) -> str:
        """Every entry of every pair as CSV."""
        return to_csv(self.glossary())

    def import_glossary(self, text: str, source: str = "", target: str = "") -> int:
        """Entries from CSV (see :func:`from_csv`), an entry of the same term replaced;
        returns how many were read."""
        return len(self.save_glossary_entries(from_csv(text, source, target)))

    def glossary_for(self, word: str, source: str, target: str) -> list[GlossaryEntry]:
        """The entries a looked-up word or expression is, for the gloss card."""
        return lookup(word, self.glossary(source, target))

    def glossary_names(self, lang: str) -> list[tuple[str, str]]:
        """(name as written, what the glossary writes for it) for the entries from
        ``lang`` that are names: kept as written, or capitalised like a name. The entity
        layer reads them as aliases; it never writes the glossary."""
        found = []
        # the entity layer's canonical names are English: an entry into English comes
        # last, so it is the one a mapping of these keeps
        entries = sorted(self.glossary(normalize_lang(lang)), key=lambda e: e.target == "en")
        for entry in entries:
            if entry.keep or (entry.term[:1].isupper() and entry.translation[:1].isupper()):
                found.append((entry.term, entry.rendering))
        return found

    def glossary_aliases(self, mentions: list[EntityMention], lang: str) -> list[EntityMention]:
        """``mentions`` with the glossary's names as their aliases: a mention written as a
        name of the glossary takes what the glossary writes for it as its canonical name
        ("Pékin" → "Beijing"), the way an alias correction does. Read-only: the entity
        layer consults the glossary, never changes it."""
        names = dict(self.glossary_names(lang)) if mentions and lang else {}
        if not names:
            return mentions
        return [
            replace(m, canonical=names[m.text])
            if names.get(m.text, m.canonical) != m.canonical
            else m
            for m in mentions
        ]

    def glossary_in(
        self, texts: Iterable[str], source: str, target: str
    ) -> list[list[tuple[int, int, GlossaryEntry, str]]]:
        """For each text, where the pair's entries occur: (start, end, entry, rendering)."""
        entries = self.glossary(source, target)
        return [
            [(o.start, o.end, o.entry, o.rendering) for o in occurrences(t, entries)]
            if entries
            else []
            for t in texts
        ]
