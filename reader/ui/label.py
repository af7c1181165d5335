"""A one-line label that elides what does not fit instead of asking for more room.

A plain QLabel asks for the width of its whole text. In a bar laid out beside other
widgets, a long status (a server's error message, a route through two language pairs)
then raises the bar's minimum width, and the main window grows past the screen to honour
it — squeezing every other pane, with no splitter able to give the room back. This label
asks only for a little width, draws the text cut with "…" to the room it is given, and
shows the whole text as its tooltip. ``text()`` is still the whole text.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

MIN_CHARS = 12  # what the label asks for at the least, in average characters


class ElidedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def _line(self) -> str:
        return " ".join(self.text().split())

    def minimumSizeHint(self) -> QSize:
        return QSize(self._room(MIN_CHARS), super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        # the same whatever the text: a new message never moves the widgets around it
        return QSize(self._room(MIN_CHARS * 2), super().sizeHint().height())

    def _room(self, chars: int) -> int:
        margins = self.contentsMargins()
        return self.fontMetrics().averageCharWidth() * chars + margins.left() + margins.right()

    def paintEvent(self, event: QPaintEvent) -> None:
        line = self._line()
        if not line:
            # nothing to draw; and the style's Python type, which ``style()`` would make
            # (with eleven enums), is not needed by a window's first frame for an empty
            # status
            return
        painter = QPainter(self)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight, rect.width())
        self.style().drawItemText(
            painter,
            rect,
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            shown,
            self.foregroundRole(),
        )
