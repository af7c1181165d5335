"""Opening a team library from the window (File → Open Team Library…): the address and
the password are checked by connecting once, before a window is started on the library;
a password typed there may be kept in the system keyring, never in a file or a log.

The team library opens in a window of its own (a process of its own: one library per
window, as everywhere in the app), beside the one already open.

Moving in and out: :func:`copy_library` copies a personal library to a team library
and back (``reader copy-library``)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

from reader.core.errors import ReaderError
from reader.core.paths import DataPaths
from reader.core.secrets import Secrets
from reader.store import transfer
from reader.store.articles import Articles
from reader.store.backend import TEAM_FOLDER, is_team_address, open_backend
from reader.store.lock import WriterLock
from reader.store.transfer import Copied


def secret_name(address: str) -> str:
    """The name of a team library's password in the system keyring."""
    from reader.store.pg.connect import TeamAddress, keyring_name

    return keyring_name(TeamAddress.parse(address))


def check_team_library(address: str, password: str = "", secrets: Secrets | None = None) -> int:
    """Connect to the team library once and count its articles (the library is not
    changed); raises :class:`ReaderError` saying why it cannot be opened. ``password``:
    one typed by the user, else ``~/.pgpass``, ``PGPASSWORD`` or the keyring's."""
    if not is_team_address(address):
        raise ReaderError("give the library's address: postgresql://you@server/database")
    keyring = secrets or Secrets()
    backend = open_backend(Path(), address, (lambda _name: password) if password else keyring.get)
    try:
        store = backend.open()
        return store.count()
    finally:
        backend.close()


def remember_password(address: str, password: str, secrets: Secrets | None = None) -> bool:
    """Keep the password in the system keyring; False when there is none (it is then
    given to the new window only)."""
    keyring = secrets or Secrets()
    return keyring.persistent() and keyring.set(secret_name(address), password)


def window_command(paths: DataPaths, address: str) -> Sequence[str]:
    """The command that opens a window on the team library, in the data folder of the
    library at ``paths`` (the app as it runs now: the bundle's own program, or this
    Python with the package)."""
    root = paths.root
    data_dir = root.parent.parent if root.parent.name == TEAM_FOLDER else root
    frozen = getattr(sys, "frozen", False)
    program = [sys.executable] if frozen else [sys.executable, "-m", "reader"]
    return [*program, "--data-dir", str(data_dir), "--library", address, "gui"]


def window_environment(password: str) -> dict[str, str]:
    """The new window's environment: a password typed but not kept in the keyring
    reaches it through libpq's own variable, seen only by that process."""
    environment = dict(os.environ)
    if password:
        environment["PGPASSWORD"] = password
    return environment


def copy_library(
    paths: DataPaths,
    team: str | None,
    target: str,
    progress: Callable[[int, int], None] = lambda done, total: None,
    secrets: Secrets | None = None,
) -> Copied:
    """Copy the library of ``paths`` (or the team library ``team``) into ``target``: a
    team library's address or a data folder, made or upgraded as needed (see
    :mod:`reader.store.transfer` for what goes along). A folder is written under its
    writer lock, as any other write to it; its search index follows at its next use."""
    keyring = secrets or Secrets()
    source = open_backend(paths.database, team, keyring.get)
    if is_team_address(target):
        destination = open_backend(Path(), target, keyring.get)
        lock: AbstractContextManager[object] = nullcontext()
        where = target
    else:
        folder = DataPaths(Path(target).expanduser())
        if folder.database.resolve() == paths.database.resolve() and not team:
            raise ReaderError(f"{target} is the library being copied")
        destination = open_backend(folder.database)
        lock = WriterLock(folder.root)
        where = str(folder.root)
    if destination.describe() == source.describe():
        raise ReaderError(f"{where} is the library being copied")
    try:
        with lock:
            return transfer.copy_library(
                _articles(source.open()), _articles(destination.open(migrate=True)), progress
            )
    finally:
        source.close()
        destination.close()


def _articles(store: object) -> Articles:
    if not isinstance(store, Articles):
        raise TypeError(f"not a library's store: {store!r}")
    return store
