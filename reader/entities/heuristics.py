"""Name patterns that hold in French and English press alike, for text without a
statistical model (English here): honorifics and titles before a person's name,
corporate suffixes after an organisation's, and place designators."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.entities.base import Block, Candidate, Label

_CAP = r"[A-Z][\w'’.-]*(?:\s+(?:de|van|von|da|del|bin|al)?\s*[A-Z][\w'’-]*)*"
# a sentence's first word, written with a capital, is no part of a name after it ("But
# Downing Street", "The Bank said", "Former Downing Street adviser")
_NOT_FIRST = (
    r"(?!(?:The|A|An|But|And|Or|So|Yet|Then|If|When|While|After|Before|As|At|In|On|For|"
    r"From|With|By|This|That|These|Those|Its|Their|His|Her|Former|Ex)\s)"
)
_CAPS = _NOT_FIRST + r"[A-ZÀ-Ý][\w&'’.-]*(?:\s+(?:&\s+)?[A-ZÀ-Ý][\w&'’.-]*)*"
PERSON = re.compile(
    rf"\b(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Lord|President|Prime Minister|Chancellor|Senator|"
    rf"Governor|Minister|Secretary|Chairman|Chief Executive|M\.|Mme|Mlle|Me|Pr)\.?\s+"
    rf"(?P<name>{_CAP})"
)
# "The UK Film Council": an article before an institution's name is no part of it
ORGANISATION = re.compile(
    rf"\b(?:The\s+)?(?P<name>{_CAPS}\s+(?:Inc|Corp|Corporation|Ltd|Limited|plc|PLC|LLC|Group|Holdings|"
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
    version = "3"
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


# Common given names (English-language press), to tell a person from other capitalised
# sequences when no statistical model is available.
FIRST_NAMES = frozenset(
    """Aaron Adam Adrian Alan Albert Alex Alexander Alice Alistair Amanda Amy Andrew Andy Angela
    Ann Anna Anne Anthony Antonio Barack Barbara Ben Benjamin Bill Bob Boris Brian Bruce Carl
    Carlos Caroline Catherine Charles Charlie Chris Christine Christopher Claire Colin Craig
    Dan Daniel Dave David Dennis Diana Donald Douglas Ed Edward Elizabeth Emily Emma Eric
    Frank Fred Gary Gavin Geoff George Gordon Graham Greg Hannah Harry Helen Henry Hillary Hugh
    Iain Ian Jack Jacques James Jane Janet Jason Jean Jeff Jennifer Jeremy Jim Joe John
    Jonathan Jose Joseph Julia Julian Karen Kate Keith Ken Kenneth Kevin Kim Laura Lee Leo Linda
    Lisa Louise Lucy Luis Margaret Maria Mark Martin Mary Matthew Michael Michel Mike Nick
    Nicholas Nicola Nigel Oliver Patricia Patrick Paul Peter Philip Rachel Richard Rob Robert
    Robin Roger Ronald Rose Ruth Ryan Sam Samuel Sarah Scott Sean Sebastian Simon Sophie
    Stephen Steve Steven Stuart Susan Thomas Tim Timothy Tom Tony Vladimir Walter William
    Yasser Zoe""".split()
)
ORG_WORDS = frozenset(
    """Inc Corp Corporation Ltd Limited plc PLC LLC Group Holdings Bank University Institute
    Party Association Agency Foundation Council Ministry Department Commission Parliament
    Executive Assembly Committee Authority Board Bros Brothers Airways Airlines Motors
    Electronics Systems Labs Capital Partners Records Studios Network Club United Rovers
    Athletic City Police Office Court Service Trust Union Federation League
    Securities Exchange Reserve Fund Times Post Journal News""".split()
)
_CONNECTORS = frozenset({"of", "&", "de", "for"})
_PLACE_CUES = frozenset({"in", "at", "from", "near", "across", "outside", "inside"})
_NOT_NAMES = frozenset(
    """The A An This That These Those It He She They We I You His Her Their Its Our But And
    Or So If When While After Before As At In On For From With By Mr Mrs Ms Dr January
    February March April May June July August September October November December Monday
    Tuesday Wednesday Thursday Friday Saturday Sunday""".split()
)
_TOKEN = re.compile(r"[A-Z][\w'’.-]*|[a-z&]+|\S")
_SENTENCE_START = re.compile(r"(?:^|[.!?:\"“”]\s+)$")


class CapitalisedNameRecognizer:
    """English names without a statistical model: capitalised sequences with a cue — a
    given name (person), an institutional word (organisation), an acronym (organisation),
    a place preposition (place). Sequences without a cue are left alone: a wrong type
    costs more than a miss."""

    name = "capitals"
    version = "1"
    priority = 30

    def recognize(self, text: str, blocks: Sequence[Block], lang: str | None) -> list[Candidate]:
        found: list[Candidate] = []
        for block in blocks:
            if (block.lang or lang) != "en":
                continue
            chunk = text[block.start : block.end]
            for start, end in _sequences(chunk):
                label = _label(chunk, start, end)
                if label is not None:
                    found.append(
                        Candidate(block.start + start, block.start + end, label, self.name)
                    )
        return found


def _sequences(chunk: str) -> list[tuple[int, int]]:
    """Maximal runs of capitalised words separated by single spaces (connectors such as
    "of" allowed inside), never across punctuation."""
    runs: list[tuple[int, int]] = []
    words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[\w'’.&-]+", chunk)]

    def joined(a: int, b: int) -> bool:
        gap = chunk[words[a][1] : words[b][0]]
        return gap == " " and not (words[a][2].endswith(".") and len(words[a][2]) > 3)

    i = 0
    while i < len(words):
        s, _, w = words[i]
        if not w[:1].isupper() or w.rstrip(".") in _NOT_NAMES:
            i += 1
            continue
        j = last = i
        while j + 1 < len(words) and joined(j, j + 1):
            nxt = words[j + 1][2]
            if nxt[:1].isupper() and nxt.rstrip(".") not in _NOT_NAMES:
                j = last = j + 1
            elif nxt in _CONNECTORS and j + 2 < len(words) and joined(j + 1, j + 2):
                if not words[j + 2][2][:1].isupper():
                    break
                j += 1
            else:
                break
        surface = chunk[s : words[last][1]].rstrip(".'’")
        runs.append((s, s + len(surface)))
        i = last + 1
    return runs


def _label(chunk: str, start: int, end: int) -> Label | None:
    surface = chunk[start:end]
    tokens = surface.split()
    at_start = bool(_SENTENCE_START.search(chunk[:start]))
    if len(tokens) == 1:
        word = tokens[0]
        if word.isupper() and 2 <= len(word) <= 5 and word.isalpha():
            return Label.ORG
        if at_start:
            return None
    if tokens[0] in FIRST_NAMES and 2 <= len(tokens) <= 3 and all(t[:1].isupper() for t in tokens):
        return Label.PER
    if any(t.rstrip(".") in ORG_WORDS for t in tokens[1:]):
        return Label.ORG
    before = chunk[:start].rstrip().rsplit(" ", 1)[-1].lower() if start else ""
    if before in _PLACE_CUES and not at_start:
        return Label.LOC
    return None
