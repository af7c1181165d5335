"""Search results as a list model (a result list is short: it holds the hits)."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from reader.core.model import SearchHit
from reader.ui.roles import Role

Index = QModelIndex | QPersistentModelIndex


class ResultsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: tuple[SearchHit, ...] | list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def fill(self, hits: Mapping[str, SearchHit]) -> None:
        """Put ``hits`` (by id: the same articles, now with their snippets) in their rows."""
        for row, hit in enumerate(self._hits):
            found = hits.get(hit.id)
            if found is not None:
                self._hits[row] = found
                self.dataChanged.emit(self.index(row), self.index(row))

    def hit(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        hit = self.hit(index.row()) if index.isValid() else None
        if hit is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            plain = html.unescape(hit.snippet.replace("<mark>", "").replace("</mark>", ""))
            return f"{hit.title}. {hit.source or ''}. {plain}"
        if role == Role.ARTICLE_ID:
            return hit.id
        if role == Role.SOURCE:
            return hit.source
        if role == Role.SNIPPET_HTML:
            return hit.snippet
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
