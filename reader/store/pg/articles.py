"""Articles, their versions and spans in a team library: the PostgreSQL twin of
:class:`reader.store.articles.ArticleStore`, with the same methods and answers.

A store belongs to one thread, as the SQLite one does, but holds no connection of its
own: each read borrows one from the library's pool, and a transaction keeps the one it
borrowed until it ends (nested, it is a savepoint), so that a batch of writes (an
import) commits whole or not at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg_pool import ConnectionPool

from reader.core.errors import Ambiguous, NotFound
from reader.core.model import Article, ArticleSummary, ImportStatus, ParsedArticle, Span, SpanKind
from reader.core.text import article_id_for, content_hash
from reader.store.articles import StoredResult
from reader.store.pg.connect import TeamAddress, reported

Row = tuple[Any, ...]
_SORTS = {
    "title": 'lower(a.title) COLLATE "C"',
    "source": 'lower(a.source) COLLATE "C"',
    "lang": 'a.lang COLLATE "C"',
    "date": 'a.published COLLATE "C"',
    "imported": 'a.imported_at COLLATE "C"',
    "annotations": "(SELECT count(*) FROM annotations n WHERE n.article_id = a.id)",
}


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class PgArticleStore:
    """The articles of one team library, through its pool."""

    def __init__(self, pool: ConnectionPool, address: TeamAddress) -> None:
        self._pool = pool
        self.address = address
        self._conn: psycopg.Connection[Any] | None = None  # inside transaction()

    def close(self) -> None:
        """Nothing to close: the connections belong to the pool."""

    @contextmanager
    def transaction(self) -> Iterator[psycopg.Connection[Any]]:
        """One transaction on one connection; nested, a savepoint."""
        if self._conn is not None:
            with reported(self.address), self._conn.transaction():
                yield self._conn
            return
        with reported(self.address), self._pool.connection() as conn:
            self._conn = conn
            try:
                with conn.transaction():
                    yield conn
            finally:
                self._conn = None

    def rows(self, sql: str, args: Sequence[Any] = ()) -> list[Row]:
        """Every row of a query (on the transaction's connection inside one)."""
        with reported(self.address):
            if self._conn is not None:
                return self._conn.execute(sql.encode(), args).fetchall()
            try:
                with self._pool.connection() as conn:
                    return conn.execute(sql.encode(), args).fetchall()
            except psycopg.OperationalError:
                # a connection the server dropped (it restarted): the pool has let it go;
                # a read is asked once more, on a new one
                with self._pool.connection() as conn:
                    return conn.execute(sql.encode(), args).fetchall()

    def row(self, sql: str, args: Sequence[Any] = ()) -> Row | None:
        found = self.rows(sql, args)
        return found[0] if found else None

    def current_role(self) -> str:
        """The PostgreSQL role this desktop signs in as: the author of its notes."""
        row = self.row("SELECT current_user")
        return str(row[0]) if row else ""

    # -- writing -----------------------------------------------------------------------

    def save(self, parsed: ParsedArticle) -> StoredResult:
        """Store a parsed file (see :meth:`ArticleStore.save`)."""
        digest = content_hash(parsed.text)
        now = _now()
        with self.transaction() as db:
            row = db.execute(
                "SELECT a.id, a.version, v.content_hash, a.title FROM article_origins o "
                "JOIN articles a ON a.id = o.article_id "
                "JOIN article_versions v ON v.article_id = a.id AND v.version = a.version "
                "WHERE o.origin = %s FOR UPDATE OF a",
                (parsed.origin,),
            ).fetchone()
            if row is not None:
                article_id, version, old_hash, title = row
                if old_hash == digest:
                    return StoredResult(ImportStatus.UNCHANGED, article_id, title)
                version += 1
                db.execute(
                    "UPDATE articles SET title = %s, source = %s, lang = %s, published = %s, "
                    "fmt = %s, version = %s, updated_at = %s, "
                    "stamp = nextval('change_stamps') WHERE id = %s",
                    (
                        parsed.title,
                        parsed.source,
                        parsed.lang,
                        parsed.date,
                        parsed.fmt,
                        version,
                        now,
                        article_id,
                    ),
                )
                self._insert_version(db, article_id, version, parsed, digest, now)
                return StoredResult(ImportStatus.UPDATED, article_id, parsed.title)

            twin = db.execute(
                "SELECT a.id, a.title FROM articles a JOIN article_versions v "
                "ON v.article_id = a.id AND v.version = a.version WHERE v.content_hash = %s "
                "ORDER BY a.imported_at, a.id LIMIT 1",
                (digest,),
            ).fetchone()
            if twin is not None:
                self._link(db, parsed.origin, twin[0], now)
                return StoredResult(
                    ImportStatus.UNCHANGED,
                    twin[0],
                    twin[1],
                    note="same text as an article already in the library; "
                    "this file's later changes update that article",
                )
            article_id = article_id_for(parsed.text)
            while db.execute("SELECT 1 FROM articles WHERE id = %s", (article_id,)).fetchone():
                article_id = article_id_for(article_id + parsed.origin)
            db.execute(
                "INSERT INTO articles (id, origin, title, source, lang, published, fmt, version, "
                "imported_at, updated_at) VALUES (%s, %s, %s, %s, %s, %s, %s, 1, %s, %s)",
                (
                    article_id,
                    parsed.origin,
                    parsed.title,
                    parsed.source,
                    parsed.lang,
                    parsed.date,
                    parsed.fmt,
                    now,
                    now,
                ),
            )
            self._link(db, parsed.origin, article_id, now)
            self._insert_version(db, article_id, 1, parsed, digest, now)
            return StoredResult(ImportStatus.IMPORTED, article_id, parsed.title)

    @staticmethod
    def _link(db: psycopg.Connection[Any], origin: str, article_id: str, now: str) -> None:
        db.execute(
            "INSERT INTO article_origins (origin, article_id, linked_at) VALUES (%s, %s, %s)",
            (origin, article_id, now),
        )

    @staticmethod
    def _insert_version(
        db: psycopg.Connection[Any],
        article_id: str,
        version: int,
        parsed: ParsedArticle,
        digest: str,
        now: str,
    ) -> None:
        db.execute(
            "INSERT INTO article_versions (article_id, version, text, content_hash, created_at) "
            "VALUES (%s, %s, %s, %s, %s)",
            (article_id, version, parsed.text, digest, now),
        )
        with db.cursor() as cursor:
            cursor.executemany(
                'INSERT INTO spans (article_id, version, start, "end", kind, lang) '
                "VALUES (%s, %s, %s, %s, %s, %s)",
                [(article_id, version, s.start, s.end, s.kind.value, s.lang) for s in parsed.spans],
            )

    # -- reading -----------------------------------------------------------------------

    def origins(self, article_id: str) -> list[str]:
        rows = self.rows(
            "SELECT origin FROM article_origins WHERE article_id = %s ORDER BY linked_at, seq",
            (article_id,),
        )
        return [r[0] for r in rows]

    def count(self) -> int:
        row = self.row("SELECT count(*) FROM articles")
        return int(row[0]) if row else 0

    def resolve(self, ref: str) -> str:
        """The id of the article whose id is ``ref`` or starts with it."""
        ref = ref.strip().lower()
        if not ref:
            raise NotFound("no article id given")
        rows = self.rows(
            'SELECT id FROM articles WHERE starts_with(id, %s) ORDER BY id COLLATE "C" LIMIT 3',
            (ref,),
        )
        if not rows:
            raise NotFound(f"no article with id {ref!r}; `reader list` shows the ids")
        if len(rows) > 1 and rows[0][0] != ref:
            raise Ambiguous(f"{ref!r} matches several articles; give more characters of the id")
        return str(rows[0][0])

    def summaries(
        self,
        *,
        sort: str = "title",
        descending: bool = False,
        ids: Sequence[str] | None = None,
    ) -> list[ArticleSummary]:
        order = _SORTS.get(sort, _SORTS["title"]) + (" DESC" if descending else "")
        where, args = ("WHERE a.id = ANY(%s)", [list(ids)]) if ids is not None else ("", [])
        rows = self.rows(
            "SELECT a.id, a.title, a.source, a.lang, a.published, a.version, a.imported_at, "
            "(SELECT count(*) FROM spans s WHERE s.article_id = a.id AND s.version = a.version "
            "AND s.kind IN ('lead', 'paragraph', 'quote')), "
            "(SELECT count(*) FROM annotations n WHERE n.article_id = a.id) "
            f'FROM articles a {where} ORDER BY {order}, a.id COLLATE "C"',
            args,
        )
        return [
            ArticleSummary(
                id=r[0],
                title=r[1],
                source=r[2],
                lang=r[3],
                date=r[4],
                paragraphs=int(r[7]),
                version=r[5],
                imported_at=r[6],
                annotations=int(r[8]),
            )
            for r in rows
        ]

    def ids(
        self,
        *,
        sort: str = "title",
        descending: bool = False,
        text: str = "",
        source: str | None = None,
        lang: str | None = None,
        tag: str | None = None,
    ) -> list[str]:
        order = _SORTS.get(sort, _SORTS["title"]) + (" DESC" if descending else "")
        clauses: list[str] = []
        args: list[str] = []
        if text.strip():
            clauses.append("(a.title ILIKE %s ESCAPE '\\' OR a.source ILIKE %s ESCAPE '\\')")
            pattern = "%" + like_escape(text.strip()) + "%"
            args += [pattern, pattern]
        if source is not None:
            clauses.append("a.source IS NOT DISTINCT FROM %s")
            args.append(source)
        if lang is not None:
            clauses.append("a.lang IS NOT DISTINCT FROM %s")
            args.append(lang)
        if tag:
            key = " ".join(tag.split()).casefold()
            sub = like_escape(key) + "/%"
            clauses.append(
                "a.id IN (SELECT n.article_id FROM annotations n JOIN annotation_tags x ON "
                "x.annotation_id = n.id JOIN tags t ON t.id = x.tag_id WHERE t.key = %s OR "
                "t.key LIKE %s ESCAPE '\\' UNION SELECT y.article_id FROM article_tags y JOIN "
                "tags t ON t.id = y.tag_id WHERE t.key = %s OR t.key LIKE %s ESCAPE '\\')"
            )
            args += [key, sub, key, sub]
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self.rows(
            f'SELECT a.id FROM articles a {where} ORDER BY {order}, a.id COLLATE "C"', args
        )
        return [r[0] for r in rows]

    def languages(self) -> list[tuple[str, int]]:
        rows = self.rows(
            "SELECT lang, count(*) FROM articles WHERE lang IS NOT NULL "
            'GROUP BY lang ORDER BY count(*) DESC, lang COLLATE "C"'
        )
        return [(r[0], int(r[1])) for r in rows]

    def get(self, article_id: str) -> Article:
        row = self.row(
            "SELECT a.id, a.title, a.source, a.lang, a.published, a.origin, a.version, "
            "v.text, v.content_hash, a.stamp FROM articles a JOIN article_versions v "
            "ON v.article_id = a.id AND v.version = a.version WHERE a.id = %s",
            (article_id,),
        )
        if row is None:
            raise NotFound(f"no article with id {article_id!r}")
        spans = tuple(
            Span(start, end, SpanKind(kind), lang)
            for start, end, kind, lang in self.rows(
                'SELECT start, "end", kind, lang FROM spans WHERE article_id = %s AND '
                'version = %s ORDER BY start, "end" DESC',
                (article_id, row[6]),
            )
        )
        tags = tuple(
            r[0]
            for r in self.rows(
                "SELECT t.name FROM article_tags x JOIN tags t ON t.id = x.tag_id "
                "WHERE x.article_id = %s ORDER BY t.key",
                (article_id,),
            )
        )
        return Article(
            id=row[0],
            title=row[1],
            source=row[2],
            lang=row[3],
            date=row[4],
            origin=row[5],
            version=row[6],
            text=row[7],
            content_hash=row[8],
            spans=spans,
            stamp=int(row[9]),
            tags=tags,
        )

    def signature(self) -> tuple[int, int]:
        """Changes when anyone changes what the search index reflects: stamps come from
        one sequence, so the largest moves with every change."""
        row = self.row("SELECT coalesce(max(stamp), 0), count(*) FROM articles")
        return (int(row[0]), int(row[1])) if row else (0, 0)

    def stamps(self) -> dict[str, int]:
        return {r[0]: int(r[1]) for r in self.rows("SELECT id, stamp FROM articles")}

    def sources(self) -> list[tuple[str, int]]:
        rows = self.rows(
            "SELECT source, count(*) FROM articles WHERE source IS NOT NULL "
            'GROUP BY source ORDER BY lower(source) COLLATE "C", source COLLATE "C"'
        )
        return [(r[0], int(r[1])) for r in rows]

    # -- settings (each person's own) --------------------------------------------------

    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.row("SELECT value FROM settings WHERE owner = current_user AND key = %s", (key,))
        return default if row is None else str(row[0])

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO settings (key, value) VALUES (%s, %s) "
                "ON CONFLICT (owner, key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def delete_setting(self, key: str) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM settings WHERE owner = current_user AND key = %s", (key,))
