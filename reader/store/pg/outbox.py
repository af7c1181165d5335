"""Notes made while the team library's server does not answer: kept on this desktop, in
a small SQLite file beside the desktop's search index of the library
(``team-libraries/…/outbox.sqlite3``), and sent, in the order they were made, as soon as
the server answers again.

Only notes wait here (highlights, their text, colour and tags, and deletions): they are
what a reader makes while reading. Importing articles, renaming tags, correcting
entities and the other changes to the whole library are refused while the server is
away, saying so. A note sent late is saved as any edit is: made on a version that a
teammate or another desktop changed meanwhile, it is kept beside theirs as a conflict
copy (see :meth:`reader.store.annotations.AnnotationStore.save`), never over it.

Each change leaves the file only once the server has committed it; sent twice (the
desktop stopped between the two), a save is the same save again and a deletion of a
note already gone is nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.core.model import Annotation

_FIELDS = {f.name for f in dataclasses.fields(Annotation)}


@dataclass(frozen=True)
class Pending:
    """One change waiting for the server: a note saved (with the version it was made
    on, if any), or a note deleted (``annotation`` holds only its id and article)."""

    seq: int
    kind: str  # "save" or "delete"
    annotation: Annotation
    base: Annotation | None


def _dump(a: Annotation | None) -> str | None:
    return None if a is None else json.dumps(dataclasses.asdict(a), ensure_ascii=False)


def _load(text: str | None) -> Annotation | None:
    if text is None:
        return None
    data: dict[str, Any] = {k: v for k, v in json.loads(text).items() if k in _FIELDS}
    data["tags"] = tuple(data.get("tags", ()))
    return Annotation(**data)


class Outbox:
    """The changes made on this desktop that the server has not seen yet."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
        db.execute("PRAGMA journal_mode = WAL")
        db.execute(
            "CREATE TABLE IF NOT EXISTS pending (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
            "kind TEXT NOT NULL, annotation TEXT NOT NULL, base TEXT, queued_at TEXT NOT NULL)"
        )
        return db

    def add(self, kind: str, annotation: Annotation, base: Annotation | None = None) -> None:
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        db = self._connect()
        try:
            db.execute(
                "INSERT INTO pending (kind, annotation, base, queued_at) VALUES (?, ?, ?, ?)",
                (kind, _dump(annotation), _dump(base), now),
            )
        finally:
            db.close()

    def pending(self) -> list[Pending]:
        if not self.path.exists():
            return []
        db = self._connect()
        try:
            rows = db.execute("SELECT seq, kind, annotation, base FROM pending ORDER BY seq")
            found = []
            for seq, kind, annotation, base in rows:
                note = _load(annotation)
                assert note is not None
                found.append(Pending(int(seq), str(kind), note, _load(base)))
            return found
        finally:
            db.close()

    def done(self, seq: int) -> None:
        db = self._connect()
        try:
            db.execute("DELETE FROM pending WHERE seq = ?", (seq,))
        finally:
            db.close()

    def __len__(self) -> int:
        return len(self.pending())
