"""``reader gui``: open the window (also what ``reader`` alone does).

The only module of :mod:`reader.cli` that starts the UI, and only when the command runs,
so that every other command works without PySide6 and starts without Qt (``reader export
--format pdf`` borrows the UI's PDF layout, see :mod:`reader.export.pdf`).
"""

from __future__ import annotations

import argparse
import sys

from reader.cli.common import Command
from reader.core.errors import ReaderError


def cmd_gui(args: argparse.Namespace) -> int:
    try:
        from reader.ui.app import run
    except ImportError as exc:
        raise ReaderError(f"the window cannot start: {exc} (is PySide6 installed?)") from exc
    return run(
        args.data_dir,
        argv=[sys.argv[0]],
        targets=getattr(args, "targets", None) or (),
        team=getattr(args, "library", None),
    )


def add_commands(command: Command) -> None:
    p = command("gui", cmd_gui, "open the window (the default)")
    p.add_argument(
        "targets",
        nargs="*",
        metavar="LINK|FILE",
        help="a reader://article/ID#anno=UUID link to open, or files to import",
    )
