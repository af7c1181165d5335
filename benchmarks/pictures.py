"""The pictures of the corpus at 50,000 articles: the stall they add to the window.

P4's method (:data:`benchmarks.gui.TICKER`): the longest gap of a 5 ms timer, and the
time lost to gaps beyond 50 ms, while the timeline and the entity map are drawn and
follow a search, a range of dates and their clearing — against the same window doing
the same steps with the two docks closed, watched for as long as the docks-open run took
to draw each step, alternated in the same run (on a loaded machine the load's own
stalls are in both; the difference is the pictures'). Also how long each picture took
to appear, and the entity map's readability (crossings, overlaps) of its force layout
against a circle on real libraries.

Run: ``.venv/bin/python -m benchmarks.pictures [--articles N] [--library DIR]``.

The library is :func:`benchmarks.search.large_library` (BBC paragraphs) with what a
news library has and that one lacks: dates over three years, twelve sources (a few
large, many small) and entities — twelve mentions of eight names an article, drawn
from 3,000 names with Zipf's law, so the commonest are in thousands of articles (the
co-occurrences the map counts). They are written into the store directly: recognising
50,000 articles is P5's business, not this one's.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.common import CORPORA, ROOT, median, save, table
from benchmarks.gui import TICKER, measure
from benchmarks.search import _bbc_texts, large_library

QUERIES = ("economy", "prime minister")  # a common word, and a phrase
DATES = ("2023-03-01", "2023-05-31")  # the range brushed
LABELS = ("PER", "ORG", "LOC", "PRODUCT")

PICTURES = (
    r"""
import multiprocessing, sys
multiprocessing.set_start_method("spawn", force=True)
from reader.services import Library
from reader.ui.app import application, build_window
app = application(sys.argv[:1])
library = Library.open(sys.argv[1])
shown = sys.argv[2] == "shown"
queries = [q for q in sys.argv[3].split("|") if q]
dates = tuple(sys.argv[4].split("|"))
# how long to watch each step at least (ms): the docks-closed run watches each step as
# long as the docks-open run took to draw it, so both count the stalls of the same span
windows = {k: int(v) for k, v in (x.split("=") for x in sys.argv[5].split(",") if x)}
win = build_window(library); win.resize(1400, 900)
win.show()
if queries:
    win.start()
else:  # no search: the library list alone, no index opened (see --no-search)
    win.library_pane.reload(); win.started = True
"""
    + TICKER
    + r"""
pictures = win.pictures
loaded = {"n": 0}
win.library_pane.loaded.connect(lambda _: loaded.__setitem__("n", loaded["n"] + 1))
def drawn(query):
    # the pictures of this query (or of the library) are shown, for the dates filtered
    if not shown:
        return True
    timeline, entity_map = pictures.timeline.chart.timeline, pictures.entity_map.network.map
    return (
        not pictures._settle.isActive()
        and timeline is not None and entity_map is not None
        and timeline.scope.query == query and entity_map.scope.query == query
        and entity_map.scope.dates == win.library_pane.date_filter.dates
    )
def searched(query):
    results = win.search_panel.results
    return results is not None and results.query == query
steps = []
def step(name, action, query, done):
    steps.append((name, action, query, done))
for query in queries:
    step("search_" + query.replace(" ", "_"), lambda q=query: win.search_field.setText(q),
         query, lambda q=query: searched(q))
    step("leave_search", lambda: win.search_field.clear(), "",
         lambda: win.left.currentWidget() is win.library_pane)
step("brush_dates", lambda: win.library_pane.set_dates(dates), "", lambda: loaded["n"] > 0)
step("clear_dates", lambda: win.library_pane.set_dates(None), "", lambda: loaded["n"] > 0)
docks = (win.commands["panel_timeline"], win.commands["panel_entity_map"])
for toggle in docks:  # closed to begin with, whatever layout the library's window saved
    toggle.setChecked(False)
steps.insert(0, ("open_docks", lambda: [t.setChecked(True) for t in docks] if shown else None,
                 "", lambda: True))
