"""The reader keeps its place: annotating a passage half-way down an article, and paging
with the keyboard through an article whose page furniture is folded (issue 17)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QMouseEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPlainTextEdit

from reader.core.colors import COLORS
from tests.ui.test_window import open_title

TITLE = "Stratégies de Tencent"


def settle(qtbot, window) -> None:
    """Wait until every background task has delivered its result (a write, the reloads it
    starts, and anything those start in turn). The first article's entity recognition
    loads the French model in its own process: on a busy machine that takes a while, so
    the wait is generous (it bounds a hang, it measures nothing)."""
    qtbot.waitUntil(lambda: window.ctx.tasks.pending() == 0, timeout=90000)
    qtbot.wait(50)
    qtbot.waitUntil(lambda: window.ctx.tasks.pending() == 0, timeout=90000)


@contextmanager
def opened_again(qtbot, data_dir) -> Iterator[Any]:
    """A new window on the library in ``data_dir``, opened as a start opens it, at
    1440×900, once it shows its article; closed, with its library, afterwards."""
    from reader.services import Library
    from reader.ui.app import build_window, present

    library = Library.open(data_dir)
    again = build_window(library)
    qtbot.addWidget(again)
    again.resize(1440, 900)
    present(again)
    try:
        qtbot.waitUntil(lambda: again.current is not None and again.started, timeout=60000)
        yield again
    finally:
        again.ctx.tasks.wait()
        again.close()
        again.ctx.tasks.wait()
        library.close()


def passage_in_the_middle(qtbot, window) -> tuple[str, int]:
    """Scroll half-way down, select a few words of the paragraph in the middle of the view
    (as a mouse drag would), and return them with the scroll value."""
    view = window.article_view
    browser = view.browser
    bar = browser.verticalScrollBar()
    assert bar.maximum() > 2 * bar.pageStep(), "the article must be long enough to scroll"
    bar.setValue(bar.maximum() // 2)
    middle = browser.cursorForPosition(browser.viewport().rect().center())
    block = middle.block()
    start = view.rendered.mapping.to_canonical(block.position())
    text = view.article.text[start:]
    end = start + text.index(" ", 25)  # a few whole words
    cursor = view.cursor_for(start, end)
    browser.setTextCursor(cursor)
    browser.setFocus()
    qtbot.waitUntil(browser.hasFocus)
    passage = view.article.text[start:end]
    assert cursor.selectedText() == passage
    top = browser.cursorRect(cursor).top()
    assert 0 <= top < browser.viewport().height(), "the passage is in view"
    return passage, bar.value()


def answer_dialog(qtbot, typed: str) -> None:
    """When the next modal dialog opens, type ``typed`` into its field and press OK."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, answer)
            return
        field = dialog.findChild(QPlainTextEdit) or dialog.findChild(QLineEdit)
        field.setFocus()
        field.selectAll()
        qtbot.keyClicks(field, typed)
        dialog.accept()

    QTimer.singleShot(0, answer)


def test_annotating_half_way_down_keeps_the_view_and_the_selection(qtbot, window) -> None:
    open_title(qtbot, window, TITLE)
    settle(qtbot, window)
    view = window.article_view
    browser = view.browser
    bar = browser.verticalScrollBar()
    passage, place = passage_in_the_middle(qtbot, window)

    def annotation():
        found = [a for a in view.annotations() if a.exact == passage]
        return found[0] if found else None

    def press(key: Qt.Key, done: Callable[[], bool], modifier=Qt.KeyboardModifier.NoModifier):
        # a window manager gives the window back its activation when a dialog closes;
        # the offscreen platform does not, and window shortcuts need an active window
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        qtbot.keyClick(QApplication.focusWidget() or browser, key, modifier)
        qtbot.waitUntil(done, timeout=20000)
        settle(qtbot, window)
        name = f"{key.name}+{modifier.name}"
        assert abs(bar.value() - place) <= 2, f"{name} scrolled from {place} to {bar.value()}"
        assert browser.textCursor().selectedText() == passage, f"{name} lost the selection"

    press(Qt.Key.Key_H, lambda: annotation() is not None and annotation().color == COLORS[0])
    for number in range(1, 10):
        key = Qt.Key(Qt.Key.Key_0.value + number)
        color = COLORS[number - 1]
        press(key, lambda c=color: annotation() is not None and annotation().color == c)
    answer_dialog(qtbot, "Pourquoi maintenant ?")
    press(Qt.Key.Key_N, lambda: annotation() is not None and annotation().note != "")
    answer_dialog(qtbot, "puces, strategie")
    press(Qt.Key.Key_T, lambda: annotation() is not None and len(annotation().tags) == 2)
    answer_dialog(qtbot, "Chine")
    press(  # Edit → Article Tags…: the article is shown again, in the same place
        Qt.Key.Key_T,
        lambda: window.current.tags == ("Chine",),
        Qt.KeyboardModifier.ControlModifier,
    )
    press(Qt.Key.Key_Delete, lambda: annotation() is None)
    press(Qt.Key.Key_Z, lambda: annotation() is not None, Qt.KeyboardModifier.ControlModifier)
    window.redo_action.trigger()  # Edit → Redo
    qtbot.waitUntil(lambda: annotation() is None, timeout=20000)
    settle(qtbot, window)
    assert abs(bar.value() - place) <= 2
    assert browser.textCursor().selectedText() == passage
    assert browser.viewport().rect().contains(QPoint(10, browser.cursorRect().top()))


