"""The highlight colours: nine, each with a meaning the user can name (the names live in
the library's settings, so that they travel with exports)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

COLORS = ("yellow", "green", "blue", "pink", "purple", "orange", "red", "teal", "gray")
_LIGHT = {
    "yellow": "#fde047",
    "green": "#86efac",
    "blue": "#93c5fd",
    "pink": "#f9a8d4",
    "purple": "#c4b5fd",
    "orange": "#fdba74",
    "red": "#fca5a5",
    "teal": "#5eead4",
    "gray": "#d4d4d8",
}
_DARK = {
    "yellow": "#a16207",
    "green": "#15803d",
    "blue": "#1d4ed8",
    "pink": "#be185d",
    "purple": "#6d28d9",
    "orange": "#c2410c",
    "red": "#b91c1c",
    "teal": "#0f766e",
    "gray": "#52525b",
}


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
    table = _DARK if dark else _LIGHT
    color = QColor(table.get(name, table["yellow"]))
    color.setAlpha(150 if dark else 170)
    return color
