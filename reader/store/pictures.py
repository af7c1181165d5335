"""The counts the pictures of the corpus draw (the timeline, the entity map), aggregated
by SQLite so that only a few hundred rows leave the database, whatever the library's size.

A set of articles (a search's, a tag's) is passed as one JSON array bound to a single
parameter (``json_each``): tens of thousands of ids would exceed SQLite's limit on
parameters, and a temporary table would be a write on a read connection.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reader.core.errors import StoreError
from reader.store.articles import ArticleStore

GROUPS = {"source": "a.source", "lang": "a.lang"}
# entity types that are values rather than things a story is about
VALUE_TYPES = ("DATE", "MONEY", "PERCENT")
DAY = "substr(a.published, 1, 10)"
VALID = f"date({DAY}) IS {DAY}"  # a real day (date() moves 31 February on)
# the first day of the day's, week's (ISO: Monday) or month's bucket
STARTS = {
    "day": DAY,
    "week": f"date({DAY}, '-6 days', 'weekday 1')",
    "month": f"substr({DAY}, 1, 7) || '-01'",
}


@dataclass(frozen=True)
class Dates:
    """The articles published from day ``first`` to day ``last`` (ISO, both kept): a
    range brushed on the timeline, chosen by SQLite rather than listed by id."""

    first: str
    last: str


Among = Sequence[str] | Dates | None  # some articles by id, a range of dates, or all


def _among(ids: Among, column: str) -> tuple[str, list[str]]:
    """A clause keeping ``column`` (an article id) in ``ids`` (none when ``ids`` is None:
    every article)."""
    if ids is None:
        return "", []
    if isinstance(ids, Dates):  # the articles first (a scan of the entities was 25x dearer)
        within = "SELECT id FROM articles WHERE substr(published, 1, 10) BETWEEN ? AND ?"
        return f" AND {column} IN ({within})", [ids.first, ids.last]
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

    def span(self, ids: Among) -> tuple[str, str] | None:
        """The first and last day (ISO) an article of ``ids`` was published; None when
        none has a date that is a day."""
        among, args = _among(ids, "a.id")
        row = self._db.execute(
            f"SELECT min({DAY}), max({DAY}) FROM articles a WHERE {VALID}{among}", args
        ).fetchone()
        return (row[0], row[1]) if row and row[0] else None

    def days(self, ids: Among, group: str, bucket: str = "day") -> list[tuple[str, str, int]]:
        """``(first day, group value, articles)`` for every day, week or month
        (``bucket``) some article of ``ids`` was published, the group being its source or
        its language ("" when unknown): counted by SQLite, so a few thousand rows at
        most reach Python. A date that is not a day is returned as it is, per day."""
        column = GROUPS[group]
        start = STARTS[bucket]
        among, args = _among(ids, "a.id")
        rows = self._db.execute(
            f"SELECT CASE WHEN {VALID} THEN {start} ELSE {DAY} END AS day, "
            f"coalesce({column}, ''), count(*) FROM articles a "
            f"WHERE a.published IS NOT NULL{among} GROUP BY day, 2 ORDER BY day",
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

    def undated(self, ids: Among) -> int:
        """How many articles of ``ids`` have no publication date."""
        among, args = _among(ids, "a.id")
        row = self._db.execute(
            f"SELECT count(*) FROM articles a WHERE a.published IS NULL{among}", args
        ).fetchone()
        return int(row[0])

    def count(self, ids: Among) -> int:
        """How many articles ``ids`` holds."""
        among, args = _among(ids, "a.id")
        row = self._db.execute(f"SELECT count(*) FROM articles a WHERE 1{among}", args).fetchone()
        return int(row[0])

    def entity_counts(self, ids: Among) -> list[tuple[str, str, int, int]]:
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

    def entity_links(
        self, names: Iterable[tuple[str, str, int]], ids: Among, newest: int
    ) -> tuple[dict[int, int], dict[tuple[int, int], int], dict[int, list[tuple[str, str]]]]:
        """What the entity map draws of its chosen entities, counted by SQLite in one
        statement: ``names`` are ``(name, type, node)`` (several names may make one node,
        an alias and its entity). Returns the articles of ``ids`` each node is in, the
        articles each pair of nodes shares, and each node's ``newest`` articles as
        ``(id, title)``, newest first — a few hundred rows whatever the library's size,
        and the interpreter's lock left to the window while SQLite counts."""
        wanted = json.dumps([list(n) for n in names])
        among, args = _among(ids, "e.article_id")
        rows = self._db.execute(
            "WITH wanted(name, label, node) AS (SELECT json_extract(value, '$[0]'), "
            "json_extract(value, '$[1]'), json_extract(value, '$[2]') FROM json_each(?)), "
            "found AS MATERIALIZED (SELECT DISTINCT e.article_id AS id, w.node AS node "
            "FROM wanted w JOIN entities e ON e.canonical = w.name AND e.label = w.label "
            f"JOIN articles a ON a.id = e.article_id AND a.version = e.version WHERE 1{among}), "
            "pairs AS (SELECT x.node AS a, y.node AS b, count(*) AS n FROM found x "
            "JOIN found y ON x.id = y.id AND x.node < y.node GROUP BY 1, 2), "
            "sizes AS (SELECT node, count(*) AS n FROM found GROUP BY node), "
            "ranked AS (SELECT f.node, f.id, a.title, row_number() OVER (PARTITION BY f.node "
            "ORDER BY a.published IS NULL, a.published DESC, f.id DESC) AS rank "
            "FROM found f JOIN articles a ON a.id = f.id) "
            "SELECT 0, a, b, n, NULL FROM pairs UNION ALL SELECT 1, node, NULL, n, NULL FROM sizes "
            "UNION ALL SELECT 2, node, id, rank, title FROM ranked WHERE rank <= ?",
            [wanted, *args, newest],
        )
        sizes: dict[int, int] = {}
        pairs: dict[tuple[int, int], int] = {}
        shown: dict[int, list[tuple[int, str, str]]] = {}
        for kind, a, b, n, title in rows:
            if kind == 0:
                pairs[(int(a), int(b))] = int(n)
            elif kind == 1:
                sizes[int(a)] = int(n)
            else:
                shown.setdefault(int(a), []).append((int(n), str(b), title or ""))
        titles = {node: [(i, t) for _, i, t in sorted(found)] for node, found in shown.items()}
        return sizes, pairs, titles
