"""The window's search field and what typing in it does: the left side turns from the
library to the results, the open article's marks follow the query without moving the
reader's view, Return opens the first result, Esc leaves the search, Down goes into
the results.

It is given the widgets it drives and the open article, not the window (which builds
it and keeps ``search_field`` as its field)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QLineEdit, QStackedWidget

from reader.core.model import Article
from reader.ui.article.view import ArticleView
from reader.ui.context import UiContext
from reader.ui.library.view import LibraryPane
from reader.ui.search.view import SearchPanel


class SearchField(QObject):
    """``left`` shows ``library`` or ``results``; ``current`` gives the open article."""

    def __init__(
        self,
        ctx: UiContext,
        left: QStackedWidget,
        library: LibraryPane,
        results: SearchPanel,
        view: ArticleView,
        current: Callable[[], Article | None],
    ) -> None:
        super().__init__(left)
        self.ctx, self.left, self.library, self.results = ctx, left, library, results
        self.view, self.current = view, current
        self.field = field = QLineEdit()
        field.setObjectName("searchField")
        field.setClearButtonEnabled(True)
        field.setMinimumWidth(360)
        field.installEventFilter(self)
        field.textChanged.connect(self._on_text_changed)
        field.returnPressed.connect(self._on_return)
        results.searched.connect(self._on_searched)
        results.suggestion_chosen.connect(self.search_for)

    def retranslate(self) -> None:
        # translated where the window said them first (their French is kept there)
        self.field.setPlaceholderText(
            QCoreApplication.translate(
                "MainWindow",
                'Search  (Ctrl+K)   e.g.  Huawei   "stock de puces"   source:register',
            )
        )
        self.field.setAccessibleName(QCoreApplication.translate("MainWindow", "Search the library"))

    def query(self) -> str:
        """The query whose hits the open article shows ("" when not searching)."""
        return self.results.full_query() if self.field.text().strip() else ""

    def search_for(self, query: str) -> None:
        self.field.setText(query)
        self.field.setFocus()

    def focus(self) -> None:
        self.field.setFocus()
        self.field.selectAll()

    def leave(self) -> None:
        """Back to the library list, the search cleared."""
        self.field.clear()
        self.library.table.setFocus()

    def _on_text_changed(self, text: str) -> None:
        # the marks of the query typed before go at once; the new one's come with its results
        self.ctx.tasks.invalidate("marks")
        if self.view.hits():
            self.view.set_hits([])
        searching = bool(text.strip())
        self.left.setCurrentWidget(self.results if searching else self.library)
        self.results.set_query(text)
        current = self.current()
        if not searching and current is not None:
            self.library.select(current.id)

    def _on_searched(self, _count: int) -> None:
        """New results: mark where the query matches in the open article, without moving
        the reader's view (a result opened from the list goes to its first hit)."""
        query, current = self.query(), self.current()
        if current is None or not query:
            return
        library, article_id = self.ctx.library, current.id

        def mark(hits: list[tuple[int, int]]) -> None:
            view = self.view
            shown = view.article.id if view.article is not None else None
            if shown == article_id and sorted(hits) != view.hits():
                view.set_hits(hits, go=False)

        self.ctx.tasks.run(
            lambda _: library.hit_offsets(article_id, query),
            on_success=mark,
            on_failure=lambda _exc: None,  # the search panel already says what went wrong
            key="marks",
        )

    def _on_return(self) -> None:
        self.results.set_query(self.field.text(), immediately=True)
        self.results.searched.connect(
            self._select_first_result, Qt.ConnectionType.SingleShotConnection
        )

    def _select_first_result(self, count: int) -> None:
        if count:
            self.results.select_first()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc in the search field leaves the search; Down moves into the results."""
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Escape:
                self.leave()
                return True
            if key == Qt.Key.Key_Down and self.results.model.rowCount():
                self.results.select_first()
                return True
        return super().eventFilter(watched, event)
