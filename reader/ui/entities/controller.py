"""Glue between the reader, the Entities panel, the entity browser and the library:
background recognition, loading an article's entities, the user's corrections.

The controller is given the reader, the panel, the status bar and the open article, not
the window: the window builds it, and a controller that knew the window would close an
import circle with it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QStatusBar, QWidget

from reader.core.model import Article, EntityCorrection, EntityMention
from reader.ui.article.view import ArticleView
from reader.ui.context import UiContext
from reader.ui.entities.browser import EntityBrowser
from reader.ui.entities.panel import EntitiesPanel
from reader.ui.tasks import TaskContext


class EntityController(QObject):
    """``current`` gives the open article, ``is_dark`` the theme the browser opens in,
    ``open_article`` shows an article chosen in the browser; ``parent`` owns the browser."""

    def __init__(
        self,
        ctx: UiContext,
        view: ArticleView,
        panel: EntitiesPanel,
        status: QStatusBar,
        parent: QWidget,
        *,
        current: Callable[[], Article | None],
        is_dark: Callable[[], bool],
        open_article: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = view
        self.panel = panel
        self.status = status
        self.parent_widget = parent
        self.current = current
        self.is_dark = is_dark
        self.open_article = open_article

    def load(self, article_id: str) -> None:
        library = self.ctx.library
        self.panel.set_mentions([], pending=True)

        def work(_: TaskContext) -> tuple[str, list[EntityMention]]:
            return article_id, library.entities(article_id)

        self.ctx.tasks.run(work, on_success=self._on_loaded, key="entities")

    def _on_loaded(self, result: tuple[str, list[EntityMention]]) -> None:
        article_id, mentions = result
        current = self.current()
        if current is None or current.id != article_id:
            return
        self.view.set_entities(mentions)
        self.panel.set_mentions(mentions)

    def recognize_all(self) -> None:
        """Recognise the entities of every article that lacks them, in the background."""
        library = self.ctx.library
        status = self.status

        def work(task: TaskContext) -> dict[tuple[str, str], int]:
            library.recognize_pending(
                progress=lambda done, total, _: task.progress(done, total, ""),
                should_stop=lambda: task.cancelled,
            )
            return {(e.canonical, e.label): e.articles for e in library.entity_summaries()}

        def progressed(done: int, total: int, _: str) -> None:
            status.showMessage(
                QCoreApplication.translate("MainWindow", "Recognising entities: %1 of %2 articles")
                .replace("%1", str(done))
                .replace("%2", str(total))
            )

        def finished(counts: dict[tuple[str, str], int]) -> None:
            status.clearMessage()
            self.view.article_counts = counts

        self.ctx.tasks.run(work, write=True, on_progress=progressed, on_success=finished)

    def correct(self, correction: EntityCorrection) -> None:
        """Record a user's correction, then show the article's corrected entities."""
        library = self.ctx.library

        def work(_: TaskContext) -> None:
            library.correct_entity(correction)

        def done(_: object) -> None:
            current = self.current()
            if current is not None:
                self.load(current.id)
            self.recognize_all()  # refreshes the library-wide counts

        self.ctx.tasks.run(work, write=True, on_success=done)

    def show_browser(self) -> EntityBrowser:
        open_article = self.open_article
        browser = EntityBrowser(
            self.ctx, self.panel.type_names(), self.is_dark(), parent=self.parent_widget
        )
        browser.article_requested.connect(lambda article_id: open_article(article_id))
        browser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        browser.show()
        return browser
