"""The note editor of an annotation: a roomy, word-wrapping text field with a preview of
the Markdown as the Annotations panel and the exports show it.

The note used to be typed into a stock multi-line input dialog that was a few lines tall
and scrolled sideways; a note is often a paragraph or two, so it gets a real editor.
The preview renders through :func:`reader.ui.annotations.panel.render_note`, the same
renderer as the panel and the HTML and PDF exports (raw HTML shown as text, images as
links), into an inert document: what is previewed is what is shown afterwards, and
nothing named in a note is ever fetched.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextOption
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.ui import defs, keymap
from reader.ui.inert import InertDocument

PREVIEW_KEY = "Ctrl+P"  # only while the note editor is open: the window's keys are not


class NoteDialog(QDialog):
    """Write or change one note. Ctrl+Enter saves; Esc cancels, and asks first when
    the text was changed, so that a key pressed by habit never throws a note away."""

    def __init__(self, parent: QWidget | None, quote: str, note: str) -> None:
        super().__init__(parent)
        self.setObjectName("noteDialog")
        self.setWindowTitle(self.tr("Note"))
        self.original = note
        shown = quote if len(quote) <= 160 else quote[:160] + "…"
        self.quote = QLabel(f"“{shown}”")
        self.quote.setTextFormat(Qt.TextFormat.PlainText)  # article text is never markup
        self.quote.setWordWrap(True)
        self.quote.setEnabled(False)
        label = QLabel(self.tr("Note (Markdown):"))
        self.editor = QPlainTextEdit(note)
        self.editor.setObjectName("noteText")
        self.editor.setAccessibleName(self.tr("Note (Markdown)"))
        self.editor.setPlaceholderText(
            self.tr("Write a note (Markdown: **bold**, *italic*, - lists); Ctrl+Enter saves")
        )
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.editor.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        label.setBuddy(self.editor)
        self.preview = QTextBrowser()
        self.preview.setObjectName("notePreview")
        self.preview.setAccessibleName(self.tr("Preview of the note"))
        self.preview.setDocument(InertDocument(self.preview))
        self.preview.setOpenLinks(False)  # a link in a note is read, not followed from here
        self.stack = QStackedWidget()
        self.stack.addWidget(self.editor)
        self.stack.addWidget(self.preview)
        self.edit_button = self._toggle(self.tr("Edit"), self.tr("Edit the note"))
        self.preview_button = self._toggle(
            self.tr("Preview"),
            self.tr("See the note as it will be shown (%1)").replace("%1", PREVIEW_KEY),
        )
        self.edit_button.setChecked(True)
        modes = QButtonGroup(self)
        modes.addButton(self.edit_button)
        modes.addButton(self.preview_button)
        self.preview_button.toggled.connect(self.show_preview)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        toggles = QHBoxLayout()
        toggles.setSpacing(defs.SPACING)
        toggles.addWidget(label, 1)
        toggles.addWidget(self.edit_button)
        toggles.addWidget(self.preview_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(defs.SPACING)
        layout.addWidget(self.quote)
        layout.addLayout(toggles)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.buttons)
        for widget in (self.editor, self.preview):
            widget.installEventFilter(self)
        self.setMinimumSize(420, 300)
        self.resize(600, 420)
        self.editor.setFocus()
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)

    def _toggle(self, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setCheckable(True)
        button.setAutoRaise(True)
        return button

    def text(self) -> str:
        return self.editor.toPlainText().strip()

    def show_preview(self, on: bool) -> None:
        if on:
            from reader.ui.annotations.panel import render_note

            self.preview.setHtml(render_note(self.text()) if self.text() else "")
        self.preview_button.setChecked(on)
        self.edit_button.setChecked(not on)
        self.stack.setCurrentWidget(self.preview if on else self.editor)
        (self.preview if on else self.editor).setFocus()

    def toggle_preview(self) -> None:
        self.show_preview(self.stack.currentWidget() is self.editor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Enter saves from the text itself, where Enter alone starts a line; Ctrl+P
        shows the preview or the text again (keys seen here work whichever window the
        system thinks is active)."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            enter = event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() in (
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
            )
            if enter or pressed == keymap.sequence("save_note"):
                self.accept()
                return True
            if pressed == QKeySequence(PREVIEW_KEY):
                self.toggle_preview()
                return True
        return super().eventFilter(watched, event)

    def reject(self) -> None:
        """Cancel; a changed note is only dropped once the user says so."""
        if self.editor.toPlainText().strip() != self.original.strip():
            answer = QMessageBox.question(
                self,
                self.tr("Discard the Note?"),
                self.tr("The note was changed. Discard what you typed?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()


def ask_note(parent: QWidget, quote: str, note: str) -> str | None:
    """The note as written (stripped), or None if the user cancelled."""
    dialog = NoteDialog(parent, quote, note)
    saved = dialog.exec() == QDialog.DialogCode.Accepted
    text = dialog.text()
    dialog.deleteLater()
    return text if saved else None
