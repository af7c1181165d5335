"""Start the window: build the application, the context and the main window, once.

The second phase of a start (the first, :mod:`reader.ui.first_frame`, has painted the
article read last in a stand-in of the window by then): the library, the services and
the window, which takes the stand-in's place inside the same top-level window. The
application carries the desktop identity (:func:`reader.ui.first_frame.application`).
"""

from __future__ import annotations

import logging
import signal
import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reader import APP_NAME
from reader.core.errors import ReaderError
from reader.core.paths import DataPaths
from reader.services import Library
from reader.services.library import library_paths
from reader.services.reading import Reading
from reader.services.safety import InstanceLock, LibraryDamaged, LibraryInUse, restore_backup
from reader.ui import i18n, links, pdf, safety, snapshot
from reader.ui.also_in import AlsoInController
from reader.ui.context import UiContext
from reader.ui.errors import ErrorReporter
from reader.ui.first_frame import Shell, app_icon, remember
from reader.ui.first_frame import application as identified
from reader.ui.hints import said
from reader.ui.mainwindow import MainWindow
from reader.ui.settings import UiSettings
from reader.ui.tasks import TaskRunner
from reader.ui.team_changes import TeamChanges

log = logging.getLogger(__name__)


__all__ = ["app_icon", "application", "build_window", "present", "run"]


def application(argv: Sequence[str] = ()) -> QApplication:
    app = identified(list(argv) or sys.argv[:1])
    pdf.install()  # the export registry's PDF format renders with Qt's layout
    return app


def build_window(library: Library) -> MainWindow:
    """The window and its context (the tests build it this way too)."""
    tasks = TaskRunner()
    errors = ErrorReporter()
    settings = UiSettings(library.paths)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        i18n.install(app, str(settings.get("language", i18n.SYSTEM) or i18n.SYSTEM))
    ctx = UiContext(library=library, tasks=tasks, errors=errors, settings=settings)
    window = MainWindow(ctx)
    AlsoInController(window, window)  # a child of the window: findChild finds it
    TeamChanges(window)  # a team library: teammates' notes appear as they are shared
    errors.parent = window
    tasks.error.connect(errors.report)
    tasks.setParent(window)
    return window


def present(window: MainWindow, link: str = "", shell: Shell | None = None) -> None:
    """Show the window as a start does: the article read last painted from its snapshot
    (text, entities, highlights) in the first frame — on a first start, the bundled
    article it opens, while the bundled articles are imported — then the start-up work;
    the snapshot of what it shows is kept when it closes. With ``shell``, the window
    takes the place of the first frame's stand-in there."""
    window.pending_link = link
    first = window.first_article()
    shown = snapshot.load(window.ctx.library.paths.root, first)
    if shown is None and first is None and _first_start(window.ctx.library):
        shown = snapshot.first_reading()
        if shown is not None:
            _TakeBackIfAbsent(window, shown.article.id)
    if shown is not None:
        snapshot.paint(window, shown)
    window.installEventFilter(_KeepSnapshot(window))
    if shell is not None:
        shell.take(window)
    else:
        window.show()
    QTimer.singleShot(0, window.start)


def _first_start(library: Library) -> bool:
    """An empty library of one's own: the start-up work imports the bundled articles
    into it (a team library holds what its team imports)."""
    return bool(library.backend.local) and library.count() == 0


class _TakeBackIfAbsent(QObject):
    """The bundled article painted on a first start stays only if the library list has
    it once the start-up work is done (a library emptied by its user is not seeded again:
    the window is then as it is with no article open)."""

    def __init__(self, window: MainWindow, article_id: str) -> None:
        super().__init__(window)
        self.window = window
        self.article_id = article_id
        window.library_pane.loaded.connect(self._on_loaded)

    def _on_loaded(self, _shown: int) -> None:
        if not self.window.started:
            return  # the list before the import: the next one, after it, decides
        self.window.library_pane.loaded.disconnect(self._on_loaded)
        listed = self.article_id in self.window.library_pane.model.ids()
        if self.window.current is None and not listed:
            snapshot.withdraw(self.window)
        self.deleteLater()


