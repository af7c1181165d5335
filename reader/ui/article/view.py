"""The reader: the article laid out for reading, find in article, search-hit
navigation, zoom, folded page furniture."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from reader.core.finding import find_folded
from reader.core.model import Annotation, Article, EntityMention
from reader.ui import defs, keymap
from reader.ui.annotations.colors import highlight_color
from reader.ui.article import overlay
from reader.ui.article.bars import FindBar, HitBar
from reader.ui.article.browser import ReaderBrowser
from reader.ui.article.mapping import utf16_offsets
from reader.ui.article.place import ReturnTo, put_at_top, top_line
from reader.ui.article.popup import SelectionPopup
from reader.ui.article.render import FOLD_SCHEME, Rendered, render, toggle_fold
from reader.ui.theme import ENTITY_TYPES, LIGHT, ReaderColors


class ArticleView(QWidget):
    """Shows one article; everything positional goes through the rendered OffsetMap."""

    zoom_changed = Signal(int)
    correction_requested = Signal(object)  # an EntityCorrection
    # "highlight", "note" or "tags", start, end (canonical offsets), colour name ("" = default)
    annotation_requested = Signal(str, int, int, str)
    annotation_delete_requested = Signal(str)  # annotation id
    lookup_requested = Signal(str, QPoint)  # a word to look up, where (global position)
    glossary_requested = Signal(str)  # a word or a selected expression for the glossary

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colors: ReaderColors = LIGHT
        self.zoom = 0
        self.article: Article | None = None
        self.rendered: Rendered | None = None
        self._hits: list[tuple[int, int]] = []
        self._hit_index = -1
        self._matches: list[QTextCursor] = []
        self._match_index = -1
        self._entities: list[EntityMention] = []
        self._annotations: list[Annotation] = []
        self._pair: tuple[int, int] | None = None  # the paragraph paired with a translation
        self.entity_types: set[str] = set(ENTITY_TYPES)
        self.dark = False
        self.article_counts: dict[tuple[str, str], int] = {}  # entity → articles mentioning it
        self.type_names: dict[str, str] = {}
        self.color_meanings: dict[str, str] = {}

        self.browser = ReaderBrowser()
        self.browser.setObjectName("articleText")
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.browser)
        self.find_bar = FindBar()
        self.find_bar.hide()
        self._finding = False  # open, even while a host hides the view and the bar
        self.hit_bar = HitBar()
        self.hit_bar.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.hit_bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.find_bar)

        self.browser.anchorClicked.connect(self._on_browser_anchor_clicked)
        self.find_bar.field.textChanged.connect(self._on_find_text_changed)
        self.find_bar.next.clicked.connect(lambda: self._step_match(1))
        self.find_bar.previous.clicked.connect(lambda: self._step_match(-1))
        self.find_bar.closed.connect(self.close_find)
        self.hit_bar.next.clicked.connect(self.next_hit)
        self.hit_bar.previous.clicked.connect(self.previous_hit)
        self.hit_bar.closed.connect(lambda: self.set_hits([]))
        self.browser.viewport().installEventFilter(self)
        self.browser.installEventFilter(self)
        self.popup = SelectionPopup(self.browser.viewport())
        self.popup.chosen.connect(self._on_popup_chosen)
        self._popup_timer = QTimer(self, singleShot=True, interval=300)
        self._popup_timer.timeout.connect(self._update_popup)
        self.browser.selectionChanged.connect(self._popup_timer.start)
        self.browser.verticalScrollBar().valueChanged.connect(lambda _: self.popup.hide())
        self.browser.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.browser.customContextMenuRequested.connect(self._on_browser_context_menu)
        QShortcut(keymap.sequence("next_hit"), self, self.next_hit)
        QShortcut(keymap.sequence("previous_hit"), self, self.previous_hit)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The view's texts in the UI's language: its counts, and the article's own
        words (the folded page furniture says how many lines it hides), kept in place."""
        self.browser.setAccessibleName(self.tr("Article text"))
        self.placeholder.setText(
            self.tr("Choose an article in the library, or search with Ctrl+K.")
        )
        if self.current_hit is not None:
            self.hit_bar.label.setText(
                self.tr("Search hit %1 of %2")
                .replace("%1", str(self._hit_index + 1))
                .replace("%2", str(len(self._hits)))
            )
        elif self._hits:
            self.hit_bar.label.setText(self.tr("%n search hit(s)", "", len(self._hits)))
        self._update_find_count(self.find_bar.field.text())
        if self.rendered is not None and self.rendered.folds:
            self._rerender()

    # -- content --------------------------------------------------------------------------

    def show_article(self, article: Article | None) -> None:
        """Show ``article`` from its top; the same article shown again (its tags changed)
        keeps the reader's place and selection."""
        same = article is not None and self.article is not None and article.id == self.article.id
        place = self._place() if same else None
        self.article = article
        self._hits, self._hit_index = [], -1
        self._entities = []
        self._annotations = []
        self._pair = None
        self.hit_bar.hide()
        if article is None:
            self.rendered = None
            self.stack.setCurrentWidget(self.placeholder)
            return
        self._render()
        self.stack.setCurrentWidget(self.browser)
        self._restore_place(place)
        if self.find_bar.isVisible():
            self._on_find_text_changed(self.find_bar.field.text())

    def _place(self) -> tuple[int, int, int] | None:
        """The scroll value and the selection (canonical offsets) of the shown article."""
        if self.rendered is None:
            return None
        cursor = self.browser.textCursor()
        to_canonical = self.rendered.mapping.to_canonical
        start = to_canonical(cursor.selectionStart())
        end = to_canonical(cursor.selectionEnd())
        if start is None or end is None:
            start = end = -1
        return self.browser.verticalScrollBar().value(), start, end

    def _restore_place(self, place: tuple[int, int, int] | None) -> None:
        scroll, start, end = place or (0, -1, -1)
        if 0 <= start <= end and self.article is not None and end <= len(self.article.text):
            cursor = self.cursor_for(start, end)
            if cursor is not None:
                self.browser.setTextCursor(cursor)
        self.browser.verticalScrollBar().setValue(scroll)

    def _render(self) -> None:
        if self.article is None:
            return
        scroll = self.browser.verticalScrollBar().value()
        self.rendered = render(self.article, self.colors, self.zoom)
        self.browser.setDocument(self.rendered.document)
        self.browser.apply_margins()
        self.browser.setStyleSheet(
            f"QTextBrowser {{ background: {self.colors.paper.name()};"
            f" color: {self.colors.ink.name()}; }}"
        )
        self.browser.verticalScrollBar().setValue(scroll)
        self._paint()

    def set_colors(self, colors: ReaderColors) -> None:
        """Paint the article in other colours (a theme change): a new document, but the
        reader's place and selection stay."""
        self.colors = colors
        self._rerender()

    def _rerender(self) -> None:
        """Render the shown article again, keeping the selection (a new document would
        otherwise drop the selection the reader was about to use) and the line read at the
        top of the view: a zoom changes every line's height, and the same scroll value
        showed another passage, a page or more away."""
        place = self._place()
        top = top_line(self)
        self._render()
        if place is not None:
            self._restore_place(place)
        if top is not None:
            put_at_top(self, *top)

    def top_offset(self) -> int:
        """Where the reader is: the canonical offset of the text at the top of the view
        (0 at the top)."""
        top = top_line(self)
        return top[0] if top is not None else 0

    def return_to(self, offset: int) -> None:
        """Show the open article from canonical ``offset`` (its line at the top), the
        place the reader was at, once the view is on screen at its size."""
        if offset > 0:
            ReturnTo(self, offset)

    # -- zoom -------------------------------------------------------------------------------

    def set_zoom(self, zoom: int) -> None:
        zoom = max(defs.ZOOM_MIN, min(defs.ZOOM_MAX, zoom))
        if zoom != self.zoom:
            self.zoom = zoom
            self._rerender()
            self.zoom_changed.emit(zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom + 1)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom - 1)

    def zoom_reset(self) -> None:
        self.set_zoom(0)

    # -- painting: search hits and find matches -------------------------------------------

    def _selection(self, cursor: QTextCursor, color: QColor) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(color)
        sel.format = fmt
        sel.cursor = cursor
        return sel

    def cursor_for(self, start: int, end: int) -> QTextCursor | None:
        """A document cursor over canonical ``text[start:end]``."""
        if self.rendered is None:
            return None
        a, b = self.rendered.mapping.range_to_document(start, end)
        cursor = QTextCursor(self.rendered.document)
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    # -- entities ---------------------------------------------------------------------------

    def set_entities(self, mentions: list[EntityMention]) -> None:
        self._entities = sorted(mentions, key=lambda m: (m.start, m.end))
        self._paint()

    def entities(self) -> list[EntityMention]:
        return list(self._entities)

    def set_entity_types(self, types: set[str]) -> None:
        self.entity_types = set(types)
        self._paint()

    def entity_at(self, offset: int) -> EntityMention | None:
        for mention in self._entities:
            if mention.start <= offset < mention.end:
                return mention
        return None

    def reveal_range(self, start: int, end: int) -> None:
        """Select canonical ``text[start:end]`` and bring it into view."""
        cursor = self.cursor_for(start, end)
        if cursor is not None:
            self.browser.setTextCursor(cursor)
            self._reveal(cursor)

    # -- annotations ------------------------------------------------------------------------

    def set_annotations(self, annotations: list[Annotation]) -> None:
        self._annotations = sorted(
            (a for a in annotations if a.status != "orphaned"), key=lambda a: a.start
        )
        self._paint()

    def annotations(self) -> list[Annotation]:
        return list(self._annotations)

    def mark_pair(self, span: tuple[int, int] | None) -> None:
        """Tint the original paragraph that the reader is looking at in the translation."""
        self._pair = span
        self._paint()
        if span is not None:
            cursor = self.cursor_for(*span)
            if cursor is not None:
                self._reveal(cursor)

    def annotation_at(self, offset: int) -> Annotation | None:
        for a in self._annotations:
            if a.start <= offset < a.end:
                return a
        return None

    def _update_popup(self) -> None:
        cursor = self.browser.textCursor()
        if self.article is None or not cursor.hasSelection() or self.selected_range() is None:
            self.popup.hide()
            return
        self.popup.show_for(self.browser)

    def _on_popup_chosen(self, mode: str, number: str) -> None:
        selected = self.selected_range()
        self.popup.hide()
        if selected is not None:
            self.annotation_requested.emit(mode, selected[0], selected[1], number)

    def jump_annotation(self, step: int) -> None:
        """``]`` and ``[``: the next or previous highlight after the cursor."""
        if not self._annotations or self.rendered is None:
            return
        here = self.rendered.mapping.to_canonical(self.browser.textCursor().selectionStart()) or 0
        if step > 0:
            target = next((a for a in self._annotations if a.start > here), self._annotations[0])
        else:
            target = next(
                (a for a in reversed(self._annotations) if a.start < here), self._annotations[-1]
            )
        self.reveal_range(target.start, target.end)

    def _on_annotation_key(self, text: str, key: int) -> bool:
        selected = self.selected_range()
        cursor_offset = None
        if self.rendered is not None:
            cursor_offset = self.rendered.mapping.to_canonical(self.browser.textCursor().position())
        under = self.annotation_at(selected[0] if selected else (cursor_offset or -1))
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if under is not None:
                self.annotation_delete_requested.emit(under.id)
                return True
            return False
        if text in ("[", "]"):
            self.jump_annotation(1 if text == "]" else -1)
            return True
        if selected is None and under is not None:
            selected = (under.start, under.end)
        if selected is None:
            return False
        if text.lower() == "h":
            self.annotation_requested.emit("highlight", selected[0], selected[1], "")
        elif text.isdigit() and text != "0":
            self.annotation_requested.emit("highlight", selected[0], selected[1], text)
        elif text.lower() == "n":
            self.annotation_requested.emit("note", selected[0], selected[1], "")
        elif text.lower() == "t":
            self.annotation_requested.emit("tags", selected[0], selected[1], "")
        else:
            return False
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.browser and event.type() == QEvent.Type.KeyPress:
            key_event = cast(QKeyEvent, event)
            held = key_event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            # the keys by the character they type: on an AZERTY keyboard the digits need
            # Shift and the brackets AltGr, and Shift+H is H (none of them did anything);
            # Del and Backspace only alone
            typing = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.GroupSwitchModifier
            key = key_event.key() if not held else 0
            if (not held or not held & ~typing) and self._on_annotation_key(key_event.text(), key):
                return True
        if watched is self.browser.viewport() and event.type() == QEvent.Type.ToolTip:
            overlay.show_tooltip(self, event)  # type: ignore[arg-type]
            return True
        return super().eventFilter(watched, event)

    def selected_range(self) -> tuple[int, int] | None:
        """The selection's canonical offsets, without the spaces at its ends: a drag
        with the mouse takes the space after the last word, which a highlight, its quote
        and its export would keep."""
        cursor = self.browser.textCursor()
        if self.rendered is None or self.article is None or not cursor.hasSelection():
            return None
        start = self.rendered.mapping.to_canonical(cursor.selectionStart())
        end = self.rendered.mapping.to_canonical(cursor.selectionEnd())
        if start is None or end is None:
            return None
        text = self.article.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if end > start else None

    def _on_browser_context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu(pos)
        menu.exec(self.browser.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def context_menu(self, pos: QPoint) -> QMenu:
        """The menu for a right click at ``pos``: Qt's own, lookup, annotation and entity
        commands."""
        menu = self.browser.createStandardContextMenu(pos)
        # Qt enables "Copy Link Location" from the last link it saw, not the one under
        # the pointer: on text with no link it would copy nothing (or an old link)
        link = self.browser.anchorAt(pos)
        for action in menu.actions():
            if action.objectName() == "link-copy":
                action.setEnabled(bool(link))
        overlay.add_lookup_action(self, menu, pos)
        overlay.add_annotation_actions(self, menu)
        overlay.add_correction_actions(self, menu, pos)
        return menu

    def add_entity_actions(self, menu: QMenu, pos: QPoint) -> None:
        overlay.add_correction_actions(self, menu, pos)

    def _paint(self) -> None:
        selections = []
        if self._pair is not None:
            cursor = self.cursor_for(*self._pair)
            if cursor is not None:
                selections.append(self._selection(cursor, self.colors.rule))
        for mention in self._entities:
            if mention.label in self.entity_types:
                sel = overlay.selection(self, mention)
                if sel is not None:
                    selections.append(sel)
        for annotation in self._annotations:
            cursor = self.cursor_for(annotation.start, annotation.end)
            if cursor is not None:
                selections.append(
                    self._selection(cursor, highlight_color(annotation.color, self.dark))
                )
        for i, (start, end) in enumerate(self._hits):
            cursor = self.cursor_for(start, end)
            if cursor is not None:
                color = self.colors.current_hit if i == self._hit_index else self.colors.hit
                selections.append(self._selection(cursor, color))
        for i, cursor in enumerate(self._matches):
            color = self.colors.current_hit if i == self._match_index else self.colors.hit
            selections.append(self._selection(cursor, color))
        self.browser.setExtraSelections(selections)

    def set_hits(self, hits: list[tuple[int, int]], go: bool = True) -> None:
        """Mark search hits (canonical offsets) and go to the first; with ``go`` False
        (the query changed under an article being read) the view stays and F3 goes."""
        self._hits = sorted(hits)
        self._hit_index = 0 if self._hits and go else -1
        self.hit_bar.setVisible(bool(self._hits) and not self.isHidden())
        self._paint()
        if go:
            self._show_hit()
        else:
            self.hit_bar.label.setText(self.tr("%n search hit(s)", "", len(self._hits)))

    def setVisible(self, visible: bool) -> None:
        """The hit and find bars go with the view: a host may have placed them outside
        (side by side puts them above and below both columns)."""
        super().setVisible(visible)
        self.hit_bar.setVisible(visible and bool(self._hits))
        self.find_bar.setVisible(visible and self._finding)

    def hits(self) -> list[tuple[int, int]]:
        return list(self._hits)

    @property
    def current_hit(self) -> tuple[int, int] | None:
        return self._hits[self._hit_index] if 0 <= self._hit_index < len(self._hits) else None

    def next_hit(self) -> None:
        if self._hits:
            self._hit_index = (self._hit_index + 1) % len(self._hits)
            self._paint()
            self._show_hit()

    def previous_hit(self) -> None:
        if self._hits:
            self._hit_index = (max(self._hit_index, 0) - 1) % len(self._hits)
            self._paint()
            self._show_hit()

    def _show_hit(self) -> None:
        hit = self.current_hit
        if hit is None:
            return
        self.hit_bar.label.setText(
            self.tr("Search hit %1 of %2")
            .replace("%1", str(self._hit_index + 1))
            .replace("%2", str(len(self._hits)))
        )
        cursor = self.cursor_for(*hit)
        if cursor is not None:
            self._reveal(cursor)

    def _reveal(self, cursor: QTextCursor) -> None:
        """Scroll so that ``cursor`` sits in the upper third of the view."""
        plain = QTextCursor(cursor)
        plain.clearSelection()
        rect = self.browser.cursorRect(plain)
        bar = self.browser.verticalScrollBar()
        target = bar.value() + rect.top() - self.browser.viewport().height() // 3
        bar.setValue(max(0, target))

    # -- find in article ------------------------------------------------------------------

    def open_find(self) -> None:
        self._finding = True
        self.find_bar.setVisible(not self.isHidden())
        self.find_bar.field.setFocus()
        self.find_bar.field.selectAll()
        self._on_find_text_changed(self.find_bar.field.text())

    def close_find(self) -> None:
        self._finding = False
        self.find_bar.hide()
        self._matches, self._match_index = [], -1
        self._paint()
        self.browser.setFocus()

    def _on_find_text_changed(self, text: str) -> None:
        self._matches = []
        doc = self.browser.document()
        if text and self.rendered is not None:
            # as typed: no case, accents or typographic marks (``l'IA`` finds *l’IA*)
            raw = doc.toRawText()
            units = utf16_offsets(raw)
            for start, end in find_folded(raw, text):
                cursor = QTextCursor(doc)
                cursor.setPosition(units(start))
                cursor.setPosition(units(end), QTextCursor.MoveMode.KeepAnchor)
                if cursor.block().isVisible():
                    self._matches.append(cursor)
        self._match_index = 0 if self._matches else -1
        self._update_find_count(text)
        self._paint()
        if self._matches:
            self._reveal(self._matches[0])

    def _update_find_count(self, text: str) -> None:
        if not text:
            self.find_bar.count.setText("")
        elif not self._matches:
            self.find_bar.count.setText(self.tr("No match"))
        else:
            self.find_bar.count.setText(
                self.tr("%1 of %2")
                .replace("%1", str(self._match_index + 1))
                .replace("%2", str(len(self._matches)))
            )

    def _step_match(self, step: int) -> None:
        if not self._matches:
            return
        self._match_index = (self._match_index + step) % len(self._matches)
        self._update_find_count(self.find_bar.field.text())
        self._paint()
        self._reveal(self._matches[self._match_index])

    def match_count(self) -> int:
        return len(self._matches)

    # -- folds ------------------------------------------------------------------------------

    def _on_browser_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == FOLD_SCHEME and self.rendered is not None:
            toggle_fold(self.rendered, int(url.path()), self.colors, self.zoom)
            self._paint()
