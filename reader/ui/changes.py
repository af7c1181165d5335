"""What the library's writes changed, brought to the GUI thread once for every view.

Each write says what it touched in a :class:`~reader.services.changes.Changes`, on the
library's writer thread (:meth:`Library.on_change`): the window's own edits, an import,
entities recognised in the background, and what another process wrote, found in the
store's change journal. :class:`ChangeBroadcast` re-emits each value as a Qt signal, so
that it arrives on the GUI thread; every view (the library list, the annotations, the
tag lists, the search results, the pictures) connects to it and decides for itself
what to read again. Nobody hand-wires a refresh after a write: a view that shows
something a write touched learns it from the write.

What another process writes (``reader import`` beside the window) is in the store's
change journal: the broadcast has the library catch up with it every second, on a
thread of its own (:meth:`~reader.services.journal.OtherWriters.watch`); the changes
found come back through the same signal.

A view reads again in the background and keeps the reader's place (its selection, its
scroll): a change is never a reason for the view to move."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Signal

from reader.services import Library
from reader.services.changes import Changes


class ChangeBroadcast(QObject):
    """``changed`` carries each :class:`Changes` of ``library``, on the GUI thread (the
    signal is queued: it is emitted on the writer's thread)."""

    changed = Signal(object)  # a Changes

    def __init__(self, library: Library) -> None:
        super().__init__()
        library.on_change(self._arrived)
        library.others.watch()  # what another process writes, every second

    def _arrived(self, changes: Changes) -> None:
        if shiboken6.isValid(self):  # the window may be gone while the library lives on
            self.changed.emit(changes)

    def tell(self, changes: Changes) -> None:
        """Say a change that did not come from this library's writer (a teammate's note
        on a team library, heard from the server)."""
        self.changed.emit(changes)
