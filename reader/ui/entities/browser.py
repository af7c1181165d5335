"""The entity browser: every entity of the library by type, with article counts; for one
entity, the articles that mention it and the entities found most often beside it.

Entities are listed by their name in the interface's language (``name``): the canonical
names the library keeps that one name stands for ("Égypte" and "Egypte" for *Egypt*)
are one row, whose articles are those of each."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.core.model import ArticleSummary, EntitySummary
from reader.ui import defs
from reader.ui.context import UiContext
from reader.ui.entities.panel import sort_key, swatch
from reader.ui.tasks import TaskContext
from reader.ui.theme import ENTITY_TYPES, entity_color

NAME_ROLE = Qt.ItemDataRole.UserRole + 20
Namer = Callable[[str, str], str]  # (canonical name, type) → the name shown


def grouped(
    rows: list[EntitySummary], name: Namer
) -> list[tuple[str, tuple[str, ...], str, int, int]]:
    """(name shown, canonical names, type, articles, mentions) per entity as shown; the
    articles of names that become one are those of the name found in most (a lower
    bound: the list of articles, once one is chosen, is exact)."""
    found: dict[tuple[str, str], tuple[list[str], int, int]] = {}
    for row in rows:
        key = (name(row.canonical, row.label), row.label)
        names, articles, mentions = found.get(key, ([], 0, 0))
        found[key] = ([*names, row.canonical], max(articles, row.articles), mentions + row.mentions)
    return [
        (shown, tuple(names), label, articles, mentions)
        for (shown, label), (names, articles, mentions) in found.items()
    ]


class EntityBrowser(QDialog):
    article_requested = Signal(str)
    search_requested = Signal(str)

    def __init__(
        self,
        ctx: UiContext,
        type_names: dict[str, str],
        dark: bool,
        parent: QWidget | None = None,
        name: Namer = lambda canonical, _label: canonical,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.name = name
        self.type_names = type_names
        self.dark = dark
        self.setObjectName("entityBrowser")
        self.setWindowTitle(self.tr("Entity Browser"))
        self.resize(980, 620)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Entity type"))
        self.kind.addItem(self.tr("All types"), None)
        for label in ENTITY_TYPES:
            self.kind.addItem(
                swatch(entity_color(label, dark)), type_names.get(label, label), label
            )
        self.filter = QLineEdit(placeholderText=self.tr("Filter names"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter entity names"))
        self._build_table()
        self.title = QLabel()
        self.title.setObjectName("entityTitle")
        self.articles = QListWidget()
        self.articles.setAccessibleName(self.tr("Articles that mention the entity"))
        self.articles.setWordWrap(True)
        self.articles.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.related = QListWidget()
        self.related.setAccessibleName(self.tr("Entities found in the same articles"))

        left = QWidget()
        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addWidget(self.filter, 1)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(defs.MARGIN, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(QLabel(self.tr("Articles (double-click to open)")))
        right_layout.addWidget(self.articles, 2)
        right_layout.addWidget(QLabel(self.tr("Found most often with it")))
        right_layout.addWidget(self.related, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([560, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.kind.currentIndexChanged.connect(self.reload)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.articles.itemActivated.connect(
            lambda item: self.article_requested.emit(item.data(NAME_ROLE))
        )
        self.related.itemActivated.connect(self._on_related_activated)
        self.reload()

    def _build_table(self) -> None:
        """The library's entities: one row each (name, type, articles, mentions), sorted
        by any column, filtered by name as typed."""
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Type"), self.tr("Articles"), self.tr("Mentions")]
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView()
        self.table.setObjectName("entityTable")
        self.table.setAccessibleName(self.tr("Entities of the library"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def reload(self) -> None:
        library = self.ctx.library
        label = self.kind.currentData()
        name = self.name

        def work(_: TaskContext) -> list[tuple[str, tuple[str, ...], str, int, int]]:
            return grouped(library.entity_summaries(label), name)

        self.ctx.tasks.run(work, on_success=self._fill, key="entity-browser")

    def _fill(self, rows: list[tuple[str, tuple[str, ...], str, int, int]]) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for shown, canonicals, label, count, times in rows:
            name = QStandardItem(shown)
            name.setData(sort_key(shown), Qt.ItemDataRole.UserRole)
            name.setData((canonicals, label), NAME_ROLE)
            kind = QStandardItem(self.type_names.get(label, label))
            kind.setIcon(swatch(entity_color(label, self.dark)))
            kind.setData(label, Qt.ItemDataRole.UserRole)
            articles = QStandardItem(str(count))
            articles.setData(count, Qt.ItemDataRole.UserRole)
            mentions = QStandardItem(str(times))
            mentions.setData(times, Qt.ItemDataRole.UserRole)
            for item in (name, kind, articles, mentions):
                item.setEditable(False)
            self.model.appendRow([name, kind, articles, mentions])
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)

    def select(self, canonical: str) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data() == canonical:
                self.table.selectRow(row)
                return True
        return False

    def _on_table_selection_changed(self, *_: object) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        canonicals, label = rows[0].data(NAME_ROLE)
        library = self.ctx.library
        kind = self.type_names.get(label, label)
        shown = rows[0].data()
        self.title.setText(f"<b>{html.escape(shown)}</b> — {html.escape(kind)}")
        name = self.name

        def work(_: TaskContext) -> tuple[list[ArticleSummary], list[tuple[str, str, int]]]:
            articles: dict[str, ArticleSummary] = {}
            related: dict[tuple[str, str], int] = {}
            for canonical in canonicals:
                for article in library.entity_articles(canonical):
                    articles.setdefault(article.id, article)
                for other, other_label, count in library.entity_cooccurrences(canonical, label):
                    key = (name(other, other_label), other_label)
                    if key != (shown, label):
                        related[key] = max(related.get(key, 0), count)
            ranked = sorted(related.items(), key=lambda kv: (-kv[1], kv[0]))
            return list(articles.values()), [(n, lb, c) for (n, lb), c in ranked]

        self.ctx.tasks.run(work, on_success=self._show_entity, key="entity-detail")

    def _show_entity(self, result: tuple[list[ArticleSummary], list[tuple[str, str, int]]]) -> None:
        articles, related = result
        self.articles.clear()
        for article in articles:
            item = QListWidgetItem(
                article.title + (f"  — {article.source}" if article.source else "")
            )
            item.setData(NAME_ROLE, article.id)
            self.articles.addItem(item)
        self.related.clear()
        for name, label, count in related:
            item = QListWidgetItem(swatch(entity_color(label, self.dark)), f"{name}  ({count})")
            item.setData(NAME_ROLE, name)
            self.related.addItem(item)

    def _on_related_activated(self, item: QListWidgetItem) -> None:
        name = item.data(NAME_ROLE)
        if not self.select(name):
            self.filter.clear()
            self.kind.setCurrentIndex(0)
        self.select(name)
