"""The change journal: what each write to a library changed, as rows of (sequence, kind,
article, item), written by triggers in the transaction of the write itself.

A second process on the same library (``reader import`` beside the window, a second
window's writes) needs to know what changed, not only that something did. Comparing
every article's change stamp with the index's finds it, at a cost that grows with the
library; the journal says it: a reader remembers the last sequence it saw and reads the
rows after it. Triggers write the rows, so no write (whoever makes it, whatever code
path) commits without its row, and none is journalled that rolled back.

Kinds: ``article`` (added, given a new text, or deleted), ``annotation`` (a highlight or
note saved or deleted; ``item`` is its id), ``tags`` (an article's or a passage's tags,
or a tag renamed or deleted: ``article`` empty), ``entities`` (an article's entities
recognised again), ``names`` (a correction of entities: every article may show it) and
``stamp`` (an article's change stamp moved for another reason: its index document is
to be made again).

Old rows go by themselves: every :data:`PRUNE_EVERY` rows, those more than
:data:`KEPT` behind are deleted. A reader further behind than that is told so
(:meth:`ChangeJournal.since` returns None) and looks at everything again.

A team library (PostgreSQL) has no journal: its server announces each change to the
desktops listening (:mod:`reader.store.pg.live`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

KEPT = 20000  # rows kept behind the newest
PRUNE_EVERY = 500

_TRIGGERS = {
    "articles_added": "AFTER INSERT ON articles",
    "articles_new_text": "AFTER UPDATE OF version ON articles WHEN new.version != old.version",
    "articles_stamp": "AFTER UPDATE OF stamp ON articles WHEN new.version = old.version",
    "articles_deleted": "AFTER DELETE ON articles",
    "annotations_added": "AFTER INSERT ON annotations",
    "annotations_changed": "AFTER UPDATE ON annotations",
    "annotations_deleted": "AFTER DELETE ON annotations",
    "article_tags_added": "AFTER INSERT ON article_tags",
    "article_tags_deleted": "AFTER DELETE ON article_tags",
    "annotation_tags_added": "AFTER INSERT ON annotation_tags",
    "annotation_tags_deleted": "AFTER DELETE ON annotation_tags",
    "tags_added": "AFTER INSERT ON tags",
    "tags_changed": "AFTER UPDATE ON tags",
    "tags_deleted": "AFTER DELETE ON tags",
    "entity_runs_added": "AFTER INSERT ON entity_runs",
    "entity_runs_changed": "AFTER UPDATE ON entity_runs",
    "entity_corrections_added": "AFTER INSERT ON entity_corrections",
    "entity_corrections_deleted": "AFTER DELETE ON entity_corrections",
}


def _values(name: str) -> str:
    """The journal row a trigger writes: kind, article, item."""
    row = "old" if name.endswith("_deleted") else "new"
    if name.startswith("articles_"):
        kind = "stamp" if name == "articles_stamp" else "article"
        return f"'{kind}', {row}.id, ''"
    if name.startswith("annotations_"):
        return f"'annotation', {row}.article_id, {row}.id"
    if name.startswith("article_tags_"):
        return f"'tags', {row}.article_id, ''"
    if name.startswith("annotation_tags_"):
        article = f"(SELECT article_id FROM annotations WHERE id = {row}.annotation_id)"
        return f"'tags', coalesce({article}, ''), {row}.annotation_id"
    if name.startswith("tags_"):
        return "'tags', '', ''"
    if name.startswith("entity_runs_"):
        return f"'entities', {row}.article_id, ''"
    return "'names', '', ''"


def schema() -> str:
    """The journal's table and triggers (SQLite), for the store's upgrade."""
    statements = [
        """
        CREATE TABLE change_journal (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            article_id TEXT NOT NULL,
            item TEXT NOT NULL
        );
        """,
        f"""
        CREATE TRIGGER change_journal_pruned AFTER INSERT ON change_journal
        WHEN new.seq % {PRUNE_EVERY} = 0
        BEGIN
            DELETE FROM change_journal WHERE seq <= new.seq - {KEPT};
        END;
        """,
    ]
    for name, when in _TRIGGERS.items():
        statements.append(
            f"""
            CREATE TRIGGER change_journal_{name} {when}
            BEGIN
                INSERT INTO change_journal (kind, article_id, item) VALUES ({_values(name)});
            END;
            """
        )
    return "".join(statements)


@dataclass(frozen=True)
class Entry:
    seq: int
    kind: str
    article_id: str
    item: str


class _Rows(Protocol):
    """A store's reading connection (either kind of store has it)."""

    def rows(self, sql: str, args: Sequence[Any] = ()) -> list[Any]: ...


class ChangeJournal:
    """Reads one library's journal through a store (any thread's)."""

    def __init__(self, store: _Rows) -> None:
        self.store = store

    def last(self) -> int:
        """The newest sequence written (0: none yet)."""
        rows = self.store.rows("SELECT max(seq) FROM change_journal")
        return int(rows[0][0] or 0)

    def since(self, seq: int) -> Sequence[Entry] | None:
        """The rows after ``seq``, oldest first; None when rows after ``seq`` were pruned
        (the reader is too far behind to be told what changed)."""
        rows = self.store.rows(
            "SELECT seq, kind, article_id, item FROM change_journal WHERE seq > ? ORDER BY seq",
            (seq,),
        )
        if rows and int(rows[0][0]) != seq + 1:
            oldest = self.store.rows("SELECT min(seq) FROM change_journal")[0][0]
            if oldest is None or int(oldest) > seq + 1:
                return None
        return [Entry(int(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows]

    def articles_since(self, seq: int) -> tuple[int, dict[str, int | None]] | None:
        """The articles that rows after ``seq`` name, with their change stamps now (None:
        deleted), and the newest sequence read; None when rows after ``seq`` were
        pruned, or ``seq`` is past the newest row (the journal of another library file:
        a copy put back), so the journal cannot say what changed. Every write that
        changes an article's index document names it (its stamp moves), a tag renamed
        or a name corrected included."""
        last = self.last()
        if seq > last:
            return None
        if seq < last:
            oldest = self.store.rows("SELECT min(seq) FROM change_journal")[0][0]
            if oldest is None or int(oldest) > seq + 1:
                return None
        rows = self.store.rows(
            "SELECT j.article_id, max(a.stamp) FROM change_journal j "
            "LEFT JOIN articles a ON a.id = j.article_id "
            "WHERE j.seq > ? AND j.seq <= ? AND j.article_id != '' GROUP BY j.article_id",
            (seq, last),
        )
        return last, {str(r[0]): None if r[1] is None else int(r[1]) for r in rows}
