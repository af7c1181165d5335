"""Annotations and tags in SQLite.

Each annotation keeps both W3C selectors (position and quote, as JSON) and the article
version it was last anchored on. Tags are case-insensitive (a key column) but keep the
user's spelling; renaming onto an existing tag merges the two. Every change that search
reflects moves the article's stamp, in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Sequence

from reader.core.errors import NotFound, ReaderError
from reader.core.model import Annotation, TagSummary
from reader.store.articles import ArticleStore

_SELECT = (
    "SELECT n.id, n.article_id, n.selectors, n.color, n.note, n.status, n.version, "
    "n.created_at, n.modified_at, (SELECT group_concat(t.name, char(31)) FROM annotation_tags x "
    "JOIN tags t ON t.id = x.tag_id WHERE x.annotation_id = n.id) FROM annotations n"
)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def tag_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _row(row: Sequence[object]) -> Annotation:
    selectors = json.loads(str(row[2]))
    position, quote = selectors["position"], selectors["quote"]
    tags = tuple(sorted(str(row[9]).split("\x1f"), key=str.casefold)) if row[9] else ()
    return Annotation(
        id=str(row[0]),
        article_id=str(row[1]),
        start=int(position["start"]),
        end=int(position["end"]),
        exact=quote["exact"],
        prefix=quote["prefix"],
        suffix=quote["suffix"],
        color=str(row[3]),
        note=str(row[4]),
        tags=tags,
        status=str(row[5]),
        version=int(str(row[6])),
        created=str(row[7]),
        modified=str(row[8]),
    )


def selectors_json(a: Annotation) -> str:
    return json.dumps(
        {
            "position": {"start": a.start, "end": a.end},
            "quote": {"exact": a.exact, "prefix": a.prefix, "suffix": a.suffix},
        },
        ensure_ascii=False,
    )


class AnnotationStore:
    def __init__(self, store: ArticleStore) -> None:
        self._store = store
        self._db = store._db

    # -- annotations -------------------------------------------------------------------

    def get(self, annotation_id: str) -> Annotation:
        row = self._db.execute(_SELECT + " WHERE n.id = ?", (annotation_id,)).fetchone()
        if row is None:
            raise NotFound(f"no annotation with id {annotation_id!r}")
        return _row(row)

    def find(self, article_id: str | None = None, tag: str | None = None) -> list[Annotation]:
        clauses, args = [], []
        if article_id:
            clauses.append("n.article_id = ?")
            args.append(article_id)
        if tag:
            key = tag_key(tag)
            clauses.append(
                "n.id IN (SELECT x.annotation_id FROM annotation_tags x JOIN tags t "
                "ON t.id = x.tag_id WHERE t.key = ? OR t.key LIKE ? ESCAPE '\\')"
            )
            args += [key, key.replace("%", "\\%").replace("_", "\\_") + "/%"]
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._db.execute(
            _SELECT + where + " ORDER BY n.article_id, json_extract(n.selectors, "
            "'$.position.start'), n.created_at",
            args,
        )
        return [_row(r) for r in rows]

    def save(self, annotation: Annotation) -> Annotation:
        """Insert or replace an annotation with its tags."""
        now = _now()
        a = annotation
        with self._store.transaction() as db:
            created = a.created or now
            db.execute(
                "INSERT INTO annotations (id, article_id, version, selectors, color, note, status, "
                "created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO "
                "UPDATE SET version = excluded.version, selectors = excluded.selectors, "
                "color = excluded.color, note = excluded.note, status = excluded.status, "
                "modified_at = excluded.modified_at",
                (
                    a.id,
                    a.article_id,
                    a.version,
                    selectors_json(a),
                    a.color,
                    a.note,
                    a.status,
                    created,
                    now,
                ),
            )
            db.execute("DELETE FROM annotation_tags WHERE annotation_id = ?", (a.id,))
            for tag_id in self._tag_ids(db, a.tags):
                db.execute("INSERT OR IGNORE INTO annotation_tags VALUES (?, ?)", (a.id, tag_id))
            self._bump(db, [a.article_id])
        return self.get(a.id)

    def delete(self, annotation_id: str) -> None:
        with self._store.transaction() as db:
            row = db.execute(
                "SELECT article_id FROM annotations WHERE id = ?", (annotation_id,)
            ).fetchone()
            if row is None:
                raise NotFound(f"no annotation with id {annotation_id!r}")
            db.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))
            self._bump(db, [row[0]])

    def behind_their_article(self) -> list[str]:
        """The articles with annotations anchored on an older version of their text."""
        rows = self._db.execute(
            "SELECT DISTINCT n.article_id FROM annotations n JOIN articles a "
            "ON a.id = n.article_id WHERE n.version <> a.version ORDER BY n.article_id"
        )
        return [r[0] for r in rows]

    def counts(self) -> dict[str, int]:
        """Annotations per article id."""
        return {
            r[0]: r[1]
            for r in self._db.execute(
                "SELECT article_id, count(*) FROM annotations GROUP BY article_id"
            )
        }

    # -- tags --------------------------------------------------------------------------

    @staticmethod
    def _tag_ids(db: sqlite3.Connection, names: Iterable[str]) -> list[int]:
        ids = []
        for name in names:
            clean = " ".join(name.split()).strip("/").strip()
            if not clean:
                if name.strip():  # "///", " / ": a tag meant, with nothing to name it
                    raise ReaderError(f"a tag needs a name: {name!r} has only slashes")
                continue  # an empty entry
            if "," in clean:
                raise ReaderError(f"a tag cannot contain a comma: {clean!r}")
            db.execute(
                "INSERT OR IGNORE INTO tags (name, key) VALUES (?, ?)", (clean, tag_key(clean))
            )
            ids.append(
                int(
                    db.execute("SELECT id FROM tags WHERE key = ?", (tag_key(clean),)).fetchone()[0]
                )
            )
        return ids

    def set_article_tags(self, article_id: str, names: Sequence[str]) -> None:
        with self._store.transaction() as db:
            db.execute("DELETE FROM article_tags WHERE article_id = ?", (article_id,))
            for tag_id in self._tag_ids(db, names):
                db.execute("INSERT OR IGNORE INTO article_tags VALUES (?, ?)", (article_id, tag_id))
            self._bump(db, [article_id])

    def tags(self) -> list[TagSummary]:
        rows = self._db.execute(
            "SELECT t.name, (SELECT count(*) FROM annotation_tags x WHERE x.tag_id = t.id), "
            "(SELECT count(DISTINCT a) FROM (SELECT n.article_id AS a FROM annotation_tags x "
            "JOIN annotations n ON n.id = x.annotation_id WHERE x.tag_id = t.id UNION "
            "SELECT y.article_id FROM article_tags y WHERE y.tag_id = t.id)) FROM tags t "
            "ORDER BY t.key"
        )
        return [TagSummary(r[0], r[1], r[2]) for r in rows]

    def rename_tag(self, old: str, new: str) -> None:
        """Rename a tag (and its sub-tags); onto an existing tag, the two merge. Onto one
        of its own sub-tags (``x`` to ``x/y``), ``x`` merges into ``x/y`` once and its
        other sub-tags move under ``x/y``; ``x/y``'s own stay where they are."""
        clean = " ".join(new.split()).strip("/")
        if not clean:
            raise ReaderError("a tag needs a name")
        with self._store.transaction() as db:
            rows = db.execute(
                "SELECT id, name FROM tags WHERE key = ? OR key LIKE ? ESCAPE '\\'",
                (tag_key(old), tag_key(old).replace("%", "\\%").replace("_", "\\_") + "/%"),
            ).fetchall()
            if not rows:
                raise NotFound(f"no tag {old!r}")
            touched = self._articles_of(db, [r[0] for r in rows])
            old_key, new_key = tag_key(old).strip("/"), tag_key(clean)
            for tag_id, name in rows:
                key = tag_key(name)
                if new_key.startswith(old_key + "/") and (
                    key == new_key or key.startswith(new_key + "/")
                ):
                    continue  # onto a sub-tag: that one and its own are already in place
                renamed = clean + name[len(" ".join(old.split()).strip("/")) :]
                target = db.execute(
                    "SELECT id FROM tags WHERE key = ?", (tag_key(renamed),)
                ).fetchone()
                if target is None or target[0] == tag_id:
                    db.execute(
                        "UPDATE tags SET name = ?, key = ? WHERE id = ?",
                        (renamed, tag_key(renamed), tag_id),
                    )
                    continue
                for table, column in (
                    ("annotation_tags", "annotation_id"),
                    ("article_tags", "article_id"),
                ):
                    db.execute(
                        f"INSERT OR IGNORE INTO {table} ({column}, tag_id) SELECT {column}, ? "
                        f"FROM {table} WHERE tag_id = ?",
                        (target[0], tag_id),
                    )
                db.execute("DELETE FROM tags WHERE id = ?", (tag_id,))
            self._bump(db, touched)

    def delete_tag(self, name: str) -> None:
        with self._store.transaction() as db:
            row = db.execute("SELECT id FROM tags WHERE key = ?", (tag_key(name),)).fetchone()
            if row is None:
                raise NotFound(f"no tag {name!r}")
            touched = self._articles_of(db, [row[0]])
            db.execute("DELETE FROM tags WHERE id = ?", (row[0],))
            self._bump(db, touched)

    def prune_tags(self) -> None:
        """Forget tags that no passage and no article uses any more."""
        with self._store.transaction() as db:
            db.execute(
                "DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM annotation_tags) "
                "AND id NOT IN (SELECT tag_id FROM article_tags)"
            )

    def article_tags(self) -> dict[str, tuple[str, ...]]:
        """Every article's own tags (not its passages')."""
        tags: dict[str, list[str]] = {}
        for article_id, name in self._db.execute(
            "SELECT y.article_id, t.name FROM article_tags y JOIN tags t ON t.id = y.tag_id"
        ):
            tags.setdefault(article_id, []).append(name)
        return {k: tuple(sorted(v, key=str.casefold)) for k, v in tags.items()}

    @staticmethod
    def _articles_of(db: sqlite3.Connection, tag_ids: Sequence[int]) -> list[str]:
        marks = ",".join("?" * len(tag_ids))
        rows = db.execute(
            f"SELECT n.article_id FROM annotation_tags x JOIN annotations n ON n.id = "
            f"x.annotation_id WHERE x.tag_id IN ({marks}) UNION SELECT article_id FROM "
            f"article_tags WHERE tag_id IN ({marks})",
            [*tag_ids, *tag_ids],
        )
        return [r[0] for r in rows]

    @staticmethod
    def _bump(db: sqlite3.Connection, article_ids: Iterable[str]) -> None:
        db.executemany(
            "UPDATE articles SET stamp = stamp + 1 WHERE id = ?", [(i,) for i in set(article_ids)]
        )
