"""A team library in PostgreSQL: the second backend of :mod:`reader.store` (the only
package that imports psycopg). Installed with the ``team`` extra. The repositories are
the SQLite library's, written once against :mod:`reader.store.dialect`; this package
holds what only a server has: connections, the schema, live changes and ``pg_dump``."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from psycopg_pool import ConnectionPool

from reader.core.errors import StoreError
from reader.store.annotations import AnnotationStore
from reader.store.entities import EntityStore
from reader.store.interface import Change
from reader.store.pg.articles import PgArticleStore
from reader.store.pg.connect import (
    SCHEMA_VERSION,
    Link,
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
from reader.store.pg.offline import OfflineNotes, send_pending
from reader.store.pg.outbox import Outbox
from reader.store.translations import TranslationStore

if TYPE_CHECKING:
    from reader.store.interface import Store

log = logging.getLogger(__name__)

__all__ = ["SCHEMA_VERSION", "PgArticleStore", "PgBackend", "TeamAddress"]


def _pg(store: Store) -> PgArticleStore:
    if not isinstance(store, PgArticleStore):
        raise TypeError(f"a store of another library: {store!r}")
    return store


class PgBackend:
    """The stores of one team library, sharing one pool of connections."""

    local = False

    def __init__(
        self,
        address: str,
        password: Callable[[str], str] | None = None,
        folder: Path | None = None,
    ) -> None:
        """``folder``: this desktop's folder of the library, where notes made while the
        server is away wait (without one, such a note is refused with the error)."""
        self.address = TeamAddress.parse(address)
        self._password = password
        self._pool: ConnectionPool | None = None
        self._kwargs: dict[str, Any] = {}
        self._lock = threading.Lock()
        self.link = Link(role=self.address.user)
        self.outbox = Outbox(folder / "outbox.sqlite3") if folder is not None else None

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
        """A store; ``migrate`` (the library's first open) also sends the notes left
        waiting on this desktop when the server last went away."""
        pool = self.pool
        store = PgArticleStore(pool, self.address, self.link)
        if migrate:
            with reported(self.address), pool.connection() as conn:
                upgrade_schema(conn, self.address)
            self.send_pending(store)
        return store

    def send_pending(self, store: PgArticleStore | None = None) -> int:
        """Send the notes made while the server was away; returns how many were sent."""
        if self.outbox is None:
            return 0
        with self.link.lock:
            if self.link.offline and self._pool is not None:
                with reported(self.address):  # connections from before it left are dead
                    self._pool.check()
            self.link.offline = False  # tried again; not answering, it is said again
            sent, kept = send_pending(
                store or PgArticleStore(self.pool, self.address, self.link), self.outbox
            )
        if kept:
            log.warning("%d notes made offline wait in %s", kept, self.outbox.path)
        return sent

    def me(self) -> str:
        return self.address.user

    def author(self, store: Store) -> str:
        return _pg(store).current_role()

    def annotations(self, store: Store) -> AnnotationStore:
        if self.outbox is None:
            return AnnotationStore(_pg(store))
        return OfflineNotes(_pg(store), self.link, self.outbox)

    def entities(self, store: Store) -> EntityStore:
        return EntityStore(_pg(store))

    def translations(self, store: Store) -> TranslationStore:
        return TranslationStore(_pg(store))

    def backup_to(self, target: Path) -> Path:
        """A ``pg_dump`` archive of the library, written to ``target``."""
        self.pool  # noqa: B018 — signs in first: the password pg_dump needs, if any
        return dump(self.address, self._kwargs, target)

    def follow(self, callback: Callable[[Change], None]) -> Callable[[], None]:
        """Teammates' changes, and the server leaving and answering again: then the
        notes made meanwhile are sent first, and the change says how many."""

        def server(change: Change) -> None:
            if change.what == "server" and change.how == "lost":
                self.link.lost("the connection that follows the library was lost")
            elif change.what == "server" and change.how == "back":
                try:
                    change = replace(change, sent=self.send_pending())
                except StoreError as exc:  # away again already: the next return sends
                    self.link.lost(exc)
                    return
            callback(change)

        self.pool  # noqa: B018 — signs in first, with the password the pool found
        follower = Follower(self.address, self._kwargs, server)
        return follower.stop

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.close()
                self._pool = None
