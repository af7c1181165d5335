"""The one object handed to every widget: the library, the task runner, the error
display and the layout settings. No globals, no singletons."""

from __future__ import annotations

from dataclasses import dataclass

from reader.services import Library
from reader.ui.errors import ErrorReporter
from reader.ui.settings import UiSettings
from reader.ui.tasks import TaskRunner


@dataclass
class UiContext:
    library: Library
    tasks: TaskRunner
    errors: ErrorReporter
    settings: UiSettings
