"""The recogniser interface and the values it produces."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable


class Label(enum.StrEnum):
    PER = "PER"
    ORG = "ORG"
    LOC = "LOC"
    PRODUCT = "PRODUCT"
    MONEY = "MONEY"
    PERCENT = "PERCENT"
    DATE = "DATE"
    MISC = "MISC"


@dataclass(frozen=True)
class Candidate:
    """A recogniser's proposal: ``text[start:end]`` is a ``label``; ``canonical`` is set
    when the recogniser knows the entity (gazetteer), else the merger decides."""

    start: int
    end: int
    label: Label
    source: str
    canonical: str | None = None


@dataclass(frozen=True)
class Block:
    """A block of the canonical text to recognise in (furniture is left out)."""

    start: int
    end: int
    lang: str | None


@runtime_checkable
class Recognizer(Protocol):
    """Finds candidate mentions in an article's blocks."""

    name: str
    version: str
    #: higher wins when candidates overlap: user 100, gazetteer 80, rules 70, model 50
    priority: int

    def recognize(self, text: str, blocks: Sequence[Block], lang: str | None) -> list[Candidate]:
        """Candidates over ``text`` (offsets into it), only inside ``blocks``."""
        ...
