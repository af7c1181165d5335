"""The window's side of backups: offer the latest backup when the library file is damaged
(at start, or when the daily check finds it), and make the daily automatic copy in the
background.

A damaged library found while the window is open cannot be swapped under it: the user
chooses *Restore and Restart*, the window closes and :func:`reader.ui.app.run` restores
the copy and opens a new window on it. The window is not known here (its module would
close an import circle with this one): what to do with the chosen copy is a callback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from reader import APP_NAME
from reader.services.safety import Backup, LibraryDamaged
from reader.ui.context import UiContext
from reader.ui.tasks import TaskContext

log = logging.getLogger(__name__)


def ask_restore(parent: QWidget | None, exc: LibraryDamaged, *, restart: bool = False) -> bool:
    """Say that the library is damaged and offer its latest backup; True: restore it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(APP_NAME)
    box.setText(QCoreApplication.translate("Safety", "The library file is damaged."))
    details = QCoreApplication.translate(
        "Safety", "%1\n\nThe damaged file is kept as it is."
    ).replace("%1", exc.detail)
    latest = exc.latest
    if latest is None:
        box.setInformativeText(
            details
            + "\n\n"
            + QCoreApplication.translate("Safety", "There is no backup of it to restore.")
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.exec()
        return False
    when = latest.created.astimezone().strftime("%Y-%m-%d %H:%M")
    offer = QCoreApplication.translate(
        "Safety", "The latest backup is from %1 (%2). Restoring it keeps the damaged file aside."
    )
    offer = offer.replace("%1", when).replace("%2", latest.path.name)
    box.setInformativeText(details + "\n\n" + offer)
    label = (
        QCoreApplication.translate("Safety", "Restore and Restart")
        if restart
        else QCoreApplication.translate("Safety", "Restore the Backup")
    )
    restore = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(
        QCoreApplication.translate("Safety", "Keep Reading")
        if restart
        else QCoreApplication.translate("Safety", "Quit"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def start_auto_backup(
    ctx: UiContext, parent: QWidget | None, restore: Callable[[Backup], None]
) -> None:
    """Check the library and keep the day's copy, off the GUI thread; a damaged file is
    reported over ``parent`` with the offer to restore, and the copy the user accepts is
    given to ``restore`` (the window keeps it and closes)."""
    library = ctx.library

    def work(_: TaskContext) -> Backup | None:
        return library.auto_backup()

    def done(made: Backup | None) -> None:
        if made is not None:
            log.info("backed up the library to %s", made.path)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, LibraryDamaged):
            if ask_restore(parent, exc, restart=True) and exc.latest is not None:
                restore(exc.latest)
        else:
            ctx.errors.report(exc)

    ctx.tasks.run(work, on_success=done, on_failure=failed)
