"""spaCy's statistical NER (French: ``fr_core_news_sm``), one voice among others.

The model is loaded lazily, once, with only the components NER needs, and run per block
with ``nlp.pipe`` (a block never spans two paragraphs). It mislabels this domain often
(*Tencent* as a place), so the merger lets the gazetteer overrule it. Without spaCy or
the model installed, this recogniser reports itself unavailable and proposes nothing.

The model runs in a process of its own (:mod:`reader.entities.model_process`): importing
spaCy and loading a model is seconds of C-extension start-up that holds the GIL, and in a
thread of the window's process it froze the window for up to 1.5 s at a time.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from reader.entities import model_process
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
        self.version = "fr_core_news_sm-" + (_model_version("fr_core_news_sm") or "absent")

    @property
    def available(self) -> bool:
        return _model_version("fr_core_news_sm") is not None

    def recognize(self, text: str, blocks: Sequence[Block], lang: str | None) -> list[Candidate]:
        by_lang: dict[str, list[Block]] = {}
        for block in blocks:
            by_lang.setdefault(block.lang or lang or "", []).append(block)
        found: list[Candidate] = []
        for block_lang, group in by_lang.items():
            name = MODELS.get(block_lang)
            if name is None:
                continue
            texts = [text[b.start : b.end] for b in group]
            entities = model_process.entities(name, texts)
            if entities is None:
                continue  # the model cannot be loaded: said once in the log
            for block, block_text, ents in zip(group, texts, entities, strict=True):
                for ent_start, ent_end, ent_label in ents:
                    label = _LABELS.get(ent_label)
                    if label is None:
                        continue
                    start, end = _trim(block_text[ent_start:ent_end], ent_start, ent_end)
                    if not _plausible(block_text[start:end]):
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
