"""What the index is given for one article, and the one function that makes it.

:func:`to_document` is pure: the article, its entities, its annotations in, the
document out. The services read those from the store once (at import, with the
entities recognised or taken from the cache first) and index each article once,
instead of indexing it, then patching its tags and notes, then indexing it again when
its entities came.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reader.core.model import Annotation, Article, EntityMention, SpanKind


@dataclass(frozen=True)
class IndexDoc:
    id: str
    stamp: int
    lang: str | None
    title: str
    body: str  # the article's text without its furniture (credits, share lists, ads)
    source: str | None = None
    tags: tuple[str, ...] = ()
    entities: tuple[tuple[str, str], ...] = ()  # (canonical name, type)
    entity_forms: tuple[tuple[str, str], ...] = ()  # (name as written, type): "Pékin"
    notes: str = ""  # the notes of the article's annotations


def searchable_body(article: Article) -> str:
    """The article's text without its furniture (credits, share lists, ads): what the
    index reads as the body, paragraphs joined by a line break."""
    return "\n".join(
        article.text[s.start : s.end] for s in article.blocks() if not s.kind.is_furniture
    )


def headline_end(article: Article) -> int:
    """Where :func:`searchable_body` goes on past the article's headline (its title
    and the kicker in it, the blocks it starts with): 0 when it starts with none."""
    end = 0
    for block in article.blocks():
        if block.kind.is_furniture:
            continue
        if block.kind not in (SpanKind.TITLE, SpanKind.KICKER):
            break
        end += block.end - block.start + 1
    return end


def body_offset_to_text(article: Article, span: tuple[int, int]) -> tuple[int, int] | None:
    """Offsets in :func:`searchable_body` back to the article's canonical text."""
    pos = 0
    for block in article.blocks():
        if block.kind.is_furniture:
            continue
        length = block.end - block.start
        if pos <= span[0] < pos + length:
            delta = block.start - pos
            return span[0] + delta, span[1] + delta
        pos += length + 1
    return None


def entity_names(
    mentions: Iterable[EntityMention],
) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """(canonical name, type) and (name as written, type) of the mentions, each once."""
    found = list(mentions)
    canonical = tuple(sorted({(m.canonical, m.label) for m in found}))
    forms = tuple(sorted({(" ".join(m.text.split()), m.label) for m in found}))
    return canonical, forms


def to_document(
    article: Article,
    entities: tuple[tuple[str, str], ...] = (),
    entity_forms: tuple[tuple[str, str], ...] = (),
    annotations: Sequence[Annotation] = (),
) -> IndexDoc:
    """The searchable form of an article: its text without furniture, its own tags and
    its passages' tags, its notes, and its entities' names (``entities``: canonical
    names; ``entity_forms``: as written; see :func:`entity_names`)."""
    tags = tuple(sorted({*article.tags, *(t for a in annotations for t in a.tags)}))
    return IndexDoc(
        id=article.id,
        stamp=article.stamp,
        lang=article.lang,
        title=article.title,
        body=searchable_body(article),
        source=article.source,
        tags=tags,
        entities=entities,
        entity_forms=entity_forms,
        notes="\n".join(a.note for a in annotations if a.note),
    )
