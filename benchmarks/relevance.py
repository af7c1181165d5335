"""Search relevance against hand-made judgments, beside two baselines built in the same run
(run: ``.venv/bin/python -m benchmarks.relevance [--library DIR [--reindex]] [--kind K]
[--monolingual] [--show-failures]``; ``--library`` keeps the app's library between runs:
40 s to build, then a run takes seconds).

The judgments (``benchmarks/relevance/queries.jsonl``, one query a line) grade documents
2 (what the query is for) or 1 (useful); unlisted documents count 0. Every query goes
through the app (``Library.search``) over a library of 405 files (5 seeds, 100 French
Wikinews, 300 BBC), and through two baselines over the same texts:

- **whoosh**: what Whoosh gives with no work — one index, French and English stemming
  fields, ``MultifieldParser`` with OR between words (and ``-word``), BM25F, titles
  boosted 2×;
- **fts5**: SQLite FTS5 (``unicode61 remove_diacritics 2``), the words OR-ed, ranked by
  ``bm25`` with titles weighted 2×.

With ``--monolingual`` the app is run a second time with cross-language search off
(``app-mono``), which shows what the expansion into the other language gives.

Each is scored at 10 results with nDCG (gains 2/1), recall, MRR and the share of queries
that return nothing, per kind of query and overall. The baselines understand the query
language only as far as the plain tools do; what they cannot read becomes words, so that
a judgment always compares rankings, never a crash.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from benchmarks.common import ROOT, save
from benchmarks.relevance_corpus import Doc, build_app_library, library_keys, load_docs

QUERIES = ROOT / "benchmarks" / "relevance" / "queries.jsonl"
CUTOFF = 10
SYSTEMS = ("app", "whoosh", "fts5")
MONOLINGUAL = "app-mono"
METRICS = ("ndcg", "recall", "mrr", "zero")

# -- metrics -------------------------------------------------------------------------------


def _top(ranked: Sequence[str], k: int) -> list[str]:
    """The first ``k`` distinct keys: a key listed twice would otherwise count twice."""
    seen: list[str] = []
    for key in ranked:
        if key not in seen:
            seen.append(key)
            if len(seen) == k:
                break
    return seen


def dcg(gains: Sequence[float]) -> float:
    """Discounted cumulative gain: the gain at rank r (from 1) divided by log2(r + 1)."""
    return sum(g / math.log2(rank + 2) for rank, g in enumerate(gains))


def ndcg(ranked: Sequence[str], judged: Mapping[str, int], k: int = CUTOFF) -> float | None:
    """nDCG@k with the grades as gains; the ideal ranks every judged document by grade.
    None when nothing is judged relevant (the query tells nothing about ranking)."""
    ideal = dcg(sorted((g for g in judged.values() if g > 0), reverse=True)[:k])
    if ideal == 0:
        return None
    return dcg([judged.get(key, 0) for key in _top(ranked, k)]) / ideal


def recall(ranked: Sequence[str], judged: Mapping[str, int], k: int = CUTOFF) -> float | None:
    """The share of the documents graded 1 or 2 that are in the top ``k``."""
    relevant = {key for key, g in judged.items() if g > 0}
    if not relevant:
        return None
    return len(relevant.intersection(_top(ranked, k))) / len(relevant)


def reciprocal_rank(
    ranked: Sequence[str], judged: Mapping[str, int], k: int = CUTOFF
) -> float | None:
    """1 / the rank of the first document graded 1 or 2, 0 if none is in the top ``k``."""
    if not any(g > 0 for g in judged.values()):
        return None
    for rank, key in enumerate(_top(ranked, k), start=1):
        if judged.get(key, 0) > 0:
            return 1 / rank
    return 0.0


def scores(ranked: Sequence[str], judged: Mapping[str, int]) -> dict[str, float | None]:
    return {
        "ndcg": ndcg(ranked, judged),
        "recall": recall(ranked, judged),
        "mrr": reciprocal_rank(ranked, judged),
        "zero": 0.0 if ranked else 1.0,
    }


def mean(values: Sequence[float | None]) -> float | None:
    """The mean of the defined values (None if there are none)."""
    kept = [v for v in values if v is not None]
    return sum(kept) / len(kept) if kept else None


# -- the query as the baselines read it ---------------------------------------------------

# A word, a "phrase" (its closing quote may be missing), either after field: — a field
# name starts with a letter, so 12:30 stays one word.
_LEXEME = re.compile(r'(?:(?P<field>[A-Za-z][\w-]*):(?=\S))?(?P<value>"[^"]*"?|[^\s"]+)')
_WORD = re.compile(r"\w+")
_TITLE = {"title"}
_BODY = {"text", "body"}
_LANG = {"lang", "language"}


def _lexemes(query: str) -> Iterator[tuple[str | None, str]]:
    for match in _LEXEME.finditer(query):
        field = match.group("field")
        yield (field.lower() if field else None), match.group("value")


def whoosh_query(query: str) -> tuple[str, str | None]:
    """(Whoosh query text, language filter): ``title:`` and ``text:`` become both
    languages' fields, ``lang:xx`` a filter, and other field names (``source:``,
    ``entity:``…, which this index does not have) are dropped, leaving their value as
    words. The rest is left to Whoosh's parser."""
    parts: list[str] = []
    lang = None
    for field, value in _lexemes(query):
        if field in _LANG:
            lang = value.strip('"').lower() or None
        elif field in _TITLE:
            parts.append(f"(title_fr:{value} OR title_en:{value})")
        elif field in _BODY:
            parts.append(f"(body_fr:{value} OR body_en:{value})")
        else:
            parts.append(value)
    return " ".join(parts), lang


