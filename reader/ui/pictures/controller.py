"""The pictures of the corpus in the window: two docks (View → Panels → Timeline, Entity
Map) that follow what the reader is looking at — the current search, else the library's
filters — and act on it: a range brushed on the timeline filters the library to those
dates; an entity clicked on the map is searched for.

Counting and laying out run on the task runner's read pool (superseded by newer
requests, so typing a search never queues pictures up), and only while a dock is
shown: a hidden picture costs nothing. Apart from the window's module, which only
makes this object and lists its docks with the others.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, QTimer, SignalInstance
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QFileDialog,
    QLineEdit,
    QMainWindow,
    QStatusBar,
)

from reader.core.model import SearchResults
from reader.services.changes import Changes
from reader.services.exports import write_atomically
from reader.services.pictures import EntityMap, Pictures, Scope, Timeline
from reader.ui.context import UiContext
from reader.ui.hints import said
from reader.ui.pictures.export import picture_bytes
from reader.ui.pictures.panels import EntityMapPanel, TimelinePanel
from reader.ui.tasks import TaskContext

SETTLE_MS = 250  # a picture waits for the search or the filters to settle
EXPORT_SIZES = {"timeline": QSize(1200, 420), "map": QSize(1000, 800)}


class _Combo(Protocol):
    def currentData(self) -> object: ...


class _DateFilter(Protocol):
    dates: tuple[str, str] | None


class _Library(Protocol):
    """What the pictures read of the library pane (see ``reader.ui.library.view``)."""

    loaded: SignalInstance
    dates_changed: SignalInstance
    filter: QLineEdit
    source: _Combo
    lang: _Combo
    tag: _Combo
    date_filter: _DateFilter

    def set_dates(self, dates: tuple[str, str] | None) -> None: ...


class _Search(Protocol):
    searched: SignalInstance
    cross: QCheckBox
    excluded: set[str]
    results: SearchResults | None

    def full_query(self) -> str: ...


class _Window(Protocol):
    """What the pictures use of the main window."""

    library_pane: _Library
    search_panel: _Search
    search_field: QLineEdit

    def statusBar(self) -> QStatusBar: ...


class PicturesController(QObject):
    """Makes the timeline and entity map docks of ``window`` and keeps them current:
    ``toggles`` are their View → Panels actions."""

    def __init__(self, ctx: UiContext, window: QMainWindow) -> None:
        super().__init__(window)
        parts: _Window = window  # type: ignore[assignment]
        self.ctx = ctx
        self.window = window
        self.library_pane = parts.library_pane
        self.search_panel = parts.search_panel
        self.search_field = parts.search_field
        self.status = window.statusBar()
        self.pictures = Pictures(ctx.library)
        self.timeline = TimelinePanel()
        self.entity_map = EntityMapPanel()
        self.timeline_dock = self._dock(self.timeline, "timelineDock")
        self.entity_map_dock = self._dock(self.entity_map, "entityMapDock")
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.timeline_dock)
        window.splitDockWidget(self.timeline_dock, self.entity_map_dock, Qt.Orientation.Horizontal)
        self.timeline_dock.hide()  # until asked for (the layout saved puts them back)
        self.entity_map_dock.hide()
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self.refresh)
        # entities recognised in the background, an import here or from the command
        # line: the shown pictures follow the library's changes (a team library's are
        # not drawn: their counts are SQLite's)
        ctx.changes.changed.connect(self._on_changes)
        self.timeline.options_changed.connect(self._refresh_timeline)
        self.timeline.brushed.connect(self._on_brushed)
        self.timeline.export_requested.connect(lambda fmt: self.export("timeline", fmt))
        self.entity_map.export_requested.connect(lambda fmt: self.export("map", fmt))
        self.entity_map.entity_chosen.connect(self._on_entity_chosen)
        # the docks share the window's width the first time they are shown together
        self._sized = ctx.settings.get_bytes("state") is not None
        for dock in (self.timeline_dock, self.entity_map_dock):
            dock.visibilityChanged.connect(self._on_dock_shown)
        self.timeline.installEventFilter(self)
        parts.library_pane.loaded.connect(lambda _shown: self._settle.start())
        parts.library_pane.dates_changed.connect(lambda _dates: self._show_selection())
        parts.search_panel.searched.connect(lambda _count: self._settle.start())
        self.search_field.textChanged.connect(
            lambda text: None if text.strip() else self._settle.start()
        )
        self.retranslate()

    def _dock(self, panel: TimelinePanel | EntityMapPanel, name: str) -> QDockWidget:
        dock = QDockWidget(self.window)
        dock.setObjectName(name)
        dock.setWidget(panel)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        return dock

    def _on_dock_shown(self, shown: bool) -> None:
        if not shown:
            return
        both = self.timeline_dock.isVisible() and self.entity_map_dock.isVisible()
        if both and not self._sized:
            self._sized = True
            width = self.window.width()
            self.window.resizeDocks(
                [self.timeline_dock, self.entity_map_dock],
                [width * 55 // 100, width * 45 // 100],
                Qt.Orientation.Horizontal,
            )
        self._settle.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.timeline and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.timeline_dock.setWindowTitle(self.tr("Timeline"))
        self.entity_map_dock.setWindowTitle(self.tr("Entity Map"))

    # -- what is pictured ---------------------------------------------------------------

    def scope(self) -> Scope:
        """The search shown (as it ran: its corrected spelling when it showed that), else
        the library's filters, with the range of dates brushed."""
        dates = self.library_pane.date_filter.dates
        if self.search_field.text().strip():
            results = self.search_panel.results
            query = self.search_panel.full_query()
            if results is not None and results.corrected and results.suggestion:
                query = results.suggestion
            cross = self.search_panel.cross.isChecked()
            return Scope(
                query=query, exclude=tuple(sorted(self.search_panel.excluded)), cross_language=cross
            )
        pane = self.library_pane

        def data(combo: _Combo) -> str | None:
            value = combo.currentData()
            return str(value) if value is not None else None

        return Scope(
            text=pane.filter.text().strip(),
            source=data(pane.source),
            lang=data(pane.lang),
            tag=data(pane.tag),
            dates=dates,
        )

    def refresh(self) -> None:
        """Count again what the shown docks picture: one task for both (the read pool
        has two threads; a search typed meanwhile gets the other), superseded by the
        next. While a search runs, its results come first: they ask again."""
        self._show_selection()
        if self._search_running():
            return
        self._refresh(timeline=True)

    def _search_running(self) -> bool:
        if not self.search_field.text().strip():
            return False
        results = self.search_panel.results
        return results is None or results.query != self.search_panel.full_query()

    def _refresh_timeline(self) -> None:
        """Another grouping or bucket: the timeline alone."""
        if not self._search_running():
            self._refresh(timeline=True, entity_map=False)

    def _refresh(self, timeline: bool, entity_map: bool = True) -> None:
        timeline = timeline and self.timeline_dock.isVisible()
        entity_map = entity_map and self.entity_map_dock.isVisible()
        if not (timeline or entity_map):
            return
        scope = self.scope()
        group, bucket = self.timeline.grouping, self.timeline.bucket_choice
        pictures = self.pictures

        def work(_: TaskContext) -> tuple[Timeline | None, EntityMap | None]:
            # the timeline draws the range of dates over the rest: not narrowed by it
            drawn = dataclasses.replace(scope, dates=None)
            made = pictures.timeline(drawn, group, bucket) if timeline else None
            return made, pictures.entity_map(scope) if entity_map else None

        def show(result: tuple[Timeline | None, EntityMap | None]) -> None:
            made = result[0]
            if made is not None and (made.group, bucket) == (
                self.timeline.grouping,
                self.timeline.bucket_choice,
            ):
                self.timeline.show_timeline(made)
            if result[1] is not None:
                self.entity_map.show_map(result[1])

        if entity_map and self.entity_map.network.map is None:
            self.entity_map.show_map(None)  # "Counting…"; else the last map until then
        key = "pictures" if entity_map else "picture-timeline"
        self.ctx.tasks.run(work, on_success=show, on_failure=self._on_failed, key=key, slow=True)

    def _on_changes(self, changes: Changes) -> None:
        """Articles imported or given new text, tags, entities recognised or corrected:
        what the shown pictures count (notes alone change neither)."""
        if changes.imported or changes.entities or changes.tags or changes.everything:
            self._settle.start()

    def _on_failed(self, exc: BaseException) -> None:
        from reader.core.errors import ReaderError

        if isinstance(exc, ReaderError):  # a search being typed, an index rebuilding…
            self.status.showMessage(said(exc), 6000)
            return
        self.ctx.errors.report(exc)

    # -- acting on the pictures ---------------------------------------------------------

    def _show_selection(self) -> None:
        dates = self.library_pane.date_filter.dates
        selection = None
        if dates is not None:
            selection = (dt.date.fromisoformat(dates[0]), dt.date.fromisoformat(dates[1]))
        self.timeline.set_selection(selection)

    def _on_brushed(self, first: dt.date | None, last: dt.date | None) -> None:
        """Filter the library to the dates brushed (None: every date again)."""
        dates = (first.isoformat(), last.isoformat()) if first and last else None
        self.library_pane.set_dates(dates)
        self._show_selection()
        if dates is not None and self.search_field.text().strip():
            self.status.showMessage(
                self.tr("The library shows these dates once you leave the search (Esc)"), 8000
            )

    def _on_entity_chosen(self, name: str) -> None:
        self.search_field.setText(f'entity:"{name.replace(chr(34), " ")}"')

    def export(self, which: str, fmt: str) -> None:
        """Ask where, then save the picture as shown (at a print-friendly size)."""
        is_map = which == "map"
        title = self.tr("Export the Entity Map") if is_map else self.tr("Export the Timeline")
        pattern = self.tr("SVG drawing (*.svg)") if fmt == "svg" else self.tr("PNG image (*.png)")
        name = (self.tr("entity-map") if is_map else self.tr("timeline")) + f".{fmt}"
        path, _ = QFileDialog.getSaveFileName(self.window, title, name, pattern)
        if not path:
            return
        self.save(which, Path(path) if Path(path).suffix else Path(f"{path}.{fmt}"))

    def save(self, which: str, path: Path) -> None:
        """Draw the picture (on the GUI thread: a few hundred shapes) and write the file
        on the writer thread."""
        size = EXPORT_SIZES[which]
        if which == "map":  # the map's own proportions, its names at the size shown
            shown = self.entity_map.network.scene().sceneRect().size()
            if shown.width() > 0 and shown.height() > 0:
                grow = max(1.0, 600 / shown.width(), 400 / shown.height())
                size = (shown * grow).toSize()
        if which == "map":
            panel_status = self.entity_map.status.text()

            def draw(painter: QPainter, rect: QRectF) -> None:
                self.entity_map.network.render_to(painter, rect)

            title, palette = self.tr("Entity map"), self.entity_map.network.palette()
        else:
            panel_status = self.timeline.status.text()
            chart = self.timeline.chart

            def draw(painter: QPainter, rect: QRectF) -> None:
                chart.draw(painter, rect, chart.palette())

            title, palette = self.tr("Timeline"), chart.palette()
        data = picture_bytes(path, size, draw, palette, title, panel_status)

        def work(_: TaskContext) -> Path:
            write_atomically(path, data)
            return path

        self.ctx.tasks.run(
            work,
            write=True,
            on_success=lambda p: self.status.showMessage(
                self.tr("Saved %1").replace("%1", str(p)), 8000
            ),
            on_failure=self.ctx.errors.report,
        )
