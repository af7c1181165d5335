"""The "Also in…" marks of the reader: a quiet note in the right margin beside each
paragraph that other articles share ("also in 3 articles"), and the list it opens — each
copy with the words its outlet changed marked, a button to open it and one to copy the
highlights of this paragraph onto it.

The marks are small buttons on the text's viewport, placed from the layout of the
paragraph's first line; they follow scrolling, resizing and re-rendering (zoom, theme),
and never take the text's place or its clicks."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.passages import PassageCopy, SharedPassage
from reader.ui import defs
from reader.ui.article.view import ArticleView
from reader.ui.theme import ReaderColors

MARK_GAP = 14  # between the text's right edge and a mark
LIST_WIDTH = 460


class AlsoInMarks(QObject):
    """The margin marks of one reader. ``opened`` gives the passage whose mark was
    clicked and where to show its list (global position)."""

    opened = Signal(object, QPoint)

    def __init__(self, view: ArticleView) -> None:
        super().__init__(view)
        self.view = view
        self.passages: list[SharedPassage] = []
        self.marks: list[QToolButton] = []
        self._colors: ReaderColors | None = None
        self._compact: bool | None = None  # the marks show only their number
        view.browser.viewport().installEventFilter(self)
        view.installEventFilter(self)  # the language changes
        view.browser.verticalScrollBar().valueChanged.connect(lambda _: self.place())

    def set_passages(self, passages: Sequence[SharedPassage]) -> None:
        for mark in self.marks:
            mark.deleteLater()
        self.marks = []
        self.passages = list(passages)
        viewport = self.view.browser.viewport()
        for passage in self.passages:
            mark = QToolButton(viewport)
            mark.setObjectName("alsoInMark")
            mark.setAutoRaise(True)
            mark.setCursor(Qt.CursorShape.PointingHandCursor)
            mark.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            mark.clicked.connect(lambda _=False, p=passage, m=mark: self._open(p, m))
            self.marks.append(mark)
        self.retranslate()
        self.restyle()
        self.place()

    def clear(self) -> None:
        self.set_passages([])

    def retranslate(self) -> None:
        self._compact = None  # the texts are set again by place()
        for mark, passage in zip(self.marks, self.passages, strict=True):
            if passage.background:
                label = (
                    self.tr("Repeated in one other story: click to compare")
                    if passage.articles == 1
                    else self.tr("Repeated in %1 other stories: click to compare").replace(
                        "%1", str(passage.articles)
                    )
                )
            else:
                label = (
                    self.tr("Also in one other article: click to compare")
                    if passage.articles == 1
                    else self.tr("Also in %1 other articles: click to compare").replace(
                        "%1", str(passage.articles)
                    )
                )
            mark.setToolTip(label)
            mark.setAccessibleName(label)
        self.place()

    def _also_in(self, count: int, background: bool = False) -> str:
        if background:
            if count == 1:
                return self.tr("repeated in 1 story")
            return self.tr("repeated in %1 stories").replace("%1", str(count))
        if count == 1:
            return self.tr("also in 1 article")
        return self.tr("also in %1 articles").replace("%1", str(count))

    def _set_texts(self, compact: bool) -> None:
        """ "also in 3 articles" where the margin has room, else just "3"."""
        if compact == self._compact:
            return
        self._compact = compact
        for mark, passage in zip(self.marks, self.passages, strict=True):
            if compact:
                mark.setText(str(passage.articles))
            else:
                mark.setText(self._also_in(passage.articles, passage.background))
            mark.adjustSize()

    def restyle(self) -> None:
        colors: ReaderColors = self.view.colors
        self._colors = colors
        for mark, passage in zip(self.marks, self.passages, strict=True):
            # a passage only other stories repeat is marked more quietly: a dotted rule,
            # italic, no weight of its own beside a copy of the same story
            rule = "1px dotted" if passage.background else "2px solid"
            style = "italic" if passage.background else "normal"
            mark.setStyleSheet(
                f"QToolButton {{ color: {colors.muted.name()}; border: none;"
                f" border-left: {rule} {colors.rule.name()}; padding: 0 4px;"
                f" background: transparent; font-size: 8pt; font-style: {style}; }}"
                f"QToolButton:hover {{ color: {colors.accent.name()};"
                f" border-left-color: {colors.accent.name()}; }}"
            )
            mark.adjustSize()

    def place(self) -> None:
        """Put each mark beside its paragraph's first line (hidden when the margin is
        too narrow for it, or the paragraph is folded away)."""
        view = self.view
        if self._colors is not view.colors:  # the theme changed: the article was repainted
            self.restyle()
        if view.rendered is None:
            for mark in self.marks:
                mark.hide()
            return
        browser = view.browser
        width = browser.viewport().width()
        side = max(defs.READER_MIN_SIDE_PX, (width - browser.measure) // 2)
        widest = max(
            (
                m.fontMetrics().horizontalAdvance(self._also_in(9, background))
                for m in self.marks[:1]
                for background in (False, True)
            ),
            default=0,
        )
        self._set_texts(compact=MARK_GAP + widest + 16 > side)
        for mark, passage in zip(self.marks, self.passages, strict=True):
            cursor = view.cursor_for(passage.start, passage.start)
            if cursor is None or not cursor.block().isVisible():
                mark.hide()
                continue
            plain = QTextCursor(cursor)
            plain.clearSelection()
            top = browser.cursorRect(plain).top()
            gap = MARK_GAP if not self._compact else 4
            x = min(width - side + gap, width - mark.width() - 1)
            if mark.pos() != QPoint(x, top):
                mark.move(x, top)
            mark.setVisible(-mark.height() < top < browser.viewport().height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.view:
            if kind == QEvent.Type.LanguageChange:
                self.retranslate()
        elif self.marks and kind in (QEvent.Type.Resize, QEvent.Type.Paint):
            self.place()
        return False

    def _open(self, passage: SharedPassage, mark: QToolButton) -> None:
        self.opened.emit(passage, mark.mapToGlobal(QPoint(0, mark.height())))


def copy_html(copy: PassageCopy, colors: ReaderColors) -> str:
    """The other paragraph with the words its outlet changed marked, the text outside
    the shared stretch dimmed."""
    text, base = copy.text, copy.start
    s0, s1 = copy.other_shared[0] - base, copy.other_shared[1] - base
    parts = [f'<span style="color:{colors.muted.name()}">{html.escape(text[:s0])}</span>']
    pos = s0
    for cs, ce in copy.other_changed:
        cs, ce = cs - base, ce - base
        parts.append(html.escape(text[pos:cs]))
        parts.append(
            f'<span style="background:{colors.hit.name()}; color:{colors.ink.name()}">'
            f"{html.escape(text[cs:ce])}</span>"
        )
        pos = ce
    parts.append(html.escape(text[pos:s1]))
    parts.append(f'<span style="color:{colors.muted.name()}">{html.escape(text[s1:])}</span>')
    return "".join(parts)


class AlsoInList(QFrame):
    """The copies of one passage, earliest first. ``open_requested`` (article id, start,
    end) shows a copy; ``copy_requested`` (passage, copy) puts this paragraph's
    highlights on it."""

    open_requested = Signal(str, int, int)
    copy_requested = Signal(object, object)

    def __init__(
        self,
        passage: SharedPassage,
        colors: ReaderColors,
        highlights: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("alsoInList")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.passage = passage
        self.setStyleSheet(
            f"#alsoInList {{ background: {colors.paper.name()}; }}"
            f"#alsoInList QLabel {{ color: {colors.ink.name()}; }}"
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(defs.MARGIN * 2, defs.MARGIN, defs.MARGIN * 2, defs.MARGIN)
        if passage.background:
            heading = QLabel(
                self.tr("Repeated in 1 other story")
                if passage.articles == 1
                else self.tr("Repeated in %1 other stories").replace("%1", str(passage.articles))
            )
        else:
            heading = QLabel(
                self.tr("Also in 1 other article")
                if passage.articles == 1
                else self.tr("Also in %1 other articles").replace("%1", str(passage.articles))
            )
        heading.setObjectName("alsoInHeading")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        outer.addWidget(heading)
        hint = QLabel(self.tr("Marked: the words each one wrote differently."))
        hint.setStyleSheet(f"color: {colors.muted.name()}")
        outer.addWidget(hint)
        body = QWidget()
        rows = QVBoxLayout(body)
        rows.setContentsMargins(0, 0, 0, 0)
        self.entries: list[QWidget] = []
        for copy in passage.copies:
            entry = self._entry(copy, colors, highlights)
            rows.addWidget(entry)
            self.entries.append(entry)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll, 1)
        self.setFixedWidth(LIST_WIDTH)
        body.setFixedWidth(LIST_WIDTH - defs.MARGIN * 5)
        body.adjustSize()
        scroll.setMinimumHeight(min(400, body.sizeHint().height()))

    def _entry(self, copy: PassageCopy, colors: ReaderColors, highlights: int) -> QWidget:
        entry = QFrame()
        entry.setObjectName("alsoInEntry")
        entry.setStyleSheet(f"#alsoInEntry {{ border-top: 1px solid {colors.rule.name()}; }}")
        layout = QVBoxLayout(entry)
        layout.setContentsMargins(0, defs.SPACING, 0, defs.SPACING)
        where = " · ".join(x for x in (copy.source, copy.date) if x)
        title = QLabel(
            f"<b>{html.escape(copy.title)}</b>"
            + (
                f' <span style="color:{colors.muted.name()}">{html.escape(where)}</span>'
                if where
                else ""
            )
        )
        title.setWordWrap(True)
        layout.addWidget(title)
        if not copy.same_story:
            other = QLabel(self.tr("Another story that repeats this passage"))
            other.setObjectName("alsoInOtherStory")
            other.setStyleSheet(f"color: {colors.muted.name()}; font-style: italic")
            layout.addWidget(other)
        text = QLabel(copy_html(copy, colors))
        text.setObjectName("alsoInText")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(text)
        buttons = QHBoxLayout()
        open_button = QPushButton(self.tr("Open"))
        open_button.clicked.connect(lambda: self._open(copy))
        buttons.addWidget(open_button)
        if highlights:
            copy_button = QPushButton(
                self.tr("Copy my highlight here")
                if highlights == 1
                else self.tr("Copy my %1 highlights here").replace("%1", str(highlights))
            )
            copy_button.setObjectName("alsoInCopy")
            copy_button.setToolTip(
                self.tr("Put this paragraph's highlights, notes and tags on this copy")
            )
            copy_button.clicked.connect(lambda _=False, b=copy_button: self._copy(copy, b))
            buttons.addWidget(copy_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return entry

    def _open(self, copy: PassageCopy) -> None:
        self.open_requested.emit(copy.article_id, copy.start, copy.end)
        self.close()

    def _copy(self, copy: PassageCopy, button: QPushButton) -> None:
        self.copy_requested.emit(self.passage, copy)
        button.setEnabled(False)
