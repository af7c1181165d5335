"""What a translated paragraph carries besides its text, and the sentences the translation
memory works with.

A paragraph of the side-by-side view knows which of its words the engine did not know
(shown faintly, a click away from the gloss) and which of its sentences the user corrected
in another article (offered here). Syndicated stories repeat sentences word for word, so a
sentence, not only a paragraph, is what the cache and the memory recognise."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.model import TranslatedParagraph

#: a sentence ends at . ! ? or … (a closing quote or bracket may follow) before a space
#: and a capital, a digit or an opening quote
_END = re.compile(r"(?<=[.!?…])[»\"”’)\]]?\s+(?=[«\"“(\[]?\s?[^\W\d_a-zß-ÿ]|\d)")
#: a period that does not end a sentence: an initial ("J. Smith") or a usual abbreviation
_ABBREVIATION = re.compile(
    r"(?:\b[^\W\d_]|\b(?:M|MM|Mme|Mmes|Mlle|Dr|Pr|St|Ste|Mr|Mrs|Ms|Prof|Sr|Sra|Jr|Inc|Co|"
    r"Corp|Ltd|No|vol|p|art|av|etc|env|cf|vs))\.$"
)


def sentences(text: str) -> list[str]:
    """``text`` cut into sentences, each stripped; the same rule for every language, so a
    source and its translation cut alike when they have as many sentences."""
    out: list[str] = []
    start = 0
    for match in _END.finditer(text):
        head = text[start : match.start()].rstrip('»"”’)] ')
        if _ABBREVIATION.search(head):
            continue
        piece = text[start : match.start()].strip() + match.group(0).strip()
        if piece:
            out.append(piece)
        start = match.end()
    rest = text[start:].strip()
    if rest:
        out.append(rest)
    return out


@dataclass(frozen=True)
class Offer:
    """A sentence of this paragraph the user corrected elsewhere: what the engine writes
    for it (and this paragraph's translation holds), and the user's correction."""

    sentence: str
    machine: str
    corrected: str
    article_id: str | None  # where the correction was made


@dataclass(frozen=True)
class MarkedParagraph(TranslatedParagraph):
    """A translated paragraph with the words the engine did not know and the corrections
    of its sentences the translation memory offers."""

    unknown: tuple[str, ...] = ()
    offers: tuple[Offer, ...] = ()
