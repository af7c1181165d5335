"""Start the window: build the application, the library and the main window once."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication, QListWidget, QSplitter, QTextBrowser

from reader import APP_NAME
from reader.services import Library


def run(data_dir: str | None, argv: Sequence[str] = ()) -> int:
    app = QApplication.instance() or QApplication(list(argv) or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    library = Library.open(data_dir)
    library.seed_if_empty()
    splitter = QSplitter()
    articles = QListWidget()
    text = QTextBrowser()
    summaries = library.articles()
    for summary in summaries:
        articles.addItem(summary.title)
    articles.currentRowChanged.connect(
        lambda row: text.setPlainText(library.article(summaries[row].id).text)
    )
    splitter.addWidget(articles)
    splitter.addWidget(text)
    splitter.resize(1200, 800)
    splitter.setWindowTitle(APP_NAME)
    splitter.show()
    articles.setCurrentRow(0)
    return int(app.exec())
