"""A team library in PostgreSQL: the second backend of :mod:`reader.store` (the only
package that imports psycopg). Installed with the ``team`` extra. The repositories are
the SQLite library's, written once against :mod:`reader.store.dialect`; this package
holds what only a server has: connections, the schema, live changes and ``pg_dump``."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from psycopg_pool import ConnectionPool

from reader.store.annotations import AnnotationStore
from reader.store.entities import EntityStore
from reader.store.pg.articles import PgArticleStore
from reader.store.pg.connect import (
    SCHEMA_VERSION,
    TeamAddress,
    connect_arguments,
    open_pool,
    reported,
)
from reader.store.pg.connect import (
    migrate as upgrade_schema,
)
from reader.store.pg.dump import dump
from reader.store.pg.live import Follower
from reader.store.translations import TranslationStore

if TYPE_CHECKING:
    from reader.store.interface import Change, Store

__all__ = ["SCHEMA_VERSION", "PgArticleStore", "PgBackend", "TeamAddress"]


def _pg(store: Store) -> PgArticleStore:
    if not isinstance(store, PgArticleStore):
        raise TypeError(f"a store of another library: {store!r}")
    return store


class PgBackend:
    """The stores of one team library, sharing one pool of connections."""

    local = False

    def __init__(self, address: str, password: Callable[[str], str] | None = None) -> None:
        self.address = TeamAddress.parse(address)
        self._password = password
        self._pool: ConnectionPool | None = None
        self._kwargs: dict[str, Any] = {}
        self._lock = threading.Lock()

    def describe(self) -> str:
        return str(self.address)

    @property
    def pool(self) -> ConnectionPool:
        with self._lock:
            if self._pool is None:
                self._kwargs = connect_arguments(self.address, self._password)
                with reported(self.address):
                    self._pool = open_pool(self.address, self._kwargs)
            return self._pool

    def open(self, *, migrate: bool = False) -> PgArticleStore:
        pool = self.pool
        if migrate:
            with reported(self.address), pool.connection() as conn:
                upgrade_schema(conn, self.address)
        return PgArticleStore(pool, self.address)

    def author(self, store: Store) -> str:
        return _pg(store).current_role()

    def annotations(self, store: Store) -> AnnotationStore:
        return AnnotationStore(_pg(store))

    def entities(self, store: Store) -> EntityStore:
        return EntityStore(_pg(store))

    def translations(self, store: Store) -> TranslationStore:
        return TranslationStore(_pg(store))

    def backup_to(self, target: Path) -> Path:
        """A ``pg_dump`` archive of the library, written to ``target``."""
        self.pool  # noqa: B018 — signs in first: the password pg_dump needs, if any
        return dump(self.address, self._kwargs, target)

    def follow(self, callback: Callable[[Change], None]) -> Callable[[], None]:
        self.pool  # noqa: B018 — signs in first, with the password the pool found
        follower = Follower(self.address, self._kwargs, callback)
        return follower.stop

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.close()
                self._pool = None
