"""Suggested tags from the command line: ``reader suggest ID`` lists an article's, with
``--accept NAME`` adding one as a tag and ``--dismiss NAME`` never suggesting it there
again (kept in the library, as the window's × does)."""

from __future__ import annotations

import argparse

from reader.cli.common import Command, emit, open_library
from reader.core.errors import NotFound
from reader.services import suggestions
from reader.services.suggestions import Suggestion


def _find(found: list[Suggestion], name: str) -> Suggestion:
    wanted = " ".join(name.split()).casefold()
    for s in found:
        if wanted in (s.name.casefold(), s.reason.casefold()):
            return s
    shown = ", ".join(s.name for s in found) or "none"
    raise NotFound(f"{name!r} is not among the suggestions ({shown})")


def cmd_suggest(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        article_id = library.store.resolve(args.id)
        found = suggestions.suggested_tags(library, article_id)
        if args.accept:
            chosen = _find(found, args.accept)
            library.set_article_tags(article_id, suggestions.accept(library, article_id, chosen))
            found = suggestions.suggested_tags(library, article_id)
        elif args.dismiss:
            suggestions.dismiss(library, article_id, _find(found, args.dismiss))
            found = suggestions.suggested_tags(library, article_id)
        tags = library.article(article_id).tags
    if args.json:
        emit(
            {
                "article": article_id,
                "tags": list(tags),
                "suggestions": [
                    {"name": s.name, "existing": s.existing, "from": s.reason} for s in found
                ],
            }
        )
        return 0
    if tags:
        print("tags: " + ", ".join(tags))
    for s in found:
        said = f"  (your tag; the article says “{s.reason}”)" if s.existing else ""
        print(f"+ {s.name}{said}")
    if not found:
        print("no suggestions")
    return 0


def add_commands(command: Command) -> None:
    p = command("suggest", cmd_suggest, "an article's suggested tags; accept or dismiss one")
    p.add_argument("id", metavar="ID")
    action = p.add_mutually_exclusive_group()
    action.add_argument("--accept", metavar="NAME", help="add this suggestion as a tag")
    action.add_argument("--dismiss", metavar="NAME", help="never suggest it for this article again")
