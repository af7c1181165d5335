"""``reader entities``: the named entities of one article, or of the whole library.

Its own module because it is the one command that reads the entity recogniser's labels
(:class:`reader.entities.base.Label`) to check ``--type``.
"""

from __future__ import annotations

import argparse

from reader.cli.common import Command, emit, open_library
from reader.core.errors import ReaderError
from reader.entities.base import Label


def cmd_entities(args: argparse.Namespace) -> int:
    if not args.all and not args.id:
        raise ReaderError("give an article ID, or --all for the whole library")
    with open_library(args) as library:
        if args.all:
            library.recognize_pending()
            rows = library.entity_summaries(args.type.upper() if args.type else None)
            if args.json:
                emit(
                    {
                        "entities": [
                            {
                                "canonical": e.canonical,
                                "label": e.label,
                                "mentions": e.mentions,
                                "articles": e.articles,
                            }
                            for e in rows
                        ]
                    }
                )
            else:
                for e in rows:
                    print(f"{e.label:<8} {e.canonical:<40} {e.articles:>5} art. {e.mentions:>6}×")
                print(f"{len(rows)} entities")
            return 0
        mentions = library.entities(args.id)
        if args.type:
            mentions = [m for m in mentions if m.label == args.type.upper()]
    if args.json:
        emit(
            {
                "mentions": [
                    {
                        "start": m.start,
                        "end": m.end,
                        "text": m.text,
                        "label": m.label,
                        "canonical": m.canonical,
                        "source": m.source,
                    }
                    for m in mentions
                ]
            }
        )
        return 0
    for m in mentions:
        alias = f" → {m.canonical}" if m.canonical != m.text else ""
        print(f"{m.start:>6}-{m.end:<6} {m.label:<8} {m.text}{alias}  ({m.source})")
    print(f"{len(mentions)} mentions")
    return 0


def add_commands(command: Command) -> None:
    p = command("entities", cmd_entities, "named entities of an article, or of the library")
    p.add_argument("id", metavar="ID", nargs="?", help="an article id (or unique prefix)")
    p.add_argument("--all", action="store_true", help="every entity of the library")
    p.add_argument(
        "--type",
        metavar="TYPE",
        type=str.upper,
        choices=[label.value for label in Label],
        help="only PER, ORG, LOC, PRODUCT, MONEY, PERCENT, DATE or MISC",
    )
