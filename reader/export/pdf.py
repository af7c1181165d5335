"""PDF export, its headless half: the format's name, extension and media type, registered
like every other exporter (entry point ``pdf``), and a renderer installed from above.

Laying text out on pages needs a text engine, and the only one the app has is Qt's
(``QTextDocument`` printed with ``QPdfWriter``), which lives in :mod:`reader.ui`. The
export package must not import the UI: it runs without PySide6 (the command line,
scripts, the tests), and a lower layer reaching up would tie every export to Qt. So the
Qt rendering stays in :mod:`reader.ui.pdf` and is handed down through :func:`install`:
the window installs it when it starts, and ``reader export --format pdf`` installs it
before exporting. Without it, a PDF export is refused with a reason.
"""

from __future__ import annotations

from collections.abc import Callable

from reader.export.base import ExportDocument, ExportError

Renderer = Callable[[ExportDocument], bytes]
_renderer: Renderer | None = None


def install(renderer: Renderer) -> None:
    """Render PDF exports with ``renderer`` (the UI's Qt layout) from now on."""
    global _renderer
    _renderer = renderer


class PdfExporter:
    name = "pdf"
    extension = "pdf"
    media_type = "application/pdf"
    splittable = True

    def render(self, document: ExportDocument) -> bytes:
        if _renderer is None:
            raise ExportError("the pdf export needs the window's text engine (PySide6)")
        return _renderer(document)
