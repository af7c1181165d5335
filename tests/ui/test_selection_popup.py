"""The bar that appears over a selection is placed where it hides nothing being read:
neither the selected lines nor the line above them, and always inside the view."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QTextCursor

from tests.ui.test_annotations import select
from tests.ui.test_window import open_title


def _lines_kept_clear(browser) -> list[QRect]:
    """The line above the selection, its first line and its last line, in the viewport:
    each the height of its caret and the width of the view (a caret is 1 pixel wide)."""
    cursor = browser.textCursor()
    start, end = QTextCursor(cursor), QTextCursor(cursor)
    start.setPosition(cursor.selectionStart())
    end.setPosition(cursor.selectionEnd())
    above = QTextCursor(start)
    assert above.movePosition(QTextCursor.MoveOperation.Up)
    width = browser.viewport().width()
    return [
        QRect(0, browser.cursorRect(c).top(), width, browser.cursorRect(c).height())
        for c in (above, start, end)
    ]


def _popup_after_selecting(qtbot, view, passage: str, at_bottom: bool) -> tuple[QRect, list]:
    browser = view.browser
    offset = view.article.text.index(passage)
    browser.setTextCursor(view.cursor_for(0, 0))  # nothing selected: the bar goes
    line = browser.cursorRect(view.cursor_for(offset, offset))
    bar = browser.verticalScrollBar()
    viewport = browser.viewport().height()
    # the passage's line brought to the bottom of the view, or to its middle
    target = viewport - line.height() - 4 if at_bottom else viewport // 2
    bar.setValue(bar.value() + line.top() - target)
    select(view, passage)
    qtbot.waitUntil(lambda: view.popup.isVisible(), timeout=5000)
    popup = view.popup.geometry()  # the popup is a child of the viewport
    return popup, _lines_kept_clear(browser)


def test_the_selection_popup_hides_neither_the_selection_nor_the_line_above(qtbot, window) -> None:
    window.resize(1440, 900)
    open_title(qtbot, window, "Stratégies de Tencent")
    qtbot.waitUntil(lambda: window.ctx.tasks.pending() == 0, timeout=20000)
    view = window.article_view
    for at_bottom in (False, True):
        popup, lines = _popup_after_selecting(qtbot, view, "Dou Shen", at_bottom)
        assert view.browser.viewport().rect().contains(popup), (at_bottom, popup)
        covered = [rect for rect in lines if rect.intersects(popup)]
        assert covered == [], (at_bottom, popup, lines)
        view.popup.hide()
