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

from PySide6.QtWidgets import QStatusBar

from reader.ui.label import ElidedLabel

NAME = "passesProgress"


class PassesLabel(ElidedLabel):
    """One line for every pass running, in the order they started; hidden when none."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName(NAME)
        self.lines: dict[str, str] = {}
        self.hide()

    def report(self, key: str, text: str) -> None:
        self.lines[key] = text
        self._show()

    def done(self, key: str) -> None:
        self.lines.pop(key, None)
        self._show()

    def _show(self) -> None:
        self.setText(" · ".join(self.lines.values()))
        self.setVisible(bool(self.lines))


def passes_label(status: QStatusBar) -> PassesLabel:
    """The status bar's passes label, made and added the first time a pass asks for it."""
    label = status.findChild(PassesLabel, NAME)
    if label is None:
        label = PassesLabel()
        status.addPermanentWidget(label)
    return label
