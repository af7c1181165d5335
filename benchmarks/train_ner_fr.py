"""Fine-tune ``fr_core_news_md``'s entity recogniser with the app's types, and judge it by
leave-one-set-out cross-validation (run from the repository's root; never in CI):

    .venv/bin/python -m benchmarks.train_ner_fr --cross-validate [--epochs N]
        [--learn-rate R] [--sets NAMES]
    .venv/bin/python -m benchmarks.train_ner_fr --out DIR [same options]

An epoch is about 15 CPU-s on two cores; a fold of the cross-validation (a training of
four epochs, the set scored through four pipelines) about 2 CPU-minutes.

The French model knows four types (PER, ORG, LOC, MISC) and no product: on held-out
Wikinews the app found no product the rules did not know, and MISC recall was 0.28. This
script teaches the model's ``ner`` the app's five name types (``reader/entities/base.py``)
from the French development gold (``benchmarks/gold/wikinews-fr*.json`` but the held-out
set, ``ntrex-fr-dev*.json``), with rehearsal text against forgetting what it knew: the
NTREX-128 French documents no gold set holds, labelled by the app's own pipeline with the
stock model (silver: it carries the products and clubs the rules know).

The held-out Wikinews articles (``wikinews-fr-heldout.json``) never reach the training,
not even as unlabelled text: :func:`training_documents` asserts that none of their ids and
none of their paragraphs is among the documents trained on.

``--cross-validate``: for each development set, train on the others (and the silver),
then score the set left out through the app's pipeline with the trained model in place of
the stock one, beside the app with the stock model and the plain model, in the same run.
``--out``: train on every development set and write the pipeline to ``DIR`` (the stock
model's vocabulary and vectors with the trained ``ner``, about 50 MB), for the benchmarks
to try (``SpacyRecognizer({"fr": DIR})``). The app does not use it: it did not win (see
BENCHMARKS.md, "A French recogniser trained with the app's types").

Seeded: a run on the same machine gives the same model.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks.common import ROOT, save
from benchmarks.entities import HELDOUT, NAMES, gold_spans, heldout_table
from benchmarks.entities_fr import HELD_OUT, NTREX, SETS, article_of, score

if TYPE_CHECKING:
    from reader.core.model import Article

BASE = "fr_core_news_md"
OUT = ROOT / "build" / "fr_news_ner"
SEED = 20261201
EPOCHS = 4
DROPOUT = 0.3
LEARN_RATE = 0.0002  # a fifth of Adam's usual rate: the model drifts less from what it knew
DEVELOPMENT = {name: files for name, files in SETS.items() if name not in HELD_OUT}
#: the block kinds the app recognises in (reader.entities.pipeline)
_BODY_KINDS = {"title", "kicker", "lead", "heading", "paragraph", "quote", "attribution"}
Spans = list[tuple[int, int, str]]  # (start, end, type) in a block's text
Document = tuple[str, list[tuple[str, Spans]]]  # id, its blocks' texts and names


def _blocks(article: Article, spans: Iterable[tuple[int, int, str]]) -> list[tuple[str, Spans]]:
    """The article's body blocks, each with the names inside it, in its offsets."""
    spans = list(spans)
    found = []
    for block in article.blocks():
        if block.kind.value not in _BODY_KINDS or block.end <= block.start:
            continue
        inside = [
            (s - block.start, e - block.start, label)
            for s, e, label in spans
            if block.start <= s and e <= block.end
        ]
        found.append((article.text[block.start : block.end], inside))
    return found


def gold_documents(sets: Iterable[str]) -> list[Document]:
    """The development sets' documents, their names from the gold."""
    documents = []
    for set_name in sets:
        for gold_file in DEVELOPMENT[set_name]:
            gold = json.loads(gold_file.read_text(encoding="utf-8"))["documents"]
            for name, entries in gold.items():
                article = article_of(gold_file, name)
                spans = {s for s in gold_spans(article.text, entries) if s[2] in NAMES}
                documents.append((name, _blocks(article, spans)))
    return documents


