"""The tag manager: every tag with its passage and article counts; rename (renaming onto
an existing tag merges the two) and delete, all undoable. Its list follows the library's
changes: a tag added, renamed or deleted anywhere (a passage's tags, an undo, another
window) is counted again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.model import TagSummary
from reader.services.changes import Changes
from reader.ui.annotations.commands import ChangeTags
from reader.ui.context import UiContext
from reader.ui.inert import plain
from reader.ui.tasks import TaskContext


class TagManager(QDialog):
    def __init__(self, ctx: UiContext, undo_stack: QUndoStack, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.undo_stack = ctx, undo_stack
        self.setObjectName("tagManager")
        self.setWindowTitle(self.tr("Tags"))
        self.resize(520, 440)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Tags with their counts"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Tag"), self.tr("Passages"), self.tr("Articles")]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rename_button = QPushButton(self.tr("&Rename or Merge…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        close.rejected.connect(self.reject)
        self.rename_button.clicked.connect(self.rename_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.itemDoubleClicked.connect(lambda _: self.rename_selected())
        ctx.changes.changed.connect(self._on_changes)
        self.reload()

    def _on_changes(self, changes: Changes) -> None:
        if changes.tags or changes.annotations or changes.everything:
            self.reload()

    def reload(self) -> None:
        library = self.ctx.library

        def work(_: TaskContext) -> list[TagSummary]:
            return library.tags()

        self.ctx.tasks.run(work, on_success=self._fill, key="tag-manager")

    def _fill(self, tags: list[TagSummary]) -> None:
        self.table.setRowCount(len(tags))
        for row, tag in enumerate(tags):
            for column, value in enumerate((tag.name, str(tag.passages), str(tag.articles))):
                self.table.setItem(row, column, QTableWidgetItem(value))
        has = bool(tags)
        self.rename_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        if has and not self.table.selectedItems():
            self.table.selectRow(0)

    def selected(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), 0) if rows else None
        return item.text() if item is not None else None

    def rename(self, old: str, new: str) -> None:
        library = self.ctx.library

        # its name outlives this dialog (Edit → Undo): translated without it
        def name() -> str:
            text = QCoreApplication.translate("TagManager", "Rename tag %1 to %2")
            return text.replace("%1", old).replace("%2", new)

        self.undo_stack.push(ChangeTags(self.ctx, name, lambda: library.rename_tag(old, new)))

    def delete(self, name: str) -> None:
        library = self.ctx.library
        self.undo_stack.push(
            ChangeTags(
                self.ctx,
                lambda: QCoreApplication.translate("TagManager", "Delete tag %1").replace(
                    "%1", name
                ),
                lambda: library.delete_tag(name),
            )
        )

    def rename_selected(self) -> None:
        old = self.selected()
        if old is None:
            return
        new, ok = QInputDialog.getText(
            self,
            self.tr("Rename Tag"),
            self.tr("New name for %1 (an existing tag's name merges the two):").replace("%1", old),
            text=old,
        )
        if ok and new.strip() and new.strip() != old:
            self.rename(old, new.strip())

    def delete_selected(self) -> None:
        name = self.selected()
        if name is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete Tag"),
            plain(
                self.tr(
                    "Remove the tag %1 from every passage and article? You can undo this."
                ).replace("%1", name)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete(name)
