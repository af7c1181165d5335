"""The Entities panel: this article's entities grouped by type, a legend with one toggle
and one count per type, and a switch for the whole overlay."""

from __future__ import annotations

from collections import Counter, defaultdict

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.model import EntityMention
from reader.ui import defs
from reader.ui.inert import plain
from reader.ui.theme import ENTITY_TYPES, entity_color


def swatch(color: QColor) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(color)
    return QIcon(pixmap)


class EntitiesPanel(QWidget):
    visibility_changed = Signal(object)  # the set of visible types
    mention_requested = Signal(int, int)  # canonical offsets to show
    search_requested = Signal(str)  # a query: the articles that mention an entity

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dark = False
        self.mentions: list[EntityMention] = []
        self._cursor: dict[str, int] = {}
        self.pending = False  # recognising the article's entities
        self.enabled = QCheckBox()
        self.enabled.setChecked(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.legend = QWidget()
        self.legend_layout = QGridLayout(self.legend)
        self.legend_layout.setContentsMargins(0, 0, 0, 0)
        self.legend_layout.setHorizontalSpacing(4)
        self.legend_layout.setVerticalSpacing(2)
        self.toggles: dict[str, QToolButton] = {}
        for i, label in enumerate(ENTITY_TYPES):
            button = QToolButton()
            button.setCheckable(True)
            button.setChecked(True)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.toggled.connect(self._emit_visibility)
            self.toggles[label] = button
            self.legend_layout.addWidget(button, i // 2, i % 2)
        self.tree = QTreeWidget()
        self.tree.setObjectName("entityTree")
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        self.tree.itemClicked.connect(self._on_tree_item_activated)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(defs.MARGIN, defs.MARGIN, defs.MARGIN, defs.MARGIN)
        layout.setSpacing(defs.SPACING)
        layout.addWidget(self.enabled)
        layout.addWidget(self.legend)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.hint)
        self.enabled.toggled.connect(self._emit_visibility)
        self.tree.itemDoubleClicked.connect(self._on_tree_item_double_clicked)
        self.set_mentions([], pending=False)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text in the UI's language (again after a language change)."""
        self.enabled.setText(self.tr("Show entities in the text"))
        self.enabled.setAccessibleName(self.tr("Show entities in the text"))
        self.tree.setAccessibleName(self.tr("Entities of this article"))
        self.hint.setText(
            self.tr(
                "Click a name to go through its mentions; double-click "
                "to find every article that mentions it."
            )
        )
        names = self.type_names()
        for label, button in self.toggles.items():
            button.setAccessibleName(names[label])
        self._say_status()
        self._fill()

    def type_names(self) -> dict[str, str]:
        return {
            "PER": self.tr("People"),
            "ORG": self.tr("Organisations"),
            "LOC": self.tr("Places"),
            "PRODUCT": self.tr("Products"),
            "MONEY": self.tr("Money"),
            "PERCENT": self.tr("Percentages"),
            "DATE": self.tr("Dates"),
            "MISC": self.tr("Other names"),
        }

    def visible_types(self) -> set[str]:
        if not self.enabled.isChecked():
            return set()
        return {label for label, button in self.toggles.items() if button.isChecked()}

    def toggle_all(self) -> None:
        self.enabled.setChecked(not self.enabled.isChecked())

    def _emit_visibility(self, *_: object) -> None:
        self.legend.setEnabled(self.enabled.isChecked())
        self.visibility_changed.emit(self.visible_types())

    def set_dark(self, dark: bool) -> None:
        self.dark = dark
        self._fill()

    def set_mentions(self, mentions: list[EntityMention], pending: bool = False) -> None:
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self._cursor.clear()
        self.pending = pending
        self._say_status()
        self._fill()

    def _say_status(self) -> None:
        if self.pending:
            self.status.setText(self.tr("Recognising entities…"))
        elif not self.mentions:
            self.status.setText(self.tr("No entity found in this article."))
        else:
            self.status.setText("")

    def _fill(self) -> None:
        counts = Counter(m.label for m in self.mentions)
        names = self.type_names()
        for label, button in self.toggles.items():
            button.setIcon(swatch(entity_color(label, self.dark)))
            button.setText(f"{names[label]} {counts.get(label, 0)}")
        self.tree.clear()
        grouped: dict[str, Counter[str]] = defaultdict(Counter)
        for m in self.mentions:
            grouped[m.label][m.canonical] += 1
        for label in ENTITY_TYPES:
            if label not in grouped:
                continue
            parent = QTreeWidgetItem([f"{names[label]} ({sum(grouped[label].values())})"])
            parent.setIcon(0, swatch(entity_color(label, self.dark)))
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for canonical, count in sorted(grouped[label].items(), key=lambda kv: (-kv[1], kv[0])):
                child = QTreeWidgetItem([f"{canonical}  ×{count}" if count > 1 else canonical])
                child.setData(0, Qt.ItemDataRole.UserRole, (label, canonical))
                child.setToolTip(
                    0, plain(self.tr("%1 — click for the next mention").replace("%1", canonical))
                )
                parent.addChild(child)
            self.tree.addTopLevelItem(parent)
            parent.setExpanded(True)

    def _on_tree_item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        key = item.data(0, Qt.ItemDataRole.UserRole)
        if not key:
            return
        label, canonical = key
        spans = [m for m in self.mentions if m.label == label and m.canonical == canonical]
        if not spans:
            return
        index = self._cursor.get(canonical, -1) + 1
        index %= len(spans)
        self._cursor[canonical] = index
        self.mention_requested.emit(spans[index].start, spans[index].end)

    def _on_tree_item_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        key = item.data(0, Qt.ItemDataRole.UserRole)
        if key:
            name = key[1].replace('"', " ")
            self.search_requested.emit(f'entity:"{name}"')
