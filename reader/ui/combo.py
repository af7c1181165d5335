"""A combo box as wide as the text it shows, for filters whose first choice is a sentence
("Toutes les étiquettes"): Qt sizes a combo to its longest item, or to a number of
characters, and a row short of room squeezes it below that, cutting the choice the
reader made to "Toutes les l". This one asks for its current text's width, never less;
put it where the row can wrap (:class:`reader.ui.flow.FlowLayout`) rather than widen
the window."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QSizePolicy, QStyle, QStyleOptionComboBox, QWidget


class FitComboBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.currentIndexChanged.connect(lambda _index: self.updateGeometry())

    def _fit(self) -> QSize:
        """The size of the current text with the style's frame and arrow around it (as
        Qt computes a combo's size, but for the one text shown)."""
        metrics = self.fontMetrics()
        text = QSize(metrics.horizontalAdvance(self.currentText()), max(metrics.height(), 14) + 2)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, self)

    def sizeHint(self) -> QSize:
        return self._fit().expandedTo(QSize(0, super().sizeHint().height()))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()
