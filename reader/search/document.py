"""What the index is given for one article (built by the services layer from the store)."""

from __future__ import annotations

from dataclasses import dataclass


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
