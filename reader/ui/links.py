"""Deep links written into exports — ``reader://article/ID`` and
``reader://article/ID#anno=UUID`` — opened by the window (``reader gui LINK``), and the
files handed to it by the desktop (``reader gui FILE…``: the ``.desktop`` file declares
the import formats and the ``reader`` scheme, and passes either as ``%U``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, unquote, urlsplit

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


def split_targets(targets: Sequence[str]) -> tuple[str, list[str]]:
    """``(the link to open, the files to import)`` among command-line arguments: a
    ``file://`` URL or a plain path is a file, anything else with a scheme is a link (the
    last one wins; one that is not Liseuse's is reported by :func:`open_link`)."""
    link = ""
    files: list[str] = []
    for target in targets:
        parsed = urlsplit(target)
        if parsed.scheme == "file":
            files.append(unquote(parsed.path))
        elif parsed.scheme and "://" in target:
            link = target
        else:
            files.append(target)
    return link, files


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
