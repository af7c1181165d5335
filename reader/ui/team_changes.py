"""A team library's changes, shown as they happen: when a teammate shares, edits or
deletes a note on the article being read, its highlights and notes are read again
(the reader's place is kept) and the status bar says who did it; the library's note
counts follow. The changes arrive from the store's listening thread and are handled on
the GUI thread.

When the server stops answering, the status bar says so for as long as it lasts: what
is open stays readable, and notes made meanwhile are kept on this desktop; when it
answers again they are sent, and the status bar says how many."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel

from reader.services.changes import Changes

if TYPE_CHECKING:
    from reader.ui.mainwindow import MainWindow


class TeamChanges(QObject):
    arrived = Signal(object)  # a reader.store.interface.Change, from another thread

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.offline = QLabel(window)
        self.offline.setObjectName("teamOffline")
        self.offline.setTextFormat(Qt.TextFormat.PlainText)
        self.offline.setVisible(False)
        window.statusBar().addPermanentWidget(self.offline)
        self.arrived.connect(self._on_arrived)
        if not window.ctx.library.backend.local:
            window.ctx.library.follow(self.arrived.emit)

    def _on_arrived(self, change: Any) -> None:
        if change.what == "server":
            self._on_server(change)
            return
        if change.what != "annotations":
            return
        window = self.window
        # the views read again what they show of it (the note counts, the open article's notes)
        window.ctx.changes.tell(Changes(articles={change.article_id}))
        current = window.current
        if current is None or current.id != change.article_id:
            return
        if not change.mine:
            if change.how == "insert":
                text = self.tr("%1 shared a note on this article")
            elif change.how == "delete":
                text = self.tr("%1 took a shared note off this article")
            else:
                text = self.tr("%1 changed a shared note on this article")
            window.statusBar().showMessage(text.replace("%1", change.who), 15000)

    def _on_server(self, change: Any) -> None:
        if change.how == "lost":
            self.offline.setText(
                self.tr(
                    "The team library does not answer: what is open stays readable, and "
                    "notes you make are kept on this desktop until it answers again"
                )
            )
            self.offline.setVisible(True)
            return
        self.offline.setVisible(False)
        self.window.statusBar().showMessage(
            self.tr(
                "The team library answers again; %n note(s) made meanwhile sent", "", change.sent
            ),
            15000,
        )
        if self.window.current is not None:
            self.window.annotations.reload()
