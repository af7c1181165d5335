"""What a set of searches returns, written to a file, and two such files compared, so
that a change made for speed is shown to change no result (run: ``.venv/bin/python -m
benchmarks.search_dump LIBRARY_DIR OUT.json`` with each version of the app, then
``.venv/bin/python -m benchmarks.search_dump --compare A.json B.json``).

The queries: P2's old mix (200) and typed mix (100) from ``benchmarks.search``, queries
written for what they test (accents, elision, function words in a phrase, a fuzzy word,
``OR``, fields, a word no article holds), the first sixty typed queries as the window asks
(fifty hits, twelve snippets, the other 38 made after), and the reader pane's marks for
the first hit of each typed query. Everything a user sees is written: ids, scores (every
bit), snippets, first hits, totals, strict totals, facets, relaxed clauses,
alternatives, suggestions, hints, marks. A few older versions of the app lack
``snippets=``: the window's pass is then left out.
"""

from __future__ import annotations

import argparse
import inspect
import json
import sys
from pathlib import Path
from typing import Any

from benchmarks.search import WINDOW_LIMIT, WINDOW_SNIPPETS, _bbc_texts, queries, typed_queries

# written for what each tests; the first words of a search as typed, letter by letter, too
WRITTEN = (
    "économie",
    "economie",
    "l'économie",
    "l economie",
    '"said it would"',
    '"the prime minister"',
    '"prime minister" budget',
    "Huawai~",
    "goverment",
    "Blair OR Brown",
    "title:election",
    "election -labour",
    "mobile phone",
    "mobil",
    "mobile p",
    "mobile ph",
    "mobile pho",
    "zzxqvw",
    "UK-based",
    "China-US",
    "AI",
    "the",
    "of the",
    "Tony Blair's",
)
WINDOW_QUERIES = 60


def _results(found: Any) -> dict[str, Any]:
    return {
        "total": found.total,
        "strict_total": found.strict_total,
        "hits": [
            [h.id, repr(h.score), h.snippet, list(h.first_hit) if h.first_hit else None]
            for h in found.hits
        ],
        "facets": {name: sorted(counts.items()) for name, counts in found.facets.items()},
        "hint": str(found.hint),
        "relaxed": list(found.relaxed),
        "alternatives": [[w, list(a)] for w, a in found.alternatives],
        "suggestion": found.suggestion,
        "corrected": found.corrected,
    }


def dump(library_dir: Path) -> dict[str, Any]:
    """Every search's results, by a key naming the pass and the query."""
    from reader.services import Library

    texts = _bbc_texts()
    old = [q for q, _ in queries(texts)]
    typed = [q for q, _ in typed_queries(texts)]
    out: dict[str, Any] = {}
    with Library.open(library_dir) as library:
        for name, mix in (("old", old), ("typed", typed), ("written", list(WRITTEN))):
            for text in mix:
                try:
                    out[f"{name}\t{text}"] = _results(library.search(text, limit=20))
                except Exception as exc:  # a query the app refuses: its message
                    out[f"{name}\t{text}"] = {"error": f"{type(exc).__name__}: {exc}"}
        if "snippets" in inspect.signature(library.search).parameters:
            for text in typed[:WINDOW_QUERIES]:
                found = library.search(text, limit=WINDOW_LIMIT, snippets=WINDOW_SNIPPETS)
                later = library.snippets(
                    text, [h.id for h in found.hits[WINDOW_SNIPPETS:]], limit=WINDOW_LIMIT
                )
                got = _results(found)
                got["later"] = {
                    k: [v.snippet, list(v.first_hit) if v.first_hit else None]
                    for k, v in sorted(later.items())
                }
                out[f"window\t{text}"] = got
        for text in typed:
            found = library.search(text, limit=1)
            if found.hits:
                marks = library.hit_offsets(found.hits[0].id, text)
                out[f"marks\t{text}"] = [found.hits[0].id, [list(m) for m in marks]]
    return out


def compare(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    """The keys whose results differ (or that only one side has)."""
    return sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs=2, type=Path, help="LIBRARY OUT, or A B with --compare")
    parser.add_argument("--compare", action="store_true")
    args = parser.parse_args()
    if args.compare:
        a, b = (json.loads(p.read_text(encoding="utf-8")) for p in args.paths)
        differ = compare(a, b)
        for key in differ:
            print("differs:", key.replace("\t", ": "))
        print(f"{len(a.keys() & b.keys()) - len(differ)} of {len(a.keys() | b.keys())} the same")
        sys.exit(1 if differ else 0)
    library_dir, out = args.paths
    got = dump(library_dir)
    out.write_text(json.dumps(got, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
    print(f"{len(got)} searches written to {out}")


if __name__ == "__main__":
    main()
