"""The reader's own notes from the command line: ``reader annotate`` (highlight a passage,
with a note and tags), ``reader annotations`` (list them) and ``reader tags`` / ``reader
tag`` (the tags' counts; rename, merge or delete one).

Annotations going out of the library or coming in from elsewhere are in
:mod:`reader.cli.export`.
"""

from __future__ import annotations

import argparse
import textwrap
from typing import Any

from reader.cli.common import Command, count, emit, open_library
from reader.core.colors import COLORS
from reader.core.errors import ReaderError
from reader.core.model import Annotation


def _annotation_json(a: Annotation) -> dict[str, Any]:
    shape = {
        "id": a.id,
        "article": a.article_id,
        "start": a.start,
        "end": a.end,
        "exact": a.exact,
        "prefix": a.prefix,
        "suffix": a.suffix,
        "color": a.color,
        "note": a.note,
        "tags": list(a.tags),
        "status": a.status,
    }
    if a.author:  # a team library's note: whose, and whether the team sees it
        shape.update(author=a.author, shared=a.shared)
    return shape


def _print_annotation(a: Annotation) -> None:
    tags = " ".join(f"#{t}" for t in a.tags)
    flag = "" if a.status == "anchored" else f" [{a.status}]"
    if a.author:  # a team library's note: whose, and whether the team sees it
        flag += f" ({a.author}, {'shared' if a.shared else 'private'})"
    print(
        f"{a.id[:8]}  {a.article_id[:10]}  {a.start}-{a.end}  {a.color}{flag}  “{a.exact}” {tags}"
    )
    if a.note:  # every line of it under the highlight, not the first alone
        print(textwrap.indent(a.note, " " * 10))


def cmd_annotate(args: argparse.Namespace) -> int:
    if not args.quote.strip():
        raise ReaderError("--quote needs the words to highlight, as the article writes them")
    with open_library(args) as library:
        made = library.annotate(
            args.id,
            args.quote,
            occurrence=args.occurrence,
            color=args.color,
            note=args.note or "",
            tags=args.tag or (),
            shared=args.shared,
        )
    if args.json:
        emit(_annotation_json(made))
    else:
        _print_annotation(made)
    return 0


def cmd_annotations(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        found = library.annotations(args.id, tag=args.tag)
    if args.json:
        emit({"annotations": [_annotation_json(a) for a in found]})
        return 0
    for a in found:
        _print_annotation(a)
    print(f"{len(found)} annotations")
    return 0


def cmd_tags(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        if args.action == "rename" or args.action == "merge":
            if len(args.names) != 2:
                raise ReaderError(f"tag {args.action} needs two names: OLD NEW")
            library.rename_tag(*args.names)
        elif args.action == "delete":
            if len(args.names) != 1:
                raise ReaderError("tag delete needs one name")
            library.delete_tag(args.names[0])
        rows = library.tags()
    if args.json:
        emit(
            {
                "tags": [
                    {"name": t.name, "passages": t.passages, "articles": t.articles} for t in rows
                ]
            }
        )
        return 0
    for t in rows:
        print(f"{t.name:<40} {t.passages:>5} passages {t.articles:>5} articles")
    return 0


def add_commands(command: Command) -> None:
    p = command("annotate", cmd_annotate, "highlight a passage, with a note and tags")
    p.add_argument("id", metavar="ID")
    p.add_argument(
        "--quote",
        required=True,
        help="the text to highlight (its capitals, accents, quotes and line breaks may differ)",
    )
    p.add_argument("--occurrence", type=count, default=1, help="which appearance (from 1)")
    p.add_argument(
        "--color", default="yellow", choices=COLORS, metavar="COLOR", help=", ".join(COLORS)
    )
    p.add_argument("--note", help="a note (Markdown)")
    p.add_argument("--tag", action="append", help="a tag (repeat for several)")
    p.add_argument(
        "--shared",
        action="store_true",
        help="in a team library: the team sees it (by default a note is its author's alone)",
    )
    p = command("annotations", cmd_annotations, "list annotations (of an article, of a tag)")
    p.add_argument("id", metavar="ID", nargs="?")
    p.add_argument("--tag", help="only this tag (and its sub-tags)")
    p = command("tags", cmd_tags, "list tags with their counts")
    p.set_defaults(action=None, names=[])
    p = command("tag", cmd_tags, "rename, merge or delete a tag")
    p.add_argument("action", choices=["rename", "merge", "delete"])
    p.add_argument("names", nargs="+", metavar="TAG")
