"""The application services: one object that combines the engines (store, search,
ingest) for the CLI and the GUI. Engines never import each other; this layer does.

:class:`Library` is imported when it is first asked for, not with the package: a module
of the package (what an article's reading is, say) comes without the engines, which the
window's first frame does not wait for (see :mod:`reader.ui.first_frame`). Its type is
told in ``__init__.pyi``."""

from typing import Any

__all__ = ["Library"]


def __getattr__(name: str) -> Any:
    if name == "Library":
        from reader.services.library import Library

        return Library
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
