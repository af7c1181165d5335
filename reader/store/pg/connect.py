"""Reach a team library: its address, its password, a pool of connections, its schema.

A team library is named by a ``postgresql://user@host[:port]/database`` address (any
libpq parameter may follow, ``?sslmode=require`` for one: libpq's default, ``prefer``,
already uses TLS when the server offers it). A password is never part of the address —
the address is shown and logged — it comes from ``~/.pgpass`` or ``PGPASSWORD`` (read by
libpq itself), or from the system keyring under :func:`keyring_name`.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit

import psycopg
import psycopg.errors
from psycopg_pool import ConnectionPool, PoolTimeout

from reader.core.errors import StoreError
from reader.store.backend import is_team_address
from reader.store.pg.schema import UPGRADE_LOCK, UPGRADES

log = logging.getLogger(__name__)
SCHEMA_VERSION = len(UPGRADES)
CONNECT_TIMEOUT = 10  # seconds: an unreachable server is said, not waited on forever
RETRY_AFTER = 5.0  # seconds: a server found away is said at once, then tried again


@dataclass(frozen=True)
class TeamAddress:
    """A team library's address, without its password."""

    url: str
    user: str
    host: str
    port: int
    database: str

    @classmethod
    def parse(cls, text: str) -> TeamAddress:
        """Read ``postgresql://user@host[:port]/database[?…]``; refuse a password in it."""
        url = text.strip()
        if not is_team_address(url):
            raise StoreError(f"{url!r} is not a team library address (postgresql://…)")
        try:
            parts = urlsplit(url)
            port = parts.port or 5432
        except ValueError as exc:
            raise StoreError(f"the team library address {url!r} cannot be read: {exc}") from exc
        if parts.password is not None:
            raise StoreError(
                "the team library address holds a password; addresses are shown and logged, "
                "so keep the password in ~/.pgpass, the system keyring or PGPASSWORD, and "
                "give the address without it (postgresql://user@host/database)"
            )
        database = unquote(parts.path.lstrip("/"))
        if not database or not parts.username:
            raise StoreError(
                f"the team library address {url!r} needs a user and a database: "
                "postgresql://user@host/database"
            )
        return cls(url, unquote(parts.username), parts.hostname or "", port, database)

    def __str__(self) -> str:
        host = self.host or "localhost"
        return f"{self.user}@{host}:{self.port}/{self.database}"


def keyring_name(address: TeamAddress) -> str:
    """The name a team library's password has in the system keyring."""
    return f"team-library:{address}"


def _describe(exc: psycopg.Error, address: TeamAddress) -> str:
    message = " ".join(str(exc).split())
    if isinstance(exc, psycopg.errors.InsufficientPrivilege):
        return (
            f"the team library {address} refused this: {message} — ask its owner "
            "for access (see the README's team library section)"
        )
    if "password" in message:
        return (
            f"cannot sign in to the team library {address}: {message}. Put the password "
            "in ~/.pgpass, the system keyring (File → Open Team Library…) or PGPASSWORD"
        )
    return f"cannot use the team library {address}: {message}"


class ServerUnreachable(StoreError):
    """The team library's server does not answer, or went away in the middle of a call
    (what was sent in that transaction was rolled back by the server)."""


@dataclass
class Link:
    """Whether the server answers, as this desktop last found; shared by the stores of
    one library. While it does not, calls fail at once, saying so (instead of waiting
    for a connection each time), and notes go to the desktop's outbox."""

    role: str = ""
    offline: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)
    since: float = 0.0  # when it was last found not answering (time.monotonic)
    # what was last read, shown again while the server is away: the library's rows, and
    # the articles last opened (a few: the one on screen is what matters)
    rows: dict[str, Any] = field(default_factory=dict)
    articles: dict[str, Any] = field(default_factory=dict)

    def lost(self, reason: object) -> None:
        if not self.offline:
            log.warning("the team library's server does not answer: %s", reason)
        self.offline = True
        self.since = time.monotonic()

    def waiting(self) -> bool:
        """Whether to say at once that the server does not answer: it did not, a few
        seconds ago (after them, the next call tries it again)."""
        return self.offline and time.monotonic() - self.since < RETRY_AFTER


def offline_error(address: TeamAddress) -> ServerUnreachable:
    return ServerUnreachable(
        f"the team library {address} does not answer; what is open stays readable, and "
        "the notes you make are kept on this desktop and sent when it answers again"
    )


