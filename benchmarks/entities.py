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

English (``bbc-en-heldout.json``, names only, written before any English model was tried):
the same scores for the pipeline without an English model, with the model trained by
``packaging/train_ner_en.py``, with spaCy's ``en_core_web_sm`` alone (the baseline) and with
the two voting (the app's); the same on the development gold the English rules were tuned
on (``bbc-en-dev.json`` and ``bbc-en.json``; then, apart, ``bbc-en-dev2.json``, business and
tech articles written for organisations and products, ``bbc-en-dev3.json`` and ``-dev4``); then PER,
ORG and LOC on UNER English PUD and EWT test (:mod:`benchmarks.uner`), sets nobody here
annotated or trained on; articles per second on 100 BBC articles.

Second English held-out (``bbc-en-heldout2.json``, 785 names in 20 BBC articles written
after the English rules, before any recogniser ran on them): the first had been scored
about twenty times while those rules were written, so this one is the independent check.
Only its scores are printed, never its errors; ``--english-held-out`` scores the
held-out sets alone. Third English held-out (``bbc-en-heldout3.json``, 569 names in 15 BBC
articles written once the second had been scored twice): ``--english-held-out-3`` scores it
alone. ``--english-dev`` scores the English development sets alone, so that rules can be
measured while they are written without scoring a held-out set.
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
HELDOUT_EN = ROOT / "benchmarks" / "gold" / "bbc-en-heldout.json"
#: the second English held-out gold, written after the English rules: only measured
HELDOUT2_EN = [ROOT / "benchmarks" / "gold" / "bbc-en-heldout2.json"]
#: the third, written once the second had been scored twice: only measured
HELDOUT3_EN = [ROOT / "benchmarks" / "gold" / "bbc-en-heldout3.json"]
#: the English development gold: the sets the English recognisers were tuned on (the
#: second, business and tech, for organisations and products)
DEV_EN = [ROOT / "benchmarks" / "gold" / name for name in ("bbc-en-dev.json", "bbc-en.json")]
DEV2_EN = [ROOT / "benchmarks" / "gold" / "bbc-en-dev2.json"]
#: the third, business, politics and tech, scored once before its errors were read
DEV3_EN = [ROOT / "benchmarks" / "gold" / "bbc-en-dev3.json"]
#: the fourth, three articles of each topic, scored once before its errors were read
DEV4_EN = [ROOT / "benchmarks" / "gold" / "bbc-en-dev4.json"]
#: the English development sets by the name their scores carry
DEV_SETS_EN = {
    "development": DEV_EN,
    "development 2": DEV2_EN,
    "development 3": DEV3_EN,
    "development 4": DEV4_EN,
}
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


class Tally:
    """Strict and overlap counts of true positives, false positives and misses per type."""

    def __init__(self) -> None:
        self.strict: list[Counter[str]] = [Counter(), Counter(), Counter()]
        self.loose: list[Counter[str]] = [Counter(), Counter(), Counter()]

    def add(self, predicted: set[Span], expected: set[Span]) -> None:
        for counts, found in zip(
            self.strict,
            (
                Counter(s[2] for s in predicted & expected),
                Counter(s[2] for s in predicted - expected),
                Counter(s[2] for s in expected - predicted),
            ),
            strict=True,
        ):
            counts.update(found)
        for counts, found in zip(self.loose, overlap_counts(predicted, expected), strict=True):
            counts.update(found)

    def scores(self, labels: tuple[str, ...] = NAMES) -> dict[str, Any]:
        return {
            "strict": prf(*self.strict, list(labels)),
            "overlap": prf(*self.loose, list(labels)),
        }


def articles_per_second(pipeline: EntityPipeline, files: list[Path]) -> float:
    """Articles per second through ``pipeline`` (the model loaded first, as in the app)."""
    articles = [load_article(path) for path in files]
    pipeline.recognize(articles[0])  # load the model
    start = time.perf_counter()
    for article in articles:
        pipeline.recognize(article)
    elapsed = time.perf_counter() - start
    return len(articles) / elapsed if elapsed else 0.0


def heldout(
    pipeline: EntityPipeline,
    gold_file: Path = HELDOUT,
    folder: Path = WIKINEWS,
    speed_files: list[Path] | None = None,
) -> dict[str, object]:
    """Strict and overlap scores per name type on a held-out gold, and the pipeline's
    speed on ``speed_files`` (all 100 Wikinews articles unless told)."""
    gold = json.loads(gold_file.read_text(encoding="utf-8"))["documents"]
    tally = Tally()
    for name, entries in gold.items():
        article = load_article(folder / name)
        expected = gold_spans(article.text, entries)
        predicted = {
            (m.start, m.end, m.label) for m in pipeline.recognize(article) if m.label in NAMES
        }
        tally.add(predicted, expected)
    files = sorted(WIKINEWS.glob("*.html")) if speed_files is None else speed_files
    if not files:
        return tally.scores()
    return {**tally.scores(), "articles_per_s": articles_per_second(pipeline, files)}


def english_variants() -> dict[str, EntityPipeline]:
    """The English pipelines compared: without a model (the app before: the capitalised-name
    cues stand in for one), with the compact model ``packaging/train_ner_en.py`` trained
    and the app ships, with spaCy's small English model alone (the baseline), and with the
    two voting (:mod:`reader.entities.english`), the app's. Beside a model the pipeline
    leaves the cues out."""
    from reader.entities.pipeline import EntityPipeline, discover
    from reader.entities.statistical import EN_MODEL, EN_TRAINED, SpacyRecognizer, shipped_model

    others = [r for r in discover() if not isinstance(r, SpacyRecognizer)]
    french = {"fr": "fr_core_news_md"}
    trained = shipped_model(EN_TRAINED)
    found = {"no model": EntityPipeline([*others, SpacyRecognizer(french, confirm={})])}
    for short, recognizer in (
        ("trained", SpacyRecognizer({**french, "en": trained}, confirm={})),
        ("sm", SpacyRecognizer({**french, "en": EN_MODEL}, confirm={})),
        ("sm+trained vote", SpacyRecognizer({**french, "en": EN_MODEL})),
    ):
        if recognizer.available_for("en") and (short != "sm+trained vote" or "trained" in found):
            found[short] = EntityPipeline([*others, recognizer])
    return found


def development(pipeline: EntityPipeline, gold_files: list[Path] = DEV_EN) -> dict[str, Any]:
    """Strict and overlap scores per name type on English BBC gold: the development sets
    the English recognisers were tuned on (a variant's progress is measured there), or the
    second held-out set, which is only measured."""
    tally = Tally()
    for gold_file in gold_files:
        for name, entries in json.loads(gold_file.read_text(encoding="utf-8"))["documents"].items():
            article = load_article(BBC / name)
            expected = {s for s in gold_spans(article.text, entries) if s[2] in NAMES}
            predicted = {
                (m.start, m.end, m.label) for m in pipeline.recognize(article) if m.label in NAMES
            }
            tally.add(predicted, expected)
    return tally.scores()


def outside(pipeline: EntityPipeline, path: Path) -> dict[str, Any]:
    """PER, ORG and LOC on a UNER set; what the pipeline calls anything else is left out
    (the set does not annotate products, events or works)."""
    from benchmarks.uner import documents
    from reader.entities.base import Block

    tally = Tally()
    for doc in documents(path):
        blocks = [Block(start, end, "en") for start, end in doc.blocks]
        predicted = {
            (m.start, m.end, m.label)
            for m in pipeline.recognize_text(doc.text, blocks, "en")
            if m.label in ("PER", "ORG", "LOC")
        }
        tally.add(predicted, doc.gold)
    return tally.scores(("PER", "ORG", "LOC"))


def english(
    limit: int = 100, held_out_only: bool = False, only: str | None = None
) -> dict[str, dict[str, Any]]:
    """Every English variant on the three held-out BBC golds, the development golds and the
    UNER sets, same run; ``held_out_only``: on the three held-out golds alone, no speed;
    ``only``: on the third held-out gold alone (``"held-out 3"``) or on the development
    golds alone (``"development"``), no speed."""
    from benchmarks.uner import SETS

    files = [] if held_out_only or only else sorted(BBC.rglob("*.txt"))[:limit]
    results: dict[str, dict[str, Any]] = {}
    for name, pipeline in english_variants().items():
        if only == "held-out 3":
            results[name] = {"held-out 3": development(pipeline, HELDOUT3_EN)}
            continue
        if only == "development":
            results[name] = {k: development(pipeline, v) for k, v in DEV_SETS_EN.items()}
            continue
        results[name] = heldout(pipeline, HELDOUT_EN, BBC, files)
        results[name]["held-out 2"] = development(pipeline, HELDOUT2_EN)
        results[name]["held-out 3"] = development(pipeline, HELDOUT3_EN)
        if held_out_only:
            continue
        results[name].update({k: development(pipeline, v) for k, v in DEV_SETS_EN.items()})
        for set_name, path in SETS.items():
            results[name][set_name] = outside(pipeline, path)
    return results


def outside_table(results: dict[str, dict[str, Any]], set_name: str) -> str:
    """Strict P / R / F1 (overlap F1) per type on one UNER set, one column per variant."""
    names = list(results)
    lines = [
        "| type | " + " | ".join(names) + " |",
        "|---" * (len(names) + 1) + "|",
    ]
    for label in ("PER", "ORG", "LOC", "ALL"):
        cells = []
        for n in names:
            s, o = results[n][set_name]["strict"][label], results[n][set_name]["overlap"][label]
            cells.append(
                f"{s['precision']:.2f} / {s['recall']:.2f} / {s['f1']:.2f} ({o['f1']:.2f})"
            )
        gold = results[names[0]][set_name]["strict"][label]["gold"]
        lines.append(f"| {label} ({gold:.0f}) | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def heldout_table(results: dict[str, dict[str, Any]], speed: bool = True) -> str:
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
    if speed:
        speeds = " | ".join(f"{results[n]['articles_per_s']:.1f}" for n in names)
        lines.append(f"| articles/s | {speeds} |")
    return "\n".join(lines)


def cpu_seconds(limit: int = 100) -> dict[str, dict[str, float]]:
    """P5 in CPU time, which a loaded machine stretches far less than wall time: the CPU
    seconds each process spends on ``limit`` BBC articles through the whole English
    pipeline (the model or models loaded first, as in the app), for the small model alone
    and for the two voting, back to back. On idle cores each process has a core of its
    own, so the busiest one bounds the rate: ``limit`` / its CPU seconds."""
    from reader.entities.pipeline import EntityPipeline
    from reader.entities.statistical import SpacyRecognizer

    files = sorted(BBC.rglob("*.txt"))[:limit]
    articles = [load_article(path) for path in files]
    variants = english_variants()
    if "sm+trained vote" in variants:
        # the vote as it was before the second model read only the first's sentences
        voting = variants["sm+trained vote"].recognizers
        variants["vote, every sentence"] = EntityPipeline(
            [
                SpacyRecognizer(r.models, focus=False) if isinstance(r, SpacyRecognizer) else r
                for r in voting
            ]
        )
    results: dict[str, dict[str, float]] = {}
    for name in ("sm", "vote, every sentence", "sm+trained vote"):
        if name not in variants:
            continue
        results[name] = cpu_of(variants[name].recognize, articles)
    return results


def cpu_of(recognize: Any, articles: list[Any]) -> dict[str, float]:
    """The CPU seconds this process and each model process spend recognising
    ``articles`` (the models loaded first, on the first article, as in the app), and the
    rate on idle cores: each process has a core of its own, so the busiest bounds it."""
    from reader.entities import model_process

    recognize(articles[0])  # start the model processes, load the models

    def clocks() -> list[float]:
        pools = [model_process._pools[n] for n in sorted(model_process._pools)]
        return [time.process_time()] + [p.submit(time.process_time).result() for p in pools]

    before, wall = clocks(), time.perf_counter()
    for article in articles:
        recognize(article)
    wall = time.perf_counter() - wall
    spent = [after - first for first, after in zip(before, clocks(), strict=True)]
    model_process.shutdown()
    return {
        "wall_s": wall,
        "pipeline_cpu_s": spent[0],
        **{f"model_process_{i}_cpu_s": s for i, s in enumerate(spent[1:])},
        "cpu_ms_per_article": 1000 * sum(spent) / len(articles),
        "idle_articles_per_s": len(articles) / max(spent),
    }


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


def print_english_held_out(results: dict[str, dict[str, Any]], speed: bool = True) -> None:
    """The English variants' tables on the held-out sets they were scored on: the first,
    the second and the third, or the third alone."""
    first = next(iter(results.values()), {})
    if "strict" in first:
        print("Held-out English names, BBC (strict; overlap F1 in brackets; gold per type)")
        print(heldout_table(results, speed))
        print()
        print("Second held-out English names, BBC (20 articles written after the English rules)")
        print(heldout_table({n: r["held-out 2"] for n, r in results.items()}, False))
        print()
    print("Third held-out English names, BBC (15 articles written once the second was spent)")
    print(heldout_table({n: r["held-out 3"] for n, r in results.items()}, False))
    print()


def print_english_development(results: dict[str, dict[str, Any]]) -> None:
    """The English variants' tables on the development sets the English rules are tuned on."""
    titles = {
        "development": "English development set, BBC (the set the English rules were tuned on)",
        "development 2": "Second English development set, BBC business and tech "
        "(organisations, products)",
        "development 3": "Third English development set, BBC business, politics and tech",
        "development 4": "Fourth English development set, BBC, three articles of each topic",
    }
    for key, title in titles.items():
        print(title)
        print(heldout_table({n: r[key] for n, r in results.items()}, False))
        print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=400, help="articles per corpus for speed")
    parser.add_argument(
        "--heldout-only", action="store_true", help="only the variants on the held-out set"
    )
    parser.add_argument(
        "--english-only", action="store_true", help="only the English variants and sets"
    )
    parser.add_argument(
        "--english-held-out",
        action="store_true",
        help="only the English variants on the three English held-out sets, without speed",
    )
    parser.add_argument(
        "--english-held-out-3",
        action="store_true",
        help="only the English variants on the third English held-out set, without speed",
    )
    parser.add_argument(
        "--english-dev",
        action="store_true",
        help="only the English variants on the English development sets, without speed",
    )
    parser.add_argument(
        "--cpu", action="store_true", help="only P5 in CPU seconds per process, English"
    )
    args = parser.parse_args()
    if args.cpu:
        cpu = cpu_seconds()
        for name, figures in cpu.items():
            print(name, ", ".join(f"{k} {v:.2f}" for k, v in figures.items()))
        save("entities-cpu", {"cpu": cpu})
        return
    english_results: dict[str, dict[str, Any]] = {}
    if args.english_held_out or args.english_held_out_3:
        english_results = english(
            held_out_only=True, only="held-out 3" if args.english_held_out_3 else None
        )
        print_english_held_out(english_results, speed=False)
        third = "3" if args.english_held_out_3 else ""
        save(f"entities-en-heldout{third}", {"english": english_results})
        return
    if args.english_dev:
        english_results = english(only="development")
        print_english_development(english_results)
        save("entities-en-dev", {"english": english_results})
        return
    if not args.heldout_only:
        english_results = english()
        print_english_held_out(english_results)
        print_english_development(english_results)
        from benchmarks.uner import SETS

        for set_name in SETS:
            print(f"{set_name} (strict P / R / F1, overlap F1 in brackets)")
            print(outside_table(english_results, set_name))
            print()
    if args.english_only:
        save("entities-en", {"english": english_results})
        return
    held = {name: heldout(pipeline) for name, pipeline in variants().items()}
    print("Held-out French names (strict; overlap F1 in brackets; gold mentions per type)")
    print(heldout_table(held))
    print()
    if args.heldout_only:
        save("entities-heldout", {"heldout": held})
        return
    all_scores = {name: quality(*paths) for name, paths in GOLD_SETS.items()}
    speed = throughput(args.limit)
    save(
        "entities",
        {"quality": all_scores, "speed": speed, "heldout": held, "english": english_results},
    )
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
