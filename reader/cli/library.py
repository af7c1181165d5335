"""The ``reader`` command: every headless feature, for people and for scripts.

Each command has ``--json`` with a documented, stable shape (see the README). A user
error prints one line on stderr and exits 1; only bugs show a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any

from reader import APP_NAME, __version__
from reader.cli_notes import add_commands
from reader.cli_safety import add_commands as add_safety_commands
from reader.cli_translate import add_commands as add_translate_commands
from reader.core.colors import COLORS
from reader.core.errors import ReaderError
from reader.core.model import Annotation, ImportReport, ImportStatus, SearchResults
from reader.entities.base import Label
from reader.services import Library

log = logging.getLogger(__name__)
_MARK = re.compile(r"<mark>(.*?)</mark>", re.S)


def _emit(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _plain_snippet(snippet: str, tty: bool) -> str:
    import html

    marked = _MARK.sub(
        (lambda m: f"\x1b[1;33m{m.group(1)}\x1b[0m") if tty else (lambda m: f"[{m.group(1)}]"),
        snippet,
    )
    return html.unescape(marked)


def _open_library(args: argparse.Namespace) -> Library:
    library = Library.open(args.data_dir)
    library.seed_if_empty()
    return library


# -- commands ------------------------------------------------------------------------------


def cmd_import(args: argparse.Namespace) -> int:
    with _open_library(args) as library:
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
    return 1 if report.failed and len(report.failed) == len(report.outcomes) else 0


def _print_report(report: ImportReport, as_json: bool) -> None:
    counts = {status.value: report.count(status) for status in ImportStatus}
    if as_json:
        _emit(
            {
                **counts,
                "annotations": report.annotations,
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
    if report.annotations:
        kept = ", ".join(f"{n} {s}" for s, n in report.annotations.items())
        print(f"annotations of updated articles: {kept}")


def cmd_list(args: argparse.Namespace) -> int:
    with _open_library(args) as library:
        rows = library.articles(sort=args.sort, descending=args.reverse)
    if args.json:
        _emit(
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
    with _open_library(args) as library:
        article = library.article(args.id)
    if args.json:
        _emit(
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


def cmd_search(args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    with _open_library(args) as library:
        results = library.search(
            query, limit=args.limit, cross_language=False if args.no_cross_language else None
        )
    if results.hint:
        print(f"reader: {results.hint}", file=sys.stderr)
    if args.json:
        _emit(
            {
                "query": query,
                "total": results.total,
                "results": [
                    {
                        "id": h.id,
                        "title": h.title,
                        "source": h.source,
                        "lang": h.lang,
                        "score": h.score,
                        "snippet": h.snippet,
                    }
                    for h in results.hits
                ],
                "facets": results.facets,
                "strict_total": results.strict_total,
                "relaxed": list(results.relaxed),
                "alternatives": {w: list(alts) for w, alts in results.alternatives},
                "suggestion": results.suggestion,
                "corrected": results.corrected,
            }
        )
        return 0
    tty = sys.stdout.isatty()
    for hit in results.hits:
        print(
            f"{hit.id[:10]}  {hit.score:7.2f}  {hit.title}"
            + (f"  — {hit.source}" if hit.source else "")
        )
        print(f"            {_plain_snippet(hit.snippet, tty)}")
    for line in search_notes(results):
        print(line)
    total = results.total
    print(
        f"{total} {'article matches' if total == 1 else 'articles match'}"
        + (f", {len(results.hits)} shown" if total > len(results.hits) else "")
    )
    return 0


def search_notes(results: SearchResults) -> list[str]:
    """What the search did beyond the words typed, in the window's words."""
    notes = []
    if results.corrected:
        notes.append(
            f"No article has every word of “{results.query}”; "
            f"showing results for “{results.suggestion}”."
        )
    elif results.suggestion:
        notes.append(f"Did you mean: {results.suggestion}?")
    if results.relaxed:
        words = ", ".join(results.relaxed)
        if results.strict_total:
            have = "article has" if results.strict_total == 1 else "articles have"
            notes.append(
                f"Only {results.strict_total} {have} all of: {words}; those with most follow."
            )
        else:
            notes.append(f"No article has all of: {words}; showing those with most.")
    if results.alternatives:
        also = "; ".join(f"{w} → {', '.join(alts)}" for w, alts in results.alternatives)
        notes.append(f"Also searched: {also}")
    return notes


