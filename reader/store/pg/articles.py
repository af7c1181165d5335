"""Articles in a team library: the queries of :class:`reader.store.articles.Articles`,
run on PostgreSQL through the library's pool of connections.

A store belongs to one thread, as the SQLite one does, but holds no connection of its
own: each read borrows one from the library's pool, and a transaction keeps the one it
borrowed until it ends (nested, it is a savepoint), so that a batch of writes (an
import) commits whole or not at all. The repositories' SQL is written in SQLite's ``?``
style; :class:`PgWriter` and :meth:`PgArticleStore.rows` turn it into psycopg's.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg_pool import ConnectionPool

from reader.core.model import Article, ArticleSummary
from reader.store.articles import Articles, Row
from reader.store.dialect import POSTGRESQL, pyformat
from reader.store.pg.connect import Link, ServerUnreachable, TeamAddress, guarded

KEPT_ARTICLES = 16  # the articles last read, kept to be shown while the server is away


class PgWriter:
    """A connection inside a transaction, taking the repositories' ``?`` SQL."""

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self.conn = conn

    def execute(self, sql: str, args: Any = (), /) -> psycopg.Cursor[Any]:
        return self.conn.execute(pyformat(sql).encode(), args)

    def executemany(self, sql: str, rows: Any, /) -> None:
        rows = list(rows)
        if rows:
            with self.conn.cursor() as cursor:
                cursor.executemany(pyformat(sql).encode(), rows)


class PgArticleStore(Articles):
    """The articles of one team library, through its pool."""

    dialect = POSTGRESQL

    def __init__(
        self, pool: ConnectionPool, address: TeamAddress, link: Link | None = None
    ) -> None:
        self._pool = pool
        self.address = address
        self._server = link  # whether the server answers, shared with the library's stores
        self._writer: PgWriter | None = None  # inside transaction()

    def close(self) -> None:
        """Nothing to close: the connections belong to the pool."""

    @property
    def in_transaction(self) -> bool:
        return self._writer is not None

    @contextmanager
    def transaction(self) -> Iterator[PgWriter]:
        """One transaction on one connection; nested, a savepoint."""
        if self._writer is not None:
            with guarded(self.address, self._server), self._writer.conn.transaction():
                yield self._writer
            return
        with guarded(self.address, self._server), self._pool.connection() as conn:
            self._writer = PgWriter(conn)
            try:
                with conn.transaction():
                    yield self._writer
            finally:
                self._writer = None

    def rows(self, sql: str, args: Sequence[Any] = ()) -> list[Row]:
        """Every row of a query (on the transaction's connection inside one)."""
        with guarded(self.address, self._server):
            if self._writer is not None:
                return self._writer.execute(sql, args).fetchall()
            query = pyformat(sql).encode()
            try:
                with self._pool.connection() as conn:
                    return conn.execute(query, args).fetchall()
            except psycopg.OperationalError:
                # a connection the server dropped (it restarted): the pool has let it go;
                # a read is asked once more, on a new one
                with self._pool.connection() as conn:
                    return conn.execute(query, args).fetchall()

    # -- what stays readable while the server is away ---------------------------------

    def summaries(
        self,
        *,
        sort: str = "title",
        descending: bool = False,
        ids: Sequence[str] | None = None,
    ) -> list[ArticleSummary]:
        try:
            found = super().summaries(sort=sort, descending=descending, ids=ids)
        except ServerUnreachable:
            kept = self._server.rows if self._server is not None else {}
            if ids is None or any(i not in kept for i in ids):
                raise
            return [kept[i] for i in ids]
        if self._server is not None:
            self._server.rows.update((s.id, s) for s in found)
        return found

    def get(self, article_id: str) -> Article:
        try:
            article = super().get(article_id)
        except ServerUnreachable:
            kept = self._server.articles if self._server is not None else {}
            if article_id not in kept:
                raise
            return kept[article_id]  # type: ignore[no-any-return]
        if self._server is not None:
            recent = self._server.articles
            recent.pop(article_id, None)
            recent[article_id] = article
            while len(recent) > KEPT_ARTICLES:
                recent.pop(next(iter(recent)))
        return article

    def current_role(self) -> str:
        """The PostgreSQL role this desktop signs in as: the author of its notes."""
        row = self.row("SELECT current_user")
        return str(row[0]) if row else ""

    def signature(self) -> tuple[int, int]:
        """Changes when anyone changes what the search index reflects: stamps come from
        one sequence, so the largest moves with every change."""
        row = self.row("SELECT coalesce(max(stamp), 0), count(*) FROM articles")
        return (int(row[0]), int(row[1])) if row else (0, 0)

    # -- settings (each person's own) --------------------------------------------------

    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.row("SELECT value FROM settings WHERE owner = current_user AND key = ?", (key,))
        return default if row is None else str(row[0])

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (owner, key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def delete_setting(self, key: str) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM settings WHERE owner = current_user AND key = ?", (key,))
