"""Search benchmarks against SQLite FTS5 measured in the same run
(run: ``.venv/bin/python -m benchmarks.search [--large N[,N…]] [--skip-p1] [--keep DIR]
[--mixes old,typed]``).

P1  ``reader import`` of a corpus until every article is searchable (a fresh process, as a
    user runs it), against ``benchmarks/fts5_import.py`` reading the same files into an FTS5
    table (``unicode61 remove_diacritics 2``), also a fresh process.
P2  query latency, ranked top 20 with snippets on both sides, for two mixes reported apart:
    ``old``, 200 mixed queries (terms, AND, phrases, a field, fuzzy — prefix on FTS5, which
    has no fuzzy search), unchanged so that figures stay comparable; ``typed``, 100 queries
    as people type them (runs of 2–4 words from titles and sentences, function words
    included, single common words, 20 French words and expressions searched over the
    English articles), the words OR-ed on FTS5 as the relevance baseline does. p50/p95/p99
    for the app and FTS5, in wall time and in the process's CPU time (``time.process_time``:
    what a loaded machine's wall clock hides), what the wall clock adds to the CPU query
    by query (its mean, p50 and p95: the waits for other processes, the disk, a core),
    and the app again with cross-language search off; for the typed mix, the app once
    more as the window asks: fifty hits, the first twelve with their snippets
    (``snippets=``; the others are made after the list is shown; an older app, without
    it, makes all fifty), after the passes before it (its words' postings then already
    read: a warm figure, to compare between versions only).
    At 2,225 BBC articles, then at each ``--large`` size (default 50,000;
    ``--large 50000,200000`` for both columns), a synthetic corpus made of the BBC
    articles' paragraphs, written straight into the library (200,000 articles: about
    1 GB of library, 4 GB of index).

``--skip-p1`` runs P2 only; ``--keep DIR`` builds the libraries in DIR, or reuses those
already there, so that the same libraries can be measured again by a later run;
``--window-start`` readies each library as the window does when it opens one before
the queries (its warm-up, then the garbage collector's freeze). The
script also runs against older versions of the app (whose ``Library.search`` has no
``cross_language``: that row is then left out).
"""

from __future__ import annotations

import argparse
import gc
import inspect
import os
import random
import re
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.common import CORPORA, ROOT, median, save, table

BBC = CORPORA / "en-bbc-news-2225" / "bbc"
WIKINEWS = CORPORA / "fr-wikinews-keyphrase-100" / "documents"
_WORD = re.compile(r"[A-Za-z]{4,}")
_TOKEN = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_CLAUSE = re.compile(r"[^.!?;:,()\"\n]+")
# what the window's result list asks (reader.ui.search.view: RESULT_LIMIT, SNIPPETS_FIRST)
WINDOW_LIMIT, WINDOW_SNIPPETS = 50, 12
_FTS_WORD = re.compile(r"\w+")
LARGE_BATCH = 25_000  # articles indexed per commit when building a large library
# English function words: a typed run may hold them, but not end on one, nor be made of them
_FUNCTION = frozenset(
    "a an the of in on at to for by with from and or but as is are was were be been has have "
    "had it its that this these those not no he she they we you i his her their our than "
    "then will would can could should may might do does did so if up out about into over".split()
)
# French words and expressions searched over the English articles (cross-language search)
FRENCH = (
    "chômage",
    "économie britannique",
    "élections",
    "prix du pétrole",
    "jeux vidéo",
    "gouvernement",
    "premier ministre",
    "taux d'intérêt",
    "banque centrale",
    "téléphone portable",
    "droits d'auteur",
    "impôts",
    "croissance économique",
    "bourse",
    "cinéma",
    "musique",
    "coupe du monde",
    "santé",
    "entreprises",
    "élection présidentielle",
)


def _run(*args: str) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of a command: the CPU of its process and of every
    process it started and waited for (parse workers, index writers), which a loaded
    machine stretches far less than the wall clock."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sys.executable, *args], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def p1(corpus: Path, repeats: int) -> tuple[float, float, float, float]:
    """(reader import, FTS5 import) medians in seconds, wall then CPU."""
    ours, theirs = [], []
    for _ in range(repeats):
        with tempfile.TemporaryDirectory() as folder:
            theirs.append(_run("-m", "benchmarks.fts5_import", str(corpus), f"{folder}/f.db"))
            ours.append(_run("-m", "reader", "--data-dir", f"{folder}/lib", "import", str(corpus)))
    return (
        median([w for w, _ in ours]),
        median([w for w, _ in theirs]),
        median([c for _, c in ours]),
        median([c for _, c in theirs]),
    )


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


