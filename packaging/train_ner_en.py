"""Train a compact English entity model from freely licensed gold data.

Run from the repository's root with the ``ner`` extra installed (about 40 minutes on two
busy cores, a few on idle ones; never in CI):

    .venv/bin/python packaging/train_ner_en.py [--out DIR] [--epochs N]

It reads ``../shared/corpora/ner-en/`` — the Broad Twitter Corpus, wikigold, WNUT17
(train and dev) and UNER English EWT dev — and writes a spaCy pipeline with one component,
``ner`` (its own hash-embedding CNN ``tok2vec``, no vectors; 7 MB), labels PER, ORG and
LOC, to ``build/en_news_ner``. UNER English PUD and EWT test are never read: they are the
benchmark's outside sets. The app ships the pipeline this script wrote (seed below) in
``resources/models/en_news_ner``: to ship a new one, copy the folder there, run
``python -m benchmarks.entities --english-only`` and ``packaging/bundled_entities.py``.
Alone it is no better than spaCy's small English model (held-out BBC F1 0.65 both), but
its mistakes are others: an English name is shown where the two agree
(``reader/entities/english.py``; BENCHMARKS.md, E2).

Labels: the sets' person, location and organisation types map to PER, LOC and ORG
(WNUT17's ``corporation`` and ``group`` are organisations). wikigold's MISC and WNUT17's
``product`` and ``creative-work`` have no counterpart in the other sets, which leave such
names unannotated; rather than teach the model that they are not names, their tokens are
marked *missing* (neither entity nor non-entity) and the model learns only the three types
every set annotates.

One sentence in ten is held out as a development set, which picks the epoch kept; the
seed is fixed, so a run on the same machine gives the same model.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "corpora" / "ner-en"
OUT = ROOT / "build" / "en_news_ner"
SEED = 20261130
# (file, column of the tag, column separator: None for any whitespace)
SOURCES = [
    *((f"BTC/{part}.conll", 1, "\t") for part in "abefgh"),
    ("wikigold/wikigold.conll.txt", 1, None),
    ("WNUT17/train/wnut17train.conll", 1, "\t"),
    ("WNUT17/dev/emerging.dev.conll", 1, "\t"),
    ("UNER-English-EWT/en_ewt-ud-dev.iob2", 2, "\t"),
]
TYPES = {
    "PER": "PER",
    "person": "PER",
    "LOC": "LOC",
    "location": "LOC",
    "ORG": "ORG",
    "corporation": "ORG",
    "group": "ORG",
}
MISSING = {"MISC", "product", "creative-work"}  # annotated in some sets only
LABELS = ("PER", "ORG", "LOC")
# the tok2vec of en_core_web_sm's ner, in its size: four hashed features, a 4-layer CNN
MODEL = {
    "@architectures": "spacy.TransitionBasedParser.v2",
    "state_type": "ner",
    "extra_state_tokens": False,
    "hidden_width": 64,
    "maxout_pieces": 2,
    "use_upper": True,
    "nO": None,
    "tok2vec": {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {
            "@architectures": "spacy.MultiHashEmbed.v2",
            "width": 96,
            "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"],
            "rows": [5000, 1000, 2500, 2500],
            "include_static_vectors": False,
        },
        "encode": {
            "@architectures": "spacy.MaxoutWindowEncoder.v2",
            "width": 96,
            "depth": 4,
            "window_size": 1,
            "maxout_pieces": 3,
        },
    },
}
Sentence = list[tuple[str, str]]  # (token, tag in IOB)


def sentences(path: Path, column: int, sep: str | None) -> Iterator[Sentence]:
    """The sentences of a CoNLL-like file: one token a line, blank lines between."""
    current: Sentence = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") and sep == "\t" and "\t" not in line:
            continue  # UNER's comment lines
        cells = line.split(sep) if line.strip() else []
        if len(cells) <= column or cells[0] == "-DOCSTART-":
            if current:
                yield current
            current = []
            continue
        token = (cells[1] if column == 2 else cells[0]).strip()  # UNER: id, form, tag
        if token:  # a few tweets have a lone space as a token
            current.append((token, cells[column].strip()))
    if current:
        yield current


def spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) token spans of IOB1 or IOB2 tags."""
    found: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, name = tag.partition("-")
        if start >= 0 and (prefix != "I" or name != kind):
            found.append((start, i, kind))
            start = -1
        if prefix == "B" or (prefix == "I" and start < 0):
            start, kind = i, name
    return found


