"""The application services: one object that combines the engines (store, search,
ingest) for the CLI and the GUI. Engines never import each other; this layer does."""

from reader.services.library import Library

__all__ = ["Library"]
