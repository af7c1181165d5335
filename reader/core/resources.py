"""The files shipped with the app (the bundled corpus, the icon), found the same way from
a checkout, an installed wheel or a frozen bundle: through ``importlib.resources`` on the
``reader._resources`` package, which is the top-level ``resources/`` folder."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from reader import APP_ID


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


def bundled_icons() -> list[tuple[int, BundledFile]]:
    """The app icon's PNG renderings as ``(size in pixels, file)``, smallest first: the
    hicolor tree under ``resources/icons`` that the ``.desktop`` file's icon name points
    to once installed, read here so that the window shows the same icon."""
    hicolor = resources.files("reader._resources") / "icons" / "hicolor"
    found: list[tuple[int, BundledFile]] = []
    for folder in hicolor.iterdir():
        width, _, height = folder.name.partition("x")
        png = folder / "apps" / f"{APP_ID}.png"
        if width.isdigit() and width == height and png.is_file():
            found.append((int(width), BundledFile(png.name, png.read_bytes())))
    return sorted(found, key=lambda pair: pair[0])


def bundled_entities() -> bytes | None:
    """``bundled_entities.json``: the bundled articles' entities as the pipeline found
    them when the app was built (see :mod:`reader.entities.shipped`); None if absent."""
    entry = resources.files("reader._resources") / "bundled_entities.json"
    return entry.read_bytes() if entry.is_file() else None
