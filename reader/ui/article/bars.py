"""The bars around the article: find in the article (Ctrl+F) below it, the search hits
above it. Their texts are given in :meth:`retranslate`, again whenever the interface
language changes while they are shown."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from reader.ui import defs


def _button(text: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setAutoRaise(True)
    return button


def _name(button: QToolButton, tip: str, name: str) -> None:
    button.setToolTip(tip)
    button.setAccessibleName(name)


class _StepBar(QWidget):
    """A row of ``leading`` widgets (the first stretching) then previous, next and close
    buttons; the texts come from :meth:`retranslate`."""

    closed = Signal()

    def __init__(self, leading: list[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.previous = _button("↑")
        self.next = _button("↓")
        self.close_button = _button("✕")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(defs.MARGIN, 4, defs.MARGIN, 4)
        for n, widget in enumerate(leading):
            layout.addWidget(widget, 1 if n == 0 else 0)
        layout.addWidget(self.previous)
        layout.addWidget(self.next)
        layout.addWidget(self.close_button)
        self.close_button.clicked.connect(self.closed)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError


class FindBar(_StepBar):
    """Ctrl+F: find in the article, with a match count and next/previous."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.field = QLineEdit()
        self.field.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setMinimumWidth(90)
        super().__init__([self.field, self.count], parent)

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Find in article"))
        self.field.setAccessibleName(self.tr("Find in article"))
        _name(self.previous, self.tr("Previous match (Shift+Enter)"), self.tr("Previous match"))
        _name(self.next, self.tr("Next match (Enter)"), self.tr("Next match"))
        _name(self.close_button, self.tr("Close (Esc)"), self.tr("Close the find bar"))

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_Escape:
            self.closed.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            (
                self.previous
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                else self.next
            ).click()
            return
        super().keyPressEvent(event)


class HitBar(_StepBar):
    """After opening a search result: which hit, and next/previous."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.label = QLabel()
        super().__init__([self.label], parent)

    def retranslate(self) -> None:
        _name(self.previous, self.tr("Previous hit (Shift+F3)"), self.tr("Previous hit"))
        _name(self.next, self.tr("Next hit (F3)"), self.tr("Next hit"))
        _name(self.close_button, self.tr("Clear the hits"), self.tr("Clear the hits"))
