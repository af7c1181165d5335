"""Full-text search with Whoosh (only this package imports it)."""

from reader.search.document import IndexDoc
from reader.search.index import SearchIndex, SearchOutcome

__all__ = ["IndexDoc", "SearchIndex", "SearchOutcome"]
