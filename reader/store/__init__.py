"""The SQLite library: the one source of truth (the search index derives from it)."""

from reader.store.annotations import AnnotationStore
from reader.store.articles import ArticleStore, StoredResult
from reader.store.db import SCHEMA_VERSION, open_database
from reader.store.entities import EntityStore
from reader.store.translations import TranslationStore

__all__ = [
    "SCHEMA_VERSION",
    "AnnotationStore",
    "ArticleStore",
    "EntityStore",
    "StoredResult",
    "TranslationStore",
    "open_database",
]
