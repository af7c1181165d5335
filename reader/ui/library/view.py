"""The library pane: a filter box, source and language filters, the article table."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.services.changes import Changes
from reader.services.pictures import keep_dates
from reader.ui import defs
from reader.ui.combo import FitComboBox
from reader.ui.context import UiContext
from reader.ui.flow import FlowLayout
from reader.ui.i18n import language_name
from reader.ui.library.model import COLUMNS, LibraryModel
from reader.ui.pictures.datefilter import DateFilter
from reader.ui.roles import Role
from reader.ui.tasks import TaskContext

COLUMN_WIDTHS = {1: 104, 2: 44, 3: 86, 4: 48}  # source, language, date, notes
TITLE_MIN_WIDTH = 90
NARROWEST_COLUMN = 28


class LibraryPane(QWidget):
    article_selected = Signal(str)
    loaded = Signal(int)  # number of rows shown
    dates_changed = Signal(object)  # the range of dates shown (first, last day), or None

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # the sort order chosen last time (a header click), kept with the layout
        key = str(ctx.settings.get("library_sort", "title") or "title")
        self._sort = (
            key if key in COLUMNS else "title",
            ctx.settings.get_int("library_desc", 0) == 1,
        )
        self._pending_select: str | None = None
        self._restoring = False  # re-selecting the row a reload had cleared

        self._counts: tuple[int, int] | None = None  # rows shown, articles in all
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.source = FitComboBox()
        self.lang = FitComboBox()
        self.tag = FitComboBox()
        self._fill_combos({"source": [], "lang": [], "tag": []})
        self.date_filter = DateFilter()  # a range brushed on the timeline
        self.date_filter.cleared.connect(lambda: self.set_dates(None))

        self.model = LibraryModel(ctx.library.summaries, self)
        self.table = QTableView()
        self.table.setObjectName("libraryTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSortIndicator(
            COLUMNS.index(self._sort[0]),
            Qt.SortOrder.DescendingOrder if self._sort[1] else Qt.SortOrder.AscendingOrder,
        )
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        # the widths the narrow columns would like (the reader's, once they drag one)
        self._widths = dict(COLUMN_WIDTHS)
        self._fitting = False
        for column, width in self._widths.items():
            header.resizeSection(column, width)
        header.setHighlightSections(False)
        header.sectionResized.connect(self._on_section_resized)
        header.sortIndicatorChanged.connect(lambda *_: self._fit_columns())  # its arrow
        self.table.viewport().installEventFilter(self)
        self.count = QLabel()
        self.count.setObjectName("libraryCount")
        self.count.setForegroundRole(self.count.foregroundRole())

        # the filters wrap onto a second line when the pane is too narrow for them in full
        filters = QWidget()
        filters.setObjectName("libraryFilters")
        flow = FlowLayout(filters, defs.SPACING)
        for combo in (self.source, self.lang, self.tag):
            flow.addWidget(combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(defs.MARGIN, defs.MARGIN, 0, defs.MARGIN)
        layout.setSpacing(defs.SPACING)
        layout.addWidget(self.filter)
        layout.addWidget(filters)
        layout.addWidget(self.date_filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        self._debounce = QTimer(self, singleShot=True, interval=defs.FILTER_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.reload)
        self.filter.textChanged.connect(self._debounce.start)
        self.source.currentIndexChanged.connect(self.reload)
        self.lang.currentIndexChanged.connect(self.reload)
        self.tag.currentIndexChanged.connect(self.reload)
        self.model.sort_requested.connect(self._on_model_sort_requested)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self._follow_library(ctx)
        self.retranslate()

    def _follow_library(self, ctx: UiContext) -> None:
        """What the library's writes change: rows read again, together, once they settle."""
        self._changed: set[str] | None = set()  # None: every row
        self._follow = QTimer(self, singleShot=True, interval=defs.CHANGES_SETTLE_MS)
        self._follow.timeout.connect(self._follow_changes)
        ctx.changes.changed.connect(self._on_changes)

    # -- columns ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Keep every column in sight. In a pane too narrow for them all (a small screen,
        or a wider bar beside it in another language) the narrow columns give up width,
        in proportion, rather than being pushed out of sight: the pane showed the title
        column alone. The title takes what is left (it stretches). No column gives up
        the width its own title needs (:meth:`_title_width`): French "Langue", cut to
        the width of English "Lang.", read ".angue"; with too little room for every
        title, the table scrolls sideways."""
        header = self.table.horizontalHeader()
        least = {c: max(NARROWEST_COLUMN, self._title_width(c)) for c in self._widths}
        wanted = {c: max(width, least[c]) for c, width in self._widths.items()}
        spare = sum(wanted.values()) - sum(least.values())  # what the columns may give up
        room = self.table.viewport().width() - TITLE_MIN_WIDTH - sum(least.values())
        scale = min(1.0, max(room, 0) / spare) if spare else 1.0
        self._fitting = True
        for column, width in wanted.items():
            header.resizeSection(column, least[column] + int((width - least[column]) * scale))
        self._fitting = False

    def _title_width(self, column: int) -> int:
        """The width the column's title is read whole in: its text between the header's
        margins, and on the sorted column the sort arrow beside it (as Qt sizes a
        header section to its contents, but with the arrow only where it is drawn)."""
        header = self.table.horizontalHeader()
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        text = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
        width = header.fontMetrics().horizontalAdvance(text) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
            width += header.sizeHint().height() + margin
        return width

    def _on_section_resized(self, column: int, _old: int, new: int) -> None:
        if column in self._widths and not self._fitting:
            self._widths[column] = new  # dragged by the reader: the width they want

    # -- language ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text in the UI's language; the filters keep what they are set to."""
        self.filter.setPlaceholderText(self.tr("Filter by title or source"))
        self.filter.setAccessibleName(self.tr("Filter the library"))
        self.source.setAccessibleName(self.tr("Filter by source"))
        self.lang.setAccessibleName(self.tr("Filter by language"))
        self.tag.setAccessibleName(self.tr("Filter by tag"))
        self.table.setAccessibleName(self.tr("Articles"))
        for combo, everything in self._everything():
            combo.setItemText(0, everything)
            combo.updateGeometry()
        self.model.retranslate()
        self._fit_columns()  # the titles in another language are of other widths
        self._say_count()

    def _everything(self) -> tuple[tuple[QComboBox, str], ...]:
        """Each filter and its first choice, no filtering."""
        return (
            (self.source, self.tr("All sources")),
            (self.lang, self.tr("All languages")),
            (self.tag, self.tr("All tags")),
        )

    def _say_count(self) -> None:
        if self._counts is None:
            return
        shown, total = self._counts
        self.count.setText(
            self.tr("%n article(s)", "", shown)
            if shown == total or not total
            else self.tr("%1 of %2 articles").replace("%1", str(shown)).replace("%2", str(total))
        )

    # -- loading ----------------------------------------------------------------------------

    def _on_changes(self, changes: Changes) -> None:
        """Articles added, their notes or tags changed (here, in another window or
        process): their rows, the filters' lists and the counts are read again; the
        selected row stays selected and in view."""
        if changes.everything:
            self._changed = None
        elif changes.articles or changes.annotations or changes.tags or changes.imported:
            if self._changed is not None:
                self._changed |= changes.articles
        else:
            return
        self._follow.start()

    def _follow_changes(self) -> None:
        changed, self._changed = self._changed, set()
        if changed is None:
            self.model.forget()
        elif changed:
            self.model.forget(sorted(changed))
        self.reload()

    def reload(self, select: str | None = None) -> None:
        """Query the ids for the current filters and sort in the background."""
        if select:
            self._pending_select = select
        sort, descending = self._sort
        text = self.filter.text()
        source = self.source.currentData()
        lang = self.lang.currentData()
        tag = self.tag.currentData()
        dates = self.date_filter.dates
        library = self.ctx.library

        def work(_: TaskContext) -> tuple[list[str], dict[str, list[tuple[str, int]]], int]:
            ids = library.article_ids(
                sort=sort, descending=descending, text=text, source=source, lang=lang, tag=tag
            )
            if dates is not None:
                ids = keep_dates(library, ids, dates)
            return ids, library.facet_values(), library.count()

        self.ctx.tasks.run(work, on_success=self._on_ids_loaded, key="library-ids")

    def set_dates(self, dates: tuple[str, str] | None) -> None:
        """Show only the articles published within ``dates`` (first and last day, ISO;
        None: every date), and say so above the list."""
        if dates != self.date_filter.dates:
            self.date_filter.set_dates(dates)
            self.dates_changed.emit(dates)
            self.reload()

    def _on_ids_loaded(
        self, result: tuple[list[str], dict[str, list[tuple[str, int]]], int]
    ) -> None:
        ids, facets, total = result
        before = self.current_id()
        keep = self._pending_select or before
        # Putting back the row that was selected before the reset is not the user choosing
        # an article: re-opening it would scroll the reader back to the top (issue 17).
        self._restoring = self._pending_select is None and keep == before
        self._pending_select = None
        self.model.forget()
        self.model.set_ids(ids)
        self._fill_combos(facets)
        shown = len(ids)
        self._counts = (shown, total)
        self._say_count()
        if keep:
            self.select(keep)
        self._restoring = False
        self.loaded.emit(shown)

    def _fill_combos(self, facets: dict[str, list[tuple[str, int]]]) -> None:
        keys = ("source", "lang", "tag")
        for (combo, everything), key in zip(self._everything(), keys, strict=True):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value, count in facets.get(key, []):
                shown = language_name(value) if key == "lang" else value
                combo.addItem(f"{shown} ({count})", value)
            found = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)
            combo.updateGeometry()

    # -- selection --------------------------------------------------------------------------

    def current_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(Role.ARTICLE_ID) if rows else None

    def select(self, article_id: str) -> bool:
        row = self.model.row_of(article_id)
        if row < 0:
            return False
        # an article shown meanwhile: a load asked for before (to select another) and
        # not landed yet, now that the library changed, keeps this one
        self._pending_select = None
        index = self.model.index(row, 0)
        if self.current_id() != article_id:
            self.table.selectRow(row)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def _on_table_selection_changed(self, selected: QItemSelection, _: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes and not self._restoring:
            article_id = indexes[0].data(Role.ARTICLE_ID)
            if article_id:
                self._pending_select = None  # the reader's choice: a load keeps it
                self.article_selected.emit(article_id)

    def _on_model_sort_requested(self, key: str, descending: bool) -> None:
        if (key, descending) == self._sort:
            return  # the order shown already (Qt asks again when sorting is turned on)
        self._sort = (key, descending)
        self.ctx.settings.set("library_sort", key)
        self.ctx.settings.set("library_desc", int(descending))
        self.reload()
