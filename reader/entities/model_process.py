"""spaCy in a process of its own, started on the first recognition and kept for the
app's life.

Importing spaCy and loading a model is seconds of C-extension start-up (numpy, thinc,
the model's weights) that holds the GIL: run in a thread of the window's process, it
stalled the window for up to 1.5 s at a time. In a spawned process (never forked: the
window's process runs Qt and threads) it costs the window nothing; the texts go over a
pipe and the entities come back as ``(start, end, label)`` triples. When no process can
be started, the model runs in this process instead, as before.

English names need two models to agree (:mod:`reader.entities.english`): two processes
each read half of an article with both models (:func:`each`, one exchange for the two), so
that on two cores the two models take about the time of one.
"""

from __future__ import annotations

import logging
import multiprocessing
import re
import threading
from collections.abc import Sequence
from concurrent.futures import CancelledError, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from reader.core.workers import start_worker

log = logging.getLogger(__name__)
EXCLUDE = ["parser", "lemmatizer", "morphologizer", "tagger", "attribute_ruler", "senter"]
Entities = list[list[tuple[int, int, str]]]  # per text: (start, end, spaCy label)
Fixed = Sequence[Sequence[tuple[int, int, str]]] | None  # per text: entities to keep

_models: dict[str, Any] = {}  # in whichever process runs them
_pools: dict[int, ProcessPoolExecutor] = {}  # by process number
_lock = threading.Lock()


def _model(name: str) -> Any | None:
    if name not in _models:
        try:
            import spacy

            nlp = spacy.load(name, exclude=EXCLUDE)
            shared = nlp.get_pipe("tok2vec") if "tok2vec" in nlp.pipe_names else None
            if shared is not None and not getattr(shared, "listening_components", True):
                # The French and English models' ner has a tok2vec of its own; the shared
                # one fed only the excluded components and was half the time of every text.
                nlp.remove_pipe("tok2vec")
            _models[name] = nlp
        except (ImportError, OSError) as exc:
            log.info("spaCy model %s is not available: %s", name, exc)
            _models[name] = None
    return _models[name]


def run(name: str, texts: Sequence[str], fixed: Fixed = None) -> Entities | None:
    """The entities of ``texts`` by the model ``name`` (None: no such model here).

    ``fixed``: per text, spans the model must keep as entities and label around — what an
    ``entity_ruler`` before ``ner`` does (other tokens stay unset, so ``ner`` decides
    them)."""
    nlp = _model(name)
    if nlp is None:
        return None
    inputs: list[Any] = list(texts)
    if fixed is not None:
        inputs = [_preset(nlp, text, spans) for text, spans in zip(texts, fixed, strict=True)]
    return [
        [(ent.start_char, ent.end_char, str(ent.label_)) for ent in doc.ents]
        for doc in nlp.pipe(inputs, batch_size=64)
    ]


def _preset(nlp: Any, text: str, spans: Sequence[tuple[int, int, str]]) -> Any:
    doc = nlp.make_doc(text)
    chosen: list[Any] = []
    taken: set[int] = set()
    for start, end, label in sorted(spans, key=lambda s: (s[0], -s[1])):
        span = doc.char_span(start, end, label=label, alignment_mode="contract")
        if span is None or len(span) == 0 or taken & set(range(span.start, span.end)):
            continue
        chosen.append(span)
        taken |= set(range(span.start, span.end))
    doc.set_ents(chosen, default="unmodified")
    return doc


class ModelStopped(Exception):
    """The model's process was stopped while a text waited for it (the app ending)."""


def run_each(
    names: Sequence[str], texts: Sequence[str], fixed: Fixed = None, focus: bool = False
) -> list[Entities | None]:
    """:func:`run` for each model of ``names`` on the same texts, in one call.

    ``focus``: the models after the first read only the sentences in which the first found
    a name — they are there to confirm its names, and a third of news's sentences have
    none (BENCHMARKS.md, P5)."""
    first = run(names[0], texts, fixed) if names else None
    if not focus or first is None or fixed is not None:
        return [first, *(run(name, texts, fixed) for name in names[1:])]
    pieces: list[str] = []
    where: list[tuple[int, int]] = []  # per piece: its text, its offset there
    for index, (text, ents) in enumerate(zip(texts, first, strict=True)):
        for start, end in _sentences(text):
            if any(s < end and start < e for s, e, label in ents if label in _NAMED):
                pieces.append(text[start:end])
                where.append((index, start))
    found: list[Entities | None] = [first]
    for name in names[1:]:
        read = run(name, pieces)
        if read is None:
            found.append(None)
            continue
        entities: Entities = [[] for _ in texts]
        for (index, offset), ents in zip(where, read, strict=True):
            entities[index].extend((s + offset, e + offset, label) for s, e, label in ents)
        found.append(entities)
    return found


# the labels of names (spaCy's English and French models), as against numbers and dates
_NAMED = frozenset("PERSON PER ORG GPE LOC FAC NORP PRODUCT EVENT WORK_OF_ART LAW MISC".split())
# a sentence: up to its full stop, question or exclamation mark and a closing quotation
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+[\"'”’»)]*\s*|$)")


def _sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, as a full stop followed by a space ends
    one (an initial or an abbreviation cuts a sentence in two, which costs nothing here:
    a cut name is read whole in the piece it starts in if the first model saw it there)."""
    return [m.span() for m in _SENTENCE.finditer(text) if m.end() > m.start()]


def entities(
    name: str, texts: Sequence[str], fixed: Fixed = None, process: int = 0
) -> Entities | None:
    """:func:`run` in model process number ``process`` (started on first use)."""
    return each([name], texts, fixed, process)[0]


def each(
    names: Sequence[str],
    texts: Sequence[str],
    fixed: Fixed = None,
    process: int = 0,
    focus: bool = False,
) -> list[Entities | None]:
    """:func:`run_each` in model process number ``process`` (started on first use): the
    models of one text read in one exchange with the process."""
    with _lock:
        pool = _pools.get(process)
        if pool is None:
            try:
                context = multiprocessing.get_context("spawn")
                pool = ProcessPoolExecutor(1, mp_context=context, initializer=start_worker)
            except OSError as exc:
                log.warning("no process for the language model (%s); it runs here", exc)
                return run_each(names, texts, fixed, focus)
            _pools[process] = pool
    try:
        spans = None if fixed is None else [list(f) for f in fixed]
        return pool.submit(run_each, list(names), list(texts), spans, focus).result()
    except (BrokenProcessPool, OSError) as exc:
        log.warning("the language model's process failed (%s); it runs here", exc)
        with _lock:
            if _pools.get(process) is pool:
                del _pools[process]
        return run_each(names, texts, fixed, focus)
    except (RuntimeError, CancelledError) as exc:
        # the app is ending (its interpreter's exit stops every executor) or the process
        # was stopped: no names, rather than the other recognisers' saved without the model's
        raise ModelStopped(str(exc) or "the model's process was stopped") from exc


def shutdown() -> None:
    """Stop the model processes (they also end with the app)."""
    with _lock:
        pools = list(_pools.values())
        _pools.clear()
    for pool in pools:
        pool.shutdown(cancel_futures=True)
