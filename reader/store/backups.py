"""Copies of the library file: automatic (daily, rotated), by hand, before an upgrade and
before a restore — and putting one back.

Months of notes live in one SQLite file, so a damaged disk block, a sync tool or a bad
restore must never leave the user with nothing. Copies are made with SQLite's online
backup API (consistent while the app writes, WAL included) into a temporary file, checked
with ``quick_check``, flushed to disk and only then renamed into place. A damaged library
is never copied as an automatic backup, so it cannot push the good copies out of the
rotation.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from reader.core.errors import StoreError

AUTO_KEEP = 7  # automatic copies kept (one a day at most)
AUTO_EVERY = dt.timedelta(days=1)
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(
    r"^(?P<stem>.+?)-(?P<kind>auto|manual|v\d+|before-restore|damaged)-"
    r"(?P<stamp>\d{8}-\d{6})(?:-\d+)?\.sqlite3$"
)
KIND_LABELS = {
    "auto": "automatic",
    "manual": "made by hand",
    "before-restore": "the library before a restore",
    "damaged": "a damaged library, set aside",
}


class LibraryDamaged(StoreError):
    """The library file cannot be read; ``latest`` is the newest usable backup, if any."""

    def __init__(self, message: str, latest: Backup | None = None, detail: str = "") -> None:
        super().__init__(message)
        self.latest = latest
        self.detail = detail or message


@dataclass(frozen=True)
class Backup:
    """One copy in the backups folder (``kind``: auto, manual, vN — before the upgrade from
    schema N —, before-restore or damaged)."""

    path: Path
    kind: str
    created: dt.datetime  # UTC

    @property
    def size(self) -> int:
        return self.path.stat().st_size

    @property
    def label(self) -> str:
        if self.kind.startswith("v"):
            return f"before the upgrade from schema {self.kind[1:]}"
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def restorable(self) -> bool:
        return self.kind != "damaged"


def problem(path: Path) -> str | None:
    """What is wrong with the SQLite file at ``path`` (``None``: it reads whole). Opened
    read-only: checking never changes the file."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        rows = db.execute("PRAGMA quick_check").fetchall()
        if [tuple(r) for r in rows] != [("ok",)]:
            return "; ".join(str(r[0]) for r in rows[:3])
        return None
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        db.close()


def schema_of(path: Path) -> int:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(db.execute("PRAGMA user_version").fetchone()[0])
    finally:
        db.close()


def backups(folder: Path, stem: str = "library") -> list[Backup]:
    """The copies in ``folder``, newest first."""
    found = []
    for path in folder.glob(f"{stem}-*.sqlite3") if folder.is_dir() else ():
        match = _NAME.match(path.name)
        if match is None or match["stem"] != stem:
            continue
        created = dt.datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=dt.UTC)
        found.append(Backup(path, match["kind"], created))
    return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


def latest_restorable(folder: Path, stem: str = "library") -> Backup | None:
    return next((b for b in backups(folder, stem) if b.restorable), None)


def target_path(folder: Path, stem: str, kind: str, now: dt.datetime) -> Path:
    base = f"{stem}-{kind}-{now.strftime(_STAMP)}"
    target, n = folder / f"{base}.sqlite3", 1
    while target.exists():
        n += 1
        target = folder / f"{base}-{n}.sqlite3"
    return target


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Copy ``source`` (an open connection) to ``target`` atomically, checked and synced;
    raises :class:`LibraryDamaged` when the copy does not read whole."""
    fd, name = tempfile.mkstemp(prefix=target.name + ".", suffix=".partial", dir=target.parent)
    os.close(fd)
    partial = Path(name)  # a name of its own: two processes may back up at once
    try:
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
        trouble = problem(partial)
        if trouble:
            raise LibraryDamaged(f"the library is damaged ({trouble})", detail=trouble)
        _fsync(partial)
        partial.replace(target)
    except sqlite3.Error as exc:
        if "malformed" in str(exc) or "not a database" in str(exc):
            raise LibraryDamaged(f"the library is damaged ({exc})", detail=str(exc)) from exc
        raise StoreError(f"cannot copy the library to {target}: {exc}") from exc
    finally:
        partial.unlink(missing_ok=True)


def create(database: Path, folder: Path, kind: str = "manual") -> Backup:
    """A checked copy of ``database`` in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now(dt.UTC)
    copy_to(database, target := target_path(folder, database.stem, kind, now))
    return Backup(target, kind, now.replace(microsecond=0))


def copy_to(database: Path, target: Path) -> None:
    """A checked copy of ``database`` at ``target``, which must not exist yet."""
    if target.exists() or target.is_symlink():
        raise StoreError(f"{target} already exists; choose another name")
    try:
        source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot read the library {database}: {exc}") from exc
    try:
        copy_database(source, target)
    except OSError as exc:  # a folder that cannot hold files (/proc), a full disk
        raise StoreError(f"cannot write the copy to {target}: {exc.strerror or exc}") from exc
    finally:
        source.close()


def due(folder: Path, stem: str = "library", now: dt.datetime | None = None) -> bool:
    """Whether the newest automatic copy is older than a day (or missing)."""
    autos = [b for b in backups(folder, stem) if b.kind == "auto"]
    return not autos or (now or dt.datetime.now(dt.UTC)) - autos[0].created >= AUTO_EVERY


def rotate(folder: Path, stem: str = "library", keep: int = AUTO_KEEP) -> list[Path]:
    """Delete the automatic copies beyond the newest ``keep``; others are the user's."""
    removed = []
    for old in [b for b in backups(folder, stem) if b.kind == "auto"][keep:]:
        old.path.unlink(missing_ok=True)
        removed.append(old.path)
    return removed


def _companions(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def restore(backup: Path, database: Path, folder: Path, schema_version: int) -> Path | None:
    """Put ``backup`` in place of ``database``; nothing else may have the library open.
    The current file is kept in ``folder`` first: copied when it reads whole, moved as is
    (bytes untouched) when it is damaged. Returns where it went."""
    trouble = problem(backup)
    if trouble:
        raise StoreError(f"the backup {backup} is damaged ({trouble}); nothing was changed")
    version = schema_of(backup)
    if version > schema_version:
        raise StoreError(
            f"the backup {backup} was made by a newer version of the app (schema {version}); "
            "nothing was changed"
        )
    folder.mkdir(parents=True, exist_ok=True)
    kept: Path | None = None
    if database.exists():
        if problem(database) is None:
            kept = create(database, folder, "before-restore").path
        else:
            kept = target_path(folder, database.stem, "damaged", dt.datetime.now(dt.UTC))
            for companion, moved in zip(_companions(database), _companions(kept), strict=True):
                if companion.exists():
                    companion.replace(moved)
            database.replace(kept)
    incoming = database.with_name(database.name + ".restoring")
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        copy_database(source, incoming)
    finally:
        source.close()
    for companion in _companions(database):  # a WAL left beside the new file would corrupt it
        companion.unlink(missing_ok=True)
    incoming.replace(database)
    return kept
