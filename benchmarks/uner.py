"""Universal NER's English sets as documents the entity pipeline can read.

UNER English PUD (news and Wikipedia) and EWT test (web text) are the outside sets of the
English benchmark: nobody here annotated them, and the English model is never trained on
them (``packaging/train_ner_en.py`` reads EWT dev only). A document is its sentences'
``# text`` lines joined by a space, each sentence a block; gold spans are found by walking
each sentence's tokens through its text. Their types are PER, ORG and LOC.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.common import CORPORA

SETS = {
    "UNER English PUD": CORPORA / "ner-en" / "UNER-English-PUD" / "en_pud-ud-test.iob2",
    "UNER English EWT test": CORPORA / "ner-en" / "UNER-English-EWT" / "en_ewt-ud-test.iob2",
}
Span = tuple[int, int, str]


@dataclass
class Document:
    text: str = ""
    blocks: list[tuple[int, int]] = field(default_factory=list)
    gold: set[Span] = field(default_factory=set)


def documents(path: Path) -> list[Document]:
    """The documents of a UNER ``.iob2`` file (``# newdoc`` starts one)."""
    docs: list[Document] = []
    sentence = ""
    tokens: list[tuple[str, str]] = []

    def close() -> None:
        nonlocal sentence, tokens
        if sentence:
            if not docs:
                docs.append(Document())
            _add(docs[-1], sentence, tokens)
        sentence, tokens = "", []

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc"):
            close()
            docs.append(Document())
        elif line.startswith("# text = "):
            sentence = line[len("# text = ") :]
        elif not line.strip():
            close()
        elif not line.startswith("#"):
            cells = line.split("\t")
            if len(cells) >= 3 and cells[0].isdigit():  # not a multi-word range (3-4)
                tokens.append((cells[1], cells[2]))
    close()
    return [d for d in docs if d.text]


def _add(doc: Document, sentence: str, tokens: list[tuple[str, str]]) -> None:
    offset = len(doc.text) + (1 if doc.text else 0)
    doc.text = f"{doc.text} {sentence}" if doc.text else sentence
    doc.blocks.append((offset, offset + len(sentence)))
    position = 0
    start = end = -1
    kind = ""
    for form, tag in [*tokens, ("", "O")]:
        at = sentence.find(form, position) if form else len(sentence)
        if at < 0:  # a form the text spells otherwise: the sentence is left unscored
            return
        prefix, _, name = tag.partition("-")
        if start >= 0 and (prefix != "I" or name != kind):
            doc.gold.add((offset + start, offset + end, kind))
            start = -1
        if prefix == "B" or (prefix == "I" and start < 0):
            start, kind = at, name
        end = at + len(form)
        position = end
