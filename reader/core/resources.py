"""The files shipped with the app (the bundled corpus), found the same way from a
checkout, an installed wheel or a frozen bundle: through ``importlib.resources`` on the
``reader._resources`` package, which is the top-level ``resources/`` folder."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class BundledFile:
    name: str
    data: bytes

    @property
    def origin(self) -> str:
        return f"bundled:{self.name}"


def bundled_corpus() -> list[BundledFile]:
    """The bundled articles, in name order."""
    folder = resources.files("reader._resources") / "corpus"
    return sorted(
        (
            BundledFile(entry.name, entry.read_bytes())
            for entry in folder.iterdir()
            if entry.name.endswith((".txt", ".md", ".html"))
        ),
        key=lambda f: f.name,
    )
