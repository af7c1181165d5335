"""Glue between the reader, the Entities panel, the entity browser and the library:
background recognition, loading an article's entities, the user's corrections."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt

from reader.core.model import EntityCorrection, EntityMention
from reader.ui.entities.browser import EntityBrowser
from reader.ui.tasks import TaskContext

if TYPE_CHECKING:
    from reader.ui.mainwindow import MainWindow


class EntityController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx

    def load(self, article_id: str) -> None:
        library = self.ctx.library
        self.window.entities_panel.set_mentions([], pending=True)

        def work(_: TaskContext) -> tuple[str, list[EntityMention]]:
            return article_id, library.entities(article_id)

        self.ctx.tasks.run(work, on_success=self._on_loaded, key="entities")

    def _on_loaded(self, result: tuple[str, list[EntityMention]]) -> None:
        article_id, mentions = result
        current = self.window.current
        if current is None or current.id != article_id:
            return
        self.window.article_view.set_entities(mentions)
        self.window.entities_panel.set_mentions(mentions)

    def recognize_all(self) -> None:
        """Recognise the entities of every article that lacks them, in the background."""
        library = self.ctx.library
        status = self.window.statusBar()

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
            self.window.article_view.article_counts = counts

        self.ctx.tasks.run(work, write=True, on_progress=progressed, on_success=finished)

    def correct(self, correction: EntityCorrection) -> None:
        """Record a user's correction, then show the article's corrected entities."""
        library = self.ctx.library

        def work(_: TaskContext) -> None:
            library.correct_entity(correction)

        def done(_: object) -> None:
            if self.window.current is not None:
                self.load(self.window.current.id)
            self.recognize_all()  # refreshes the library-wide counts

        self.ctx.tasks.run(work, write=True, on_success=done)

    def show_browser(self) -> EntityBrowser:
        window = self.window
        browser = EntityBrowser(
            self.ctx, window.entities_panel.type_names(), window.is_dark, parent=window
        )
        browser.article_requested.connect(lambda article_id: window.open_article(article_id))
        browser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        browser.show()
        return browser
