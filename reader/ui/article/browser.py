"""The text widget of the reader (and of the translation beside it): a readable line
length, nothing loaded from outside, and keyboard paging that knows about folded blocks.

Folded page furniture is made of hidden blocks, which have no layout. QTextEdit pages by
moving its cursor line by line; once the cursor lands in a hidden block (the furniture
often ends the article), its rectangle is empty and "keep the cursor visible" scrolls to
the top. So PageUp/PageDown move the view by a page and put the cursor on the page,
Ctrl+Home/Ctrl+End go to the first/last *visible* text, and any other move that would
put the cursor inside folded text stops at the text beside it. A click or a drag in the
space between two paragraphs, which Qt places in the last block (the fold), is placed
beside the paragraphs around it.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QResizeEvent,
    QTextBlock,
    QTextCursor,
)
from PySide6.QtWidgets import QAbstractSlider, QTextBrowser, QWidget

from reader.ui import defs
from reader.ui.inert import refuse

Key = QKeySequence.StandardKey
Move = QTextCursor.MoveMode
# key → (where: -1 up / +1 down, a page or the whole document, extends the selection)
_NAVIGATION = {
    Key.MoveToNextPage: (1, "page", Move.MoveAnchor),
    Key.MoveToPreviousPage: (-1, "page", Move.MoveAnchor),
    Key.SelectNextPage: (1, "page", Move.KeepAnchor),
    Key.SelectPreviousPage: (-1, "page", Move.KeepAnchor),
    Key.MoveToEndOfDocument: (1, "document", Move.MoveAnchor),
    Key.MoveToStartOfDocument: (-1, "document", Move.MoveAnchor),
    Key.SelectEndOfDocument: (1, "document", Move.KeepAnchor),
    Key.SelectStartOfDocument: (-1, "document", Move.KeepAnchor),
}


class ReaderBrowser(QTextBrowser):
    """Keeps a readable line length: side margins grow with the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The viewport's Python object made here, as the plain QWidget it is: the first
        # viewport() would otherwise have PySide6 make the Python type of every QtWidgets
        # class (and their enums) to learn its type, ~20 ms of a start's first frame.
        self._viewport = self.findChild(QWidget, "qt_scrollarea_viewport")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.measure = defs.READER_MEASURE_PX
        self.lead = 0.0  # more space above the text (side by side lines first rows up)
        self.tail = 0.0  # more space below it (side by side ends both columns together)

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        return refuse(kind)  # never read a file or a URL (see reader.ui.inert)

    def apply_margins(self) -> None:
        width = self.viewport().width()
        side = max(defs.READER_MIN_SIDE_PX, (width - self.measure) // 2)
        frame = self.document().rootFrame()
        fmt = frame.frameFormat()
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        fmt.setTopMargin(defs.READER_TOP_PX + self.lead)
        fmt.setBottomMargin(defs.READER_BOTTOM_PX + self.tail)
        frame.setFrameFormat(fmt)

    def set_lead(self, space: float) -> None:
        """Leave ``space`` more above the text (a first block's top margin does not)."""
        if space != self.lead:
            self.lead = space
            self.apply_margins()

    def set_tail(self, space: float) -> None:
        """Leave ``space`` more below the text: side by side, the shorter column ends as
        low as the other, so both scroll to the same end with their last rows level."""
        if space != self.tail:
            self.tail = space
            self.apply_margins()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A width change wraps the lines anew, and the same scroll value then shows
        another passage: the line read at the top of the view is put back there. A panel
        beside the text that grows (a theme's style, another article's legend) narrows
        the text as a window made smaller does, and the reader stays where they were."""
        rewrap = event.oldSize().width() != event.size().width()
        top = self.top_line() if rewrap else None
        super().resizeEvent(event)
        self.apply_margins()
        if top is not None:
            self.put_at_top(*top)

    def top_line(self) -> tuple[int, int] | None:
        """The document position at the top of the view and its line's top in the view
        (None at the very top: the view stays at the top)."""
        if self.verticalScrollBar().value() == 0:
            return None
        position = self.position_at(QPoint(self.viewport().width() // 2, 0))
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        return position, self.cursorRect(cursor).top()

    def put_at_top(self, position: int, y: int = 0) -> None:
        """Scroll so that the line holding document ``position`` has its top at ``y`` in
        the view (or as near as the document's end allows)."""
        self.document().size()  # laid out to the end, so that the scroll range is whole
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(position, self.document().characterCount() - 1))
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect(cursor).top() - y)

    # -- mouse selection ----------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        self._out_of_fold(event.position().toPoint())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._out_of_fold(event.position().toPoint())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        super().mouseDoubleClickEvent(event)
        self._out_of_fold(event.position().toPoint())

    def _out_of_fold(self, point: QPoint) -> None:
        """Qt finds the space between two paragraphs in no block, and gives the last one:
        folded furniture, when it ends the article. The caret (or the drag's end, or its
        start) goes to the nearer edge of the paragraphs around ``point`` instead."""
        cursor = self.textCursor()
        document = self.document()
        anchor = cursor.anchor()
        if not document.findBlock(anchor).isVisible():
            anchor = self.position_at(point)
        position = cursor.position()
        if not document.findBlock(position).isVisible():
            position = self.position_at(point)
        if (anchor, position) != (cursor.anchor(), cursor.position()):
            cursor.setPosition(anchor)
            cursor.setPosition(position, Move.KeepAnchor)
            scroll = self.verticalScrollBar().value()
            self.setTextCursor(cursor)
            self.verticalScrollBar().setValue(scroll)

    def position_at(self, point: QPoint) -> int:
        """The document position at the viewport ``point``, always in shown text: between
        two paragraphs, the end of the one above or the start of the one below, whichever
        is closer."""
        found = self.cursorForPosition(point)
        if found.block().isVisible():
            return found.position()
        layout = self.document().documentLayout()
        y = point.y() + self.verticalScrollBar().value()
        above: QTextBlock | None = None
        block = self.document().firstBlock()
        while block.isValid():
            if block.isVisible():
                rect = layout.blockBoundingRect(block)
                if y < rect.bottom():
                    if (
                        above is None
                        or rect.top() - y < y - layout.blockBoundingRect(above).bottom()
                    ):
                        return block.position()
                    break
                above = block
            block = block.next()
        return _edge_of(above, 1) if above is not None else 0

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A selection dragged with the mouse takes whole words, as e-readers do: a drag
        that starts or ends inside a word extends to the word's edge (a highlight of half
        a word is never what was meant), and one that starts or ends on a paragraph break
        leaves it out. Shift+arrows still refine it letter by letter."""
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self.textCursor().hasSelection():
            self.setTextCursor(snapped_to_words(self.textCursor()))

    # -- keyboard navigation ----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        for key, (step, unit, mode) in _NAVIGATION.items():
            if event.matches(key):
                event.accept()
                if unit == "page":
                    self._page(step, mode)
                else:
                    self._to_edge(step, mode)
                return
        before = QTextCursor(self.textCursor())
        scroll = self.verticalScrollBar().value()
        super().keyPressEvent(event)
        if not self.textCursor().block().isVisible():
            self._step_out_of_fold(before, scroll)

    def _page(self, step: int, mode: Move) -> None:
        """Scroll one page and put the cursor where it was in the view (or on the page's
        first line); on the last (first) page, go to the end (start) of the text."""
        bar = self.verticalScrollBar()
        if bar.value() == (bar.maximum() if step > 0 else bar.minimum()):
            self._to_edge(step, mode)
            return
        view = self.viewport().rect()
        rect = self.cursorRect()
        point = rect.center() if view.contains(rect.center()) else QPoint(rect.left(), 1)
        bar.triggerAction(
            QAbstractSlider.SliderAction.SliderPageStepAdd
            if step > 0
            else QAbstractSlider.SliderAction.SliderPageStepSub
        )
        target = self.cursorForPosition(point)
        block = _visible(target.block(), step) or _visible(target.block(), -step)
        if block is None:
            return
        position = target.position() if block == target.block() else _edge_of(block, -step)
        self._move_cursor(position, mode)

    def _to_edge(self, step: int, mode: Move) -> None:
        """Ctrl+End / Ctrl+Home: the end of the last (start of the first) visible text."""
        document = self.document()
        block = _visible(document.lastBlock() if step > 0 else document.firstBlock(), -step)
        bar = self.verticalScrollBar()
        if block is not None:
            self._move_cursor(_edge_of(block, step), mode)
        bar.setValue(bar.maximum() if step > 0 else bar.minimum())

    def _move_cursor(self, position: int, mode: Move) -> None:
        """Put the cursor at ``position`` without moving the view."""
        bar = self.verticalScrollBar()
        scroll = bar.value()
        cursor = self.textCursor()
        cursor.setPosition(position, mode)
        self.setTextCursor(cursor)
        bar.setValue(scroll)

    def _step_out_of_fold(self, before: QTextCursor, scroll: int) -> None:
        """A move ended inside folded text: go on to the visible text after the fold, or,
        when the fold ends the article, stop at the visible text the move came from."""
        cursor = self.textCursor()
        step = 1 if cursor.position() >= before.position() else -1
        ahead = _visible(cursor.block(), step)
        behind = _visible(cursor.block(), -step)
        if ahead is not None:
            position = _edge_of(ahead, -step)
        elif behind is not None:
            position = _edge_of(behind, step)
        else:
            return
        mode = Move.KeepAnchor if cursor.hasSelection() else Move.MoveAnchor
        if mode is Move.KeepAnchor:
            cursor.setPosition(cursor.anchor())
        cursor.setPosition(position, mode)
        self.verticalScrollBar().setValue(scroll)
        self.setTextCursor(cursor)


def _visible(block: QTextBlock, step: int) -> QTextBlock | None:
    """``block`` if it is shown, else the nearest shown block after it (``step`` 1) or
    before it (-1)."""
    while block.isValid() and not block.isVisible():
        block = block.next() if step > 0 else block.previous()
    return block if block.isValid() else None


def _edge_of(block: QTextBlock, step: int) -> int:
    """The document position at the end (``step`` 1) or start (-1) of ``block``."""
    return block.position() + block.length() - 1 if step > 0 else block.position()


def _in_word(text: str, index: int) -> bool:
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] in "_-'’")


def snapped_to_words(cursor: QTextCursor) -> QTextCursor:
    """``cursor``'s selection with each end that falls inside a word moved out to that
    word's edge, and each end on a paragraph break moved into its paragraph (the anchor
    stays the anchor)."""
    document = cursor.document()

    def edge(position: int, step: int) -> int:
        block = document.findBlock(position)
        text, at = block.text(), position - block.position()
        if not (_in_word(text, at - 1) and _in_word(text, at)):
            return position  # between words already
        while _in_word(text, at - 1 if step < 0 else at):
            at += step
        return block.position() + at

    anchor, position = cursor.anchor(), cursor.position()
    forward = position >= anchor
    start, end = (anchor, position) if forward else (position, anchor)
    start, end = edge(start, -1), edge(end, 1)
    # nor the break between two paragraphs at either end (a drag begun in the space
    # between them): the selection starts on the next paragraph, ends on the last one
    first = document.findBlock(start)
    if start < end and start == _edge_of(first, 1) and first.next().isValid():
        start = first.next().position()
    last = document.findBlock(end)
    if start < end and end == last.position() and last.previous().isValid():
        end = _edge_of(last.previous(), 1)
    snapped = QTextCursor(cursor)
    snapped.setPosition(start if forward else end)
    snapped.setPosition(end if forward else start, QTextCursor.MoveMode.KeepAnchor)
    return snapped
