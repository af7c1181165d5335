"""The translation cache: provider, route, languages and the text's hash → the translation,
with when it was made, whether the user edited it, the words the engine did not know and
the glossary entries it was made with. The route is part of the key: installing a pivot
pair changes what Apertium makes of a text, and a text made through Spanish must not be
shown as made through Catalan. A user's correction is the user's, whatever route made the
text it corrects, so an edited row answers for every route of its hook.

Also the translation memory: sentences the user corrected, by the sentence's hash, so the
correction can be offered wherever the same sentence appears again. Written once for
both kinds of library (see :mod:`reader.store.dialect`); a team library's cache and
memory are the team's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reader.store.articles import Articles


@dataclass(frozen=True)
class CachedText:
    """One cached translation."""

    text: str
    edited: bool
    unknown: tuple[str, ...] = ()  # words the engine did not know, as they came out
    glossary: str = ""  # the fingerprint of the glossary entries it was made with


@dataclass(frozen=True)
class Correction:
    """A sentence the user corrected: what the engine made of it and what the user wrote."""

    sentence: str
    machine: str
    corrected: str
    article_id: str | None


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class TranslationStore:
    """The translation cache and memory, through one of the library's stores."""

    def __init__(self, store: Articles) -> None:
        self._store = store
        self._d = store.dialect

    def get(
        self, provider: str, route: str | None, source: str, target: str, text_hash: str
    ) -> CachedText | None:
        """The user's correction (made through any route), else the text ``route`` made
        (``None``: the hook cannot say which route it would take now; any route's)."""
        row = self._store.row(
            "SELECT result, edited, unknown, glossary FROM translations WHERE provider = ? "
            "AND source_lang = ? AND target_lang = ? AND text_hash = ? "
            "AND (route = ? OR ? OR edited = TRUE) ORDER BY edited DESC, created_at DESC LIMIT 1",
            (provider, source, target, text_hash, route or "", route is None),
        )
        if row is None:
            return None
        unknown = tuple(w for w in str(row[2]).split("\n") if w)
        return CachedText(str(row[0]), bool(row[1]), unknown, str(row[3]))

    def put_many(
        self,
        provider: str,
        route: str,
        source: str,
        target: str,
        rows: Iterable[tuple[str, CachedText]],
    ) -> None:
        """Store ``(text_hash, cached text)`` rows in one transaction. An edit replaces the
        edits of the same text made through other routes (one correction per text)."""
        now = _now()
        values = [
            (provider, route, source, target, h, c.text, c.edited, now, "\n".join(c.unknown),
             c.glossary)
            for h, c in rows
        ]  # fmt: skip
        with self._store.transaction() as db:
            db.executemany(
                "DELETE FROM translations WHERE provider = ? AND route <> ? AND source_lang = ? "
                "AND target_lang = ? AND text_hash = ? AND edited = TRUE",
                [(v[0], v[1], v[2], v[3], v[4]) for v in values if v[6]],
            )
            db.executemany(
                "INSERT INTO translations (provider, route, source_lang, target_lang, text_hash, "
                "result, edited, created_at, unknown, glossary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?) ON CONFLICT (provider, route, source_lang, target_lang, text_hash) DO "
                "UPDATE SET result = excluded.result, edited = excluded.edited, created_at = "
                "excluded.created_at, unknown = excluded.unknown, glossary = excluded.glossary",
                values,
            )

    def remember(
        self, source: str, target: str, corrections: Sequence[tuple[str, Correction]]
    ) -> None:
        """Keep ``(sentence hash, correction)`` pairs in the translation memory."""
        now = _now()
        with self._store.transaction() as db:
            db.executemany(
                "INSERT INTO translation_memory (source_lang, target_lang, sentence_hash, "
                "sentence, machine, corrected, article_id, created_at) VALUES (?, ?, ?, ?, ?, "
                "?, ?, ?) ON CONFLICT (source_lang, target_lang, sentence_hash) DO UPDATE SET "
                "sentence = excluded.sentence, machine = excluded.machine, corrected = "
                "excluded.corrected, article_id = excluded.article_id, created_at = "
                "excluded.created_at",
                [
                    (source, target, h, c.sentence, c.machine, c.corrected, c.article_id, now)
                    for h, c in corrections
                ],
            )

    def corrections(self, source: str, target: str, hashes: Iterable[str]) -> dict[str, Correction]:
        """The remembered corrections of these sentence hashes."""
        wanted = sorted(set(hashes))
        found: dict[str, Correction] = {}
        for i in range(0, len(wanted), 500):
            clause, args = self._d.among("sentence_hash", wanted[i : i + 500])
            for row in self._store.rows(
                "SELECT sentence_hash, sentence, machine, corrected, article_id FROM "
                f"translation_memory WHERE source_lang = ? AND target_lang = ? AND {clause}",
                (source, target, *args),
            ):
                found[str(row[0])] = Correction(str(row[1]), str(row[2]), str(row[3]), row[4])
        return found
