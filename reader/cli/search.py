"""``reader search``: the library's search, printed for a terminal or as JSON.

:func:`search_notes` words what the search did beyond the words typed (a correction,
relaxed words, the other languages' names searched too) the way the window does, so both
tell the same story; it lives here, apart from the parser, for that reason.
"""

from __future__ import annotations

import argparse
import html
import re
import sys

from reader.cli.common import Command, count, emit, open_library
from reader.cli.entities import add_names_option, naming_language
from reader.core.model import SearchResults
from reader.services.naming import named_facets

_MARK = re.compile(r"<mark>(.*?)</mark>", re.S)


def _plain_snippet(snippet: str, tty: bool) -> str:
    marked = _MARK.sub(
        (lambda m: f"\x1b[1;33m{m.group(1)}\x1b[0m") if tty else (lambda m: f"[{m.group(1)}]"),
        snippet,
    )
    return html.unescape(marked)


def cmd_search(args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    with open_library(args) as library:
        results = library.search(
            query, limit=args.limit, cross_language=False if args.no_cross_language else None
        )
        # the entity facets by the names the window's chips show (many articles at
        # once: the interface's language, whatever the rule for one article)
        interface = naming_language(args, library.paths.root)[1]
    if results.hint:
        print(f"reader: {results.hint}", file=sys.stderr)
    if args.json:
        emit(
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
                "facets": named_facets(results.facets, interface),
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


def add_commands(command: Command) -> None:
    p = command("search", cmd_search, 'search the library (words, "phrases", field:value …)')
    p.add_argument("query", nargs="+", metavar="QUERY")
    p.set_defaults(dashed_words="query")  # ``blair -iraq``: ``-iraq`` is a word to exclude
    p.add_argument("--limit", type=count, default=20, help="how many results (default 20)")
    p.add_argument(
        "--no-cross-language",
        action="store_true",
        help="search only the words typed, not their translations and other names",
    )
    add_names_option(p)
