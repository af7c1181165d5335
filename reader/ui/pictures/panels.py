"""The two docks' contents: the timeline with its choices (stack by source or language;
days, weeks or months) and the range it filters the library to, and the entity map;
each says what it pictures and can be exported."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Signal, SignalInstance
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.services.pictures import OTHER, UNKNOWN, Bucket, EntityMap, Scope, Timeline
from reader.ui import defs
from reader.ui.i18n import language_name
from reader.ui.pictures.chart import TimelineChart
from reader.ui.pictures.export import FORMATS
from reader.ui.pictures.network import Network

BUCKETS = (None, Bucket.DAY, Bucket.WEEK, Bucket.MONTH)
GROUPS = ("source", "lang")


def _export_button(owner: QWidget, requested: SignalInstance) -> tuple[QToolButton, QMenu]:
    button = QToolButton()
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    for fmt in FORMATS:
        action = menu.addAction("")
        action.setData(fmt)
        action.triggered.connect(lambda _=False, f=fmt: requested.emit(f))
    button.setMenu(menu)
    return button, menu


class TimelinePanel(QWidget):
    options_changed = Signal()
    brushed = Signal(object, object)  # first and last day, or None and None: every date
    export_requested = Signal(str)  # "png" or "svg"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = TimelineChart()
        self.chart.setObjectName("timelineChart")
        self.group = QComboBox()
        self.bucket = QComboBox()
        for _ in GROUPS:
            self.group.addItem("")
        for _ in BUCKETS:
            self.bucket.addItem("")
        self.group_label = QLabel()
        self.bucket_label = QLabel()
        self.group_label.setBuddy(self.group)
        self.bucket_label.setBuddy(self.bucket)
        self.export, self.export_menu = _export_button(self, self.export_requested)
        self.status = QLabel()
        self.status.setObjectName("timelineStatus")
        self.range_label = QLabel()
        self.clear_range = QPushButton()
        self.clear_range.setObjectName("timelineClearDates")
        self.clear_range.clicked.connect(lambda: self.brushed.emit(None, None))
        top = QHBoxLayout()
        top.setSpacing(defs.SPACING)
        for widget in (self.group_label, self.group, self.bucket_label, self.bucket):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.export)
        bottom = QHBoxLayout()
        bottom.setSpacing(defs.SPACING)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.range_label)
        bottom.addWidget(self.clear_range)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(defs.MARGIN, defs.MARGIN, defs.MARGIN, defs.MARGIN)
        layout.setSpacing(defs.SPACING)
        layout.addLayout(top)
        layout.addWidget(self.chart, 1)
        layout.addLayout(bottom)
        self.group.currentIndexChanged.connect(lambda _: self.options_changed.emit())
        self.bucket.currentIndexChanged.connect(lambda _: self.options_changed.emit())
        self.chart.brushed.connect(self.brushed)
        self.set_selection(None)
        self.retranslate()

    @property
    def grouping(self) -> str:
        return GROUPS[max(self.group.currentIndex(), 0)]

    @property
    def bucket_choice(self) -> Bucket | None:
        return BUCKETS[max(self.bucket.currentIndex(), 0)]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.group_label.setText(self.tr("Stack by"))
        self.group.setItemText(0, self.tr("Source"))
        self.group.setItemText(1, self.tr("Language"))
        self.bucket_label.setText(self.tr("Bars"))
        for index, text in enumerate(
            (self.tr("Automatic"), self.tr("Days"), self.tr("Weeks"), self.tr("Months"))
        ):
            self.bucket.setItemText(index, text)
        self.export.setText(self.tr("Export"))
        self.export.setToolTip(self.tr("Save the timeline as an image"))
        for action, text in zip(
            self.export_menu.actions(),
            (self.tr("PNG Image…"), self.tr("SVG Drawing…")),
            strict=True,
        ):
            action.setText(text)
        self.clear_range.setText(self.tr("Show Every Date"))
        self.chart.setAccessibleName(self.tr("Timeline"))
        self.chart.setAccessibleDescription(
            self.tr("Articles by date. Drag across it to show those dates in the library.")
        )
        self._name_groups()
        self.set_selection(self.chart.selection)
        self.show_timeline(self.chart.timeline)

    def _name_groups(self) -> None:
        timeline = self.chart.timeline
        names: dict[str, str] = {}
        by_lang = timeline is not None and timeline.group == "lang"
        if timeline is not None:
            for group in timeline.groups:
                if group == OTHER:
                    names[group] = (
                        self.tr("Other languages") if by_lang else self.tr("Other sources")
                    )
                elif group == UNKNOWN:
                    names[group] = self.tr("Unknown language") if by_lang else self.tr("No source")
                else:
                    names[group] = language_name(group) if by_lang else group
        self.chart.name_groups(names)

    def show_timeline(self, timeline: Timeline | None) -> None:
        self.chart.show_timeline(timeline)
        self._name_groups()
        if timeline is None:
            self.status.setText(self.tr("Counting…"))
            return
        text = what_is_pictured(timeline.scope, timeline.dated + timeline.undated)
        if timeline.undated:
            text += " · " + self.tr("%n without a date (not shown)", "", timeline.undated)
        self.status.setText(text)

    def set_selection(self, selection: tuple[dt.date, dt.date] | None) -> None:
        """The range the library is filtered to (None: every date)."""
        self.chart.set_selection(selection)
        self.range_label.setVisible(selection is not None)
        self.clear_range.setVisible(selection is not None)
        if selection is not None:
            period = self.chart.period(*selection)
            self.range_label.setText(self.tr("Library: %1").replace("%1", period))


class Caption(QObject):
    """What a picture shows, in words (one translation context for both docks)."""

    def pictured(self, scope: Scope, articles: int) -> str:
        """ "12 articles found by “Obama”", "134 articles in the library"…"""
        if scope.query.strip():
            found = self.tr("%n article(s) found by “%1”", "", articles)
            return found.replace("%1", scope.query.strip())
        if scope.everything:
            return self.tr("%n article(s) in the library", "", articles)
        if scope == Scope(dates=scope.dates):
            return self.tr("%n article(s) of these dates", "", articles)
        return self.tr("%n article(s) shown in the library", "", articles)


def what_is_pictured(scope: Scope, articles: int) -> str:
    return Caption().pictured(scope, articles)


class EntityMapPanel(QWidget):
    entity_chosen = Signal(str)
    export_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.network = Network()
        self.network.setObjectName("entityMap")
        self.status = QLabel()
        self.status.setObjectName("entityMapStatus")
        self.status.setWordWrap(True)
        self.export, self.export_menu = _export_button(self, self.export_requested)
        top = QHBoxLayout()
        top.setSpacing(defs.SPACING)
        top.addWidget(self.status, 1)
        top.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(defs.MARGIN, defs.MARGIN, defs.MARGIN, defs.MARGIN)
        layout.setSpacing(defs.SPACING)
        layout.addLayout(top)
        layout.addWidget(self.network, 1)
        self.network.entity_chosen.connect(self.entity_chosen)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.export.setText(self.tr("Export"))
        self.export.setToolTip(self.tr("Save the entity map as an image"))
        for action, text in zip(
            self.export_menu.actions(),
            (self.tr("PNG Image…"), self.tr("SVG Drawing…")),
            strict=True,
        ):
            action.setText(text)
        self.network.setAccessibleName(self.tr("Entity map"))
        self.network.type_names = {
            "PER": self.tr("Person"),
            "ORG": self.tr("Organisation"),
            "LOC": self.tr("Place"),
            "PRODUCT": self.tr("Product"),
            "MISC": self.tr("Other"),
        }
        self.show_map(self.network.map)

    def show_map(self, entity_map: EntityMap | None) -> None:
        self.network.show_map(entity_map)
        if entity_map is None:
            self.status.setText(self.tr("Counting…"))
            return
        text = what_is_pictured(entity_map.scope, entity_map.articles)
        if not entity_map.nodes:
            text += " · " + self.tr("no entity recognised in them yet")
        elif entity_map.entities > len(entity_map.nodes):
            text += " · " + (
                self.tr("the %1 most widespread of %n entities", "", entity_map.entities).replace(
                    "%1", str(len(entity_map.nodes))
                )
            )
        text += " · " + self.tr("click one to search for it")
        self.status.setText(text)
