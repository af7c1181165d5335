"""The main window: library or search left, article middle, panels right and below."""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import replace

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
)
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from reader import APP_NAME
from reader.core.errors import NotFound
from reader.core.model import Annotation, Article, EntityCorrection, ImportReport
from reader.services.changes import Changes
from reader.services.reading import Reading, read
from reader.services.safety import Backup
from reader.ui import dock, i18n, layout, links, pictures, snapshot, theme
from reader.ui import help as help_dialogs
from reader.ui.actions import WindowActions
from reader.ui.annotations.browser import AnnotationBrowser
from reader.ui.annotations.controller import AnnotationController
from reader.ui.annotations.tags import TagManager
from reader.ui.article import place
from reader.ui.article.view import ArticleView
from reader.ui.context import UiContext
from reader.ui.details import DetailsPanel
from reader.ui.entities.controller import EntityController
from reader.ui.entities.panel import EntitiesPanel
from reader.ui.importer import Importer, ImportProgress
from reader.ui.library.view import LibraryPane
from reader.ui.notes_export import NotesExport
from reader.ui.search.field import SearchField
from reader.ui.search.view import SearchPanel
from reader.ui.tasks import TaskContext
from reader.ui.team import open_team_library
from reader.ui.translation.view import ReadingArea


class MainWindow(QMainWindow):
    article_shown = Signal(str)  # article id, once painted

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self.current: Article | None = None
        self.theme_choice = theme.ThemeChoice(ctx.settings.get("theme", "system") or "system")
        self.pending_link = ""  # a reader:// link to open once the library is up
        self.linked = ""  # the article of the last link opened (it comes before the last read)
        self.started = False  # the start-up work is done: a link can be opened at once
        self._opening = ""  # the message shown while the library opens
        self._returning = True  # the first article shown opens where it was read last
        self.places = place.Places()  # and every other where the reader left it
        self.restore_requested: Backup | None = None  # put back when the window closes
        self._build_middle()
        self._build_panels()
        self.import_progress = ImportProgress()
        self.importer = Importer(ctx, self.import_progress, self)
        self.statusBar().addPermanentWidget(self.import_progress)
        self.notes_export = NotesExport(
            ctx,
            self,
            current=lambda: (self.current.id, self.current.title) if self.current else None,
            query=self.search.query,
            status=lambda text: self.statusBar().showMessage(text, 10000),
        )
        self.pictures = pictures.PicturesController(ctx, self)  # the timeline, the entity map
        self._build_actions()
        self.retranslate()
        self._connect()
        layout.restore(self, self.splitter, ctx.settings)
        self.article_view.zoom = ctx.settings.get_int("zoom", 0)
        self.apply_theme()
        QWidget.setTabOrder(self.search_field, self.library_pane.filter)
        QWidget.setTabOrder(self.library_pane.filter, self.library_pane.table)
        QWidget.setTabOrder(self.library_pane.table, self.article_view.browser)

    def _build_middle(self) -> None:
        """Library or search results left, the article (and its translation) middle,
        the search field above."""
        ctx = self.ctx
        self.library_pane = LibraryPane(ctx)
        self.search_panel = SearchPanel(ctx)
        self.left = QStackedWidget()
        self.left.addWidget(self.library_pane)
        self.left.addWidget(self.search_panel)
        self.article_view = ArticleView()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.left)
        self.reading = ReadingArea(ctx, self.article_view)
        self.splitter.addWidget(self.reading)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([460, 880])
        self.setCentralWidget(self.splitter)
        self.search = SearchField(
            ctx,
            self.left,
            self.library_pane,
            self.search_panel,
            self.article_view,
            current=lambda: self.current,
        )
        self.search_field = self.search.field

    def _build_panels(self) -> None:
        """Details, entities and annotations docked right, with their controllers."""
        ctx = self.ctx
        self.details = DetailsPanel(ctx, lambda: self.annotations)
        # scrolled, as Entities: their contents set no smallest height for the window
        self.details_dock = layout.side_dock(self, "detailsDock", dock.scrolled(self.details))
        self.entities_panel = EntitiesPanel()
        self.entities_dock = layout.side_dock(
            self, "entitiesDock", dock.scrolled(self.entities_panel, self.entities_panel.room)
        )
        self.tabifyDockWidget(self.details_dock, self.entities_dock)
        self.annotations = AnnotationController(
            ctx,
            self.article_view,
            self,
            current=lambda: self.current,
            status=self.statusBar().showMessage,
            open_article=self.open_article,
        )
        self.reading.set_undo_stack(self.annotations.undo_stack)  # glossary edits undo too
        self.entities = EntityController(
            ctx,
            self.article_view,
            self.entities_panel,
            self.statusBar(),
            self,
            current=lambda: self.current,
            is_dark=lambda: self.is_dark,
            open_article=self.open_article,
        )
        self.search_panel.entity_name = self.entities.shown_name
        self.entities.name_search_chips(self.search_panel.refresh_names)
        self.annotations_dock = layout.side_dock(self, "annotationsDock", self.annotations.panel)
        self.tabifyDockWidget(self.entities_dock, self.annotations_dock)
        self.entities_dock.raise_()
        self.resizeDocks([self.details_dock], [280], Qt.Orientation.Horizontal)

    # -- actions and menus -------------------------------------------------------------------

    def _build_actions(self) -> None:
        """Menus and keys from the one table of commands (:mod:`reader.ui.keymap`)."""
        view = self.article_view
        slots: dict[str, Callable[[], object]] = {
            "import_files": self.importer.choose_files,
            "import_folder": self.importer.choose_folder,
            "export_notes": self.notes_export.export,
            "import_annotations": self.notes_export.import_annotations,
            "open_team_library": lambda: open_team_library(self.ctx, self),
            "quit": self.close,
            "article_tags": self.annotations.edit_article_tags,
            "annotation_browser": self.show_annotation_browser,
            "manage_tags": self.show_tag_manager,
            "translation_settings": self.show_translation_settings,
            "copy": view.browser.copy,
            "find": view.open_find,
            "search": self.search.focus,
            "zoom_in": view.zoom_in,
            "zoom_out": view.zoom_out,
            "zoom_reset": view.zoom_reset,
            "entities_in_text": self.entities_panel.toggle_all,
            "entity_browser": self.show_entity_browser,
            "library": self.search.leave,
            "shortcuts": self.show_shortcuts,
            "about": self.show_about,
        }
        self.actions_ = WindowActions(
            self,
            slots,
            self.annotations.undo_stack,
            {
                # a panel's key brings it in front, the keys in it (reader.ui.dock)
                command: dock.panel_action(panel, view.browser)
                for command, panel in (
                    ("panel_details", self.details_dock),
                    ("panel_annotations", self.annotations_dock),
                    ("panel_entities", self.entities_dock),
                    ("panel_timeline", self.pictures.timeline_dock),
                    ("panel_entity_map", self.pictures.entity_map_dock),
                )
            },
            self.theme_choice,
            str(self.ctx.settings.get("language", i18n.SYSTEM) or i18n.SYSTEM),
            self.set_theme,
            self.set_language,
        )
        c = self.commands = self.actions_.commands
        self.import_files_action = c["import_files"]
        self.import_folder_action = c["import_folder"]
        self.export_action = c["export_notes"]
        self.import_annotations_action = c["import_annotations"]
        self.quit_action = c["quit"]
        self.undo_action, self.redo_action = c["undo"], c["redo"]
        self.article_tags_action = c["article_tags"]
        self.annotation_browser_action = c["annotation_browser"]
        self.tags_action = c["manage_tags"]
        self.translation_settings_action = c["translation_settings"]
        self.copy_action, self.find_action, self.search_action = c["copy"], c["find"], c["search"]
        self.zoom_in_action, self.zoom_out_action = c["zoom_in"], c["zoom_out"]
        self.zoom_reset_action = c["zoom_reset"]
        self.entities_action = c["entities_in_text"]
        self.entities_action.setChecked(True)
        self.entities_panel.enabled.toggled.connect(self.entities_action.setChecked)
        self.entity_browser_action = c["entity_browser"]
        self.library_action = c["library"]
        self.shortcuts_action, self.about_action = c["shortcuts"], c["about"]
        self.theme_actions = self.actions_.theme_actions
        self.language_actions = self.actions_.language_actions

        self.toolbar = toolbar = self.addToolBar("")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.import_files_action)
        toolbar.addSeparator()
        toolbar.addWidget(self.search_field)
        toolbar.addSeparator()
        toolbar.addAction(self.zoom_out_action)
        toolbar.addAction(self.zoom_in_action)

    def _connect(self) -> None:
        self.library_pane.article_selected.connect(lambda article_id: self.open_article(article_id))
        self.library_pane.loaded.connect(self._on_library_loaded)
        self.search_panel.result_opened.connect(self.open_article)
        self.article_view.zoom_changed.connect(lambda z: self.ctx.settings.set("zoom", z))
        self.importer.finished.connect(self._on_import_finished)
        self.entities_panel.visibility_changed.connect(self.article_view.set_entity_types)
        self.entities_panel.mention_requested.connect(self.article_view.reveal_range)
        self.entities_panel.search_requested.connect(self.search.search_for)
        self.article_view.correction_requested.connect(self.correct_entity)
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _: self.apply_theme())
        self.ctx.changes.changed.connect(self._on_changes)

    # -- layout persistence ---------------------------------------------------------------

    def save_layout(self) -> None:
        s = self.ctx.settings
        layout.save(self, self.splitter, s)
        s.set("theme", self.theme_choice.value)
        s.set("zoom", self.article_view.zoom)
        if self.current is not None:
            s.set("last_article", self.current.id)
            place.keep(s, self.article_view)
        s.set("last_search", self.search_field.text())
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.ctx.tasks.shutdown()  # cancels a running import; late results are dropped
        super().closeEvent(event)

    # -- theme ------------------------------------------------------------------------------

    def set_theme(self, choice: theme.ThemeChoice) -> None:
        self.theme_choice = choice
        self.theme_actions[choice].setChecked(True)
        self.ctx.settings.set("theme", choice.value)
        self.apply_theme()

    def set_language(self, code: str) -> None:
        """Remember the UI language and switch to it at once, with no restart: the new
        translation makes Qt send every widget a language change, and each gives its
        texts again (:meth:`changeEvent`, and the panels' own)."""
        self.ctx.settings.set("language", code)
        self.language_actions[code].setChecked(True)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            i18n.install(app, code)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._reopen_tools()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The window's own texts (the panels give theirs on the same event)."""
        self.details_dock.setWindowTitle(self.tr("Details"))
        self.entities_dock.setWindowTitle(self.tr("Entities"))
        self.annotations_dock.setWindowTitle(self.tr("Annotations"))
        self.toolbar.setWindowTitle(self.tr("Main"))
        self.search.retranslate()
        self.article_view.type_names = self.entities_panel.type_names()  # its hover cards
        # the default colour meanings, which the article's hover cards and popup show too
        panel = self.annotations.panel
        panel.retranslate()
        self.article_view.color_meanings = dict(panel.meanings)
        self.article_view.popup.set_meanings(panel.meanings)
        # the menus in the new language (the panels' entries too: reader.ui.dock)
        self.actions_.retranslate()

    def apply_theme(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            dark = theme.resolve(self.theme_choice)
            colors = theme.apply(app, dark)
            self.article_view.dark = dark
            self.article_view.set_colors(colors)
            self.reading.refresh()
            self.entities_panel.set_dark(dark)
            self.annotations.panel.set_dark(dark)

    @property
    def is_dark(self) -> bool:
        return theme.resolve(self.theme_choice)

    # -- startup ----------------------------------------------------------------------------

    def start(self) -> None:
        """Seed an empty library and bring the index up to date, off the GUI thread."""
        library = self.ctx.library
        self._opening = self.tr("Opening the library…")
        self.statusBar().showMessage(self._opening)
        if not self.search_field.text():  # the search of the last session, with its results
            self.search_field.setText(str(self.ctx.settings.get("last_search", "") or ""))

        def work(task: TaskContext) -> None:
            library.seed_if_empty()
            library.ensure_index(lambda: task.cancelled)
            library.warm_up()

        self.library_pane.reload(select=self.first_article())
        self.ctx.tasks.run(work, write=True, on_success=lambda _: self._on_started())

    def _warm_search(self, task: TaskContext) -> None:
        """Start cross-language search before the first search needs it (its routes and
        dictionaries: Library.warm_search), on a worker."""
        self.ctx.library.warm_search()

    def _on_search_warm(self) -> None:
        """Keep what the warm-up loaded, which lives as long as the app, out of the
        garbage collector's walks as well — here, on the GUI thread, between two of its
        events, as at the start's end: from the worker, the collection ran during a
        search and froze whatever the window held at that instant for good."""
        gc.collect()
        gc.freeze()

    def first_article(self) -> str | None:
        """The article to show at start: a deep link's (``reader gui LINK``), else the one
        read last (the library list, loaded later, selects it: not the last read's)."""
        target = links.parse_link(self.pending_link) if self.pending_link else None
        if target is not None:
            return target[0]
        last = self.linked or self.ctx.settings.get("last_article")
        return str(last) if last else None

    def _on_started(self) -> None:
        # What is loaded by now lives as long as the app: keep the garbage collector from
        # walking it again and again (full collections stalled the window for 100 ms).
        gc.collect()
        gc.freeze()
        self.started = True
        self.ctx.tasks.run(
            self._warm_search, slow=True, on_success=lambda _: self._on_search_warm()
        )
        # only its own message: what the reader did meanwhile ("Not a Liseuse link", an
        # export's "exported to …") stays until read
        if self.statusBar().currentMessage() == self._opening:
            self.statusBar().clearMessage()
        first = self.first_article()
        self.library_pane.reload(select=first)
        if self.pending_link:
            self.open_link(self.pending_link)
        elif first and self.current is None:
            self.open_article(first)
        if self.search_field.text().strip():
            self.search_panel.run_search()
        self.recognize_entities()
        self.annotations.load_meanings()
        self.reading.load_hooks()

    def open_link(self, link: str) -> None:
        """Open a deep link of an export: ``reader://article/ID`` or ``…#anno=UUID``."""
        self.pending_link = ""
        target = links.parse_link(link)
        if target is not None:
            self.linked = target[0]
        links.open_link(
            self.ctx,
            link,
            status=self.statusBar().showMessage,
            open_article=self.open_article,
            open_annotation=self.open_annotation,
        )

    def receive_targets(self, targets: list[str]) -> None:
        """Links and files handed over by a second ``reader gui`` (:func:`.links.receive`);
        a link that comes before the library is up waits for :meth:`_on_started`."""

        def open_link(link: str) -> None:
            if self.started:
                self.open_link(link)
            else:
                self.pending_link = link

        links.receive(self, targets, open_link=open_link, importer=self.importer)

    def restore_and_restart(self, backup: Backup) -> None:
        """Close, for :func:`reader.ui.app.run` to put ``backup`` back and open again."""
        self.restore_requested = backup
        self.close()

    def _on_library_loaded(self, shown: int) -> None:
        # the first row only when the reader has chosen none: an article chosen while the
        # window starts, still being opened, is not replaced by it at the list's next load
        chosen = self.library_pane.current_id()
        if self.current is None and shown and not self.first_article() and chosen is None:
            self.library_pane.table.selectRow(0)

    # -- articles ---------------------------------------------------------------------------

    def open_article(self, article_id: str, query: str | None = None) -> None:
        library, naming = self.ctx.library, self.entities.naming

        def work(_: TaskContext) -> Reading:
            reading = read(library, article_id, query)  # text, entities, highlights, hits
            if reading.mentions is not None:
                naming()  # the names they are shown by, made once, off the GUI thread
            return reading

        def shown(reading: Reading) -> None:
            if query is not None and query != self.search.query():
                reading = replace(reading, hits=[])  # typed over: the new query marks it
            self._show_article(reading)

        self.ctx.tasks.run(work, on_success=shown, on_failure=self._on_open_failed, key="article")

    def _on_open_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, NotFound):
            self.ctx.errors.report(exc)
        elif self.current is None:  # the article read last is gone, and with it its snapshot
            snapshot.withdraw(self)
            # then as a start with nothing read before: the list's first article (if the
            # list is not loaded yet, its loading selects it)
            if self.library_pane.model.rowCount() > 0:
                self.library_pane.table.selectRow(0)

    def _show_article(self, reading: Reading) -> None:
        """The text, its entities and highlights painted together, in one frame."""
        article = self.current = reading.article
        shown = self.article_view.article
        another = shown is None or shown.id != article.id
        # the same article shown again (a start opens the last one read a second time
        # once the library is ready) stays at the passage read: side by side, the text
        # drawn anew has lost the padding of its rows, and the same scroll showed a
        # passage further down
        again = None if another else place.top_line(self.article_view)
        if another:
            self.places.leave(self.article_view)
        self.article_view.show_article(article)
        if again is not None:
            place.put_at_top(self.article_view, *again)
        if self._returning and another:
            # the article read when the window last closed, where it was read
            self.article_view.return_to(place.kept(self.ctx.settings, article))
        elif another:
            self.article_view.return_to(self.places.left_at(article))
        returned, self._returning = self._returning, False
        self.reading.article_changed()
        if returned and (kept := self.reading.bar.kept_mode()) != self.reading.mode:
            # at its place, then beside its translation (or the translation alone) as the
            # last session read it; the translation is made off this thread, the place kept:
            # the place read last time, which the view's top, still being laid out, is
            # not yet (its middle word wraps a line lower in the narrower column)
            self.reading.set_mode(kept, at=place.kept(self.ctx.settings, article))
        if reading.hits:
            self.article_view.set_hits(reading.hits)
        self.details.show_article(article)
        self.setWindowTitle(f"{article.title} — {APP_NAME}")
        self.entities.show_read(article.id, reading.mentions)
        self.annotations.show(article.id, reading.annotations)
        self.ctx.settings.set("last_article", article.id)
        if self.left.currentWidget() is self.library_pane:
            self.library_pane.select(article.id)
        self.article_shown.emit(article.id)

    # -- entities and tags -------------------------------------------------------------------

    def recognize_entities(self) -> None:
        self.entities.recognize_all()

    def correct_entity(self, correction: EntityCorrection) -> None:
        self.entities.correct(correction)

    def show_entity_browser(self) -> None:
        self.entity_browser = self.entities.show_browser()

    def show_translation_settings(self) -> None:
        self.reading.show_settings()

    def show_tag_manager(self) -> None:
        manager = TagManager(self.ctx, self.annotations.undo_stack, self)
        manager.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.tag_manager = manager
        manager.show()

    def show_annotation_browser(self) -> None:
        browser = AnnotationBrowser(
            self.ctx, self.annotations.panel.meanings, self.is_dark, parent=self
        )
        browser.annotation_opened.connect(self.open_annotation)
        browser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.annotation_browser = browser
        browser.show()

    def _reopen_tools(self) -> None:
        """The browsers and the tag manager left open while the language changed open
        again in it, where they were: their lists come from the library anyway."""
        for name, show in (
            ("entity_browser", self.show_entity_browser),
            ("annotation_browser", self.show_annotation_browser),
            ("tag_manager", self.show_tag_manager),
        ):
            old = getattr(self, name, None)
            if old is None or not shiboken6.isValid(old) or not old.isVisible():
                continue
            geometry = old.saveGeometry()
            old.close()
            show()
            getattr(self, name).restoreGeometry(geometry)

    def open_annotation(self, annotation: Annotation) -> None:
        """Open an annotation's article and show its passage."""

        def reveal(article_id: str) -> None:
            if article_id == annotation.article_id and annotation.status != "orphaned":
                self.article_view.reveal_range(annotation.start, annotation.end)

        self.article_shown.connect(reveal, Qt.ConnectionType.SingleShotConnection)
        self.open_article(annotation.article_id)

    def _on_changes(self, changes: Changes) -> None:
        """The open article's tags changed (here, by an undo, in another window): it is
        read again, in place, for the details to show them."""
        current = self.current
        if current is not None and changes.tags and current.id in changes.articles:
            self.open_article(current.id, self.search.query() or None)

    # -- import -----------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.importer.start(paths)

    def _on_import_finished(self, report: ImportReport) -> None:
        self.recognize_entities()
        first_new = next(
            (o.article_id for o in report.outcomes if o.article_id and o.status.value != "failed"),
            None,
        )
        if first_new is not None:
            self.library_pane.reload(select=first_new)

    # -- help -----------------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        help_dialogs.shortcuts_dialog(self).open()

    def show_about(self) -> None:
        help_dialogs.about_dialog(self, self.ctx.library.paths.root)
