"""The first frame of a start, painted by a process that has imported almost nothing of
the app: the article read last, in a stand-in of the window, while the window is built.

Why: the first paint used to wait for the whole app — the services, the search index's
and the recognisers' libraries, every panel and menu — 3.4–5.2× as long as a bare PySide6
window took to show itself. A start now has two phases:

1. here, in the process's first moments: PySide6's core classes, the article view, the
   settings and the snapshot of the article read last (:mod:`reader.ui.snapshot`; on a
   first start the bundled article it opens). :class:`StandIn` lays out the window as
   the saved layout has it — its menu bar, its toolbar and search box, the reading area,
   the docks — and paints the article with its entity underlines and highlights; in
   the frame after, the Entities panel with the snapshot's counts and names;
2. once that frame is on screen, :func:`reader.ui.app.run`: the library, the services and the
   real window, built inside the same top-level window (:class:`Shell`, which lasts as
   long as the process: two top-level windows swapped would flicker on the desktop),
   laid out under the stand-in, then swapped in. The text stays where it stood: the
   scroll position and selection the reader reached are carried over, and what was
   typed into the search box meanwhile goes on in the real one (it searches once the
   library is up).

A start that is not a plain one — links or files to open, a team library, a library
another window holds — has no first phase: the window is built and shown as before.
"""

from __future__ import annotations

import importlib
import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QEventLoop, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from reader import APP_ID, APP_NAME, __version__
from reader.core.errors import ReaderError
from reader.core.paths import DataPaths, resolve_data_dir
from reader.core.resources import bundled_icons
from reader.ui import i18n, keymap, snapshot, theme
from reader.ui.article import place
from reader.ui.article.view import ArticleView
from reader.ui.settings import UiSettings
from reader.ui.translation.bar import TranslationBar

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

    from reader.services.reading import Reading
    from reader.ui.entities.panel import EntitiesPanel

try:
    import fcntl
except ImportError:  # Windows: no probe; the window's own lock still says who has it
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)
# the instance lock's file (reader.store.lock.LOCK_NAME: the UI does not import the store)
LOCK_NAME = "liseuse.lock"
DOCKS = ("detailsDock", "entitiesDock", "annotationsDock")  # as the window names them
MEASURES = "first_frame"  # the settings' group of the window's parts' smallest sizes
STYLED = "liseuseStyled"  # the application's property: started in the theme's style


