"""A development set for cross-language search, made by rule from NTREX (the same 123 news
documents in English and in French, translated by people): ranking and expansion choices
are tried here, never on the hand-judged evaluation set.

The library holds both versions of every document (246 articles). A query is three
content words of one version's headline, typed in lower case; both versions are
relevant (grade 2). A search that finds only the version in the query's language scores
about 0.61 nDCG@10; one that finds both scores 1. The baseline is the same app with
cross-language search off, measured in the same run.

A second, harder score ("other only") is the one a reader of one language meets in a
library of the other: the version in the query's language is taken out of the ranking
and only the translation is relevant, so the translation has to beat every article that
merely shares a word with the query. Queries of two words are measured beside those of
three.

Run: ``python -m benchmarks.relevance_cross [--library DIR]``.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import re
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.common import CORPORA, save
from benchmarks.relevance import mean, scores

NTREX = CORPORA / "ntrex-news-fr-en"
WORDS = 3  # content words a query keeps from a headline
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def documents() -> dict[str, dict[str, list[str]]]:
    """``{document id: {"en": lines, "fr": lines}}``, in the corpus's order."""
    ids = (NTREX / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").split()
    folder = NTREX / "NTREX-128"
    en = (folder / "newstest2019-src.eng.txt").read_text(encoding="utf-8").splitlines()
    fr = (folder / "newstest2019-ref.fra.txt").read_text(encoding="utf-8").splitlines()
    docs: dict[str, dict[str, list[str]]] = {}
    for doc, e, f in zip(ids, en, fr, strict=True):
        docs.setdefault(doc, {"en": [], "fr": []})
        docs[doc]["en"].append(e)
        docs[doc]["fr"].append(f)
    return docs


def queries(docs: dict[str, dict[str, list[str]]]) -> list[dict[str, Any]]:
    from reader.search.analysis import is_stop_word

    out = []
    for doc, versions in docs.items():
        for lang in ("en", "fr"):
            words = [w for w in _WORD.findall(versions[lang][0]) if not is_stop_word(w)]
            for size in (WORDS, 2) if len(words) > 2 else (2,) if len(words) == 2 else ():
                out.append(
                    {
                        "query": " ".join(words[:size]).lower(),
                        "lang": lang,
                        "words": size,
                        "judgments": {f"{doc}/en": 2, f"{doc}/fr": 2},
                    }
                )
    return out


def build(folder: Path, docs: dict[str, dict[str, list[str]]]) -> dict[str, str]:
    """The library of both versions; article id → key (``doc/en``)."""
    saved = folder / "cross-keys.json"
    if saved.exists():
        loaded: dict[str, str] = json.loads(saved.read_text(encoding="utf-8"))
        return loaded
    from reader.services import Library

    multiprocessing.set_start_method("spawn", force=True)
    with tempfile.TemporaryDirectory() as tmp:
        paths, keys = [], []
        for n, (doc, versions) in enumerate(docs.items()):
            for lang, lines in versions.items():
                path = Path(tmp) / f"{n:03d}-{lang}.txt"
                path.write_text(lines[0] + "\n\n" + "\n\n".join(lines[1:]), encoding="utf-8")
                paths.append(path)
                keys.append(f"{doc}/{lang}")
        with Library.open(folder) as library:
            library.store.set_setting("bundled_corpus_seeded", "1")  # no seeds here
            report = library.import_paths(paths)
            by_path = {str(p): k for p, k in zip(paths, keys, strict=True)}
            articles = {o.article_id: by_path[o.path] for o in report.outcomes if o.article_id}
            library.ensure_index()
            library.compact_index()
    saved.write_text(json.dumps(articles), encoding="utf-8")
    return articles


def _cell(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, help="keep the library here between runs")
    parser.add_argument(
        "--app-only",
        action="store_true",
        help="leave out the monolingual baseline (half the time, when trying a change)",
    )
    args = parser.parse_args()
    from reader.services import Library

    docs = documents()
    folder = args.library or Path(tempfile.mkdtemp(prefix="relevance-cross-"))
    articles = build(folder, docs)
    made = queries(docs)
    rows: list[dict[str, Any]] = []
    with Library.open(folder) as library:
        for item in made:
            row: dict[str, Any] = {k: item[k] for k in ("query", "lang", "words")}
            own = next(k for k in item["judgments"] if k.endswith("/" + item["lang"]))
            other = {k: g for k, g in item["judgments"].items() if k != own}
            for system, cross in (("app", True), ("app-monolingual", False))[: 2 - args.app_only]:
                hits = library.search(item["query"], limit=11, cross_language=cross).hits
                ranked = [articles.get(h.id, h.id) for h in hits]
                row[system] = {"top": ranked[:10], **scores(ranked[:10], item["judgments"])}
                alone = [k for k in ranked if k != own][:10]
                row[system + "/other"] = scores(alone, other)
            rows.append(row)
    print(f"{len(rows)} queries over {len(articles)} articles (NTREX, both versions)\n")
    print(
        "| query language | words | n | app nDCG@10 | app R@10 | monolingual nDCG@10 "
        "| app, other only | monolingual, other only |"
    )
    print("|---|---|---|---|---|---|---|---|")
    systems = ("app", "app-monolingual", "app/other", "app-monolingual/other")
    summary = {}
    for lang in ("en", "fr", None):
        for size in (WORDS, 2, None):
            chosen = [
                r
                for r in rows
                if (lang is None or r["lang"] == lang) and (size is None or r["words"] == size)
            ]
            cells = {
                s: {m: mean([r[s][m] for r in chosen if s in r]) for m in ("ndcg", "recall")}
                for s in systems
            }
            summary[f"{lang or 'all'}/{size or 'all'}"] = cells
            print(
                f"| {lang or '**all**'} | {size or 'all'} | {len(chosen)} "
                f"| {_cell(cells['app']['ndcg'])} | {_cell(cells['app']['recall'])} "
                f"| {_cell(cells['app-monolingual']['ndcg'])} "
                f"| {_cell(cells['app/other']['ndcg'])} "
                f"| {_cell(cells['app-monolingual/other']['ndcg'])} |"
            )
    print(f"\nsaved {save('relevance-cross', {'summary': summary, 'queries': rows})}")


if __name__ == "__main__":
    main()
