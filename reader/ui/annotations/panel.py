"""The Annotations panel: this article's highlights in text order — quote, colour, note
(Markdown, rendered), tags — with the colour legend, a filter, and the orphans (passages
that could not be found again after the text changed), which are listed, never lost."""

from __future__ import annotations

import html

from markdown_it import MarkdownIt
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.model import Annotation
from reader.ui import defs
from reader.ui.annotations.colors import COLORS, default_meanings, highlight_color
from reader.ui.entities.panel import swatch
from reader.ui.roles import Role
from reader.ui.search.delegate import ResultDelegate

ID_ROLE = Qt.ItemDataRole.UserRole + 30


def render_note(note: str) -> str:
    """A note's Markdown as HTML (raw HTML in notes is shown as text, never run)."""
    return str(MarkdownIt("commonmark", {"html": False}).render(note))


class AnnotationsPanel(QWidget):
    annotation_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dark = False
        self.meanings = default_meanings()
        self.annotations: list[Annotation] = []
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setObjectName("colorLegend")
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
        layout.addWidget(self.hint)
        self.filter.currentIndexChanged.connect(self._fill)
        self.list.itemClicked.connect(
            lambda item: self.annotation_activated.emit(item.data(ID_ROLE))
        )
        self.list.itemActivated.connect(
            lambda item: self.annotation_activated.emit(item.data(ID_ROLE))
        )
        self._fill_legend()

    def set_dark(self, dark: bool) -> None:
        self.dark = dark
        self._fill_legend()
        self._fill()

    def _fill_legend(self) -> None:
        parts = []
        for number, name in enumerate(COLORS, start=1):
            color = highlight_color(name, self.dark).name()
            parts.append(
                f"<span style='background:{color}'>&nbsp;{number}&nbsp;</span> "
                f"{html.escape(self.meanings.get(name, name))}"
            )
        self.legend.setText("&nbsp; ".join(parts))

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
        self.list.clear()
        for a in self.annotations:
            if wanted and wanted[0] == "color" and a.color != wanted[1]:
                continue
            if wanted and wanted[0] == "tag" and wanted[1] not in a.tags:
                continue
            quote = a.exact if len(a.exact) <= 240 else a.exact[:240] + "…"
            title = f"“{quote}”"
            if a.status == "orphaned":
                title = self.tr("Not found in the current text: %1").replace("%1", title)
            item = QListWidgetItem(title)
            item.setData(ID_ROLE, a.id)
            item.setData(Role.COLOR, highlight_color(a.color, self.dark))
            item.setData(Role.SOURCE, " ".join(f"#{t}" for t in a.tags))
            item.setData(Role.SNIPPET_HTML, render_note(a.note) if a.note else "")
            item.setToolTip(self.meanings.get(a.color, a.color))
            self.list.addItem(item)
