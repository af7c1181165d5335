"""The one object handed to every widget: the library, the task runner, the error
display, the layout settings and the broadcast of the library's changes. No globals, no
singletons."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.services import Library
from reader.ui.changes import ChangeBroadcast
from reader.ui.errors import ErrorReporter
from reader.ui.settings import UiSettings
from reader.ui.tasks import TaskRunner


@dataclass
class UiContext:
    library: Library
    tasks: TaskRunner
    errors: ErrorReporter
    settings: UiSettings
    _changes: ChangeBroadcast | None = field(default=None, init=False, repr=False)

    @property
    def changes(self) -> ChangeBroadcast:
        """What each write changed, on the GUI thread (made with the first view that
        listens, on the GUI thread)."""
        if self._changes is None:
            self._changes = ChangeBroadcast(self.library)
        return self._changes