class _KeepSnapshot(QObject):
    """When the window closes: the snapshot of the article it shows, as shown, and the
    sizes the next start's first frame lays its stand-in out with."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            current, view = self.window.current, self.window.article_view
            if current is not None and view.article is not None and view.article.id == current.id:
                mentions = None if self.window.entities_panel.pending else view.entities()
                reading = Reading(current, mentions, view.annotations())
                snapshot.save(self.window.ctx.library.paths.root, reading)
            remember(self.window.ctx.settings, self.window)  # for the next first frame
        return False


def _open(paths: DataPaths, team: str | None = None) -> Library | None:
    """The library (``team``: a team library), or None after saying why it cannot open
    (a damaged file is offered its latest backup first)."""
    while True:
        try:
            return Library(paths, team) if team else Library.open(paths.root)
        except LibraryDamaged as exc:
            if exc.latest is None or not safety.ask_restore(None, exc):
                return None
            restore_backup(paths, exc.latest)
        except ReaderError as exc:
            QMessageBox.critical(None, APP_NAME, str(exc))
            return None


def _close(shell: Shell | None) -> None:
    """The first frame taken down: this start shows no window after all."""
    if shell is not None:
        shell.close()
        shell.deleteLater()


def _receiver(window: MainWindow, shell: Shell | None) -> Callable[[list[str]], None]:
    """What takes links and files handed over by a second launch: the window, and the
    top-level window holding it comes to the front."""
    if shell is None:
        return window.receive_targets

    def receive(targets: list[str]) -> None:
        window.receive_targets(targets)
        if shell.isMinimized():
            shell.showNormal()
        shell.raise_()
        shell.activateWindow()

    return receive


def _close_on_signals(app: QApplication, window: MainWindow) -> None:
    """SIGTERM (the session ending, ``kill``) and Ctrl+C in the terminal close the window
    as Quit does, so the layout is saved and the library closed. Python runs a signal
    handler only between bytecodes: a timer wakes the interpreter while Qt's loop waits."""

    def close(_signum: int, _frame: object) -> None:
        window.close()
        app.quit()

    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, close)
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)
    wake.start(250)


def _handed_over(link: str, files: Sequence[str]) -> str:
    """What the second launch says once the open window has its targets."""
    what = " and ".join(
        part
        for part in (
            "the link" if link else "",
            (f"{len(files)} file" + ("s" if len(files) > 1 else "")) if files else "",
        )
        if part
    )
    if not what:
        return f"reader: {APP_NAME} is already open on this library: its window was raised"
    return f"reader: {what} handed to the {APP_NAME} window open on this library"


def run(
    data_dir: str | None,
    argv: Sequence[str] = (),
    targets: Sequence[str] = (),
    team: str | None = None,
    shell: Shell | None = None,
) -> int:
    """The window on the library of ``data_dir``; ``targets`` are reader:// links to
    open and files to import (from the command line or the desktop). One window per
    library (a file lock says so): when one is open already, the targets go to it (see
    :mod:`reader.ui.links`) and this process ends. ``shell``: the first frame's window,
    which the window takes over (:mod:`reader.ui.first_frame`)."""
    link, files = links.split_targets(targets)
    app = application(argv)
    paths = library_paths(data_dir, team)
    lock = InstanceLock(paths.root)
    try:
        lock.acquire()
    except LibraryInUse as exc:
        _close(shell)
        if links.hand_over(paths.root, links.absolute(targets)):
            print(_handed_over(link, files))
            return 0
        QMessageBox.warning(None, APP_NAME, said(exc))
        return 1
    except ReaderError as exc:
        _close(shell)
        QMessageBox.warning(None, APP_NAME, said(exc))
        return 1
    server = links.LinkServer(paths.root, app)
    try:
        while (library := _open(paths, team)) is not None:
            window = build_window(library)
            server.handler = _receiver(window, shell)
            window.ctx.errors.install_excepthook()
            present(window, link, shell)
            shell = None  # a window opened again (a backup put back) is a window of its own
            _close_on_signals(app, window)
            safety.start_auto_backup(window.ctx, window, window.restore_and_restart)
            if files:  # imported after the start-up work: writes run one after the other
                QTimer.singleShot(0, lambda w=window, f=files: w.importer.start(f))
            code = int(app.exec())
            server.handler = None
            window.ctx.tasks.wait()
            library.close()
            if window.restore_requested is None:
                return code
            restore_backup(paths, window.restore_requested)  # then a new window on it
            link, files = "", []
        _close(shell)
        return 1
    finally:
        server.close()
        lock.release()
