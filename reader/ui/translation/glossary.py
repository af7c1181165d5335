"""The glossary in the window: a small dialog to add or edit one entry (from the gloss card,
a selection or the table), the table of a language pair's entries (add, edit, delete,
import and export CSV), and the undoable change behind every edit (Edit → Undo, or Undo in
the table, puts the entries back as they were)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.glossary import GlossaryEntry
from reader.services.exports import write_atomically
from reader.services.glossary import from_csv
from reader.ui import keymap
from reader.ui.annotations.commands import Named
from reader.ui.context import UiContext
from reader.ui.tasks import TaskContext
from reader.ui.translation.bar import TARGETS

Done = Callable[[], None]


class ChangeGlossary(Named):
    """Entries as they were (``before``) become ``after``: an entry of ``before`` missing
    from ``after`` is deleted, one of ``after`` without an id is added (and keeps the id
    it gets, so that undo removes it and redo adds it back as the same entry)."""

    def __init__(
        self,
        ctx: UiContext,
        name: Callable[[], str],
        before: list[GlossaryEntry],
        after: list[GlossaryEntry],
        done: Done,
    ) -> None:
        super().__init__(name)
        self.ctx, self.before, self.after, self.done = ctx, before, after, done

    def _apply(self, old: list[GlossaryEntry], new: list[GlossaryEntry], keep: bool) -> None:
        library = self.ctx.library
        gone = [e.id for e in old if e.id is not None and e.id not in {n.id for n in new}]

        def work(_: TaskContext) -> list[GlossaryEntry]:
            if gone:
                library.delete_glossary_entries(gone)
            return library.save_glossary_entries(new) if new else []

        def saved(entries: list[GlossaryEntry]) -> None:
            if keep:
                self.after = entries  # with their ids
            self.done()

        self.ctx.tasks.run(work, write=True, on_success=saved, on_failure=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.ctx.errors.report(exc)  # a bad entry says why; the glossary is as it was
        self.done()

    def redo(self) -> None:
        self._apply(self.before, self.after, keep=True)

    def undo(self) -> None:
        self._apply(self.after, self.before, keep=False)


def push_change(
    ctx: UiContext,
    stack: QUndoStack,
    before: list[GlossaryEntry],
    after: list[GlossaryEntry],
    done: Done,
) -> None:
    """One undoable glossary change, named for what it does (in the UI's language, again
    when it changes)."""
    name: Callable[[], str]
    if not before:
        name = lambda: QCoreApplication.translate("Glossary", "Add to glossary")  # noqa: E731
    elif not after:
        name = lambda: QCoreApplication.translate("Glossary", "Remove from glossary")  # noqa: E731
    else:
        name = lambda: QCoreApplication.translate("Glossary", "Edit glossary")  # noqa: E731
    stack.push(ChangeGlossary(ctx, name, before, after, done))


class EntryDialog(QDialog):
    """One entry: the term, its translation or "a name, left as written", a note."""

    def __init__(self, entry: GlossaryEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glossaryEntry")
        self.entry = entry
        self.setWindowTitle(self.tr("Glossary Entry") if entry.id else self.tr("Add to Glossary"))
        self.term = QLineEdit(entry.term)
        self.translation = QLineEdit(entry.translation)
        self.translation.setPlaceholderText(self.tr("how your translations write it"))
        self.keep = QCheckBox(self.tr("A name: leave it as written"))
        self.keep.setChecked(entry.keep)
        self.note = QLineEdit(entry.note)
        self.note.setPlaceholderText(self.tr("why, where it comes from (optional)"))
        pair = QLabel(f"{entry.source} → {entry.target}")
        pair.setObjectName("glossaryPair")
        form = QFormLayout()
        form.addRow(self.tr("Languages"), pair)
        form.addRow(self.tr("Term"), self.term)
        form.addRow(self.tr("Translation"), self.translation)
        form.addRow("", self.keep)
        form.addRow(self.tr("Note"), self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for field in (self.term, self.translation):
            field.textChanged.connect(self._check)
        self.keep.toggled.connect(self._check)
        self._check()
        (self.translation if entry.term else self.term).setFocus()

    def _check(self) -> None:
        self.translation.setEnabled(not self.keep.isChecked())
        ready = bool(self.term.text().strip()) and (
            self.keep.isChecked() or bool(self.translation.text().strip())
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(ready)

    def value(self) -> GlossaryEntry:
        keep = self.keep.isChecked()
        return replace(
            self.entry,
            term=self.term.text().strip(),
            translation="" if keep else self.translation.text().strip(),
            keep=keep,
            note=self.note.text().strip(),
        )


def add_entry(
    ctx: UiContext,
    stack: QUndoStack,
    parent: QWidget,
    entry: GlossaryEntry,
    done: Done,
) -> None:
    """Ask for one entry (``entry`` filled in as far as known) and add it, undoably; an
    entry of the same term is replaced (and put back by undo)."""
    dialog = EntryDialog(entry, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    new = dialog.value()
    library = ctx.library

    def existing(_: TaskContext) -> list[GlossaryEntry]:
        return [e for e in library.glossary(new.source, new.target) if e.key == new.key]

    def push(old: list[GlossaryEntry]) -> None:
        after = [replace(new, id=old[0].id)] if old else [new]
        push_change(ctx, stack, old, after, done)

    ctx.tasks.run(existing, on_success=push)


class GlossaryDialog(QDialog):
    """The entries of one language pair in a table."""

    changed = Signal()  # the glossary was written: translations may read otherwise

    COLUMNS = 4

    def __init__(
        self,
        ctx: UiContext,
        stack: QUndoStack,
        source: str,
        target: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("glossaryDialog")
        self.ctx, self.stack = ctx, stack
        self.entries: list[GlossaryEntry] = []
        self.setWindowTitle(self.tr("Glossary"))
        self.source, self.target = QComboBox(), QComboBox()
        for combo, chosen in ((self.source, source), (self.target, target)):
            for code in dict.fromkeys((chosen, *TARGETS)):
                combo.addItem(code.upper(), code)
            combo.setCurrentIndex(combo.findData(chosen))
            combo.currentIndexChanged.connect(self.reload)
        pair = QHBoxLayout()
        pair.addWidget(QLabel(self.tr("From")))
        pair.addWidget(self.source)
        pair.addWidget(QLabel(self.tr("into")))
        pair.addWidget(self.target)
        pair.addStretch(1)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("glossaryTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Term"), self.tr("Translation"), self.tr("Name"), self.tr("Note")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.import_button.clicked.connect(self.import_csv)
        self.export_button.clicked.connect(self.export_csv)
        # Undo and Redo here too (Ctrl+Z, Ctrl+Shift+Z): the dialog has the keyboard, and
        # the stack is the window's, so Edit → Undo sees the same changes
        # (the window's keys, Ctrl+Y too, from the one table: reader.ui.keymap)
        self.undo_action = stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcuts(keymap.sequences("undo"))
        self.redo_action = stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts(keymap.sequences("redo"))
        # Del removes the chosen entries, Enter edits one, as in the Annotations panel
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete)
        self.table.addAction(self.delete_action)
        self.table.doubleClicked.connect(lambda _: self.edit())
        self.table.installEventFilter(self)  # Enter: see eventFilter
        self.undo_button = QToolButton()
        self.undo_button.setDefaultAction(self.undo_action)
        self.addActions([self.undo_action, self.redo_action])
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        self.status = QLabel()
        self.status.setObjectName("glossaryStatus")
        self.status.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(pair)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.table.itemSelectionChanged.connect(self._enable)
        self.resize(640, 420)
        self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the table edits the chosen entry (one), and does nothing else: left
        to the dialog, it pressed the default button (Add…) and an empty entry opened."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.edit()
            return True
        return super().eventFilter(watched, event)

    def pair(self) -> tuple[str, str]:
        return str(self.source.currentData()), str(self.target.currentData())

    def reload(self) -> None:
        library = self.ctx.library
        source, target = self.pair()

        def work(_: TaskContext) -> list[GlossaryEntry]:
            return library.glossary(source, target)

        self.ctx.tasks.run(work, key="glossary-table", on_success=self._fill)

    def _fill(self, entries: list[GlossaryEntry]) -> None:
        chosen = {e.id for e in self.selected()}
        self.entries = entries
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            name = self.tr("yes") if entry.keep else ""
            for column, text in enumerate((entry.term, entry.translation, name, entry.note)):
                item = QTableWidgetItem(text)
                item.setToolTip(entry.note or entry.term)
                self.table.setItem(row, column, item)
            if entry.id in chosen:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        source, target = self.pair()
        self.status.setText(
            self.tr("%n entries from %1 into %2", "", len(entries))
            .replace("%1", source.upper())
            .replace("%2", target.upper())
            if source != target
            else self.tr("Choose two different languages.")
        )
        self._enable()

    def _enable(self) -> None:
        chosen = self.selected()
        source, target = self.pair()
        self.add_button.setEnabled(source != target)
        self.import_button.setEnabled(source != target)
        self.edit_button.setEnabled(len(chosen) == 1)
        self.delete_button.setEnabled(bool(chosen))

    def selected(self) -> list[GlossaryEntry]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.entries[r] for r in rows if r < len(self.entries)]

    def _done(self) -> None:
        self.reload()
        self.changed.emit()

    def add(self) -> None:
        source, target = self.pair()
        add_entry(self.ctx, self.stack, self, GlossaryEntry(source, target, ""), self._done)

    def edit(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        dialog = EntryDialog(chosen[0], self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.value() != chosen[0]:
            push_change(self.ctx, self.stack, chosen, [dialog.value()], self._done)

    def delete(self) -> None:
        chosen = self.selected()
        if chosen:
            push_change(self.ctx, self.stack, chosen, [], self._done)

    def import_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a Glossary"),
            "",
            self.tr("CSV (*.csv *.tsv *.txt);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Read a CSV glossary (entries of another pair keep their own pair), undoably."""
        library = self.ctx.library
        source, target = self.pair()

        def work(_: TaskContext) -> tuple[list[GlossaryEntry], list[GlossaryEntry]]:
            text = path.read_text(encoding="utf-8", errors="replace")
            new = from_csv(text, source, target)
            keys = {(e.source, e.target, e.key) for e in new}
            old = [e for e in library.glossary() if (e.source, e.target, e.key) in keys]
            ids = {(e.source, e.target, e.key): e.id for e in old}
            return old, [replace(e, id=ids.get((e.source, e.target, e.key))) for e in new]

        def read(found: tuple[list[GlossaryEntry], list[GlossaryEntry]]) -> None:
            old, new = found
            name = lambda: QCoreApplication.translate("Glossary", "Import glossary")  # noqa: E731
            self.stack.push(ChangeGlossary(self.ctx, name, old, new, self._done))
            self.status.setText(self.tr("%n entries imported", "", len(new)))

        self.ctx.tasks.run(work, on_success=read, on_failure=self._failed)

    def export_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the Glossary"), "glossary.csv", self.tr("CSV (*.csv)")
        )
        if path:
            self.export_file(Path(path))

    def export_file(self, path: Path) -> None:
        """Every pair's entries, so the file carries the whole glossary to another library."""
        library = self.ctx.library

        def work(_: TaskContext) -> int:
            write_atomically(path, library.export_glossary().encode("utf-8"))
            return len(library.glossary())

        def written(count: int) -> None:
            self.status.setText(
                self.tr("%n entries written to %1", "", count).replace("%1", path.name)
            )

        self.ctx.tasks.run(work, on_success=written, on_failure=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(str(exc))


def entry_for(word: str, source: str, target: str) -> GlossaryEntry:
    """A new entry for a word or a selection: a capitalised expression is taken for a
    name to keep as written."""
    words = word.split()
    name = bool(words) and all(w[:1].isupper() for w in words if len(w) > 2)
    return GlossaryEntry(source, target, " ".join(words), keep=name and word != word.lower())
