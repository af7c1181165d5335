"""The suggested tags a reader dismissed, per article, in the library file.

A dismissal is kept by the suggestion's key (its stems, see
:mod:`reader.services.suggestions`), so *puce* dismissed also keeps *puces* away; the
name as it was shown is kept beside it for an undo and for people reading the file. It
goes with its article (``ON DELETE CASCADE``); table ``dismissed_suggestions``, schema 7.
"""

from __future__ import annotations

import datetime as dt

from reader.store.articles import ArticleStore


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class SuggestionStore:
    def __init__(self, store: ArticleStore) -> None:
        self._store = store
        self._db = store._db

    def dismissed(self, article_id: str) -> dict[str, str]:
        """The keys dismissed on an article, with the names they were shown as."""
        rows = self._db.execute(
            "SELECT key, name FROM dismissed_suggestions WHERE article_id = ? ORDER BY key",
            (article_id,),
        )
        return {str(key): str(name) for key, name in rows}

    def dismiss(self, article_id: str, key: str, name: str) -> None:
        with self._store.transaction() as db:
            db.execute(
                "INSERT INTO dismissed_suggestions (article_id, key, name, dismissed_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(article_id, key) DO UPDATE SET "
                "name = excluded.name, dismissed_at = excluded.dismissed_at",
                (article_id, key, name, _now()),
            )

    def restore(self, article_id: str, key: str) -> None:
        """Take a dismissal back (undo): the suggestion may come again."""
        with self._store.transaction() as db:
            db.execute(
                "DELETE FROM dismissed_suggestions WHERE article_id = ? AND key = ?",
                (article_id, key),
            )
