"""The small bar that appears over a text selection: a button per highlight colour, a
note and tags (the mouse's way to what H, 1–9, N and T do on the keyboard)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QTextEdit, QToolButton, QWidget

from reader.ui.annotations.colors import COLORS, default_meanings, highlight_color

GAP = 6  # pixels between the bar and the lines it keeps clear, and the view's edges


class SelectionPopup(QFrame):
    chosen = Signal(str, str)  # "highlight", "note" or "tags"; colour number ("" = default)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("selectionPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        self.color_buttons: list[QToolButton] = []
        for number, name in enumerate(COLORS, start=1):
            button = QToolButton()
            button.setFixedSize(18, 18)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setStyleSheet(
                f"QToolButton {{ background: {highlight_color(name, False).name()}; "
                "border: 1px solid rgba(0,0,0,40); border-radius: 9px; }"
            )
            button.clicked.connect(lambda _=False, n=str(number): self.chosen.emit("highlight", n))
            layout.addWidget(button)
            self.color_buttons.append(button)
        self.mode_buttons: dict[str, QToolButton] = {}
        for mode in ("note", "tags"):
            button = QToolButton()
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, m=mode: self.chosen.emit(m, ""))
            layout.addWidget(button)
            self.mode_buttons[mode] = button
        self._name_modes()
        self.set_meanings(default_meanings())
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._name_modes()  # the dots' meanings come again from the window
        super().changeEvent(event)

    def _name_modes(self) -> None:
        """The words of the note and tags buttons, in the UI's language."""
        for mode, label, tip in (
            ("note", self.tr("Note"), self.tr("Highlight with a note (N)")),
            ("tags", self.tr("Tags"), self.tr("Highlight with tags (T)")),
        ):
            self.mode_buttons[mode].setText(label)
            self.mode_buttons[mode].setToolTip(tip)

    def set_meanings(self, meanings: dict[str, str]) -> None:
        """Each dot says what its colour means (the user's names, else the defaults) and
        its key: a number alone told the reader nothing."""
        defaults = default_meanings()
        for number, (name, button) in enumerate(zip(COLORS, self.color_buttons, strict=True), 1):
            meaning = meanings.get(name) or defaults[name]
            button.setToolTip(
                self.tr("Highlight: %1 (%2)").replace("%1", meaning).replace("%2", str(number))
            )
            button.setAccessibleName(self.tr("Highlight: %1").replace("%1", meaning))

    def show_for(self, browser: QTextEdit) -> None:
        """Beside the browser's selection, hiding none of what is being read: below its
        last line when the view has room there, else above the line over its first line
        (a full line clear of the selection), and always inside the view."""
        cursor = browser.textCursor()
        first, last = QTextCursor(cursor), QTextCursor(cursor)
        first.setPosition(cursor.selectionStart())
        last.setPosition(cursor.selectionEnd())
        top = browser.cursorRect(first)
        above = QTextCursor(first)
        if above.movePosition(QTextCursor.MoveOperation.Up):
            top = top.united(browser.cursorRect(above))
        else:  # the first line of the text: keep a line's height clear all the same
            top = top.adjusted(0, -top.height(), 0, 0)
        self.show_near(top.united(browser.cursorRect(last)), browser.cursorRect(first).left())

    def show_near(self, band: QRect, left: int) -> None:
        """Outside ``band`` (the lines kept clear), from ``left``, within the parent."""
        self.adjustSize()
        parent = self.parentWidget()
        width = parent.width() if parent else 800
        height = parent.height() if parent else 600
        x = max(GAP, min(left, width - self.width() - GAP))
        y = band.bottom() + GAP
        if y + self.height() > height - GAP:
            y = band.top() - GAP - self.height()
        if y < GAP:  # a selection taller than the view: over its middle, still inside
            y = max(GAP, min(band.bottom() + GAP, height - self.height() - GAP))
        self.move(x, y)
        self.show()
        self.raise_()
