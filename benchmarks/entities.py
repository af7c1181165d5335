"""Entity benchmarks (run: ``.venv/bin/python -m benchmarks.entities``).

Quality: strict span-and-type precision, recall and F1 per type against hand-made gold
annotations of French Wikinews articles (``benchmarks/gold/wikinews-fr.json``) that the
recognisers were not tuned on, and of English BBC articles (`bbc-en.json`).
Speed (P5): articles per second for the whole pipeline on the Wikinews and BBC sets, and
the time to reopen an article whose entities are cached.

Held-out (``wikinews-fr-heldout.json``, names only, written before the recognisers were
last changed): precision, recall and F1 per type, strict (same span and type) and overlap
(a span overlapping one of the same type, one to one), for each variant of the French
pipeline side by side — the small and the medium spaCy model, with and without the
known names placed before the model — with each variant's articles per second measured
in the same run on the 100 Wikinews articles. Tune on the other sets, never on this one.
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks.common import CORPORA, ROOT, median, save, table
from reader.ingest import parse_file

if TYPE_CHECKING:
    from reader.core.model import Article
    from reader.entities.pipeline import EntityPipeline

WIKINEWS = CORPORA / "fr-wikinews-keyphrase-100" / "documents"
BBC = CORPORA / "en-bbc-news-2225" / "bbc"
HELDOUT = ROOT / "benchmarks" / "gold" / "wikinews-fr-heldout.json"
NAMES = ("PER", "ORG", "LOC", "PRODUCT", "MISC")
GOLD_SETS = {
    "French (Wikinews)": (ROOT / "benchmarks" / "gold" / "wikinews-fr.json", WIKINEWS),
    "English (BBC)": (ROOT / "benchmarks" / "gold" / "bbc-en.json", BBC),
}


def gold_spans(text: str, entries: list[list]) -> set[tuple[int, int, str]]:
    spans = set()
    for surface, label, which in entries:
        found = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text)]
        chosen = found if which == "all" else [found[i] for i in which]
        spans |= {(start, start + len(surface), label) for start in chosen}
    return spans


def load_article(path: Path) -> Article:
    """An article as the app would store it (same text, so the gold's offsets hold)."""
    from reader.core.model import Article
    from reader.core.text import content_hash

    parsed = parse_file(path)
    return Article(
        id=path.name,
        title=parsed.title,
        source=None,
        lang=parsed.lang,
        date=None,
        origin=path.name,
        version=1,
        text=parsed.text,
        content_hash=content_hash(parsed.text),
        spans=parsed.spans,
    )


def quality(gold_file: Path, folder: Path) -> dict[str, dict[str, float]]:
    from reader.entities.pipeline import EntityPipeline

    pipeline = EntityPipeline.default()
    gold = json.loads(gold_file.read_text(encoding="utf-8"))["documents"]
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for name, entries in gold.items():
        article = load_article(folder / name)
        expected = gold_spans(article.text, entries)
        predicted = {(m.start, m.end, m.label) for m in pipeline.recognize(article)}
        for span in predicted & expected:
            tp[span[2]] += 1
        for span in predicted - expected:
            fp[span[2]] += 1
        for span in expected - predicted:
            fn[span[2]] += 1
    return prf(tp, fp, fn, sorted(set(tp) | set(fp) | set(fn)))


def prf(
    tp: Counter[str], fp: Counter[str], fn: Counter[str], labels: list[str]
) -> dict[str, dict[str, float]]:
    """Precision, recall, F1 and gold mentions per label, and over all ("ALL")."""
    scores = {}
    for label in [*labels, "ALL"]:
        t = sum(tp.values()) if label == "ALL" else tp[label]
        p_ = sum(fp.values()) if label == "ALL" else fp[label]
        n = sum(fn.values()) if label == "ALL" else fn[label]
        precision = t / (t + p_) if t + p_ else 0.0
        recall = t / (t + n) if t + n else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores[label] = {"precision": precision, "recall": recall, "f1": f1, "gold": t + n}
    return scores


Span = tuple[int, int, str]


def overlap_counts(
    predicted: set[Span], expected: set[Span]
) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """True positives, false positives and misses when a predicted span counts if it
    overlaps a gold span of the same type not yet matched (one to one, in text order)."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    free = sorted(expected)
    for start, end, label in sorted(predicted):
        match = next((g for g in free if g[2] == label and g[0] < end and start < g[1]), None)
        if match is None:
            fp[label] += 1
        else:
            tp[label] += 1
            free.remove(match)
    for span in free:
        fn[span[2]] += 1
    return tp, fp, fn


def variants() -> dict[str, EntityPipeline]:
    """The French pipelines compared on the held-out set: the app's own first, then each
    model with and without the cue recogniser, and with the known names given to the
    model as fixed entities before it labels the rest ("known first")."""
    from reader.entities.cues import CueRecognizer
    from reader.entities.pipeline import EntityPipeline, discover
    from reader.entities.statistical import SpacyRecognizer

    recognizers = discover()
    others = [r for r in recognizers if not isinstance(r, SpacyRecognizer | CueRecognizer)]
    found: dict[str, EntityPipeline] = {}
    for model, short in (("fr_core_news_sm", "sm"), ("fr_core_news_md", "md")):
        if not SpacyRecognizer({"fr": model}).available:
            continue
        found[short] = EntityPipeline([*others, SpacyRecognizer({"fr": model})])
        found[f"{short}+cues"] = EntityPipeline(
            [*others, CueRecognizer(), SpacyRecognizer({"fr": model})]
        )
        found[f"{short}+cues, known first"] = EntityPipeline(
            [*others, CueRecognizer(), SpacyRecognizer({"fr": model}, known_first=True)]
        )
    return found


def heldout(pipeline: EntityPipeline, gold_file: Path = HELDOUT) -> dict[str, object]:
    """Strict and overlap scores per name type on the held-out gold, and the pipeline's
    speed on all 100 Wikinews articles (the model loaded first, as in the app)."""
    gold = json.loads(gold_file.read_text(encoding="utf-8"))["documents"]
    strict: list[Counter[str]] = [Counter(), Counter(), Counter()]
    loose: list[Counter[str]] = [Counter(), Counter(), Counter()]
    for name, entries in gold.items():
        article = load_article(WIKINEWS / name)
        expected = gold_spans(article.text, entries)
        predicted = {
            (m.start, m.end, m.label) for m in pipeline.recognize(article) if m.label in NAMES
        }
        for counts, found in zip(
            strict,
            (
                Counter(s[2] for s in predicted & expected),
                Counter(s[2] for s in predicted - expected),
                Counter(s[2] for s in expected - predicted),
            ),
            strict=True,
        ):
            counts.update(found)
        for counts, found in zip(loose, overlap_counts(predicted, expected), strict=True):
            counts.update(found)
    articles = [load_article(path) for path in sorted(WIKINEWS.glob("*.html"))]
    pipeline.recognize(articles[0])  # load the model
    start = time.perf_counter()
    for article in articles:
        pipeline.recognize(article)
    elapsed = time.perf_counter() - start
    return {
        "strict": prf(*strict, list(NAMES)),
        "overlap": prf(*loose, list(NAMES)),
        "articles_per_s": len(articles) / elapsed if elapsed else 0.0,
    }


def heldout_table(results: dict[str, dict[str, Any]]) -> str:
    """One row per type, one column group per variant: strict P/R/F1 (overlap F1)."""
    names = list(results)
    header = "| type | " + " | ".join(f"{n}: P / R / F1 (overlap F1)" for n in names) + " |"
    lines = [header, "|---" * (len(names) + 1) + "|"]
    for label in [*NAMES, "ALL"]:
        cells = []
        for n in names:
            s, o = results[n]["strict"][label], results[n]["overlap"][label]
            cells.append(
                f"{s['precision']:.2f} / {s['recall']:.2f} / {s['f1']:.2f} ({o['f1']:.2f})"
            )
        gold = results[names[0]]["strict"][label]["gold"]
        lines.append(f"| {label} ({gold:.0f}) | " + " | ".join(cells) + " |")
    speeds = " | ".join(f"{results[n]['articles_per_s']:.1f}" for n in names)
    lines.append(f"| articles/s | {speeds} |")
    return "\n".join(lines)


def throughput(limit: int) -> dict[str, float]:
    from reader.services import Library

    results: dict[str, float] = {}
    for name, folder in (("wikinews", WIKINEWS), ("bbc", BBC)):
        files = sorted(folder.rglob("*.txt" if name == "bbc" else "*.html"))[:limit]
        with Library.open(tempfile.mkdtemp(prefix="bench-ent-")) as library:
            library.import_paths(files)
            library.pipeline.recognize(library.article(library.articles()[0].id))  # load models
            start = time.perf_counter()
            done = library.recognize_pending()
            elapsed = time.perf_counter() - start
            results[f"{name}_articles_per_s"] = done / elapsed if elapsed else 0.0
            ids = [a.id for a in library.articles()[:50]]
            timings = []
            for article_id in ids:
                t = time.perf_counter()
                library.entities(article_id)
                timings.append(time.perf_counter() - t)
            results[f"{name}_reopen_ms"] = median(timings) * 1000
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=400, help="articles per corpus for speed")
    parser.add_argument(
        "--heldout-only", action="store_true", help="only the variants on the held-out set"
    )
    args = parser.parse_args()
    held = {name: heldout(pipeline) for name, pipeline in variants().items()}
    print("Held-out French names (strict; overlap F1 in brackets; gold mentions per type)")
    print(heldout_table(held))
    print()
    if args.heldout_only:
        save("entities-heldout", {"heldout": held})
        return
    all_scores = {name: quality(*paths) for name, paths in GOLD_SETS.items()}
    speed = throughput(args.limit)
    save("entities", {"quality": all_scores, "speed": speed, "heldout": held})
    for name, scores in all_scores.items():
        print(f"Strict span+type scores, {name} gold set")
        rows = [
            (
                label,
                f"{s['precision']:.2f}",
                f"{s['recall']:.2f}",
                f"{s['f1']:.2f} ({s['gold']:.0f})",
            )
            for label, s in scores.items()
        ]
        print(table(rows, header=("type", "precision", "recall", "F1 (gold mentions)")))
        print()
    rows = [
        ("P5 pipeline, Wikinews", f"{speed['wikinews_articles_per_s']:.1f} art./s", "20", ""),
        ("P5 pipeline, BBC", f"{speed['bbc_articles_per_s']:.1f} art./s", "20", ""),
        ("P5 reopen with cache, Wikinews", f"{speed['wikinews_reopen_ms']:.1f} ms", "30", ""),
        ("P5 reopen with cache, BBC", f"{speed['bbc_reopen_ms']:.1f} ms", "30", ""),
    ]
    print(table(rows, header=("metric", "measured", "target", "")))


if __name__ == "__main__":
    main()
