"""The nine highlight colours, their light and dark tints, and the meanings they have
until the user names them (the names live in the library's settings and travel with
exports)."""

from __future__ import annotations

COLORS = ("yellow", "green", "blue", "pink", "purple", "orange", "red", "teal", "gray")
LIGHT = {
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
DARK = {
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
DEFAULT_MEANINGS = {
    "yellow": "Key fact",
    "green": "Figure",
    "blue": "Context",
    "pink": "Quote",
    "purple": "Question",
    "orange": "Follow up",
    "red": "Claim to verify",
    "teal": "Source",
    "gray": "Other",
}