def application(argv: Sequence[str] = (), icon: bool = True) -> QApplication:
    """The application, with the desktop identity: the icon shipped in
    ``resources/icons`` (unless ``icon`` is False: then the caller gives it) and the app
    id that names the ``.desktop`` file. One made here starts in the theme's style
    (``-style``): set afterwards, ``setStyle`` hands the style back to Python, and
    PySide6 makes the Python type of ``QStyle`` and its eleven enums for it — 47 M
    instructions, 7 % of a bare window's first frame, that the first frame does without."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([*(list(argv) or [__file__]), "-style", theme.STYLE])
        app.setProperty(STYLED, True)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationDomain("liseuse.github.io")
    app.setDesktopFileName(APP_ID)
    if icon and app.windowIcon().isNull():  # the second phase asks again: decoded once
        app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    """The app icon at every size shipped (16 to 512 pixels). Its classes are imported
    here, once the first frame is on screen: ``QIcon``'s type comes with an enum of 151
    theme icons."""
    from PySide6.QtGui import QIcon, QPixmap

    icon = QIcon()
    for _size, png in bundled_icons():
        pixmap = QPixmap()
        if pixmap.loadFromData(png.data, "PNG"):
            icon.addPixmap(pixmap)
        else:
            log.warning("the icon %s could not be read", png.name)
    return icon


def held_elsewhere(root: Path) -> bool:
    """Another window has the library open (its instance lock is taken): this start
    hands its targets over and ends, and paints nothing."""
    if fcntl is None:
        return False
    try:
        fd = os.open(root / LOCK_NAME, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return False  # no lock file: nobody has opened the library here yet
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return False
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


class StandIn(QMainWindow):
    """The window as the first frame shows it: the same menu bar, toolbar, reading area
    and docks, placed by the same saved layout, with the real article view in the reading
    area and, once the text is on screen, the Entities panel (:meth:`fill_entities`); the
    library pane and the other docks stay empty until the window takes over."""

    def __init__(self, settings: UiSettings, size: QSize) -> None:
        super().__init__()
        self.setObjectName("firstFrame")
        self.settings = settings
        self.shown: Reading | None = None  # the snapshot painted, if any
        self.entities_panel: EntitiesPanel | None = None  # in the frame after the text's
        self.resize(size)  # the saved state is laid out at the window's size, as the window does
        bar = self.menuBar()
        for command in keymap.COMMANDS:
            if command.menu == "" and command.submenu:
                bar.addMenu(self.translated(command.text))
        texts = {c.id: self.translated(c.text) for c in keymap.COMMANDS}
        toolbar = self.addToolBar("")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.action(texts["import_files"]))
        toolbar.addSeparator()
        self.search_field = QLineEdit()
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(360)
        self.search_field.setPlaceholderText(
            self.translated('Search  (Ctrl+K)   e.g.  Huawei   "stock de puces"   source:register')
        )
        toolbar.addWidget(self.search_field)
        toolbar.addSeparator()
        toolbar.addAction(self.action(texts["zoom_out"]))
        toolbar.addAction(self.action(texts["zoom_in"]))

        self.article_view = ArticleView()
        reading = QWidget()
        column = QVBoxLayout(reading)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(TranslationBar())
        column.addWidget(self.article_view, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        smallest = _measures(settings)
        left = QWidget()
        left.setMinimumWidth(smallest.get("left", 0))
        self.splitter.addWidget(left)
        self.splitter.addWidget(reading)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([460, 880])
        self.setCentralWidget(self.splitter)
        docks = []
        for name in DOCKS:
            dock = QDockWidget(self)
            dock.setObjectName(name)
            dock.setWidget(QWidget())
            dock.setMinimumWidth(smallest.get(name, 0))
            dock.setFeatures(
                QDockWidget.DockWidgetFeature.DockWidgetClosable
                | QDockWidget.DockWidgetFeature.DockWidgetMovable
            )
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            docks.append(dock)
        self.docks = {dock.objectName(): dock for dock in docks}
        for dock, title in zip(docks, ("Details", "Entities", "Annotations"), strict=True):
            dock.setWindowTitle(self.translated(title))
        self.tabifyDockWidget(docks[0], docks[1])
        self.tabifyDockWidget(docks[1], docks[2])
        docks[1].raise_()
        self.resizeDocks([docks[0]], [280], Qt.Orientation.Horizontal)
        # the status bar as tall as the window's, which holds the import's progress and its
        # Cancel button: a button's room, kept while hidden
        room = QPushButton()
        policy = room.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        room.setSizePolicy(policy)
        room.hide()
        self.statusBar().addPermanentWidget(room)
        self.statusBar().setMinimumHeight(smallest.get("status", 0))
        state = settings.get_bytes("state")
        if state is not None:
            self.restoreState(state)
        sizes = settings.get_bytes("splitter")
        if sizes is not None:
            self.splitter.restoreState(sizes)

    def action(self, text: str) -> QAction:
        """A toolbar's action showing ``text``. Made from its parent alone: a text given
        to the constructor has PySide6 weigh its overload taking an icon, which makes
        ``QIcon``'s Python type (with an enum of 151 theme icons) before the first frame."""
        action = QAction(self)
        action.setText(text)
        return action

    @staticmethod
    def translated(text: str) -> str:
        return QApplication.translate("MainWindow", text)

    def fill_entities(self) -> EntitiesPanel | None:
        """The Entities panel of the article painted, in its dock: the legend's counts and
        the list of names from the snapshot, as the window shows them (None when no article
        is painted). Built once the text is on screen: its module and the entity names'
        rules it imports would hold the text's frame back by a tenth of what it costs."""
        shown = self.shown
        if shown is None:
            return None
        from reader.ui.entities.names import name_rule
        from reader.ui.entities.panel import EntitiesPanel

        panel = EntitiesPanel()
        if self.article_view.dark:  # a panel is made light
            panel.set_dark(True)
        panel.set_name_rule(name_rule(self.settings))
        panel.set_mentions(shown.mentions or [], pending=shown.mentions is None)
        panel.visibility_changed.connect(self.article_view.set_entity_types)
        panel.mention_requested.connect(self.article_view.reveal_range)
        dock = self.docks["entitiesDock"]
        placeholder = dock.widget()
        dock.setWidget(panel)
        if placeholder is not None:
            placeholder.deleteLater()
        self.entities_panel = panel
        return panel


