"""The glossary from the command line: ``reader glossary`` lists a language pair's entries,
``add`` and ``remove`` change one, ``export`` and ``import`` carry the whole glossary as
CSV to another library (the same file the glossary dialog reads and writes)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.cli.common import MB, Command, emit, open_library, read_given
from reader.core.errors import ReaderError
from reader.core.glossary import GlossaryEntry, term_key
from reader.services.exports import write_atomically

MAX_GLOSSARY_FILE = 64 * MB  # a glossary of a million terms is some 40 MB of CSV


def cmd_glossary(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        if args.action == "list":
            entries = library.glossary(args.source, args.to)  # None: every pair
            if args.json:
                emit(
                    [
                        {
                            "source": e.source,
                            "target": e.target,
                            "term": e.term,
                            "translation": e.translation,
                            "keep": e.keep,
                            "note": e.note,
                        }
                        for e in entries
                    ]
                )
                return 0
            for e in entries:
                said = "(kept as written)" if e.keep else e.translation
                note = f"  — {e.note}" if e.note else ""
                print(f"{e.source}→{e.target}  {e.term}  {said}{note}")
            if not entries:
                print("the glossary is empty", file=sys.stderr)
            return 0
        if args.action == "add":
            entry = library.add_glossary_entry(
                GlossaryEntry(
                    args.source or "fr",
                    args.to or "en",
                    args.term,
                    args.translation,
                    args.keep,
                    args.note,
                )
            )
            print(f"{entry.source}→{entry.target}  {entry.term}  {entry.rendering}")
            return 0
        if args.action == "remove":
            pair = (args.source or "fr", args.to or "en")
            found = [e for e in library.glossary(*pair) if e.key == term_key(args.term)]
            if not found:
                print(f"{args.term!r} is not in the {pair[0]}→{pair[1]} glossary", file=sys.stderr)
                return 1
            library.delete_glossary_entries([e.id for e in found if e.id is not None])
            return 0
        path = Path(args.file)
        if args.action == "export":
            write_atomically(path, library.export_glossary().encode("utf-8"))
            print(f"{len(library.glossary())} entries written to {path}")
            return 0
        text = read_given(path, MAX_GLOSSARY_FILE).decode("utf-8", errors="replace")
        count = library.import_glossary(text, args.source or "", args.to or "")
        print(f"{count} entries imported from {path}")
        return 0


def add_commands(command: Command) -> None:
    p = command(
        "glossary",
        cmd_glossary,
        "your glossary: list, add or remove an entry, export or import it as CSV",
    )
    p.add_argument(
        "action",
        nargs="?",
        default="list",
        choices=("list", "add", "remove", "export", "import"),
        help="default: list",
    )
    p.add_argument("term", nargs="?", metavar="TERM|FILE")
    p.add_argument("translation", nargs="?", default="", metavar="TRANSLATION")
    p.add_argument(
        "--from", dest="source", metavar="LANG", help="source language (add, remove: default fr)"
    )
    p.add_argument("--to", metavar="LANG", help="target language (add, remove: default en)")
    p.add_argument("--keep", action="store_true", help="a name, left as written")
    p.add_argument("--note", default="", help="a note beside the entry")
    p.set_defaults(file="")

    examples = {
        "add": "reader glossary add puce chip",
        "remove": "reader glossary remove puce",
        "export": "reader glossary export glossary.csv",
        "import": "reader glossary import glossary.csv",
    }

    def file_from_term(args: argparse.Namespace) -> int:
        # a missing or empty word is an error of the user's like any other: one
        # "reader: …" line and status 1 ('' is what a script's unset variable gives)
        given, action = args.term, args.action
        if action in examples and (given is None or not given.strip()):
            wanted = "a FILE" if action in ("export", "import") else "a TERM"
            empty = "the file name" if action in ("export", "import") else "the term"
            said = f"{empty} is empty: " if given is not None else ""
            raise ReaderError(f"{said}glossary {action} needs {wanted} ({examples[action]})")
        if action in ("export", "import"):
            args.file = given
        args.term = given or ""
        return cmd_glossary(args)

    p.set_defaults(func=file_from_term)
