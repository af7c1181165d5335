"""Glue for "Also in…": finding shared passages in the background (once the library is
open, and after every import), the reader's margin marks and their list, copying a
paragraph's highlights onto another copy, and the library's story groups.

Built by :func:`reader.ui.app.build_window` beside the window and given the parts it
uses (the reader, the importer, the library pane, the window's signals), not the window's
class: a controller that imported the window would close an import circle with it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QPoint, SignalInstance
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QStatusBar, QWidget

from reader.core.model import Annotation, Article
from reader.core.passages import PassageCopy, SharedPassage, StoryGroup
from reader.services.passages import SharedPassages
from reader.ui.article.also_in import AlsoInList, AlsoInMarks
from reader.ui.article.view import ArticleView
from reader.ui.context import UiContext
from reader.ui.importer import Importer
from reader.ui.library.stories import StoryView
from reader.ui.library.view import LibraryPane
from reader.ui.passes import passes_label
from reader.ui.tasks import TaskContext


class Window(Protocol):
    """What of the main window the controller uses."""

    ctx: UiContext
    article_view: ArticleView
    importer: Importer
    library_pane: LibraryPane
    current: Article | None
    article_shown: SignalInstance

    def statusBar(self) -> QStatusBar: ...
    def open_article(self, article_id: str, query: str | None = None) -> None: ...


class AlsoInController(QObject):
    def __init__(self, window: Window, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = window.ctx
        self.view = window.article_view
        self.status = window.statusBar()
        self.current: Callable[[], Article | None] = lambda: window.current
        self.open_article = window.open_article
        self.parent_widget = parent
        self.passages = SharedPassages(window.ctx.library)
        self.marks = AlsoInMarks(self.view)
        self.marks.opened.connect(self.show_list)
        self.list: AlsoInList | None = None
        self._reveal: tuple[str, int, int] | None = None  # a copy to show once open
        self._found_once = False
        self._finding = False  # a run is under way
        self._again = False  # and another was asked for meanwhile
        pane = window.library_pane
        filters = pane.findChild(QWidget, "libraryFilters")
        self.stories = StoryView(pane.table, filters or pane, pane.model.ids, pane)
        self.stories.article_selected.connect(self.open_article)
        self.stories.toggled.connect(lambda on: self.load_groups() if on else None)
        pane.loaded.connect(lambda _: self.stories.refresh())
        window.article_shown.connect(self._on_article_shown)
        window.importer.finished.connect(lambda _: self.find())

    # -- finding ----------------------------------------------------------------------------

    def find(self) -> None:
        """Read the articles not read yet for shared passages. It runs beside the queue of
        writes, not in it: it writes only its own tables, in short transactions under the
        library's writer lock, and waiting behind the recognition of entities (seconds per
        article) would keep the marks of a fresh import away for minutes. One run at a
        time; a call during a run starts another once it ends."""
        if self._finding:
            self._again = True
            return
        self._finding, self._again = True, False
        passages = self.passages
        status = self.status

        def work(task: TaskContext) -> int:
            return passages.find_shared_passages(
                progress=lambda done, total, _: task.progress(done, total, ""),
                should_stop=lambda: task.cancelled,
            )

        def progressed(done: int, total: int, _: str) -> None:
            if total >= 20:  # a handful of articles is read before anyone could read this
                passes_label(status).report(
                    "passages",
                    QCoreApplication.translate(
                        "AlsoIn", "Finding shared passages: %1 of %2 articles"
                    )
                    .replace("%1", str(done))
                    .replace("%2", str(total)),
                )

        def finished(read: int) -> None:
            article = self.current()
            if read and article is not None:
                self.load(article.id)
            if read and self.stories.active:
                self.load_groups()

        def ended() -> None:
            passes_label(status).done("passages")
            self._finding = False
            if self._again:
                self.find()

        self.ctx.tasks.run(
            work,
            slow=True,
            on_progress=progressed,
            on_success=finished,
            on_failure=self.ctx.errors.report,
            on_finished=ended,
        )

    # -- the reader -------------------------------------------------------------------------

    def _on_article_shown(self, article_id: str) -> None:
        if not self._found_once:  # the first article is shown once the library is up
            self._found_once = True
            self.find()
        self.load(article_id)

    def load(self, article_id: str) -> None:
        self.marks.clear()
        passages = self.passages

        def work(_: TaskContext) -> tuple[str, list[SharedPassage]]:
            return article_id, passages.also_in(article_id)

        self.ctx.tasks.run(work, on_success=self._on_loaded, key="also-in")

    def _on_loaded(self, result: tuple[str, list[SharedPassage]]) -> None:
        article_id, found = result
        article = self.current()
        if article is None or article.id != article_id:
            return
        self.marks.set_passages(found)
        if self._reveal is not None and self._reveal[0] == article_id:
            self.view.reveal_range(self._reveal[1], self._reveal[2])
        self._reveal = None

    def show_list(self, passage: SharedPassage, where: QPoint) -> AlsoInList:
        highlights = self._highlights(passage)
        popup = AlsoInList(passage, self.view.colors, len(highlights), self.parent_widget)
        popup.open_requested.connect(self._open_copy)
        popup.copy_requested.connect(self.copy_highlights)
        popup.adjustSize()
        screen = QGuiApplication.screenAt(where) or QGuiApplication.primaryScreen()
        if screen is not None:  # beside the mark, but whole on the screen
            room = screen.availableGeometry()
            x = max(room.left(), min(where.x(), room.right() - popup.width()))
            y = max(room.top(), min(where.y(), room.bottom() - popup.height()))
            where = QPoint(x, y)
        popup.move(where)
        popup.show()
        self.list = popup
        return popup

    def _highlights(self, passage: SharedPassage) -> list[Annotation]:
        return [
            a for a in self.view.annotations() if passage.start <= a.start and a.end <= passage.end
        ]

    def _open_copy(self, article_id: str, start: int, end: int) -> None:
        self._reveal = (article_id, start, end)
        self.open_article(article_id)

    def copy_highlights(self, passage: SharedPassage, copy: PassageCopy) -> None:
        """Put this paragraph's highlights (colour, note, tags) on ``copy``."""
        highlights = self._highlights(passage)
        passages = self.passages
        status = self.status

        def work(_: TaskContext) -> tuple[int, int]:
            copied = failed = 0
            for annotation in highlights:
                try:
                    passages.copy_annotation(annotation, passage, copy)
                    copied += 1
                except Exception:  # said below; the others go on
                    failed += 1
            return copied, failed

        def done(result: tuple[int, int]) -> None:
            copied, failed = result
            if copied == 1:
                text = QCoreApplication.translate("AlsoIn", "Copied the highlight to “%1”").replace(
                    "%1", copy.title
                )
            else:
                text = QCoreApplication.translate("AlsoIn", "Copied %1 highlights to “%2”").replace(
                    "%1", str(copied)
                )
                text = text.replace("%2", copy.title)
            if failed:
                text += " " + QCoreApplication.translate(
                    "AlsoIn", "(%1 left out: their words are not in that copy)"
                ).replace("%1", str(failed))
            status.showMessage(text, 8000)

        self.ctx.tasks.run(work, write=True, on_success=done, on_failure=self.ctx.errors.report)

    # -- the library ------------------------------------------------------------------------

    def load_groups(self) -> None:
        passages = self.passages

        def work(_: TaskContext) -> list[StoryGroup]:
            return passages.story_groups()

        self.ctx.tasks.run(work, on_success=self.stories.set_groups, key="story-groups")