def remember(settings: UiSettings, window: QMainWindow) -> None:
    """The smallest widths of the window's library pane and docks and its status bar's
    height, kept when it closes: the next first frame's stand-in is laid out with them,
    so that a small window places its text where the window will (the saved layout does
    the rest)."""
    left = getattr(window, "left", None)
    measures = {"status": window.statusBar().height()}
    if isinstance(left, QWidget):
        measures["left"] = left.minimumSizeHint().width()
    for dock in window.findChildren(QDockWidget):
        if dock.objectName() in DOCKS:
            measures[dock.objectName()] = dock.minimumSizeHint().width()
    for key, value in measures.items():
        settings.set(f"{MEASURES}/{key}", value)


def _measures(settings: UiSettings) -> dict[str, int]:
    keys = ("status", "left", *DOCKS)
    return {key: settings.get_int(f"{MEASURES}/{key}", 0) for key in keys}


class Shell(QWidget):
    """The one top-level window of a start: the stand-in first, then the real window
    (a ``QMainWindow`` held as a child), which it follows — its title, its closing."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("liseuse")
        self.layers = QStackedLayout(self)
        self.layers.setContentsMargins(0, 0, 0, 0)
        self.stand_in: StandIn | None = None
        self.main: QMainWindow | None = None
        self._following = False

    def hold(self, stand_in: StandIn) -> None:
        self.stand_in = stand_in
        self.layers.addWidget(stand_in)

    def take(self, window: QMainWindow) -> None:
        """Lay ``window`` out under the stand-in now, and show it in its place on the
        next turn of the event loop, once its article is laid out at its size."""
        self.main = window
        self.setWindowTitle(window.windowTitle())
        window.windowTitleChanged.connect(self.setWindowTitle)
        window.installEventFilter(self)
        if self.stand_in is None:
            self.layers.addWidget(window)
            window.show()
            return
        self.layers.setStackingMode(QStackedLayout.StackingMode.StackAll)
        self.layers.addWidget(window)
        window.show()
        self.stand_in.raise_()
        self.layers.activate()
        sized_as(self.stand_in, window)
        QTimer.singleShot(0, self.swap)

    def swap(self) -> None:
        """The real window in the stand-in's place, with what the reader did meanwhile:
        the place in the text, the selection, the words typed and where the keys went."""
        stand_in, window = self.stand_in, self.main
        if stand_in is None or window is None:
            return
        self.stand_in = None
        carry_over(stand_in, window)
        focused = stand_in.search_field.hasFocus()
        self.layers.setCurrentWidget(window)
        self.layers.setStackingMode(QStackedLayout.StackingMode.StackOne)
        if focused:
            field = getattr(window, "search_field", None)
            if isinstance(field, QLineEdit):
                field.setFocus()
        stand_in.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.main and event.type() == QEvent.Type.Close:
            # closed by itself (Quit, the session ending): the shell goes with it once
            # the close is through (a close it refuses keeps both)
            QTimer.singleShot(0, self._follow)
        return False

    def _follow(self) -> None:
        if self.main is not None and not self.main.isVisible() and self.isVisible():
            self._following = True
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        window = self.main
        # the window's own close first: the layout saved, its work ended (or refused)
        if window is not None and not self._following and window.isVisible() and not window.close():
            event.ignore()
            return
        super().closeEvent(event)


def sized_as(stand_in: StandIn, window: QMainWindow) -> None:
    """The window's panes and docks given the stand-in's sizes, which its saved layout
    gave it, so that the reading area stands where the first frame showed it (Qt lays
    out a restored state at the first size it gets, which differs between the two)."""
    splitter = getattr(window, "splitter", None)
    if isinstance(splitter, QSplitter):
        splitter.setSizes(stand_in.splitter.sizes())
    docks = {d.objectName(): d for d in window.findChildren(QDockWidget)}
    widths = [
        (docks[d.objectName()], d.width())
        for d in stand_in.findChildren(QDockWidget)
        if d.isVisible() and d.objectName() in docks and not d.isFloating()
    ]
    if widths:
        window.resizeDocks(
            [d for d, _ in widths], [w for _, w in widths], Qt.Orientation.Horizontal
        )


def carry_over(stand_in: StandIn, window: QMainWindow) -> None:
    """The scroll position, selection and search text of the stand-in into ``window``
    (its ``article_view`` and ``search_field``) when it shows the same article."""
    _carry_entity_types(stand_in, window)
    field = getattr(window, "search_field", None)
    typed = stand_in.search_field.text()
    if isinstance(field, QLineEdit) and typed and not field.text():
        field.setText(typed)
        field.setCursorPosition(stand_in.search_field.cursorPosition())
    view = getattr(window, "article_view", None)
    shown = stand_in.article_view
    if not isinstance(view, ArticleView) or view.article is None or shown.article is None:
        return
    if view.article.id != shown.article.id:
        return
    source, target = shown.browser, view.browser
    if source.document().characterCount() != target.document().characterCount():
        return  # not laid out the same: the real window keeps its own place
    target.document().size()  # laid out to the end, so that the scroll range is whole
    before = source.textCursor()
    cursor = QTextCursor(target.document())
    cursor.setPosition(before.anchor())
    cursor.setPosition(before.position(), QTextCursor.MoveMode.KeepAnchor)
    target.setTextCursor(cursor)
    target.verticalScrollBar().setValue(source.verticalScrollBar().value())


def _carry_entity_types(stand_in: StandIn, window: QMainWindow) -> None:
    """What the reader chose in the stand-in's Entities panel — the entity types hidden
    or shown, the switch for the whole overlay, the language names are shown in — into
    the window's (which applies and keeps them as if chosen there)."""
    from reader.ui.entities.panel import EntitiesPanel

    shown, real = stand_in.entities_panel, getattr(window, "entities_panel", None)
    if shown is None or not isinstance(real, EntitiesPanel):
        return
    for label, button in shown.toggles.items():
        real.toggles[label].setChecked(button.isChecked())
    real.enabled.setChecked(shown.enabled.isChecked())
    if shown.name_rule() != real.name_rule():
        real.names.setCurrentIndex(real.names.findData(shown.name_rule().value))


