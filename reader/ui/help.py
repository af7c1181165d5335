"""Help → Keyboard Shortcuts and About."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from reader import APP_ID, APP_NAME, __version__
from reader.ui import keymap


def shortcuts_dialog(parent: QWidget) -> QMessageBox:
    """Every key, by menu, then the keys of the article: made from the same table as the
    menus (:mod:`reader.ui.keymap`), and written as the menus write them."""
    parts = []
    for title, commands in keymap.help_sections():
        rows = "".join(
            f"<tr><td style='padding:3px 16px 3px 0'><b>{html.escape(keymap.shown(c))}</b></td>"
            f"<td>{html.escape(keymap.describe(c))}</td></tr>"
            for c in commands
        )
        parts.append(f"<h4>{html.escape(title)}</h4><table>{rows}</table>")
    box = QMessageBox(
        QMessageBox.Icon.NoIcon,
        QCoreApplication.translate("Help", "Keyboard Shortcuts"),
        "".join(parts),
        parent=parent,
    )
    box.setObjectName("shortcutsDialog")
    return box


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
