"""Search benchmarks against SQLite FTS5 measured in the same run
(run: ``.venv/bin/python -m benchmarks.search [--large N]``).

P1  ``reader import`` of a corpus until every article is searchable (a fresh process, as a
    user runs it), against ``benchmarks/fts5_import.py`` reading the same files into an FTS5
    table (``unicode61 remove_diacritics 2``), also a fresh process.
P2  the latency of 200 mixed queries (terms, AND, phrases, a field, fuzzy — prefix on FTS5,
    which has no fuzzy search), ranked top 20 with snippets on both sides; p50/p95 and the
    ratio of the p95s. Then the p95 at ``--large`` articles (default 50,000), a synthetic
    corpus made of the BBC articles' paragraphs, written straight into the library.
"""

from __future__ import annotations

import argparse
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from benchmarks.common import CORPORA, ROOT, median, save, table

BBC = CORPORA / "en-bbc-news-2225" / "bbc"
WIKINEWS = CORPORA / "fr-wikinews-keyphrase-100" / "documents"
_WORD = re.compile(r"[A-Za-z]{4,}")


def _run(*args: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, *args], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def p1(corpus: Path, repeats: int) -> tuple[float, float]:
    """(reader import, FTS5 import) medians in seconds."""
    ours, theirs = [], []
    for _ in range(repeats):
        with tempfile.TemporaryDirectory() as folder:
            theirs.append(_run("-m", "benchmarks.fts5_import", str(corpus), f"{folder}/f.db"))
            ours.append(_run("-m", "reader", "--data-dir", f"{folder}/lib", "import", str(corpus)))
    return median(ours), median(theirs)


