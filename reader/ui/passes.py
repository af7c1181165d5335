"""The progress of the window's background passes, at the right of the status bar.

Two passes run on their own after an import or a start: the recognition of entities and
the search for passages shared between articles. Their progress ("Recognising entities:
3 of 40 articles") used to be the status bar's message, and a pass that ended cleared
that message — whatever it was by then. An export finished a second before the
recognition ended had its "12 annotations exported to …" wiped before anyone read it.
Here each pass has its line in one permanent label beside the import's progress: a
reader's action reports in the message, the passes report here, and neither hides the
other.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QSizePolicy, QStatusBar

from reader.ui.label import ElidedLabel

NAME = "passesProgress"


class PassesLabel(ElidedLabel):
    """One line for every pass running, in the order they started; hidden when none.
    As wide as its text, at the bar's right, and cut with "…" when the window is too
    narrow: the reader's message keeps the rest of the bar."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName(NAME)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.lines: dict[str, str] = {}
        self.hide()

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self.text() + "  ")
        return QSize(width + margins.left() + margins.right(), super().sizeHint().height())

    def report(self, key: str, text: str) -> None:
        self.lines[key] = text
        self._show()

    def done(self, key: str) -> None:
        self.lines.pop(key, None)
        self._show()

    def _show(self) -> None:
        self.setText(" · ".join(self.lines.values()))
        self.setVisible(bool(self.lines))
        self.updateGeometry()  # as wide as the new text


def passes_label(status: QStatusBar) -> PassesLabel:
    """The status bar's passes label, made and added the first time a pass asks for it."""
    label = status.findChild(PassesLabel, NAME)
    if label is None:
        label = PassesLabel()
        status.addPermanentWidget(label)
    return label
