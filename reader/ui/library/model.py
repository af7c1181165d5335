"""The library table model: holds only article ids; rows are fetched a page at a time
as they are shown, and cached (Anki's browser table is the model). Sorting and
filtering re-query the ids in the background, so 50,000 articles stay fluid."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from reader.core.model import ArticleSummary
from reader.ui import defs
from reader.ui.roles import Role

COLUMNS = ("title", "source", "lang", "date", "annotations")
Index = QModelIndex | QPersistentModelIndex


class LibraryModel(QAbstractTableModel):
    sort_requested = Signal(str, bool)  # sort key, descending

    def __init__(
        self, fetch: Callable[[Sequence[str]], list[ArticleSummary]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._ids: list[str] = []
        self._rows: OrderedDict[str, ArticleSummary] = OrderedDict()
        self._headers: tuple[str, ...] = ()
        self.retranslate()

    def retranslate(self) -> None:
        """The column titles in the UI's language (again after a language change)."""
        self._headers = (
            self.tr("Title"),
            self.tr("Source"),
            self.tr("Lang."),
            self.tr("Date"),
            self.tr("Notes"),
        )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    # -- contents -------------------------------------------------------------------------

    def set_ids(self, ids: Sequence[str]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self.endResetModel()

    def ids(self) -> list[str]:
        return list(self._ids)

    def row_of(self, article_id: str) -> int:
        try:
            return self._ids.index(article_id)
        except ValueError:
            return -1

    def forget(self, ids: Sequence[str] | None = None) -> None:
        """Drop cached rows (all, or ``ids``) so they are fetched again."""
        if ids is None:
            self._rows.clear()
        else:
            for article_id in ids:
                self._rows.pop(article_id, None)
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1)
            )

    def summary(self, row: int) -> ArticleSummary | None:
        if not 0 <= row < len(self._ids):
            return None
        article_id = self._ids[row]
        found = self._rows.get(article_id)
        if found is None:
            start = row - row % defs.ROW_PAGE
            page = [i for i in self._ids[start : start + defs.ROW_PAGE] if i not in self._rows]
            for item in self._fetch(page):
                self._rows[item.id] = item
            while len(self._rows) > defs.ROW_CACHE:
                self._rows.popitem(last=False)
            found = self._rows.get(article_id)
        else:
            self._rows.move_to_end(article_id)
        return found

    # -- Qt model API -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(COLUMNS):
            return None
        if role == Role.ARTICLE_ID:
            return self._ids[index.row()] if index.row() < len(self._ids) else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.summary(index.row())
        if row is None:
            return None
        column = COLUMNS[index.column()]
        if column == "title":
            return row.title
        if column == "source":
            return row.source or ""
        if column == "lang":
            return row.lang or ""
        if column == "annotations":
            return str(row.annotations) if row.annotations else ""
        return row.date or ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.sort_requested.emit(COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