def cmd_entities(args: argparse.Namespace) -> int:
    if not args.all and not args.id:
        raise ReaderError("give an article ID, or --all for the whole library")
    with _open_library(args) as library:
        if args.all:
            library.recognize_pending()
            rows = library.entity_summaries(args.type.upper() if args.type else None)
            if args.json:
                _emit(
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
        _emit(
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


def _annotation_json(a: Annotation) -> dict[str, Any]:
    return {
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


def _print_annotation(a: Annotation) -> None:
    tags = " ".join(f"#{t}" for t in a.tags)
    flag = "" if a.status == "anchored" else f" [{a.status}]"
    print(
        f"{a.id[:8]}  {a.article_id[:10]}  {a.start}-{a.end}  {a.color}{flag}  “{a.exact}” {tags}"
    )
    if a.note:
        print(f"          {a.note}")


def cmd_annotate(args: argparse.Namespace) -> int:
    with _open_library(args) as library:
        made = library.annotate(
            args.id,
            args.quote,
            occurrence=args.occurrence,
            color=args.color,
            note=args.note or "",
            tags=args.tag or (),
        )
    if args.json:
        _emit(_annotation_json(made))
    else:
        _print_annotation(made)
    return 0


def cmd_annotations(args: argparse.Namespace) -> int:
    with _open_library(args) as library:
        found = library.annotations(args.id, tag=args.tag)
    if args.json:
        _emit({"annotations": [_annotation_json(a) for a in found]})
        return 0
    for a in found:
        _print_annotation(a)
    print(f"{len(found)} annotations")
    return 0


def cmd_tags(args: argparse.Namespace) -> int:
    with _open_library(args) as library:
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
        _emit(
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


def cmd_reindex(args: argparse.Namespace) -> int:
    with _open_library(args) as library:
        count = library.reindex()
    if args.json:
        _emit({"indexed": count})
    else:
        print(f"indexed {count} articles")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    try:
        from reader.ui.app import run
    except ImportError as exc:
        raise ReaderError(f"the window cannot start: {exc} (is PySide6 installed?)") from exc
    return run(args.data_dir, argv=[sys.argv[0]], targets=getattr(args, "targets", None) or ())


# -- parser --------------------------------------------------------------------------------


def _folder(text: str) -> str:
    """A ``--data-dir``: an empty one (an unset shell variable) used to mean the default
    library, silently."""
    if not text.strip():
        raise argparse.ArgumentTypeError(
            "empty: give a folder, or leave the option out for the default library"
        )
    return text


def _count(text: str) -> int:
    """A whole number from 1 (``--limit``, ``--occurrence``)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text} is not a whole number from 1")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader", description=f"{APP_NAME}: read, search and annotate news articles."
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=_folder,
        help="library folder (default: $READER_DATA_DIR or the user data folder)",
    )
    parser.add_argument("--debug", action="store_true", help="log debugging details on stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(
        name: str, func: Callable[[argparse.Namespace], int], help_: str
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_)
        p.set_defaults(func=func)
        if name != "gui":
            p.add_argument("--json", action="store_true", help="print JSON for scripts")
        return p

    p = command("import", cmd_import, "import .txt, .md and .html files and folders")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p = command("list", cmd_list, "list the articles of the library")
    p.add_argument(
        "--sort", choices=["title", "source", "lang", "date", "imported"], default="title"
    )
    p.add_argument("--reverse", action="store_true", help="reverse the order")
    p = command("show", cmd_show, "print an article (ID: its id or a unique prefix)")
    p.add_argument("id", metavar="ID")
    p = command("search", cmd_search, 'search the library (words, "phrases", field:value …)')
    p.add_argument("query", nargs="+", metavar="QUERY")
    p.add_argument("--limit", type=_count, default=20, help="how many results (default 20)")
    p.add_argument(
        "--no-cross-language",
        action="store_true",
        help="search only the words typed, not their translations and other names",
    )
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
    p = command("annotate", cmd_annotate, "highlight a passage, with a note and tags")
    p.add_argument("id", metavar="ID")
    p.add_argument("--quote", required=True, help="the exact text to highlight")
    p.add_argument("--occurrence", type=_count, default=1, help="which appearance (from 1)")
    p.add_argument(
        "--color", default="yellow", choices=COLORS, metavar="COLOR", help=", ".join(COLORS)
    )
    p.add_argument("--note", help="a note (Markdown)")
    p.add_argument("--tag", action="append", help="a tag (repeat for several)")
    p = command("annotations", cmd_annotations, "list annotations (of an article, of a tag)")
    p.add_argument("id", metavar="ID", nargs="?")
    p.add_argument("--tag", help="only this tag (and its sub-tags)")
    p = command("tags", cmd_tags, "list tags with their counts")
    p.set_defaults(action=None, names=[])
    p = command("tag", cmd_tags, "rename, merge or delete a tag")
    p.add_argument("action", choices=["rename", "merge", "delete"])
    p.add_argument("names", nargs="+", metavar="TAG")
    add_translate_commands(command)
    add_commands(command)
    add_safety_commands(command)
    command("reindex", cmd_reindex, "rebuild the search index from the library")
    p = command("gui", cmd_gui, "open the window (the default)")
    p.add_argument(
        "targets",
        nargs="*",
        metavar="LINK|FILE",
        help="a reader://article/ID#anno=UUID link to open, or files to import",
    )
    return parser


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
