"""The Annotations panel: this article's highlights in text order — quote, colour, note
(Markdown, rendered), tags — with the colour legend, a filter, and the orphans (passages
that could not be found again after the text changed), which are listed, never lost."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.model import Annotation
from reader.ui import defs, keymap
from reader.ui.annotations.colors import COLORS, default_meanings, highlight_color
from reader.ui.entities.panel import swatch
from reader.ui.roles import Role
from reader.ui.search.delegate import ResultDelegate

ID_ROLE = Qt.ItemDataRole.UserRole + 30


def render_note(note: str) -> str:
    """A note's Markdown as the HTML exports use (raw HTML shown as text, images as
    links); markdown-it is imported with the first note shown, not at start-up."""
    from reader.export.html import note_html

    return note_html(note)


_MARKER = re.compile(r"\s*(?:[-*+]|\d+[.)]|>)\s+")  # a list item's or a quote's start
_MARKDOWN = re.compile(r"([\\`*_\[\]{}()#+!|<>~])")


def _plain(markdown: str) -> str:
    """A line of Markdown as the text it shows (``**Chiffre**`` → ``Chiffre``)."""
    shown = re.sub(r"<[^>]+>", "", render_note(markdown))
    return " ".join(html.unescape(shown).split())


def note_preview(note: str, chars: int = 280, lines: int = 6) -> str:
    """The start of a note as the list shows it: a few lines, cut at a word, with "…".
    The whole of a long note made its row taller than the dock, and the other
    annotations went out of sight below it; the box under the list holds it all. Whole
    lines keep their Markdown; a line cut in its middle is shown as the text it reads
    (a bold or a link cut open showed its ``**`` or ``[…](`` as typed)."""
    whole = note.strip()
    kept = whole.split("\n")[:lines]
    if len("\n".join(kept)) > chars:
        fitted: list[str] = []
        used = 0
        for line in kept:
            if used + len(line) <= chars:
                fitted.append(line)
                used += len(line) + 1
                continue
            marker = _MARKER.match(line)
            start = marker.group(0) if marker else ""
            text = _plain(line[len(start) :])
            room = max(chars - used - len(start), 1)
            if len(text) > room:
                cut = text.rfind(" ", 0, room)
                text = text[: cut if cut > room // 2 else room]
            fitted.append(start + _MARKDOWN.sub(r"\\\1", text))
            break
        kept = fitted
    preview = "\n".join(kept)
    return preview if preview == whole else preview.rstrip() + " …"


class AnnotationsPanel(QWidget):
    annotation_activated = Signal(str)
    reattach_requested = Signal(str)  # an orphan's id: attach it to the reader's selection
    meaning_edit_requested = Signal(str)  # a colour name
    note_edited = Signal(str, str)  # annotation id, the new Markdown
    note_editor_requested = Signal(str, str)  # annotation id, the note as typed so far
    share_changed = Signal(str, bool)  # annotation id, whether the team sees it
    delete_requested = Signal(str)  # annotation id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dark = False
        self.meanings = default_meanings()
        self.named: dict[str, str] = {}  # the meanings the user named (not the defaults)
        self.annotations: list[Annotation] = []
        self._removing: tuple[str, int] | None = None  # an annotation being removed, its row
        self._shown: tuple[str, str] | None = None  # the annotation whose note is in the box
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setObjectName("colorLegend")
        self.legend.setToolTip(self.tr("Click a colour to name what it means"))
        self.legend.linkActivated.connect(
            lambda link: self.meaning_edit_requested.emit(link.removeprefix("color:"))
        )
        self.reattach = QPushButton(self.tr("Re-attach to the Selected Text"))
        self.reattach.setToolTip(
            self.tr(
                "Select the passage in the article, then attach the chosen lost annotation to it"
            )
        )
        self.reattach.hide()
        self._build_note_editor()
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Show annotations of"))
        self.list = QListWidget()
        self.list.setObjectName("annotationList")
        self.list.setAccessibleName(self.tr("Annotations of this article"))
        self.list.setWordWrap(True)
        self.list.setItemDelegate(ResultDelegate(self.list))
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.hint = QLabel(
            self.tr(
                "Select text, then press H to highlight, 1–9 for a colour, N for a note, "
                "T for tags; Del removes; [ and ] move between highlights."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(defs.MARGIN, defs.MARGIN, defs.MARGIN, defs.MARGIN)
        layout.setSpacing(defs.SPACING)
        layout.addWidget(self.legend)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.reattach)
        layout.addWidget(self.editor)
        layout.addWidget(self.share)
        buttons = QHBoxLayout()
        buttons.setSpacing(defs.SPACING)
        buttons.addWidget(self.save_note, 1)
        buttons.addWidget(self.open_editor)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        self.filter.currentIndexChanged.connect(self._fill)
        self.list.currentItemChanged.connect(self._on_list_current_changed)
        self.reattach.clicked.connect(self._on_reattach_clicked)
        self.save_note.clicked.connect(self._on_save_note_clicked)
        self.open_editor.clicked.connect(self._on_open_editor_clicked)
        self.list.itemClicked.connect(
            lambda item: self.annotation_activated.emit(item.data(ID_ROLE))
        )
        self.list.itemActivated.connect(
            lambda item: self.annotation_activated.emit(item.data(ID_ROLE))
        )
        self.list.installEventFilter(self)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._on_list_context_menu)
        self._fill_legend()

    def _build_note_editor(self) -> None:
        """The selected annotation's note: its box, Save, the larger editor and, in a
        team library, whether the team sees it; hidden until an annotation is chosen."""
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("noteEditor")
        self.editor.setAccessibleName(self.tr("Note of the selected annotation (Markdown)"))
        self.editor.setPlaceholderText(self.tr("Write a note (Markdown); Ctrl+Enter saves"))
        self.editor.setMaximumHeight(120)
        self.save_note = QPushButton(self.tr("Save Note"))
        self.save_note.setShortcut(keymap.sequence("save_note"))
        # the box here is as narrow as the dock: a long note is written in the editor
        self.open_editor = QPushButton(self.tr("Note Editor…"))
        self.open_editor.setToolTip(self.tr("Write the note in a larger editor, with a preview"))
        # in a team library: whether the team sees the note (only its author decides)
        self.me: str | None = None  # the reader's role; None in a library of one's own
        self.share = QCheckBox(self.tr("Shared with the team"))
        self.share.setObjectName("shareNote")
        self.share.setToolTip(
            self.tr("Checked, your teammates see this note; else it is yours alone")
        )
        self.share.clicked.connect(self._on_share_clicked)
        for widget in (self.editor, self.save_note, self.open_editor, self.share):
            widget.hide()

    def set_dark(self, dark: bool) -> None:
        self.dark = dark
        self._fill_legend()
        self._fill()

    def _fill_legend(self) -> None:
        parts = []
        for number, name in enumerate(COLORS, start=1):
            color = highlight_color(name, self.dark).name()
            # one piece each, number and meaning on one line: the panel's width wrapped
            # the line between a colour's number and what it means
            parts.append(
                f"<span style='white-space:nowrap'>"
                f"<a href='color:{name}' style='text-decoration:none; color:palette(text)'>"
                f"<span style='background:{color}'>&nbsp;{number}&nbsp;</span>&nbsp;"
                f"{html.escape(self.meanings.get(name, name))}</a></span>"
            )
        self.legend.setText(" &nbsp;".join(parts))

    def set_meanings(self, meanings: dict[str, str]) -> None:
        self.named = dict(meanings)
        self.meanings = {**default_meanings(), **{k: v for k, v in meanings.items() if v}}
        self._fill_legend()
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The panel's texts in the new UI language (the same as ``__init__`` gives), the
        default colour meanings and the list's filters included; what is chosen stays."""
        self.legend.setToolTip(self.tr("Click a colour to name what it means"))
        self.reattach.setText(self.tr("Re-attach to the Selected Text"))
        self.reattach.setToolTip(
            self.tr(
                "Select the passage in the article, then attach the chosen lost annotation to it"
            )
        )
        self.editor.setAccessibleName(self.tr("Note of the selected annotation (Markdown)"))
        self.editor.setPlaceholderText(self.tr("Write a note (Markdown); Ctrl+Enter saves"))
        self.save_note.setText(self.tr("Save Note"))
        # a button's new text takes its key away (Qt gives it the text's mnemonic): put
        # Ctrl+Return back, or it was dead after a change of the interface language
        self.save_note.setShortcut(keymap.sequence("save_note"))
        self.share.setText(self.tr("Shared with the team"))
        self.share.setToolTip(
            self.tr("Checked, your teammates see this note; else it is yours alone")
        )
        self.open_editor.setText(self.tr("Note Editor…"))
        self.open_editor.setToolTip(self.tr("Write the note in a larger editor, with a preview"))
        self.filter.setAccessibleName(self.tr("Show annotations of"))
        self.list.setAccessibleName(self.tr("Annotations of this article"))
        self.hint.setText(
            self.tr(
                "Select text, then press H to highlight, 1–9 for a colour, N for a note, "
                "T for tags; Del removes; [ and ] move between highlights."
            )
        )
        # in place: building the list again would put back the note being written
        self.meanings = {**default_meanings(), **{k: v for k, v in self.named.items() if v}}
        self._fill_legend()
        for i in range(self.filter.count()):
            data = self.filter.itemData(i)
            if data is None:
                self.filter.setItemText(i, self.tr("All colours and tags"))
            elif data[0] == "color":
                self.filter.setItemText(i, self.meanings.get(data[1], data[1]))
        by_id = {a.id: a for a in self.annotations}
        for i in range(self.list.count()):
            item = self.list.item(i)
            found = by_id.get(item.data(ID_ROLE))
            if found is not None:
                item.setText(self._title(found))
                item.setToolTip(self.meanings.get(found.color, found.color))

    def _title(self, a: Annotation) -> str:
        quote = a.exact if len(a.exact) <= 240 else a.exact[:240] + "…"
        title = f"“{quote}”"
        if a.status == "orphaned":
            title = self.tr("Not found in the current text: %1").replace("%1", title)
        if a.author:  # a team library's note: whose, and who sees it
            whose = self.tr("%1, shared") if a.shared else self.tr("%1, private")
            title += " — " + whose.replace("%1", a.author)
        if a.conflict_of:  # saved on a version someone changed meanwhile: both kept
            title = self.tr("Your version, kept beside a change made meanwhile: %1").replace(
                "%1", title
            )
        return title

    def _selected_orphan(self) -> str | None:
        item = self.list.currentItem()
        if item is None:
            return None
        found = next((a for a in self.annotations if a.id == item.data(ID_ROLE)), None)
        return found.id if found is not None and found.status == "orphaned" else None

    def current_annotation(self) -> Annotation | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return next((a for a in self.annotations if a.id == item.data(ID_ROLE)), None)

    def _on_list_current_changed(self, *_: object) -> None:
        self.reattach.setVisible(self._selected_orphan() is not None)
        current = self.current_annotation()
        self.editor.setVisible(current is not None)
        self.save_note.setVisible(current is not None)
        self.open_editor.setVisible(current is not None)
        if current is not None and not self._writing(current):
            self.editor.setPlainText(current.note)
            self._shown = (current.id, current.note)
        team = current is not None and bool(current.author) and self.me is not None
        self.share.setVisible(team)
        if current is not None and team:
            self.share.setChecked(current.shared)
            self.share.setEnabled(current.author == self.me)

    def _writing(self, current: Annotation) -> bool:
        """Whether the box holds a note being written for ``current``, not yet saved: the
        list built again (another passage highlighted, an undo) leaves it as typed; it
        put back the saved note, and what was written was gone."""
        if self._shown is None or self._shown[0] != current.id:
            return False
        typed = self.editor.toPlainText()
        return typed != self._shown[1] and typed.strip() != current.note

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Del or Backspace in the list removes the chosen annotation, as Del does in the
        article; the next one is chosen."""
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._remove_current():
                return True
        return super().eventFilter(watched, event)

    def _remove_current(self) -> bool:
        current = self.current_annotation()
        if current is None:
            return False
        # the row chosen again once the list comes back without it
        self._removing = (current.id, self.list.currentRow())
        self.delete_requested.emit(current.id)
        return True

    def context_menu(self, pos: QPoint) -> QMenu:
        """The menu of the annotation at ``pos`` in the list (it is chosen first)."""
        menu = QMenu(self)
        item = self.list.itemAt(pos)
        if item is not None:
            self.list.setCurrentItem(item)
            remove = menu.addAction(self.tr("Remove Highlight"))
            remove.setShortcut(Qt.Key.Key_Delete)
            remove.triggered.connect(self._remove_current)
        return menu

    def _on_list_context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu(pos)
        if menu.actions():
            menu.exec(self.list.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _on_share_clicked(self, checked: bool) -> None:
        current = self.current_annotation()
        if current is not None and current.shared != checked:
            self.share_changed.emit(current.id, checked)

    def _on_open_editor_clicked(self) -> None:
        current = self.current_annotation()
        if current is not None:
            self.note_editor_requested.emit(current.id, self.editor.toPlainText())

    def _on_save_note_clicked(self) -> None:
        current = self.current_annotation()
        if current is not None and self.editor.toPlainText().strip() != current.note:
            # saved: no longer a note being written, whichever change shows next (an
            # undo's may come before this save's own)
            self._shown = (current.id, self.editor.toPlainText())
            self.note_edited.emit(current.id, self.editor.toPlainText().strip())

    def _on_reattach_clicked(self) -> None:
        orphan = self._selected_orphan()
        if orphan is not None:
            self.reattach_requested.emit(orphan)

    def set_annotations(self, annotations: list[Annotation]) -> None:
        self.annotations = sorted(annotations, key=lambda a: (a.status == "orphaned", a.start))
        current = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("All colours and tags"), None)
        for name in COLORS:
            if any(a.color == name for a in annotations):
                self.filter.addItem(
                    swatch(highlight_color(name, self.dark)),
                    self.meanings.get(name, name),
                    ("color", name),
                )
        for tag in sorted({t for a in annotations for t in a.tags}, key=str.casefold):
            self.filter.addItem(f"#{tag}", ("tag", tag))
        index = self.filter.findData(current) if current else 0
        self.filter.setCurrentIndex(max(0, index))
        self.filter.blockSignals(False)
        self._fill()

    def _fill(self, *_: object) -> None:
        wanted = self.filter.currentData()
        keep = self.current_annotation()
        self.list.blockSignals(True)
        self.list.clear()
        for a in self.annotations:
            if wanted and wanted[0] == "color" and a.color != wanted[1]:
                continue
            if wanted and wanted[0] == "tag" and wanted[1] not in a.tags:
                continue
            item = QListWidgetItem(self._title(a))
            item.setData(ID_ROLE, a.id)
            item.setData(Role.COLOR, highlight_color(a.color, self.dark))
            item.setData(Role.SOURCE, " ".join(f"#{t}" for t in a.tags))
            # rendered as the HTML export does: raw HTML as text, an image as a link
            # the start of a long note; all of it in the box below once chosen
            item.setData(Role.SNIPPET_HTML, render_note(note_preview(a.note)) if a.note else "")
            item.setToolTip(self.meanings.get(a.color, a.color))
            self.list.addItem(item)
            if keep is not None and a.id == keep.id:
                self.list.setCurrentItem(item)
        if self._removing is not None and not any(
            a.id == self._removing[0] for a in self.annotations
        ):
            if self.list.currentItem() is None:
                self.list.setCurrentRow(min(self._removing[1], self.list.count() - 1))
            self._removing = None
        self.list.blockSignals(False)
        self._on_list_current_changed()
