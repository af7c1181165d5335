"""Turn files into :class:`~reader.core.model.ParsedArticle` values (no storage here)."""

from reader.ingest.files import SUPPORTED_SUFFIXES, discover, parse_file

__all__ = ["SUPPORTED_SUFFIXES", "discover", "parse_file"]