def queries(texts: list[str], count: int = 200, seed: int = 7) -> list[tuple[str, str]]:
    """(whoosh query, FTS5 query) pairs: 80 terms, 40 AND, 40 phrases, 20 fields, 20 fuzzy."""
    rng = random.Random(seed)
    words = Counter(w.lower() for t in texts for w in _WORD.findall(t))
    common = [w for w, n in words.most_common(3000) if n >= 5][200:]
    out: list[tuple[str, str]] = []
    for _ in range(80):
        w = rng.choice(common)
        out.append((w, w))
    for _ in range(40):
        a, b = rng.sample(common, 2)
        out.append((f"{a} {b}", f"{a} AND {b}"))
    while len(out) < 160:
        text = rng.choice(texts)
        tokens = _WORD.findall(text)
        if len(tokens) < 10:
            continue
        at = rng.randrange(len(tokens) - 3)
        phrase = " ".join(tokens[at : at + rng.choice((2, 3))]).lower()
        out.append((f'"{phrase}"', f'"{phrase}"'))
    for _ in range(20):
        w = rng.choice(common)
        out.append((f"title:{w}", f"title:{w}"))
    for _ in range(count - len(out)):
        w = rng.choice(common)
        out.append((f"{w}~1", f"{w[:-1]}*"))
    return out


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return ordered[len(ordered) // 2], ordered[int(len(ordered) * 0.95) - 1]


def p2(folder: Path, texts: list[str], library_dir: Path, db: Path) -> dict[str, float]:
    from reader.services import Library

    pairs = queries(texts)
    fts = sqlite3.connect(db)
    ours, theirs = [], []
    with Library.open(library_dir) as library:
        library.search("warm up", limit=20)
        for mine, other in pairs:
            started = time.perf_counter()
            library.search(mine, limit=20)
            ours.append(time.perf_counter() - started)
            started = time.perf_counter()
            fts.execute(
                "SELECT rowid, snippet(f, 1, '<mark>', '</mark>', '…', 24) FROM f "
                "WHERE f MATCH ? ORDER BY rank LIMIT 20",
                (other,),
            ).fetchall()
            theirs.append(time.perf_counter() - started)
    fts.close()
    (o50, o95), (t50, t95) = _percentiles(ours), _percentiles(theirs)
    return {
        "p50_ms": o50 * 1e3,
        "p95_ms": o95 * 1e3,
        "fts_p50_ms": t50 * 1e3,
        "fts_p95_ms": t95 * 1e3,
    }


def _bbc_texts() -> list[str]:
    return [p.read_bytes().decode("utf-8", "replace") for p in sorted(BBC.rglob("*.txt"))]


def large_library(folder: Path, count: int, texts: list[str]) -> Path:
    """``count`` synthetic English articles made of the BBC's paragraphs, written straight
    into a library (parsing 50,000 files is P1's business, not P2's)."""
    from reader.core.model import ParsedArticle, Span, SpanKind
    from reader.services import Library

    rng = random.Random(11)
    paragraphs = [p.strip() for t in texts for p in t.split("\n\n")[1:] if len(p.strip()) > 80]
    titles = [t.split("\n", 1)[0].strip() for t in texts]
    with Library.open(folder) as library:
        store = library.store
        for n in range(count):
            title = f"{rng.choice(titles)} ({n})"
            body = rng.sample(paragraphs, 6)
            text, spans, at = "", [], 0
            for kind, part in [(SpanKind.TITLE, title)] + [(SpanKind.PARAGRAPH, p) for p in body]:
                spans.append(Span(at, at + len(part), kind))
                text += part + "\n"
                at += len(part) + 1
            store.save(ParsedArticle(f"synthetic:{n}", text, title, tuple(spans), lang="en"))
        library.store.set_setting("bundle_seeded", "1")
        library.reindex()
    return folder


def fts_from_library(library_dir: Path, db: Path) -> None:
    from reader.services import Library

    fts = sqlite3.connect(db)
    fts.execute(
        "CREATE VIRTUAL TABLE f USING fts5(title, body, tokenize='unicode61 remove_diacritics 2')"
    )
    with Library.open(library_dir) as library:
        for summary in library.store.summaries():
            article = library.store.get(summary.id)
            fts.execute("INSERT INTO f VALUES (?, ?)", (article.title, article.text))
    fts.commit()
    fts.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--large", type=int, default=50_000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    results: dict[str, object] = {}
    rows = []
    bbc_ours, bbc_fts = p1(BBC, 1)
    wiki_ours, wiki_fts = p1(WIKINEWS, args.repeats)
    results["p1"] = {"bbc": [bbc_ours, bbc_fts], "wikinews": [wiki_ours, wiki_fts]}
    rows.append(
        (
            "P1 import 2,225 BBC",
            f"{bbc_ours:.2f} s",
            f"{bbc_fts:.2f} s",
            f"{bbc_ours / bbc_fts:.1f}×",
        )
    )
    rows.append(
        (
            "P1 import 100 Wikinews",
            f"{wiki_ours:.2f} s",
            f"{wiki_fts:.2f} s",
            f"{wiki_ours / wiki_fts:.1f}×",
        )
    )
    texts = _bbc_texts()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        subprocess.run(
            [sys.executable, "-m", "reader", "--data-dir", str(folder / "bbc"), "import", str(BBC)],
            check=True,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
        )
        subprocess.run(
            [sys.executable, "-m", "benchmarks.fts5_import", str(BBC), str(folder / "bbc.db")],
            check=True,
            cwd=ROOT,
        )
        small = p2(folder, texts, folder / "bbc", folder / "bbc.db")
        results["p2_bbc"] = small
        rows.append(
            (
                "P2 p50, 200 queries, 2,225 articles",
                f"{small['p50_ms']:.1f} ms",
                f"{small['fts_p50_ms']:.1f} ms",
                f"{small['p50_ms'] / small['fts_p50_ms']:.1f}×",
            )
        )
        rows.append(
            (
                "P2 p95, 200 queries, 2,225 articles",
                f"{small['p95_ms']:.1f} ms",
                f"{small['fts_p95_ms']:.1f} ms",
                f"{small['p95_ms'] / small['fts_p95_ms']:.1f}×",
            )
        )
        if args.large:
            started = time.perf_counter()
            large = large_library(folder / "large", args.large, texts)
            results["large_build_s"] = time.perf_counter() - started
            fts_from_library(large, folder / "large.db")
            big = p2(folder, texts, large, folder / "large.db")
            results["p2_large"] = big
            label = f"{args.large:,}"
            rows.append(
                (
                    f"P2 p95, 200 queries, {label} articles",
                    f"{big['p95_ms']:.1f} ms",
                    f"{big['fts_p95_ms']:.1f} ms",
                    f"{big['p95_ms'] / big['fts_p95_ms']:.1f}×",
                )
            )
    save("search", results)
    print(table(rows))


if __name__ == "__main__":
    main()
