"""Annotated notes in and out of the library: ``reader export`` (Markdown, HTML, PDF, CSV,
JSON-LD …) and ``reader import-annotations`` (W3C annotations, anchored again on the
matching articles).

One module because both speak the exchange formats of :mod:`reader.export`; the notes
themselves are made and listed by :mod:`reader.cli.notes`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from reader.cli.common import MB, Command, open_library, read_given
from reader.cli.entities import add_names_option, naming_language
from reader.core.errors import ReaderError
from reader.core.wording import counted
from reader.export.base import ExportOptions
from reader.services.exports import ExportScope, export_formats
from reader.services.naming import named_document

BINARY = {"pdf"}
MAX_ANNOTATION_FILE = 256 * MB  # 100,000 annotations take about 60 MB of JSON-LD


def cmd_export(args: argparse.Namespace) -> int:
    scope = ExportScope(
        articles=tuple(args.article or ()),
        tag=args.tag,
        query=args.query,
        everything=args.all,
    )
    options = ExportOptions(
        full_text=args.full_text, entities=not args.no_entities, split=args.split
    )
    if args.output is None and (args.format in BINARY or args.split):
        raise ReaderError(f"give a file to write the {args.format} export to (-o PATH)")
    if args.format == "pdf":
        # the layout is Qt's, in the UI layer: handed down to reader.export.pdf (no Qt is
        # loaded until the PDF is rendered)
        from reader.ui.pdf import install

        install()
    with open_library(args) as library:
        rule, interface = naming_language(args, library.paths.root)
        document = named_document(
            library.export_document(scope, options, args.creator), rule, interface
        )
        if args.output is None:
            from reader.export.registry import exporter

            sys.stdout.write(exporter(args.format).render(document).decode("utf-8-sig"))
            return 0
        written = library.write_export(args.format, document, args.output, args.force)
    total = document.total
    if args.json:
        json.dump({"files": [str(p) for p in written], "annotations": total}, sys.stdout)
        sys.stdout.write("\n")
    else:
        for path in written:
            print(path)
        print(f"{counted(total, 'annotation')} exported", file=sys.stderr)
    return 0


def cmd_import_annotations(args: argparse.Namespace) -> int:
    raw = read_given(Path(args.file), MAX_ANNOTATION_FILE)
    with open_library(args) as library:
        report = library.import_annotations(raw)
    if args.json:
        json.dump(
            {
                "anchored": report.anchored,
                "moved": report.moved,
                "orphaned": report.orphaned,
                "unchanged": report.unchanged,
                "no_article": report.no_article,
                "skipped": report.skipped,
                "new_ids": report.new_ids,
                "articles": sorted(report.articles),
            },
            sys.stdout,
        )
        sys.stdout.write("\n")
        return 0
    print(
        f"{report.imported} imported ({report.anchored} kept in place, {report.moved} moved, "
        f"{report.orphaned} orphaned), {report.unchanged} already there, "
        f"{report.no_article} without a matching article, {report.skipped} without a text quote"
    )
    if report.new_ids:
        print(f"{report.new_ids} got a new id: theirs is an annotation of another article here")
    return 0


def add_commands(command: Command) -> None:
    p = command("export", cmd_export, "export annotated notes (Markdown, HTML, PDF, CSV, …)")
    p.add_argument("--format", default="md", choices=export_formats(), help="default md")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--article", action="append", metavar="ID", help="repeat for several")
    which.add_argument("--tag", help="the passages with this tag (and its sub-tags)")
    which.add_argument("--query", metavar="Q", help="the articles a search finds")
    which.add_argument("--all", action="store_true", help="every annotation (the default)")
    p.add_argument("-o", "--output", metavar="PATH", help="file (or folder with --split)")
    p.add_argument("--force", action="store_true", help="overwrite existing files")
    p.add_argument("--split", action="store_true", help="one file per article")
    p.add_argument("--full-text", action="store_true", help="include the text, highlighted")
    p.add_argument("--no-entities", action="store_true", help="leave the entities out")
    add_names_option(p)
    p.add_argument("--creator", help="the name given as the annotations' creator")
    p = command(
        "import-annotations",
        cmd_import_annotations,
        "import W3C annotations (JSON-LD), anchored on the matching articles",
    )
    p.add_argument("file", metavar="FILE")
