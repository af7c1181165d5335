"""Light and dark themes (following the system unless the user chose one), and the
reader's colours derived from them."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

STYLE = "Fusion"  # the widgets' style, whatever the desktop's


class ThemeChoice(enum.StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True)
class ReaderColors:
    paper: QColor
    ink: QColor
    muted: QColor
    accent: QColor
    rule: QColor
    hit: QColor  # search hits and find matches
    current_hit: QColor


LIGHT = ReaderColors(
    paper=QColor("#fbfaf7"),
    ink=QColor("#1f2328"),
    muted=QColor("#6b6f76"),
    accent=QColor("#a4402a"),
    rule=QColor("#e3e0d8"),
    hit=QColor("#fde68a"),
    current_hit=QColor("#f59e0b"),
)
DARK = ReaderColors(
    paper=QColor("#1c1d20"),
    ink=QColor("#e6e4df"),
    muted=QColor("#9a9ca3"),
    accent=QColor("#f08f6f"),
    rule=QColor("#34363b"),
    hit=QColor("#6b5314"),
    current_hit=QColor("#b7791f"),
)


ENTITY_TYPES = ("PER", "ORG", "LOC", "PRODUCT", "MONEY", "PERCENT", "DATE", "MISC")
_ENTITY_LIGHT = {
    "PER": "#2563eb",
    "ORG": "#9333ea",
    "LOC": "#16a34a",
    "PRODUCT": "#ea580c",
    "MONEY": "#0d9488",
    "PERCENT": "#0891b2",
    "DATE": "#a16207",
    "MISC": "#6b7280",
}
_ENTITY_DARK = {
    "PER": "#7aa7ff",
    "ORG": "#c79bff",
    "LOC": "#5fd38a",
    "PRODUCT": "#ffa05c",
    "MONEY": "#4fd1c5",
    "PERCENT": "#5cc8e0",
    "DATE": "#e0b84f",
    "MISC": "#a3a8b3",
}


def entity_color(label: str, dark: bool) -> QColor:
    table = _ENTITY_DARK if dark else _ENTITY_LIGHT
    return QColor(table.get(label, table["MISC"]))


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def resolve(choice: ThemeChoice) -> bool:
    """True for dark."""
    if choice is ThemeChoice.SYSTEM:
        return system_is_dark()
    return choice is ThemeChoice.DARK


def _dark_palette() -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    window, base, text = QColor("#25262a"), QColor("#1c1d20"), QColor("#e6e4df")
    p.setColor(role.Window, window)
    p.setColor(role.WindowText, text)
    p.setColor(role.Base, base)
    p.setColor(role.AlternateBase, QColor("#232428"))
    p.setColor(role.ToolTipBase, window)
    p.setColor(role.ToolTipText, text)
    p.setColor(role.PlaceholderText, QColor("#8b8e95"))
    p.setColor(role.Text, text)
    p.setColor(role.Button, QColor("#2d2f34"))
    p.setColor(role.ButtonText, text)
    p.setColor(role.BrightText, QColor("#ffffff"))
    p.setColor(role.Highlight, QColor("#3d6fb6"))
    p.setColor(role.HighlightedText, QColor("#ffffff"))
    p.setColor(role.Link, QColor("#8ab4f8"))
    p.setColor(role.Mid, QColor("#3a3c41"))
    p.setColor(role.Midlight, QColor("#34363b"))
    p.setColor(role.Dark, QColor("#151618"))
    p.setColor(role.Shadow, QColor("#000000"))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.Text, role.ButtonText, role.WindowText):
        p.setColor(disabled, r, QColor("#6b6e75"))
    return p


def _light_palette() -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    p.setColor(role.Window, QColor("#f3f2ef"))
    p.setColor(role.WindowText, QColor("#1f2328"))
    p.setColor(role.Base, QColor("#ffffff"))
    p.setColor(role.AlternateBase, QColor("#f7f6f3"))
    p.setColor(role.Text, QColor("#1f2328"))
    p.setColor(role.Button, QColor("#ecebe7"))
    p.setColor(role.ButtonText, QColor("#1f2328"))
    p.setColor(role.PlaceholderText, QColor("#8a8d93"))
    p.setColor(role.Highlight, QColor("#2f6fcf"))
    p.setColor(role.HighlightedText, QColor("#ffffff"))
    p.setColor(role.ToolTipBase, QColor("#ffffff"))
    p.setColor(role.ToolTipText, QColor("#1f2328"))
    p.setColor(role.Link, QColor("#1f5fbf"))
    return p


def apply(app: QApplication, dark: bool, style: bool = True) -> ReaderColors:
    """Set the application palette (and the style, unless ``style`` is False: an
    application started with ``-style`` :data:`STYLE` has it); return the reader colours
    to use."""
    if style and app.style().name().lower() != STYLE.lower():
        # set once: setting it again makes a new style and polishes every widget anew,
        # and the side panels then take other widths (the text narrows on a theme switch)
        app.setStyle(STYLE)
    app.setPalette(_dark_palette() if dark else _light_palette())
    return DARK if dark else LIGHT