def fts_or(text: str) -> str:
    """What ``benchmarks.relevance.fts5_query`` makes of plain words: each
    whitespace-separated word quoted (its word characters only: ``d'intérêt`` →
    ``"d intérêt"``), OR between them."""
    terms = ['"' + " ".join(w) + '"' for part in text.split() if (w := _FTS_WORD.findall(part))]
    return " OR ".join(terms)


def _typed_run(rng: random.Random, text: str) -> str | None:
    """2–4 consecutive words of one clause of ``text``, lower case, or None when the draw
    is only function words or ends on one (``rise in oil prices``, not ``rise in``)."""
    clauses = [c for c in _CLAUSE.findall(text) if len(_TOKEN.findall(c)) >= 2]
    if not clauses:
        return None
    tokens = [t.lower() for t in _TOKEN.findall(rng.choice(clauses))]
    size = rng.choice((2, 3, 4))
    if len(tokens) < size:
        return None
    at = rng.randrange(len(tokens) - size + 1)
    run = tokens[at : at + size]
    if run[-1] in _FUNCTION or not any(len(w) >= 4 and w not in _FUNCTION for w in run):
        return None
    return " ".join(run)


def typed_queries(texts: list[str], seed: int = 13) -> list[tuple[str, str]]:
    """(app query, FTS5 query) pairs as people type them: 25 runs of words from titles,
    25 from sentences, 30 single common words, the 20 :data:`FRENCH` words."""
    rng = random.Random(seed)
    typed: list[str] = []
    while len(typed) < 25:
        run = _typed_run(rng, rng.choice(texts).split("\n", 1)[0])
        if run:
            typed.append(run)
    while len(typed) < 50:
        body = rng.choice(texts).split("\n", 1)[-1]
        run = _typed_run(rng, rng.choice([p for p in body.split("\n") if p.strip()] or [body]))
        if run:
            typed.append(run)
    words = Counter(w.lower() for t in texts for w in _WORD.findall(t))
    common = [w for w, _n in words.most_common(1500)[100:] if w not in _FUNCTION]
    typed.extend(rng.choice(common) for _ in range(30))
    typed.extend(FRENCH)
    return [(q, fts_or(q)) for q in typed]


