"""Entity mentions cached per article version and pipeline version, and the user's
corrections, in either kind of library (see :mod:`reader.store.dialect`). In a team
library entities are recognised once for the whole team, and a correction by one person
is every reader's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reader.core.model import EntityCorrection, EntityMention, EntitySummary
from reader.store.articles import Articles


class EntityStore:
    """Entity tables, through one of the library's stores."""

    def __init__(self, store: Articles) -> None:
        self._store = store
        self._d = store.dialect

    def cached(self, article_id: str, version: int, pipeline: str) -> list[EntityMention] | None:
        """The mentions of a run for exactly this article version and pipeline, or None."""
        run = self._store.row(
            "SELECT 1 FROM entity_runs WHERE article_id = ? AND version = ? AND pipeline = ?",
            (article_id, version, pipeline),
        )
        if run is None:
            return None
        return [
            EntityMention(r[0], r[1], r[2], r[3], r[4], r[5])
            for r in self._store.rows(
                'SELECT e.start, e."end", substr(v.text, e.start + 1, e."end" - e.start), '
                "e.label, e.canonical, e.source FROM entities e JOIN article_versions v "
                "ON v.article_id = e.article_id AND v.version = e.version "
                'WHERE e.article_id = ? AND e.version = ? ORDER BY e.start, e."end"',
                (article_id, version),
            )
        ]

    def last_run(self, article_id: str, version: int) -> list[EntityMention] | None:
        """The mentions of the last run on this article version, whichever pipeline made
        it, or None: what the window paints with the text before the recognisers are
        loaded to say whether that run is still current."""
        run = self._store.row(
            "SELECT pipeline FROM entity_runs WHERE article_id = ? AND version = ?",
            (article_id, version),
        )
        return None if run is None else self.cached(article_id, version, run[0])

    def save(
        self, article_id: str, version: int, pipeline: str, mentions: Sequence[EntityMention]
    ) -> None:
        """Replace the article's mentions; the article is re-indexed (its stamp moves)."""
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with self._store.transaction() as db:
            db.execute("DELETE FROM entities WHERE article_id = ?", (article_id,))
            db.executemany(
                'INSERT INTO entities (article_id, version, pipeline, start, "end", label, '
                "canonical, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (article_id, version, pipeline, m.start, m.end, m.label, m.canonical, m.source)
                    for m in mentions
                ],
            )
            db.execute(
                "INSERT INTO entity_runs (article_id, version, pipeline, created_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET "
                "version = excluded.version, pipeline = excluded.pipeline, "
                "created_at = excluded.created_at",
                (article_id, version, pipeline, now),
            )
            self._d.bump(db, [article_id])

    def pending(self, pipeline: str) -> list[str]:
        """Articles whose current version has no run of this pipeline."""
        rows = self._store.rows(
            "SELECT a.id FROM articles a LEFT JOIN entity_runs r ON r.article_id = a.id "
            "AND r.version = a.version AND r.pipeline = ? WHERE r.article_id IS NULL "
            f"ORDER BY a.imported_at, a.id COLLATE {self._d.binary}",
            (pipeline,),
        )
        return [r[0] for r in rows]

    def names(self, article_id: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        """An article's current entities, ``(canonical names, names as written)``, each a
        sorted list of (name, label): search finds "Beijing" and "Pékin"."""
        rows = self._store.rows(
            'SELECT e.canonical, substr(v.text, e.start + 1, e."end" - e.start), e.label '
            "FROM entities e JOIN articles a ON a.id = e.article_id AND a.version = e.version "
            "JOIN article_versions v ON v.article_id = e.article_id AND v.version = e.version "
            "WHERE e.article_id = ?",
            (article_id,),
        )
        canonical = {(name, label) for name, _, label in rows}
        forms = {(" ".join(surface.split()), label) for _, surface, label in rows}
        return sorted(canonical), sorted(forms)

    def summaries(self, label: str | None = None) -> list[EntitySummary]:
        """Every entity with its mention and article counts, most mentioned first."""
        where = "WHERE e.label = ?" if label else ""
        args: tuple[str, ...] = (label,) if label else ()
        rows = self._store.rows(
            "SELECT e.canonical, e.label, count(*), count(DISTINCT e.article_id) "
            "FROM entities e JOIN articles a ON a.id = e.article_id AND a.version = e.version "
            f"{where} GROUP BY e.canonical, e.label ORDER BY count(DISTINCT e.article_id) DESC, "
            f"count(*) DESC, e.canonical COLLATE {self._d.binary}",
            args,
        )
        return [EntitySummary(r[0], r[1], int(r[2]), int(r[3])) for r in rows]

    def cooccurring(
        self, canonical: str, label: str, limit: int = 20
    ) -> list[tuple[str, str, int]]:
        """Entities found in the same articles as ``canonical``: (name, label, articles)."""
        rows = self._store.rows(
            "SELECT o.canonical, o.label, count(DISTINCT o.article_id) AS n FROM entities e "
            "JOIN articles a ON a.id = e.article_id AND a.version = e.version "
            "JOIN entities o ON o.article_id = e.article_id AND o.version = e.version "
            "WHERE e.canonical = ? AND e.label = ? AND NOT (o.canonical = ? AND o.label = ?) "
            "AND o.label NOT IN ('DATE', 'MONEY', 'PERCENT') GROUP BY o.canonical, o.label "
            f"ORDER BY n DESC, o.canonical COLLATE {self._d.binary} LIMIT ?",
            (canonical, label, canonical, label, limit),
        )
        return [(r[0], r[1], int(r[2])) for r in rows]

    def articles_with(self, canonical: str) -> list[str]:
        rows = self._store.rows(
            "SELECT DISTINCT e.article_id FROM entities e JOIN articles a ON a.id = "
            "e.article_id AND a.version = e.version WHERE e.canonical = ?",
            (canonical,),
        )
        return [r[0] for r in rows]

    # -- corrections -------------------------------------------------------------------

    def corrections(self) -> list[EntityCorrection]:
        return [
            EntityCorrection(r[1], r[2], r[3], r[4], r[5], r[6], int(r[0]))
            for r in self._store.rows(
                "SELECT id, action, article_id, surface, label, canonical, target "
                "FROM entity_corrections ORDER BY id"
            )
        ]

    def add_correction(self, correction: EntityCorrection) -> int:
        """Store a correction and mark the articles it touches for re-indexing."""
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        c = correction
        bump = f"UPDATE articles SET stamp = {self._d.next_stamp} WHERE "
        with self._store.transaction() as db:
            rows = db.execute(
                "INSERT INTO entity_corrections (action, article_id, surface, label, canonical, "
                "target, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (c.action, c.article_id, c.surface, c.label, c.canonical, c.target, now),
            ).fetchall()
            if c.article_id is not None:
                db.execute(bump + "id = ?", (c.article_id,))
            elif c.action == "add" and c.surface:
                db.execute(
                    bump + "id IN (SELECT a.id FROM articles a JOIN article_versions v ON "
                    "v.article_id = a.id AND v.version = a.version WHERE "
                    f"{self._d.find.format('?', 'v.text')} > 0)",
                    (c.surface,),
                )
            else:
                db.execute(
                    bump + "id IN (SELECT DISTINCT e.article_id FROM entities e JOIN "
                    "article_versions v ON v.article_id = e.article_id AND v.version = "
                    "e.version WHERE e.canonical = ? OR "
                    'substr(v.text, e.start + 1, e."end" - e.start) = ?)',
                    (c.canonical or "", c.surface or ""),
                )
            return int(rows[0][0]) if rows else 0
