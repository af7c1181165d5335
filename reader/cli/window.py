"""``reader gui``: open the window (also what ``reader`` alone does).

The only module of :mod:`reader.cli` that starts the UI, and only when the command runs,
so that every other command works without PySide6 and starts without Qt (``reader export
--format pdf`` borrows the UI's PDF layout, see :mod:`reader.export.pdf`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader.core.errors import ReaderError

if TYPE_CHECKING:
    from reader.cli.common import Command


def cmd_gui(args: argparse.Namespace) -> int:
    targets = getattr(args, "targets", None) or ()
    team = getattr(args, "library", None)
    try:
        from reader.ui.qt_imports import skip_source_scan

        skip_source_scan()  # before the first frame's modules: none of them is read twice
        from reader.ui.first_frame import first_phase, load_second_phase
    except ImportError as exc:
        raise ReaderError(f"the window cannot start: {exc} (is PySide6 installed?)") from exc
    # the article read last on screen first; the library, the services and the window next
    shell = first_phase(args.data_dir, [sys.argv[0]], targets, team)
    spawn_workers()
    if not load_second_phase(shell):
        return 0  # closed before the window was there: nothing was opened
    from reader.ui.app import run

    return run(args.data_dir, argv=[sys.argv[0]], targets=targets, team=team, shell=shell)


def spawn_workers() -> None:
    """Worker processes (the index's, the import's, the language model's) started fresh
    rather than forked: a process that runs Qt and worker threads must not be forked.
    Set before any is started; the window sets it after its first frame, which does not
    wait for ``multiprocessing``'s import."""
    import multiprocessing

    multiprocessing.set_start_method("spawn", force=True)


def window_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments of a command line that only opens the window — ``reader`` or
    ``reader gui``, with ``--data-dir DIR``, ``--debug`` and links or files — read without
    the whole parser, whose topic modules import the services: the window paints its
    first frame before it needs them. None for any other command line (``--library``,
    ``--help``, an abbreviated option, another command…), which the parser reads, and
    reports on, as before."""
    args = argparse.Namespace(
        command=None, func=cmd_gui, data_dir=None, library=None, debug=False, targets=[]
    )
    words = list(argv)
    while words and words[0].startswith("-"):
        word = words.pop(0)
        if word == "--debug":
            args.debug = True
        elif word == "--data-dir" and words:
            args.data_dir = words.pop(0)
        elif word.startswith("--data-dir="):
            args.data_dir = word.partition("=")[2]
        else:
            return None
    if args.data_dir is not None and not args.data_dir.strip():
        return None  # the parser says why an empty folder is refused
    if words:
        if words[0] != "gui" or any(w.startswith("-") for w in words[1:]):
            return None
        args.command, args.targets = "gui", words[1:]
    return args


def add_commands(command: Command) -> None:
    p = command("gui", cmd_gui, "open the window (the default)")
    p.add_argument(
        "targets",
        nargs="*",
        metavar="LINK|FILE",
        help="a reader://article/ID#anno=UUID link to open, or files to import",
    )
