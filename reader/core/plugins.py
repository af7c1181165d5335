"""The entry-point groups through which recognisers, translation hooks and exporters are
found — built-in and third-party alike — and the one function that reads them.

The registries discover their plugins here, and the PyInstaller spec asks the same function
which modules to freeze: a plugin registered in ``pyproject.toml`` is then both found by the
app and present in the bundle, with no second list to keep in step.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib import metadata

RECOGNIZERS = "reader.recognizers"
TRANSLATORS = "reader.translators"
EXPORTERS = "reader.exporters"
GROUPS = (RECOGNIZERS, TRANSLATORS, EXPORTERS)


def entry_points(group: str) -> list[metadata.EntryPoint]:
    """The plugins registered in ``group`` by every installed distribution, by name."""
    # imported when a registry is first asked, after the window's first frame (importing
    # it was about 3 % of the app's imports before that frame)
    from importlib import metadata

    return sorted(metadata.entry_points(group=group), key=lambda point: point.name)


def plugin_modules(groups: Iterable[str] = GROUPS) -> list[str]:
    """The modules that the plugins of ``groups`` are loaded from (imported lazily by the
    app, so a freezing tool cannot see them by reading the code)."""
    return sorted({point.module for group in groups for point in entry_points(group)})