def example(nlp: Any, sentence: Sentence) -> Any:
    from spacy.tokens import Doc, Span
    from spacy.training import Example

    words = [token for token, _ in sentence]
    gold = Doc(nlp.vocab, words=words)
    ents, missing = [], []
    for start, end, kind in spans([tag for _, tag in sentence]):
        if kind in TYPES:
            ents.append(Span(gold, start, end, label=TYPES[kind]))
        elif kind in MISSING:
            missing.append(gold[start:end])
    gold.set_ents(ents, missing=missing, default="outside")
    return Example(Doc(nlp.vocab, words=words), gold)


def train(out: Path, epochs: int) -> None:
    import spacy
    from spacy.training import Example
    from spacy.util import compounding, fix_random_seed, minibatch

    fix_random_seed(SEED)
    nlp = spacy.blank("en")
    ner = nlp.add_pipe("ner", config={"model": MODEL})
    for label in LABELS:
        ner.add_label(label)
    data: list[Example] = []
    for name, column, sep in SOURCES:
        found = [example(nlp, s) for s in sentences(DATA / name, column, sep)]
        print(f"{name}: {len(found)} sentences")
        data.extend(found)
    random.Random(SEED).shuffle(data)
    dev, train_set = data[::10], [e for i, e in enumerate(data) if i % 10]
    print(f"{len(train_set)} training sentences, {len(dev)} development sentences")
    optimizer = nlp.initialize(lambda: train_set)
    best, best_bytes = -1.0, b""
    for epoch in range(epochs):
        began = time.perf_counter()
        random.Random(SEED + epoch).shuffle(train_set)
        losses: dict[str, float] = {}
        for batch in minibatch(train_set, size=compounding(8.0, 64.0, 1.001)):
            nlp.update(batch, drop=0.2, sgd=optimizer, losses=losses)
        f1 = float(nlp.evaluate(dev)["ents_f"] or 0.0)
        if f1 > best:
            best, best_bytes = f1, nlp.to_bytes()
        print(
            f"epoch {epoch + 1}: loss {losses['ner']:.0f}, development F1 {f1:.3f}, "
            f"{time.perf_counter() - began:.0f} s"
        )
    nlp.from_bytes(best_bytes)
    nlp.meta.update(
        name="news_ner",
        version="1.0.0",
        description=(
            "Liseuse's compact English entity model: PER, ORG, LOC, trained by "
            "packaging/train_ner_en.py on the Broad Twitter Corpus, wikigold, WNUT17 and "
            "UNER English EWT dev."
        ),
        license="CC BY-SA 4.0",
        sources=[
            {"name": "Broad Twitter Corpus", "author": "Derczynski et al.", "license": "CC BY 4.0"},
            {"name": "wikigold", "author": "Balasuriya et al.", "license": "CC BY 4.0"},
            {"name": "WNUT17", "author": "Derczynski et al.", "license": "CC BY 4.0"},
            {"name": "UNER English EWT", "author": "Mayhew et al.", "license": "CC BY-SA 4.0"},
        ],
        performance={"development_ents_f": round(best, 4)},
    )
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    print(f"best development F1 {best:.3f}; written to {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path, default=OUT, help="the pipeline's folder")
    parser.add_argument("--epochs", type=int, default=5)
    args = parser.parse_args()
    train(args.out, args.epochs)


if __name__ == "__main__":
    main()
