"""Custom item-data roles of every model, in one enum."""

import enum

from PySide6.QtCore import Qt


class Role(enum.IntEnum):
    ARTICLE_ID = Qt.ItemDataRole.UserRole + 1
    SNIPPET_HTML = Qt.ItemDataRole.UserRole + 2
    SOURCE = Qt.ItemDataRole.UserRole + 4
    COLOR = Qt.ItemDataRole.UserRole + 5  # a colour bar beside the item
