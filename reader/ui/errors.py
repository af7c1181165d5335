"""One place that shows failures: a plain message for problems the user can act on
(:class:`ReaderError`), a crash dialog with copyable details for bugs."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from reader import APP_NAME, __version__
from reader.core.errors import ReaderError
from reader.ui.hints import said
from reader.ui.inert import plain

log = logging.getLogger(__name__)


class ErrorReporter:
    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent
        self.shown: list[str] = []  # what was shown, for tests and the log

    def report(self, exc: BaseException, details: str = "") -> None:
        if isinstance(exc, ReaderError):
            self.shown.append(said(exc))
            log.warning("%s", exc)
            box = QMessageBox(
                QMessageBox.Icon.Warning, APP_NAME, plain(said(exc)), parent=self.parent
            )
            box.setObjectName("errorMessage")
            box.open()
            return
        details = details or "".join(traceback.format_exception(exc))
        log.error("unexpected error\n%s", details)
        self.shown.append(f"{type(exc).__name__}: {exc}")
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            APP_NAME,
            QCoreApplication.translate("ErrorReporter", "Something went wrong inside the app."),
            parent=self.parent,
        )
        box.setObjectName("crashDialog")
        advice = QCoreApplication.translate(
            "ErrorReporter",
            "Your library is safe. Please report this with the details below "
            "(Show Details…, or Copy details).",
        )
        box.setInformativeText(plain(f"{type(exc).__name__}: {exc}\n\n{advice}"))
        box.setDetailedText(f"{APP_NAME} {__version__}\n{details}")
        copy = box.addButton(
            QCoreApplication.translate("ErrorReporter", "Copy details"),
            QMessageBox.ButtonRole.ActionRole,
        )
        copy.clicked.disconnect()
        copy.clicked.connect(lambda: QApplication.clipboard().setText(box.detailedText()))
        box.addButton(QMessageBox.StandardButton.Close)
        box.open()

    def install_excepthook(self) -> None:
        """Bugs raised in GUI callbacks end in the crash dialog, not a silent log line."""

        def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
            if issubclass(kind, KeyboardInterrupt):
                sys.__excepthook__(kind, exc, tb)
                return
            self.report(exc, "".join(traceback.format_exception(kind, exc, tb)))

        sys.excepthook = hook
