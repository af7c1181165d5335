"""Suggested tags under an article's details: quiet chips, each with its own button to
add the tag (an ordinary tag change, undone by Edit → Undo) and one to dismiss it
(remembered in the library file, also undoable). Both are buttons, so Tab reaches them
and Space or Enter presses them.

The suggestions are worked out on the read pool (:func:`reader.services.suggestions.
suggested_tags` may recognise the article's entities first); a result for an article
that is no longer shown is dropped."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from reader.core.model import Article
from reader.services import suggestions
from reader.services.suggestions import Suggestion
from reader.ui.annotations.commands import ChangeTags, Named
from reader.ui.context import UiContext
from reader.ui.flow import FlowLayout
from reader.ui.tasks import TaskContext

CHIP_STYLE = (
    "QFrame#suggestionChip { border: 1px dashed palette(mid); border-radius: 11px; }"
    "QFrame#suggestionChip:hover { border-style: solid; }"
    "QFrame#suggestionChip QToolButton { border: none; padding: 1px 3px;"
    " color: palette(window-text); }"
    "QFrame#suggestionChip QToolButton:focus { border: 1px solid palette(highlight);"
    " border-radius: 8px; }"
    "QFrame#suggestionChip QToolButton#dismissSuggestion { color: palette(placeholder-text); }"
)


class TagHost(Protocol):
    """What the chips need of the window's tag editing (the annotation controller has
    it): its undo stack. The article shown again with its new tags, its library row
    read again: the views do it, told by the library's broadcast of changes."""

    undo_stack: QUndoStack


class DismissSuggestion(Named):
    def __init__(
        self, ctx: UiContext, article_id: str, suggestion: Suggestion, done: Callable[[], None]
    ) -> None:
        super().__init__(
            lambda: QCoreApplication.translate("SuggestedTags", "Dismiss suggestion %1").replace(
                "%1", suggestion.name
            )
        )
        self.ctx, self.article_id, self.suggestion, self.done = ctx, article_id, suggestion, done

    def _write(self, work: Callable[[], object]) -> None:
        self.ctx.tasks.run(lambda _: work(), write=True, on_success=lambda _: self.done())

    def redo(self) -> None:
        library, article_id, s = self.ctx.library, self.article_id, self.suggestion
        self._write(lambda: suggestions.dismiss(library, article_id, s))

    def undo(self) -> None:
        library, article_id, s = self.ctx.library, self.article_id, self.suggestion
        self._write(lambda: suggestions.restore(library, article_id, s))


