"""The window's safety net: a damaged library offers its latest backup, a second window
on one library is refused, the daily check can restore and restart, and searching while
the index is rebuilt says so and then answers."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.services import Library
from reader.services.safety import InstanceLock, LibraryDamaged
from reader.ui import app as app_module
from reader.ui import safety


@pytest.fixture
def no_event_loop(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """``run`` opens its window and returns at once (the test looks at what it opened)."""
    shown: list[object] = []
    app_module.application()

    def exec_(*_: object) -> int:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and hasattr(widget, "ctx"):
                shown.append(widget)
                widget.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    monkeypatch.setattr(safety, "start_auto_backup", lambda *_: None)
    return shown


def test_a_damaged_library_offers_its_backup_and_opens_restored(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, no_event_loop: list[object]
) -> None:
    with Library.open(data_dir) as library:
        library.seed_if_empty()
        library.annotate(library.articles()[0].id, "IA", note="sauvée")
        backup = library.backup()
    damaged = b"SQLite format 3\x00" + b"\xff" * 20_000
    (data_dir / "library.sqlite3").write_bytes(damaged)
    offered: list[LibraryDamaged] = []

    def ask(parent: object, exc: LibraryDamaged, *, restart: bool = False) -> bool:
        offered.append(exc)
        return True  # the user clicks “Restore the Backup”

    monkeypatch.setattr(safety, "ask_restore", ask)
    assert app_module.run(str(data_dir)) == 0
    assert len(offered) == 1 and offered[0].latest is not None
    assert offered[0].latest.path == backup.path
    assert len(no_event_loop) == 1  # then the window opened, on the restored library
    with Library.open(data_dir) as library:
        assert [a.note for a in library.annotations()] == ["sauvée"]
        kept = [b for b in library.backups() if b.kind == "damaged"]
    assert len(kept) == 1 and kept[0].path.read_bytes() == damaged


def test_declining_the_backup_quits_and_changes_nothing(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, no_event_loop: list[object]
) -> None:
    with Library.open(data_dir) as library:
        library.backup()
    (data_dir / "library.sqlite3").write_bytes(b"not a library" * 1000)
    monkeypatch.setattr(safety, "ask_restore", lambda *a, **k: False)
    assert app_module.run(str(data_dir)) == 1
    assert no_event_loop == []
    assert (data_dir / "library.sqlite3").read_bytes() == b"not a library" * 1000


def test_a_second_window_on_one_library_is_refused(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, no_event_loop: list[object]
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    with InstanceLock(data_dir):
        assert app_module.run(str(data_dir)) == 1
    assert no_event_loop == []
    assert "already open in another Liseuse window" in said[0]
    assert app_module.run(str(data_dir)) == 0  # once the other one is closed


def test_the_daily_check_offers_restore_and_restart(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = window.ctx.library
    backup = library.backup()

    def damaged() -> None:
        raise LibraryDamaged("the library is damaged (malformed)", backup, "malformed")

    monkeypatch.setattr(library, "auto_backup", damaged)
    monkeypatch.setattr(safety, "ask_restore", lambda *a, **k: True)
    safety.start_auto_backup(window.ctx, window, window.restore_and_restart)
    qtbot.waitUntil(lambda: window.restore_requested is not None, timeout=10000)
    assert window.restore_requested == backup
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)


def test_the_daily_backup_is_made_in_the_background(qtbot, window) -> None:
    library = window.ctx.library
    safety.start_auto_backup(window.ctx, window, window.restore_and_restart)
    qtbot.waitUntil(lambda: any(b.kind == "auto" for b in library.backups()), timeout=10000)
    assert window.ctx.errors.shown == []


def test_searching_while_the_index_is_rebuilt_says_so_then_answers(qtbot, window) -> None:
    library = window.ctx.library
    other_thread = threading.get_ident() + 1
    library.indexer.rebuilding = (120, 2225, other_thread)
    window.search_field.setText("Huawei")
    status = window.search_panel.status
    qtbot.waitUntil(lambda: "Rebuilding the search index" in status.text(), timeout=10000)
    assert "120 of 2225" in status.text()
    assert window.ctx.errors.shown == []
    library.indexer.rebuilding = None  # the rebuild finished: the search is asked again
    qtbot.waitUntil(lambda: window.search_panel.model.rowCount() == 3, timeout=10000)
