"""Help → Keyboard Shortcuts and About."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from reader import APP_ID, APP_NAME, __version__

SHORTCUTS = [
    ("Ctrl+K", QT_TRANSLATE_NOOP("Help", "Search the library")),
    ("Esc", QT_TRANSLATE_NOOP("Help", "Leave the search, or close the find bar")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("Help", "Find in the article")),
    ("Enter / Shift+Enter", QT_TRANSLATE_NOOP("Help", "Next / previous match")),
    ("F3 / Shift+F3", QT_TRANSLATE_NOOP("Help", "Next / previous search hit")),
    ("Ctrl+L", QT_TRANSLATE_NOOP("Help", "Go to the library")),
    ("Ctrl+= / Ctrl+- / Ctrl+0", QT_TRANSLATE_NOOP("Help", "Zoom in / out / reset")),
    ("Ctrl+O", QT_TRANSLATE_NOOP("Help", "Import files")),
    ("Ctrl+Shift+O", QT_TRANSLATE_NOOP("Help", "Import a folder")),
    ("Ctrl+Shift+D", QT_TRANSLATE_NOOP("Help", "Show or hide the details panel")),
    ("Ctrl+Shift+E", QT_TRANSLATE_NOOP("Help", "Show or hide the entities panel")),
    ("Ctrl+E", QT_TRANSLATE_NOOP("Help", "Show or hide all entities in the text")),
    ("Ctrl+Shift+B", QT_TRANSLATE_NOOP("Help", "Open the entity browser")),
    ("H / 1–9", QT_TRANSLATE_NOOP("Help", "Highlight the selection (in colour 1–9)")),
    ("N / T", QT_TRANSLATE_NOOP("Help", "Note / tags for the selection or highlight")),
    ("Del", QT_TRANSLATE_NOOP("Help", "Remove the highlight under the cursor")),
    ("[ / ]", QT_TRANSLATE_NOOP("Help", "Previous / next highlight")),
    ("Ctrl+Z / Ctrl+Shift+Z", QT_TRANSLATE_NOOP("Help", "Undo / redo")),
    ("Ctrl+Shift+A", QT_TRANSLATE_NOOP("Help", "Show or hide the annotations panel")),
    ("Ctrl+C", QT_TRANSLATE_NOOP("Help", "Copy the selected text")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("Help", "Quit")),
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def shortcuts_dialog(parent: QWidget) -> QMessageBox:
    rows = "".join(
        f"<tr><td style='padding:3px 16px 3px 0'><b>{html.escape(keys)}</b></td>"
        f"<td>{html.escape(_tr(str(what)))}</td></tr>"
        for keys, what in SHORTCUTS
    )
    box = QMessageBox(
        QMessageBox.Icon.NoIcon, _tr("Keyboard Shortcuts"), f"<table>{rows}</table>", parent=parent
    )
    box.setObjectName("shortcutsDialog")
    return box


def about_dialog(parent: QWidget, library_root: Path) -> QMessageBox:
    """The version (``reader.__version__``, as ``reader --version`` prints it), the app id
    and where the library is, beside the app icon; opened window-modal."""
    blurb = _tr("A reader for news corpora: search, read, annotate.")
    where = _tr("Library:")
    text = (
        f"<h3>{APP_NAME} {__version__}</h3>"
        f"<p>{html.escape(blurb)}</p>"
        f"<p style='color:gray'>{APP_ID}<br>{html.escape(where)} "
        f"{html.escape(str(library_root))}</p>"
    )
    box = QMessageBox(
        QMessageBox.Icon.NoIcon, _tr("About %1").replace("%1", APP_NAME), text, parent=parent
    )
    box.setObjectName("aboutDialog")
    box.setIconPixmap(QApplication.windowIcon().pixmap(64, 64))
    box.open()
    return box
