"""Undoable annotation changes (QUndoStack): each command runs its write on the serial
worker (the views learn what it changed from the library's broadcast of changes; ``done``
is for what the caller does besides). Each keeps how to write its name (Edit →
Undo "Highlight"), not only the name, so that the names are written again when the
interface language changes (:func:`retranslate`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from reader.core.model import Annotation
from reader.services.annotations import TagState
from reader.ui.context import UiContext
from reader.ui.tasks import TaskContext

Done = Callable[[], None]


def _nothing() -> None:
    return None


Name = Callable[[], str]  # the command's name in the UI's language


class Named(QUndoCommand):
    def __init__(self, name: Name) -> None:
        super().__init__(name())
        self.name = name

    def retranslate(self) -> None:
        self.setText(self.name())


def retranslate(stack: QUndoStack) -> None:
    """Name every command of ``stack`` again, in the UI's new language."""
    for index in range(stack.count()):
        command = stack.command(index)
        if isinstance(command, Named):
            command.retranslate()


def _write(ctx: UiContext, work: Callable[[], object], done: Done) -> None:
    def task(_: TaskContext) -> object:
        return work()

    ctx.tasks.run(task, write=True, on_success=lambda _: done())


class AddAnnotation(Named):
    def __init__(self, ctx: UiContext, annotation: Annotation, done: Done = _nothing) -> None:
        super().__init__(lambda: QCoreApplication.translate("Annotations", "Highlight"))
        self.ctx, self.annotation, self.done = ctx, annotation, done
        self.article_id = annotation.article_id  # where an undo or redo shows its change

    def redo(self) -> None:
        a, library = self.annotation, self.ctx.library
        _write(
            self.ctx,
            lambda: library.add_annotation(
                a.article_id, a.start, a.end, a.color, a.note, a.tags, annotation_id=a.id
            ),
            self.done,
        )

    def undo(self) -> None:
        library = self.ctx.library
        _write(self.ctx, lambda: library.delete_annotation(self.annotation.id), self.done)


class EditAnnotation(Named):
    def __init__(
        self, ctx: UiContext, before: Annotation, after: Annotation, done: Done = _nothing
    ) -> None:
        super().__init__(lambda: QCoreApplication.translate("Annotations", "Edit annotation"))
        self.ctx, self.before, self.after, self.done = ctx, before, after, done
        self.article_id = after.article_id

    def redo(self) -> None:
        # each made on the version the other one left: a change made meanwhile elsewhere
        # is kept beside this one (a conflict copy), never overwritten
        library = self.ctx.library
        _write(self.ctx, lambda: library.save_annotation(self.after, self.before), self.done)

    def undo(self) -> None:
        library = self.ctx.library
        _write(self.ctx, lambda: library.save_annotation(self.before, self.after), self.done)


class DeleteAnnotation(Named):
    def __init__(self, ctx: UiContext, annotation: Annotation, done: Done = _nothing) -> None:
        super().__init__(lambda: QCoreApplication.translate("Annotations", "Remove highlight"))
        self.ctx, self.annotation, self.done = ctx, annotation, done
        self.article_id = annotation.article_id

    def redo(self) -> None:
        library = self.ctx.library
        _write(self.ctx, lambda: library.delete_annotation(self.annotation.id), self.done)

    def undo(self) -> None:
        library = self.ctx.library
        _write(self.ctx, lambda: library.save_annotation(self.annotation), self.done)


class ChangeTags(Named):
    """Rename, merge or delete a tag; undo puts every passage's and article's tags back."""

    def __init__(
        self, ctx: UiContext, name: Name, change: Callable[[], object], done: Done = _nothing
    ) -> None:
        super().__init__(name)
        self.ctx, self.change, self.done = ctx, change, done
        self.before: TagState | None = None

    def redo(self) -> None:
        library = self.ctx.library

        def work() -> None:
            if self.before is None:
                self.before = library.tag_state()
            self.change()

        _write(self.ctx, work, self.done)

    def undo(self) -> None:
        library, before = self.ctx.library, self.before
        if before is not None:
            _write(self.ctx, lambda: library.restore_tag_state(before), self.done)
