"""The user's glossary: one row per term and language pair (the ``glossary`` table of
the file's schema 5, of a team library's schema 3, where it is the team's). A term is
unique per pair as it is compared (NFC, case folded), so "Puce" and "puce" are one
entry. Written once for both kinds of library (see :mod:`reader.store.dialect`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from reader.core.glossary import GlossaryEntry, term_key
from reader.store.articles import Articles

_COLUMNS = "id, source_lang, target_lang, term, translation, keep, note"


def _entry(row: tuple[object, ...]) -> GlossaryEntry:
    return GlossaryEntry(
        source=str(row[1]),
        target=str(row[2]),
        term=str(row[3]),
        translation=str(row[4]),
        keep=bool(row[5]),
        note=str(row[6]),
        id=int(str(row[0])),
    )


class GlossaryStore:
    def __init__(self, store: Articles) -> None:
        self._store = store

    def entries(self, source: str | None = None, target: str | None = None) -> list[GlossaryEntry]:
        """The entries of one pair (or of every pair), by term."""
        clauses, args = [], []
        for column, value in (("source_lang", source), ("target_lang", target)):
            if value is not None:
                clauses.append(f"{column} = ?")
                args.append(value)
        where = f"WHERE {' AND '.join(clauses)} " if clauses else ""
        binary = self._store.dialect.binary
        rows = self._store.rows(
            f"SELECT {_COLUMNS} FROM glossary {where}ORDER BY source_lang COLLATE {binary}, "
            f"target_lang COLLATE {binary}, term_key COLLATE {binary}",
            args,
        )
        return [_entry(tuple(r)) for r in rows]

    def entry(self, entry_id: int) -> GlossaryEntry | None:
        found = self._store.row(f"SELECT {_COLUMNS} FROM glossary WHERE id = ?", (entry_id,))
        return None if found is None else _entry(tuple(found))

    def find(self, source: str, target: str, term: str) -> GlossaryEntry | None:
        row = self._store.row(
            f"SELECT {_COLUMNS} FROM glossary WHERE source_lang = ? AND target_lang = ? "
            "AND term_key = ?",
            (source, target, term_key(term)),
        )
        return None if row is None else _entry(tuple(row))

    def save(self, entries: Iterable[GlossaryEntry]) -> list[GlossaryEntry]:
        """Add or replace entries in one transaction: by id when an entry has one (an edit,
        or an undone delete putting it back), else by term (an import replaces the entry
        of the same term). Returns them as stored, with their ids."""
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        saved: list[GlossaryEntry] = []
        with self._store.transaction() as db:
            for e in entries:
                values = (
                    e.source,
                    e.target,
                    " ".join(e.term.split()),
                    term_key(e.term),
                    e.translation.strip(),
                    int(e.keep),
                    e.note.strip(),
                )
                if e.id is not None:
                    # another entry of the new term gives way to the edited one
                    db.execute(
                        "DELETE FROM glossary WHERE source_lang = ? AND target_lang = ? "
                        "AND term_key = ? AND id <> ?",
                        (e.source, e.target, term_key(e.term), e.id),
                    )
                    db.execute(
                        "INSERT INTO glossary (id, source_lang, target_lang, term, term_key, "
                        "translation, keep, note, created_at, modified_at) VALUES "
                        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                        "source_lang = excluded.source_lang, target_lang = excluded.target_lang, "
                        "term = excluded.term, term_key = excluded.term_key, "
                        "translation = excluded.translation, keep = excluded.keep, "
                        "note = excluded.note, modified_at = excluded.modified_at",
                        (e.id, *values, now, now),
                    )
                    entry_id = e.id
                else:
                    row = db.execute(
                        "INSERT INTO glossary (source_lang, target_lang, term, term_key, "
                        "translation, keep, note, created_at, modified_at) VALUES "
                        "(?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source_lang, target_lang, "
                        "term_key) DO UPDATE SET term = excluded.term, translation = "
                        "excluded.translation, keep = excluded.keep, note = excluded.note, "
                        "modified_at = excluded.modified_at RETURNING id",
                        (*values, now, now),
                    ).fetchone()
                    entry_id = int(row[0])
                saved.append(
                    GlossaryEntry(
                        e.source,
                        e.target,
                        values[2],
                        values[4],
                        e.keep,
                        values[6],
                        entry_id,
                    )
                )
        return saved

    def delete(self, entry_ids: Iterable[int]) -> None:
        with self._store.transaction() as db:
            db.executemany("DELETE FROM glossary WHERE id = ?", [(i,) for i in entry_ids])