def fts5_query(query: str) -> tuple[str, str | None]:
    """(FTS5 MATCH expression, language filter) that FTS5 always accepts: each word a
    quoted string, "phrases" kept, OR between them; ``word*`` a prefix; ``title:`` and
    ``text:`` column filters; ``-word`` and ``NOT word`` left out with FTS5's NOT. Only
    word characters reach the expression. "" when nothing searchable is left."""
    terms: list[str] = []
    excluded: list[str] = []
    lang = None
    negate = False
    for field, value in _lexemes(query):
        if field in _LANG:
            lang = value.strip('"').lower() or None
            continue
        phrase = value.startswith('"')
        if not phrase and value in ("AND", "OR"):
            continue
        if not phrase and value == "NOT":
            negate = True
            continue
        if not phrase and value.startswith("-") and len(value) > 1:
            negate = True
        words = _WORD.findall(value)
        if not words:
            continue
        term = '"' + " ".join(words) + '"'
        if not phrase and value.rstrip("~0123456789^.").endswith("*"):
            term += " *"
        if field in _TITLE:
            term = f"title : {term}"
        elif field in _BODY:
            term = f"body : {term}"
        (excluded if negate else terms).append(term)
        negate = False
    if not terms:
        return "", lang
    match = " OR ".join(terms)
    if excluded:
        match = f"({match}) NOT ({' OR '.join(excluded)})"
    return match, lang


# -- the baselines ------------------------------------------------------------------------


class WhooshBaseline:
    """Plain Whoosh: a language-stemmed field per language, BM25F, titles 2×."""

    def __init__(self, docs: Sequence[Doc]) -> None:
        from whoosh import qparser
        from whoosh.analysis import LanguageAnalyzer
        from whoosh.fields import ID, TEXT, Schema
        from whoosh.filedb.filestore import RamStorage

        fields: dict[str, Any] = {"key": ID(stored=True, unique=True), "lang": ID(stored=True)}
        for lang in ("fr", "en"):
            fields[f"title_{lang}"] = TEXT(analyzer=LanguageAnalyzer(lang))
            fields[f"body_{lang}"] = TEXT(analyzer=LanguageAnalyzer(lang))
        schema = Schema(**fields)
        self.index = RamStorage().create_index(schema)
        with self.index.writer() as writer:
            for doc in docs:
                writer.add_document(
                    key=doc.key,
                    lang=doc.lang,
                    **{f"title_{doc.lang}": doc.title, f"body_{doc.lang}": doc.body},
                )
        self.parser = qparser.MultifieldParser(
            ["title_fr", "title_en", "body_fr", "body_en"],
            schema,
            fieldboosts={"title_fr": 2.0, "title_en": 2.0},
            group=qparser.OrGroup,
        )
        # -word excludes, as in the app and in the FTS5 baseline (Whoosh's default
        # parser would search it)
        self.parser.add_plugin(qparser.PlusMinusPlugin())
        self.searcher = self.index.searcher()

    def search(self, query: str, limit: int = CUTOFF) -> list[str]:
        from whoosh.query import Term

        text, lang = whoosh_query(query)
        parsed = self.parser.parse(text)
        found = self.searcher.search(
            parsed, limit=limit, filter=Term("lang", lang) if lang else None
        )
        return [hit["key"] for hit in found]

    def close(self) -> None:
        self.searcher.close()


