"""Shared passages ("Also in…"): quality against the hand-made gold, cost at import and
at 50,000 articles, beside a plain baseline measured in the same run
(run: ``.venv/bin/python -m benchmarks.passages [--large N] [--skip-large]``).

Quality.
  seeds — paragraph pairs of two different seeds that say the same thing
          (``gold/passages/seeds.json``), by kind;
  BBC   — pairs of duplicate stories among the 2,225 articles
          (``gold/passages/bbc-duplicates.json``): the pairs the app calls one story (its
          "Also in" copies of the same story, :func:`reader.services.passages.same_story`),
          the pairs story groups put together, and, for reference, every pair with a
          shared passage (a background sentence included). The rule's one number was
          chosen on the business, entertainment and sport folders (``DEVELOPMENT``);
          politics and tech are held out, and reported apart.
  The baseline links two paragraphs when they hold the same sentence word for word
  (words folded as the engine folds them; the engine's sentences of six words or more);
  its pairs are scored as they are, and with the engine's same-story rule applied to
  them (the rule alone, without the engine's near-identical sentences).

Cost.
  at import — reading every article of the BBC import for shared passages, as a ratio to
              the import itself (parsing, storing, indexing: what P1 measures), in the
              same process and run;
  at scale  — ``--large`` synthetic articles (default 50,000; unique sentences drawn from
              the BBC's words, 2 % of them copies of another with a word changed), written
              straight into a library: reading all of them (an existing library after the
              upgrade), then reading 500 more in the full library, per article, as a ratio
              to storing those 500.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from benchmarks.common import CORPORA, ROOT, save, table

GOLD = ROOT / "benchmarks" / "gold" / "passages"
DEVELOPMENT = ("business", "entertainment", "sport")  # the folders the rule was tuned on
SEEDS = ROOT / "resources" / "corpus"
BBC = CORPORA / "en-bbc-news-2225" / "bbc"

Pair = frozenset[tuple[str, int]]  # two (article id, paragraph start)


def _open(folder: Path) -> Any:
    from reader.services import Library

    return Library.open(folder)


def _by_origin(library: Any) -> dict[str, str]:
    """File path (relative to its corpus folder's parent) → article id, for every file an
    article was imported from."""
    out: dict[str, str] = {}
    for row in library.store.summaries():
        for origin in library.store.origins(row.id):
            out[origin] = row.id
    return out


def _find(origins: dict[str, str], suffix: str) -> str:
    matches = {i for o, i in origins.items() if o.replace("\\", "/").endswith(suffix)}
    if len(matches) != 1:
        raise SystemExit(f"{suffix}: {len(matches)} articles")
    return matches.pop()


def engine_pairs(library: Any) -> set[Pair]:
    from reader.services.passages import SharedPassages

    store = SharedPassages(library).passage_store
    rows = store._db.execute(
        "SELECT article_id, start, other_id, other_start FROM passage_links "
        "WHERE article_id < other_id"
    )
    return {frozenset({(a, s), (b, t)}) for a, s, b, t in rows}


def baseline_pairs(library: Any) -> set[Pair]:
    """Paragraphs of two articles that hold the same sentence, word for word."""
    from reader.passages.units import units, words

    seen: dict[tuple[str, ...], set[tuple[str, int]]] = {}
    for row in library.store.summaries():
        article = library.store.get(row.id)
        for unit in units(article):
            key = tuple(words(article.text[unit.start : unit.end]))
            seen.setdefault(key, set()).add((article.id, unit.block[0]))
    pairs: set[Pair] = set()
    for places in seen.values():
        ordered = sorted(places)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                if a[0] != b[0]:
                    pairs.add(frozenset({a, b}))
    return pairs


def _score(found: set[Any], gold: set[Any]) -> dict[str, float]:
    tp = len(found & gold)
    p = tp / len(found) if found else 0.0
    r = tp / len(gold) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"found": len(found), "gold": len(gold), "tp": tp, "P": p, "R": r, "F1": f}


def seeds_quality() -> dict[str, Any]:
    from reader.services.passages import SharedPassages

    gold = json.loads((GOLD / "seeds.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp, _open(Path(tmp)) as library:
        library.import_paths(sorted(SEEDS.glob("*.txt")))
        SharedPassages(library).find_shared_passages()
        origins = _by_origin(library)

        def paragraph(file: str, quote: str) -> tuple[str, int]:
            article = library.store.get(_find(origins, file))
            at = article.text.index(quote)
            block = next(b for b in article.blocks() if b.start <= at < b.end)
            return article.id, block.start

        by_kind: dict[str, set[Pair]] = {}
        for pair in gold["pairs"]:
            p = frozenset({paragraph(*pair["a"]), paragraph(*pair["b"])})
            by_kind.setdefault(pair["kind"], set()).add(p)
        every = set().union(*by_kind.values())
        engine, base = engine_pairs(library), baseline_pairs(library)
    out: dict[str, Any] = {
        "all": {"engine": _score(engine, every), "baseline": _score(base, every)}
    }
    for kind, pairs in by_kind.items():
        out[kind] = {"engine": _score(engine, pairs), "baseline": _score(base, pairs)}
    return out


def _story_pairs(pairs: Iterable[Pair]) -> set[frozenset[str]]:
    return {frozenset(a for a, _ in p) for p in pairs}


def _same_story(library: Any, pairs: Iterable[Pair]) -> set[frozenset[str]]:
    """The article pairs among paragraph ``pairs`` that the engine's rule calls one
    story (how many paragraphs of each are shared, against how many each has)."""
    from reader.services.passages import same_story

    shared: dict[tuple[str, str], tuple[set[int], set[int]]] = {}
    for pair in pairs:
        (a, s), (b, t) = sorted(pair)
        mine, theirs = shared.setdefault((a, b), (set(), set()))
        mine.add(s)
        theirs.add(t)
    paragraphs = {row.id: row.paragraphs for row in library.store.summaries()}
    return {
        frozenset({a, b})
        for (a, b), (mine, theirs) in shared.items()
        if same_story(len(mine), paragraphs[a], len(theirs), paragraphs[b])
    }


def _split(
    found: set[frozenset[str]], gold: set[frozenset[str]], folder: dict[str, str]
) -> dict[str, dict[str, float]]:
    """Scores on all pairs, on the development folders and on the held-out ones (a pair
    belongs to its first article's folder: a duplicate never crosses folders)."""

    def part(pairs: set[frozenset[str]], dev: bool) -> set[frozenset[str]]:
        return {p for p in pairs if (folder[min(p)] in DEVELOPMENT) == dev}

    return {
        "all": _score(found, gold),
        "development": _score(part(found, True), part(gold, True)),
        "held_out": _score(part(found, False), part(gold, False)),
    }


def bbc_quality() -> dict[str, Any]:
    from reader.services.passages import SharedPassages

    gold = json.loads((GOLD / "bbc-duplicates.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp, _open(Path(tmp)) as library:
        library.warm_up()
        started = time.perf_counter()
        library.import_paths([BBC])
        imported = time.perf_counter() - started
        passages = SharedPassages(library)
        started = time.perf_counter()
        read = passages.find_shared_passages()
        reading = time.perf_counter() - started
        origins = _by_origin(library)
        gold_pairs: set[frozenset[str]] = set()
        one_article = 0
        for d in gold["duplicates"]:
            a, b = _find(origins, d["a"]), _find(origins, d["b"])
            if a == b:  # the same text: one article in the library
                one_article += 1
            else:
                gold_pairs.add(frozenset({a, b}))
        paragraphs = engine_pairs(library)
        linked = _story_pairs(paragraphs)
        engine = {frozenset(p) for p in passages.same_story_pairs()}
        exact = baseline_pairs(library)
        base = _story_pairs(exact)
        base_rule = _same_story(library, exact)
        grouped: set[frozenset[str]] = set()
        for group in passages.story_groups():
            ids = [m.id for m in group.members]
            grouped |= {frozenset({a, b}) for i, a in enumerate(ids) for b in ids[i + 1 :]}
        names = {i: o for o, i in origins.items()}
        folder = {i: o.split("bbc/")[-1].split("/")[0] for o, i in origins.items()}
        extra = sorted(sorted(names[i].split("bbc/")[-1] for i in p) for p in engine - gold_pairs)
        missed = sorted(sorted(names[i].split("bbc/")[-1] for i in p) for p in gold_pairs - engine)
    return {
        "engine": _split(engine, gold_pairs, folder),
        "linked": _split(linked, gold_pairs, folder),
        "groups": _split(grouped, gold_pairs, folder),
        "baseline": _split(base, gold_pairs, folder),
        "baseline_rule": _split(base_rule, gold_pairs, folder),
        "background_pairs": len(linked - engine),
        "same_text_one_article": one_article,
        "found_outside_gold": extra,
        "missed": missed,
        "import_s": imported,
        "passages_s": reading,
        "articles": read,
    }


def _synthetic(n: int, rng: random.Random, vocabulary: list[str]) -> str:
    sentences = []
    for _ in range(rng.randint(12, 24)):
        sentence = " ".join(rng.choices(vocabulary, k=rng.randint(10, 24)))
        sentences.append(sentence[0].upper() + sentence[1:] + ".")
    paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
    return f"Synthetic story {n}\n\n" + "\n\n".join(paragraphs)


def _parsed(text: str, n: int) -> Any:
    from reader.ingest.files import parse_text

    return parse_text(text, "txt", f"synthetic:{n}")


def large(count: int) -> dict[str, Any]:
    from reader.services.passages import SharedPassages

    rng = random.Random(5)
    words: list[str] = []
    for path in sorted(BBC.rglob("*.txt"))[:400]:
        words += re.findall(r"[A-Za-z]+", path.read_bytes().decode("utf-8", "replace"))
    texts: list[str] = []
    for n in range(count + 500):
        if texts and rng.random() < 0.02:  # a copy of an earlier article, one word changed
            parts = rng.choice(texts).split(" ")
            parts[rng.randrange(3, len(parts))] = rng.choice(words)
            texts.append(f"Synthetic story {n}\n\n" + " ".join(parts).split("\n\n", 1)[1])
        else:
            texts.append(_synthetic(n, rng, words))
    begun = time.perf_counter()

    def report(done: int, total: int, _title: str) -> None:
        """A line every 2,500 articles: a long run stopped early still says how far it got."""
        if done % 2500 == 0 or done == total:
            print(
                f"read {done:,} of {total:,}: {time.perf_counter() - begun:.0f} s wall,"
                f" {time.process_time() - cpu:.0f} CPU-s",
                flush=True,
            )

    with tempfile.TemporaryDirectory() as tmp, _open(Path(tmp)) as library:
        store = library.store
        with store.transaction():
            for n, text in enumerate(texts[:count]):
                store.save(_parsed(text, n))
        passages = SharedPassages(library)
        begun = started = time.perf_counter()
        cpu = time.process_time()
        passages.find_shared_passages(report)
        catch_up = time.perf_counter() - started
        catch_up_cpu = time.process_time() - cpu
        parsed = [_parsed(text, count + i) for i, text in enumerate(texts[count:])]
        started, cpu = time.perf_counter(), time.process_time()
        with store.transaction():
            for p in parsed:
                store.save(p)
        storing = time.perf_counter() - started
        storing_cpu = time.process_time() - cpu
        started, cpu = time.perf_counter(), time.process_time()
        passages.find_shared_passages()
        more = time.perf_counter() - started
        more_cpu = time.process_time() - cpu
        linked = passages.passage_store.linked_count()
    return {
        "articles": count,
        "catch_up_s": catch_up,
        "catch_up_cpu_s": catch_up_cpu,
        "added": len(parsed),
        "store_added_s": storing,
        "store_added_cpu_s": storing_cpu,
        "passages_added_s": more,
        "passages_added_cpu_s": more_cpu,
        "linked_articles": linked,
    }


def _precision(got: dict[str, float]) -> str:
    if not got["found"]:
        return "— (none found)"
    return f"{got['P']:.2f} ({got['tp']}/{got['found']})"


def _pr(label: str, got: dict[str, float], base: dict[str, float]) -> list[tuple[str, ...]]:
    return [
        (f"{label} precision", _precision(got), _precision(base), ""),
        (
            f"{label} recall",
            f"{got['R']:.2f} ({got['tp']}/{got['gold']})",
            f"{base['R']:.2f} ({base['tp']}/{base['gold']})",
            "",
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--large", type=int, default=50_000)
    parser.add_argument("--skip-large", action="store_true")
    parser.add_argument("--skip-quality", action="store_true", help="the cost at scale only")
    args = parser.parse_args()
    from benchmarks.paraphrase import paraphrase_probe
    from benchmarks.paraphrase import rows as paraphrase_rows

    results: dict[str, Any] = {}
    rows: list[tuple[str, ...]] = []
    if not args.skip_quality:
        results = {
            "seeds": seeds_quality(),
            "paraphrase": paraphrase_probe(),
            "bbc": bbc_quality(),
        }
        for kind, got in results["seeds"].items():
            rows += _pr(f"seeds, {kind} pairs", got["engine"], got["baseline"])
        rows += paraphrase_rows(results["paraphrase"])
        bbc = results["bbc"]
        for part in ("held_out", "development", "all"):
            label = part.replace("_", "-")
            rows += _pr(f"BBC one story ({label})", bbc["engine"][part], bbc["baseline"][part])
            rows += _pr(
                f"BBC one story ({label}), baseline with the rule",
                bbc["engine"][part],
                bbc["baseline_rule"][part],
            )
            rows += _pr(f"BBC story groups ({label})", bbc["groups"][part], bbc["baseline"][part])
        rows += _pr("BBC any shared passage (all)", bbc["linked"]["all"], bbc["baseline"]["all"])
        rows.append(
            (
                "BBC: reading 2,225 articles / importing them",
                f"{bbc['passages_s']:.1f} s",
                f"{bbc['import_s']:.1f} s",
                f"{bbc['passages_s'] / bbc['import_s']:.2f}×",
            )
        )
    if not args.skip_large:
        big = large(args.large)
        results["large"] = big
        per = big["passages_added_s"] / big["added"] * 1000
        rows.append(
            (
                f"{big['articles']:,} articles: reading all (after an upgrade)",
                f"{big['catch_up_s']:.0f} s",
                "",
                f"{big['catch_up_s'] / big['articles'] * 1000:.1f} ms/article",
            )
        )
        rows.append(
            (
                f"{big['articles']:,} articles: the same, the process's CPU time",
                f"{big['catch_up_cpu_s']:.0f} CPU-s",
                "",
                f"{big['catch_up_cpu_s'] / big['articles'] * 1000:.1f} CPU-ms/article",
            )
        )
        rows.append(
            (
                f"{big['articles']:,} articles: reading {big['added']} more / storing them",
                f"{per:.1f} ms/article",
                f"{big['store_added_s'] / big['added'] * 1000:.1f} ms/article",
                f"{big['passages_added_s'] / big['store_added_s']:.2f}×",
            )
        )
        rows.append(
            (
                f"{big['articles']:,} articles: the same, CPU time",
                f"{big['passages_added_cpu_s'] / big['added'] * 1000:.1f} CPU-ms/article",
                f"{big['store_added_cpu_s'] / big['added'] * 1000:.1f} CPU-ms/article",
                f"{big['passages_added_cpu_s'] / max(big['store_added_cpu_s'], 1e-9):.2f}×",
            )
        )
    print(table([r[:4] for r in rows]))  # type: ignore[misc]
    if "paraphrase" in results:
        best = [round(v, 2) for v in results["paraphrase"]["gold_best_share"]]
        print("Paraphrase step: the seeds' gold pairs, best share:", best)
    if "bbc" in results:
        print("BBC pairs called one story outside the gold:", results["bbc"]["found_outside_gold"])
        print("BBC pairs sharing only background:", results["bbc"]["background_pairs"])
        print("BBC gold pairs missed:", len(results["bbc"]["missed"]))
    name = "passages-large" if args.skip_quality else "passages"
    print("results in", save(name, results), flush=True)


if __name__ == "__main__":
    sys.exit(main())
