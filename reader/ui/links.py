"""Deep links written into exports — ``reader://article/ID`` and
``reader://article/ID#anno=UUID`` — opened by the window (``reader gui LINK``)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from reader.ui.mainwindow import MainWindow


def parse_link(link: str) -> tuple[str, str] | None:
    """``(article id, annotation id or "")``, or None when it is not a Liseuse link."""
    parsed = urlsplit(link)
    article_id = parsed.path.strip("/")
    if parsed.scheme != "reader" or parsed.netloc != "article" or not article_id:
        return None
    return article_id, parse_qs(parsed.fragment).get("anno", [""])[0]


def open_link(window: MainWindow, link: str) -> None:
    target = parse_link(link)
    if target is None:
        window.statusBar().showMessage(
            QCoreApplication.translate("Links", "Not a Liseuse link: %1").replace("%1", link)
        )
        return
    article_id, anno = target
    if not anno:
        window.open_article(article_id)
        return
    library = window.ctx.library
    window.ctx.tasks.run(
        lambda _: next((a for a in library.annotations(article_id) if a.id == anno), None),
        on_success=lambda a: window.open_annotation(a) if a else window.open_article(article_id),
        on_failure=lambda exc: window.statusBar().showMessage(str(exc)),
    )
