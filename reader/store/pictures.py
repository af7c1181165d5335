"""The counts the pictures of the corpus draw (the timeline, the entity map), aggregated
by SQLite so that only a few hundred rows leave the database, whatever the library's size.

A set of articles (a search's, a tag's) is passed as one JSON array bound to a single
parameter (``json_each``): tens of thousands of ids would exceed SQLite's limit on
parameters, and a temporary table would be a write on a read connection.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from reader.core.errors import StoreError
from reader.store.articles import ArticleStore

GROUPS = {"source": "a.source", "lang": "a.lang"}
# entity types that are values rather than things a story is about
VALUE_TYPES = ("DATE", "MONEY", "PERCENT")


def _among(ids: Sequence[str] | None, column: str) -> tuple[str, list[str]]:
    """A clause keeping ``column`` in ``ids`` (none when ``ids`` is None: every article)."""
    if ids is None:
        return "", []
    return f" AND {column} IN (SELECT value FROM json_each(?))", [json.dumps(list(ids))]


class PictureStore:
    """Read-only aggregates, through an :class:`ArticleStore`'s connection (the SQL is
    SQLite's: a library held elsewhere says it cannot draw them)."""

    def __init__(self, store: object) -> None:
        if not isinstance(store, ArticleStore):
            raise StoreError("the timeline and the entity map are drawn from a library file")
        self._db = store._db

    def state(self) -> tuple[int, float, int]:
        """Changes whenever an article or its entities change (their stamps move) and
        when an entity correction is made: pictures computed before are stale."""
        row = self._db.execute(
            "SELECT count(*), total(stamp), (SELECT count(*) FROM entity_corrections) FROM articles"
        ).fetchone()
        return int(row[0]), float(row[1]), int(row[2])

    def days(self, ids: Sequence[str] | None, group: str) -> list[tuple[str, str, int]]:
        """``(day, group value, articles)`` for every day some article of ``ids`` was
        published, the group being its source or its language ("" when unknown)."""
        column = GROUPS[group]
        among, args = _among(ids, "a.id")
        rows = self._db.execute(
            f"SELECT substr(a.published, 1, 10) AS day, coalesce({column}, ''), count(*) "
            f"FROM articles a WHERE a.published IS NOT NULL{among} GROUP BY day, 2 ORDER BY day",
            args,
        )
        return [(r[0], r[1], r[2]) for r in rows]

    def published_between(self, first: str, last: str) -> set[str]:
        """The articles published from day ``first`` to day ``last`` (ISO, both kept)."""
        rows = self._db.execute(
            "SELECT id FROM articles WHERE substr(published, 1, 10) BETWEEN ? AND ?",
            (first, last),
        )
        return {r[0] for r in rows}

    def undated(self, ids: Sequence[str] | None) -> int:
        """How many articles of ``ids`` have no publication date."""
        among, args = _among(ids, "a.id")
        row = self._db.execute(
            f"SELECT count(*) FROM articles a WHERE a.published IS NULL{among}", args
        ).fetchone()
        return int(row[0])

    def entity_counts(self, ids: Sequence[str] | None) -> list[tuple[str, str, int, int]]:
        """``(name, type, mentions, articles)`` of every entity of the articles' current
        versions (values such as dates and sums left out), most widespread first."""
        among, args = _among(ids, "e.article_id")
        placeholders = ",".join("?" * len(VALUE_TYPES))
        rows = self._db.execute(
            "SELECT e.canonical, e.label, count(*), count(DISTINCT e.article_id) FROM entities e "
            "JOIN articles a ON a.id = e.article_id AND a.version = e.version "
            f"WHERE e.label NOT IN ({placeholders}){among} GROUP BY e.canonical, e.label "
            "ORDER BY 4 DESC, 3 DESC, e.canonical",
            [*VALUE_TYPES, *args],
        )
        return [(r[0], r[1], r[2], r[3]) for r in rows]

    def memberships(
        self, names: Iterable[tuple[str, str]], ids: Sequence[str] | None
    ) -> list[tuple[str, str, str]]:
        """``(article id, name, type)`` for each article of ``ids`` that mentions one of
        ``names`` (``(name, type)`` pairs), once per article and entity."""
        wanted = json.dumps([list(n) for n in names])
        among, args = _among(ids, "e.article_id")
        rows = self._db.execute(
            "SELECT DISTINCT e.article_id, e.canonical, e.label FROM entities e "
            "JOIN articles a ON a.id = e.article_id AND a.version = e.version "
            "WHERE (e.canonical, e.label) IN (SELECT json_extract(value, '$[0]'), "
            f"json_extract(value, '$[1]') FROM json_each(?)){among}",
            [wanted, *args],
        )
        return [(r[0], r[1], r[2]) for r in rows]

    def published(self, ids: Sequence[str] | None) -> dict[str, str | None]:
        """The publication day of each article of ``ids`` (None: every article)."""
        among, args = _among(ids, "a.id")
        rows = self._db.execute(f"SELECT a.id, a.published FROM articles a WHERE 1{among}", args)
        return {r[0]: r[1] for r in rows}

    def titles(self, ids: Sequence[str], limit: int) -> list[tuple[str, str, str | None]]:
        """``(id, title, date)`` of up to ``limit`` of ``ids``, newest first."""
        among, args = _among(ids, "a.id")
        rows = self._db.execute(
            f"SELECT a.id, a.title, a.published FROM articles a WHERE 1{among} "
            "ORDER BY a.published IS NULL, a.published DESC, a.title LIMIT ?",
            [*args, limit],
        )
        return [(r[0], r[1], r[2]) for r in rows]
