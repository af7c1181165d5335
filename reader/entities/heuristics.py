"""Name patterns that hold in French and English press alike, for text without a
statistical model (English here): honorifics and titles before a person's name,
corporate suffixes after an organisation's, and place designators."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.entities.base import Block, Candidate, Label

_CAP = r"[A-Z][\w'’.-]*(?:\s+(?:de|van|von|da|del|bin|al)?\s*[A-Z][\w'’-]*)*"
_CAPS = r"[A-ZÀ-Ý][\w&'’.-]*(?:\s+(?:&\s+)?[A-ZÀ-Ý][\w&'’.-]*)*"
PERSON = re.compile(
    rf"\b(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Lord|President|Prime Minister|Chancellor|Senator|"
    rf"Governor|Minister|Secretary|Chairman|Chief Executive|M\.|Mme|Mlle|Me|Pr)\.?\s+"
    rf"(?P<name>{_CAP})"
)
ORGANISATION = re.compile(
    rf"\b(?P<name>{_CAPS}\s+(?:Inc|Corp|Corporation|Ltd|Limited|plc|PLC|LLC|Group|Holdings|"
    rf"Technologies|Technology|Bank|University|Université|Institute|Institut|Party|Parti|"
    rf"Association|Agency|Agence|Foundation|Fondation|Council|Conseil|Ministry|Ministère|"
    rf"Airlines|Motors|Electronics|Semiconductor|Systems|Labs|Capital|Partners|SA|SAS|AG|GmbH)"
    rf"\.?)(?![\w])"
)
PLACE = re.compile(
    rf"\b(?P<name>{_CAPS}\s+(?:City|County|Province|Island|Islands|River|Valley|Bay|Street|"
    rf"Square|Airport)|(?:Gulf|Bay|Lake|Mount|Port|Cape)\s+of\s+{_CAPS})(?![\w])"
)


class NamePatternRecognizer:
    name = "patterns"
    version = "1"
    priority = 40

    def recognize(self, text: str, blocks: Sequence[Block], lang: str | None) -> list[Candidate]:
        found: list[Candidate] = []
        for block in blocks:
            chunk = text[block.start : block.end]
            for pattern, label in (
                (PERSON, Label.PER),
                (ORGANISATION, Label.ORG),
                (PLACE, Label.LOC),
            ):
                for match in pattern.finditer(chunk):
                    start = block.start + match.start("name")
                    end = block.start + match.end("name")
                    found.append(Candidate(start, end, label, self.name))
        return found
