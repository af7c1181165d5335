"""The ``reader`` command: every headless feature, for people and for scripts.

Each command has ``--json`` with a documented, stable shape (see the README). A user
error prints one line on stderr and exits 1; only bugs show a traceback.

This package holds one module per topic (:mod:`~reader.cli.library`,
:mod:`~reader.cli.search`, :mod:`~reader.cli.entities`, :mod:`~reader.cli.notes`,
:mod:`~reader.cli.translation`, :mod:`~reader.cli.export`, :mod:`~reader.cli.safety`,
:mod:`~reader.cli.window`), gathered by :mod:`~reader.cli.parser`; :func:`main`, the
console entry point, only parses, dispatches and turns errors into exit codes.
"""

from __future__ import annotations

import logging
import multiprocessing
import sys
from collections.abc import Sequence

from reader.cli.parser import build_parser
from reader.cli.window import cmd_gui
from reader.core.errors import ReaderError

__all__ = ["build_parser", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    # Index workers must not be forked from a process that runs Qt and worker threads.
    multiprocessing.set_start_method("spawn", force=True)
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if args.command is None:
        args.func = cmd_gui
    try:
        return int(args.func(args))
    except ReaderError as exc:
        print(f"reader: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("reader: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