class SuggestedTags(QWidget):
    """The "Suggested tags" block of the details panel."""

    def __init__(
        self, ctx: UiContext, host: Callable[[], TagHost], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("suggestedTags")
        self.ctx, self.host = ctx, host
        self.heading = QLabel()
        self.heading.setObjectName("suggestionsHeading")
        self.heading.setStyleSheet("color: palette(placeholder-text);")
        self.note = QLabel()
        self.note.setObjectName("suggestionsNote")
        self.note.setStyleSheet("color: palette(placeholder-text); font-style: italic;")
        self.note.setWordWrap(True)
        self.chips = QWidget()
        self.chips.setStyleSheet(CHIP_STYLE)
        self.chips_layout = FlowLayout(self.chips, spacing=6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.chips)
        layout.addWidget(self.note)
        self.article: Article | None = None
        self.shown: list[Suggestion] = []
        self.retranslate()
        self.setVisible(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Suggested tags"))
        self.heading.setAccessibleName(self.tr("Suggested tags"))
        self._fill(self.shown)

    # -- loading ----------------------------------------------------------------------------

    def show_article(self, article: Article | None) -> None:
        same = self.article is not None and article is not None and article.id == self.article.id
        self.article = article
        self.setVisible(article is not None)
        if article is None:
            self.ctx.tasks.invalidate("suggestions")
            return
        if not same:
            self.shown = []
            self._fill([])
            self.note.setText(self.tr("Looking for suggestions…"))
        library, article_id = self.ctx.library, article.id

        def work(_: TaskContext) -> tuple[str, list[Suggestion]]:
            return article_id, suggestions.suggested_tags(library, article_id)

        self.ctx.tasks.run(work, on_success=self._on_loaded, key="suggestions", slow=True)

    def _on_loaded(self, result: tuple[str, list[Suggestion]]) -> None:
        article_id, found = result
        if self.article is None or self.article.id != article_id:
            return  # another article was opened meanwhile
        self.shown = found
        self._fill(found)

    def _fill(self, found: list[Suggestion]) -> None:
        focused = self.chips.focusWidget() is not None and self.chips.isAncestorOf(
            self.chips.focusWidget()
        )
        while self.chips_layout.count():
            item = self.chips_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone now; deleted once back in the event loop
                widget.deleteLater()
        for suggestion in found:
            self.chips_layout.addWidget(self._chip(suggestion))
        self.note.setText("" if found else self.tr("No suggestions for this article."))
        self.note.setVisible(not found)
        if focused and found:  # the keyboard stays in the chips after one is used
            first = self.chips_layout.itemAt(0)
            chip = first.widget() if first is not None else None
            button = chip.findChild(QToolButton, "acceptSuggestion") if chip else None
            if button is not None:
                button.setFocus()

    def _chip(self, suggestion: Suggestion) -> QFrame:
        chip = QFrame()
        chip.setObjectName("suggestionChip")
        row = QHBoxLayout(chip)
        row.setContentsMargins(6, 0, 2, 0)
        row.setSpacing(0)
        accept = QToolButton()
        accept.setObjectName("acceptSuggestion")
        accept.setText(f"+ {suggestion.name}")
        accept.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        accept.setAccessibleName(self.tr("Add the tag %1").replace("%1", suggestion.name))
        if suggestion.existing and suggestion.reason.casefold() != suggestion.name.casefold():
            tip = self.tr("Add your tag “%1” (the article says “%2”)").replace(
                "%2", html.escape(suggestion.reason)
            )
        elif suggestion.existing:
            tip = self.tr("Add your tag “%1”")
        else:
            tip = self.tr("Add the tag “%1”")
        accept.setToolTip(tip.replace("%1", html.escape(suggestion.name)))
        dismiss = QToolButton()
        dismiss.setObjectName("dismissSuggestion")
        dismiss.setText("×")
        dismiss.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        dismiss.setAccessibleName(
            self.tr("Dismiss the suggestion %1").replace("%1", suggestion.name)
        )
        dismiss.setToolTip(
            self.tr("Do not suggest “%1” for this article again").replace(
                "%1", html.escape(suggestion.name)
            )
        )
        accept.clicked.connect(lambda _=False, s=suggestion: self.accept(s))
        dismiss.clicked.connect(lambda _=False, s=suggestion: self.dismiss(s))
        row.addWidget(accept)
        row.addWidget(dismiss)
        return chip

    # -- accepting and dismissing -------------------------------------------------------------

    def _take(self, suggestion: Suggestion) -> None:
        """The chip goes at once; the store catches up on the serial worker."""
        self.shown = [s for s in self.shown if s.key != suggestion.key]
        self._fill(self.shown)

    def accept(self, suggestion: Suggestion) -> None:
        if self.article is None:
            return
        host, library, article_id = self.host(), self.ctx.library, self.article.id
        self._take(suggestion)
        host.undo_stack.push(
            ChangeTags(
                self.ctx,
                lambda: QCoreApplication.translate("SuggestedTags", "Add tag %1").replace(
                    "%1", suggestion.name
                ),
                lambda: library.set_article_tags(
                    article_id, suggestions.accept(library, article_id, suggestion)
                ),
            )
        )

    def dismiss(self, suggestion: Suggestion) -> None:
        if self.article is None:
            return
        host, article_id = self.host(), self.article.id
        self._take(suggestion)

        def done() -> None:
            if self.article is not None and self.article.id == article_id:
                self.show_article(self.article)

        host.undo_stack.push(DismissSuggestion(self.ctx, article_id, suggestion, done))
