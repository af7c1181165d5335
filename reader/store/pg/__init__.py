"""A team library in PostgreSQL: the second backend of :mod:`reader.store` (the only
package that imports psycopg). Installed with the ``team`` extra."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from psycopg_pool import ConnectionPool

from reader.store.pg.annotations import PgAnnotationStore
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
from reader.store.pg.entities import PgEntityStore, PgTranslationStore

if TYPE_CHECKING:
    from reader.store.interface import Store

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
        self._lock = threading.Lock()

    def describe(self) -> str:
        return str(self.address)

    @property
    def pool(self) -> ConnectionPool:
        with self._lock:
            if self._pool is None:
                kwargs = connect_arguments(self.address, self._password)
                with reported(self.address):
                    self._pool = open_pool(self.address, kwargs)
            return self._pool

    def open(self, *, migrate: bool = False) -> PgArticleStore:
        pool = self.pool
        if migrate:
            with reported(self.address), pool.connection() as conn:
                upgrade_schema(conn, self.address)
        return PgArticleStore(pool, self.address)

    def annotations(self, store: Store) -> PgAnnotationStore:
        return PgAnnotationStore(_pg(store))

    def entities(self, store: Store) -> PgEntityStore:
        return PgEntityStore(_pg(store))

    def translations(self, store: Store) -> PgTranslationStore:
        return PgTranslationStore(_pg(store))

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.close()
                self._pool = None
