"""Find the structure of an article in its blocks, without cutting the text.

Press articles copied from the web carry furniture: photo credits, a "Source :" line,
share buttons, related-article lists, ads, embedded tweets. They are kept in the
canonical text and typed as spans, so the reader can dim or fold them and search can
leave them out. The rules are general (French and English press conventions), not
tuned to particular files.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reader.core.model import Span, SpanKind
from reader.ingest.dates import find_date

_SENTENCE_END = re.compile(r"[.!?…](?:[»”\")\]]*)(?:\s+|$)")
_SOURCE = re.compile(r"^(?:sources?|via|source\s+originale)\s*:\s*(?P<name>\S.{0,80})$", re.I)
_CREDIT_WORDS = re.compile(
    r"©|\b(?:shutterstock|getty\s*images|istock(?:photo)?|unsplash|adobe\s*stock|alamy|"
    r"reuters/|wikimedia\s*commons)\b|^(?:photo|crédits?(?:\s+photo)?|"
    r"image|illustration|credit)\s*:",
    re.I,
)
# an agency or *droits réservés* in capitals, where a credit writes them: after a slash,
# a dash, a © or a parenthesis ("Jean Dupont / AFP", "(EPA)", "© DR"), or first before a
# slash ("AP Photo/Evan Vucci"); "Dr Reddy" in a headline, "EPA fines…" are no credit
_CREDIT_CAPITALS = re.compile(
    r"[/©(|–—-]\s*(?:AFP|EPA|AP(?:\s*Photo)?|DR)\b|^(?:AFP|EPA|AP\s*Photo|DR)\s*(?:/|$)"
)
_SHARE = re.compile(
    r"^(?:partager(?:\s+(?:cet|l['’])article)?|share(?:\s+this(?:\s+article)?)?|"
    r"partagez|suivez-nous|follow\s+us)\s*:?\s*$",
    re.I,
)
_RELATED = re.compile(
    r"^(?:articles?\s+(?:sur\s+le\s+même\s+thème|similaires|liés|connexes)|"
    r"(?:à\s+)?lire\s+aussi|sur\s+le\s+même\s+sujet|related(?:\s+(?:articles|stories))?|"
    r"read\s+more|more\s+on\s+this\s+story|you\s+may\s+also\s+like)\s*:?\s*$",
    re.I,
)
_CALL_TO_ACTION = re.compile(
    r"(?:en\s+savoir\s+plus|learn\s+more|sign\s+up|abonnez-vous|inscrivez-vous|"
    r"subscribe\s+now)\s*[.!]?\s*$",
    re.I,
)
_ATTRIBUTION = re.compile(r"^[-—–]\s*\S")
_KICKER = re.compile(r"^(?P<kicker>[A-ZÀ-Ý0-9][A-ZÀ-Ý0-9 &'’.]{2,40})\s+[–—-]\s+\S")


@dataclass(frozen=True)
class Block:
    """A block of text and, for HTML, what its tag said it was."""

    start: int
    end: int
    hint: SpanKind | None = None


@dataclass(frozen=True)
class Structure:
    title: str
    spans: tuple[Span, ...]
    source: str | None
    date: str | None


def _sentences(text: str) -> int:
    return len([m for m in _SENTENCE_END.finditer(text.rstrip() + " ")])


def _reads_as_headline(line: str) -> bool:
    words = line.split()
    if not 2 <= len(words) <= 30 or len(line) > 180:
        return False
    return _sentences(line) <= 1 and not line.rstrip().endswith((":", ","))


def _reads_as_heading(line: str) -> bool:
    words = line.split()
    return (
        1 <= len(words) <= 16
        and len(line) <= 120
        and not line.rstrip().endswith((".", ":", ",", ";", "…"))
    )


def _is_credit(line: str) -> bool:
    return (
        len(line) <= 140
        and _sentences(line) <= 1
        and bool(_CREDIT_WORDS.search(line) or _CREDIT_CAPITALS.search(line))
    )


def _fallback_title(line: str, limit: int = 110) -> str:
    """The first sentence of the first block, cut at a word boundary."""
    match = _SENTENCE_END.search(line)
    first = line[: match.start() + 1] if match else line
    first = first.strip()
    if len(first) <= limit:
        return first
    cut = first[:limit].rsplit(" ", 1)[0].rstrip(" ,;:–—-")
    return cut + "…"


def analyse(text: str, blocks: Sequence[Block]) -> Structure:
    """Type every block; pick title, source and date."""
    kinds: list[SpanKind | None] = [b.hint for b in blocks]
    lines = [text[b.start : b.end] for b in blocks]
    extra: list[Span] = []
    source: str | None = None

    # Furniture, from the end of the article backwards: once a share/related marker is
    # seen, everything after it is boilerplate.
    tail_from: int | None = None
    for i, line in enumerate(lines):
        if i > 0 and (_SHARE.match(line) or _RELATED.match(line)):
            tail_from = i
            break
    for i, line in enumerate(lines):
        if tail_from is not None and i >= tail_from:
            kinds[i] = SpanKind.BOILERPLATE
            continue
        if kinds[i] is SpanKind.TITLE:
            continue
        if match := _SOURCE.match(line):
            kinds[i] = SpanKind.SOURCE
            source = source or match.group("name").strip().rstrip(".")
        elif kinds[i] is SpanKind.CREDIT or _is_credit(line):
            kinds[i] = SpanKind.CREDIT
        elif i > 0 and line == lines[i - 1] and kinds[i - 1] is not None:
            kinds[i] = kinds[i - 1]  # a repeated caption or credit
        elif _CALL_TO_ACTION.search(line) and i == len(lines) - 1:
            kinds[i] = SpanKind.AD
        elif _ATTRIBUTION.match(line) and len(line) <= 160:
            kinds[i] = SpanKind.ATTRIBUTION

    # Title: an explicit one (HTML), else the first block when it reads as a headline
    # and something follows it.
    title_index = next((i for i, k in enumerate(kinds) if k is SpanKind.TITLE), None)
    body = [i for i, k in enumerate(kinds) if k is None or k is SpanKind.TITLE]
    if title_index is None and len(body) > 1 and _reads_as_headline(lines[body[0]]):
        title_index = body[0]
        kinds[title_index] = SpanKind.TITLE
    if title_index is not None:
        title = " ".join(lines[title_index].split())
        if kicker := _KICKER.match(title):
            start = blocks[title_index].start
            extra.append(Span(start, start + len(kicker.group("kicker")), SpanKind.KICKER))
            title = title[kicker.end() - 1 :].strip()
    elif body:
        title = _fallback_title(lines[body[0]])
    else:
        title = _fallback_title(lines[0]) if lines else ""

    # Lead: the first ordinary block after the title; a rubric ("TECH ACTUS –") at its
    # start is a kicker.
    first_body = next(
        (i for i, k in enumerate(kinds) if k is None and (title_index is None or i > title_index)),
        None,
    )
    after_title = 0 if title_index is None else title_index + 1
    if (
        after_title < len(kinds)
        and kinds[after_title] is SpanKind.HEADING  # an HTML <h2> standing for the lead
        and (_sentences(lines[after_title]) >= 1 or len(lines[after_title]) > 100)
    ):
        kinds[after_title] = None
        first_body = after_title
    if first_body is not None:
        kinds[first_body] = SpanKind.LEAD
        if kicker := _KICKER.match(lines[first_body]):
            start = blocks[first_body].start
            extra.append(Span(start, start + len(kicker.group("kicker")), SpanKind.KICKER))

    for i, line in enumerate(lines):
        if kinds[i] is not None:
            continue
        follows_body = i + 1 < len(lines) and kinds[i + 1] in (None, SpanKind.LEAD)
        if _reads_as_heading(line) and follows_body and len(lines[i + 1]) > len(line):
            kinds[i] = SpanKind.HEADING
        else:
            kinds[i] = SpanKind.PARAGRAPH

    spans = [
        Span(b.start, b.end, k or SpanKind.PARAGRAPH) for b, k in zip(blocks, kinds, strict=True)
    ]
    spans.extend(extra)
    spans.sort(key=lambda s: (s.start, -s.end))
    body_text = "\n".join(text[s.start : s.end] for s in spans if not s.kind.is_furniture)
    return Structure(title=title, spans=tuple(spans), source=source, date=find_date(body_text))
