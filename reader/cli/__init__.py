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

import argparse
import logging
import sys
from collections.abc import Sequence

from reader.cli.window import cmd_gui, spawn_workers, window_arguments
from reader.core.errors import ReaderError

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    """The whole parser (:mod:`reader.cli.parser`; its topic modules import the services)."""
    from reader.cli.parser import build_parser as build

    return build()


def main(argv: Sequence[str] | None = None) -> int:
    # ``reader`` and ``reader gui`` are read without the whole parser: the window's first
    # frame does not wait for the services every other command imports
    args = window_arguments(sys.argv[1:] if argv is None else argv)
    if args is None:
        parser = build_parser()
        args, extra = parser.parse_known_args(argv)
        words: str = getattr(args, "dashed_words", "")
        unknown = [a for a in extra if a.startswith("--")] if words else extra
        if unknown:
            parser.error(f"unrecognized arguments: {' '.join(unknown)}")
        if extra:
            # ``reader search blair -iraq brown``: ``-iraq`` is a word to exclude, not an
            # unknown option, and what follows it (``brown``) is the query's too
            setattr(args, words, [*getattr(args, words), *extra])
    if args.command is None:
        args.func = cmd_gui
    if args.func is not cmd_gui:  # the window's start sets it after its first frame
        spawn_workers()
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
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
