"""The View → Panels actions: a panel's key brings it in front and into the keyboard's
reach, and hides it only when it is the one in front already. And :func:`scrolled`, for
a panel whose content would otherwise set the window's smallest height.

The right-hand panels are tabs of one dock area. Qt's own toggle (``toggleViewAction``)
hides a panel that is open behind another tab: Ctrl+Shift+A, pressed to see the
annotations while the Entities tab was in front, took the Annotations tab away. And it
left the keys in the article, so that someone without a mouse still had to find the
panel by Tab after showing it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget, QFrame, QScrollArea, QWidget


def in_front(dock: QDockWidget) -> bool:
    """Whether the panel can be seen: open, and the front tab of its group."""
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def first_stop(panel: QWidget) -> QWidget | None:
    """The first widget of ``panel`` that Tab would reach (its list, its tree…)."""
    widget = panel.nextInFocusChain()
    while widget is not None and widget is not panel:
        if (
            panel.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


def show_or_hide(dock: QDockWidget, back: QWidget) -> None:
    """Bring ``dock`` in front with the keys in it; if it is in front already, hide it
    and give the keys back to ``back`` (the article) when they were in the panel."""
    if in_front(dock):
        focused = QApplication.focusWidget()
        dock.hide()
        if focused is not None and dock.isAncestorOf(focused):
            back.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return
    dock.show()
    dock.raise_()
    stop = first_stop(dock.widget())
    if stop is not None:
        stop.setFocus(Qt.FocusReason.ShortcutFocusReason)


def panel_action(dock: QDockWidget, back: QWidget) -> QAction:
    """The menu's checkable entry of ``dock`` (checked while it is open, in front or
    not), acting as :func:`show_or_hide`; its text and keys come from the command table."""
    action = QAction(dock, checkable=True)
    action.setChecked(not dock.isHidden())

    def follow(*_: object) -> None:
        action.setChecked(not dock.isHidden())

    def on_triggered(_checked: bool) -> None:
        show_or_hide(dock, back)
        follow()

    action.triggered.connect(on_triggered)
    dock.visibilityChanged.connect(follow)
    return action


class _Scrolled(QScrollArea):
    """Scrolls up and down only: as wide at least as its panel wants (or as ``room``
    says), any height."""

    room: Callable[[], int] | None = None

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        panel = self.widget()
        if panel is None:
            return hint
        bar = self.verticalScrollBar().sizeHint().width()
        wanted = max(panel.minimumSizeHint().width(), self.room() if self.room else 0)
        return QSize(max(hint.width(), wanted + bar), hint.height())


def scrolled(panel: QWidget, room: Callable[[], int] | None = None) -> QScrollArea:
    """``panel`` in a frameless scroll area, as tall as the dock allows. The Details
    panel (the article's facts and its suggested tags) asked for 336 pixels and the
    Entities panel (its legend of types above the tree) for 318: with the Timeline and
    the Entity map open below, a window could not be made shorter than 721 pixels,
    taller than a 1024×640 screen; now they scroll when the window is short.

    ``room``: the width the dock asks for, when the panel can be laid out narrower than
    it would like (the Entities legend: two columns, or one in a dock squeezed below
    that) — the panel is then given the dock's width, not cut at its edge."""
    area = _Scrolled()
    area.room = room
    area.setObjectName(f"{panel.objectName() or 'panel'}Scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(panel)
    return area
