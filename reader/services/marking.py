"""Where an ``entity:`` search matched, in the text: the mentions of the named entity.

The search index matches ``entity:Tencent`` against the article's entity *names*, a
field with no positions in the text, so its snippets and the article opened from it had
nothing marked. The entity layer knows every mention's offsets; these pure functions
pick the query's entity clauses and the mentions they name, so a result shows where the
entity stands — in the snippet and in the article — as a word search does.

The clauses are read the way the search box's language writes them (``entity:``, the
typed fields ``org:``, ``person:``…, a ``"quoted name"``, a trailing ``*``); a clause
that is excluded (``-entity:X``, ``NOT entity:X``) names nothing to mark.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.model import Article, EntityMention

# The field names of the search box that match entity names, and the type each keeps to.
ENTITY_FIELDS: dict[str, str | None] = {
    "entity": None,
    "per": "PER",
    "person": "PER",
    "org": "ORG",
    "loc": "LOC",
    "place": "LOC",
    "product": "PRODUCT",
    "misc": "MISC",
}
_CLAUSE = re.compile(
    r"(?<![\w:])(?P<sign>[-+]?)(?P<field>[A-Za-z]+):(?:\"(?P<quoted>[^\"]*)\"|(?P<word>[^\s()]+))"
)
_NOT = re.compile(r"\bNOT\s*\(?\s*$")


@dataclass(frozen=True)
class EntityClause:
    label: str | None  # None: any type
    words: tuple[str, ...]  # folded words of the name, in order
    prefix: bool = False  # the last word ended with ``*``


def fold(text: str) -> tuple[str, ...]:
    """Lower-case words with accents taken off, as the index's name field compares them."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return tuple(re.findall(r"\w+", plain))


def entity_clauses(query: str) -> list[EntityClause]:
    """The entity clauses of ``query`` that ask for an entity (not those that exclude one)."""
    out = []
    for found in _CLAUSE.finditer(query):
        field = found["field"].lower()
        if field not in ENTITY_FIELDS or found["sign"] == "-":
            continue
        if _NOT.search(query[: found.start()]):
            continue
        value = found["quoted"] if found["quoted"] is not None else found["word"]
        value = re.sub(r"(~\d*|\^[\d.]+)$", "", value)  # fuzzy and boost marks
        words = fold(value)
        if words:
            out.append(EntityClause(ENTITY_FIELDS[field], words, value.endswith("*")))
    return out


def _names(words: tuple[str, ...], clause: EntityClause) -> bool:
    """Whether a name's ``words`` hold the clause's words side by side."""
    size = len(clause.words)
    for i in range(len(words) - size + 1):
        window = words[i : i + size]
        if window[:-1] != clause.words[:-1]:
            continue
        last, wanted = window[-1], clause.words[-1]
        if last == wanted or (clause.prefix and last.startswith(wanted)):
            return True
    return False


def mention_marks(
    mentions: Iterable[EntityMention], clauses: Sequence[EntityClause]
) -> list[tuple[int, int]]:
    """The spans of the mentions (canonical name or words as written) that a clause names."""
    marks = set()
    for mention in mentions:
        names = (fold(mention.canonical), fold(mention.text))
        for clause in clauses:
            if clause.label not in (None, mention.label):
                continue
            if any(_names(words, clause) for words in names):
                marks.add((mention.start, mention.end))
                break
    return sorted(marks)


def text_to_body(article: Article, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Canonical spans moved into the searchable body (the text without page furniture,
    blocks joined by one line break); spans in the furniture are left out."""
    starts: list[tuple[int, int, int]] = []  # block start, block end, its body offset
    pos = 0
    for block in article.blocks():
        if block.kind.is_furniture:
            continue
        starts.append((block.start, block.end, pos))
        pos += block.end - block.start + 1
    out = []
    for start, end in spans:
        for block_start, block_end, at in starts:
            if block_start <= start and end <= block_end:
                out.append((start - block_start + at, end - block_start + at))
                break
    return out


def merged(*groups: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans in text order, overlapping ones joined (a word search and a mention may
    mark the same name: it is marked once)."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(span for group in groups for span in group):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out
