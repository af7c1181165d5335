"""Entity names in the reader's language (:mod:`reader.entities.naming`), as the window
and what leaves it use them: the window reaches them here, and an export lists and
underlines each article's entities by the names the window shows, not by the canonical
names the library keeps."""

from __future__ import annotations

from dataclasses import replace

from reader.entities.gazetteer import Gazetteer
from reader.entities.naming import NameRule, Naming
from reader.export.base import ExportDocument

__all__ = ["NameRule", "Naming", "bundled_naming", "named_document"]


def bundled_naming() -> Naming:
    """The names of the entities the app knows (the bundled gazetteer's): read from
    disk, so called off the GUI thread."""
    return Naming.of(Gazetteer.bundled())


def named_document(
    document: ExportDocument,
    rule: NameRule,
    interface: str,
    naming: Naming | None = None,
) -> ExportDocument:
    """``document`` with its entities named by ``rule``: in ``interface``'s language, or
    in each article's own."""
    naming = naming or bundled_naming()
    articles = tuple(
        replace(
            item,
            entities=tuple(
                naming.rename(item.entities, rule.language(interface, item.article.lang))
            ),
        )
        for item in document.articles
    )
    return replace(document, articles=articles)
