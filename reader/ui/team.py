"""File → Open Team Library…: the address of a team's PostgreSQL library and, when
``~/.pgpass``, ``PGPASSWORD`` and the keyring have none, its password. The library is
tried in the background (the window never waits on the network); once it answers, it
opens in a window of its own, and this one stays on its library."""

from __future__ import annotations

import logging
import subprocess
from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QWidget,
)

from reader.core.errors import ReaderError
from reader.services import team
from reader.ui.context import UiContext
from reader.ui.hints import said
from reader.ui.tasks import TaskContext

log = logging.getLogger(__name__)
LAST_ADDRESS = "team/address"


class TeamLibraryDialog(QDialog):
    """Asks for a team library and tries it before a window opens on it."""

    def __init__(
        self, ctx: UiContext, status: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._status = status
        self.setWindowTitle(self.tr("Open Team Library"))
        self.setMinimumWidth(520)
        self.address = QLineEdit(str(ctx.settings.get(LAST_ADDRESS, "") or ""))
        self.address.setPlaceholderText("postgresql://you@server/liseuse")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("from ~/.pgpass or the keyring when empty"))
        self.remember = QCheckBox(self.tr("Keep the password in the system keyring"))
        self.remember.setChecked(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_open)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        explain = QLabel(
            self.tr(
                "A library shared by a team on a PostgreSQL server. It opens in a window "
                "of its own; your notes there are private unless you share them."
            )
        )
        explain.setWordWrap(True)
        form.addRow(explain)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", self.remember)
        form.addRow(self.message)
        form.addRow(self.buttons)

    def _on_open(self) -> None:
        address, password = self.address.text().strip(), self.password.text()
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Connecting to the team library…"))

        def check(_task: TaskContext) -> int:
            return team.check_team_library(address, password, self.ctx.library.secrets)

        self.ctx.tasks.run(
            check,
            on_success=lambda _count: self._open_window(address, password),
            on_failure=self._on_failure,
            key="team-library",
        )

    def _on_failure(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(exc, ReaderError):
            self.message.setText("")
            self.ctx.errors.report(exc, "")
            return
        self.message.setText(said(exc))

    def _open_window(self, address: str, password: str) -> None:
        kept = bool(password) and self.remember.isChecked()
        if kept and not team.remember_password(address, password, self.ctx.library.secrets):
            log.info("no system keyring: the password goes to the new window only")
        self.ctx.settings.set(LAST_ADDRESS, address)
        subprocess.Popen(  # a window of its own, which outlives this one
            team.window_command(self.ctx.library.paths, address),
            env=team.window_environment(password),
            start_new_session=True,
        )
        self._status(self.tr("Opening the team library in a new window…"))
        self.accept()


def open_team_library(ctx: UiContext, window: QMainWindow) -> None:
    """File → Open Team Library…, from ``window`` (whose status bar says what follows)."""
    status = window.statusBar()
    TeamLibraryDialog(ctx, lambda text: status.showMessage(text, 10000), window).open()
