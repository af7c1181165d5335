"""Opening a team library from the window (File → Open Team Library…): the address and
the password are checked by connecting once, before a window is started on the library;
a password typed there may be kept in the system keyring, never in a file or a log.

The team library opens in a window of its own (a process of its own: one library per
window, as everywhere in the app), beside the one already open."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from reader.core.errors import ReaderError
from reader.core.paths import DataPaths
from reader.core.secrets import Secrets
from reader.store.backend import TEAM_FOLDER, is_team_address, open_backend


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
