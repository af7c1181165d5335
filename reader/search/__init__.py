"""Full-text search with Whoosh (only this package imports it).

Whoosh takes a good part of a second to import, so the index classes load on first use:
the window paints its first article before search is needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reader.search.document import IndexDoc

if TYPE_CHECKING:
    from reader.search.index import SearchIndex, SearchOutcome

__all__ = ["IndexDoc", "SearchIndex", "SearchOutcome"]


def __getattr__(name: str) -> Any:
    if name in ("SearchIndex", "SearchOutcome"):
        from reader.search import index

        return getattr(index, name)
    raise AttributeError(name)