def _gold_ids() -> set[str]:
    ids: set[str] = set()
    for files in SETS.values():
        for gold_file in files:
            ids |= set(json.loads(gold_file.read_text(encoding="utf-8"))["documents"])
    return ids


def silver_documents() -> list[Document]:
    """NTREX-128's French documents that no gold set holds (held-out included), named by
    the app's pipeline with the stock model."""
    from reader.entities import model_process
    from reader.entities.pipeline import EntityPipeline, discover

    model_process.entities = model_process.run  # type: ignore[assignment]
    taken = _gold_ids()
    ids = (NTREX / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    others = sorted(set(ids) - taken)
    pipeline = EntityPipeline(discover())
    sample = next(iter(DEVELOPMENT["development 6"]))
    documents = []
    for name in others:
        article = article_of(sample, name)  # any NTREX gold file: the same documents
        spans = [(m.start, m.end, m.label) for m in pipeline.run(article) if m.label in NAMES]
        documents.append((name, _blocks(article, spans)))
    return documents


def heldout_paragraphs() -> tuple[set[str], set[str]]:
    """The held-out set's document ids and the texts of their paragraphs."""
    gold = json.loads(HELDOUT.read_text(encoding="utf-8"))["documents"]
    texts: set[str] = set()
    for name in gold:
        article = article_of(HELDOUT, name)
        texts |= {text.strip() for text, _ in _blocks(article, ()) if len(text.strip()) > 40}
    return set(gold), texts


def training_documents(sets: Iterable[str], silver: Sequence[Document]) -> list[Document]:
    """The gold of ``sets`` and the silver; asserts that no held-out article is among them."""
    documents = [*gold_documents(sets), *silver]
    ids, paragraphs = heldout_paragraphs()
    for name, blocks in documents:
        assert name not in ids, f"held-out document {name} in the training data"
        for text, _ in blocks:
            assert text.strip() not in paragraphs, f"a held-out paragraph in {name}"
    return documents


def examples(nlp: Any, documents: Iterable[Document]) -> list[Any]:
    """One training example a block; a name whose edges fall inside a token is marked
    missing (neither entity nor not) rather than moved."""
    from spacy.training import Example

    found = []
    for _, blocks in documents:
        for text, spans in blocks:
            gold = nlp.make_doc(text)
            ents, missing = [], []
            taken: set[int] = set()
            for start, end, label in sorted(spans, key=lambda s: (s[0], -s[1])):
                span = gold.char_span(start, end, label=label)
                if span is None:
                    loose = gold.char_span(start, end, alignment_mode="expand")
                    if loose is not None:
                        missing.append(loose)
                    continue
                if taken & set(range(span.start, span.end)):
                    continue
                taken |= set(range(span.start, span.end))
                ents.append(span)
            missing = [m for m in missing if not taken & set(range(m.start, m.end))]
            gold.set_ents(ents, missing=missing, default="outside")
            found.append(Example(nlp.make_doc(text), gold))
    return found


def train(
    documents: Sequence[Document],
    epochs: int = EPOCHS,
    seed: int = SEED,
    learn_rate: float = LEARN_RATE,
) -> Any:
    """The stock model with its ``ner`` fine-tuned on ``documents`` (the other components
    left out)."""
    import spacy
    from spacy.util import compounding, fix_random_seed, minibatch

    fix_random_seed(seed)
    nlp = spacy.load(
        BASE,
        exclude=[
            "parser",
            "lemmatizer",
            "morphologizer",
            "tagger",
            "attribute_ruler",
            "senter",
            "tok2vec",
        ],
    )
    ner = nlp.get_pipe("ner")
    for label in NAMES:
        ner.add_label(label)
    data = examples(nlp, documents)
    optimizer = nlp.resume_training()
    optimizer.learn_rate = learn_rate
    for epoch in range(epochs):
        began = time.process_time()
        random.Random(seed + epoch).shuffle(data)
        losses: dict[str, float] = {}
        for batch in minibatch(data, size=compounding(4.0, 32.0, 1.001)):
            nlp.update(batch, drop=DROPOUT, sgd=optimizer, losses=losses)
        print(
            f"  epoch {epoch + 1}: loss {losses.get('ner', 0.0):.0f}, "
            f"{time.process_time() - began:.0f} CPU-s",
            flush=True,
        )
    return nlp


def _app_with(model: str) -> Any:
    """The app's pipeline with ``model`` as its French model."""
    from reader.entities.pipeline import EntityPipeline, discover
    from reader.entities.statistical import MODELS, SpacyRecognizer

    recognizers = [
        SpacyRecognizer({**MODELS, "fr": model}) if isinstance(r, SpacyRecognizer) else r
        for r in discover()
    ]
    return EntityPipeline(recognizers)


def cross_validate(
    epochs: int,
    learn_rate: float = LEARN_RATE,
    left_out: Sequence[str] = (),
) -> dict[str, Any]:
    """Leave one development set out at a time: train on the others, score it."""
    from reader.entities import model_process
    from reader.entities.pipeline import EntityPipeline, discover
    from reader.entities.statistical import SpacyRecognizer

    model_process.entities = model_process.run  # type: ignore[assignment]
    baselines = {
        "md alone": EntityPipeline([SpacyRecognizer({"fr": BASE})], reviewed=False),
        "app (stock md)": EntityPipeline(discover()),
    }
    silver = silver_documents()
    print(f"silver: {len(silver)} documents", flush=True)
    folder = Path(tempfile.mkdtemp(prefix="nerfr-cv-"))
    results: dict[str, dict[str, Any]] = {}
    try:
        for left, files in DEVELOPMENT.items():
            if left_out and left not in left_out:
                continue
            began = time.process_time()
            others = [name for name in DEVELOPMENT if name != left]
            nlp = train(training_documents(others, silver), epochs, learn_rate=learn_rate)
            path = folder / left.replace(" ", "-")
            nlp.to_disk(path)
            print(f"{left}: trained in {time.process_time() - began:.0f} CPU-s", flush=True)
            scores = {name: score(p, files) for name, p in baselines.items()}
            alone = EntityPipeline([SpacyRecognizer({"fr": str(path)})], reviewed=False)
            scores["trained alone"] = score(alone, files)
            scores["app (trained)"] = score(_app_with(str(path)), files)
            model_process._models.pop(str(path), None)
            shutil.rmtree(path)
            results[left] = scores
            print(heldout_table(scores, speed=False), flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return results


def write(out: Path, epochs: int, learn_rate: float = LEARN_RATE) -> None:
    """Train on every development set and write the whole pipeline (the stock model's
    vocabulary and vectors with the trained ``ner``) to ``out``, where
    ``SpacyRecognizer({"fr": str(out)})`` loads it."""
    silver = silver_documents()
    nlp = train(training_documents(DEVELOPMENT, silver), epochs, learn_rate=learn_rate)
    nlp.meta.update(
        name="news_ner",
        version="1.0.0",
        description=(
            "spaCy's fr_core_news_md 3.8.0 with its entity recogniser fine-tuned with "
            "Liseuse's types (PER, ORG, LOC, MISC, PRODUCT) by benchmarks/train_ner_fr.py "
            "on Liseuse's French development gold (Wikinews, NTREX-128) and NTREX-128 "
            "French text labelled by Liseuse's pipeline."
        ),
        license="LGPL-LR (derived from fr_core_news_md)",
    )
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    print(f"written to {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--cross-validate", action="store_true")
    parser.add_argument("--out", type=Path, default=OUT, help="the pipeline's folder")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--learn-rate", type=float, default=LEARN_RATE)
    parser.add_argument(
        "--sets",
        type=lambda names: names.split(","),
        default=[],
        help="cross-validate leaving out only these sets, comma-separated",
    )
    args = parser.parse_args()
    if args.cross_validate:
        results = cross_validate(args.epochs, args.learn_rate, args.sets)
        variant = f"{args.epochs}-{args.learn_rate}"
        variant += "".join(f"-{name.split()[-1]}" for name in args.sets)
        save(
            f"entities-fr-cross-validation-{variant}",
            {"epochs": args.epochs, "learn_rate": args.learn_rate, "sets": results},
        )
        return
    write(args.out, args.epochs, args.learn_rate)


if __name__ == "__main__":
    main()
