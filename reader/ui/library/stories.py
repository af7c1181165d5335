"""Story groups in the library: articles that share enough passages (a story filed
again, syndicated, rewritten) shown as one row, expandable, with the earliest first —
who published first. A "Stories" switch beside the library's filters shows them in the
table's place; the filters still apply (a group shows when one of its articles passes).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QToolButton,
    QTreeView,
    QWidget,
)

from reader.core.passages import StoryGroup
from reader.ui.roles import Role


class StoryModel(QStandardItemModel):
    """One row per group (its earliest article, and how many tell the story), the
    articles under it in the order they were published."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.groups: list[StoryGroup] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [self.tr("Story"), self.tr("Source"), self.tr("Date"), self.tr("Articles")]
        )
        for row in range(self.rowCount()):
            self._label_group(row)

    def set_groups(self, groups: Sequence[StoryGroup], keep: set[str] | None) -> None:
        """Show ``groups``; with ``keep``, only those with an article in it."""
        self.removeRows(0, self.rowCount())
        self.groups = [g for g in groups if keep is None or any(m.id in keep for m in g.members)]
        for group in self.groups:
            first = group.first
            head = [
                QStandardItem(),
                QStandardItem(first.source or ""),
                QStandardItem(first.date or ""),
            ]
            head.append(QStandardItem(str(len(group.members))))
            for item in head:
                item.setEditable(False)
                item.setData(first.id, Role.ARTICLE_ID)
            for member in group.members:
                row = [
                    QStandardItem(member.title),
                    QStandardItem(member.source or ""),
                    QStandardItem(member.date or ""),
                    QStandardItem(""),
                ]
                shared = self.tr("%1 — %2 paragraphs shared with the story")
                shared = shared.replace("%1", member.title).replace("%2", str(member.shared))
                for item in row:
                    item.setEditable(False)
                    item.setData(member.id, Role.ARTICLE_ID)
                    item.setToolTip(shared)
                head[0].appendRow(row)
            self.appendRow(head)
            self._label_group(self.rowCount() - 1)

    def _label_group(self, row: int) -> None:
        item = self.item(row, 0)
        if item is None or row >= len(self.groups):
            return
        group = self.groups[row]
        item.setText(group.first.title)
        item.setToolTip(self.tr("Published first: %1").replace("%1", group.first.title))


class StoryView(QWidget):
    """The story tree and its switch, laid into a library pane without changing it: the
    switch joins the filters, the tree takes the table's place while it is on."""

    article_selected = Signal(str)
    toggled = Signal(bool)

    def __init__(
        self,
        table: QTreeView | QAbstractItemView,
        filters: QWidget,
        visible_ids: Callable[[], list[str]],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.table = table
        self.visible_ids = visible_ids
        self.switch = QToolButton()
        self.switch.setObjectName("storiesSwitch")
        self.switch.setCheckable(True)
        self.switch.setAutoRaise(True)
        self.switch.toggled.connect(self._on_toggled)
        layout = filters.layout()
        if layout is not None:
            layout.addWidget(self.switch)
        self.model = StoryModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("storyTree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        for column, width in ((1, 100), (2, 86), (3, 56)):
            self.tree.header().resizeSection(column, width)
        self.tree.selectionModel().currentRowChanged.connect(self._on_current)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pane_layout = parent.layout()
        at = pane_layout.indexOf(table) if pane_layout is not None else -1
        if pane_layout is not None and at >= 0:
            pane_layout.insertWidget(at + 1, self.tree, 1)  # type: ignore[attr-defined]
            pane_layout.insertWidget(at + 2, self.empty, 1)  # type: ignore[attr-defined]
        self.tree.hide()
        self.empty.hide()
        self.hide()  # the widget itself only carries the signals and the translations
        self.groups: list[StoryGroup] = []
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.switch.setText(self.tr("Stories"))
        self.switch.setToolTip(
            self.tr("Group the articles that share passages into stories, earliest first")
        )
        self.empty.setText(self.tr("No story yet: no two articles here share enough passages."))
        self.model.retranslate()

    @property
    def active(self) -> bool:
        return self.switch.isChecked()

    def set_groups(self, groups: Sequence[StoryGroup]) -> None:
        self.groups = list(groups)
        self.refresh()

    def refresh(self) -> None:
        """Show the groups with an article among those the library's filters keep."""
        if not self.active:
            return
        keep = set(self.visible_ids())
        self.model.set_groups(self.groups, keep)
        self.tree.setVisible(self.model.rowCount() > 0)
        self.empty.setVisible(self.model.rowCount() == 0)

    def _on_toggled(self, on: bool) -> None:
        self.table.setVisible(not on)
        if on:
            self.refresh()
        else:
            self.tree.hide()
            self.empty.hide()
        self.toggled.emit(on)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        article_id = current.data(Role.ARTICLE_ID)
        if article_id:
            self.article_selected.emit(str(article_id))
