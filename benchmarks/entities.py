"""Entity benchmarks (run: ``.venv/bin/python -m benchmarks.entities``).

Quality: strict span-and-type precision, recall and F1 per type against hand-made gold
annotations of French Wikinews articles (``benchmarks/gold/wikinews-fr.json``) that the
recognisers were not tuned on, and of English BBC articles (`bbc-en.json`).
Speed (P5): articles per second for the whole pipeline on the Wikinews and BBC sets, and
the time to reopen an article whose entities are cached.
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
import time
from collections import Counter
from pathlib import Path

from benchmarks.common import CORPORA, ROOT, median, save, table
from reader.ingest import parse_file

WIKINEWS = CORPORA / "fr-wikinews-keyphrase-100" / "documents"
BBC = CORPORA / "en-bbc-news-2225" / "bbc"
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


def quality(gold_file: Path, folder: Path) -> dict[str, dict[str, float]]:
    from reader.core.model import Article
    from reader.core.text import content_hash
    from reader.entities.pipeline import EntityPipeline

    pipeline = EntityPipeline.default()
    gold = json.loads(gold_file.read_text(encoding="utf-8"))["documents"]
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for name, entries in gold.items():
        parsed = parse_file(folder / name)
        article = Article(
            id=name,
            title=parsed.title,
            source=None,
            lang=parsed.lang,
            date=None,
            origin=name,
            version=1,
            text=parsed.text,
            content_hash=content_hash(parsed.text),
            spans=parsed.spans,
        )
        expected = gold_spans(parsed.text, entries)
        predicted = {(m.start, m.end, m.label) for m in pipeline.recognize(article)}
        for span in predicted & expected:
            tp[span[2]] += 1
        for span in predicted - expected:
            fp[span[2]] += 1
        for span in expected - predicted:
            fn[span[2]] += 1
    scores = {}
    for label in [*sorted(set(tp) | set(fp) | set(fn)), "ALL"]:
        t = sum(tp.values()) if label == "ALL" else tp[label]
        p_ = sum(fp.values()) if label == "ALL" else fp[label]
        n = sum(fn.values()) if label == "ALL" else fn[label]
        precision = t / (t + p_) if t + p_ else 0.0
        recall = t / (t + n) if t + n else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores[label] = {"precision": precision, "recall": recall, "f1": f1, "gold": t + n}
    return scores


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
    args = parser.parse_args()
    all_scores = {name: quality(*paths) for name, paths in GOLD_SETS.items()}
    speed = throughput(args.limit)
    save("entities", {"quality": all_scores, "speed": speed})
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
