"""Keyboard shortcuts (issue 17): one key per command in every UI language, the keys do
what the menus say, and Help → Keyboard Shortcuts lists exactly the menus' keys."""

from __future__ import annotations

import html
import re
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt, QTimer, qInstallMessageHandler
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMenu

from tests.ui.conftest import started_window
from tests.ui.test_reading_place import settle
from tests.ui.test_window import open_title

NATIVE = QKeySequence.SequenceFormat.NativeText


@pytest.fixture(params=["en", "fr"])
def any_window(request, qtbot, data_dir):
    """The window in English, then in French."""
    for win in started_window(qtbot, data_dir, request.param):
        win.language = request.param
        yield win


@contextmanager
def qt_messages() -> Iterator[list[str]]:
    """Every message Qt logs meanwhile (qDebug, qWarning…)."""
    seen: list[str] = []

    def handler(mode, context, message) -> None:
        seen.append(message)
        if callable(previous):
            previous(mode, context, message)

    previous = qInstallMessageHandler(handler)
    try:
        yield seen
    finally:
        qInstallMessageHandler(previous)


def bound_keys(window) -> dict[str, list[str]]:
    """Every key sequence bound in the window (actions, shortcuts, buttons) → its owners."""
    owners: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            owners[sequence.toString()].append(action.text())
    for shortcut in window.findChildren(QShortcut):
        for sequence in QShortcut.keys(shortcut):
            owners[sequence.toString()].append(f"shortcut of {shortcut.parent().objectName()}")
    for button in window.findChildren(QAbstractButton):
        if not button.shortcut().isEmpty():
            owners[button.shortcut().toString()].append(button.text())
    return owners


def test_no_two_commands_share_a_key(any_window) -> None:
    owners = bound_keys(any_window)
    shared = {key: who for key, who in owners.items() if len(who) > 1}
    assert shared == {}
    for key in ("Ctrl+Shift+E", "Ctrl+Shift+Z", "Ctrl+Y", "Ctrl+Shift+L", "Ctrl+Shift+T"):
        assert key in owners, key


def menu_keys(menu: QMenu) -> set[str]:
    keys: set[str] = set()
    for action in menu.actions():
        if action.menu() is not None:
            keys |= menu_keys(action.menu())
        keys |= {sequence.toString(NATIVE) for sequence in action.shortcuts()}
    return keys


def help_sections(text: str) -> dict[str, set[str]]:
    """The Help page's sections (its <h4> titles) and the keys each lists."""
    sections: dict[str, set[str]] = {}
    parts = re.split(r"<h4>(.*?)</h4>", text)
    for title, body in zip(parts[1::2], parts[2::2], strict=True):
        cells = re.findall(r"<b>(.*?)</b>", body)
        sections[html.unescape(title)] = {
            key for cell in cells for key in html.unescape(cell).split(" / ")
        }
    return sections


def test_help_lists_exactly_the_keys_of_the_menus(qtbot, any_window) -> None:
    window = any_window
    window.shortcuts_action.trigger()  # Help → Keyboard Shortcuts
    box = window.findChild(QDialog, "shortcutsDialog")
    qtbot.waitUntil(box.isVisible)
    # within the screen, its OK button too (it was taller than a 900-pixel screen)
    screen = box.screen().availableGeometry()
    assert box.frameGeometry().height() <= screen.height()
    assert box.findChild(QAbstractButton).isVisible()
    sections = help_sections(box.text())
    menus = {
        top.text().replace("&", ""): menu_keys(top.menu()) for top in window.menuBar().actions()
    }
    assert menus and all(menus.values())
    for title, keys in menus.items():
        assert sections.pop(title) == keys, title
    # what is left: keys of the article, which no menu command uses
    (title, article), *_ = sections.items()
    assert len(sections) == 1
    assert title == ("Dans l’article" if window.language == "fr" else "In the article")
    assert article.isdisjoint(set().union(*menus.values()))
    for shortcut in window.article_view.findChildren(QShortcut):
        assert shortcut.key().toString(NATIVE) in article
    shift = "Maj" if window.language == "fr" else "Shift"
    assert f"Ctrl+{shift}+E" in box.text() and f"Ctrl+{shift}+Z" in box.text()
    assert window.export_action.shortcut().toString(NATIVE) == f"Ctrl+{shift}+E"
    box.close()