def last_visible_block(document):
    block = document.lastBlock()
    while block.isValid() and not block.isVisible():
        block = block.previous()
    return block


def test_keyboard_pages_to_the_end_past_folded_furniture(qtbot, window) -> None:
    open_title(qtbot, window, TITLE)
    settle(qtbot, window)
    view = window.article_view
    browser = view.browser
    bar = browser.verticalScrollBar()
    document = browser.document()
    assert not document.lastBlock().isVisible(), "the furniture at the end is folded"
    browser.setFocus()
    qtbot.waitUntil(browser.hasFocus)
    assert bar.value() == 0 and bar.maximum() > 2 * bar.pageStep()

    def key(k: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> int:
        qtbot.keyClick(browser, k, modifier)
        return bar.value()

    seen = [bar.value()]
    for _ in range(bar.maximum() // bar.pageStep() + 3):
        seen.append(key(Qt.Key.Key_PageDown))
    assert seen == sorted(seen), f"PageDown went back up: {seen}"
    assert seen[-1] == bar.maximum()
    assert browser.textCursor().block().isVisible()

    seen = [key(Qt.Key.Key_PageUp)]
    for _ in range(bar.maximum() // bar.pageStep() + 3):
        seen.append(key(Qt.Key.Key_PageUp))
    assert seen == sorted(seen, reverse=True), f"PageUp went back down: {seen}"
    assert seen[-1] == 0

    assert key(Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier) == bar.maximum()
    assert browser.textCursor().block() == last_visible_block(document)  # the fold's control
    view_rect = browser.viewport().rect()
    assert view_rect.contains(browser.cursorRect().center())
    paragraph = document.find("En somme, les initiatives de Tencent et Baidu").block()
    end = QTextCursor(paragraph)
    end.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    assert view_rect.contains(browser.cursorRect(end).center()), "the last paragraph is in view"
    # arrows at the end stay there; a line up from the end does not leave the bottom
    assert key(Qt.Key.Key_Down) == bar.maximum()
    assert key(Qt.Key.Key_Right) == bar.maximum()
    assert browser.textCursor().block().isVisible()
    assert key(Qt.Key.Key_Up) >= bar.maximum() - bar.pageStep()

    assert key(Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier) == 0
    assert browser.textCursor().position() == 0


def test_arrows_step_over_folded_text_in_the_middle(qtbot) -> None:
    from reader.ui.article.browser import ReaderBrowser

    browser = ReaderBrowser()
    qtbot.addWidget(browser)
    browser.setPlainText("before the fold\nfolded furniture\nafter the fold")
    folded = browser.document().findBlockByNumber(1)
    folded.setVisible(False)
    browser.document().markContentsDirty(0, browser.document().characterCount())
    browser.show()
    browser.setFocus()
    cursor = browser.textCursor()
    cursor.setPosition(3)
    browser.setTextCursor(cursor)
    qtbot.keyClick(browser, Qt.Key.Key_Down)
    assert browser.textCursor().block().text() == "after the fold"
    qtbot.keyClick(browser, Qt.Key.Key_Up)
    assert browser.textCursor().block().text() == "before the fold"
    qtbot.keyClick(browser, Qt.Key.Key_End)
    qtbot.keyClick(browser, Qt.Key.Key_Right)
    assert browser.textCursor().block().text() == "after the fold"
    qtbot.keyClick(browser, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert browser.textCursor().block().isVisible()


def drag(widget, start: QPoint, end: QPoint) -> None:
    """Press the left button at ``start``, move to ``end`` holding it, release there (a
    move that carries the held button, which QTest's mouseMove does not send)."""
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    steps = [(QEvent.Type.MouseButtonPress, start, left, left)]
    steps += [
        (QEvent.Type.MouseMove, start + (end - start) * i / 4, none, left) for i in (1, 2, 3, 4)
    ]
    steps.append((QEvent.Type.MouseButtonRelease, end, left, none))
    for kind, at, button, held in steps:
        event = QMouseEvent(
            kind,
            QPointF(at),
            QPointF(widget.mapToGlobal(at)),
            button,
            held,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(widget, event)


def test_a_click_between_two_paragraphs_stays_between_them(qtbot, window) -> None:
    """The space between two paragraphs belongs to them, not to the folded furniture at the
    article's end: a click there put the caret in the fold, and the next arrow key scrolled
    the view to the end of the article; a drag from there selected up to the end."""
    window.resize(1440, 900)
    open_title(qtbot, window, TITLE)
    settle(qtbot, window)
    browser = window.article_view.browser
    document, bar = browser.document(), browser.verticalScrollBar()
    assert not document.lastBlock().isVisible(), "the furniture at the end is folded"
    layout = document.documentLayout()
    above = document.find("Les entreprises technologiques chinoises").block()
    below = above.next()
    gap = (layout.blockBoundingRect(above).bottom() + layout.blockBoundingRect(below).top()) / 2
    assert layout.blockBoundingRect(below).top() - layout.blockBoundingRect(above).bottom() > 4
    bar.setValue(int(gap) - 200)
    at = QPoint(browser.viewport().width() // 2, int(gap) - bar.value())
    place = bar.value()

    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=at)
    caret = browser.textCursor().block()
    assert caret.blockNumber() in (above.blockNumber(), below.blockNumber()), caret.text()
    qtbot.keyClick(browser, Qt.Key.Key_Down)
    assert abs(bar.value() - place) < browser.viewport().height() // 2, "the view jumped"

    lower = browser.cursorRect(QTextCursor(below)).center() + QPoint(0, 30)
    drag(browser.viewport(), at, lower)
    selected = browser.textCursor().selectedText()
    assert selected and selected in below.text(), selected
    assert bar.value() == place


def test_zooming_keeps_the_line_read_at_the_top(qtbot, window) -> None:
    """Ctrl+= and Ctrl+- change every line's height: the passage at the top of the view
    stays there (the same scroll value showed a passage a page away)."""
    window.resize(1440, 900)
    open_title(qtbot, window, TITLE)
    settle(qtbot, window)
    view = window.article_view
    browser, bar = view.browser, view.browser.verticalScrollBar()
    bar.setValue(bar.maximum() * 2 // 3)
    top = browser.cursorForPosition(QPoint(browser.viewport().width() // 2, 0))
    offset = view.rendered.mapping.to_canonical(top.position())
    assert offset is not None and offset > len(view.article.text) // 3
    browser.setFocus()
    qtbot.waitUntil(browser.hasFocus)
    for key in (Qt.Key.Key_Equal, Qt.Key.Key_Equal, Qt.Key.Key_Minus, Qt.Key.Key_0):
        zoom = view.zoom
        qtbot.keyClick(browser, key, Qt.KeyboardModifier.ControlModifier)
        assert view.zoom != zoom, key
        line = browser.cursorRect(view.cursor_for(offset, offset))
        # a line's words wrap anew at each size: the passage stays on the top line or the
        # next (it went 4 lines down at the first step, 15 at the second)
        assert -line.height() <= line.top() <= 2 * line.height(), (key, line.top())


def test_a_window_made_smaller_or_larger_keeps_the_passage_read(qtbot, window) -> None:
    """1440×900 down to 1024×640 and back: the lines wrap anew, and the passage at the
    top of the view stays there (the same scroll value showed one half a page before,
    the passage read below the view)."""
    window.resize(1440, 900)
    open_title(qtbot, window, TITLE)
    settle(qtbot, window)
    view = window.article_view
    bar = view.browser.verticalScrollBar()
    bar.setValue(bar.maximum() * 2 // 3)
    top = view.top_offset()
    for size in ((1024, 640), (1440, 900), (1100, 700)):
        window.resize(*size)
        settle(qtbot, window)
        qtbot.wait(100)  # the lines laid out anew, the place put back
        line = view.browser.cursorRect(view.cursor_for(top, top))
        # the words wrap anew: the passage is on the top line or the next
        assert -line.height() <= line.top() <= 2 * line.height(), (size, line.top())


def test_a_panel_that_grows_beside_the_text_does_not_move_the_passage_read(qtbot, window) -> None:
    """The side panels made wider (a drag on their edge, a theme's style, another
    article's longer legend) narrow the text, whose lines wrap anew: the passage at the
    top of the view stays there at once, with no jump to another passage first (the same
    scroll value showed one a line or more further on)."""
    window.resize(1440, 900)
    open_title(qtbot, window, TITLE)
    settle(qtbot, window)
    view = window.article_view
    browser = view.browser
    bar = browser.verticalScrollBar()
    bar.setValue(bar.maximum() * 2 // 3)
    top = view.top_offset()
    dock = window.entities_dock
    for width in (dock.width() + 180, dock.width() + 40, dock.width()):
        was = browser.viewport().width()
        window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
        QApplication.sendPostedEvents()  # laid out, before any timer runs
        assert browser.viewport().width() != was, width
        line = browser.cursorRect(view.cursor_for(top, top))
        assert -line.height() <= line.top() <= 2 * line.height(), (width, line.top())


def test_back_to_an_article_read_before_the_reader_is_where_they_left_it(qtbot, window) -> None:
    """Half-way down one article, a glance at another, and back: the passage left is at
    the top again (it opened at the top, the page read lost), and an article never read
    opens at its top."""
    window.resize(1440, 900)
    open_title(qtbot, window, TITLE)
    settle(qtbot, window)
    view = window.article_view
    bar = view.browser.verticalScrollBar()
    bar.setValue(bar.maximum() * 2 // 3)
    left = view.top_offset()
    assert left > len(view.article.text) // 3
    open_title(qtbot, window, "Tencent a révélé")
    settle(qtbot, window)
    assert bar.value() == 0
    bar.setValue(bar.maximum() // 2)
    open_title(qtbot, window, TITLE)
    settle(qtbot, window)
    line = view.browser.cursorRect(view.cursor_for(left, left))
    assert -line.height() <= line.top() <= line.height(), line.top()


def test_the_next_start_opens_where_the_reader_was_with_the_search(qtbot, window, data_dir) -> None:
    """Quit two thirds down an article with a search typed: the next start shows the same
    passage at the top of the view (it opened the article at its top) and the same search
    with its results (the box was empty) — from the library's read, and again from the
    snapshot a start paints before it."""

    window.resize(1440, 900)
    open_title(qtbot, window, TITLE)
    settle(qtbot, window)
    view = window.article_view
    bar = view.browser.verticalScrollBar()
    bar.setValue(bar.maximum() * 2 // 3)
    offset = view.top_offset()
    assert offset > len(view.article.text) // 3
    window.search_field.setText("Baidu")
    qtbot.waitUntil(lambda: window.search_panel.model.rowCount() > 0, timeout=20000)
    article_id, found = window.current.id, window.search_panel.model.rowCount()
    window.ctx.tasks.wait()
    window.close()

    for _ in ("read from the library", "painted from the snapshot"):
        with opened_again(qtbot, data_dir) as again:
            settle(qtbot, again)
            shown = again.article_view
            assert again.current.id == article_id
            line = shown.browser.cursorRect(shown.cursor_for(offset, offset))
            assert -line.height() <= line.top() <= line.height(), line.top()
            assert again.search_field.text() == "Baidu"
            assert again.left.currentWidget() is again.search_panel
            results = again.search_panel.model
            qtbot.waitUntil(lambda m=results: m.rowCount() == found, timeout=20000)


class _Settings(dict):
    def set(self, key, value) -> None:
        self[key] = value


class _View:
    def __init__(self, article, offset: int) -> None:
        self.article, self._offset = article, offset

    def top_offset(self) -> int:
        return self._offset


def _article(text: str, version: int = 1):
    from reader.core.model import Article

    return Article("a1", "Title", None, "fr", None, "file", version, text, str(version), ())


def test_the_place_read_survives_a_reimport_that_adds_a_paragraph_above() -> None:
    """The place is kept with the passage there: a re-import that adds a paragraph near
    the top moves the passage's offset, and the next start opens at the passage (it
    opened some eleven lines below it), or at the top when the passage is gone."""
    from reader.ui.article import place

    paragraphs = [
        f"Paragraphe {n} : la Banque centrale a relevé ses taux de {n} %." for n in range(12)
    ]
    before = _article("\n\n".join(paragraphs))
    at = before.text.index("Paragraphe 7")
    settings = _Settings()
    place.keep(settings, _View(before, at))
    assert place.kept(settings, before) == at
    added = "Un paragraphe ajouté en tête, avec ce que la rédaction a corrigé depuis. " * 4
    after = _article("\n\n".join([paragraphs[0], added, *paragraphs[1:]]), version=2)
    assert place.kept(settings, after) == after.text.index("Paragraphe 7")
    rewritten = _article("\n\n".join(p.replace("Paragraphe", "§") for p in paragraphs), version=3)
    assert place.kept(settings, rewritten) == 0
