"""The ``reader`` command's argument parser, gathered from the topic modules.

Each topic module declares its own subcommands through ``add_commands``; this module only
sets the global options and the order in which the commands are listed in ``--help``.
"""

from __future__ import annotations

import argparse

from reader import APP_NAME, __version__
from reader.cli import (
    entities,
    export,
    glossary,
    library,
    notes,
    safety,
    search,
    suggestions,
    team,
    translation,
    window,
)
from reader.cli.common import Command, Handler, folder, team_address

# the order of ``reader --help``
TOPICS = (
    library,
    search,
    entities,
    notes,
    suggestions,
    translation,
    glossary,
    export,
    safety,
    team,
    window,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader", description=f"{APP_NAME}: read, search and annotate news articles."
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=folder,
        help="library folder (default: $READER_DATA_DIR or the user data folder)",
    )
    parser.add_argument(
        "--library",
        metavar="ADDRESS",
        type=team_address,
        help="a team library: postgresql://user@host/database (the password comes from "
        "~/.pgpass, the keyring or PGPASSWORD; its index and settings are kept in the "
        "data folder)",
    )
    parser.add_argument("--debug", action="store_true", help="log debugging details on stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, func: Handler, help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_)
        p.set_defaults(func=func)
        if name != "gui":
            p.add_argument("--json", action="store_true", help="print JSON for scripts")
        return p

    add: Command = command
    for topic in TOPICS:
        topic.add_commands(add)
    return parser
