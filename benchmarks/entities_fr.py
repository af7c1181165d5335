"""French entities, development and held-out sets side by side
(run: ``.venv/bin/python -m benchmarks.entities_fr``).

Three pipelines in one run, on the development gold (``wikinews-fr-dev.json`` and the
older ``wikinews-fr.json``, names only: what the French rules were written from), on the
later development sets (``wikinews-fr-dev2.json``, ``-dev3``, ``-dev4``, ``-dev5``,
``ntrex-fr-dev.json``, ``ntrex-fr-dev7.json``, ``-dev8`` and ``-dev9``, NTREX-128's
French news: each annotated before the recognisers ran on it, scored once before it was
read, then read as the first was) and on the held-out gold (``wikinews-fr-heldout.json``
and ``fr-heldout2.json``, twenty NTREX-128 documents annotated after the French rules of
2026-12-01: never tuned on, never listed; and ``fr-heldout3.json``, twenty more written
once the second had been scored; ``fr-heldout4.json``, the thirty NTREX-128 documents no
entity set held on 2026-12-02; scored only with ``--held-out``, and ``--held-out-2``,
``--held-out-3`` and ``--held-out-4`` score one of them alone, so that a run while the
rules are written never scores them):

- *md alone* — spaCy's ``fr_core_news_md`` and nothing else, the plain baseline;
- *app, no review* — the app's recognisers (gazetteer, rules, cues, name patterns, the
  model) without :mod:`reader.entities.review`;
- *app* — the app as it runs.

Strict precision, recall and F1 per type (overlap F1 beside), as
:mod:`benchmarks.entities` scores them, and articles per second on twenty Wikinews
articles for each pipeline (the model run in this process, the same for all three).
``--errors`` lists the app's misses and wrong names on the development sets, the list the
French rules are read against; the held-out set is never listed. ``--cpu`` measures P5
for French instead: the CPU seconds of each process on 100 Wikinews articles through
the whole pipeline, the model in its own process as in the app, the plain model beside
it in the same run.
"""

from __future__ import annotations

import argparse
import atexit
import json
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks.common import CORPORA, ROOT, save
from benchmarks.entities import (
    HELDOUT,
    NAMES,
    WIKINEWS,
    Tally,
    articles_per_second,
    cpu_of,
    gold_spans,
    heldout_table,
    load_article,
)

if TYPE_CHECKING:
    from reader.core.model import Article
    from reader.entities.pipeline import EntityPipeline

DEV = (
    ROOT / "benchmarks" / "gold" / "wikinews-fr-dev.json",
    ROOT / "benchmarks" / "gold" / "wikinews-fr.json",
)
DEV2 = (ROOT / "benchmarks" / "gold" / "wikinews-fr-dev2.json",)
DEV3 = (ROOT / "benchmarks" / "gold" / "wikinews-fr-dev3.json",)
DEV4 = (ROOT / "benchmarks" / "gold" / "wikinews-fr-dev4.json",)
DEV5 = (ROOT / "benchmarks" / "gold" / "wikinews-fr-dev5.json",)
#: NTREX-128's French news, keyed by document id (no unread Wikinews article was left)
DEV6 = (ROOT / "benchmarks" / "gold" / "ntrex-fr-dev.json",)
#: more of NTREX-128's French news: the first document of each source the sixth set left
DEV7 = (ROOT / "benchmarks" / "gold" / "ntrex-fr-dev7.json",)
#: the first document of each NTREX-128 source that no other set holds
DEV8 = (ROOT / "benchmarks" / "gold" / "ntrex-fr-dev8.json",)
#: the NTREX-128 documents the third held-out set's rule left
DEV9 = (ROOT / "benchmarks" / "gold" / "ntrex-fr-dev9.json",)
#: the second held-out set: every third NTREX-128 document that no other set or test holds
HELDOUT2 = (ROOT / "benchmarks" / "gold" / "fr-heldout2.json",)
#: the third held-out set: the same rule on the NTREX-128 documents the second left
HELDOUT3 = (ROOT / "benchmarks" / "gold" / "fr-heldout3.json",)
#: the fourth held-out set: every NTREX-128 document no entity gold set held on 2026-12-02
HELDOUT4 = (ROOT / "benchmarks" / "gold" / "fr-heldout4.json",)
NTREX = CORPORA / "ntrex-news-fr-en"
SETS = {
    "development": DEV,
    "development 2": DEV2,
    "development 3": DEV3,
    "development 4": DEV4,
    "development 5": DEV5,
    "development 6": DEV6,
    "development 7": DEV7,
    "development 8": DEV8,
    "development 9": DEV9,
    "held-out": (HELDOUT,),
    "held-out 2": HELDOUT2,
    "held-out 3": HELDOUT3,
    "held-out 4": HELDOUT4,
}
#: the sets whose errors are never listed nor read
HELD_OUT = ("held-out", "held-out 2", "held-out 3", "held-out 4")
_ntrex_files: dict[str, Path] = {}


