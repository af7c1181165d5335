"""The reader's place in an article, as a passage rather than a scroll value: the text at
the top of the view. A zoom changes every line's height, and a window of another size
wraps the lines anew; the same scroll value then shows another passage. Kept as the
canonical offset of that text, the place survives both, and a restart: the window keeps
it when it closes and the next start opens the article there."""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QTextCursor

if TYPE_CHECKING:
    from reader.core.model import Article
    from reader.ui.article.browser import ReaderBrowser
    from reader.ui.article.render import Rendered
    from reader.ui.settings import UiSettings


class ArticleView(Protocol):
    """What the place needs of the article view (``reader.ui.article.view``, which
    imports this module: named by its parts, the two stay apart)."""

    article: Article | None
    rendered: Rendered | None
    browser: ReaderBrowser

    def top_offset(self) -> int: ...

    def cursor_for(self, start: int, end: int) -> QTextCursor | None: ...


KEY = "last_place"  # "ARTICLE_ID OFFSET": the place in the article read last


QUOTE = 40  # characters of the text at the place, kept to find it again


def keep(settings: UiSettings, view: ArticleView) -> None:
    """Remember where ``view`` is in its article, for the next start: its offset and the
    text there (a re-import that adds a paragraph above moves the offset, not the text)."""
    if view.article is not None:
        offset = view.top_offset()
        quote = view.article.text[offset : offset + QUOTE].split("\n")[0]
        settings.set(KEY, f"{view.article.id} {offset} {quote}")


def kept(settings: UiSettings, article: Article) -> int:
    """The offset remembered for ``article`` (0, its top, when it was not the article
    read last): where its text now holds the passage kept, the occurrence nearest the
    offset kept; the top when the passage is gone."""
    saved, _, rest = str(settings.get(KEY, "") or "").partition(" ")
    offset, _, quote = rest.partition(" ")
    if saved != article.id or not offset.isdigit():
        return 0
    at, text = int(offset), article.text
    if not quote or text.startswith(quote, at):
        return at if at <= len(text) else 0
    found, start = [], text.find(quote)
    while start != -1:
        found.append(start)
        start = text.find(quote, start + 1)
    return min(found, key=lambda n: abs(n - at)) if found else 0


class Places:
    """Where the reader left each article read since the window opened: back to one from
    another (a search result glanced at, a link followed), the reader finds it at the
    passage they left, as a book at its bookmark, not at its top. The newest ``size``
    are kept; the place of the article read last outlives the window (:func:`keep`)."""

    def __init__(self, size: int = 200) -> None:
        self.size = size
        self._left: OrderedDict[str, int] = OrderedDict()

    def leave(self, view: ArticleView) -> None:
        """Remember the place of the article ``view`` shows, before it shows another."""
        if view.article is not None:
            self._left[view.article.id] = view.top_offset()
            self._left.move_to_end(view.article.id)
            while len(self._left) > self.size:
                self._left.popitem(last=False)

    def left_at(self, article: Article) -> int:
        """The offset ``article`` was left at (0, its top, when it was not read yet)."""
        at = self._left.get(article.id, 0)
        return at if at <= len(article.text) else 0


def top_line(view: ArticleView) -> tuple[int, int] | None:
    """The canonical offset of the text at the top of ``view`` and its line's top in the
    view (None at the very top, or with no article: the view stays at the top)."""
    found = view.browser.top_line()
    if view.rendered is None or found is None:
        return None
    position, y = found
    offset = view.rendered.mapping.to_canonical(position)
    return None if offset is None else (offset, y)


def put_at_top(view: ArticleView, offset: int, y: int = 0) -> None:
    """Scroll ``view`` so that the line holding canonical ``offset`` has its top at ``y``
    in the view (or as near as the article's end allows)."""
    if view.article is None or not 0 <= offset <= len(view.article.text):
        return
    cursor = view.cursor_for(offset, offset)
    if cursor is not None:
        view.browser.put_at_top(cursor.position(), y)


class ReturnTo(QObject):
    """Open ``view`` at ``offset`` (the place read when the window last closed): now, and
    again when the view is first laid out at its size on screen — a window put together
    before it is shown has not its size yet, and its lines wrap otherwise."""

    def __init__(self, view: ArticleView, offset: int) -> None:
        super().__init__(view.browser)
        self.view, self.offset = view, offset
        self.article = view.article
        self.go()
        if view.browser.viewport().isVisible():
            self.deleteLater()
        else:
            view.browser.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        laid_out = event.type() in (QEvent.Type.Show, QEvent.Type.Resize)
        if laid_out and self.view.browser.viewport().isVisible():
            watched.removeEventFilter(self)
            if self.view.article is self.article:  # not another article opened since
                self.go()
            self.deleteLater()
        return False

    def go(self) -> None:
        """The place at the top of the view, and the caret there: the keys go on from
        it, and a view shown for the first time scrolls to its caret."""
        view = self.view
        put_at_top(view, self.offset)
        caret = view.cursor_for(self.offset, self.offset)
        if caret is not None and not view.browser.textCursor().hasSelection():
            bar = view.browser.verticalScrollBar()
            scroll = bar.value()
            view.browser.setTextCursor(caret)
            bar.setValue(scroll)