class Fts5Baseline:
    """SQLite FTS5 in memory, ``bm25`` with the title weighted 2× the body."""

    def __init__(self, docs: Sequence[Doc]) -> None:
        self.db = sqlite3.connect(":memory:")
        self.db.execute(
            "CREATE VIRTUAL TABLE docs USING fts5(key UNINDEXED, title, body, "
            "tokenize='unicode61 remove_diacritics 2')"
        )
        self.db.executemany(
            "INSERT INTO docs (key, title, body) VALUES (?, ?, ?)",
            [(d.key, d.title, d.body) for d in docs],
        )
        self.langs = {d.key: d.lang for d in docs}

    def search(self, query: str, limit: int = CUTOFF) -> list[str]:
        match, lang = fts5_query(query)
        if not match:
            return []
        rows = self.db.execute(
            "SELECT key FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 0, 2.0, 1.0)",
            (match,),
        )
        keys = [key for (key,) in rows if lang is None or self.langs[key] == lang]
        return keys[:limit]

    def close(self) -> None:
        self.db.close()


# -- running ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Query:
    id: str
    kind: str
    query: str
    judgments: dict[str, int]


def load_queries(path: Path) -> list[Query]:
    if not path.exists():
        raise SystemExit(f"{path}: no judgments there (one JSON object a line; see --help)")
    queries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            queries.append(Query(row["id"], row["kind"], row["query"], dict(row["judgments"])))
        except (ValueError, KeyError, TypeError) as exc:
            raise SystemExit(f"{path}:{number}: not a judgment line ({exc})") from exc
    return queries


class System(Protocol):
    def search(self, query: str, limit: int = CUTOFF) -> list[str]: ...


class AppSearch:
    """The app's ranking turned into doc keys: an article made of several files with the
    same text stands for all of them, in key order. The search box's hint for the last
    query is kept, to show beside a failure."""

    def __init__(
        self, folder: Path, articles: Mapping[str, Sequence[str]], cross_language: bool = True
    ) -> None:
        from reader.services import Library

        self.library = Library.open(folder)
        self.articles = articles
        self.cross_language = cross_language
        self.last_hint = ""

    def search(self, query: str, limit: int = CUTOFF) -> list[str]:
        self.last_hint = ""
        results = self.library.search(query, limit=limit, cross_language=self.cross_language)
        self.last_hint = results.hint
        keys = [key for hit in results.hits for key in self.articles.get(hit.id, ())]
        return keys[:limit]

    def close(self) -> None:
        self.library.close()


def run(queries: Sequence[Query], systems: Mapping[str, System]) -> list[dict[str, Any]]:
    """Every query through every system; an exception counts as no results and is kept."""
    rows = []
    for q in queries:
        row: dict[str, Any] = {"id": q.id, "kind": q.kind, "query": q.query}
        row["judgments"] = q.judgments
        for name, system in systems.items():
            error = None
            started = time.perf_counter()
            try:
                ranked = system.search(q.query, CUTOFF)
            except Exception as exc:  # a baseline's parser, or the app's: a result too
                ranked, error = [], f"{type(exc).__name__}: {exc}"
            row[name] = {
                "top": ranked,
                "ms": round((time.perf_counter() - started) * 1e3, 2),
                **scores(ranked, q.judgments),
                **({"error": error} if error else {}),
            }
            hint = getattr(system, "last_hint", "")
            if hint:
                row[name]["hint"] = hint
        rows.append(row)
    return rows


def summarise(
    rows: Sequence[dict[str, Any]], systems: Sequence[str] = SYSTEMS
) -> dict[str, dict[str, Any]]:
    """Per kind (in first-seen order) and ``all``: the number of queries and each
    system's mean metrics and error count."""
    kinds = list(dict.fromkeys(r["kind"] for r in rows))
    summary: dict[str, dict[str, Any]] = {}
    for kind in [*kinds, "all"]:
        chosen = [r for r in rows if kind in ("all", r["kind"])]
        entry: dict[str, Any] = {"queries": len(chosen)}
        for name in systems:
            entry[name] = {m: mean([r[name][m] for r in chosen]) for m in METRICS}
            entry[name]["errors"] = sum(1 for r in chosen if "error" in r[name])
        summary[kind] = entry
    return summary


def _cell(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def markdown(summary: Mapping[str, Mapping[str, Any]], systems: Sequence[str] = SYSTEMS) -> str:
    """A Markdown table for BENCHMARKS.md: a row per kind, then all queries."""
    header = ["kind", "n"]
    for name in systems:
        header += [f"{name} nDCG@10", f"{name} R@10", f"{name} MRR", f"{name} zero"]
    lines = [header]
    for kind, entry in summary.items():
        cells = [f"**{kind}**" if kind == "all" else kind, str(entry["queries"])]
        for name in systems:
            cells += [_cell(entry[name][m]) for m in METRICS]
        lines.append(cells)
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    out = [
        "| " + " | ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) + " |"
        for line in lines
    ]
    out.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)


