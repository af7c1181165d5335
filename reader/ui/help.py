"""Help → Keyboard Shortcuts and About."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reader import APP_ID, APP_NAME, __version__
from reader.ui import keymap


class ShortcutsDialog(QDialog):
    """The keys' page, scrolling within the screen: in a message box it was 1,102 pixels
    tall, and on a 900-pixel screen the article's keys and the OK button were below the
    screen's edge."""

    def __init__(self, parent: QWidget, page: str) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(QCoreApplication.translate("Help", "Keyboard Shortcuts"))
        self._page = page
        view = QTextBrowser()
        view.setObjectName("shortcutsText")
        view.setFrameShape(QFrame.Shape.NoFrame)
        view.setHtml(page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)
        # the page's own size, within nine tenths of the screen's
        document = view.document()
        document.setTextWidth(document.idealWidth())
        bar = view.verticalScrollBar().sizeHint().width()
        screen = (parent.screen() or QApplication.primaryScreen()).availableGeometry()
        margins = layout.contentsMargins()
        width = int(document.idealWidth()) + bar + margins.left() + margins.right() + 8
        height = (
            int(document.size().height())
            + buttons.sizeHint().height()
            + layout.spacing()
            + margins.top()
            + margins.bottom()
            + 8
        )
        self.resize(min(width, screen.width() * 9 // 10), min(height, screen.height() * 9 // 10))

    def text(self) -> str:
        """The page, as rich text."""
        return self._page


def shortcuts_dialog(parent: QWidget) -> ShortcutsDialog:
    """Every key, by menu, then the keys of the article: made from the same table as the
    menus (:mod:`reader.ui.keymap`), and written as the menus write them, in one table
    (each section's descriptions started at a place of their own)."""
    rows = []
    for title, commands in keymap.help_sections():
        rows.append(
            f"<tr><td colspan='2' style='padding-top:8px'><h4>{html.escape(title)}</h4></td></tr>"
        )
        rows += [
            f"<tr><td style='padding:3px 16px 3px 0'><b>{html.escape(keymap.shown(c))}</b></td>"
            f"<td>{html.escape(keymap.describe(c))}</td></tr>"
            for c in commands
        ]
    return ShortcutsDialog(parent, f"<table>{''.join(rows)}</table>")


def about_dialog(parent: QWidget, library_root: Path) -> QMessageBox:
    """The version (``reader.__version__``, as ``reader --version`` prints it), the app id
    and where the library is, beside the app icon; opened window-modal."""
    blurb = QCoreApplication.translate("Help", "A reader for news corpora: search, read, annotate.")
    where = QCoreApplication.translate("Help", "Library:")
    text = (
        f"<h3>{APP_NAME} {__version__}</h3>"
        f"<p>{html.escape(blurb)}</p>"
        f"<p style='color:gray'>{APP_ID}<br>{html.escape(where)} "
        f"{html.escape(str(library_root))}</p>"
    )
    box = QMessageBox(
        QMessageBox.Icon.NoIcon,
        QCoreApplication.translate("Help", "About %1").replace("%1", APP_NAME),
        text,
        parent=parent,
    )
    box.setObjectName("aboutDialog")
    box.setIconPixmap(QApplication.windowIcon().pixmap(64, 64))
    box.open()
    return box
