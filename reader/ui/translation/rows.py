"""Rows lined up side by side: the shorter paragraph of each pair (original, translation)
gets a top margin that starts both at the same height. The margin added is kept on the
block (``PAD``) so that the next lining up, after a resize or a zoom, takes it off first.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument, QTextFormat

from reader.ui.article.browser import ReaderBrowser

PAD = QTextFormat.Property.UserProperty + 5  # padding added to line rows up


def flatten(doc: QTextDocument, browser: ReaderBrowser) -> None:
    """Take off every padding of ``doc`` and the lead and tail of ``browser`` (which
    shows it): the column as it is alone."""
    block = doc.begin()
    while block.isValid():
        fmt = block.blockFormat()
        pad = fmt.doubleProperty(PAD)
        if pad:
            fmt.setTopMargin(fmt.topMargin() - pad)
            fmt.setProperty(PAD, 0.0)
            QTextCursor(block).setBlockFormat(fmt)
        block = block.next()
    browser.set_lead(0)
    browser.set_tail(0)


def gaps(
    left: QTextDocument, right: QTextDocument, pairs: list[tuple[int, int]]
) -> list[tuple[bool, int, float]]:
    """``(on the right, block number, gap)`` for each paragraph to push down so that each
    pair's rows start at the same height, both documents laid out whole first."""
    left.documentLayout().documentSize()
    right.documentLayout().documentSize()
    added_left = added_right = 0.0
    found: list[tuple[bool, int, float]] = []
    for original, translated in pairs:
        a = left.findBlockByNumber(original)
        b = right.findBlockByNumber(translated)
        if not a.isValid() or not b.isValid():
            continue
        top_a = left.documentLayout().blockBoundingRect(a).top() + added_left
        top_b = right.documentLayout().blockBoundingRect(b).top() + added_right
        if top_a - top_b > 0.5:
            found.append((True, translated, top_a - top_b))
            added_right += top_a - top_b
        elif top_b - top_a > 0.5:
            found.append((False, original, top_b - top_a))
            added_left += top_b - top_a
    return found


def push_down(doc: QTextDocument, number: int, gap: float) -> None:
    """Start block ``number`` of ``doc`` (not its first: see the lead) ``gap`` lower."""
    block = doc.findBlockByNumber(number)
    fmt = block.blockFormat()
    # Qt collapses a block's top margin with the previous block's bottom margin
    previous = block.previous()
    above = previous.blockFormat().bottomMargin() if previous.isValid() else 0.0
    new_top = max(fmt.topMargin(), above) + gap
    fmt.setProperty(PAD, new_top - fmt.topMargin())
    fmt.setTopMargin(new_top)
    QTextCursor(block).setBlockFormat(fmt)