def show_failures(rows: Sequence[dict[str, Any]], titles: Mapping[str, str]) -> None:
    """Each query where the app's nDCG@10 is below 1: its top 5 beside the judged docs."""
    for r in rows:
        score = r["app"]["ndcg"]
        if score is None or score >= 1:
            continue
        judged: dict[str, int] = r["judgments"]
        print(f"\n{r['id']} [{r['kind']}] {r['query']!r}  nDCG@10 {score:.3f}")
        for note in ("error", "hint"):
            if note in r["app"]:
                print(f"  {note}: {r['app'][note]}")
        print("  app top 5:")
        for rank, key in enumerate(r["app"]["top"][:5], start=1):
            print(f"    {rank}. [{judged.get(key, 0)}] {key}  {titles.get(key, '')[:70]}")
        print("  judged:")
        for key, grade in sorted(judged.items(), key=lambda kv: (-kv[1], kv[0])):
            top = r["app"]["top"]
            where = f"app #{top.index(key) + 1}" if key in top else "app —"
            print(f"    [{grade}] {key}  ({where})  {titles.get(key, '')[:70]}")


def result_name(queries: Path) -> str:
    """The results file's name for a judgments file: ``relevance`` for the judged set,
    ``relevance-<stem>`` for any other (``dev``, ``probe``, ``cross_dev``), so that a
    development run never overwrites the judged set's figures, nor the reverse."""
    if queries.resolve() == QUERIES.resolve():
        return "relevance"
    return f"relevance-{queries.stem}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--queries", type=Path, default=QUERIES, help="the judgments file")
    parser.add_argument(
        "--library",
        type=Path,
        metavar="DIR",
        help="keep the app's library here (built once if missing) to rerun quickly",
    )
    parser.add_argument(
        "--reindex",
        action="store_true",
        help="rebuild the kept library's search index first (after a change to indexing "
        "that did not bump the index's schema version)",
    )
    parser.add_argument("--kind", help="only the queries of this kind")
    parser.add_argument(
        "--monolingual",
        action="store_true",
        help=f"also the app with cross-language search off ({MONOLINGUAL})",
    )
    parser.add_argument(
        "--show-failures", action="store_true", help="the queries where the app's nDCG < 1"
    )
    args = parser.parse_args()
    queries = load_queries(args.queries)
    if args.kind:
        queries = [q for q in queries if q.kind == args.kind]
        if not queries:
            raise SystemExit(f"no query of kind {args.kind!r} in {args.queries}")
    keys = library_keys()
    known = set(keys)
    for q in queries:
        unknown = sorted(set(q.judgments) - known)
        if unknown:
            print(f"{q.id}: not in the library: {', '.join(unknown)}", file=sys.stderr)

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.library or Path(tmp) / "library"
        timings: dict[str, float] = {}
        started = time.perf_counter()
        articles = build_app_library(folder, keys)
        timings["app_library_s"] = time.perf_counter() - started
        started = time.perf_counter()
        docs = load_docs(keys)
        whoosh = WhooshBaseline(docs)
        timings["whoosh_index_s"] = time.perf_counter() - started
        started = time.perf_counter()
        fts = Fts5Baseline(docs)
        timings["fts5_index_s"] = time.perf_counter() - started
        app = AppSearch(folder, articles)
        systems: dict[str, System] = {"app": app}
        if args.monolingual:
            systems[MONOLINGUAL] = AppSearch(folder, articles, cross_language=False)
        systems.update(whoosh=whoosh, fts5=fts)
        try:
            if args.reindex:
                started = time.perf_counter()
                app.library.reindex()
                timings["app_reindex_s"] = time.perf_counter() - started
            app.search("warm up")
            started = time.perf_counter()
            rows = run(queries, systems)
            timings["queries_s"] = time.perf_counter() - started
        finally:
            for system in systems.values():
                if isinstance(system, AppSearch):
                    system.close()
            whoosh.close()
            fts.close()

    summary = summarise(rows, list(systems))
    print(markdown(summary, list(systems)))
    print(
        f"\n{len(queries)} queries over {len(keys)} files ({len(articles)} app articles); "
        + ", ".join(f"{k} {v:.1f}" for k, v in timings.items())
    )
    for name in systems:
        errors = [r for r in rows if "error" in r[name]]
        if errors:
            print(
                f"{name}: {len(errors)} queries raised, e.g. {errors[0]['id']}: "
                f"{errors[0][name]['error']}"
            )
    if args.show_failures:
        show_failures(rows, {d.key: d.title for d in docs})
    path = save(
        result_name(args.queries),
        {
            "queries_file": str(args.queries),
            "kind": args.kind,
            "cutoff": CUTOFF,
            "files": len(keys),
            "app_articles": len(articles),
            "timings": timings,
            "summary": summary,
            "queries": rows,
        },
    )
    print(f"saved {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
