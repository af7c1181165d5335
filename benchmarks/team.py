"""T1: a team library in PostgreSQL against the SQLite file, on this machine, in the same
run: storing 10,000 annotations (each in its own transaction, as the window saves them),
listing them (every article's, then all), and a second desktop's search index catching
up after 1,000 changes made by a teammate (one note on each of 1,000 BBC articles); and
that desktop's first indexing of the library (every article read from the server once,
then indexed as a local rebuild is), the sample from which a 500,000-article library's
first indexing is extrapolated in BENCHMARKS.md. The
baseline is the SQLite file doing the same; the server is a throw-away local cluster
(Unix socket, fsync off), so the figures are PostgreSQL's cost, not a network's.

Run: ``python -m benchmarks.team`` (needs PostgreSQL's programs and the team extra)."""

from __future__ import annotations

import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from benchmarks.common import CORPORA, save, table
from benchmarks.pg_cluster import ALICE, BOB, binaries, throwaway_cluster
from reader.core.anchoring import describe
from reader.core.model import Annotation
from reader.services import Library

NOTES = 10_000
CHANGED = 1_000


def _articles() -> list[Path]:
    return sorted((CORPORA / "en-bbc-news-2225" / "bbc").glob("*/*.txt"))[:CHANGED]


def _timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _annotate(library: Library, count: int, ids: list[str], note: str) -> None:
    """``count`` notes over the articles ``ids``, one transaction each, at the store."""
    store = library.annotation_store
    texts = {i: library.store.get(i) for i in ids[:count]}
    for n in range(count):
        article = texts[ids[n % len(texts)]]
        start = (n * 37) % max(1, len(article.text) - 60)
        quote = describe(article.text, start, start + 30)
        store.save(
            Annotation(
                str(uuid.uuid4()), article.id, start, start + 30, quote.exact, quote.prefix,
                quote.suffix, note=f"{note} {n}", shared=not library.backend.local,
            )
        )  # fmt: skip


def measure(first: Library, second: Library) -> dict[str, float]:
    """``first`` imports and annotates; ``second`` (another desktop of the same library)
    lists and catches up."""
    files = _articles()
    figures: dict[str, float] = {}
    figures["import 1,000 articles"] = _timed(lambda: first.import_paths(files))
    ids = sorted(first.store.stamps())
    figures["read every article once"] = _timed(lambda: [second.store.get(i) for i in ids])
    figures["first indexing of 1,000 articles"] = _timed(second.reindex)
    figures[f"store {NOTES:,} notes"] = _timed(lambda: _annotate(first, NOTES, ids, "n"))
    figures["list every article's notes"] = _timed(lambda: [second.annotations(i) for i in ids])
    figures["list all notes"] = _timed(lambda: second.annotations())
    second.sync_index()
    _annotate(first, CHANGED, ids, "changed")  # a teammate's 1,000 changes
    figures[f"index catches up after {CHANGED:,} changes"] = _timed(second.sync_index)
    return figures


def main() -> None:
    programs = binaries()
    if programs is None:
        raise SystemExit("PostgreSQL's programs are needed (apt-get install postgresql)")
    with tempfile.TemporaryDirectory() as tmp, throwaway_cluster(programs) as cluster:
        root = Path(tmp)
        with Library.open(root / "one") as first, Library.open(root / "one") as second:
            first.store.set_setting("bundled_corpus_seeded", "1")
            sqlite = measure(first, second)
        name = cluster.new_database()
        with (
            Library.open(root / "alice", team=cluster.url(ALICE, name)) as first,
            Library.open(root / "bob", team=cluster.url(BOB, name)) as second,
        ):
            postgresql = measure(first, second)
    rows = [
        (metric, f"{postgresql[metric]:.2f} s", f"{sqlite[metric]:.2f} s",
         f"{postgresql[metric] / sqlite[metric]:.2f}×")
        for metric in sqlite
    ]  # fmt: skip
    print(table(rows, ("T1 (PostgreSQL vs SQLite)", "PostgreSQL", "SQLite", "ratio")))
    path = save("team", {"sqlite": sqlite, "postgresql": postgresql})
    print(f"saved {path}")


if __name__ == "__main__":
    main()