def paint(data_dir: str | None) -> Shell | None:
    """The first frame: the stand-in shown with the article the start opens (None when
    this start has no first phase: a library another window holds, or an unusable data
    folder, whose message the second phase gives)."""
    try:
        paths = resolve_data_dir(data_dir)
    except ReaderError as exc:  # an unusable folder: the full start says why
        log.debug("no first frame: %s", exc)
        return None
    if held_elsewhere(paths.root):
        return None
    try:
        settings = UiSettings(paths)
    except OSError as exc:
        log.debug("no first frame: %s", exc)
        return None
    app = QApplication.instance()
    if isinstance(app, QApplication):
        i18n.install(app, str(settings.get("language", i18n.SYSTEM) or i18n.SYSTEM))
    shell = Shell()
    geometry = settings.get_bytes("geometry")
    if geometry is None or not shell.restoreGeometry(geometry):
        screen = QApplication.primaryScreen()
        area = screen.availableGeometry() if screen else None
        if area is not None and area.width() < 1600:
            shell.setGeometry(area)
        else:
            shell.resize(1440, 900)
    shell.setWindowTitle(APP_NAME)
    stand_in = StandIn(settings, shell.size())
    shell.hold(stand_in)
    _paint_article(stand_in, paths, settings)
    shell.show()
    return shell


