"""PDF export: the HTML export laid out by Qt's text engine (QTextDocument) and printed
with QPdfWriter on A4. It lives in the UI layer because it needs Qt; the headless
exporters stay free of it, so :mod:`reader.export.pdf` (the format as the export registry
knows it) renders through :func:`render` once :func:`install` has handed it down — the
window does so at start, ``reader export --format pdf`` before exporting. From the
command line a Qt application is created on the offscreen platform when there is none."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from reader.core.colors import LIGHT
from reader.export import pdf
from reader.export.base import ExportDocument

_MARK = re.compile(r'<mark class="c-(\w+)">')
_BLOCKQUOTE = re.compile(r'<blockquote class="c-(\w+)"([^>]*)>')


def _qt_html(document: ExportDocument) -> str:
    """Qt's rich text knows neither <mark> nor most CSS: inline what it needs."""
    from reader.export.html import page  # markdown-it: imported with the first PDF, not at start

    html = page(document)
    html = _MARK.sub(
        lambda m: f'<span style="background-color:{LIGHT.get(m[1], LIGHT["yellow"])}">', html
    )
    html = html.replace("</mark>", "</span>")
    return _BLOCKQUOTE.sub(
        lambda m: f'<blockquote{m[2]} style="margin-left:12px; padding-left:8px">', html
    )


def _application() -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    if QCoreApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication(["reader"])


def install() -> None:
    """Let the export registry's ``pdf`` format render through :func:`render`."""
    pdf.install(render)


def render(document: ExportDocument) -> bytes:
    _application()
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter

    from reader.ui.inert import InertDocument

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "export.pdf"
        writer = QPdfWriter(str(path))
        writer.setTitle(document.label)
        writer.setCreator("Liseuse")
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(18, 18, 18, 18),
                QPageLayout.Unit.Millimeter,
            )
        )
        writer.setResolution(300)
        text = InertDocument()
        font = QFont("Noto Serif")
        font.setPointSizeF(10.5)
        text.setDefaultFont(font)
        text.setHtml(_qt_html(document))
        # no page size of our own: print_() lays the text out for the page at screen
        # resolution and scales it, so points stay points
        text.print_(writer)
        del writer  # finishes the file
        return path.read_bytes()
