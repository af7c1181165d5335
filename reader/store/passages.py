"""The "Also in…" tables: which article versions were read for shared passages, their
LSH keys (the persistent half of MinHash LSH: a new article's keys find its candidates
among every article read before, without holding sketches in memory), and the links
between paragraphs that say the same thing, kept both ways."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from reader.store.articles import ArticleStore

# (start, end, other article, other start, other end, score)
Link = tuple[int, int, str, int, int, float]


class PassageStore:
    """Passage tables, through an :class:`ArticleStore`'s connection."""

    def __init__(self, store: ArticleStore) -> None:
        self._store = store
        self._db = store._db

    def pending(self, engine: str) -> list[str]:
        """Articles whose current version was not read by this engine, oldest first."""
        return [
            r[0]
            for r in self._db.execute(
                "SELECT a.id FROM articles a LEFT JOIN passage_runs r ON r.article_id = a.id "
                "AND r.version = a.version AND r.engine = ? WHERE r.article_id IS NULL "
                "ORDER BY a.imported_at, a.id",
                (engine,),
            )
        ]

    def candidates(self, keys: Sequence[int], article_id: str) -> list[tuple[int, str, int]]:
        """(key, article, unit) of the other articles' units that have one of ``keys``."""
        found: set[tuple[int, str, int]] = set()
        for i in range(0, len(keys), 500):  # SQLite's bound-variable limit
            chunk = keys[i : i + 500]
            marks = ",".join("?" * len(chunk))
            found.update(
                self._db.execute(
                    f"SELECT key, article_id, unit FROM passage_keys WHERE key IN ({marks}) "
                    "AND article_id != ?",
                    (*chunk, article_id),
                )
            )
        return sorted(found)

    def save(
        self,
        article_id: str,
        version: int,
        engine: str,
        keys: Iterable[tuple[int, int]],
        links: Iterable[Link],
    ) -> None:
        """Replace an article's keys and links (its links both ways); record the run.
        One transaction: a crash leaves the article either read or still pending."""
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with self._store.transaction() as db:
            db.execute("DELETE FROM passage_keys WHERE article_id = ?", (article_id,))
            db.execute(
                "DELETE FROM passage_links WHERE article_id = ? OR other_id = ?",
                (article_id, article_id),
            )
            db.executemany(
                "INSERT INTO passage_keys (key, article_id, unit) VALUES (?, ?, ?)",
                [(key, article_id, unit) for key, unit in keys],
            )
            rows = []
            for start, end, other, o_start, o_end, score in links:
                rows.append((article_id, start, end, other, o_start, o_end, score))
                rows.append((other, o_start, o_end, article_id, start, end, score))
            db.executemany(
                'INSERT OR REPLACE INTO passage_links (article_id, start, "end", other_id, '
                "other_start, other_end, score) VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            db.execute(
                "INSERT INTO passage_runs (article_id, version, engine, created_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(article_id) DO UPDATE SET "
                "version = excluded.version, engine = excluded.engine, "
                "created_at = excluded.created_at",
                (article_id, version, engine, now),
            )

    def links(self, article_id: str) -> list[Link]:
        """The article's paragraphs that other articles share, in text order."""
        return [
            (r[0], r[1], r[2], r[3], r[4], r[5])
            for r in self._db.execute(
                'SELECT start, "end", other_id, other_start, other_end, score '
                "FROM passage_links WHERE article_id = ? ORDER BY start, other_id, other_start",
                (article_id,),
            )
        ]

    def pair_counts(self) -> list[tuple[str, str, int, int]]:
        """For every pair of articles that share a paragraph (first id < second id): how
        many distinct paragraphs of each are shared."""
        return [
            (r[0], r[1], r[2], r[3])
            for r in self._db.execute(
                "SELECT article_id, other_id, COUNT(DISTINCT start), COUNT(DISTINCT other_start) "
                "FROM passage_links WHERE article_id < other_id GROUP BY article_id, other_id"
            )
        ]

    def linked_count(self) -> int:
        """How many articles have at least one shared paragraph."""
        row = self._db.execute("SELECT COUNT(DISTINCT article_id) FROM passage_links").fetchone()
        return int(row[0])
