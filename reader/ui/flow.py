"""A layout that wraps its widgets onto new lines (Qt's flow layout example), for the
facet chips under the search results and the groups of the translation bar. A widget
whose horizontal size policy expands takes the room left at the end of its line (the
translation status does), so a bar that no longer fits wraps instead of widening the
window."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class ItemsLayout(QLayout):
    """What a layout that places its own items keeps: the items in order, no margins,
    no stretching, a height that follows its width (this flow, the Entities legend)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True


class FlowLayout(ItemsLayout):
    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, move: bool) -> int:
        lines: list[list[QLayoutItem]] = [[]]
        x = rect.x()
        for item in self._items:
            if item.isEmpty():  # a hidden widget takes no room
                continue
            width = item.sizeHint().width()
            if x + width > rect.right() and lines[-1]:
                lines.append([])
                x = rect.x()
            lines[-1].append(item)
            x += width + self.spacing()
        y = rect.y()
        for items in lines:
            height = max((item.sizeHint().height() for item in items), default=0)
            if move:
                self._place(items, rect, y, height)
            y += height + self.spacing()
        return max(0, y - self.spacing() - rect.y())

    def _place(self, items: list[QLayoutItem], rect: QRect, y: int, height: int) -> None:
        """One line: each item at its size hint, the expanding ones sharing what is left."""
        used = sum(item.sizeHint().width() for item in items) + self.spacing() * (len(items) - 1)
        growing = [i for i in items if i.expandingDirections() & Qt.Orientation.Horizontal]
        spare = max(0, rect.width() - used)
        x = rect.x()
        for item in items:
            hint = item.sizeHint()
            width = hint.width()
            if item in growing:
                width = min(item.maximumSize().width(), width + spare // len(growing))
            width = max(width, item.minimumSize().width())
            item.setGeometry(QRect(QPoint(x, y), QSize(width, max(hint.height(), height))))
            x += width + self.spacing()