def article_of(gold_file: Path, name: str) -> Article:
    """The article a gold file's document ``name`` is: a Wikinews page by its file name,
    or an NTREX-128 document by its id, given to the app as a text file (its headline,
    then one sentence a paragraph)."""
    if name.endswith(".html"):
        return load_article(WIKINEWS / name)
    if not _ntrex_files:
        folder = Path(tempfile.mkdtemp(prefix="ntrex-fr-"))
        atexit.register(shutil.rmtree, folder, True)
        ids = (NTREX / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
        lines = (NTREX / "NTREX-128" / "newstest2019-ref.fra.txt").read_text(encoding="utf-8")
        documents: dict[str, list[str]] = {}
        for document, line in zip(ids, lines.splitlines(), strict=True):
            documents.setdefault(document, []).append(line)
        for document, sentences in documents.items():
            path = folder / f"{document}.txt"
            path.write_text("\n\n".join(sentences) + "\n", encoding="utf-8")
            _ntrex_files[document] = path
    return load_article(_ntrex_files[name])


def pipelines() -> dict[str, EntityPipeline]:
    from reader.entities.pipeline import EntityPipeline, discover
    from reader.entities.statistical import SpacyRecognizer

    french = {"fr": "fr_core_news_md"}
    app = discover()
    return {
        "md alone": EntityPipeline([SpacyRecognizer(french)], reviewed=False),
        "app, no review": EntityPipeline(app, reviewed=False),
        "app": EntityPipeline(app),
    }


def score(
    pipeline: EntityPipeline, gold_files: tuple[Path, ...], errors: list[str] | None = None
) -> dict[str, Any]:
    """Strict and overlap scores over every document of ``gold_files``; with ``errors``,
    each wrong name and miss appended to it."""
    tally = Tally()
    for gold_file in gold_files:
        gold = json.loads(gold_file.read_text(encoding="utf-8"))["documents"]
        for name, entries in gold.items():
            article = article_of(gold_file, name)
            expected = {s for s in gold_spans(article.text, entries) if s[2] in NAMES}
            mentions = [m for m in pipeline.recognize(article) if m.label in NAMES]
            predicted = {(m.start, m.end, m.label) for m in mentions}
            tally.add(predicted, expected)
            if errors is not None:
                for kind, spans in (
                    ("wrong", predicted - expected),
                    ("missed", expected - predicted),
                ):
                    for start, end, label in sorted(spans):
                        before = article.text[max(0, start - 30) : start].replace("\n", " ")
                        surface = article.text[start:end]
                        errors.append(f"{name} {kind:6} {label:7} {surface!r} after {before!r}")
    return tally.scores()


def cpu_seconds(limit: int = 100) -> dict[str, dict[str, float]]:
    """P5 in CPU time for French: the CPU seconds the app's process and the model's
    process each spend on ``limit`` Wikinews articles (the model loaded first, as in the
    app), for the plain md model and for the app, back to back. On idle cores each
    process has a core of its own, so the busier one bounds the rate: ``limit`` / its
    CPU seconds."""
    files = sorted(WIKINEWS.glob("*.html"))[:limit]
    articles = [load_article(path) for path in files]
    results: dict[str, dict[str, float]] = {}
    for name, pipeline in pipelines().items():
        if name == "app, no review":
            continue
        results[name] = cpu_of(pipeline.run, articles)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--errors", action="store_true", help="list the app's development errors")
    parser.add_argument(
        "--held-out",
        action="store_true",
        help="also score the four held-out sets (their scores only, never their errors); "
        "without it they are left out, so that work on the rules never scores them",
    )
    parser.add_argument(
        "--without-heldout",
        action="store_true",
        help="the held-out sets left out (the default now; kept for older scripts)",
    )
    parser.add_argument(
        "--held-out-2",
        action="store_true",
        help="score the second held-out set (fr-heldout2.json) alone",
    )
    parser.add_argument(
        "--held-out-3",
        action="store_true",
        help="score the third held-out set (fr-heldout3.json) alone, or with --held-out-2 the two",
    )
    parser.add_argument(
        "--held-out-4",
        action="store_true",
        help="score the fourth held-out set (fr-heldout4.json) alone, or with the others asked",
    )
    parser.add_argument("--cpu", action="store_true", help="only P5 in CPU seconds, French")
    parser.add_argument(
        "--sets",
        type=lambda names: names.split(","),
        default=[],
        help=f"only these sets, comma-separated, of: {', '.join(SETS)}",
    )
    args = parser.parse_args()
    from reader.entities import model_process

    if args.cpu:
        measured = cpu_seconds()
        save("entities-fr-cpu", measured)
        for name, figures in measured.items():
            print(name, {k: round(v, 3) for k, v in figures.items()})
        return

    # the model in this process, so that every pipeline pays the same for it
    model_process.entities = model_process.run  # type: ignore[assignment]
    speed_files = sorted(WIKINEWS.glob("*.html"))[:20]
    sets = {name: files for name, files in SETS.items() if not args.sets or name in args.sets}
    alone = {
        name: files
        for name, files, asked in (
            ("held-out 2", HELDOUT2, args.held_out_2),
            ("held-out 3", HELDOUT3, args.held_out_3),
            ("held-out 4", HELDOUT4, args.held_out_4),
        )
        if asked
    }
    if alone:
        sets = alone
    elif not args.held_out:  # scored only when asked for
        for held_out in HELD_OUT:
            sets.pop(held_out, None)
    results: dict[str, dict[str, Any]] = {name: {} for name in sets}
    errors: list[str] = []
    for name, pipeline in pipelines().items():
        listed = errors if args.errors and name == "app" else None
        speed = articles_per_second(pipeline, speed_files)
        for set_name, files in sets.items():
            if set_name in HELD_OUT:  # never listed: their errors are not read
                results[set_name][name] = {**score(pipeline, files), "articles_per_s": speed}
            else:
                scored = score(pipeline, files, listed)
                results[set_name][name] = {**scored, "articles_per_s": speed}
    save("entities-fr", results)
    for set_name, scores in results.items():
        print(f"French names, {set_name} (strict P / R / F1, overlap F1; gold mentions per type)")
        print(heldout_table(scores))
        print()
    for line in errors:
        print(line)


if __name__ == "__main__":
    main()
