"""A development set for cross-language search, made by rule from NTREX (the same 123 news
documents in English and in French, translated by people): ranking and expansion choices
are tried here, never on the hand-judged evaluation set.

The library holds both versions of every document (246 articles). A query is three
content words of one version's headline, typed in lower case; both versions are
relevant (grade 2). A search that finds only the version in the query's language scores
about 0.61 nDCG@10; one that finds both scores 1. The baseline is the same app with
cross-language search off, measured in the same run.

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
            if len(words) >= 2:
                out.append(
                    {
                        "query": " ".join(words[:WORDS]).lower(),
                        "lang": lang,
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, help="keep the library here between runs")
    args = parser.parse_args()
    from reader.services import Library

    docs = documents()
    folder = args.library or Path(tempfile.mkdtemp(prefix="relevance-cross-"))
    articles = build(folder, docs)
    made = queries(docs)
    rows: list[dict[str, Any]] = []
    with Library.open(folder) as library:
        for item in made:
            row: dict[str, Any] = {"query": item["query"], "lang": item["lang"]}
            for system, cross in (("app", True), ("app-monolingual", False)):
                hits = library.search(item["query"], limit=10, cross_language=cross).hits
                ranked = [articles.get(h.id, h.id) for h in hits]
                row[system] = {"top": ranked, **scores(ranked, item["judgments"])}
            rows.append(row)
    print(f"{len(rows)} queries over {len(articles)} articles (NTREX, both versions)\n")
    print(
        "| query language | n | app nDCG@10 | app R@10 | monolingual nDCG@10 | monolingual R@10 |"
    )
    print("|---|---|---|---|---|---|")
    summary = {}
    for lang in ("en", "fr", None):
        chosen = [r for r in rows if lang is None or r["lang"] == lang]
        cells = {
            s: {m: mean([r[s][m] for r in chosen]) for m in ("ndcg", "recall")}
            for s in ("app", "app-monolingual")
        }
        summary[lang or "all"] = cells
        print(
            f"| {lang or '**all**'} | {len(chosen)} | {cells['app']['ndcg']:.3f} | "
            f"{cells['app']['recall']:.3f} | {cells['app-monolingual']['ndcg']:.3f} | "
            f"{cells['app-monolingual']['recall']:.3f} |"
        )
    print(f"\nsaved {save('relevance-cross', {'summary': summary, 'queries': rows})}")


if __name__ == "__main__":
    main()