state = {"quiet": 0, "begun": 0}
def run_next():
    if not steps:
        app.quit(); return
    name, action, query, done_when = steps[0]
    state["begun"] = clock.elapsed()
    loaded["n"] = 0
    start_ticking(); action()
    watch = max(300, windows.get(name, 0))
    def check():
        done = done_when() and drawn(query) and clock.elapsed() - state["begun"] > watch
        state["quiet"] = state["quiet"] + 1 if done else 0
        if state["quiet"] < 3:
            QTimer.singleShot(20, check); return
        state["quiet"] = 0
        took = clock.elapsed() - state["begun"] - 40  # less the two quiet polls
        worst = worst_stall()
        lost = sum(g - 5 - 50 for g in gaps if g - 5 > 50)  # beyond P4's 50 ms, summed
        print(f"STALL {name} {worst} {took} {lost}", flush=True)
        steps.pop(0)
        QTimer.singleShot(300, run_next)
    QTimer.singleShot(20, check)
def wait_started():
    # the start's own work done (other background work, such as finding shared
    # passages in a library that has none yet, goes on in both runs alike)
    if win.started:
        QTimer.singleShot(2000, run_next)
    else:
        QTimer.singleShot(100, wait_started)
wait_started()
app.exec()
win.ctx.tasks.wait(); win.close(); del win; library.close()
"""
)


def enrich(folder: Path, seed: int = 5) -> None:
    """Dates, sources and entities for the articles of a :func:`large_library`."""
    from reader.services import Library

    with Library.open(folder) as library:
        pipeline = library.pipeline.version
    rng = random.Random(seed)
    names = [(f"Name {n}", LABELS[n % len(LABELS)]) for n in range(3000)]
    weights = [1 / (rank + 1) for rank in range(len(names))]
    sources = [f"Source {chr(65 + n)}" for n in range(12)]
    source_weights = [1 / (rank + 1) ** 1.2 for rank in range(len(sources))]
    db = sqlite3.connect(folder / "library.sqlite3")
    rows = db.execute("SELECT id, version FROM articles ORDER BY id").fetchall()
    with db:
        for article_id, version in rows:
            day = f"{2022 + rng.randrange(3)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
            source = rng.choices(sources, source_weights)[0]
            db.execute(
                "UPDATE articles SET published = ?, source = ? WHERE id = ?",
                (day, source, article_id),
            )
            chosen: set[int] = set()
            while len(chosen) < 8:
                chosen.add(rng.choices(range(len(names)), weights)[0])
            mentions = [names[i] for i in chosen] + [
                names[rng.choice(list(chosen))] for _ in range(4)
            ]
            db.executemany(
                'INSERT INTO entities (article_id, version, pipeline, start, "end", label, '
                "canonical, source) VALUES (?, ?, ?, ?, ?, ?, ?, 'benchmark')",
                [
                    (article_id, version, pipeline, 10 * n, 10 * n + 5, label, name)
                    for n, (name, label) in enumerate(mentions)
                ],
            )
            db.execute(
                "INSERT OR REPLACE INTO entity_runs (article_id, version, pipeline, created_at) "
                "VALUES (?, ?, ?, '2026-01-01T00:00:00+00:00')",
                (article_id, version, pipeline),
            )
        # its shared passages found, as in a library used for a while (finding them
        # once after an import is "Also in"'s cost, measured by benchmarks.passages)
        from reader.passages import ENGINE_VERSION

        db.executemany(
            "INSERT OR REPLACE INTO passage_runs (article_id, version, engine, created_at) "
            "VALUES (?, ?, ?, '2026-01-01T00:00:00+00:00')",
            [(article_id, version, ENGINE_VERSION) for article_id, version in rows],
        )
    db.close()


def stalls(
    folder: Path, shown: bool, search: bool = True, windows: dict[str, float] | None = None
) -> dict[str, dict[str, float]]:
    """Each step's longest stall, how long it took (to the pictures drawn, with the
    docks open) and the time the window lost to stalls beyond 50 ms; ``windows`` makes
    each step watched at least that long (ms)."""
    queries = "|".join(QUERIES) if search else ""
    watch = ",".join(f"{k}={int(v)}" for k, v in (windows or {}).items())
    state = "shown" if shown else "hidden"
    lines = measure(PICTURES, str(folder), state, queries, "|".join(DATES), watch)
    return {
        name: {"stall_ms": float(worst), "took_ms": float(took), "lost_ms": float(lost)}
        for name, worst, took, lost in lines
    }


def readability() -> dict[str, dict[str, Any]]:
    """The force layout against a circle on the maps of two real libraries: the seeds
    with the French Wikinews, and 100 BBC articles (entities as recognised)."""
    from reader.services import Library, entity_layout
    from reader.services.pictures import MOST_EDGES, Pictures, Scope, radius

    found: dict[str, dict[str, Any]] = {}
    corpora = {
        "seeds + 100 Wikinews (fr)": [CORPORA / "fr-wikinews-keyphrase-100" / "documents"],
        "100 BBC business and tech (en)": sorted(
            (CORPORA / "en-bbc-news-2225" / "bbc" / "business").glob("*.txt")
        )[:50]
        + sorted((CORPORA / "en-bbc-news-2225" / "bbc" / "tech").glob("*.txt"))[:50],
    }
    for name, paths in corpora.items():
        with tempfile.TemporaryDirectory() as tmp, Library.open(tmp) as library:
            if name.startswith("seeds"):
                library.seed_if_empty()
            library.import_paths(paths)
            library.recognize_pending()
            made = Pictures(library).entity_map(Scope())
            most = max(n.mentions for n in made.nodes)
            radii = [radius(n.mentions, most) for n in made.nodes]
            edges = [(link.a, link.b, link.articles) for link in made.links][:MOST_EDGES]
            force = entity_layout.force(radii, edges)
            circle = entity_layout.circle(len(made.nodes))
            found[name] = {
                "nodes": len(made.nodes),
                "edges": len(edges),
                "force": (
                    entity_layout.crossings(force, edges),
                    entity_layout.overlaps(force, radii),
                ),
                "circle": (
                    entity_layout.crossings(circle, edges),
                    entity_layout.overlaps(circle, radii),
                ),
                "chosen": made.layout,
            }
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--library", metavar="DIR", help="an enriched library to reuse")
    parser.add_argument("--build", metavar="DIR", help=argparse.SUPPRESS)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--no-layouts", action="store_true", help="skip the readability table")
    parser.add_argument(
        "--no-search",
        action="store_true",
        help="the library's pictures and dates only: the window opens no search index",
    )
    args = parser.parse_args()
    if args.build:
        large_library(Path(args.build), args.articles, _bbc_texts())
        enrich(Path(args.build))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.library or Path(tmp) / "large")
        if not args.library:
            command = [sys.executable, "-m", "benchmarks.pictures", "--build", str(folder)]
            subprocess.run([*command, "--articles", str(args.articles)], check=True, cwd=ROOT)
        runs: dict[str, list[dict[str, dict[str, float]]]] = {"shown": [], "hidden": []}
        for _ in range(args.repeats):  # alternated, the machine's load shared
            shown = stalls(folder, shown=True, search=not args.no_search)
            windows = {name: step["took_ms"] for name, step in shown.items()}
            runs["shown"].append(shown)
            runs["hidden"].append(
                stalls(folder, shown=False, search=not args.no_search, windows=windows)
            )
    layouts = {} if args.no_layouts else readability()
    save("pictures", {"articles": args.articles, "runs": runs, "readability": layouts})
    rows = []
    for name in runs["shown"][0]:
        shown_runs = [r[name] for r in runs["shown"]]
        hidden_runs = [r[name] for r in runs["hidden"]]
        took = median([r["took_ms"] for r in shown_runs])
        worst = median([r["stall_ms"] for r in shown_runs])
        worst_closed = median([r["stall_ms"] for r in hidden_runs])
        lost = median([r["lost_ms"] for r in shown_runs])
        lost_closed = median([r["lost_ms"] for r in hidden_runs])
        rows.append(
            (
                f"{name} (pictures in {took / 1000:.1f} s)",
                f"{worst:.0f} ms / {worst_closed:.0f} ms",
                f"{lost:.0f} ms / {lost_closed:.0f} ms",
                f"{worst - worst_closed:+.0f} ms / {lost - lost_closed:+.0f} ms",
            )
        )
    print(f"{args.articles:,} articles, median of {args.repeats} runs each way:")
    print(
        table(
            rows,
            (
                "step",
                "longest stall, docks open / closed",
                "time lost beyond 50 ms, open / closed",
                "what the pictures add",
            ),
        )
    )
    layout_rows = [
        (
            f"{name}: {v['nodes']} entities, {v['edges']} links",
            f"{v['force'][0]} crossings, {v['force'][1]} overlaps",
            f"{v['circle'][0]} crossings, {v['circle'][1]} overlaps (circle)",
            v["chosen"],
        )
        for name, v in layouts.items()
    ]
    print(table(layout_rows, ("map", "force layout", "baseline", "chosen")))


if __name__ == "__main__":
    main()