def _queued() -> float:
    """Seconds this thread has waited for a core since it started (Linux's
    ``/proc/thread-self/schedstat``; 0 elsewhere): what of the wall clock beyond the
    CPU is the machine's load rather than the search's own waits."""
    try:
        return int(Path("/proc/thread-self/schedstat").read_text().split()[1]) / 1e9
    except (OSError, ValueError, IndexError):
        return 0.0


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return ordered[len(ordered) // 2], ordered[int(len(ordered) * 0.95) - 1]


def _p99(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[int(len(ordered) * 0.99) - 1]


def _summary(prefix: str, samples: list[float]) -> dict[str, float]:
    p50, p95 = _percentiles(samples)
    return {
        f"{prefix}p50_ms": p50 * 1e3,
        f"{prefix}p95_ms": p95 * 1e3,
        f"{prefix}p99_ms": _p99(samples) * 1e3,
    }


def p2(
    folder: Path,
    texts: list[str],
    library_dir: Path,
    db: Path,
    mix: str = "old",
    window_start: bool = False,
) -> dict[str, Any]:
    """One mix over one library: the app and FTS5 query by query (wall and CPU time),
    then the app again with cross-language search off, and, for the typed mix, as the
    window asks (when this version of the app has them). ``window_start``: the library
    is first readied as the window readies it when it opens one (``Library.warm_up``
    on its worker, then what is loaded by then frozen out of the garbage collector's
    walks; once started, ``Library.warm_search``, and a freeze again:
    ``reader.ui.mainwindow``), so that the first queries do not pay for it."""
    from reader.services import Library

    pairs = queries(texts) if mix == "old" else typed_queries(texts)
    asks = inspect.signature(Library.search).parameters
    can_turn_off = "cross_language" in asks
    fts = sqlite3.connect(db)
    ours, theirs, off, window, window_wall, queued = [], [], [], [], [], []
    ours_cpu, theirs_cpu = [], []
    empty = fts_empty = 0
    started_all = time.perf_counter()
    with Library.open(library_dir) as library:
        if window_start:
            library.warm_up()
            gc.collect()
            gc.freeze()
            if hasattr(library, "warm_search"):  # then, once it has started
                library.warm_search()
                gc.collect()
                gc.freeze()
        library.search("warm up", limit=20)
        for mine, other in pairs:
            started, cpu, waited = time.perf_counter(), time.process_time(), _queued()
            found = library.search(mine, limit=20)
            ours.append(time.perf_counter() - started)
            queued.append(_queued() - waited)
            ours_cpu.append(time.process_time() - cpu)
            started, cpu = time.perf_counter(), time.process_time()
            rows = fts.execute(
                "SELECT rowid, snippet(f, 1, '<mark>', '</mark>', '…', 24) FROM f "
                "WHERE f MATCH ? ORDER BY rank LIMIT 20",
                (other,),
            ).fetchall()
            theirs.append(time.perf_counter() - started)
            theirs_cpu.append(time.process_time() - cpu)
            empty += found.total == 0
            fts_empty += not rows
        if can_turn_off:
            for mine, _other in pairs:
                started = time.perf_counter()
                library.search(mine, limit=20, cross_language=False)
                off.append(time.perf_counter() - started)
        if mix == "typed":
            # an older window made all fifty snippets with the results
            first = {"snippets": WINDOW_SNIPPETS} if "snippets" in asks else {}
            for mine, _other in pairs:
                started, cpu = time.perf_counter(), time.process_time()
                library.search(mine, limit=WINDOW_LIMIT, **first)
                window.append(time.process_time() - cpu)
                window_wall.append(time.perf_counter() - started)
    gc.unfreeze()  # the next library's pass starts as this one did
    fts.close()
    out: dict[str, Any] = {
        "queries": len(pairs),
        "empty": empty,
        "fts_empty": fts_empty,
        **_summary("", ours),
        **_summary("fts_", theirs),
        **_summary("cpu_", ours_cpu),
        **_summary("fts_cpu_", theirs_cpu),
        # what the wall clock adds to this process's CPU, query by query: the waits
        # (other processes' answers, the disk, a core to run on)
        **_summary("gap_", [w - c for w, c in zip(ours, ours_cpu, strict=True)]),
        "gap_mean_ms": sum(ours) / len(ours) * 1e3 - sum(ours_cpu) / len(ours_cpu) * 1e3,
        "fts_gap_mean_ms": (sum(theirs) - sum(theirs_cpu)) / len(theirs) * 1e3,
        # of it, the search thread waiting for a core (the load), and the rest: waiting
        # for other processes' answers, the disk, its own threads
        "queued_mean_ms": sum(queued) / len(queued) * 1e3,
        "blocked_mean_ms": (sum(ours) - sum(ours_cpu) - sum(queued)) / len(ours) * 1e3,
        **_summary(
            "blocked_",
            [w - c - q for w, c, q in zip(ours, ours_cpu, queued, strict=True)],
        ),
        "load": os.getloadavg()[0],
    }
    if off:
        out.update(_summary("off_", off))
    if window:
        out.update(_summary("window_cpu_", window))
        out.update(_summary("window_", window_wall))
    slowest = sorted(zip(ours, (q for q, _ in pairs), strict=True), reverse=True)[:10]
    out["slowest"] = [[q, round(t * 1e3, 1)] for t, q in slowest]
    out["run_s"] = time.perf_counter() - started_all
    return out


def _rows(label: str, size: str, got: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """p50/p95/p99 beside FTS5's, the queries that found nothing, then the app's p95 with
    cross-language search off."""
    rows = []
    for p in ("p50", "p95", "p99"):
        ours, theirs = got[f"{p}_ms"], got[f"fts_{p}_ms"]
        rows.append(
            (
                f"P2 {label} {p}, {got['queries']} queries, {size} articles",
                f"{ours:.1f} ms",
                f"{theirs:.1f} ms",
                f"{ours / theirs:.1f}×",
            )
        )
    count = got["queries"]
    rows.append(
        (
            f"P2 {label} queries with no result, {size} articles",
            f"{got['empty']} of {count}",
            f"{got['fts_empty']} of {count}",
            "—",
        )
    )
    for p in ("p50", "p95", "p99"):
        ours, theirs = got[f"cpu_{p}_ms"], got[f"fts_cpu_{p}_ms"]
        rows.append(
            (
                f"P2 {label} {p} CPU (load {got['load']:.1f}), {size} articles",
                f"{ours:.1f} ms",
                f"{theirs:.1f} ms",
                f"{ours / max(theirs, 1e-3):.1f}×",
            )
        )
    if "gap_mean_ms" in got:
        rows.append(
            (
                f"P2 {label} wall − CPU a query, mean / p50 / p95, {size} articles",
                f"{got['gap_mean_ms']:.1f} / {got['gap_p50_ms']:.1f} / {got['gap_p95_ms']:.1f} ms",
                f"{got['fts_gap_mean_ms']:.1f} ms",
                "—",
            )
        )
    if "blocked_p50_ms" in got:
        rows.append(
            (
                f"P2 {label} of it, for a core (mean) / for the rest (mean / p50 / p95),"
                f" {size} articles",
                f"{got['queued_mean_ms']:.1f} / {got['blocked_mean_ms']:.1f}"
                f" / {got['blocked_p50_ms']:.1f} / {got['blocked_p95_ms']:.1f} ms",
                "—",
                "—",
            )
        )
    if "window_cpu_p95_ms" in got:
        rows.append(
            (
                f"P2 {label} p50 / p95 CPU as the window asks (50, 12 snippets), {size} articles",
                f"{got['window_cpu_p50_ms']:.1f} / {got['window_cpu_p95_ms']:.1f} ms",
                "—",
                "—",
            )
        )
    if "window_p95_ms" in got:  # the same third pass over the queries (blocks kept)
        rows.append(
            (
                f"P2 {label} p50 / p95 / p99 wall as the window asks, {size} articles",
                f"{got['window_p50_ms']:.1f} / {got['window_p95_ms']:.1f}"
                f" / {got['window_p99_ms']:.1f} ms",
                "—",
                "—",
            )
        )
    if "off_p95_ms" in got:
        ours, theirs = got["off_p95_ms"], got["fts_p95_ms"]
        rows.append(
            (
                f"P2 {label} p95 cross-language off, {size} articles",
                f"{ours:.1f} ms",
                f"{theirs:.1f} ms",
                f"{ours / theirs:.1f}×",
            )
        )
    return rows


def _bbc_texts() -> list[str]:
    return [p.read_bytes().decode("utf-8", "replace") for p in sorted(BBC.rglob("*.txt"))]


def large_library(folder: Path, count: int, texts: list[str], batch: int = LARGE_BATCH) -> Path:
    """``count`` synthetic English articles made of the BBC's paragraphs, written straight
    into a library (parsing 50,000 files is P1's business, not P2's), then indexed
    ``batch`` articles to a commit.

    A build stopped half-way resumes where it stopped: the articles already stored are
    skipped (the same draws, in the same order), and only those the index lacks are
    indexed. At 200,000 articles a single rebuild ran for more than an hour on a loaded
    machine and, stopped, left nothing."""
    from reader.core.model import ParsedArticle, Span, SpanKind
    from reader.services import Library

    rng = random.Random(11)
    paragraphs = [p.strip() for t in texts for p in t.split("\n\n")[1:] if len(p.strip()) > 80]
    titles = [t.split("\n", 1)[0].strip() for t in texts]
    with Library.open(folder) as library:
        store = library.store
        have = store.count()
        for n in range(count):
            title = f"{rng.choice(titles)} ({n})"
            body = rng.sample(paragraphs, 6)
            if n < have:
                continue  # stored by an earlier, interrupted build
            text, spans, at = "", [], 0
            for kind, part in [(SpanKind.TITLE, title)] + [(SpanKind.PARAGRAPH, p) for p in body]:
                spans.append(Span(at, at + len(part), kind))
                text += part + "\n"
                at += len(part) + 1
            store.save(ParsedArticle(f"synthetic:{n}", text, title, tuple(spans), lang="en"))
        library.store.set_setting("bundle_seeded", "1")
        _index_in_batches(library, batch)
    return folder


def _index_in_batches(library: Any, batch: int) -> None:
    """Index what the library holds and the index lacks, ``batch`` articles a commit."""
    indexer, store = library.indexer, library.store
    index = indexer.index
    if not index.is_open and not index.open():
        index.rebuild([])  # an empty index of this schema, filled below
    while True:
        update, delete = index.stale(store.stamps())
        if not update and not delete:
            return
        chunk = update[:batch]
        docs = (indexer.document(store.get(i)) for i in chunk)
        index.update(docs, delete, expected=len(chunk))
        print(f"indexed {len(chunk)}, {len(update) - len(chunk)} to go", file=sys.stderr)


def fts_from_library(library_dir: Path, db: Path) -> None:
    """The library's articles in an FTS5 table, written to a side file renamed into
    ``db`` when complete (a stopped build leaves no half table to be measured)."""
    from reader.services import Library

    partial = db.with_name(db.name + ".partial")
    partial.unlink(missing_ok=True)
    fts = sqlite3.connect(partial)
    fts.execute(
        "CREATE VIRTUAL TABLE f USING fts5(title, body, tokenize='unicode61 remove_diacritics 2')"
    )
    with Library.open(library_dir) as library:
        for summary in library.store.summaries():
            article = library.store.get(summary.id)
            fts.execute("INSERT INTO f VALUES (?, ?)", (article.title, article.text))
    fts.commit()
    fts.close()
    partial.rename(db)


def _timed(results: dict[str, Any], name: str, *command: str) -> None:
    started = time.perf_counter()
    subprocess.run([sys.executable, *command], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    results.setdefault("build_s", {})[name] = time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--large", default="50000", help="sizes, comma-separated (0: none)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--skip-p1", action="store_true", help="P2 only")
    parser.add_argument("--mixes", default="old,typed", help="old, typed or both")
    parser.add_argument("--keep", type=Path, help="build the libraries here, or reuse them")
    parser.add_argument(
        "--window-start",
        action="store_true",
        help="ready each library as the window does before its queries (see p2)",
    )
    args = parser.parse_args()
    mixes = [m for m in args.mixes.split(",") if m in ("old", "typed")]
    results: dict[str, Any] = {}
    rows = []
    if not args.skip_p1:
        load = os.getloadavg()[0]
        bbc = p1(BBC, 1)
        wiki = p1(WIKINEWS, args.repeats)
        # [ours, FTS5] wall seconds, then [ours, FTS5] CPU seconds, and the load before
        results["p1"] = {"bbc": list(bbc), "wikinews": list(wiki), "load": load}
        for name, (ours, fts, ours_cpu, fts_cpu) in (
            ("P1 import 2,225 BBC", bbc),
            ("P1 import 100 Wikinews", wiki),
        ):
            rows.append((name, f"{ours:.2f} s", f"{fts:.2f} s", f"{ours / fts:.1f}×"))
            rows.append(
                (
                    f"{name}, CPU (load {load:.1f})",
                    f"{ours_cpu:.2f} s",
                    f"{fts_cpu:.2f} s",
                    f"{ours_cpu / max(fts_cpu, 1e-3):.1f}×",
                )
            )
    texts = _bbc_texts()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        if not (folder / "bbc.db").exists():
            _timed(
                results,
                "bbc",
                "-m",
                "reader",
                "--data-dir",
                str(folder / "bbc"),
                "import",
                str(BBC),
            )
            _timed(
                results, "bbc_fts", "-m", "benchmarks.fts5_import", str(BBC), str(folder / "bbc.db")
            )
        for mix in mixes:
            small = p2(folder, texts, folder / "bbc", folder / "bbc.db", mix, args.window_start)
            results["p2_bbc" if mix == "old" else f"p2_bbc_{mix}"] = small
            rows.extend(_rows(mix, "2,225", small))
        for size in (int(n) for n in args.large.split(",") if int(n)):
            large = folder / f"large-{size}"
            if not (folder / f"large-{size}.db").exists():
                started = time.perf_counter()
                large_library(large, size, texts)  # resumes a build that was stopped
                results.setdefault("large_build_s", {})[size] = time.perf_counter() - started
                started = time.perf_counter()
                fts_from_library(large, folder / f"large-{size}.db")
                results.setdefault("build_s", {})[f"large_fts_{size}"] = (
                    time.perf_counter() - started
                )
            for mix in mixes:
                big = p2(folder, texts, large, folder / f"large-{size}.db", mix, args.window_start)
                results[f"p2_{size}" if mix == "old" else f"p2_{size}_{mix}"] = big
                rows.extend(_rows(mix, f"{size:,}", big))
    save("search", results)
    print(table(rows))
    timings = {**results.get("build_s", {}), **results.get("large_build_s", {})}
    runs = {k: v["run_s"] for k, v in results.items() if isinstance(v, dict) and "run_s" in v}
    print("builds (s):", {k: round(v, 1) for k, v in timings.items()})
    print("P2 passes (s):", {k: round(v, 1) for k, v in runs.items()})


if __name__ == "__main__":
    main()
