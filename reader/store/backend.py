"""Choose a library's backend from where it lives: a folder's SQLite file (the default)
or a team library's ``postgresql://`` address. :mod:`reader.store.pg` and its driver are
imported only for a team library, so a single-user install needs neither."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from reader.core.errors import StoreError
from reader.core.paths import DataPaths
from reader.store.annotations import AnnotationStore
from reader.store.articles import ArticleStore
from reader.store.backups import copy_to
from reader.store.entities import EntityStore
from reader.store.translations import TranslationStore

if TYPE_CHECKING:
    from reader.store.interface import Backend, Change, Store

SCHEMES = ("postgresql://", "postgres://")
TEAM_FOLDER = "team-libraries"


def is_team_address(text: str) -> bool:
    """Whether a library location names a PostgreSQL library rather than a folder."""
    return text.strip().lower().startswith(SCHEMES)


def team_paths(paths: DataPaths, address: str) -> DataPaths:
    """The local folder of a team library inside a data folder: its search index, its
    window settings and locks, apart from the personal library's (and from another
    team library's)."""
    try:
        parts = urlsplit(address.strip())
        name = f"{parts.username or ''}@{parts.hostname or 'localhost'}-{parts.port or 5432}"
    except ValueError as exc:
        raise StoreError(f"the team library address {address!r} cannot be read: {exc}") from exc
    name += "-" + parts.path.strip("/")
    return DataPaths(paths.root / TEAM_FOLDER / re.sub(r"[^\w@.-]+", "_", name))


def _sqlite(store: Store) -> ArticleStore:
    if not isinstance(store, ArticleStore):
        raise TypeError(f"a store of another library: {store!r}")
    return store


class SqliteBackend:
    """The library file of one data folder."""

    local = True

    def __init__(self, path: Path) -> None:
        self.path = path

    def describe(self) -> str:
        return str(self.path)

    def open(self, *, migrate: bool = False) -> ArticleStore:
        return ArticleStore.open(self.path, migrate=migrate)

    def me(self) -> str:
        return ""

    def author(self, store: Store) -> str:
        return ""

    def annotations(self, store: Store) -> AnnotationStore:
        return AnnotationStore(_sqlite(store))

    def entities(self, store: Store) -> EntityStore:
        return EntityStore(_sqlite(store))

    def translations(self, store: Store) -> TranslationStore:
        return TranslationStore(_sqlite(store))

    def backup_to(self, target: Path) -> Path:
        """A checked copy of the library file, written to ``target`` (a new file)."""
        copy_to(self.path, target)
        return target

    def follow(self, callback: Callable[[Change], None]) -> Callable[[], None]:
        return lambda: None

    def close(self) -> None:
        """Nothing shared between the stores to close."""


def open_backend(
    database: Path, team: str | None = None, password: Callable[[str], str] | None = None
) -> Backend:
    """The SQLite file ``database``, or the team library at ``team`` (``password``
    reads a named secret from the keyring). Nothing is connected yet."""
    if not team:
        return SqliteBackend(database)
    if not is_team_address(team):
        raise StoreError(f"{team!r} is not a team library address (postgresql://user@host/db)")
    from reader.store.pg import PgBackend

    # beside the desktop's index of the library: the notes made while its server is away
    return PgBackend(team, password, database.parent if database.name else None)
