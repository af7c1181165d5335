"""spaCy's statistical NER (French: ``fr_core_news_sm``), one voice among others.

The model is loaded lazily, once, with only the components NER needs, and run per block
with ``nlp.pipe`` (a block never spans two paragraphs). It mislabels this domain often
(*Tencent* as a place), so the merger lets the gazetteer overrule it. Without spaCy or
the model installed, this recogniser reports itself unavailable and proposes nothing.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Sequence
from typing import Any

from reader.entities.base import Block, Candidate, Label

log = logging.getLogger(__name__)
MODELS = {"fr": "fr_core_news_sm"}
_LABELS = {
    "PER": Label.PER,
    "PERSON": Label.PER,
    "ORG": Label.ORG,
    "LOC": Label.LOC,
    "GPE": Label.LOC,
    "MISC": Label.MISC,
    "PRODUCT": Label.PRODUCT,
}
_LEADING = re.compile(r"^(?:(?:le|la|les|l['’]|du|des|de\s+la|the)\s+|l['’])", re.IGNORECASE)
_TRAILING = re.compile(r"(?:[\s,.;:!?»«\"'’)(]|\s(?:de|du|des|d['’]|of|the|and|et|en|à|la|le))+$")
# Capitalised words that start sentences, and the domain's common nouns written in
# capitals: the model often takes them for names.
_NOT_NAMES = frozenset(
    """si le la les un une des ce cette ces il elle ils elles on nous vous mais et ou donc
    or ni car selon pour par sur dans avec sans lors alors ainsi cependant pourtant
    centre état etat occident ouest est nord sud the a an this that it he she they we
    but and or so if in on at for with by from as ai ia gpu gpus cpu asic asics llm llms
    tech puce puces chip chips""".split()
)


class SpacyRecognizer:
    name = "spacy"
    priority = 50

    def __init__(self) -> None:
        self._models: dict[str, Any] = {}
        self._lock = threading.Lock()
        self.version = "fr_core_news_sm-" + (_model_version("fr_core_news_sm") or "absent")

    @property
    def available(self) -> bool:
        return _model_version("fr_core_news_sm") is not None

    def _model(self, lang: str) -> Any | None:
        name = MODELS.get(lang)
        if name is None:
            return None
        with self._lock:
            if name not in self._models:
                try:
                    import spacy

                    self._models[name] = spacy.load(
                        name,
                        exclude=[
                            "parser",
                            "lemmatizer",
                            "morphologizer",
                            "attribute_ruler",
                            "senter",
                        ],
                    )
                except (ImportError, OSError) as exc:
                    log.info("spaCy model %s is not available: %s", name, exc)
                    self._models[name] = None
            return self._models[name]

    def recognize(self, text: str, blocks: Sequence[Block], lang: str | None) -> list[Candidate]:
        by_lang: dict[str, list[Block]] = {}
        for block in blocks:
            by_lang.setdefault(block.lang or lang or "", []).append(block)
        found: list[Candidate] = []
        for block_lang, group in by_lang.items():
            nlp = self._model(block_lang)
            if nlp is None:
                continue
            docs = nlp.pipe((text[b.start : b.end] for b in group), batch_size=64)
            for block, doc in zip(group, docs, strict=True):
                for ent in doc.ents:
                    label = _LABELS.get(ent.label_)
                    if label is None:
                        continue
                    start, end = _trim(ent.text, ent.start_char, ent.end_char)
                    if not _plausible(doc.text[start:end]):
                        continue
                    found.append(
                        Candidate(block.start + start, block.start + end, label, self.name)
                    )
        return found


def _plausible(surface: str) -> bool:
    """Keep what reads as a name: capitalised, not a lone function or common word."""
    words = surface.split()
    if not words or len(surface) < 2 or not surface[0].isupper() or "\n" in surface:
        return False
    if len(words) == 1:
        word = words[0]
        if word.lower() in _NOT_NAMES or len(word) < 3:
            return False
        if word.isupper() and len(word) <= 4:
            return False  # an unknown acronym: more often a common noun (LLM, ASIC)
    return True


def _trim(surface: str, start: int, end: int) -> tuple[int, int]:
    """Drop determiners and punctuation the model sometimes includes ("la Chine")."""
    lead = _LEADING.match(surface)
    if lead:
        start += lead.end()
        surface = surface[lead.end() :]
    tail = _TRAILING.search(surface)
    if tail:
        end -= len(surface) - tail.start()
    return start, end


def _model_version(name: str) -> str | None:
    from importlib import metadata

    try:
        return metadata.version(name.replace("_", "-"))
    except metadata.PackageNotFoundError:
        return None
