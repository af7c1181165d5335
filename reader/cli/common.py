"""What every command module of :mod:`reader.cli` shares: how a command is declared, how
the library is opened, how JSON is printed and the checked argument types.

Kept in one place so that the topic modules stay independent of one another and of the
parser that gathers them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from reader.core.errors import ReaderError
from reader.core.filesystem import FileTooLarge, NotRegularFile, read_regular
from reader.services import Library

Handler = Callable[[argparse.Namespace], int]
# ``command(name, handler, help)`` adds a subcommand (with ``--json``) and returns its parser
Command = Callable[[str, Handler, str], argparse.ArgumentParser]


def emit(data: Any) -> None:
    """Print ``data`` as indented JSON, the shape a command's ``--json`` documents."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


MB = 1024 * 1024


def read_given(path: Path, limit: int) -> bytes:
    """The bytes of a file a command was given to read, at most ``limit``: a file that is
    missing, a folder, a pipe or too large is one line saying so, not a traceback."""
    try:
        return read_regular(path, limit)
    except FileTooLarge as exc:
        raise ReaderError(f"cannot read {path}: larger than {limit // MB} MB") from exc
    except NotRegularFile as exc:
        raise ReaderError(f"cannot read {path}: {exc}") from exc
    except OSError as exc:
        raise ReaderError(f"cannot read {path}: {exc.strerror or exc}") from exc


def open_library(args: argparse.Namespace) -> Library:
    """The library of ``--data-dir`` (with the bundled corpus on first use), or the
    team library of ``--library``."""
    library = Library.open(args.data_dir, team=getattr(args, "library", None))
    library.seed_if_empty()
    return library


def team_address(text: str) -> str:
    """A ``--library``: a PostgreSQL address, without a password (the command line is
    seen by every process and kept in the shell's history)."""
    address = text.strip()
    if not address.lower().startswith(("postgresql://", "postgres://")):
        raise argparse.ArgumentTypeError(
            "not a team library address: give postgresql://user@host/database"
        )
    try:
        password = urlsplit(address).password
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"cannot read the address: {exc}") from exc
    if password is not None:
        raise argparse.ArgumentTypeError(
            "leave the password out of the address: keep it in ~/.pgpass, the system "
            "keyring or PGPASSWORD"
        )
    return address


def folder(text: str) -> str:
    """A ``--data-dir``: an empty one (an unset shell variable) used to mean the default
    library, silently."""
    if not text.strip():
        raise argparse.ArgumentTypeError(
            "empty: give a folder, or leave the option out for the default library"
        )
    return text


def count(text: str) -> int:
    """A whole number from 1 (``--limit``, ``--occurrence``)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text} is not a whole number from 1")
    return value
