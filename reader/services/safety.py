"""The safety of a library (:class:`Safety`): backups (daily automatic
copies, rotated; copies by hand), checking the file, restoring a copy, and the lock that
keeps two windows off one library.

Restoring is a function of the data directory, not of an open library: the library it
replaces may be the one that cannot be opened.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.errors import NotFound, ReaderError
from reader.core.paths import DataPaths
from reader.store import backups
from reader.store.backups import Backup, LibraryDamaged
from reader.store.db import SCHEMA_VERSION, damaged
from reader.store.lock import InstanceLock, LibraryInUse, LibraryUse

if TYPE_CHECKING:
    from reader.store.interface import Backend

log = logging.getLogger(__name__)
TEAM_BACKUP = (
    "a team library lives on its server: `reader --library … backup` writes a pg_dump "
    "archive of it; its server's administrator checks and restores it (pg_restore)"
)

__all__ = [
    "Backup",
    "InstanceLock",
    "LibraryDamaged",
    "LibraryInUse",
    "Safety",
    "find_backup",
    "list_backups",
    "restore_backup",
]


class Safety:
    """Copies of one open library: made, checked, listed."""

    def __init__(self, paths: DataPaths, backend: Backend) -> None:
        self.paths = paths
        self.backend = backend

    def backups(self) -> list[Backup]:
        return list_backups(self.paths)

    def _local_file(self) -> Path:
        """The library's file; a team library has none on this desktop."""
        if not self.backend.local:
            raise ReaderError(TEAM_BACKUP)
        return self.paths.database

    def backup(self, kind: str = "manual") -> Backup:
        """A checked copy of the library in its ``backups/`` folder (a team library: a
        ``pg_dump`` archive there)."""
        if not self.backend.local:
            now = dt.datetime.now(dt.UTC)
            target = self.paths.backups_dir / f"team-{now.strftime('%Y%m%d-%H%M%S')}.dump"
            return Backup(self.backend.backup_to(target), kind, now)
        return backups.create(self._local_file(), self.paths.backups_dir, kind)

    def backup_to(self, target: Path) -> Path:
        """A copy of the library written to ``target`` (a new file)."""
        return self.backend.backup_to(target)

    def auto_backup(self) -> Backup | None:
        """Once a day: check the library and keep a copy (the newest seven stay). Raises
        :class:`LibraryDamaged` when the file does not read whole — then no copy is made,
        so the good ones are not rotated out."""
        folder = self.paths.backups_dir
        if not self.backend.local or not backups.due(folder, self.paths.database.stem):
            return None
        try:
            made = backups.create(self.paths.database, folder, "auto")
        except LibraryDamaged as exc:
            raise damaged(self.paths.database, exc.detail) from exc
        for old in backups.rotate(folder, self.paths.database.stem):
            log.info("removed the old automatic backup %s", old)
        return made

    def check(self) -> str | None:
        """What is wrong with the library file (``None``: it reads whole)."""
        return backups.problem(self._local_file())


def list_backups(paths: DataPaths) -> list[Backup]:
    """The library's copies, newest first."""
    return backups.backups(paths.backups_dir, paths.database.stem)


def find_backup(paths: DataPaths, which: str | None) -> Backup:
    """A copy by path or file name; ``None``: the newest that can be restored."""
    if not which:
        latest = backups.latest_restorable(paths.backups_dir, paths.database.stem)
        if latest is None:
            raise NotFound(f"there is no backup in {paths.backups_dir}")
        return latest
    candidate = Path(which).expanduser()
    if not candidate.exists():
        candidate = paths.backups_dir / which
    if not candidate.is_file():
        raise NotFound(f"no backup named {which} (see `reader backup --list`)")
    known = {b.path.resolve(): b for b in list_backups(paths)}
    return known.get(candidate.resolve()) or Backup(candidate.absolute(), "file", _mtime(candidate))


def _mtime(path: Path) -> dt.datetime:
    return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)


def restore_backup(paths: DataPaths, backup: Backup) -> Path | None:
    """Put ``backup`` back as the library; the caller holds the :class:`InstanceLock`.
    Refused (:class:`LibraryInUse`) while any other process has the library open: an
    import would go on writing into the file replaced. The current file is kept in
    ``backups/`` (returned); the search index is rebuilt on the next start, from the
    restored file."""
    use = LibraryUse(paths.root).alone()
    try:
        kept = backups.restore(backup.path, paths.database, paths.backups_dir, SCHEMA_VERSION)
        shutil.rmtree(paths.index_dir, ignore_errors=True)
    finally:
        use.release()
    log.info("restored %s (the previous library is kept as %s)", backup.path, kept)
    return kept