def test_keys_fire_their_commands_and_none_is_ambiguous(qtbot, window) -> None:
    view = window.article_view
    browser = view.browser
    opened: list[str] = []

    def close_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, close_the_dialog)
            return
        opened.append(dialog.objectName())
        dialog.reject()

    def press(key: str) -> None:
        window.activateWindow()  # the offscreen platform does not give it back after a dialog
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        sequence = QKeySequence(key)[0]
        target = QApplication.focusWidget() or window
        qtbot.keyClick(target, sequence.key(), sequence.keyboardModifiers())

    with qt_messages() as messages:
        open_title(qtbot, window, "Stratégies de Tencent")
        settle(qtbot, window)
        start = view.article.text.index("Dou Shen")
        browser.setTextCursor(view.cursor_for(start, start + len("Dou Shen")))
        browser.setFocus()
        press("H")
        qtbot.waitUntil(lambda: len(view.annotations()) == 1, timeout=20000)
        for key, count in (("Ctrl+Z", 0), ("Ctrl+Y", 1), ("Ctrl+Z", 0), ("Ctrl+Shift+Z", 1)):
            press(key)
            qtbot.waitUntil(lambda c=count: len(view.annotations()) == c, timeout=20000)
        settle(qtbot, window)
        QTimer.singleShot(0, close_the_dialog)
        press("Ctrl+Shift+E")
        qtbot.waitUntil(lambda: opened == ["exportDialog"], timeout=20000)
        dock = window.entities_dock
        shown = dock.isVisible()
        press("Ctrl+Shift+N")
        qtbot.waitUntil(lambda: dock.isVisible() != shown)
        press("Ctrl+Shift+N")
        qtbot.waitUntil(lambda: dock.isVisible() == shown)
        qtbot.keyClick(browser, Qt.Key.Key_Escape)
    assert not [m for m in messages if "mbiguous" in m]


def test_a_panel_key_brings_its_panel_in_front_with_the_keys_in_it(qtbot, window) -> None:
    """The right-hand panels are tabs of one area, Entities in front. Ctrl+Shift+A (View →
    Panels → Annotations) shows the Annotations tab and puts the keys in its list; it took
    the tab away, the keys left in the article. Pressed again, the panel goes and the
    keys come back to the article; once more, it is back in front."""
    from reader.ui.dock import in_front

    view, notes, entities = window.article_view, window.annotations_dock, window.entities_dock
    panel = window.annotations.panel
    open_title(qtbot, window, "Stratégies de Tencent")
    settle(qtbot, window)
    view.browser.setFocus()
    qtbot.waitUntil(lambda: in_front(entities) and not in_front(notes))

    def press(key: str) -> None:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        sequence = QKeySequence(key)[0]
        target = QApplication.focusWidget() or window
        qtbot.keyClick(target, sequence.key(), sequence.keyboardModifiers())

    press("Ctrl+Shift+A")
    qtbot.waitUntil(lambda: in_front(notes))
    assert not in_front(entities) and window.commands["panel_annotations"].isChecked()
    assert QApplication.focusWidget() in (panel.filter, panel.list)
    press("Ctrl+Shift+A")
    qtbot.waitUntil(lambda: notes.isHidden())
    assert view.browser.hasFocus()
    qtbot.waitUntil(lambda: in_front(entities) or in_front(window.details_dock))
    assert not window.commands["panel_annotations"].isChecked()
    press("Ctrl+Shift+A")
    qtbot.waitUntil(lambda: in_front(notes))
    press("Ctrl+Shift+D")  # Details, behind the two others: in front too
    qtbot.waitUntil(lambda: in_front(window.details_dock))
    # the keys on what the panel says, not on a suggested tag (Space would add it)
    assert QApplication.focusWidget() is window.details.body
    assert not notes.isHidden() and not entities.isHidden()
