"""The layout of the Entities panel's legend: its type toggles in two columns, or in one
when the panel is too narrow for two.

In a grid of two columns the legend could not be narrower than its two widest toggles
side by side; in French with counts of two digits ("Organisations 20", "Pourcentages
13") that is wider than the dock is by default, and the right column was cut off at the
panel's edge. Here it asks for two columns (the width the grid asked for, so the dock
opens as wide as before) but needs only one: narrower, the toggles go one under the
other, each readable.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QLayoutItem, QWidget

from reader.ui.flow import ItemsLayout

COLUMNS = 2


class LegendLayout(ItemsLayout):
    """Items in rows of COLUMNS, each column as wide as its widest item; in one column
    (as wide as the widest item) when the rows would not fit."""

    def __init__(
        self, parent: QWidget | None = None, spacing: int = 4, row_spacing: int = 2
    ) -> None:
        super().__init__(parent, spacing)
        self._row_spacing = row_spacing

    def heightForWidth(self, width: int) -> int:
        return self._height(self._columns(width))

    def sizeHint(self) -> QSize:
        return QSize(self._width(COLUMNS), self._height(COLUMNS))

    def minimumSize(self) -> QSize:
        return QSize(self._width(1), self._height(1))

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        columns = self._columns(rect.width())
        widths = self._column_widths(columns)
        height = self._row_height()
        for n, item in enumerate(self._shown()):
            row, column = divmod(n, columns)
            x = rect.x() + sum(widths[:column]) + self.spacing() * column
            y = rect.y() + row * (height + self._row_spacing)
            item.setGeometry(QRect(QPoint(x, y), QSize(widths[column], height)))

    # -- sizes --------------------------------------------------------------------------

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _column_widths(self, columns: int) -> list[int]:
        widths = [0] * columns
        for n, item in enumerate(self._shown()):
            widths[n % columns] = max(widths[n % columns], item.sizeHint().width())
        return widths

    def _width(self, columns: int) -> int:
        widths = self._column_widths(columns)
        return sum(widths) + self.spacing() * (len(widths) - 1)

    def _columns(self, width: int) -> int:
        return COLUMNS if self._width(COLUMNS) <= width else 1

    def _row_height(self) -> int:
        return max((item.sizeHint().height() for item in self._shown()), default=0)

    def _height(self, columns: int) -> int:
        rows = -(-len(self._shown()) // columns)
        return max(0, rows * (self._row_height() + self._row_spacing) - self._row_spacing)
