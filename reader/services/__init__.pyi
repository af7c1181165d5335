# The package's type as its users see it: ``Library`` is imported lazily (``__init__.py``).
from reader.services.library import Library as Library

__all__ = ["Library"]
