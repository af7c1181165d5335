"""The library's contents from the command line: ``reader import`` (files and folders in),
``reader list`` (what is there) and ``reader show`` (one article, with its structure).

These are the commands that fill and browse the library; searching, annotating and the
rest each have their own module.
"""

from __future__ import annotations

import argparse
import sys

from reader.cli.common import Command, emit, open_library
from reader.core.model import ImportReport, ImportStatus


def cmd_import(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        library.auto_backup()  # before a batch of writes, once a day
        tty = sys.stderr.isatty() and not args.json

        def progress(done: int, total: int, path: str) -> None:
            if tty and total:
                sys.stderr.write(f"\r{done}/{total} files…")
                sys.stderr.flush()

        report = library.import_paths(args.paths, progress=progress)
        if tty:
            sys.stderr.write("\r\x1b[K")
    _print_report(report, args.json)
    if not report.outcomes:  # no file to read: nothing was imported
        if not report.left_out and not args.json:
            print("nothing to import: no text, Markdown or HTML file there", file=sys.stderr)
        return 1
    return 1 if report.failed and len(report.failed) == len(report.outcomes) else 0


def _left_out_line(left_out: list[str]) -> str:
    """One line for the files of other kinds a folder held, naming the first few."""
    shown = ", ".join(left_out[:3])
    if len(left_out) > 3:
        shown += f" and {len(left_out) - 3} more"
    files = "file" if len(left_out) == 1 else "files"
    return (
        f"left out {len(left_out)} {files} of other kinds "
        f"(only text, Markdown and HTML files are read): {shown}"
    )


def _print_report(report: ImportReport, as_json: bool) -> None:
    counts = {status.value: report.count(status) for status in ImportStatus}
    if as_json:
        emit(
            {
                **counts,
                "annotations": report.annotations,
                "left_out": report.left_out,
                "files": [
                    {
                        "path": o.path,
                        "status": o.status.value,
                        "id": o.article_id,
                        "title": o.title,
                        "reason": o.reason,
                    }
                    for o in report.outcomes
                ],
            }
        )
        return
    for outcome in report.outcomes:
        if outcome.status is ImportStatus.FAILED:
            print(f"failed     {outcome.path}: {outcome.reason}")
        else:
            note = f"  ({outcome.reason})" if outcome.reason else ""
            print(f"{outcome.status.value:<10} {outcome.path} → {outcome.title}{note}")
    print(", ".join(f"{n} {s}" for s, n in counts.items()))
    if report.left_out:
        print(_left_out_line(report.left_out))
    if report.annotations:
        kept = ", ".join(f"{n} {s}" for s, n in report.annotations.items())
        print(f"annotations of updated articles: {kept}")


def cmd_list(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        rows = library.articles(sort=args.sort, descending=args.reverse)
    if args.json:
        emit(
            {
                "articles": [
                    {
                        "id": r.id,
                        "title": r.title,
                        "source": r.source,
                        "lang": r.lang,
                        "date": r.date,
                        "paragraphs": r.paragraphs,
                    }
                    for r in rows
                ]
            }
        )
        return 0
    for r in rows:
        print(
            f"{r.id[:10]}  {r.lang or '??':<3} {r.date or '':<10}  {r.title}"
            + (f"  — {r.source}" if r.source else "")
        )
    print(f"{len(rows)} articles")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        article = library.article(args.id)
    if args.json:
        emit(
            {
                "id": article.id,
                "title": article.title,
                "source": article.source,
                "lang": article.lang,
                "date": article.date,
                "version": article.version,
                "text": article.text,
                "paragraphs": [
                    {"start": s.start, "end": s.end, "kind": s.kind.value, "lang": s.lang}
                    for s in article.blocks()
                ],
                "spans": [
                    {"start": s.start, "end": s.end, "kind": s.kind.value} for s in article.spans
                ],
            }
        )
        return 0
    print(article.title)
    meta = " · ".join(x for x in (article.source, article.date, article.lang, article.id) if x)
    print(meta)
    print()
    for span in article.blocks():
        text = article.text[span.start : span.end]
        if span.kind.is_furniture:
            print(f"  [{span.kind.value}] {text}")
        else:
            print(text)
        print()
    return 0


def add_commands(command: Command) -> None:
    p = command("import", cmd_import, "import .txt, .md and .html files and folders")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p = command("list", cmd_list, "list the articles of the library")
    p.add_argument(
        "--sort", choices=["title", "source", "lang", "date", "imported"], default="title"
    )
    p.add_argument("--reverse", action="store_true", help="reverse the order")
    p = command("show", cmd_show, "print an article (ID: its id or a unique prefix)")
    p.add_argument("id", metavar="ID")