def _paint_article(stand_in: StandIn, paths: DataPaths, settings: UiSettings) -> None:
    """The snapshot of the article the start opens, in the window's theme and zoom."""
    view = stand_in.article_view
    choice = theme.ThemeChoice(settings.get("theme", "system") or "system")
    app = QApplication.instance()
    if isinstance(app, QApplication):
        dark = theme.resolve(choice)
        view.dark = dark
        view.colors = theme.apply(app, dark, style=not app.property(STYLED))
    view.zoom = settings.get_int("zoom", 0)
    last = str(settings.get("last_article", "") or "")
    shown = snapshot.load(paths.root, last) if last else None
    if shown is None and not last and not paths.database.exists():
        shown = snapshot.first_reading()  # a first start: the bundled article it opens
    if shown is None:
        return
    stand_in.shown = shown
    view.show_article(shown.article)
    view.set_entities(shown.mentions or [])
    view.set_annotations(shown.annotations)
    view.return_to(place.kept(settings, shown.article))
    stand_in.window().setWindowTitle(f"{shown.article.title} — {APP_NAME}")


def wait_for_paint(shell: Shell, longest_ms: int = 3000) -> bool:
    """Run the event loop until the first frame is on screen (at most ``longest_ms``: a
    window started minimised is never painted); False if it was not painted."""
    stand_in = shell.stand_in
    if stand_in is None:
        return False
    return _until_painted([stand_in, stand_in.article_view.browser.viewport()], longest_ms)


def _until_painted(widgets: Sequence[QWidget], longest_ms: int) -> bool:
    """Run the event loop until one of ``widgets`` is painted, and that frame is through
    (False if none was within ``longest_ms``)."""
    loop = QEventLoop()
    painted: list[bool] = []

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(True)
                QTimer.singleShot(0, loop.quit)  # once this frame is through
            return False

    spy = Painted()
    for widget in widgets:
        widget.installEventFilter(spy)
    QTimer.singleShot(longest_ms, loop.quit)
    loop.exec()
    for widget in widgets:
        widget.removeEventFilter(spy)
    return bool(painted)


def paint_entities(shell: Shell, longest_ms: int = 1000) -> None:
    """The stand-in's Entities panel filled from the snapshot and on screen, in the frame
    after the text's: the counts and names of a restart come with the text, not with the
    window seconds later (a panel in a dock that is closed or behind another tab, or in a
    window not painted — started minimised —, is only filled: it shows once it can)."""
    stand_in = shell.stand_in
    panel = stand_in.fill_entities() if stand_in is not None else None
    if panel is not None and panel.isVisible() and longest_ms > 0:
        _until_painted(list(panel.toggles.values()), longest_ms)


# The second phase's modules, imported one after the other with the events that came
# meanwhile handled between them: the first frame answers (scrolls, takes keys) while
# they load, as far as one module at a time lets it.
SECOND_PHASE = (
    "reader.services.indexing",
    "reader.services.library",
    "reader.ui.mainwindow",
    "reader.ui.app",
)


def load_second_phase(shell: Shell | None) -> bool:
    """Import the second phase's modules; False if the first frame's window was closed
    meanwhile (the start ends there)."""
    app = QApplication.instance()
    for name in SECOND_PHASE:
        importlib.import_module(name)
        if shell is not None and isinstance(app, QApplication):
            app.processEvents()
            if not shell.isVisible():
                return False
    return True


def first_phase(
    data_dir: str | None,
    argv: Sequence[str] = (),
    targets: Sequence[str] = (),
    team: str | None = None,
) -> Shell | None:
    """The first phase of ``reader gui``: the application, and when the start is a plain
    one, the first frame on screen; the second is :func:`reader.ui.app.run`. The icon's
    eight sizes are decoded once the article is on screen (a window manager shows the
    window's icon as soon as it is given, the text's frame does not wait for it)."""
    plain = not targets and team is None
    app = application(argv, icon=not plain)
    shell = paint(data_dir) if plain else None
    if shell is not None:
        painted = wait_for_paint(shell)
        paint_entities(shell, 1000 if painted else 0)
    if app.windowIcon().isNull():
        app.setWindowIcon(app_icon())
    return shell
