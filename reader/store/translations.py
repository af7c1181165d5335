"""The translation cache: provider, languages and the paragraph's text hash → the
translation, with when it was made and whether the user edited it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from reader.store.articles import ArticleStore


class TranslationStore:
    def __init__(self, store: ArticleStore) -> None:
        self._store = store
        self._db = store._db

    def get(
        self, provider: str, source: str, target: str, text_hash: str
    ) -> tuple[str, bool] | None:
        row = self._db.execute(
            "SELECT result, edited FROM translations WHERE provider = ? AND source_lang = ? "
            "AND target_lang = ? AND text_hash = ?",
            (provider, source, target, text_hash),
        ).fetchone()
        return None if row is None else (str(row[0]), bool(row[1]))

    def put_many(
        self, provider: str, source: str, target: str, rows: Iterable[tuple[str, str, bool]]
    ) -> None:
        """Store ``(text_hash, translation, edited)`` rows in one transaction."""
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with self._store.transaction() as db:
            db.executemany(
                "INSERT INTO translations (provider, source_lang, target_lang, text_hash, result, "
                "edited, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(provider, "
                "source_lang, target_lang, text_hash) DO UPDATE SET result = excluded.result, "
                "edited = excluded.edited, created_at = excluded.created_at",
                [(provider, source, target, h, text, int(edited), now) for h, text, edited in rows],
            )
