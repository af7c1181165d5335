"""Glue between the reader, the Annotations panel and the library: keyboard highlighting,
notes and tags, undo/redo, and loading an article's annotations in the background.

The controller is given the reader and the open article, not the window: the window
builds it, and a controller that knew the window would close an import circle with it.
What a write changed comes back through the library's broadcast of changes
(:mod:`reader.ui.changes`): the open article's annotations are read again when a write
touched that article, whoever made it (this window, an undo, an import of notes,
another process)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QInputDialog, QWidget

from reader.core.anchoring import describe
from reader.core.model import Annotation, Article
from reader.services.changes import Changes
from reader.ui.annotations.colors import COLORS
from reader.ui.annotations.commands import (
    AddAnnotation,
    ChangeTags,
    DeleteAnnotation,
    EditAnnotation,
)
from reader.ui.annotations.notedialog import ask_note
from reader.ui.annotations.panel import AnnotationsPanel
from reader.ui.annotations.tagdialog import ask_tags
from reader.ui.article.view import ArticleView
from reader.ui.context import UiContext
from reader.ui.tasks import TaskContext


class AnnotationController(QObject):
    """``current`` gives the open article; ``status`` shows a message in the status bar
    (text, milliseconds); ``parent`` owns the dialogs."""

    def __init__(
        self,
        ctx: UiContext,
        view: ArticleView,
        parent: QWidget,
        *,
        current: Callable[[], Article | None],
        status: Callable[[str, int], None],
        open_article: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = view
        self.parent_widget = parent
        self.current = current
        self.status = status
        self.undo_stack = QUndoStack(self)
        self.open_article = open_article
        self._undo_index = 0
        # the article an undo is opening, and the one shown when it began to
        self._opening: tuple[str, str | None] | None = None
        self.undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)
        self.panel = AnnotationsPanel()
        self.default_color = COLORS[0]
        view.annotation_requested.connect(self._on_view_annotation_requested)
        view.annotation_delete_requested.connect(self._on_view_annotation_delete_requested)
        self.panel.annotation_activated.connect(self._on_panel_annotation_activated)
        self.panel.reattach_requested.connect(self._on_panel_reattach_requested)
        self.panel.meaning_edit_requested.connect(self._on_panel_meaning_edit_requested)
        self.panel.note_edited.connect(self._on_panel_note_edited)
        self.panel.note_editor_requested.connect(self._on_panel_note_editor_requested)
        self.panel.share_changed.connect(self._on_panel_share_changed)
        self.panel.delete_requested.connect(self._on_view_annotation_delete_requested)
        backend = ctx.library.backend
        self.panel.me = None if backend.local else backend.me()
        self.annotations: list[Annotation] = []
        ctx.changes.changed.connect(self._on_changes)

    def _on_undo_stack_index_changed(self, index: int) -> None:
        """An undo or a redo of a change to another article than the one open opens that
        article: a highlight is never taken away or put back out of the reader's sight
        (Ctrl+Z in one article silently undid the last change in the one before)."""
        before, self._undo_index = self._undo_index, index
        if index == before or self.open_article is None:
            return
        command = self.undo_stack.command(index if index < before else index - 1)
        article_id = getattr(command, "article_id", None)
        current = self.current()
        # an article still opening is the one shown next: a second Ctrl+Z before it is
        # shown compares with it, not with the article it replaces
        current_id = current.id if current is not None else None
        opening, replaced = self._opening if self._opening is not None else (None, None)
        shown = opening if opening is not None and current_id == replaced else current_id
        self._opening = None
        if article_id is not None and article_id != shown:
            self._opening = (article_id, current_id)
            self.open_article(article_id)

    # -- loading ----------------------------------------------------------------------------

    def load(self, article_id: str) -> None:
        library = self.ctx.library

        def work(_: TaskContext) -> tuple[str, list[Annotation]]:
            return article_id, library.annotations(article_id)

        self.ctx.tasks.run(work, on_success=self._on_loaded, key="annotations")

    def show(self, article_id: str, annotations: list[Annotation]) -> None:
        """Paint the annotations read with the article's text, in the same frame."""
        self._on_loaded((article_id, annotations))

    def reload(self) -> None:
        """The open article's annotations, read again."""
        current = self.current()
        if current is not None:
            self.load(current.id)

    def _on_changes(self, changes: Changes) -> None:
        current = self.current()
        if current is not None and (changes.everything or current.id in changes.articles):
            self.load(current.id)

    def load_meanings(self) -> None:
        library = self.ctx.library

        def work(_: TaskContext) -> dict[str, str]:
            return library.color_meanings()

        self.ctx.tasks.run(work, on_success=self._set_meanings, key="color-meanings")

    def _set_meanings(self, meanings: dict[str, str]) -> None:
        self.panel.set_meanings(meanings)
        self.view.color_meanings = dict(self.panel.meanings)
        self.view.popup.set_meanings(self.panel.meanings)

    def _on_panel_meaning_edit_requested(self, color: str) -> None:
        current = self.panel.meanings.get(color, color)
        meaning, ok = QInputDialog.getText(
            self.parent_widget,
            self.tr("Colour Meaning"),
            self.tr("What does this colour mean to you?"),
            text=current,
        )
        if not ok or not meaning.strip():
            return
        library = self.ctx.library

        def work(_: TaskContext) -> dict[str, str]:
            library.set_color_meaning(color, meaning)
            return library.color_meanings()

        self.ctx.tasks.run(work, write=True, on_success=self._set_meanings)

    def _on_panel_note_edited(self, annotation_id: str, note: str) -> None:
        found = next((a for a in self.annotations if a.id == annotation_id), None)
        if found is not None:
            self.undo_stack.push(EditAnnotation(self.ctx, found, replace(found, note=note)))

    def _on_panel_share_changed(self, annotation_id: str, shared: bool) -> None:
        found = next((a for a in self.annotations if a.id == annotation_id), None)
        if found is not None:
            self.undo_stack.push(EditAnnotation(self.ctx, found, replace(found, shared=shared)))

    def _on_panel_note_editor_requested(self, annotation_id: str, typed: str) -> None:
        """The panel's note, as typed so far, in the larger editor; saved from there."""
        found = next((a for a in self.annotations if a.id == annotation_id), None)
        if found is None:
            return
        note = ask_note(self.parent_widget, found.exact, typed)
        if note is None:  # cancelled: what was typed in the panel stays there
            return
        self.panel.editor.setPlainText(note)
        if note != found.note:
            self._on_panel_note_edited(annotation_id, note)

    def _on_panel_reattach_requested(self, annotation_id: str) -> None:
        article = self.current()
        selected = self.view.selected_range()
        orphan = next((a for a in self.annotations if a.id == annotation_id), None)
        if article is None or orphan is None:
            return
        if selected is None:
            self.status(self.tr("Select the passage in the article first."), 5000)
            return
        quote = describe(article.text, *selected)
        attached = replace(
            orphan,
            start=selected[0],
            end=selected[1],
            exact=quote.exact,
            prefix=quote.prefix,
            suffix=quote.suffix,
            status="anchored",
            version=article.version,
        )
        self.undo_stack.push(EditAnnotation(self.ctx, orphan, attached))

    def _on_loaded(self, result: tuple[str, list[Annotation]]) -> None:
        article_id, annotations = result
        current = self.current()
        if current is None or current.id != article_id:
            return
        self.annotations = annotations
        self.view.set_annotations(annotations)
        self.panel.set_annotations(annotations)

    # -- making and changing ------------------------------------------------------------------

    def _existing(self, start: int, end: int) -> Annotation | None:
        return next((a for a in self.annotations if (a.start, a.end) == (start, end)), None)

    def _on_view_annotation_requested(self, mode: str, start: int, end: int, number: str) -> None:
        article = self.current()
        if article is None:
            return
        color = COLORS[int(number) - 1] if number else self.default_color
        existing = self._existing(start, end)
        base = existing or Annotation(
            id=str(uuid.uuid4()),
            article_id=article.id,
            start=start,
            end=end,
            exact=article.text[start:end],
            prefix="",
            suffix="",
            color=color,
            version=article.version,
        )
        changed = base
        if mode == "highlight":
            changed = replace(base, color=color)
        elif mode == "note":
            note = ask_note(self.parent_widget, base.exact, base.note)
            if note is None:
                return
            changed = replace(base, note=note)
        elif mode == "tags":
            tags = ask_tags(
                self.parent_widget, self.tr("Tags of the Passage"), base.tags, self.known_tags()
            )
            if tags is None:
                return
            changed = replace(base, tags=tuple(tags))
        if existing is None:
            self.undo_stack.push(AddAnnotation(self.ctx, changed))
        elif changed != existing:
            self.undo_stack.push(EditAnnotation(self.ctx, existing, changed))

    def known_tags(self) -> list[str]:
        return [t.name for t in self.ctx.library.tags()]

    def edit_article_tags(self) -> None:
        """Tags on the whole article (Ctrl+T)."""
        article = self.current()
        if article is None:
            return
        tags = ask_tags(
            self.parent_widget, self.tr("Tags of the Article"), article.tags, self.known_tags()
        )
        if tags is None:
            return
        library = self.ctx.library
        article_id = article.id
        self.undo_stack.push(
            ChangeTags(
                self.ctx,
                lambda: QCoreApplication.translate("AnnotationController", "Article tags"),
                lambda: library.set_article_tags(article_id, tags),
            )
        )

    def _on_view_annotation_delete_requested(self, annotation_id: str) -> None:
        found = next((a for a in self.annotations if a.id == annotation_id), None)
        if found is not None:
            self.undo_stack.push(DeleteAnnotation(self.ctx, found))

    def _on_panel_annotation_activated(self, annotation_id: str) -> None:
        found = next((a for a in self.annotations if a.id == annotation_id), None)
        if found is not None and found.status != "orphaned":
            self.view.reveal_range(found.start, found.end)