@contextmanager
def guarded(address: TeamAddress, link: Link | None) -> Iterator[None]:
    """:func:`reported`, and the server's absence noted in ``link`` and said at once."""
    if link is not None and link.waiting():
        raise offline_error(address)
    try:
        with reported(address):
            yield
    except ServerUnreachable as exc:
        if link is None or not isinstance(exc.__cause__, PoolTimeout):
            raise  # a connection lost (the server restarted, a session ended): not yet away
        link.lost(exc)
        raise offline_error(address) from exc


def store_error(exc: psycopg.Error, address: TeamAddress) -> StoreError:
    """The user-facing error for a failed call on the team library."""
    if isinstance(exc, psycopg.OperationalError) and not _password_needed(exc):
        return ServerUnreachable(_describe(exc, address))
    return StoreError(_describe(exc, address))


@contextmanager
def reported(address: TeamAddress) -> Iterator[None]:
    """Turn PostgreSQL's errors into messages the user can act on."""
    try:
        yield
    except psycopg.Error as exc:
        raise store_error(exc, address) from exc
    except PoolTimeout as exc:
        raise ServerUnreachable(
            f"the team library {address} does not answer (no connection within "
            f"{CONNECT_TIMEOUT} s); check the network and that the server is running"
        ) from exc


def _password_needed(exc: psycopg.OperationalError) -> bool:
    text = str(exc)
    return "password" in text and ("no password" in text or "authentication failed" in text)


def connect_arguments(
    address: TeamAddress, password: Callable[[str], str] | None = None
) -> dict[str, Any]:
    """The keyword arguments of every connection: libpq tries ``~/.pgpass`` and
    ``PGPASSWORD`` first; when the server still asks for a password, the keyring's is
    used (``password`` reads a named secret)."""
    kwargs: dict[str, Any] = {
        "autocommit": True,
        "connect_timeout": CONNECT_TIMEOUT,
        "application_name": "liseuse",
    }
    try:
        psycopg.connect(address.url, **kwargs).close()
    except psycopg.OperationalError as exc:
        secret = password(keyring_name(address)) if password is not None else ""
        if not (_password_needed(exc) and secret):
            raise store_error(exc, address) from exc
        kwargs["password"] = secret
        try:  # a wrong one is said now, not by a pool retrying until it gives up
            psycopg.connect(address.url, **kwargs).close()
        except psycopg.OperationalError as again:
            raise store_error(again, address) from again
    return kwargs


def open_pool(address: TeamAddress, kwargs: dict[str, Any]) -> ConnectionPool:
    """A pool of connections to the library, shared by the threads of one process."""
    pool = ConnectionPool(
        address.url,
        kwargs=kwargs,
        min_size=1,
        max_size=4,
        timeout=CONNECT_TIMEOUT,
        name=str(address),
        open=False,
    )
    pool.open(wait=True, timeout=CONNECT_TIMEOUT)
    return pool


def migrate(db: psycopg.Connection[Any], address: TeamAddress) -> int:
    """Create or upgrade the library's schema, in one transaction; refuse a newer one.
    Returns the version the library had."""
    with db.transaction():
        db.execute("SELECT pg_advisory_xact_lock(%s)", (UPGRADE_LOCK,))
        exists = db.execute("SELECT to_regclass('liseuse_schema')").fetchone()
        if exists is None or exists[0] is None:
            db.execute("CREATE TABLE liseuse_schema (version INTEGER NOT NULL)")
            db.execute("INSERT INTO liseuse_schema VALUES (0)")
            db.execute("GRANT SELECT ON liseuse_schema TO PUBLIC")
        row = db.execute("SELECT version FROM liseuse_schema").fetchone()
        version = int(row[0]) if row else 0
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"the team library {address} was made by a newer version of the app "
                f"(schema {version}, this app knows {SCHEMA_VERSION}); update the app "
                "to open it — nothing was changed"
            )
        try:
            with db.transaction():  # a savepoint: refused, the library can still be asked
                for number in range(version + 1, SCHEMA_VERSION + 1):
                    log.info("upgrading the team library %s to schema %d", address, number)
                    UPGRADES[number - 1](db)
                    db.execute("UPDATE liseuse_schema SET version = %s", (number,))
        except psycopg.errors.InsufficientPrivilege as exc:
            row = db.execute(
                "SELECT tableowner FROM pg_tables WHERE tablename = 'liseuse_schema'"
            ).fetchone()
            owner = str(row[0]) if row else "the role that made the library"
            raise StoreError(
                f"the team library {address} has schema {version} and this app needs "
                f"{SCHEMA_VERSION}; only its owner may change its tables: ask its owner "
                f"({owner}) to open it once with this version — nothing was changed"
            ) from exc
    return version
