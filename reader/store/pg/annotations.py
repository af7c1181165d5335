"""Annotations and tags in a team library: the PostgreSQL twin of
:class:`reader.store.AnnotationStore`.

Each annotation belongs to the role that made it (its author) and is private or shared
with the team. Row-level security (see :mod:`reader.store.pg.schema`) decides what a role
sees and may change, so every query here is written as if the library held only the
visible annotations — which, for that role, it does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

import psycopg

from reader.core.errors import NotFound, ReaderError
from reader.core.model import Annotation, TagSummary
from reader.store.annotations import selectors_json, tag_key
from reader.store.pg.articles import PgArticleStore, like_escape

_SELECT = (
    "SELECT n.id, n.article_id, n.selectors, n.color, n.note, n.status, n.version, "
    "n.created_at, n.modified_at, (SELECT string_agg(t.name, chr(31)) FROM annotation_tags x "
    "JOIN tags t ON t.id = x.tag_id WHERE x.annotation_id = n.id), n.owner, n.shared "
    "FROM annotations n"
)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _row(row: Sequence[Any]) -> Annotation:
    selectors = row[2]
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
        version=int(row[6]),
        created=str(row[7]),
        modified=str(row[8]),
        author=str(row[10]),
        shared=bool(row[11]),
    )


class PgAnnotationStore:
    def __init__(self, store: PgArticleStore) -> None:
        self._store = store

    def get(self, annotation_id: str) -> Annotation:
        row = self._store.row(_SELECT + " WHERE n.id = %s", (annotation_id,))
        if row is None:
            raise NotFound(f"no annotation with id {annotation_id!r}")
        return _row(row)

    def find(self, article_id: str | None = None, tag: str | None = None) -> list[Annotation]:
        clauses, args = [], []
        if article_id:
            clauses.append("n.article_id = %s")
            args.append(article_id)
        if tag:
            key = tag_key(tag)
            clauses.append(
                "n.id IN (SELECT x.annotation_id FROM annotation_tags x JOIN tags t "
                "ON t.id = x.tag_id WHERE t.key = %s OR t.key LIKE %s ESCAPE '\\')"
            )
            args += [key, like_escape(key) + "/%"]
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._store.rows(
            _SELECT + where + " ORDER BY n.article_id, "
            "(n.selectors->'position'->>'start')::int, n.created_at",
            args,
        )
        return [_row(r) for r in rows]

    def save(self, annotation: Annotation) -> Annotation:
        """Insert or replace an annotation with its tags (its author is the role saving
        it; another role's annotation cannot be changed: the server refuses)."""
        now = _now()
        a = annotation
        with self._store.transaction() as db:
            mine = db.execute(
                "SELECT owner = current_user, owner FROM annotations WHERE id = %s", (a.id,)
            ).fetchone()
            if mine is not None and not mine[0]:
                raise ReaderError(f"this note is {mine[1]}'s: only its author can change it")
            db.execute(
                "INSERT INTO annotations (id, article_id, version, selectors, color, note, "
                "status, created_at, modified_at, shared) VALUES (%s, %s, %s, %s::jsonb, %s, "
                "%s, %s, %s, %s, %s) ON CONFLICT (id) DO UPDATE SET version = excluded.version, "
                "selectors = excluded.selectors, color = excluded.color, note = excluded.note, "
                "status = excluded.status, modified_at = excluded.modified_at, "
                "shared = excluded.shared",
                (
                    a.id,
                    a.article_id,
                    a.version,
                    selectors_json(a),
                    a.color,
                    a.note,
                    a.status,
                    a.created or now,
                    now,
                    a.shared,
                ),
            )
            db.execute("DELETE FROM annotation_tags WHERE annotation_id = %s", (a.id,))
            for tag_id in self._tag_ids(db, a.tags):
                db.execute(
                    "INSERT INTO annotation_tags VALUES (%s, %s) ON CONFLICT DO NOTHING",
                    (a.id, tag_id),
                )
            self._bump(db, [a.article_id])
        return self.get(a.id)

    def delete(self, annotation_id: str) -> None:
        with self._store.transaction() as db:
            row = db.execute(
                "DELETE FROM annotations WHERE id = %s RETURNING article_id", (annotation_id,)
            ).fetchone()
            if row is None:
                raise NotFound(f"no annotation with id {annotation_id!r} of yours")
            self._bump(db, [row[0]])

    def behind_their_article(self) -> list[str]:
        """The articles where this role's annotations are anchored on an older version
        (each author re-anchors their own: others' cannot be changed)."""
        rows = self._store.rows(
            "SELECT n.article_id FROM annotations n JOIN articles a ON a.id = n.article_id "
            "WHERE n.version <> a.version AND n.owner = current_user GROUP BY n.article_id "
            'ORDER BY n.article_id COLLATE "C"'
        )
        return [r[0] for r in rows]

    def counts(self) -> dict[str, int]:
        rows = self._store.rows("SELECT article_id, count(*) FROM annotations GROUP BY article_id")
        return {r[0]: int(r[1]) for r in rows}

    # -- tags (the team's) -------------------------------------------------------------

    @staticmethod
    def _tag_ids(db: psycopg.Connection[Any], names: Iterable[str]) -> list[int]:
        ids = []
        for name in names:
            clean = " ".join(name.split()).strip("/").strip()
            if not clean:
                if name.strip():
                    raise ReaderError(f"a tag needs a name: {name!r} has only slashes")
                continue
            if "," in clean:
                raise ReaderError(f"a tag cannot contain a comma: {clean!r}")
            db.execute(
                "INSERT INTO tags (name, key) VALUES (%s, %s) ON CONFLICT (key) DO NOTHING",
                (clean, tag_key(clean)),
            )
            row = db.execute("SELECT id FROM tags WHERE key = %s", (tag_key(clean),)).fetchone()
            assert row is not None  # inserted just above, or there already
            ids.append(int(row[0]))
        return ids

    def set_article_tags(self, article_id: str, names: Sequence[str]) -> None:
        with self._store.transaction() as db:
            db.execute("DELETE FROM article_tags WHERE article_id = %s", (article_id,))
            for tag_id in self._tag_ids(db, names):
                db.execute(
                    "INSERT INTO article_tags VALUES (%s, %s) ON CONFLICT DO NOTHING",
                    (article_id, tag_id),
                )
            self._bump(db, [article_id])

    def tags(self) -> list[TagSummary]:
        rows = self._store.rows(
            "SELECT t.name, (SELECT count(*) FROM annotation_tags x WHERE x.tag_id = t.id), "
            "(SELECT count(DISTINCT u.a) FROM (SELECT n.article_id AS a FROM annotation_tags x "
            "JOIN annotations n ON n.id = x.annotation_id WHERE x.tag_id = t.id UNION "
            "SELECT y.article_id FROM article_tags y WHERE y.tag_id = t.id) AS u) FROM tags t "
            'ORDER BY t.key COLLATE "C"'
        )
        return [TagSummary(r[0], int(r[1]), int(r[2])) for r in rows]

    def rename_tag(self, old: str, new: str) -> None:
        """Rename a tag and its sub-tags; onto an existing tag, the two merge (see
        :meth:`reader.store.AnnotationStore.rename_tag`)."""
        clean = " ".join(new.split()).strip("/")
        if not clean:
            raise ReaderError("a tag needs a name")
        with self._store.transaction() as db:
            rows = db.execute(
                "SELECT id, name FROM tags WHERE key = %s OR key LIKE %s ESCAPE '\\'",
                (tag_key(old), like_escape(tag_key(old)) + "/%"),
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
                    continue
                renamed = clean + name[len(" ".join(old.split()).strip("/")) :]
                target = db.execute(
                    "SELECT id FROM tags WHERE key = %s", (tag_key(renamed),)
                ).fetchone()
                if target is None or target[0] == tag_id:
                    db.execute(
                        "UPDATE tags SET name = %s, key = %s WHERE id = %s",
                        (renamed, tag_key(renamed), tag_id),
                    )
                    continue
                db.execute("SELECT merge_tag(%s, %s)", (tag_id, target[0]))
            self._bump(db, touched)

    def delete_tag(self, name: str) -> None:
        with self._store.transaction() as db:
            row = db.execute("SELECT id FROM tags WHERE key = %s", (tag_key(name),)).fetchone()
            if row is None:
                raise NotFound(f"no tag {name!r}")
            touched = self._articles_of(db, [row[0]])
            db.execute("DELETE FROM tags WHERE id = %s", (row[0],))
            self._bump(db, touched)

    def prune_tags(self) -> None:
        """Forget tags that no passage (anyone's, seen or not) and no article uses."""
        with self._store.transaction() as db:
            db.execute("SELECT prune_tags()")

    def article_tags(self) -> dict[str, tuple[str, ...]]:
        tags: dict[str, list[str]] = {}
        for article_id, name in self._store.rows(
            "SELECT y.article_id, t.name FROM article_tags y JOIN tags t ON t.id = y.tag_id"
        ):
            tags.setdefault(article_id, []).append(name)
        return {k: tuple(sorted(v, key=str.casefold)) for k, v in tags.items()}

    @staticmethod
    def _articles_of(db: psycopg.Connection[Any], tag_ids: Sequence[int]) -> list[str]:
        rows = db.execute(
            "SELECT n.article_id FROM annotation_tags x JOIN annotations n ON n.id = "
            "x.annotation_id WHERE x.tag_id = ANY(%s) UNION SELECT article_id FROM "
            "article_tags WHERE tag_id = ANY(%s)",
            (list(tag_ids), list(tag_ids)),
        ).fetchall()
        return [r[0] for r in rows]

    @staticmethod
    def _bump(db: psycopg.Connection[Any], article_ids: Iterable[str]) -> None:
        db.execute(
            "UPDATE articles SET stamp = nextval('change_stamps') WHERE id = ANY(%s)",
            (sorted(set(article_ids)),),
        )
