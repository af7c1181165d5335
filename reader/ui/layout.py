"""Where the window stood and how its parts were sized, kept in the settings from one
session to the next. Apart from the window's module, which is about what its parts do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QWidget

from reader.ui.settings import UiSettings


def restore(window: QMainWindow, splitter: QSplitter, settings: UiSettings) -> None:
    """The window's place, its docks and toolbar, and the splitter, as they were; the
    first time, the whole of a small screen or a generous size on a large one."""
    geometry = settings.get_bytes("geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:
        screen = QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen else None
        if area is not None and area.width() < 1600:
            window.setGeometry(area)
        else:
            window.resize(1440, 900)
    state = settings.get_bytes("state")
    if state is not None:
        window.restoreState(state)
    sizes = settings.get_bytes("splitter")
    if sizes is not None:
        splitter.restoreState(sizes)


def save(window: QMainWindow, splitter: QSplitter, settings: UiSettings) -> None:
    # the top-level window's place: the window itself, or the one that holds it after a
    # start's first frame (reader.ui.first_frame.Shell), which the next start restores
    settings.set("geometry", window.window().saveGeometry())
    settings.set("state", window.saveState())
    settings.set("splitter", splitter.saveState())


def side_dock(window: QMainWindow, name: str, widget: QWidget) -> QDockWidget:
    """A dock on the window's right holding ``widget``: closable and movable, not
    floating (its place is kept by :func:`restore` under ``name``)."""
    dock = QDockWidget(window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    dock.setFeatures(
        QDockWidget.DockWidgetFeature.DockWidgetClosable
        | QDockWidget.DockWidgetFeature.DockWidgetMovable
    )
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    return dock
