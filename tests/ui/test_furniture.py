"""Page furniture as the reader sees it: a photo credit the page repeated on the next
line is shown once."""

from __future__ import annotations

from tests.ui.test_window import open_title


def visible_lines(document) -> list[str]:
    lines, block = [], document.begin()
    while block.isValid():
        if block.isVisible():
            lines.append(block.text())
        block = block.next()
    return lines


def test_a_credit_repeated_on_the_next_line_is_shown_once(qtbot, window) -> None:
    open_title(qtbot, window, "Alors que les tensions")
    view = window.article_view
    shown = visible_lines(view.browser.document())
    for credit in (
        "Tencent - StreetVJ / Shutterstock.com",
        "Puce Chine US - © William Potter / Shutterstock",
    ):
        assert view.article.text.count(credit) == 2  # the text keeps both copies
        assert shown.count(credit) == 1, credit
    # a passage across the hidden copy still maps both ways
    start = view.article.text.index("Tencent - StreetVJ")
    end = view.article.text.index("\n", view.article.text.index("StreetVJ", start + 10))
    cursor = view.cursor_for(start, end)
    assert cursor is not None and cursor.hasSelection()
