"""Entity mentions, the team's corrections and the translation cache in a team library:
the PostgreSQL twins of :class:`reader.store.EntityStore` and
:class:`reader.store.TranslationStore`. Recognised entities and translations are made
once for the whole team; a correction by one person is every reader's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from reader.core.model import EntityCorrection, EntityMention, EntitySummary
from reader.store.pg.articles import PgArticleStore
from reader.store.translations import CachedText, Correction


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class PgEntityStore:
    def __init__(self, store: PgArticleStore) -> None:
        self._store = store

    def cached(self, article_id: str, version: int, pipeline: str) -> list[EntityMention] | None:
        run = self._store.row(
            "SELECT 1 FROM entity_runs WHERE article_id = %s AND version = %s AND pipeline = %s",
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
                'WHERE e.article_id = %s AND e.version = %s ORDER BY e.start, e."end"',
                (article_id, version),
            )
        ]

    def last_run(self, article_id: str, version: int) -> list[EntityMention] | None:
        """The mentions of the last run on this article version, whichever pipeline."""
        run = self._store.row(
            "SELECT pipeline FROM entity_runs WHERE article_id = %s AND version = %s",
            (article_id, version),
        )
        return None if run is None else self.cached(article_id, version, run[0])

    def save(
        self, article_id: str, version: int, pipeline: str, mentions: Sequence[EntityMention]
    ) -> None:
        with self._store.transaction() as db:
            db.execute("DELETE FROM entities WHERE article_id = %s", (article_id,))
            with db.cursor() as cursor:
                cursor.executemany(
                    'INSERT INTO entities (article_id, version, pipeline, start, "end", label, '
                    "canonical, source) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                    [
                        (
                            article_id,
                            version,
                            pipeline,
                            m.start,
                            m.end,
                            m.label,
                            m.canonical,
                            m.source,
                        )
                        for m in mentions
                    ],
                )
            db.execute(
                "INSERT INTO entity_runs (article_id, version, pipeline, created_at) "
                "VALUES (%s, %s, %s, %s) ON CONFLICT (article_id) DO UPDATE SET "
                "version = excluded.version, pipeline = excluded.pipeline, "
                "created_at = excluded.created_at",
                (article_id, version, pipeline, _now()),
            )
            db.execute(
                "UPDATE articles SET stamp = nextval('change_stamps') WHERE id = %s", (article_id,)
            )

    def pending(self, pipeline: str) -> list[str]:
        return [
            r[0]
            for r in self._store.rows(
                "SELECT a.id FROM articles a LEFT JOIN entity_runs r ON r.article_id = a.id "
                "AND r.version = a.version AND r.pipeline = %s WHERE r.article_id IS NULL "
                "ORDER BY a.imported_at, a.id",
                (pipeline,),
            )
        ]

    def names(self, article_id: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        rows = self._store.rows(
            'SELECT e.canonical, substr(v.text, e.start + 1, e."end" - e.start), e.label '
            "FROM entities e JOIN articles a ON a.id = e.article_id AND a.version = e.version "
            "JOIN article_versions v ON v.article_id = e.article_id AND v.version = e.version "
            "WHERE e.article_id = %s",
            (article_id,),
        )
        canonical = {(name, label) for name, _, label in rows}
        forms = {(" ".join(surface.split()), label) for _, surface, label in rows}
        return sorted(canonical), sorted(forms)

    def summaries(self, label: str | None = None) -> list[EntitySummary]:
        where = "WHERE e.label = %s" if label else ""
        args: tuple[str, ...] = (label,) if label else ()
        return [
            EntitySummary(r[0], r[1], int(r[2]), int(r[3]))
            for r in self._store.rows(
                "SELECT e.canonical, e.label, count(*), count(DISTINCT e.article_id) "
                "FROM entities e JOIN articles a ON a.id = e.article_id AND a.version = e.version "
                f"{where} GROUP BY e.canonical, e.label "
                "ORDER BY count(DISTINCT e.article_id) DESC, count(*) DESC, e.canonical",
                args,
            )
        ]

    def cooccurring(
        self, canonical: str, label: str, limit: int = 20
    ) -> list[tuple[str, str, int]]:
        rows = self._store.rows(
            "SELECT o.canonical, o.label, count(DISTINCT o.article_id) AS n FROM entities e "
            "JOIN articles a ON a.id = e.article_id AND a.version = e.version "
            "JOIN entities o ON o.article_id = e.article_id AND o.version = e.version "
            "WHERE e.canonical = %s AND e.label = %s AND NOT (o.canonical = %s AND o.label = %s) "
            "AND o.label NOT IN ('DATE', 'MONEY', 'PERCENT') "
            "GROUP BY o.canonical, o.label ORDER BY n DESC, o.canonical LIMIT %s",
            (canonical, label, canonical, label, limit),
        )
        return [(r[0], r[1], int(r[2])) for r in rows]

    def articles_with(self, canonical: str) -> list[str]:
        return [
            r[0]
            for r in self._store.rows(
                "SELECT DISTINCT e.article_id FROM entities e JOIN articles a ON a.id = "
                "e.article_id AND a.version = e.version WHERE e.canonical = %s",
                (canonical,),
            )
        ]

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
        c = correction
        with self._store.transaction() as db:
            row = db.execute(
                "INSERT INTO entity_corrections (action, article_id, surface, label, canonical, "
                "target, created_at) VALUES (%s, %s, %s, %s, %s, %s, %s) RETURNING id",
                (c.action, c.article_id, c.surface, c.label, c.canonical, c.target, _now()),
            ).fetchone()
            bump = "UPDATE articles SET stamp = nextval('change_stamps') WHERE "
            if c.article_id is not None:
                db.execute(bump + "id = %s", (c.article_id,))
            elif c.action == "add" and c.surface:
                db.execute(
                    bump + "id IN (SELECT a.id FROM articles a JOIN article_versions v ON "
                    "v.article_id = a.id AND v.version = a.version WHERE strpos(v.text, %s) > 0)",
                    (c.surface,),
                )
            else:
                db.execute(
                    bump + "id IN (SELECT DISTINCT e.article_id FROM entities e JOIN "
                    "article_versions v ON v.article_id = e.article_id AND v.version = "
                    "e.version WHERE e.canonical = %s OR "
                    'substr(v.text, e.start + 1, e."end" - e.start) = %s)',
                    (c.canonical or "", c.surface or ""),
                )
            return int(row[0]) if row else 0


class PgTranslationStore:
    """The team's translation cache and memory (see
    :class:`reader.store.TranslationStore`)."""

    def __init__(self, store: PgArticleStore) -> None:
        self._store = store

    def get(
        self, provider: str, route: str | None, source: str, target: str, text_hash: str
    ) -> CachedText | None:
        row = self._store.row(
            "SELECT result, edited, unknown, glossary FROM translations WHERE provider = %s "
            "AND source_lang = %s AND target_lang = %s AND text_hash = %s "
            "AND (route = %s OR %s OR edited) ORDER BY edited DESC, created_at DESC LIMIT 1",
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
        now = _now()
        values = [
            (provider, route, source, target, h, c.text, c.edited, now, "\n".join(c.unknown),
             c.glossary)
            for h, c in rows
        ]  # fmt: skip
        with self._store.transaction() as db, db.cursor() as cursor:
            edits = [(v[0], v[1], v[2], v[3], v[4]) for v in values if v[6]]
            if edits:
                cursor.executemany(
                    "DELETE FROM translations WHERE provider = %s AND route <> %s AND "
                    "source_lang = %s AND target_lang = %s AND text_hash = %s AND edited",
                    edits,
                )
            if values:
                cursor.executemany(
                    "INSERT INTO translations (provider, route, source_lang, target_lang, "
                    "text_hash, result, edited, created_at, unknown, glossary) VALUES (%s, %s, "
                    "%s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT (provider, route, source_lang, "
                    "target_lang, text_hash) DO UPDATE SET result = excluded.result, "
                    "edited = excluded.edited, created_at = excluded.created_at, "
                    "unknown = excluded.unknown, glossary = excluded.glossary",
                    values,
                )

    def remember(
        self, source: str, target: str, corrections: Sequence[tuple[str, Correction]]
    ) -> None:
        now = _now()
        rows = [
            (source, target, h, c.sentence, c.machine, c.corrected, c.article_id, now)
            for h, c in corrections
        ]
        if not rows:
            return
        with self._store.transaction() as db, db.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO translation_memory (source_lang, target_lang, sentence_hash, "
                "sentence, machine, corrected, article_id, created_at) VALUES (%s, %s, %s, %s, "
                "%s, %s, %s, %s) ON CONFLICT (source_lang, target_lang, sentence_hash) DO "
                "UPDATE SET sentence = excluded.sentence, machine = excluded.machine, "
                "corrected = excluded.corrected, article_id = excluded.article_id, "
                "created_at = excluded.created_at",
                rows,
            )

    def corrections(self, source: str, target: str, hashes: Iterable[str]) -> dict[str, Correction]:
        rows = self._store.rows(
            "SELECT sentence_hash, sentence, machine, corrected, article_id FROM "
            "translation_memory WHERE source_lang = %s AND target_lang = %s AND "
            "sentence_hash = ANY(%s)",
            (source, target, sorted(set(hashes))),
        )
        return {str(r[0]): Correction(str(r[1]), str(r[2]), str(r[3]), r[4]) for r in rows}
