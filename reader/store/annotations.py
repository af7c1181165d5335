"""Annotations and tags, in either kind of library (see :mod:`reader.store.dialect`).

Each annotation keeps both W3C selectors (position and quote, as JSON) and the article
version it was last anchored on. Tags are case-insensitive (a key column) but keep the
user's spelling; renaming onto an existing tag merges the two. Every change that search
reflects moves the article's stamp, in the same transaction.

In a team library each annotation belongs to the role that made it (its author) and is
private or shared with the team. Row-level security (:mod:`reader.store.pg.schema`)
decides what a role sees and may change, so every query here is written as if the
library held only the visible annotations — which, for that role, it does. Tags are the
team's: merging and pruning them go through the server's functions, which see every
passage's tags, private ones too.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from reader.core.errors import NotFound, ReaderError
from reader.core.model import Annotation, TagSummary
from reader.core.tags import tidy_tag
from reader.store.articles import Articles, like_escape
from reader.store.dialect import Dialect, Writer


def _select(d: Dialect) -> str:
    owner = "n.owner, n.shared" if d.team else "'', 0"
    return (
        "SELECT n.id, n.article_id, n.selectors, n.color, n.note, n.status, n.version, "
        f"n.created_at, n.modified_at, (SELECT {d.concat.format('t.name')} FROM "
        "annotation_tags x JOIN tags t ON t.id = x.tag_id WHERE x.annotation_id = n.id), "
        f"{owner} FROM annotations n"
    )


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def tag_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _content(a: Annotation) -> tuple[object, ...]:
    """What an edit changes: two versions with the same content do not conflict. A tag
    is the same with or without spaces around its ``/`` (``Pays / Chine`` as typed,
    ``Pays/Chine`` as the library keeps it): an undo of its tagging is no conflict."""
    tags = sorted(tag_key(tidy_tag(t)) for t in a.tags)
    return (a.start, a.end, a.color, a.note, tuple(tags), a.shared)


def _row(row: Sequence[Any]) -> Annotation:
    selectors = row[2] if isinstance(row[2], dict) else json.loads(str(row[2]))
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
        author=str(row[10]),
        shared=bool(row[11]),
        conflict_of=str(selectors.get("conflict_of", "")),
    )


def selectors_json(a: Annotation) -> str:
    """The W3C selectors of the passage, and for a conflict copy the note it stands
    beside (kept in the same JSON, so that neither library's tables change for it)."""
    data: dict[str, object] = {
        "position": {"start": a.start, "end": a.end},
        "quote": {"exact": a.exact, "prefix": a.prefix, "suffix": a.suffix},
    }
    if a.conflict_of:
        data["conflict_of"] = a.conflict_of
    return json.dumps(data, ensure_ascii=False)


class AnnotationStore:
    """The annotations and tags of a library, through one of its stores."""

    def __init__(self, store: Articles) -> None:
        self._store = store
        self._d = store.dialect

    # -- annotations -------------------------------------------------------------------

    def get(self, annotation_id: str) -> Annotation:
        row = self._store.row(_select(self._d) + " WHERE n.id = ?", (annotation_id,))
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
            args += [key, like_escape(key) + "/%"]
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._store.rows(
            _select(self._d) + where + f" ORDER BY n.article_id, {self._d.start_of}, n.created_at",
            args,
        )
        return [_row(r) for r in rows]

    def save(self, annotation: Annotation, base: Annotation | None = None) -> Annotation:
        """Insert or replace an annotation with its tags; returns it as stored. In a
        team library its author is the role saving it, and another role's annotation
        cannot be changed (the server refuses).

        ``base`` is the version the edit was made on. When the stored note is no longer
        that version (someone changed it meanwhile: another window, another desktop of
        the same person, another process on the same file) and not into what this edit
        says, neither edit is lost: the stored one stays, and this one is saved beside
        it as a conflict copy (a new annotation whose ``conflict_of`` names it), which
        is what is returned. The check and the write are one transaction, so two such
        saves are serialised."""
        now = _now()
        a = annotation
        d = self._d
        with self._store.transaction() as db:
            if d.team:
                mine = db.execute(
                    "SELECT owner = current_user, owner FROM annotations WHERE id = ?", (a.id,)
                ).fetchone()
                if mine is not None and not mine[0]:
                    raise ReaderError(f"this note is {mine[1]}'s: only its author can change it")
            if base is not None:
                if d.team:  # the row waits for another desktop's save to end
                    db.execute("SELECT 1 FROM annotations WHERE id = ? FOR UPDATE", (a.id,))
                found = db.execute(_select(d) + " WHERE n.id = ?", (a.id,)).fetchall()
                stored = _content(_row(found[0])) if found else None
                if stored not in (None, _content(base), _content(a)):
                    a = replace(a, id=str(uuid.uuid4()), conflict_of=a.id, created=now)
            self._write(db, a, now)
            # read back in the same transaction: what was committed, whatever happens next
            return _row(db.execute(_select(d) + " WHERE n.id = ?", (a.id,)).fetchall()[0])

    def _write(self, db: Writer, a: Annotation, now: str) -> None:
        d = self._d
        shared = (", shared", ", ?", ", shared = excluded.shared") if d.team else ("", "", "")
        db.execute(
            "INSERT INTO annotations (id, article_id, version, selectors, color, note, status, "
            f"created_at, modified_at{shared[0]}) VALUES (?, ?, ?, {d.json}, ?, ?, ?, ?, "
            f"?{shared[1]}) ON CONFLICT (id) DO UPDATE SET version = excluded.version, "
            "selectors = excluded.selectors, color = excluded.color, note = excluded.note, "
            f"status = excluded.status, modified_at = excluded.modified_at{shared[2]}",
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
                *((a.shared,) if d.team else ()),
            ),
        )
        db.execute("DELETE FROM annotation_tags WHERE annotation_id = ?", (a.id,))
        db.executemany(
            "INSERT INTO annotation_tags VALUES (?, ?) ON CONFLICT DO NOTHING",
            [(a.id, tag_id) for tag_id in self._tag_ids(db, a.tags)],
        )
        d.bump(db, [a.article_id])

    def delete(self, annotation_id: str) -> None:
        with self._store.transaction() as db:
            rows = db.execute(
                "DELETE FROM annotations WHERE id = ? RETURNING article_id", (annotation_id,)
            ).fetchall()
            if not rows:
                mine = " of yours" if self._d.team else ""
                raise NotFound(f"no annotation with id {annotation_id!r}{mine}")
            self._d.bump(db, [rows[0][0]])

    def behind_their_article(self) -> list[str]:
        """The articles with annotations anchored on an older version of their text (in
        a team library, this role's: each author re-anchors their own)."""
        own = " AND n.owner = current_user" if self._d.team else ""
        rows = self._store.rows(
            "SELECT n.article_id FROM annotations n JOIN articles a ON a.id = n.article_id "
            f"WHERE n.version <> a.version{own} GROUP BY n.article_id "
            f"ORDER BY n.article_id COLLATE {self._d.binary}"
        )
        return [r[0] for r in rows]

    def counts(self) -> dict[str, int]:
        """Annotations per article id."""
        rows = self._store.rows("SELECT article_id, count(*) FROM annotations GROUP BY article_id")
        return {r[0]: int(r[1]) for r in rows}

    # -- tags --------------------------------------------------------------------------

    @staticmethod
    def _tag_ids(db: Writer, names: Iterable[str]) -> list[int]:
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
                "INSERT INTO tags (name, key) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
                (clean, tag_key(clean)),
            )
            row = db.execute("SELECT id FROM tags WHERE key = ?", (tag_key(clean),)).fetchone()
            ids.append(int(row[0]))  # inserted just above, or there already
        return ids

    def set_article_tags(self, article_id: str, names: Sequence[str]) -> None:
        with self._store.transaction() as db:
            db.execute("DELETE FROM article_tags WHERE article_id = ?", (article_id,))
            db.executemany(
                "INSERT INTO article_tags VALUES (?, ?) ON CONFLICT DO NOTHING",
                [(article_id, tag_id) for tag_id in self._tag_ids(db, names)],
            )
            self._d.bump(db, [article_id])

    def untidy_tags(self) -> list[str]:
        """The tags kept as typed by an earlier version, spaces around their ``/``
        (``Pays / Chine``), which :func:`reader.core.tags.tidy_tag` now keeps tight."""
        names = [str(r[0]) for r in self._store.rows("SELECT name FROM tags")]
        return [name for name in names if tidy_tag(name) != name]

    def tags(self) -> list[TagSummary]:
        rows = self._store.rows(
            "SELECT t.name, (SELECT count(*) FROM annotation_tags x WHERE x.tag_id = t.id), "
            "(SELECT count(DISTINCT u.a) FROM (SELECT n.article_id AS a FROM annotation_tags x "
            "JOIN annotations n ON n.id = x.annotation_id WHERE x.tag_id = t.id UNION "
            "SELECT y.article_id FROM article_tags y WHERE y.tag_id = t.id) AS u) FROM tags t "
            # accents aside: "Économie" among the E, not after "zèbre"
            f"ORDER BY {self._d.fold.format('t.key')} COLLATE {self._d.binary}, "
            f"t.key COLLATE {self._d.binary}"
        )
        return [TagSummary(r[0], int(r[1]), int(r[2])) for r in rows]

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
                else:
                    self._merge(db, tag_id, target[0])
            self._d.bump(db, touched)

    def _merge(self, db: Writer, source: int, target: int) -> None:
        """Move every passage and article of tag ``source`` to ``target``, then forget
        ``source`` (on a server, its function does it: it sees private passages too)."""
        if self._d.team:
            db.execute("SELECT merge_tag(?, ?)", (source, target))
            return
        for table, column in (("annotation_tags", "annotation_id"), ("article_tags", "article_id")):
            db.execute(
                f"INSERT INTO {table} ({column}, tag_id) SELECT {column}, ? FROM {table} "
                "WHERE tag_id = ? ON CONFLICT DO NOTHING",
                (target, source),
            )
        db.execute("DELETE FROM tags WHERE id = ?", (source,))

    def delete_tag(self, name: str) -> None:
        with self._store.transaction() as db:
            row = db.execute("SELECT id FROM tags WHERE key = ?", (tag_key(name),)).fetchone()
            if row is None:
                raise NotFound(f"no tag {name!r}")
            touched = self._articles_of(db, [row[0]])
            db.execute("DELETE FROM tags WHERE id = ?", (row[0],))
            self._d.bump(db, touched)

    def prune_tags(self) -> None:
        """Forget tags that no passage (anyone's, seen or not) and no article uses."""
        with self._store.transaction() as db:
            if self._d.team:
                db.execute("SELECT prune_tags()")
                return
            db.execute(
                "DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM annotation_tags) "
                "AND id NOT IN (SELECT tag_id FROM article_tags)"
            )

    def article_tags(self) -> dict[str, tuple[str, ...]]:
        """Every article's own tags (not its passages')."""
        tags: dict[str, list[str]] = {}
        for article_id, name in self._store.rows(
            "SELECT y.article_id, t.name FROM article_tags y JOIN tags t ON t.id = y.tag_id"
        ):
            tags.setdefault(article_id, []).append(name)
        return {k: tuple(sorted(v, key=str.casefold)) for k, v in tags.items()}

    def _articles_of(self, db: Writer, tag_ids: Sequence[int]) -> list[str]:
        clause, args = self._d.among("x.tag_id", tag_ids)
        other, more = self._d.among("tag_id", tag_ids)
        rows = db.execute(
            "SELECT n.article_id FROM annotation_tags x JOIN annotations n ON n.id = "
            f"x.annotation_id WHERE {clause} UNION SELECT article_id FROM article_tags "
            f"WHERE {other}",
            [*args, *more],
        ).fetchall()
        return [r[0] for r in rows]
