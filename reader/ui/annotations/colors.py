"""The highlight colours: nine, each with a meaning the user can name (the names live in
the library's settings, so that they travel with exports)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from reader.core.colors import COLORS, DARK, LIGHT

__all__ = ["COLORS", "default_meanings", "highlight_color"]


def default_meanings() -> dict[str, str]:
    return {
        "yellow": QCoreApplication.translate("Colors", "Key fact"),
        "green": QCoreApplication.translate("Colors", "Figure"),
        "blue": QCoreApplication.translate("Colors", "Context"),
        "pink": QCoreApplication.translate("Colors", "Quote"),
        "purple": QCoreApplication.translate("Colors", "Question"),
        "orange": QCoreApplication.translate("Colors", "Follow up"),
        "red": QCoreApplication.translate("Colors", "Claim to verify"),
        "teal": QCoreApplication.translate("Colors", "Source"),
        "gray": QCoreApplication.translate("Colors", "Other"),
    }


def highlight_color(name: str, dark: bool) -> QColor:
    table = DARK if dark else LIGHT
    color = QColor(table.get(name, table["yellow"]))
    color.setAlpha(150 if dark else 170)
    return color
