"""The annotation browser: every annotation of the library, filtered by text, tag,
colour or article; double-click opens the passage."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.model import Annotation, ArticleSummary
from reader.ui.annotations.colors import COLORS, highlight_color
from reader.ui.context import UiContext
from reader.ui.entities.panel import swatch
from reader.ui.inert import plain
from reader.ui.tasks import TaskContext

ANNOTATION_ROLE = Qt.ItemDataRole.UserRole + 40


class AnnotationBrowser(QDialog):
    annotation_opened = Signal(object)  # an Annotation

    def __init__(
        self, ctx: UiContext, meanings: dict[str, str], dark: bool, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.ctx, self.meanings, self.dark = ctx, meanings, dark
        self.rows: list[tuple[Annotation, str]] = []
        self.setObjectName("annotationBrowser")
        self.setWindowTitle(self.tr("All Annotations"))
        self.resize(1000, 560)
        self.text = QLineEdit(
            placeholderText=self.tr("Filter by words of the passage, note or title")
        )
        self.text.setClearButtonEnabled(True)
        self.text.setAccessibleName(self.tr("Filter annotations"))
        self.tag = QComboBox()
        self.tag.setAccessibleName(self.tr("Filter by tag"))
        self.article = QComboBox()
        self.article.setAccessibleName(self.tr("Filter by article"))
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Filter by date"))
        for label, days in (
            (self.tr("Any time"), None),
            (self.tr("Today"), 1),
            (self.tr("Last 7 days"), 7),
            (self.tr("Last 30 days"), 30),
        ):
            self.period.addItem(label, days)
        self.color = QComboBox()
        self.color.setAccessibleName(self.tr("Filter by colour"))
        self.color.addItem(self.tr("All colours"), None)
        for name in COLORS:
            self.color.addItem(swatch(highlight_color(name, dark)), meanings.get(name, name), name)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("annotationTable")
        self.table.setAccessibleName(self.tr("Annotations of the library"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Article"),
                self.tr("Passage"),
                self.tr("Note"),
                self.tr("Tags"),
                self.tr("Modified"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 220)
        header.resizeSection(2, 220)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        filters = QHBoxLayout()
        filters.addWidget(self.text, 2)
        filters.addWidget(self.article, 2)
        filters.addWidget(self.tag, 1)
        filters.addWidget(self.color, 1)
        filters.addWidget(self.period, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.text.textChanged.connect(self._fill)
        self.tag.currentIndexChanged.connect(self._fill)
        self.color.currentIndexChanged.connect(self._fill)
        self.article.currentIndexChanged.connect(self._fill)
        self.period.currentIndexChanged.connect(self._fill)
        self.table.itemActivated.connect(self._on_item_activated)
        self.reload()

    def reload(self) -> None:
        library = self.ctx.library

        def work(_: TaskContext) -> tuple[list[Annotation], list[ArticleSummary], list[str]]:
            annotations = library.annotations()
            ids = sorted({a.article_id for a in annotations})
            return (
                annotations,
                library.summaries(ids) if ids else [],
                [t.name for t in library.tags()],
            )

        self.ctx.tasks.run(work, on_success=self._loaded, key="annotation-browser")

    def _loaded(self, result: tuple[list[Annotation], list[ArticleSummary], list[str]]) -> None:
        annotations, articles, tags = result
        titles = {a.id: a.title for a in articles}
        self.rows = [(a, titles.get(a.article_id, a.article_id)) for a in annotations]
        self.rows.sort(key=lambda row: row[0].modified, reverse=True)
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("All tags"), None)
        for name in tags:
            self.tag.addItem(name, name)
        self.tag.blockSignals(False)
        self.article.blockSignals(True)
        self.article.clear()
        self.article.addItem(self.tr("All articles"), None)
        for article in sorted(articles, key=lambda a: a.title.casefold()):
            self.article.addItem(article.title, article.id)
        self.article.blockSignals(False)
        self._fill()

    def _fill(self, *_: object) -> None:
        words = self.text.text().casefold().split()
        tag = self.tag.currentData()
        color = self.color.currentData()
        article = self.article.currentData()
        days = self.period.currentData()
        since = (
            (dt.datetime.now(dt.UTC) - dt.timedelta(days=days)).isoformat(timespec="seconds")
            if days
            else ""
        )
        shown = []
        for annotation, title in self.rows:
            haystack = f"{annotation.exact} {annotation.note} {title}".casefold()
            if words and not all(w in haystack for w in words):
                continue
            if color and annotation.color != color:
                continue
            if article and annotation.article_id != article:
                continue
            if since and annotation.modified < since:
                continue
            if tag and not any(
                t.casefold() == tag.casefold() or t.casefold().startswith(tag.casefold() + "/")
                for t in annotation.tags
            ):
                continue
            shown.append((annotation, title))
        self.table.setRowCount(len(shown))
        for row, (annotation, title) in enumerate(shown):
            cells = [
                title,
                annotation.exact.replace("\n", " "),
                annotation.note.replace("\n", " "),
                " ".join(f"#{t}" for t in annotation.tags),
                annotation.modified[:10],
            ]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(ANNOTATION_ROLE, annotation)
                item.setToolTip(plain(value))
                if column == 1:
                    item.setIcon(swatch(highlight_color(annotation.color, self.dark)))
                self.table.setItem(row, column, item)

    def _on_item_activated(self, item: QTableWidgetItem) -> None:
        self.annotation_opened.emit(item.data(ANNOTATION_ROLE))
