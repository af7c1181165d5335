"""``reader entities``: the named entities of one article, or of the whole library.

Its own module because it is the one command that reads the entity recogniser's labels
(:class:`reader.entities.base.Label`) to check ``--type``. Names follow the language the
window shows them in (``--names`` chooses another), as exports do.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from reader.cli.common import Command, emit, open_library
from reader.core.errors import ReaderError
from reader.entities.base import Label
from reader.services.naming import NameRule, bundled_naming, named_rows, window_choice

NAMES = ("en", "fr", "article")


def naming_language(args: argparse.Namespace, root: Path) -> tuple[NameRule, str]:
    """The rule and interface language entity names follow: ``--names``, else the
    window's choice for this library (else the system's language)."""
    if args.names == "article":
        return NameRule.ARTICLE, window_choice(root)[1]
    if args.names:
        return NameRule.INTERFACE, args.names
    return window_choice(root)


def add_names_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--names",
        choices=NAMES,
        help="entity names in English, in French, or in each article's language "
        "(default: as the window shows them)",
    )


def cmd_entities(args: argparse.Namespace) -> int:
    if not args.all and not args.id:
        raise ReaderError("give an article ID, or --all for the whole library")
    with open_library(args) as library:
        rule, interface = naming_language(args, library.paths.root)
        naming = bundled_naming()
        if args.all:
            library.recognize_pending()
            rows = named_rows(
                library.entity_summaries(args.type.upper() if args.type else None),
                interface,  # many articles at once: the interface's language
                lambda name: {a.id for a in library.entity_articles(name)},
                naming,
            )
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
        article = library.article(args.id)
        lang = rule.language(interface, article.lang)
        mentions = naming.rename(library.entities(article.id), lang)
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
    add_names_option(p)
