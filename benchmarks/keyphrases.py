"""Keyphrases against Wikinews's reference keyphrases (K1): F@5 and F@10, exact and
stemmed match, for the app's extractor (:mod:`reader.services.keyphrases`), YAKE and a
TF-IDF baseline, side by side in one run.

The 100 articles of ``fr-wikinews-keyphrase-100`` are split by their sorted ids: the
even places are the development half (the extractor's weights were chosen there), the
odd places the held-out half that was never looked at while tuning. ``--split test``
(the default) reports the held-out half.

A predicted phrase matches a reference phrase when they are the same once lower-cased
and their apostrophes and spaces made plain (exact), or when the Snowball stems of their
words (accents folded, function words as written) are the same (stemmed). Each reference
phrase is matched at most once. P@k is over the phrases given (at most k), R@k over the
reference's phrases, F@k their harmonic mean, averaged over the articles (macro).

    python -m benchmarks.keyphrases [--split dev|test|all] [--no-names]
"""

from __future__ import annotations

import argparse
import math
import re
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from benchmarks.common import CORPORA, save
from benchmarks.entities import load_article
from reader.core.model import Article
from reader.services.keyphrases import extract, tokens

CORPUS = CORPORA / "fr-wikinews-keyphrase-100"
KS = (5, 10)
Method = Callable[["Doc"], list[str]]


class Doc:
    def __init__(self, path: Path, ref: list[str]) -> None:
        self.article: Article = load_article(path)
        self.ref = ref
        blocks = [
            self.article.text[s.start : s.end]
            for s in self.article.blocks()
            if not s.kind.is_furniture and s.kind != "title"
        ]
        self.title = self.article.title
        self.blocks = blocks
        self.names: list[tuple[str, str, str]] = []

    @property
    def text(self) -> str:
        return "\n".join([self.title, *self.blocks])


def load(split: str) -> list[Doc]:
    refs: dict[str, list[str]] = {}
    for line in (CORPUS / "ref").read_text("utf-8").splitlines():
        name, _, phrases = line.partition("\t")
        refs[name] = [p.strip() for p in phrases.split(";") if p.strip()]
    names = sorted(refs, key=lambda n: int(n.split(".")[0]))
    chosen = {
        "dev": names[0::2],
        "test": names[1::2],
        "all": names,
    }[split]
    return [Doc(CORPUS / "documents" / n, refs[n]) for n in chosen]


def plain(phrase: str) -> str:
    return " ".join(phrase.replace("’", "'").lower().split())


def stemmed(phrase: str) -> str:
    return " ".join(t.stem or t.text.lower().replace("’", "'") for t in tokens(phrase, "fr"))


def scores(predicted: Sequence[str], ref: Sequence[str], k: int, key: Callable[[str], str]):  # type: ignore[no-untyped-def]
    top = list(dict.fromkeys(key(p) for p in predicted))[:k]
    wanted = Counter(key(r) for r in ref)
    hits = 0
    for p in top:
        if wanted[p] > 0:
            wanted[p] -= 1
            hits += 1
    precision = hits / len(top) if top else 0.0
    recall = hits / len(ref) if ref else 0.0
    f = 2 * precision * recall / (precision + recall) if hits else 0.0
    return precision, recall, f


def evaluate(docs: Sequence[Doc], method: Method) -> dict[str, float]:
    out: dict[str, float] = {}
    started = time.perf_counter()
    predictions = [method(d) for d in docs]
    out["seconds"] = time.perf_counter() - started
    for k in KS:
        for label, key in (("exact", plain), ("stemmed", stemmed)):
            triples = [scores(p, d.ref, k, key) for p, d in zip(predictions, docs, strict=True)]
            out[f"F@{k} {label}"] = sum(t[2] for t in triples) / len(docs)
            out[f"P@{k} {label}"] = sum(t[0] for t in triples) / len(docs)
            out[f"R@{k} {label}"] = sum(t[1] for t in triples) / len(docs)
    return out


def ours(names: bool = True) -> Method:
    def run(doc: Doc) -> list[str]:
        found = extract(doc.title, doc.blocks, "fr", doc.names if names else (), limit=10)
        return [k.text for k in found]

    return run


def yake_method() -> Method:
    import yake

    extractor = yake.KeywordExtractor(lan="fr", n=3, top=10)

    def run(doc: Doc) -> list[str]:
        return [kw for kw, _score in extractor.extract_keywords(doc.text)]

    return run


_NGRAM_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def tfidf_method(collection: Sequence[Doc]) -> Method:
    """Word n-grams (1 to 3) without a function word at either end and not across
    punctuation, weighted by their count in the article times log(N / df) over the
    100 articles."""
    from reader.search.analysis import is_stop_word

    def grams(text: str) -> list[str]:
        out: list[str] = []
        for piece in re.split(r"[^\w\s'’-]+", text):
            words = [w.lower() for w in _NGRAM_WORD.findall(piece)]
            for n in (1, 2, 3):
                for i in range(len(words) - n + 1):
                    g = words[i : i + n]
                    if is_stop_word(g[0]) or is_stop_word(g[-1]) or g[0].isdigit():
                        continue
                    out.append(" ".join(g))
        return out

    df: Counter[str] = Counter()
    for d in collection:
        df.update(set(grams(d.text)))
    n = len(collection)

    def run(doc: Doc) -> list[str]:
        tf = Counter(grams(doc.text))
        ranked = sorted(tf, key=lambda g: (-tf[g] * math.log(n / df[g]), g))
        return ranked[:10]

    return run


def recognise(docs: Sequence[Doc]) -> str:
    """The entity mentions of each article, as the app finds them; the pipeline used."""
    from reader.entities.pipeline import EntityPipeline

    pipeline = EntityPipeline.default()
    for d in docs:
        d.names = [
            (d.article.text[m.start : m.end], m.label, m.canonical)
            for m in pipeline.recognize(d.article)
        ]
    return str(pipeline.version)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="test")
    parser.add_argument("--no-names", action="store_true", help="no entity recognition")
    args = parser.parse_args(argv)
    collection = load("all")
    names_split = {d.article.id for d in load(args.split)}
    docs = [d for d in collection if d.article.id in names_split]
    pipeline = "none"
    if not args.no_names:
        pipeline = recognise(docs)
    methods: dict[str, Method] = {
        "liseuse": ours(),
        "liseuse, no names": ours(names=False),
        "YAKE 0.7.3 (n=3)": yake_method(),
        "TF-IDF (1-3-grams, df over the 100)": tfidf_method(collection),
    }
    results: dict[str, Any] = {}
    columns = ["F@5 exact", "F@5 stemmed", "F@10 exact", "F@10 stemmed", "seconds"]
    print(f"{args.split} half: {len(docs)} articles, {sum(len(d.ref) for d in docs)} phrases")
    print(f"{'method':40} " + " ".join(f"{c:>12}" for c in columns))
    for label, method in methods.items():
        res = evaluate(docs, method)
        results[label] = res
        print(f"{label:40} " + " ".join(f"{res[c]:12.3f}" for c in columns))
    path = save(
        f"keyphrases-{args.split}",
        {"split": args.split, "articles": len(docs), "entities": pipeline, "methods": results},
    )
    print(f"written to {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
