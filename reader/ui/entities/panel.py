"""The Entities panel: this article's entities grouped by type, a legend with one toggle
and one count per type, a switch for the whole overlay, and the language names are shown
in (the window's, or each article's: :class:`reader.entities.naming.NameRule`)."""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.model import EntityMention
from reader.services.naming import NameRule
from reader.ui import defs
from reader.ui.entities.legend import LegendLayout
from reader.ui.inert import plain
from reader.ui.theme import ENTITY_TYPES, entity_color


def sort_key(name: str) -> str:
    """A name as a reader alphabetises it: accents and case aside (*États-Unis* among
    the E, not after *Suisse*)."""
    letters = unicodedata.normalize("NFD", name)
    return "".join(c for c in letters if not unicodedata.combining(c)).casefold()


def swatch(color: QColor) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(color)
    return QIcon(pixmap)


class EntitiesPanel(QWidget):
    visibility_changed = Signal(object)  # the set of visible types
    mention_requested = Signal(int, int)  # canonical offsets to show
    search_requested = Signal(str)  # a query: the articles that mention an entity
    name_rule_changed = Signal(str)  # a NameRule's value: the user chose another
    retranslated = Signal()  # the interface language changed: names may follow it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dark = False
        self.mentions: list[EntityMention] = []
        # (type, name shown) → the canonical name the library keeps, which search knows
        self.keys: dict[tuple[str, str], str] = {}
        self._cursor: dict[str, int] = {}
        self.pending = False  # recognising the article's entities
        self.enabled = QCheckBox()
        self.enabled.setChecked(True)
        self.names_label = QLabel()
        self.names = QComboBox()
        self.names.setObjectName("entityNames")
        for rule in NameRule:
            self.names.addItem("", rule.value)
        self.names_label.setBuddy(self.names)
        self.names.currentIndexChanged.connect(self._on_names_index_changed)
        # "Names:" beside its choice, or above it where the panel is too narrow for both
        # on one line: side by side, French "Dans la langue de l'interface" made the
        # panel, and so the window, wider than a 1024-pixel screen
        names_row = QFormLayout()
        names_row.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        names_row.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # the space between them is the label's margin: Qt wraps the row when the
        # label and the choice do not fit, counting no spacing between them, and on a
        # row short of the spacing alone it cut the choice by that much instead
        names_row.setHorizontalSpacing(0)
        self.names_label.setContentsMargins(0, 0, defs.SPACING, 0)
        names_row.setVerticalSpacing(2)
        names_row.addRow(self.names_label, self.names)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.legend = QWidget()
        # two columns, or one where the panel is narrower than both (legend.py)
        self.legend_layout = LegendLayout(self.legend, spacing=4, row_spacing=2)
        self.toggles: dict[str, QToolButton] = {}
        for label in ENTITY_TYPES:
            button = QToolButton()
            button.setCheckable(True)
            button.setChecked(True)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.toggled.connect(self._emit_visibility)
            self.toggles[label] = button
            self.legend_layout.addWidget(button)
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
        layout.addLayout(names_row)
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
            self.retranslated.emit()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text in the UI's language (again after a language change)."""
        self.enabled.setText(self.tr("Show entities in the text"))
        self.enabled.setAccessibleName(self.tr("Show entities in the text"))
        self.tree.setAccessibleName(self.tr("Entities of this article"))
        self.names_label.setText(self.tr("&Names:"))
        self.names.setAccessibleName(self.tr("Language of entity names"))
        self.names.setToolTip(
            self.tr(
                "The name each entity is listed by; its other names (China, Chine) "
                "still find it in search"
            )
        )
        texts = {
            NameRule.INTERFACE: self.tr("In the interface's language"),
            NameRule.ARTICLE: self.tr("In each article's language"),
        }
        for index in range(self.names.count()):
            self.names.setItemText(index, texts[NameRule(self.names.itemData(index))])
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

    def room(self) -> int:
        """The width the panel asks its dock for: the legend in two columns (it can be
        laid out in one, narrower: reader.ui.entities.legend)."""
        return self.legend.sizeHint().width() + 2 * defs.MARGIN

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

    def name_rule(self) -> NameRule:
        return NameRule.parse(self.names.currentData())

    def set_name_rule(self, rule: NameRule) -> None:
        """Show ``rule`` as the choice (without saying it changed)."""
        blocked = self.names.blockSignals(True)
        self.names.setCurrentIndex(max(0, self.names.findData(rule.value)))
        self.names.blockSignals(blocked)

    def _on_names_index_changed(self, _index: int) -> None:
        self.name_rule_changed.emit(self.name_rule().value)

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

    def set_mentions(
        self,
        mentions: list[EntityMention],
        pending: bool = False,
        keys: dict[tuple[str, str], str] | None = None,
    ) -> None:
        """The article's mentions, named as they are to be shown; ``keys`` gives the
        library's canonical name of a name shown in another language, for search."""
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self.keys = dict(keys or {})
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
            for canonical, count in sorted(
                grouped[label].items(), key=lambda kv: (-kv[1], sort_key(kv[0]))
            ):
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
            name = self.keys.get((key[0], key[1]), key[1]).replace('"', " ")
            self.search_requested.emit(f'entity:"{name}"')
