"""An article as the reader shows it, read in one go: its text, the entities of its last
recognition, its annotations and where a query matches.

The window paints them together. Read apart, the text came first and the underlines
after a wait on the recognisers (their gazetteer built, a model process asked whether
the cache was current) — seconds on a busy machine, although every article's entities
were cached. The last recognition needs none of that; whether it is still current is
asked afterwards, and only a change is painted again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reader.core.model import Annotation, Article, EntityMention
from reader.entities import shipped
from reader.entities.corrections import apply_corrections

if TYPE_CHECKING:
    from reader.services.library import Library


@dataclass(frozen=True)
class Reading:
    """What the reader paints of one article at once."""

    article: Article
    #: the last recognition of this version (or, for a bundled article, the mentions
    #: shipped with it), corrections applied; None: never recognised
    mentions: list[EntityMention] | None
    annotations: list[Annotation]
    hits: list[tuple[int, int]] = field(default_factory=list)  # where the query matches


def read(library: Library, ref: str, query: str | None = None) -> Reading:
    """The article ``ref`` with its entities, annotations and ``query``'s hits."""
    article = library.article(ref)
    entities = library.entity_store
    raw = entities.last_run(article.id, article.version)
    if raw is None:  # a bundled article on a first start: the mentions shipped with it
        raw = shipped.mentions(article, None)
    mentions = (
        None
        if raw is None
        else apply_corrections(raw, article.text, entities.corrections(), article.id)
    )
    hits = library.hit_offsets(article.id, query) if query else []
    return Reading(article, mentions, library.annotations(article.id), hits)


def before_import(article: Article) -> Reading:
    """A bundled article as :func:`read` will read it once imported into a fresh library
    (the mentions shipped with it, no annotations yet): what a first start paints while
    the import runs."""
    return Reading(article, shipped.mentions(article, None), [])
