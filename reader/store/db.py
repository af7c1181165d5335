"""Open the SQLite file safely: WAL, foreign keys, versioned schema.

The schema version lives in ``PRAGMA user_version``. Opening a file made by a newer
app is refused (nothing is touched); an older one is copied to ``backups/`` and then
upgraded step by step inside one exclusive transaction.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import time
from pathlib import Path

from reader.core.errors import StoreError
from reader.core.text import folded
from reader.store.backups import LibraryDamaged, copy_database, latest_restorable, target_path
from reader.store.dialect import FOLD
from reader.store.schema import UPGRADES

log = logging.getLogger(__name__)
SCHEMA_VERSION = len(UPGRADES)
BUSY_TIMEOUT = 5.0  # seconds a statement waits for another process's lock


def _describe(exc: sqlite3.Error, path: Path) -> str:
    message = str(exc)
    if "readonly" in message or "read-only" in message:
        return f"the library {path} is read-only; check the folder's permissions"
    if "disk is full" in message or "full" in message:
        return "the disk holding the library is full; free some space and try again"
    if "unable to open" in message:
        return f"cannot open the library at {path}; check that the folder exists and is writable"
    return f"cannot use the library {path}: {message}"


def store_error(exc: sqlite3.Error, path: Path) -> StoreError:
    """The user-facing error for a failed SQLite call on the library at ``path``."""
    if "not a database" in str(exc) or "malformed" in str(exc):
        return damaged(path, str(exc))
    return StoreError(_describe(exc, path))


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection with the app's pragmas; one per thread."""
    try:
        if readonly:
            db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(path, isolation_level=None, check_same_thread=True)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")
        db.create_function(FOLD, 1, folded, deterministic=True)
        if not readonly:
            db.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.Error as exc:
        raise store_error(exc, path) from exc
    except OSError as exc:
        raise StoreError(f"cannot create the library folder {path.parent}: {exc.strerror}") from exc
    return db


def _backup(db: sqlite3.Connection, path: Path, version: int) -> Path:
    """The copy kept before an upgrade (``library-vN-….sqlite3`` in ``backups/``)."""
    folder = path.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    target = target_path(folder, path.stem, f"v{version}", dt.datetime.now(dt.UTC))
    copy_database(db, target)
    return target


def damaged(path: Path, detail: str) -> LibraryDamaged:
    """The error for a library that cannot be read, naming the newest backup."""
    latest = latest_restorable(path.parent / "backups", path.stem)
    message = f"the library file {path} is damaged ({detail}); it was left untouched. "
    if latest is None:
        message += "There is no backup of it to restore."
    else:
        when = latest.created.astimezone().strftime("%Y-%m-%d %H:%M")
        message += f"The latest backup is from {when}: `reader restore` puts it back."
    return LibraryDamaged(message, latest)


def _check_length(db: sqlite3.Connection, path: Path) -> None:
    """A file shorter than its header says was truncated (by a copy or a sync tool);
    SQLite would only notice when it reads the missing pages. Pages may legitimately
    live in the WAL, so the test applies only without one."""
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        return
    pages = int(db.execute("PRAGMA page_count").fetchone()[0])
    size = int(db.execute("PRAGMA page_size").fetchone()[0])
    if path.exists() and path.stat().st_size < pages * size:
        raise damaged(path, f"the file is shorter than its {pages} pages: it was cut short")


def _become_wal(db: sqlite3.Connection) -> None:
    """Put the file in WAL mode (persistent: set once the file is ours).

    Leaving the rollback journal needs the file to itself, and SQLite answers "database
    is locked" at once, without its busy timeout, while another process reads or makes
    the same new library: two imports started together into a new data directory. So
    the switch is retried for as long as the busy timeout would have waited."""
    deadline = time.monotonic() + BUSY_TIMEOUT
    pause = 0.005
    while True:
        try:
            db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            if time.monotonic() + pause > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.1)


def open_database(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) and upgrade the library at ``path``."""
    db = connect(path)
    try:
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        _check_length(db, path)
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"the library {path} was made by a newer version of the app "
                f"(schema {version}, this app knows {SCHEMA_VERSION}); "
                "update the app to open it — the file was not changed"
            )
        _become_wal(db)
        if version < SCHEMA_VERSION:
            if version > 0:
                log.info("backed up the library to %s", _backup(db, path, version))
            db.execute("BEGIN EXCLUSIVE")
            try:
                # another process may have made or upgraded the file while this one
                # waited for the lock: start from the version the file has now
                version = int(db.execute("PRAGMA user_version").fetchone()[0])
                for number in range(version + 1, SCHEMA_VERSION + 1):
                    log.info("upgrading the library schema to %d", number)
                    UPGRADES[number - 1](db)
                    db.execute(f"PRAGMA user_version = {number}")
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
    except sqlite3.Error as exc:
        db.close()
        raise store_error(exc, path) from exc
    except BaseException:
        db.close()
        raise
    return db
