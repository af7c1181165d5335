"""Moving a library in and out of a team library: ``reader copy-library TARGET`` copies
the library of ``--data-dir`` (or the team library of ``--library``) into TARGET, a team
library's address or a data folder. Run again, it adds only what is new."""

from __future__ import annotations

import argparse
import sys

from reader.cli.common import Command, emit
from reader.core.paths import resolve_data_dir
from reader.services.team import copy_library


def cmd_copy_library(args: argparse.Namespace) -> int:
    def progress(done: int, total: int) -> None:
        if not args.json and (done == total or done % 100 == 0):
            print(f"\r{done} of {total} articles", end="", file=sys.stderr, flush=True)

    copied = copy_library(resolve_data_dir(args.data_dir), args.library, args.target, progress)
    shape = {
        "target": args.target,
        "articles": copied.articles,
        "notes": copied.notes,
        "article_tags": copied.article_tags,
        "corrections": copied.corrections,
        "glossary": copied.glossary,
    }
    if args.json:
        emit(shape)
        return 0
    print(file=sys.stderr)
    print(
        f"copied {copied.articles} articles, {copied.notes} notes, {copied.article_tags} "
        f"article tags, {copied.corrections} entity corrections and {copied.glossary} "
        f"glossary entries to {args.target}"
    )
    return 0


def add_commands(command: Command) -> None:
    p = command(
        "copy-library",
        cmd_copy_library,
        "copy this library (articles, notes with their passages and tags, article tags, "
        "entity corrections, the glossary) into a team library or another data folder",
    )
    p.add_argument(
        "target",
        metavar="TARGET",
        help="postgresql://user@host/database, or a data folder (made if needed)",
    )
