"""File → Open Team Library…: the address and password are tried before a window opens
on the library; a wrong password is said in the dialog, a right one kept in the keyring
(when asked) and the team library opens in a window of its own."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from reader.services.team import secret_name
from tests.unit.pg.conftest import ALICE, BOB, CAROL, CAROL_PASSWORD, Cluster


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]
    values: ClassVar[dict[tuple[str, str], str]] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.values.pop((service, username), None)


@pytest.fixture
def dialog(qtbot, library, monkeypatch: pytest.MonkeyPatch):
    from reader.ui.app import application
    from reader.ui.context import UiContext
    from reader.ui.errors import ErrorReporter
    from reader.ui.settings import UiSettings
    from reader.ui.tasks import TaskRunner
    from reader.ui.team import TeamLibraryDialog

    application()
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    MemoryKeyring.values.clear()
    keyring.set_keyring(MemoryKeyring())
    ctx = UiContext(library, TaskRunner(), ErrorReporter(), UiSettings(library.paths))
    messages: list[str] = []
    made = TeamLibraryDialog(ctx, messages.append)
    made.messages = messages
    qtbot.addWidget(made)
    yield made
    ctx.tasks.wait()
    keyring.set_keyring(fail.Keyring())


def test_a_wrong_password_is_said_and_a_right_one_opens_the_library(
    qtbot, dialog, cluster: Cluster, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[tuple[list[str], dict[str, Any]]] = []
    monkeypatch.setattr(
        "reader.ui.team.subprocess.Popen", lambda command, **kw: started.append((command, kw))
    )
    address = cluster.url(CAROL, cluster.new_database())
    dialog.address.setText(address)
    dialog.password.setText("not her password")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "cannot sign in" in dialog.message.text(), timeout=20000)
    assert dialog.buttons.isEnabled() and started == []
    assert "not her password" not in dialog.message.text()
    dialog.password.setText(CAROL_PASSWORD)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: bool(started), timeout=20000)
    command, options = started[0]
    assert command[-3:] == ["--library", address, "gui"]
    assert command[command.index("--data-dir") + 1] == str(dialog.ctx.library.paths.root)
    assert password_not_in(command)
    assert MemoryKeyring.values[("io.github.liseuse.Liseuse", secret_name(address))] == (
        CAROL_PASSWORD
    )
    assert options["env"]["PGPASSWORD"] == CAROL_PASSWORD
    assert dialog.messages == ["Opening the team library in a new window…"]


def password_not_in(command: list[str]) -> bool:
    return all(CAROL_PASSWORD not in part for part in command)


def test_an_address_that_is_not_one_is_said(qtbot, dialog) -> None:
    dialog.address.setText("/home/alice/library")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "postgresql://" in dialog.message.text(), timeout=10000)
    assert dialog.buttons.isEnabled()


def test_a_note_shared_from_the_window_is_seen_by_a_teammate(
    qtbot, cluster: Cluster, tmp_path: Path
) -> None:
    """The Annotations panel's share box: Alice shares her private note with one click,
    Bob then reads it; unchecked, it is hers alone again. Then the server goes away and
    comes back: the status bar says both."""
    from PySide6.QtWidgets import QLabel

    from reader.services import Library
    from reader.ui.app import application, build_window

    application()
    name = cluster.new_database()
    text = tmp_path / "huawei.txt"
    text.write_text("Huawei et les puces\n\nHuawei prépare l'Ascend 910C, dit Reuters.\n")
    alice = Library.open(tmp_path / "alice", team=cluster.url(ALICE, name))
    bob = Library.open(tmp_path / "bob", team=cluster.url(BOB, name))
    article_id = alice.import_paths([text]).outcomes[0].article_id
    assert article_id is not None
    alice.annotate(article_id, "Ascend 910C", note="à recouper avec Nikkei")
    win = build_window(alice)
    qtbot.addWidget(win)
    win.show()
    win.start()
    panel = win.annotations.panel
    # the start's end loads the list and the notes' meanings again: the row chosen below
    # is chosen after it
    qtbot.waitUntil(lambda: win.started and panel.list.count() == 1, timeout=60000)
    panel.list.setCurrentRow(0)
    assert panel.share.isVisible() and panel.share.isEnabled()
    assert not panel.share.isChecked() and "alice, private" in panel.list.item(0).text()
    assert bob.annotations(article_id) == []

    panel.share.click()
    qtbot.waitUntil(lambda: "alice, shared" in panel.list.item(0).text(), timeout=20000)
    assert [(a.note, a.author, a.shared) for a in bob.annotations(article_id)] == [
        ("à recouper avec Nikkei", ALICE, True)
    ]
    panel.list.setCurrentRow(0)
    panel.share.click()
    qtbot.waitUntil(lambda: "alice, private" in panel.list.item(0).text(), timeout=20000)
    assert bob.annotations(article_id) == []

    # the server goes away: the window says so and keeps the article; back, it says so
    win.ctx.tasks.wait()
    offline = win.findChild(QLabel, "teamOffline")
    assert offline is not None and not offline.isVisible()
    cluster.kill()
    try:
        qtbot.waitUntil(offline.isVisible, timeout=20000)
        assert "does not answer" in offline.text()
        assert win.current is not None and win.current.id == article_id
    finally:
        cluster.start()
    qtbot.waitUntil(lambda: not offline.isVisible(), timeout=30000)
    assert "answers again" in win.statusBar().currentMessage()
    win.close()
    win.ctx.tasks.wait(180000)
    alice.close()
    bob.close()
